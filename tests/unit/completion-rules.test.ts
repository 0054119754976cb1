import { describe, expect, it } from 'vitest';
import { GUANGDONG_PROOF_ITEMS } from '../../schema/completion/proof-items.js';
import { explainQualification } from '../../schema/completion/qualification.js';
import {
  completionRate,
  missingProofItems,
  proofFileTypes,
  type QualificationFacts,
  qualify,
  textAllowed,
} from '../../schema/completion/rules.js';
import { hoursVerdict } from '../../schema/credit-hours/rules.js';
import { parseProgrammeRules } from '../../schema/programmes/rules.js';

/** Xinbei: 25 online + 25 offline hours, score not configured, 90% of enrolled teachers. */
const XINBEI = parseProgrammeRules({
  version: 1,
  selection: {},
  hours: { onlineHours: 25, minOnline: 25, minOffline: 25 },
  completion: { threshold: 0.9, population: 'ENROLLED', requireEvidence: true },
});

/** Guangdong: a score, evidence and school-based study; 95% of full-time teachers; the 15-item proof list. */
const GUANGDONG = parseProgrammeRules({
  version: 1,
  selection: {},
  scoring: {
    items: [{ kind: 'GROUP_HOURS', key: 'hours', nameZh: '校本研修', nameEn: 'School study', capHours: 25 }],
    passThreshold: 25,
  },
  completion: {
    threshold: 0.95,
    population: 'FULL_TIME',
    requireEvidence: true,
    requireSchoolStudy: true,
    proofItems: GUANGDONG_PROOF_ITEMS,
    expertsPerSchool: 2,
  },
});

const passedScore = { total: 25, passThreshold: 25, verdict: 'PASSED' as const };
const good: QualificationFacts = {
  score: passedScore,
  hours: null,
  evidence: { selectionSubmitted: true, selected: 3, passed: 3 },
  schoolStudy: 'PASSED',
};

describe('qualify (合格)', () => {
  it('Guangdong: a teacher with a passed score, all evidence passed and school study passed qualifies', () => {
    expect(qualify(GUANGDONG, good)).toEqual({ qualified: true, reasons: [] });
  });

  it('names every unmet requirement, in the rules’ order', () => {
    const verdict = qualify(GUANGDONG, {
      score: { total: 20, passThreshold: 25, verdict: 'FAILED' },
      hours: null,
      evidence: { selectionSubmitted: true, selected: 3, passed: 2 },
      schoolStudy: 'FAILED',
    });
    expect(verdict.qualified).toBe(false);
    expect(verdict.reasons.map((r) => r.code)).toEqual([
      'SCORE_NOT_PASSED',
      'EVIDENCE_NOT_PASSED',
      'SCHOOL_STUDY_NOT_PASSED',
    ]);
    expect(verdict.reasons[1]?.params).toMatchObject({ passed: 2, selected: 3, selection: 'yes' });
  });

  it('a missing score (unknown) does not pass a scored programme; no school-study verdict is PENDING', () => {
    const verdict = qualify(GUANGDONG, { ...good, score: null, schoolStudy: null });
    expect(verdict.reasons).toEqual([
      { code: 'SCORE_NOT_PASSED', params: { total: 0, passThreshold: 25, verdict: 'IN_PROGRESS' } },
      { code: 'SCHOOL_STUDY_NOT_PASSED', params: { result: 'PENDING' } },
    ]);
  });

  it('no submitted selection fails the evidence requirement (nothing to pass)', () => {
    const verdict = qualify(GUANGDONG, {
      ...good,
      evidence: { selectionSubmitted: false, selected: 0, passed: 0 },
    });
    expect(verdict.reasons).toEqual([
      { code: 'EVIDENCE_NOT_PASSED', params: { selection: 'no', passed: 0, selected: 0 } },
    ]);
  });

  it('Xinbei: hours are required (25 online + 25 offline) and the score is not configured, so it is not asked', () => {
    const hoursRules = XINBEI.hours!;
    const met = hoursVerdict(hoursRules, {
      online: 25,
      offline: 25,
      awaitingOnline: 0,
      awaitingOffline: 0,
      peerReviewsDone: null,
    });
    const short = hoursVerdict(hoursRules, {
      online: 25,
      offline: 20,
      awaitingOnline: 0,
      awaitingOffline: 0,
      peerReviewsDone: null,
    });
    expect(qualify(XINBEI, { ...good, score: null, hours: met, schoolStudy: null }).qualified).toBe(true);
    const verdict = qualify(XINBEI, { ...good, score: null, hours: short, schoolStudy: null });
    expect(verdict.reasons).toEqual([
      {
        code: 'HOURS_NOT_MET',
        params: { total: 45, online: 25, offline: 20, withheld: 0, unmet: 'OFFLINE' },
      },
    ]);
  });

  it('a requirement switched off is not asked, even when its facts fail', () => {
    const lenient = {
      ...GUANGDONG,
      completion: { ...GUANGDONG.completion, requireScore: false, requireSchoolStudy: false, requireEvidence: false },
    };
    expect(
      qualify(lenient, {
        score: { total: 0, passThreshold: 25, verdict: 'FAILED' },
        hours: null,
        evidence: { selectionSubmitted: false, selected: 0, passed: 0 },
        schoolStudy: 'FAILED',
      }).qualified,
    ).toBe(true);
  });

  it('the reasons are worded in the request’s language', () => {
    const verdict = qualify(XINBEI, {
      ...good,
      hours: hoursVerdict(XINBEI.hours!, {
        online: 10,
        offline: 0,
        awaitingOnline: 0,
        awaitingOffline: 0,
        peerReviewsDone: null,
      }),
      evidence: { selectionSubmitted: true, selected: 3, passed: 1 },
    });
    const zh = explainQualification(verdict, 'zh-CN');
    const en = explainQualification(verdict, 'en');
    expect(zh.reasons.map((r) => r.message)).toEqual([
      '学时未达标（线上学时、线下学时）：已认定 10 学时（线上 10，线下 0）。',
      '实践证据：已选 3 个能力点，测评合格 1 个。',
    ]);
    expect(en.reasons.map((r) => r.message)).toEqual([
      'Credit hours not met (online, offline): 10 hours counted (10 online, 0 offline).',
      'Practice evidence: 1 of 3 selected competencies assessed as passed.',
    ]);
  });
});

describe('completion rate (整校推进)', () => {
  const guangdong = GUANGDONG.completion;
  const xinbei = XINBEI.completion;

  it('Guangdong (95% of full-time teachers): 19 of 20 is eligible, 18 of 20 is not', () => {
    expect(completionRate({ qualified: 19, enrolled: 20, fullTime: 20 }, guangdong)).toEqual({
      rate: 0.95,
      denominator: 20,
      needed: 19,
      eligible: true,
    });
    expect(completionRate({ qualified: 18, enrolled: 20, fullTime: 20 }, guangdong)).toEqual({
      rate: 0.9,
      denominator: 20,
      needed: 19,
      eligible: false,
    });
  });

  it('Xinbei (90% of enrolled teachers): 18 of 20 is eligible, 17 of 20 is not', () => {
    expect(completionRate({ qualified: 18, enrolled: 20, fullTime: null }, xinbei)).toMatchObject({
      rate: 0.9,
      needed: 18,
      eligible: true,
    });
    expect(completionRate({ qualified: 17, enrolled: 20, fullTime: null }, xinbei)).toMatchObject({
      rate: 0.85,
      needed: 18,
      eligible: false,
    });
  });

  it('FULL_TIME counts the school’s full-time teachers when known (22: 19 is not enough), else the enrolled', () => {
    expect(completionRate({ qualified: 19, enrolled: 20, fullTime: 22 }, guangdong)).toMatchObject({
      denominator: 22,
      needed: 21,
      eligible: false,
    });
    expect(completionRate({ qualified: 19, enrolled: 20, fullTime: null }, guangdong)).toMatchObject({
      denominator: 20,
      eligible: true,
    });
    // ENROLLED ignores the full-time count.
    expect(completionRate({ qualified: 18, enrolled: 20, fullTime: 40 }, xinbei)).toMatchObject({
      denominator: 20,
      eligible: true,
    });
  });

  it('compares exactly where floats would not (0.07 × 100 = 7.000000000000001)', () => {
    expect(
      completionRate({ qualified: 7, enrolled: 100, fullTime: null }, { threshold: 0.07, population: 'ENROLLED' }),
    ).toMatchObject({ needed: 7, eligible: true });
    expect(
      completionRate({ qualified: 57, enrolled: 100, fullTime: null }, { threshold: 0.57, population: 'ENROLLED' }),
    ).toMatchObject({ needed: 57, eligible: true });
    expect(
      completionRate({ qualified: 56, enrolled: 100, fullTime: null }, { threshold: 0.57, population: 'ENROLLED' }),
    ).toMatchObject({ eligible: false });
  });

  it('a school with no one to count is not eligible', () => {
    expect(completionRate({ qualified: 0, enrolled: 0, fullTime: null }, xinbei)).toEqual({
      rate: 0,
      denominator: 0,
      needed: 0,
      eligible: false,
    });
  });
});

describe('proof list (证明清单)', () => {
  it('Guangdong’s 15 items parse as rules, every one required', () => {
    expect(GUANGDONG.completion.proofItems).toHaveLength(15);
    expect(GUANGDONG.completion.proofItems.every((item) => item.required)).toBe(true);
    expect(GUANGDONG.completion.proofItems.map((item) => item.form)).toEqual([
      'FORM',
      'REPORT',
      'PLAN_TEXT',
      'PLAN_TEXT',
      'PLAN_TEXT',
      'PLAN_TEXT',
      'PLAN_TEXT',
      'PLAN_TEXT',
      'PLAN_TEXT',
      'CASE',
      'REPORT',
      'CASE',
      'FORM',
      'REPORT',
      'REPORT',
    ]);
  });

  it('documents for texts and reports; spreadsheets also for forms and lists; text only for lists and plan texts', () => {
    expect(proofFileTypes('REPORT')).toEqual(['pdf', 'doc', 'docx']);
    expect(proofFileTypes('FORM')).toEqual(['pdf', 'doc', 'docx', 'xlsx']);
    expect(proofFileTypes('LIST')).toContain('xlsx');
    expect(proofFileTypes('CASE')).not.toContain('xlsx');
    expect(['FORM', 'REPORT', 'PLAN_TEXT', 'LIST', 'CASE'].filter((form) => textAllowed(form as 'FORM'))).toEqual([
      'PLAN_TEXT',
      'LIST',
    ]);
  });

  it('missing items are the required ones not provided, in order', () => {
    const items = GUANGDONG.completion.proofItems;
    const provided = new Set(items.slice(0, 13).map((item) => item.key));
    expect(missingProofItems(items, provided).map((item) => item.key)).toEqual([
      'selfAssessmentReport',
      'assessmentReport',
    ]);
    const optional = items.map((item, i) => ({ ...item, required: i < 13 }));
    expect(missingProofItems(optional, provided)).toEqual([]);
  });
});
