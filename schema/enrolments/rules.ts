/**
 * Enrolment rules: how rows of a roster (a school's list of teachers, typed in one by one or
 * imported from a file) become users and enrolments. Pure: the caller loads what exists, this
 * decides each row's outcome and the writes, and nothing is written when any row fails.
 */
import { startsLikeFormula } from '../../api/spreadsheet/safe-cell.js';
import { checkNationalId } from '../users/index.js';

/** Longest login, in characters. */
export const MAX_LOGIN_LENGTH = 64;
/** Longest display name, in characters. */
export const MAX_DISPLAY_NAME_LENGTH = 100;
/** Longest e-mail address, in characters. */
export const MAX_EMAIL_LENGTH = 254;

/** A login: 1 to 64 characters, no spaces or control characters. */
export const LOGIN_PATTERN = /^[^\s\p{C}]{1,64}$/u;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type ImportRowErrorCode =
  | 'MISSING_FIELD'
  | 'INVALID_VALUE'
  | 'FORMULA_LIKE_VALUE'
  | 'INVALID_NATIONAL_ID'
  | 'DUPLICATE_ROW'
  | 'LOGIN_TAKEN'
  | 'NATIONAL_ID_TAKEN'
  | 'ALREADY_ENROLLED'
  | 'UNKNOWN_CLASS'
  | 'QUOTA_EXCEEDED'
  | 'INVALID_ENROLMENT_DATE';

/** Fields of a row kept as free text (and so written to spreadsheets later). */
const FREE_TEXT_FIELDS = ['login', 'name', 'email'] as const;

/** What a row's message says: a catalogue key (`ROW.*`, `NATIONAL_ID.*`) and its numbers; worded by the caller. */
export interface RowMessage {
  key: string;
  params: Record<string, string | number>;
}

/** What changed in an enrolled teacher's row. */
export type RowChange = 'NAME' | 'EMAIL' | 'NATIONAL_ID' | 'CLASS' | 'ENROLLED_AT';

export type RowOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'ERROR';

/** One teacher as given: every field as text (untrimmed), blank when not given. */
export interface RosterRow {
  /** Spreadsheet row number (1-based, the header is row 1); 1 for a single enrolment. */
  row: number;
  login: string;
  name: string;
  email: string;
  nationalId: string;
  /** A class of the school: its ID, code or name. */
  class: string;
  /** When the teacher was enrolled (a past roster): see `parseEnrolmentDate`; blank: now (or, if enrolled, as stored). */
  enrolledAt: string;
}

export interface ExistingTeacher {
  id: string;
  login: string;
  /** Home organisation. */
  organisationId: string;
  displayName: string;
  email: string | null;
  nationalIdHash: string | null;
  nationalIdMasked: string | null;
  /** Their enrolment in the programme, if any. */
  enrolment: { id: string; batchId: string; schoolId: string; classId: string | null; enrolledAt: Date } | null;
}

export interface RosterContext {
  schoolId: string;
  batchId: string;
  /** Teachers the school may enrol in the batch, and how many already are. */
  quota: number;
  enrolled: number;
  /** The class every teacher joins when the programme forms one class per school; null otherwise. */
  programmeClassId: string | null;
  /** The school's classes. */
  classes: ReadonlyArray<{ id: string; code: string; name: string }>;
  /** Users whose login or auth subject is one of the rows' logins, with their enrolment in the programme. */
  users: readonly ExistingTeacher[];
  /** Users holding one of the rows' national ID hashes. */
  nationalIdHolders: ReadonlyArray<{ id: string; nationalIdHash: string | null }>;
  /** Keyed hash and masked form of a normalized national ID number. */
  protect: (normalized: string) => { nationalIdHash: string; nationalIdMasked: string };
  today: Date;
}

export interface PlannedRow {
  row: number;
  login: string;
  outcome: RowOutcome;
  code: ImportRowErrorCode | null;
  /** Why the row failed, or what changed; null for a plain CREATED or UNCHANGED row. */
  message: RowMessage | null;
  /** What changes for an UPDATED (or CREATED) row of an existing teacher. */
  changes: RowChange[];
  /** The row creates the teacher's account. */
  accountCreated: boolean;
}

export interface UserDetails {
  displayName: string;
  email: string | null;
  nationalIdHash: string | null;
  nationalIdMasked: string | null;
}

export interface RosterWrites {
  /** Accounts to create (home: the school). */
  newUsers: Array<UserDetails & { login: string }>;
  /** Existing accounts whose details change: their complete new details. */
  userUpdates: Array<UserDetails & { id: string }>;
  /** Enrolments to create, by the teacher's login (new accounts have no id yet); `enrolledAt` null: now. */
  enrolments: Array<{ login: string; userId: string | null; classId: string | null; enrolledAt: Date | null }>;
  /** Enrolments moving to another class. */
  classChanges: Array<{ enrolmentId: string; teacherId: string; classId: string }>;
  /** Enrolments whose enrolment date changes (their selection deadline follows), with the date they had. */
  enrolmentDates: Array<{ enrolmentId: string; enrolledAt: Date; previous: Date }>;
}

export interface RosterPlan {
  rows: PlannedRow[];
  writes: RosterWrites;
  created: number;
  updated: number;
  unchanged: number;
  errors: number;
}

type RowResult =
  | { error: ImportRowErrorCode; message: RowMessage }
  | {
      login: string;
      outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED';
      changes: RowChange[];
      newUser: (UserDetails & { login: string }) | null;
      update: (UserDetails & { id: string }) | null;
      enrol: RosterWrites['enrolments'][number] | null;
      classChange: RosterWrites['classChanges'][number] | null;
      dateChange: RosterWrites['enrolmentDates'][number] | null;
    };

const DAY_ONLY = [/^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/, /^(\d{4})(年)(\d{1,2})月(\d{1,2})日$/];
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * An enrolment date as a roster gives it: a day (2021-05-10, 2021/5/10, 2021.5.10 or 2021年5月10日),
 * taken as 00:00 UTC of that day, or an ISO-8601 instant with its time zone
 * (2021-05-10T09:00:00+08:00). Null when it is neither, or not a real calendar day.
 */
export function parseEnrolmentDate(text: string): Date | null {
  const value = text.trim();
  const day = DAY_ONLY.map((pattern) => pattern.exec(value)).find(Boolean);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[3]), Number(day[4])];
    const at = new Date(Date.UTC(year, month - 1, date));
    return at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === date ? at : null;
  }
  if (!INSTANT.test(value)) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at;
}

/**
 * Decides every row: CREATED (the teacher is enrolled now; `accountCreated` when their account
 * is new), UPDATED (already enrolled in this batch; name, e-mail, national ID, class or enrolment date changed),
 * UNCHANGED, or ERROR with a code. Blank optional fields leave what is stored unchanged. Rows
 * that would enrol a teacher beyond the school's remaining quota fail with QUOTA_EXCEEDED, in row
 * order. The writes are meant to be applied only when no row failed.
 */
export function planRoster(rows: readonly RosterRow[], context: RosterContext): RosterPlan {
  const usersByLogin = new Map(context.users.map((user) => [user.login, user]));
  const holders = new Map(context.nationalIdHolders.map((holder) => [holder.nationalIdHash, holder.id]));
  const seenLogins = new Map<string, number>();
  const seenNationalIds = new Map<string, number>();

  const findClass = (ref: string) => {
    const byId =
      context.classes.find((klass) => klass.id === ref) ?? context.classes.find((klass) => klass.code === ref);
    if (byId) return byId;
    const named = context.classes.filter((klass) => klass.name === ref);
    return named.length === 1 ? (named[0] ?? null) : null;
  };

  const decide = (input: RosterRow): RowResult => {
    const login = input.login.trim();
    const name = input.name.trim();
    const email = input.email.trim();
    const nationalId = input.nationalId.trim();
    const classRef = input.class.trim();
    const enrolledAtText = input.enrolledAt.trim();

    const fail = (error: ImportRowErrorCode, key: string, params: RowMessage['params'] = {}): RowResult => ({
      error,
      message: { key, params },
    });
    if (!login) return fail('MISSING_FIELD', 'ROW.missingLogin');
    if (!name) return fail('MISSING_FIELD', 'ROW.missingName');
    // As given, not trimmed: a leading tab or carriage return counts too (OWASP CSV injection).
    const formulaLike = FREE_TEXT_FIELDS.find((field) => startsLikeFormula(input[field]));
    if (formulaLike) return fail('FORMULA_LIKE_VALUE', 'ROW.formulaLike', { field: formulaLike });
    if (!LOGIN_PATTERN.test(login)) return fail('INVALID_VALUE', 'ROW.loginFormat', { max: MAX_LOGIN_LENGTH });
    if (name.length > MAX_DISPLAY_NAME_LENGTH)
      return fail('INVALID_VALUE', 'ROW.nameTooLong', { max: MAX_DISPLAY_NAME_LENGTH });
    if (email && (email.length > MAX_EMAIL_LENGTH || !EMAIL_PATTERN.test(email))) {
      return fail('INVALID_VALUE', 'ROW.emailInvalid', { email: email.slice(0, 60) });
    }
    let nationalIdData: { nationalIdHash: string; nationalIdMasked: string } | null = null;
    if (nationalId) {
      const check = checkNationalId(nationalId, context.today);
      if (!check.valid)
        return fail('INVALID_NATIONAL_ID', `NATIONAL_ID.${check.problem}`, { birthDate: check.birthDate ?? '' });
      nationalIdData = context.protect(check.normalized);
    }
    let enrolledAt: Date | null = null;
    if (enrolledAtText) {
      enrolledAt = parseEnrolmentDate(enrolledAtText);
      if (!enrolledAt)
        return fail('INVALID_ENROLMENT_DATE', 'ROW.enrolledAtFormat', { value: enrolledAtText.slice(0, 40) });
      if (enrolledAt.getTime() > context.today.getTime())
        return fail('INVALID_ENROLMENT_DATE', 'ROW.enrolledAtFuture', { value: enrolledAtText.slice(0, 40) });
    }

    const firstRow = seenLogins.get(login);
    if (firstRow !== undefined) return fail('DUPLICATE_ROW', 'ROW.duplicateLogin', { login, row: firstRow });
    seenLogins.set(login, input.row);
    if (nationalIdData) {
      const sameId = seenNationalIds.get(nationalIdData.nationalIdHash);
      if (sameId !== undefined) return fail('DUPLICATE_ROW', 'ROW.duplicateNationalId', { row: sameId });
      seenNationalIds.set(nationalIdData.nationalIdHash, input.row);
    }

    const user = usersByLogin.get(login) ?? null;
    if (user && user.organisationId !== context.schoolId) {
      return fail('LOGIN_TAKEN', 'ROW.loginTaken', { login });
    }
    if (nationalIdData) {
      const holder = holders.get(nationalIdData.nationalIdHash);
      if (holder !== undefined && holder !== user?.id) return fail('NATIONAL_ID_TAKEN', 'ROW.nationalIdTaken');
    }
    const enrolment = user?.enrolment ?? null;
    if (enrolment && (enrolment.batchId !== context.batchId || enrolment.schoolId !== context.schoolId)) {
      return fail('ALREADY_ENROLLED', 'ROW.alreadyEnrolled', { login });
    }
    let classId: string | null = context.programmeClassId;
    if (classId === null && classRef) {
      const klass = findClass(classRef);
      if (!klass) return fail('UNKNOWN_CLASS', 'ROW.unknownClass', { ref: classRef.slice(0, 60) });
      classId = klass.id;
    }

    if (!user) {
      const details = {
        displayName: name,
        email: email || null,
        ...(nationalIdData ?? { nationalIdHash: null, nationalIdMasked: null }),
      };
      return {
        login,
        outcome: 'CREATED',
        changes: [],
        newUser: { login, ...details },
        update: null,
        enrol: { login, userId: null, classId, enrolledAt },
        classChange: null,
        dateChange: null,
      };
    }

    const changes: RowChange[] = [];
    if (user.displayName !== name) changes.push('NAME');
    if (email && user.email !== email) changes.push('EMAIL');
    if (nationalIdData && user.nationalIdHash !== nationalIdData.nationalIdHash) changes.push('NATIONAL_ID');
    const update = changes.length
      ? {
          id: user.id,
          displayName: name,
          email: email || user.email,
          nationalIdHash: nationalIdData?.nationalIdHash ?? user.nationalIdHash,
          nationalIdMasked: nationalIdData?.nationalIdMasked ?? user.nationalIdMasked,
        }
      : null;
    if (!enrolment) {
      return {
        login,
        outcome: 'CREATED',
        changes,
        newUser: null,
        update,
        enrol: { login, userId: user.id, classId, enrolledAt },
        classChange: null,
        dateChange: null,
      };
    }
    const targetClass = classId ?? enrolment.classId;
    const classChange =
      targetClass !== null && targetClass !== enrolment.classId
        ? { enrolmentId: enrolment.id, teacherId: user.id, classId: targetClass }
        : null;
    if (classChange) changes.push('CLASS');
    const dateChange =
      enrolledAt && enrolledAt.getTime() !== enrolment.enrolledAt.getTime()
        ? { enrolmentId: enrolment.id, enrolledAt, previous: enrolment.enrolledAt }
        : null;
    if (dateChange) changes.push('ENROLLED_AT');
    return {
      login,
      outcome: changes.length ? 'UPDATED' : 'UNCHANGED',
      changes,
      newUser: null,
      update,
      enrol: null,
      classChange,
      dateChange,
    };
  };

  const decided = rows.map((row) => ({ row, result: decide(row) }));

  let remaining = Math.max(0, context.quota - context.enrolled);
  const planned: PlannedRow[] = decided.map(({ row, result }) => {
    const login = row.login.trim();
    if ('error' in result)
      return {
        row: row.row,
        login,
        outcome: 'ERROR',
        code: result.error,
        message: result.message,
        changes: [],
        accountCreated: false,
      };
    if (result.enrol) {
      if (remaining === 0) {
        return {
          row: row.row,
          login,
          outcome: 'ERROR',
          code: 'QUOTA_EXCEEDED',
          message: { key: 'ROW.quotaExceeded', params: { quota: context.quota, enrolled: context.enrolled } },
          changes: [],
          accountCreated: false,
        };
      }
      remaining -= 1;
    }
    return {
      row: row.row,
      login,
      outcome: result.outcome,
      code: null,
      message: result.changes.length ? { key: 'ROW.changed', params: {} } : null,
      changes: result.changes,
      accountCreated: result.newUser !== null,
    };
  });

  const writes: RosterWrites = { newUsers: [], userUpdates: [], enrolments: [], classChanges: [], enrolmentDates: [] };
  for (const { result } of decided) {
    if ('error' in result) continue;
    if (result.newUser) writes.newUsers.push(result.newUser);
    if (result.update) writes.userUpdates.push(result.update);
    if (result.enrol) writes.enrolments.push(result.enrol);
    if (result.classChange) writes.classChanges.push(result.classChange);
    if (result.dateChange) writes.enrolmentDates.push(result.dateChange);
  }
  const count = (outcome: RowOutcome) => planned.filter((row) => row.outcome === outcome).length;
  return {
    rows: planned,
    writes,
    created: count('CREATED'),
    updated: count('UPDATED'),
    unchanged: count('UNCHANGED'),
    errors: count('ERROR'),
  };
}
