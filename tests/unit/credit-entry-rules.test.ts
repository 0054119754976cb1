// Rules of entering and confirming credit hours (学时录入与审核确认): the entry window (Xinbei: within a week after the
// school finishes), row validation, matching a file row to a teacher, confirmation eligibility.
import { describe, expect, it } from 'vitest';
import {
  confirmationProblem,
  entryWindow,
  hasTwoDecimals,
  MAX_EVIDENCE_PER_ROW,
  MAX_HOURS_PER_ROW,
  MAX_NOTE_LENGTH,
  matchTeacher,
  parseCategory,
  parseHours,
  parseSource,
  rowProblem,
  stateOf,
} from '../../schema/credit-entry/rules.js';

const finishedAt = new Date('2025-06-30T08:00:00Z');
const at = (iso: string) => new Date(iso);
const XINBEI = { entryWindowDays: 7 };

describe('the entry window (全校培训完成后一周内统一录入)', () => {
  const window = (facts: Partial<Parameters<typeof entryWindow>[0]>, now: Date) =>
    entryWindow({ hours: XINBEI, programmeStatus: 'RUNNING', finishedAt, closedAt: null, ...facts }, now);

  it('Xinbei, 7 days: opens when the school finishes and closes 7 days later (exclusive)', () => {
    const closesAt = at('2025-07-07T08:00:00Z');
    expect(window({}, at('2025-06-30T08:00:00Z'))).toEqual({ opensAt: finishedAt, closesAt, open: true, reason: null });
    expect(window({}, at('2025-07-07T07:59:59Z')).open).toBe(true);
    expect(window({}, closesAt)).toEqual({ opensAt: finishedAt, closesAt, open: false, reason: 'ENDED' });
    expect(window({}, at('2025-08-01T00:00:00Z')).reason).toBe('ENDED');
  });

  it('with a window, is closed before the school declared its training finished, saying so', () => {
    expect(window({ finishedAt: null }, at('2025-06-01T00:00:00Z'))).toEqual({
      opensAt: null,
      closesAt: null,
      open: false,
      reason: 'NOT_FINISHED',
    });
    // A finishedAt in the future (clock skew between instances) is not open yet either.
    expect(window({}, at('2025-06-30T07:59:59Z')).reason).toBe('NOT_FINISHED');
  });

  it('without entryWindowDays, is open any time, before the school finishes too', () => {
    const open = { opensAt: null, closesAt: null, open: true, reason: null };
    expect(window({ hours: {}, finishedAt: null }, at('2025-01-01T00:00:00Z'))).toEqual(open);
    expect(window({ hours: {} }, at('2030-01-01T00:00:00Z'))).toEqual(open);
  });

  it('is closed once the school closed (结项), in a draft or closed programme, and without hours rules', () => {
    const now = at('2025-07-01T00:00:00Z');
    expect(window({ closedAt: now }, now)).toMatchObject({ open: false, reason: 'SCHOOL_CLOSED' });
    expect(window({ hours: {}, closedAt: now }, now)).toMatchObject({ open: false, reason: 'SCHOOL_CLOSED' });
    expect(window({ programmeStatus: 'CLOSED' }, now)).toMatchObject({ open: false, reason: 'PROGRAMME_NOT_OPEN' });
    expect(window({ programmeStatus: 'DRAFT' }, now)).toMatchObject({ open: false, reason: 'PROGRAMME_NOT_OPEN' });
    expect(window({ programmeStatus: 'PUBLISHED' }, now)).toMatchObject({ open: true });
    expect(window({ hours: null }, now)).toMatchObject({ open: false, reason: 'NO_HOURS' });
  });
});

describe('a row of hours', () => {
  const row = (over: Partial<Parameters<typeof rowProblem>[0]> = {}) =>
    rowProblem({ hours: 25, category: 'OFFLINE', source: 'SCHOOL_PRACTICE', note: null, evidenceCount: 0, ...over });

  it('accepts Xinbei’s 25 offline practice hours, and 2.5 or 0.25 hours, and a manual ONLINE entry', () => {
    expect(row()).toBeNull();
    expect(row({ hours: 2.5 })).toBeNull();
    expect(row({ hours: 0.25 })).toBeNull();
    expect(row({ hours: 0.1 + 0.2 })).toBeNull();
    expect(row({ category: 'ONLINE', source: 'MANUAL_ENTRY', note: '补录线上学时' })).toBeNull();
    expect(row({ hours: MAX_HOURS_PER_ROW, evidenceCount: MAX_EVIDENCE_PER_ROW })).toBeNull();
  });

  it('refuses hours that are not positive, have more than two decimals, or exceed the maximum', () => {
    expect(row({ hours: 0 })).toMatchObject({ code: 'INVALID_HOURS', variant: 'hoursPositive' });
    expect(row({ hours: -3 })).toMatchObject({ code: 'INVALID_HOURS', variant: 'hoursPositive' });
    expect(row({ hours: Number.NaN })).toMatchObject({ code: 'INVALID_HOURS' });
    expect(row({ hours: 1.005 })).toMatchObject({ code: 'INVALID_HOURS', variant: 'hoursDecimals' });
    expect(row({ hours: MAX_HOURS_PER_ROW + 0.01 })).toMatchObject({ code: 'INVALID_HOURS', variant: 'hoursTooMany' });
  });

  it('refuses an unknown category, a source the school may not enter, a long note, too much evidence', () => {
    expect(row({ category: 'PRACTICE' })).toMatchObject({ code: 'INVALID_CATEGORY' });
    expect(row({ source: 'ONLINE_STUDY' })).toMatchObject({ code: 'INVALID_SOURCE' });
    expect(row({ source: 'REVERSAL' })).toMatchObject({ code: 'INVALID_SOURCE' });
    expect(row({ note: 'x'.repeat(MAX_NOTE_LENGTH) })).toBeNull();
    expect(row({ note: 'x'.repeat(MAX_NOTE_LENGTH + 1) })).toMatchObject({ code: 'NOTE_TOO_LONG' });
    expect(row({ evidenceCount: MAX_EVIDENCE_PER_ROW + 1 })).toMatchObject({ code: 'TOO_MANY_EVIDENCE' });
  });

  it('two decimals tolerate floating-point noise only', () => {
    expect(hasTwoDecimals(12.34)).toBe(true);
    expect(hasTwoDecimals(0.07)).toBe(true);
    expect(hasTwoDecimals(12.345)).toBe(false);
  });
});

describe('cells of an imported file', () => {
  it('hours: plain decimals only', () => {
    expect(parseHours(' 25 ')).toBe(25);
    expect(parseHours('2.50')).toBe(2.5);
    for (const bad of ['', '-2', '+2', '2e1', '1,000', '=1+1', 'abc', '2.']) expect(parseHours(bad), bad).toBeNull();
  });

  it('category and source in English or Chinese, defaults when blank, unknown text kept to be refused', () => {
    expect(parseCategory('')).toBe('OFFLINE');
    expect(parseCategory('线上')).toBe('ONLINE');
    expect(parseCategory('Offline')).toBe('OFFLINE');
    expect(parseCategory('面授')).toBe('面授');
    expect(parseSource('')).toBe('SCHOOL_PRACTICE');
    expect(parseSource('手工录入')).toBe('MANUAL_ENTRY');
    expect(parseSource('manual_entry')).toBe('MANUAL_ENTRY');
    expect(parseSource('School practice')).toBe('SCHOOL_PRACTICE');
    expect(parseSource('ONLINE_STUDY')).toBe('ONLINE_STUDY');
  });

  const teachers = [
    { enrolmentId: 'e1', login: 'ZhangWei', employeeNumber: 'T001' },
    { enrolmentId: 'e2', login: 'lina', employeeNumber: 'T002' },
    { enrolmentId: 'e3', login: 'wangfang', employeeNumber: 'T002' },
    { enrolmentId: 'e4', login: 'liuyang', employeeNumber: null },
  ];

  it('a teacher by login (any case) or by employee number (工号)', () => {
    expect(matchTeacher({ login: 'zhangwei', employeeNumber: '' }, teachers)).toEqual({ enrolmentId: 'e1' });
    expect(matchTeacher({ login: '', employeeNumber: ' T001 ' }, teachers)).toEqual({ enrolmentId: 'e1' });
    expect(matchTeacher({ login: 'zhangwei', employeeNumber: 'T001' }, teachers)).toEqual({ enrolmentId: 'e1' });
  });

  it('refuses a row naming nobody, nobody enrolled, two teachers, or a login and number that disagree', () => {
    expect(matchTeacher({ login: ' ', employeeNumber: '' }, teachers)).toMatchObject({ code: 'MISSING_FIELD' });
    expect(matchTeacher({ login: 'nobody', employeeNumber: '' }, teachers)).toMatchObject({
      code: 'TEACHER_NOT_FOUND',
    });
    expect(matchTeacher({ login: '', employeeNumber: 'T002' }, teachers)).toMatchObject({
      code: 'AMBIGUOUS_TEACHER',
    });
    expect(matchTeacher({ login: 'liuyang', employeeNumber: 'T009' }, teachers)).toMatchObject({
      code: 'TEACHER_NOT_FOUND',
      variant: 'teacherMismatch',
    });
  });
});

describe('confirmation (审核确认)', () => {
  it('the school confirms PENDING entries; the district SCHOOL_CONFIRMED ones', () => {
    expect(confirmationProblem('SCHOOL', { state: 'PENDING', schoolClosed: false })).toBeNull();
    expect(confirmationProblem('DISTRICT', { state: 'SCHOOL_CONFIRMED', schoolClosed: false })).toBeNull();
  });

  it('an entry at or past the level is already confirmed; the district cannot skip the school', () => {
    expect(confirmationProblem('SCHOOL', { state: 'SCHOOL_CONFIRMED', schoolClosed: false })).toMatchObject({
      code: 'ALREADY_CONFIRMED',
    });
    expect(confirmationProblem('SCHOOL', { state: 'DISTRICT_CONFIRMED', schoolClosed: false })).toMatchObject({
      code: 'ALREADY_CONFIRMED',
    });
    expect(confirmationProblem('DISTRICT', { state: 'DISTRICT_CONFIRMED', schoolClosed: false })).toMatchObject({
      code: 'ALREADY_CONFIRMED',
    });
    expect(confirmationProblem('DISTRICT', { state: 'PENDING', schoolClosed: false })).toMatchObject({
      code: 'NOT_SCHOOL_CONFIRMED',
    });
  });

  it('nothing of a closed school is confirmed (CLOSED), whatever its state', () => {
    for (const state of ['PENDING', 'SCHOOL_CONFIRMED'] as const)
      for (const level of ['SCHOOL', 'DISTRICT'] as const)
        expect(confirmationProblem(level, { state, schoolClosed: true })).toMatchObject({ code: 'CLOSED' });
  });

  it('an entry’s state is its highest confirmation', () => {
    expect(stateOf([])).toBe('PENDING');
    expect(stateOf(['SCHOOL'])).toBe('SCHOOL_CONFIRMED');
    expect(stateOf(['SCHOOL', 'DISTRICT'])).toBe('DISTRICT_CONFIRMED');
  });
});
