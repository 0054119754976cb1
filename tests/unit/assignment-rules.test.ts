import { describe, expect, it } from 'vitest';
import {
  answerProblems,
  decideCheck,
  isLate,
  markInRange,
  mayRecommend,
  submitCheck,
} from '../../schema/assignments/rules.js';

describe('submitCheck', () => {
  it('makes a first submission attempt 1', () => {
    expect(submitCheck(null, 3)).toEqual({ ok: true, attempt: 1 });
  });
  it('takes a resubmission after RETURNED as the next attempt, up to maxAttempts', () => {
    expect(submitCheck({ status: 'RETURNED', attempt: 1 }, 3)).toEqual({ ok: true, attempt: 2 });
    expect(submitCheck({ status: 'RETURNED', attempt: 2 }, 3)).toEqual({ ok: true, attempt: 3 });
    expect(submitCheck({ status: 'RETURNED', attempt: 3 }, 3)).toEqual({
      ok: false,
      refusal: { code: 'ATTEMPTS_EXHAUSTED', attempts: 3, maxAttempts: 3 },
    });
  });
  it('refuses while waiting for the tutor and once marked', () => {
    expect(submitCheck({ status: 'SUBMITTED', attempt: 1 }, 3)).toEqual({ ok: false, refusal: { code: 'PENDING' } });
    expect(submitCheck({ status: 'MARKED', attempt: 1 }, 3)).toEqual({ ok: false, refusal: { code: 'MARKED' } });
  });
});

describe('decideCheck', () => {
  it('allows marking and returning the current SUBMITTED attempt', () => {
    expect(decideCheck({ status: 'SUBMITTED', attempt: 2 }, 2, 3, false)).toBeNull();
    expect(decideCheck({ status: 'SUBMITTED', attempt: 2 }, 2, 3, true)).toBeNull();
  });
  it('calls a decision on an older attempt stale, before anything else', () => {
    expect(decideCheck({ status: 'MARKED', attempt: 2 }, 1, 3, false)).toEqual({ code: 'STALE', attempt: 2 });
  });
  it('refuses what is not SUBMITTED', () => {
    expect(decideCheck({ status: 'RETURNED', attempt: 1 }, 1, 3, false)).toEqual({
      code: 'NOT_SUBMITTED',
      status: 'RETURNED',
    });
  });
  it('refuses to return the last allowed attempt, but marks it', () => {
    expect(decideCheck({ status: 'SUBMITTED', attempt: 3 }, 3, 3, true)).toEqual({
      code: 'ATTEMPTS_EXHAUSTED',
      attempts: 3,
      maxAttempts: 3,
    });
    expect(decideCheck({ status: 'SUBMITTED', attempt: 3 }, 3, 3, false)).toBeNull();
  });
});

describe('answerProblems', () => {
  const both = { acceptsText: true, acceptsFile: true };
  it('accepts a text, a file or both where both are accepted', () => {
    expect(answerProblems(both, { hasText: true, hasFile: false })).toEqual([]);
    expect(answerProblems(both, { hasText: false, hasFile: true })).toEqual([]);
    expect(answerProblems(both, { hasText: true, hasFile: true })).toEqual([]);
  });
  it('requires an answer', () => {
    expect(answerProblems(both, { hasText: false, hasFile: false })).toEqual([{ field: 'answer', problem: 'MISSING' }]);
  });
  it('refuses a kind the assignment does not accept', () => {
    expect(answerProblems({ acceptsText: false, acceptsFile: true }, { hasText: true, hasFile: false })).toEqual([
      { field: 'text', problem: 'NOT_ACCEPTED' },
    ]);
    expect(answerProblems({ acceptsText: true, acceptsFile: false }, { hasText: true, hasFile: true })).toEqual([
      { field: 'file', problem: 'NOT_ACCEPTED' },
    ]);
  });
});

describe('marks, lateness and recommendations', () => {
  it('takes whole marks from 0 to maxMark', () => {
    expect([0, 60, 100].every((mark) => markInRange(mark, 100))).toBe(true);
    expect([-1, 101, 59.5].some((mark) => markInRange(mark, 100))).toBe(false);
    expect(markInRange(150, 150)).toBe(true);
  });
  it('flags work submitted after the due time as late (the due instant itself is on time)', () => {
    const due = new Date('2023-05-31T15:59:59Z');
    expect(isLate(due, due)).toBe(false);
    expect(isLate(new Date('2023-05-31T16:00:00Z'), due)).toBe(true);
    expect(isLate(new Date('2023-05-30T00:00:00Z'), due)).toBe(false);
  });
  it('recommends only marked work', () => {
    expect(mayRecommend('MARKED')).toBe(true);
    expect(mayRecommend('SUBMITTED')).toBe(false);
    expect(mayRecommend('RETURNED')).toBe(false);
  });
});
