import { describe, expect, it } from 'vitest';
import { DEMO_PROGRAMMES } from '../../prisma/seed/programmes.js';
import { parseProgrammeRules, type TutorEvaluationRules } from '../../schema/programmes/rules.js';
import { evaluateTutor, type TutorEntry, type TutorFacts, weeksBetween } from '../../schema/tutor-evaluation/engine.js';
import { tutorLineMessage } from '../../schema/tutor-evaluation/messages.js';

const huaibeiSpec = DEMO_PROGRAMMES.find((p) => p.code === 'huaibei-2022');
const huaibei = parseProgrammeRules({ version: 1, ...huaibeiSpec?.rules }).tutorEvaluation as TutorEvaluationRules;

/** A class of 50 with every computed indicator at its target, Huaibei's 9 weeks of study. */
const GOOD: TutorFacts = {
  enrolled: 50,
  registered: 50,
  statisticsPosted: 9,
  studyWeeks: 9,
  submissionsDue: 40,
  markedOnTime: 40,
  briefings: 1,
  activitiesHeld: 2,
  passed: 50,
};
const none = new Map<string, TutorEntry>();
const line = (result: ReturnType<typeof evaluateTutor>, key: string) => result.lines.find((l) => l.key === key)!;

describe('Huaibei’s tutor evaluation (班级辅导者考核)', () => {
  it('has eleven indicators whose weights sum to 100%', () => {
    expect(huaibei.indicators).toHaveLength(11);
    expect(huaibei.indicators.reduce((sum, i) => sum + i.weight * 100, 0)).toBeCloseTo(100, 6);
    expect(weeksBetween(new Date('2023-04-03'), new Date('2023-05-31'))).toBe(9);
  });

  it('100% registration, statistics posted, briefings, pass rate 0.99 and 80 entered for training: 52 of 100', () => {
    const facts: TutorFacts = {
      ...GOOD,
      enrolled: 100,
      registered: 100,
      passed: 99,
      submissionsDue: 0,
      markedOnTime: 0,
      activitiesHeld: 0,
    };
    const result = evaluateTutor(huaibei, facts, new Map([['training', { score: 80, comment: '积极参与' }]]));
    // training 15 × 0.8 = 12; registration 5; statistics 5; marking 10 (nothing due); briefings 10; pass rate 10;
    // workshop activities 0; rules, activities, resources, summary not entered: 0.
    expect(result.total).toBe(52);
    expect(line(result, 'training')).toMatchObject({ points: 12, code: 'TUTOR_ENTERED', comment: '积极参与' });
    expect(line(result, 'assessment')).toMatchObject({
      measured: 0.99,
      target: 0.98,
      points: 10,
      code: 'TUTOR_TARGET_MET',
    });
    expect(line(result, 'marking')).toMatchObject({ measured: null, points: 10, code: 'TUTOR_NOTHING_DUE' });
    expect(line(result, 'workshop')).toMatchObject({ measured: 0, target: 2, points: 0, code: 'TUTOR_BELOW_TARGET' });
    expect(line(result, 'summary')).toMatchObject({ measured: null, points: 0, code: 'TUTOR_NOT_ENTERED' });
    expect(result.reachesExcellentThreshold).toBe(false);
  });

  it('every indicator at its target and every entry 100 gives 100, reaching the excellent threshold', () => {
    const entries = new Map(
      huaibei.indicators.filter((i) => i.source === 'ENTERED').map((i) => [i.key, { score: 100, comment: null }]),
    );
    const result = evaluateTutor(huaibei, GOOD, entries);
    expect(result.total).toBe(100);
    expect(result.reachesExcellentThreshold).toBe(true);
    expect(result.lines.every((l) => l.share === 1)).toBe(true);
  });

  it('below target: proportional (statistics 3 of 9 weeks, marking 30 of 40 on time), pass rate all or nothing', () => {
    const facts = { ...GOOD, statisticsPosted: 3, markedOnTime: 30, passed: 48, activitiesHeld: 1 };
    const result = evaluateTutor(huaibei, facts, none);
    expect(line(result, 'statistics')).toMatchObject({ target: 9, share: 0.3333, points: 1.67 });
    expect(line(result, 'marking')).toMatchObject({ measured: 0.75, share: 0.75, points: 7.5 });
    expect(line(result, 'workshop')).toMatchObject({ share: 0.5, points: 7.5 });
    // 96% < 98%: 合格率不低于 98% earns nothing below it.
    expect(line(result, 'assessment')).toMatchObject({
      measured: 0.96,
      points: 0,
      code: 'TUTOR_BELOW_TARGET_NO_CREDIT',
    });
  });

  it('a programme that scores nothing measures no pass rate', () => {
    const result = evaluateTutor(huaibei, { ...GOOD, passed: null }, none);
    expect(line(result, 'assessment')).toMatchObject({ measured: null, points: 0, code: 'TUTOR_NO_SCORING' });
  });

  it('explains lines in both languages with percentages for rates', () => {
    const result = evaluateTutor(huaibei, { ...GOOD, registered: 45 }, none);
    expect(tutorLineMessage('en', line(result, 'registration'))).toBe(
      'Registration rate 90%, below the target of 100%: 4.5 of 5 points (5 × 90% / 100%).',
    );
    expect(tutorLineMessage('zh-CN', line(result, 'summary'))).toBe('区县尚未评定：暂得 0 分（满分 5 分）。');
  });
});

describe('the tutorEvaluation rules', () => {
  const base = { version: 1, selection: {} };
  const indicator = (key: string, weight: number, source = 'ENTERED', extra = {}) => ({
    key,
    nameZh: key,
    nameEn: key,
    weight,
    source,
    ...extra,
  });

  it('is optional: absent means no tutor evaluation', () => {
    expect(parseProgrammeRules(base).tutorEvaluation).toBeUndefined();
  });

  it('refuses weights that do not sum to 1, duplicate keys and rate targets above 1', () => {
    const parse = (indicators: unknown[]) =>
      parseProgrammeRules({ ...base, tutorEvaluation: { indicators } }).tutorEvaluation;
    expect(() => parse([indicator('a', 0.5), indicator('b', 0.4)])).toThrow(/RULES.weightsNotOne/);
    expect(() => parse([indicator('a', 0.5), indicator('a', 0.5)])).toThrow(/RULES.duplicateItemKey/);
    expect(() => parse([indicator('a', 1, 'PASS_RATE', { target: 98 })])).toThrow(/RULES.share/);
    expect(
      parse([indicator('a', 0.85), indicator('b', 0.15, 'BRIEFINGS', { target: 2 })])?.indicators[1],
    ).toMatchObject({
      target: 2,
      allOrNothing: false,
    });
  });
});
