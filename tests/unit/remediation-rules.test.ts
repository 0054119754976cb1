import { describe, expect, it } from 'vitest';
import {
  carriedBasis,
  carriedEntries,
  carriedSummary,
  type EnrolFacts,
  enrolRefusal,
  isLater,
  type LedgerEntry,
  nextRoundNumber,
  openRound,
  type ProgrammeFacts,
  standing,
  targetProblem,
} from '../../schema/remediation/rules.js';

const day = (value: string) => new Date(`${value}T00:00:00Z`);

describe('standing: who failed (考核不合格)', () => {
  it('a FAILED score verdict is a failure, whatever the qualification', () => {
    expect(standing({ verdict: 'FAILED', qualified: null, studyEnded: true })).toEqual({
      failed: true,
      because: 'SCORE_FAILED',
    });
    expect(standing({ verdict: 'FAILED', qualified: true, studyEnded: true }).failed).toBe(true);
  });

  it('not qualified counts only once the study has ended', () => {
    expect(standing({ verdict: 'IN_PROGRESS', qualified: false, studyEnded: false })).toEqual({
      failed: false,
      because: 'IN_PROGRESS',
    });
    expect(standing({ verdict: 'PASSED', qualified: false, studyEnded: true })).toEqual({
      failed: true,
      because: 'NOT_QUALIFIED',
    });
    // Tianchang: total below 80 after 2022-07-10 is FAILED by the score; the hours missing alone fail too.
    expect(standing({ verdict: null, qualified: false, studyEnded: true }).failed).toBe(true);
  });

  it('a qualified teacher has not failed; an unknown qualification is still in progress', () => {
    expect(standing({ verdict: 'PASSED', qualified: true, studyEnded: true })).toEqual({
      failed: false,
      because: 'QUALIFIED',
    });
    expect(standing({ verdict: null, qualified: null, studyEnded: true })).toEqual({
      failed: false,
      because: 'IN_PROGRESS',
    });
  });
});

describe('rounds', () => {
  it('numbers rounds 1, 2, … per failed enrolment', () => {
    expect(nextRoundNumber([])).toBe(1);
    expect(nextRoundNumber([{ round: 1 }])).toBe(2);
    expect(nextRoundNumber([{ round: 2 }, { round: 1 }])).toBe(3);
  });

  it('a same-programme round stops another same-programme round, not a move to the next programme', () => {
    const rounds = [{ round: 1, enrolmentId: 'e1' }];
    expect(openRound(rounds, 'e1', true)).toEqual({ round: 1, enrolmentId: 'e1' });
    expect(openRound(rounds, 'e1', false)).toBeNull();
  });

  it('a round in the next programme stops every further round of the failed enrolment', () => {
    const rounds = [
      { round: 1, enrolmentId: 'e1' },
      { round: 2, enrolmentId: 'e2' },
    ];
    expect(openRound(rounds, 'e1', true)).toEqual({ round: 2, enrolmentId: 'e2' });
    expect(openRound(rounds, 'e1', false)).toEqual({ round: 2, enrolmentId: 'e2' });
    expect(openRound([], 'e1', false)).toBeNull();
  });
});

describe('the target programme', () => {
  const failed: ProgrammeFacts = {
    id: 'p2022',
    districtId: 'tianchang',
    status: 'RUNNING',
    startsOn: day('2022-05-06'),
    createdAt: day('2022-04-01'),
  };
  const next: ProgrammeFacts = {
    id: 'p2023',
    districtId: 'tianchang',
    status: 'PUBLISHED',
    startsOn: day('2023-05-06'),
    createdAt: day('2023-04-01'),
  };

  it('the same programme, while it is published or running', () => {
    expect(targetProblem(failed, failed, false)).toBeNull();
    expect(targetProblem({ ...failed, status: 'CLOSED' }, { ...failed, status: 'CLOSED' }, true)).toBe('NOT_OPEN');
  });

  it('a later programme of the district, published or running, with a batch admitting the school', () => {
    expect(targetProblem(failed, next, true)).toBeNull();
    expect(targetProblem(failed, { ...next, status: 'RUNNING' }, true)).toBeNull();
    expect(targetProblem(failed, { ...next, status: 'DRAFT' }, true)).toBe('NOT_OPEN');
    expect(targetProblem(failed, { ...next, status: 'CLOSED' }, true)).toBe('NOT_OPEN');
    expect(targetProblem(failed, { ...next, districtId: 'huaibei' }, true)).toBe('OTHER_DISTRICT');
    expect(targetProblem(failed, { ...next, startsOn: day('2021-05-01') }, true)).toBe('NOT_LATER');
    expect(targetProblem(failed, next, false)).toBe('SCHOOL_NOT_ADMITTED');
  });

  it('later by the first batch day, then by creation', () => {
    expect(isLater(failed, next)).toBe(true);
    expect(isLater(next, failed)).toBe(false);
    const sameStart = { ...next, startsOn: failed.startsOn };
    expect(isLater(failed, sameStart)).toBe(true);
    expect(isLater(failed, { ...sameStart, createdAt: day('2022-01-01') })).toBe(false);
    expect(isLater({ ...failed, startsOn: null }, { ...next, startsOn: null })).toBe(true);
  });
});

describe('enrolRefusal: the first reason, in order', () => {
  const ok: EnrolFacts = {
    standing: { failed: true, because: 'NOT_QUALIFIED' },
    failedEnrolmentId: 'e1',
    rounds: [],
    sameProgramme: false,
    target: null,
    schoolDeactivated: false,
    schoolClosed: false,
    alreadyEnrolled: false,
  };

  it('allows a failed teacher with no open round into an eligible programme', () => {
    expect(enrolRefusal(ok)).toBeNull();
    expect(enrolRefusal({ ...ok, sameProgramme: true, alreadyEnrolled: true })).toBeNull();
  });

  it('refuses, first reason first', () => {
    expect(enrolRefusal({ ...ok, standing: { failed: false, because: 'QUALIFIED' }, target: 'NOT_OPEN' })).toEqual({
      code: 'NOT_FAILED',
      because: 'QUALIFIED',
    });
    expect(
      enrolRefusal({ ...ok, rounds: [{ round: 1, enrolmentId: 'e2' }], target: 'NOT_LATER', schoolClosed: true }),
    ).toEqual({ code: 'ALREADY_IN_ROUND', round: { round: 1, enrolmentId: 'e2' } });
    expect(enrolRefusal({ ...ok, target: 'SCHOOL_NOT_ADMITTED', schoolClosed: true })).toEqual({
      code: 'TARGET_NOT_ELIGIBLE',
      problem: 'SCHOOL_NOT_ADMITTED',
    });
    expect(enrolRefusal({ ...ok, schoolDeactivated: true, schoolClosed: true })).toEqual({
      code: 'SCHOOL_DEACTIVATED',
    });
    expect(enrolRefusal({ ...ok, schoolClosed: true, alreadyEnrolled: true })).toEqual({ code: 'CLOSED' });
    expect(enrolRefusal({ ...ok, alreadyEnrolled: true })).toEqual({ code: 'ALREADY_ENROLLED' });
  });
});

describe('what carries over: earned and confirmed, net of reversals', () => {
  const at = day('2022-07-20');
  const entry = (over: Partial<LedgerEntry> & Pick<LedgerEntry, 'id'>): LedgerEntry => ({
    source: 'ONLINE_STUDY',
    category: 'ONLINE',
    hours: 30,
    reversesId: null,
    createdAt: day('2022-07-01'),
    districtConfirmedAt: day('2022-07-15'),
    ...over,
  });
  // Tianchang 2022: 30 online hours credited and confirmed; 20 offline entered, confirmed, then corrected by a
  // reversal and re-entered as 16; 4 more offline hours the school confirmed but the district not yet.
  const ledger = [
    entry({ id: 'online' }),
    entry({ id: 'offline-wrong', source: 'SCHOOL_PRACTICE', category: 'OFFLINE', hours: 20 }),
    entry({
      id: 'reversal',
      source: 'REVERSAL',
      category: 'OFFLINE',
      hours: -20,
      reversesId: 'offline-wrong',
      districtConfirmedAt: day('2022-07-16'),
    }),
    entry({ id: 'offline', source: 'SCHOOL_PRACTICE', category: 'OFFLINE', hours: 16 }),
    entry({ id: 'school-only', source: 'MANUAL_ENTRY', category: 'OFFLINE', hours: 4, districtConfirmedAt: null }),
  ];

  it('carries the district-confirmed entries; never a reversed entry, a reversal or an unconfirmed one', () => {
    expect(carriedEntries(ledger, at).map((e) => e.id)).toEqual(['online', 'offline']);
    expect(carriedSummary(carriedEntries(ledger, at))).toEqual({ entries: 2, online: 30, offline: 16, total: 46 });
  });

  it('a reversal appended after the round started still keeps its entry out', () => {
    const late = [
      entry({ id: 'a', hours: 10 }),
      entry({ id: 'r', source: 'REVERSAL', hours: -10, reversesId: 'a', createdAt: day('2022-08-01') }),
    ];
    expect(carriedEntries(late, at)).toEqual([]);
  });

  it('only what was earned and confirmed by the round’s start counts (a same-programme round)', () => {
    const later = [
      entry({ id: 'before' }),
      entry({ id: 'appended-after', createdAt: day('2022-07-21') }),
      entry({ id: 'confirmed-after', districtConfirmedAt: day('2022-07-21') }),
      entry({ id: 'zero', hours: 0 }),
    ];
    expect(carriedEntries(later, at).map((e) => e.id)).toEqual(['before']);
  });

  it('sums to two decimals', () => {
    expect(
      carriedSummary([
        { category: 'ONLINE', hours: 0.1 },
        { category: 'ONLINE', hours: 0.2 },
        { category: 'OFFLINE', hours: 1.05 },
      ]),
    ).toEqual({ entries: 3, online: 0.3, offline: 1.05, total: 1.35 });
  });

  it('a copy’s basis names the round and the original', () => {
    const basis = carriedBasis(
      { id: 'online', createdAt: day('2022-07-01'), basis: { score: 85, minutes: 1200 } },
      { remedialRoundId: 'r1', round: 1, programmeId: 'p2022', enrolmentId: 'e1' },
    );
    expect(basis).toEqual({
      carried: true,
      remedialRoundId: 'r1',
      round: 1,
      carriedFrom: {
        entryId: 'online',
        programmeId: 'p2022',
        enrolmentId: 'e1',
        createdAt: '2022-07-01T00:00:00.000Z',
        basis: { score: 85, minutes: 1200 },
      },
    });
  });
});
