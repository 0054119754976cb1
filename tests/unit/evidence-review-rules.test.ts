import { describe, expect, it } from 'vitest';
import {
  aggregate,
  type EvidenceState,
  expertAgrees,
  expertReviewCheck,
  groupDecisionResult,
  groupReviewCheck,
  outcomeOf,
  pickSample,
  readyForSchool,
  resultTotals,
  reviewShown,
  sampleKey,
  schoolDecisionCheck,
  settle,
} from '../../schema/evidence-review/rules.js';

const RULES = { groupReview: true, raters: 2, aggregation: 'MEDIAN' as const, blindReview: true, maxVersions: 3 };
const piece = (over: Partial<EvidenceState> = {}): EvidenceState => ({
  status: 'SUBMITTED',
  version: 1,
  teacherId: 'teacher',
  groupPath: '/p/c/d/s/g/',
  ...over,
});

describe('the group leader’s review', () => {
  it('takes SUBMITTED evidence of a group on its current version', () => {
    expect(groupReviewCheck(piece(), 1, 'leader', 'PASS_ON', RULES)).toBeNull();
    expect(groupReviewCheck(piece(), 2, 'leader', 'PASS_ON', RULES)).toEqual({ code: 'STALE', currentVersion: 1 });
    expect(groupReviewCheck(piece({ status: 'GROUP_REVIEWED' }), 1, 'leader', 'PASS_ON', RULES)).toEqual({
      code: 'NOT_AWAITING',
      stage: 'GROUP',
      status: 'GROUP_REVIEWED',
    });
  });

  it('refuses self-review, evidence without a group and a programme without group review', () => {
    expect(groupReviewCheck(piece(), 1, 'teacher', 'PASS_ON', RULES)).toEqual({ code: 'SELF_REVIEW' });
    expect(groupReviewCheck(piece({ groupPath: null }), 1, 'leader', 'PASS_ON', RULES)).toEqual({
      code: 'NO_GROUP_REVIEW',
    });
    expect(groupReviewCheck(piece(), 1, 'leader', 'PASS_ON', { ...RULES, groupReview: false })).toEqual({
      code: 'NO_GROUP_REVIEW',
    });
  });

  it('cannot return the last allowed version, but may pass it on', () => {
    expect(groupReviewCheck(piece({ version: 3 }), 3, 'leader', 'RETURN', RULES)).toEqual({
      code: 'LAST_VERSION',
      version: 3,
      maxVersions: 3,
    });
    expect(groupReviewCheck(piece({ version: 3 }), 3, 'leader', 'PASS_ON', RULES)).toBeNull();
  });

  it('moves it on, recommended or back', () => {
    expect(groupDecisionResult('PASS_ON')).toEqual({ toState: 'GROUP_REVIEWED', groupRecommended: false });
    expect(groupDecisionResult('RECOMMEND_EXCELLENT')).toEqual({ toState: 'GROUP_REVIEWED', groupRecommended: true });
    expect(groupDecisionResult('RETURN')).toEqual({ toState: 'RETURNED', groupRecommended: false });
  });
});

describe('the school’s assessment and return', () => {
  it('is ready after the group review, or when submitted without one', () => {
    expect(readyForSchool(piece({ status: 'GROUP_REVIEWED' }), RULES)).toBe(true);
    expect(readyForSchool(piece(), RULES)).toBe(false);
    expect(readyForSchool(piece({ groupPath: null }), RULES)).toBe(true);
    expect(readyForSchool(piece(), { groupReview: false })).toBe(true);
    expect(readyForSchool(piece({ status: 'ASSESSED', groupPath: null }), RULES)).toBe(false);
  });

  it('checks version, self-assessment, state and the last version on return', () => {
    const ready = piece({ status: 'GROUP_REVIEWED', version: 3 });
    expect(schoolDecisionCheck(ready, 3, 'admin', false, RULES)).toBeNull();
    expect(schoolDecisionCheck(ready, 2, 'admin', false, RULES)).toEqual({ code: 'STALE', currentVersion: 3 });
    expect(schoolDecisionCheck(ready, 3, 'teacher', false, RULES)).toEqual({ code: 'SELF_REVIEW' });
    expect(schoolDecisionCheck(ready, 3, 'admin', true, RULES)).toEqual({
      code: 'LAST_VERSION',
      version: 3,
      maxVersions: 3,
    });
    expect(schoolDecisionCheck({ ...ready, version: 2 }, 2, 'admin', true, RULES)).toBeNull();
    expect(schoolDecisionCheck(piece({ status: 'ASSESSED' }), 1, 'admin', false, RULES)).toEqual({
      code: 'NOT_AWAITING',
      stage: 'SCHOOL',
      status: 'ASSESSED',
    });
  });
});

describe('aggregating raters (worked examples)', () => {
  // A rubric of three criteria (design 0/2/4, use of technology 0/3/6, reflection 0/1/2 → at most 12 points),
  // PASS at 6, EXCELLENT at 10.
  const thresholds = { passPoints: 6, excellentPoints: 10 };

  it('the mean of 8 and 11 is 9.5: PASS; their median is the same 9.5', () => {
    expect(aggregate([8, 11], 'MEAN')).toBe(9.5);
    expect(aggregate([8, 11], 'MEDIAN')).toBe(9.5);
    expect(outcomeOf(9.5, 6, 10)).toBe('PASS');
  });

  it('three raters 4, 10, 11: the mean 8.33 is PASS, the median 10 is EXCELLENT (one low score does not pull it down)', () => {
    expect(aggregate([4, 10, 11], 'MEAN')).toBe(8.33);
    expect(aggregate([4, 10, 11], 'MEDIAN')).toBe(10);
    expect(settle([4, 10, 11], { raters: 3, aggregation: 'MEAN' }, thresholds)).toMatchObject({ outcome: 'PASS' });
    expect(settle([4, 10, 11], { raters: 3, aggregation: 'MEDIAN' }, thresholds)).toMatchObject({
      outcome: 'EXCELLENT',
      points: 10,
    });
  });

  it('leaves the outcome open until the programme’s raters are in', () => {
    expect(settle([8], { raters: 2, aggregation: 'MEDIAN' }, thresholds)).toEqual({
      settled: false,
      assessments: 1,
      raters: 2,
    });
    expect(settle([5, 6], { raters: 2, aggregation: 'MEAN' }, thresholds)).toEqual({
      settled: true,
      assessments: 2,
      raters: 2,
      points: 5.5,
      outcome: 'FAIL',
    });
  });

  it('thresholds are inclusive', () => {
    expect(outcomeOf(6, 6, 10)).toBe('PASS');
    expect(outcomeOf(10, 6, 10)).toBe('EXCELLENT');
    expect(outcomeOf(5.99, 6, 10)).toBe('FAIL');
  });
});

describe('blind review', () => {
  const current = { status: 'GROUP_REVIEWED' as const, version: 2 };
  const pending = { kind: 'ASSESSMENT' as const, version: 2, reviewerId: 'rater-1' };

  it('hides a pending assessment from other raters and the author, not from its own rater', () => {
    expect(reviewShown(pending, current, 'ADMIN', 'rater-1', true)).toEqual({ visible: true, named: true });
    expect(reviewShown(pending, current, 'ADMIN', 'rater-2', true).visible).toBe(false);
    expect(reviewShown(pending, current, 'ADMIN', 'rater-2', false).visible).toBe(true);
    expect(reviewShown(pending, current, 'AUTHOR', 'teacher', false).visible).toBe(false);
  });

  it('shows settled assessments, without the raters’ names to the author under blind review', () => {
    const settled = { status: 'ASSESSED' as const, version: 2 };
    expect(reviewShown(pending, settled, 'AUTHOR', 'teacher', true)).toEqual({ visible: true, named: false });
    expect(reviewShown(pending, settled, 'AUTHOR', 'teacher', false)).toEqual({ visible: true, named: true });
    const group = { kind: 'GROUP_REVIEW' as const, version: 1, reviewerId: 'leader' };
    expect(reviewShown(group, settled, 'AUTHOR', 'teacher', true)).toEqual({ visible: true, named: true });
  });

  it('shows older versions’ assessments, and nothing to peers or the public', () => {
    const old = { kind: 'ASSESSMENT' as const, version: 1, reviewerId: 'rater-1' };
    expect(reviewShown(old, current, 'ADMIN', 'rater-2', true).visible).toBe(true);
    expect(reviewShown(old, current, 'PEER', 'peer', false).visible).toBe(false);
    expect(reviewShown(old, current, 'PUBLIC', 'someone', false).visible).toBe(false);
  });
});

describe('expert re-review', () => {
  it('takes sampled, assessed evidence', () => {
    const assessed = { ...piece({ status: 'ASSESSED' }), sampled: true };
    expect(expertReviewCheck(assessed, 1, 'expert')).toBeNull();
    expect(expertReviewCheck({ ...assessed, sampled: false }, 1, 'expert')).toEqual({ code: 'NOT_SAMPLED' });
    expect(expertReviewCheck(assessed, 1, 'teacher')).toEqual({ code: 'SELF_REVIEW' });
  });

  it('agrees or not with the school', () => {
    expect(expertAgrees('PASS', 'PASS')).toBe(true);
    expect(expertAgrees('PASS', 'FAIL')).toBe(false);
    expect(expertAgrees('PASS', null)).toBeNull();
  });
});

describe('deterministic sampling', () => {
  const pieces = Array.from({ length: 10 }, (_, i) => ({
    id: `00000000-0000-7000-8000-00000000000${i}`,
    sampled: false,
  }));

  it('keys pieces by sha256 of the programme and evidence ids', () => {
    // sha256("p:e")
    expect(sampleKey('p', 'e')).toBe('054c397081cf5aa0fc1c3906925eb93928c3ca6ceccbcaaed2428d76ab9762d2');
    expect(sampleKey('p', 'e')).not.toBe(sampleKey('q', 'e'));
  });

  it('picks the same pieces every time, whatever the order they come in', () => {
    const first = pickSample('programme-1', pieces, 3).map((p) => p.id);
    const again = pickSample('programme-1', [...pieces].reverse(), 3).map((p) => p.id);
    expect(first).toHaveLength(3);
    expect(again).toEqual(first);
  });

  it('a re-run takes the next pieces, never a sampled one', () => {
    const first = pickSample('programme-1', pieces, 3).map((p) => p.id);
    const marked = pieces.map((p) => ({ ...p, sampled: first.includes(p.id) }));
    const next = pickSample('programme-1', marked, 3).map((p) => p.id);
    expect(next.some((id) => first.includes(id))).toBe(false);
    expect([...first, ...next]).toEqual(pickSample('programme-1', pieces, 6).map((p) => p.id));
  });

  it('another programme samples differently', () => {
    const one = pickSample('programme-1', pieces, 5).map((p) => p.id);
    const two = pickSample('programme-2', pieces, 5).map((p) => p.id);
    expect(two).not.toEqual(one);
  });
});

describe('result sheet totals', () => {
  it('counts pieces and teachers who passed every competency', () => {
    const totals = resultTotals(
      [
        { teacherId: 'a', outcome: 'PASS' },
        { teacherId: 'a', outcome: 'EXCELLENT' },
        { teacherId: 'b', outcome: 'FAIL' },
        { teacherId: 'b', outcome: 'PASS' },
        { teacherId: 'c', outcome: null },
      ],
      4,
    );
    expect(totals).toEqual({
      teachers: 4,
      teachersPassed: 1,
      pieces: 5,
      assessed: 4,
      passed: 3,
      excellent: 1,
      failed: 1,
      passRate: 0.6,
      teacherPassRate: 0.25,
    });
  });

  it('is all zero for an empty sheet', () => {
    expect(resultTotals([], 0)).toMatchObject({ passRate: 0, teacherPassRate: 0, pieces: 0 });
  });
});
