import { describe, expect, it } from 'vitest';
import { DEMO_PROGRAMMES } from '../../prisma/seed/programmes.js';
import { parseProgrammeRules, type ScoringRules } from '../../schema/programmes/index.js';
import { NO_FACTS, type ScoreFacts, scoreOf, studyEndedAt } from '../../schema/scoring/engine.js';

/** The seed programme's scheme, as the demo data configures it. */
function schemeOf(code: string): ScoringRules {
  const spec = DEMO_PROGRAMMES.find((programme) => programme.code === code);
  const scoring = parseProgrammeRules({ version: 1, selection: {}, ...spec?.rules }).scoring;
  if (!scoring) throw new Error(`${code} has no scoring scheme`);
  return scoring;
}

const TIANCHANG = schemeOf('tianchang-2022');
const HUAIBEI = schemeOf('huaibei-2022');
const ZHANJIANG = schemeOf('zhanjiang-2022');

const facts = (partial: Partial<ScoreFacts>): ScoreFacts => ({ ...NO_FACTS, ...partial });
const DURING = { studyEnded: false };
const AFTER = { studyEnded: true };
const line = (result: ReturnType<typeof scoreOf>, key: string) => result.lines.find((l) => l.key === key);

describe('Tianchang 2022 (1200 minutes → 50; 10 per discussion, max 50, at least 30; pass at 80)', () => {
  it('1200 minutes and 3 discussions: 50 + 30 = 80, passed', () => {
    const result = scoreOf(TIANCHANG, facts({ creditedMinutes: 1200, workshopParticipations: 3 }), DURING);
    expect(result).toMatchObject({ total: 80, passThreshold: 80, verdict: 'PASSED' });
    expect(result.lines.map((l) => [l.key, l.points, l.complete, l.code])).toEqual([
      ['courses', 50, true, 'SCORE_ITEM_COMPLETE'],
      ['workshop', 30, true, 'SCORE_ITEM_COMPLETE'],
    ]);
  });

  it('1200 minutes and 2 discussions: 70, in progress during the study phase and failed after it (workshop below 30)', () => {
    const during = scoreOf(TIANCHANG, facts({ creditedMinutes: 1200, workshopParticipations: 2 }), DURING);
    expect(during).toMatchObject({ total: 70, verdict: 'IN_PROGRESS' });
    const after = scoreOf(TIANCHANG, facts({ creditedMinutes: 1200, workshopParticipations: 2 }), AFTER);
    expect(after).toMatchObject({ total: 70, verdict: 'FAILED' });
    expect(line(after, 'workshop')).toMatchObject({
      counted: 2,
      required: 3,
      points: 20,
      maxPoints: 50,
      complete: false,
      missing: 1,
      code: 'SCORE_BELOW_MINIMUM',
    });
  });

  it('caps the discussions at 50 points and scales the minutes: 600 minutes and 7 discussions → 25 + 50 = 75', () => {
    const result = scoreOf(TIANCHANG, facts({ creditedMinutes: 600, workshopParticipations: 7 }), AFTER);
    expect(result).toMatchObject({ total: 75, verdict: 'FAILED' });
    expect(line(result, 'courses')).toMatchObject({
      counted: 600,
      required: 1200,
      points: 25,
      complete: false,
      missing: 600,
      code: 'SCORE_MINUTES_SHORT',
    });
    expect(line(result, 'workshop')).toMatchObject({ points: 50, maxPoints: 50, complete: true, missing: 0 });
  });

  it('minutes above the requirement give no more than the item’s points', () => {
    const result = scoreOf(TIANCHANG, facts({ creditedMinutes: 5000, workshopParticipations: 3 }), DURING);
    expect(line(result, 'courses')).toMatchObject({ counted: 5000, points: 50, maxPoints: 50, missing: 0 });
  });
});

describe('Huaibei 2022-23 (960 minutes with ≥ 600 required; shares 10 each, max 20, ≥ 10; marks × 15%, ≥ 9; pass at 78)', () => {
  const marks = { hw1: 80, hw2: 70 };

  it('960 minutes of which 500 in required courses: the course item is incomplete, so failed after the phase', () => {
    const result = scoreOf(
      HUAIBEI,
      facts({ creditedMinutes: 960, requiredCourseMinutes: 500, countedShares: 2, marks: { hw1: 100, hw2: 100 } }),
      AFTER,
    );
    expect(result).toMatchObject({ total: 100, verdict: 'FAILED' });
    expect(line(result, 'courses')).toMatchObject({
      counted: 960,
      required: 960,
      points: 50,
      complete: false,
      missing: 100,
      code: 'SCORE_REQUIRED_COURSES_SHORT',
    });
  });

  it('960/600 minutes, one share, marks 80 and 70: 50 + 10 + 12 + 10.5 = 82.5, passed', () => {
    const result = scoreOf(
      HUAIBEI,
      facts({ creditedMinutes: 960, requiredCourseMinutes: 600, countedShares: 1, marks }),
      DURING,
    );
    expect(result).toMatchObject({ total: 82.5, passThreshold: 78, verdict: 'PASSED' });
    expect(result.lines.map((l) => [l.key, l.points, l.maxPoints, l.complete])).toEqual([
      ['courses', 50, 50, true],
      ['shares', 10, 20, true],
      ['hw1', 12, 15, true],
      ['hw2', 10.5, 15, true],
    ]);
  });

  it('no share: failed (share minimum) even with every other point (80, above the pass mark of 78)', () => {
    const result = scoreOf(
      HUAIBEI,
      facts({ creditedMinutes: 960, requiredCourseMinutes: 960, countedShares: 0, marks: { hw1: 100, hw2: 100 } }),
      AFTER,
    );
    expect(result).toMatchObject({ total: 80, verdict: 'FAILED' });
    expect(result.total).toBeGreaterThanOrEqual(HUAIBEI.passThreshold);
    expect(line(result, 'shares')).toMatchObject({
      counted: 0,
      required: 1,
      points: 0,
      complete: false,
      missing: 1,
      code: 'SCORE_BELOW_MINIMUM',
    });
    // Without the share item the same facts pass: the share minimum alone failed them.
    const optional = { ...HUAIBEI, items: HUAIBEI.items.filter((item) => item.key !== 'shares') };
    expect(
      scoreOf(
        optional,
        facts({ creditedMinutes: 960, requiredCourseMinutes: 960, marks: { hw1: 100, hw2: 100 } }),
        AFTER,
      ).verdict,
    ).toBe('PASSED');
  });

  it('a mark of 55: 8.25 < 9, failed, with the least passing mark (60) and what is missing (5 marks)', () => {
    const result = scoreOf(
      HUAIBEI,
      facts({ creditedMinutes: 960, requiredCourseMinutes: 600, countedShares: 2, marks: { hw1: 100, hw2: 55 } }),
      AFTER,
    );
    expect(result).toMatchObject({ total: 93.25, verdict: 'FAILED' });
    expect(line(result, 'hw2')).toMatchObject({
      counted: 55,
      required: 60,
      points: 8.25,
      complete: false,
      missing: 5,
      code: 'SCORE_BELOW_MINIMUM',
    });
  });

  it('an assignment not marked yet counts 0 and needs a mark of at least 60', () => {
    const result = scoreOf(
      HUAIBEI,
      facts({ creditedMinutes: 960, requiredCourseMinutes: 600, countedShares: 1, marks: { hw1: 80, hw2: null } }),
      DURING,
    );
    expect(result).toMatchObject({ total: 72, verdict: 'IN_PROGRESS' });
    expect(line(result, 'hw2')).toMatchObject({
      counted: 0,
      required: 60,
      points: 0,
      complete: false,
      missing: 60,
      code: 'SCORE_NOT_MARKED',
    });
  });

  it('a mark of exactly 60 gives 9 points and completes the item (no floating-point miss)', () => {
    const result = scoreOf(HUAIBEI, facts({ marks: { hw1: 60 } }), DURING);
    expect(line(result, 'hw1')).toMatchObject({ points: 9, complete: true, missing: 0, code: 'SCORE_ITEM_COMPLETE' });
  });

  it('fewer minutes than required: points scale (480 of 960 → 25) and the minutes short come first', () => {
    const result = scoreOf(HUAIBEI, facts({ creditedMinutes: 480, requiredCourseMinutes: 100 }), DURING);
    expect(line(result, 'courses')).toMatchObject({ points: 25, missing: 500, code: 'SCORE_MINUTES_SHORT' });
  });
});

describe('Zhanjiang 2022 (school-based hours, cap 25, pass at 25)', () => {
  it('32 hours recorded → 25 counted → 25 points, passed', () => {
    const result = scoreOf(ZHANJIANG, facts({ groupHours: 32, completedGroupActivities: 5 }), DURING);
    expect(result).toMatchObject({ total: 25, passThreshold: 25, verdict: 'PASSED' });
    expect(result.lines[0]).toMatchObject({
      kind: 'GROUP_HOURS',
      counted: 25,
      required: 25,
      points: 25,
      maxPoints: 25,
      complete: true,
      missing: 0,
      params: expect.objectContaining({ recordedHours: 32 }),
    });
  });

  it('12.5 hours: 12.5 points, 12.5 hours missing, failed after the phase', () => {
    const result = scoreOf(ZHANJIANG, facts({ groupHours: 12.5 }), AFTER);
    expect(result).toMatchObject({ total: 12.5, verdict: 'FAILED' });
    expect(result.lines[0]).toMatchObject({ complete: false, missing: 12.5, code: 'SCORE_HOURS_SHORT' });
  });
});

describe('items not required to pass, and PER_UNIT group activities', () => {
  it('an incomplete optional item does not stop a pass', () => {
    const scheme: ScoringRules = {
      passThreshold: 10,
      excellentQuotaRate: 0.15,
      items: [
        {
          kind: 'PER_UNIT',
          key: 'acts',
          nameZh: '活动',
          nameEn: 'Activities',
          required: true,
          unit: 'GROUP_ACTIVITY',
          pointsPerUnit: 5,
          maxPoints: 20,
          minPoints: 10,
        },
        {
          kind: 'MARK_WEIGHT',
          key: 'bonus',
          nameZh: '加分',
          nameEn: 'Bonus',
          required: false,
          assignmentCode: 'x',
          weight: 0.1,
          minPoints: 5,
        },
      ],
    };
    const result = scoreOf(scheme, facts({ completedGroupActivities: 2 }), AFTER);
    expect(result).toMatchObject({ total: 10, verdict: 'PASSED' });
    expect(result.lines[1]).toMatchObject({ complete: false, requiredToPass: false, maxPoints: 10 });
  });
});

describe('studyEndedAt', () => {
  const programme = (status: string) => ({
    status,
    phases: [{ kind: 'IMPLEMENTATION', endsOn: new Date('2022-07-10T00:00:00Z') }],
  });
  it('the last day of the study phase is still open; the day after it has ended', () => {
    expect(studyEndedAt(programme('RUNNING'), new Date('2022-07-10T23:59:00Z'))).toBe(false);
    expect(studyEndedAt(programme('RUNNING'), new Date('2022-07-11T00:00:00Z'))).toBe(true);
  });
  it('a CLOSED programme has ended; a programme without a study phase has not', () => {
    expect(studyEndedAt(programme('CLOSED'), new Date('2022-06-01T00:00:00Z'))).toBe(true);
    expect(studyEndedAt({ status: 'RUNNING', phases: [] }, new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });
});
