/**
 * Rules of entering and confirming credit hours (学时录入与审核确认): pure functions of plain data, no GraphQL, no
 * Prisma.
 *
 * - The entry window: offline hours are entered by the school admin within `rules.hours.entryWindowDays` days after the
 *   school declared its training finished (Xinbei 7: 线下应用学时由校级管理员在全校培训完成后一周内统一录入). Without
 *   `entryWindowDays`, any time until the school closes.
 * - Row validation: hours > 0 with at most two decimals and at most MAX_HOURS_PER_ROW, a source the school may enter,
 *   a note of bounded length, at most MAX_EVIDENCE_PER_ROW evidence ids.
 * - Confirmation: PENDING → SCHOOL_CONFIRMED (the school) → DISTRICT_CONFIRMED (the district, 审核确认).
 */
/** States of a credit-hour entry, from least to most confirmed (its highest confirmation). */
export type CreditState = 'PENDING' | 'SCHOOL_CONFIRMED' | 'DISTRICT_CONFIRMED';

const DAY_MS = 24 * 3600 * 1000;

/** Most rows of one bulk entry or import. */
export const MAX_ENTRY_ROWS = 500;
/** Most hours one row may credit (a whole programme's offline practice is 25 to 50 hours). */
export const MAX_HOURS_PER_ROW = 100;
/** Longest note of a row, in characters. */
export const MAX_NOTE_LENGTH = 500;
/** Most evidence ids one row may name. */
export const MAX_EVIDENCE_PER_ROW = 20;
/** Most entry ids one confirmation may name. */
export const MAX_CONFIRM_IDS = 500;

/** Programme states in which hours are entered and confirmed. */
export const ENTRY_PROGRAMME_STATUSES: readonly string[] = ['PUBLISHED', 'RUNNING'];

/** Why the entry window is closed. */
export type WindowReason =
  /** The programme credits no hours (its rules have no `hours`). */
  | 'NO_HOURS'
  /** The programme is a draft or closed. */
  | 'PROGRAMME_NOT_OPEN'
  /** The school has not declared its training finished, and the programme sets an entry window. */
  | 'NOT_FINISHED'
  /** The window ended (finishedAt + entryWindowDays). */
  | 'ENDED'
  /** The school closed (结项) in the programme: nothing changes any more. */
  | 'SCHOOL_CLOSED';

export interface EntryWindow {
  /** When entry opens: the school's finishedAt when a window is set; null when it is not known yet or not set. */
  opensAt: Date | null;
  /** When entry closes (exclusive): finishedAt + entryWindowDays; null when there is no window or it is not known yet. */
  closesAt: Date | null;
  open: boolean;
  /** Why it is closed; null when open. */
  reason: WindowReason | null;
}

export interface WindowFacts {
  /** The programme's rules.hours.entryWindowDays; null: no window. Undefined hours rules: pass `hours: false`. */
  hours: { entryWindowDays?: number | null } | null;
  programmeStatus: string;
  /** When the school declared its training finished (SchoolCompletion.finishedAt). */
  finishedAt: Date | null;
  /** When the school closed (SchoolCompletion.closedAt). */
  closedAt: Date | null;
}

/**
 * The entry window of a school in a programme at `now`: it opens at finishedAt and closes finishedAt + entryWindowDays
 * days (exclusive). Without entryWindowDays it is open any time (before the school declared its training finished too).
 * A closed school, a programme that is not PUBLISHED or RUNNING, or one without hours rules: closed.
 */
export function entryWindow(facts: WindowFacts, now: Date): EntryWindow {
  const days = facts.hours?.entryWindowDays ?? null;
  const opensAt = days !== null ? facts.finishedAt : null;
  const closesAt = days !== null && facts.finishedAt ? new Date(facts.finishedAt.getTime() + days * DAY_MS) : null;
  const closed = (reason: WindowReason): EntryWindow => ({ opensAt, closesAt, open: false, reason });
  if (!facts.hours) return closed('NO_HOURS');
  if (facts.closedAt) return closed('SCHOOL_CLOSED');
  if (!ENTRY_PROGRAMME_STATUSES.includes(facts.programmeStatus)) return closed('PROGRAMME_NOT_OPEN');
  if (days === null) return { opensAt, closesAt, open: true, reason: null };
  if (!facts.finishedAt || !closesAt) return closed('NOT_FINISHED');
  if (now.getTime() < facts.finishedAt.getTime()) return closed('NOT_FINISHED');
  if (now.getTime() >= closesAt.getTime()) return closed('ENDED');
  return { opensAt, closesAt, open: true, reason: null };
}

/** Sources the school admin may enter. */
export const ENTERABLE_SOURCES = ['SCHOOL_PRACTICE', 'MANUAL_ENTRY'] as const;
export type EnterableSource = (typeof ENTERABLE_SOURCES)[number];
export const CREDIT_CATEGORIES = ['ONLINE', 'OFFLINE'] as const;
export type CreditCategoryValue = (typeof CREDIT_CATEGORIES)[number];

/** Why a row of an entry cannot be entered (or an entry not confirmed). */
export type CreditRowErrorCode =
  | 'MISSING_FIELD'
  | 'INVALID_HOURS'
  | 'INVALID_CATEGORY'
  | 'INVALID_SOURCE'
  | 'NOTE_TOO_LONG'
  | 'TOO_MANY_EVIDENCE'
  | 'FORMULA_LIKE_VALUE'
  | 'TEACHER_NOT_FOUND'
  | 'AMBIGUOUS_TEACHER'
  | 'ENROLMENT_NOT_FOUND'
  | 'EVIDENCE_NOT_FOUND'
  | 'DUPLICATE_ROW'
  | 'WINDOW_CLOSED'
  | 'CLOSED'
  | 'ENTRY_NOT_FOUND'
  | 'OTHER_PROGRAMME'
  | 'OTHER_SCHOOL'
  | 'ALREADY_CONFIRMED'
  | 'NOT_SCHOOL_CONFIRMED';

/** A row's refusal: its code and the message's variant and parameters (ROW.credit.<variant>). */
export interface RowProblem {
  code: CreditRowErrorCode;
  variant: string;
  params?: Record<string, string | number>;
}

export interface RowInput {
  hours: number;
  category: string;
  source: string;
  note: string | null;
  evidenceCount: number;
}

/** Hours with at most two decimals (Decimal(7,2)); floating-point noise (0.1 + 0.2) is tolerated. */
export function hasTwoDecimals(hours: number): boolean {
  return Math.abs(Math.round(hours * 100) - hours * 100) < 1e-6;
}

/** Parses a spreadsheet cell as hours: "2", "2.5", "2.50", " 3 " (no sign, no exponent, no thousands separators). */
export function parseHours(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,6}(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** The first problem of a row's own values (the database checks come later); null when they are fine. */
export function rowProblem(row: RowInput): RowProblem | null {
  if (!Number.isFinite(row.hours) || row.hours <= 0)
    return { code: 'INVALID_HOURS', variant: 'hoursPositive', params: { hours: String(row.hours) } };
  if (!hasTwoDecimals(row.hours))
    return { code: 'INVALID_HOURS', variant: 'hoursDecimals', params: { hours: String(row.hours) } };
  if (row.hours > MAX_HOURS_PER_ROW)
    return { code: 'INVALID_HOURS', variant: 'hoursTooMany', params: { hours: row.hours, max: MAX_HOURS_PER_ROW } };
  if (!(CREDIT_CATEGORIES as readonly string[]).includes(row.category))
    return { code: 'INVALID_CATEGORY', variant: 'category', params: { value: row.category } };
  if (!(ENTERABLE_SOURCES as readonly string[]).includes(row.source))
    return { code: 'INVALID_SOURCE', variant: 'source', params: { value: row.source } };
  if (row.note !== null && row.note.length > MAX_NOTE_LENGTH)
    return { code: 'NOTE_TOO_LONG', variant: 'noteTooLong', params: { max: MAX_NOTE_LENGTH } };
  if (row.evidenceCount > MAX_EVIDENCE_PER_ROW)
    return { code: 'TOO_MANY_EVIDENCE', variant: 'tooManyEvidence', params: { max: MAX_EVIDENCE_PER_ROW } };
  return null;
}

/** Hours rounded to cents, as the ledger stores them. */
export const cents = (hours: number): number => Math.round(hours * 100) / 100;

export type ConfirmLevel = 'SCHOOL' | 'DISTRICT';

/** An entry as a confirmation sees it. */
export interface ConfirmFacts {
  state: CreditState;
  /** The school closed (结项) in the programme. */
  schoolClosed: boolean;
}

/**
 * Whether an entry can be confirmed at `level`: the school confirms PENDING entries, the district SCHOOL_CONFIRMED
 * ones; an entry already at or past the level is ALREADY_CONFIRMED; nothing of a closed school changes (CLOSED).
 */
export function confirmationProblem(level: ConfirmLevel, facts: ConfirmFacts): RowProblem | null {
  if (facts.schoolClosed) return { code: 'CLOSED', variant: 'schoolClosed' };
  if (level === 'SCHOOL') {
    if (facts.state !== 'PENDING') return { code: 'ALREADY_CONFIRMED', variant: 'alreadySchool' };
    return null;
  }
  if (facts.state === 'DISTRICT_CONFIRMED') return { code: 'ALREADY_CONFIRMED', variant: 'alreadyDistrict' };
  if (facts.state === 'PENDING') return { code: 'NOT_SCHOOL_CONFIRMED', variant: 'notSchoolConfirmed' };
  return null;
}

/** An entry's state from the levels of its confirmations. */
export function stateOf(levels: readonly string[]): CreditState {
  if (levels.includes('DISTRICT')) return 'DISTRICT_CONFIRMED';
  if (levels.includes('SCHOOL')) return 'SCHOOL_CONFIRMED';
  return 'PENDING';
}

/** Who a file row names: a login or an employee number (工号), at least one. */
export interface TeacherKey {
  login: string;
  employeeNumber: string;
}

/** A teacher of the school enrolled in the programme, as a file row is matched against. */
export interface EnrolledTeacher {
  enrolmentId: string;
  login: string;
  employeeNumber: string | null;
}

/**
 * The enrolment a file row names: by login (case-insensitive) when given, else by employee number (exact, trimmed);
 * a login and an employee number that disagree fail the row.
 */
export function matchTeacher(
  key: TeacherKey,
  teachers: readonly EnrolledTeacher[],
): { enrolmentId: string } | RowProblem {
  const login = key.login.trim().toLowerCase();
  const number = key.employeeNumber.trim();
  if (!login && !number) return { code: 'MISSING_FIELD', variant: 'missingTeacher' };
  if (login) {
    const found = teachers.find((teacher) => teacher.login.toLowerCase() === login);
    if (!found) return { code: 'TEACHER_NOT_FOUND', variant: 'teacherNotFound', params: { who: key.login.trim() } };
    if (number && found.employeeNumber?.trim() !== number)
      return { code: 'TEACHER_NOT_FOUND', variant: 'teacherMismatch', params: { who: key.login.trim(), number } };
    return { enrolmentId: found.enrolmentId };
  }
  const [found, ...more] = teachers.filter((teacher) => teacher.employeeNumber?.trim() === number);
  if (!found) return { code: 'TEACHER_NOT_FOUND', variant: 'teacherNotFound', params: { who: number } };
  if (more.length) return { code: 'AMBIGUOUS_TEACHER', variant: 'ambiguousTeacher', params: { number } };
  return { enrolmentId: found.enrolmentId };
}

/** Category and source cells of a file, in English or Chinese; blank gives the default. */
const CATEGORY_WORDS: Record<string, CreditCategoryValue> = {
  offline: 'OFFLINE',
  线下: 'OFFLINE',
  线下学时: 'OFFLINE',
  实践: 'OFFLINE',
  online: 'ONLINE',
  线上: 'ONLINE',
  线上学时: 'ONLINE',
};
const SOURCE_WORDS: Record<string, EnterableSource> = {
  schoolpractice: 'SCHOOL_PRACTICE',
  practice: 'SCHOOL_PRACTICE',
  校本实践: 'SCHOOL_PRACTICE',
  实践: 'SCHOOL_PRACTICE',
  应用实践: 'SCHOOL_PRACTICE',
  manualentry: 'MANUAL_ENTRY',
  manual: 'MANUAL_ENTRY',
  手工录入: 'MANUAL_ENTRY',
  人工录入: 'MANUAL_ENTRY',
};

const word = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_\-/]+/g, '');

/** A category cell: OFFLINE when blank; the text itself (refused later) when unknown. */
export function parseCategory(text: string): string {
  if (!text.trim()) return 'OFFLINE';
  return CATEGORY_WORDS[word(text)] ?? text.trim();
}

/** A source cell: SCHOOL_PRACTICE when blank; the text itself (refused later) when unknown. */
export function parseSource(text: string): string {
  if (!text.trim()) return 'SCHOOL_PRACTICE';
  return SOURCE_WORDS[word(text)] ?? text.trim();
}
