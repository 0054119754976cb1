/**
 * The feeds' rules as pure functions: opaque cursors (a feed and a commit-order position), page sizes, and the typed
 * records built from a feed event's payload (the JSON the database triggers wrote, migration
 * 20261207000000_provincial_sync).
 *
 * Why a sequence cursor is safe here when it usually is not: a FeedEvent's `seq` is assigned at COMMIT under a
 * transaction-level advisory lock, so a transaction takes its numbers only after every transaction numbered before it
 * is visible. A reader that saw seq N can already see every committed seq below N, and `seq > cursor` never skips a
 * row committed late by a concurrent transaction (a timestamp or an insert-time sequence would).
 */

export type Feed = 'CREDIT' | 'ROSTER';

/** Largest page of a feed (the documented exception to the 100 cap of connections). */
export const MAX_FEED_PAGE = 1000;
export const DEFAULT_FEED_PAGE = 100;
/** Most event ids one acknowledgement may name. */
export const MAX_ACK_EVENT_IDS = 1000;
/** Longest idempotency key accepted. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

const CURSOR_VERSION = 'f1';
const DECODED = /^f1:(CREDIT|ROSTER):(0|[1-9][0-9]{0,18})$/;
const BASE64URL = /^[A-Za-z0-9_-]{1,64}$/;
/** Largest PostgreSQL bigint. */
const MAX_SEQ = 9_223_372_036_854_775_807n;

/** The opaque cursor of a position in a feed: base64url of `f1:<FEED>:<seq>`. */
export function encodeCursor(feed: Feed, seq: bigint): string {
  return Buffer.from(`${CURSOR_VERSION}:${feed}:${seq}`, 'utf8').toString('base64url');
}

export type CursorProblem = 'MALFORMED' | 'OTHER_FEED';

/** The position a cursor names, or why it is refused (not one this API issued, or one of the other feed). */
export function decodeCursor(
  cursor: string,
  feed: Feed,
): { ok: true; seq: bigint } | { ok: false; problem: CursorProblem } {
  if (!BASE64URL.test(cursor)) return { ok: false, problem: 'MALFORMED' };
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = DECODED.exec(text);
  // Re-encoding must give the same text back: no padding games, no alternative spellings of one position.
  const [, cursorFeed, position] = match ?? [];
  if (!position || Buffer.from(text, 'utf8').toString('base64url') !== cursor)
    return { ok: false, problem: 'MALFORMED' };
  const seq = BigInt(position);
  if (seq > MAX_SEQ) return { ok: false, problem: 'MALFORMED' };
  if (cursorFeed !== feed) return { ok: false, problem: 'OTHER_FEED' };
  return { ok: true, seq };
}

/** True for a page size the feeds accept: a whole number from 1 to MAX_FEED_PAGE. */
export const validPageSize = (first: number) => Number.isInteger(first) && first >= 1 && first <= MAX_FEED_PAGE;

/** A page from the rows read (`first + 1` asked for): the page, whether more follow, and the cursor after it. */
export function pageOf<Row extends { seq: bigint }>(
  rows: readonly Row[],
  first: number,
  feed: Feed,
  after: bigint,
): { rows: Row[]; hasMore: boolean; endSeq: bigint; endCursor: string } {
  const page = rows.slice(0, first);
  const endSeq = page.at(-1)?.seq ?? after;
  return { rows: page, hasMore: rows.length > first, endSeq, endCursor: encodeCursor(feed, endSeq) };
}

/** The acknowledged position never moves backwards: acknowledging an older cursor keeps the current one. */
export const nextPosition = (current: bigint | null, acknowledged: bigint) =>
  current !== null && current > acknowledged ? current : acknowledged;

/**
 * A timestamp the triggers wrote into a payload (`timestamp` columns serialised by to_jsonb: UTC without a zone, e.g.
 * "2026-12-02T11:48:23.123") as a Date; null stays null.
 */
export function payloadTime(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new TypeError(`feed payload: not a timestamp: ${JSON.stringify(value)}`);
  const zoned = /(?:Z|[+-]\d\d:?\d\d)$/.test(value) ? value : `${value}Z`;
  const date = new Date(zoned);
  if (Number.isNaN(date.getTime())) throw new TypeError(`feed payload: not a timestamp: ${value}`);
  return date;
}

/** An exact decimal as the ledger stores it (numeric(7,2) as text): "25.00", "-12.50". */
export function decimalHours(value: unknown): string {
  const text = typeof value === 'number' ? value.toFixed(2) : String(value);
  if (!/^-?\d{1,5}(?:\.\d{1,2})?$/.test(text)) throw new TypeError(`feed payload: not hours: ${text}`);
  const [whole, fraction = ''] = text.split('.');
  return `${whole}.${fraction.padEnd(2, '0')}`;
}

const str = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
const req = (value: unknown, name: string): string => {
  if (value === null || value === undefined || value === '') throw new TypeError(`feed payload: ${name} is missing`);
  return String(value);
};

type Payload = Record<string, unknown>;

/** A district-confirmed ledger entry (CREDIT_CONFIRMED) or a reversal of one (CREDIT_REVERSED: negative hours). */
export interface CreditRecordData {
  type: 'CreditRecord';
  entryId: string;
  programmeId: string;
  enrolmentId: string;
  teacherId: string;
  schoolId: string;
  source: string;
  category: string;
  hours: string;
  reversesId: string | null;
  carriedFromId: string | null;
  earnedAt: Date | null;
  confirmedAt: Date | null;
}

export interface CertificateRecordData {
  type: 'CertificateRecord';
  certificateId: string;
  kind: string;
  programmeId: string;
  enrolmentId: string;
  teacherId: string;
  issuedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  revocationReason: string | null;
}

export interface SchoolClosingRecordData {
  type: 'SchoolClosingRecord';
  schoolId: string;
  programmeId: string;
  closedAt: Date | null;
}

export type CreditFeedRecord = CreditRecordData | CertificateRecordData | SchoolClosingRecordData;

/** The typed record of a credit-feed event. */
export function creditRecordOf(kind: string, payload: Payload): CreditFeedRecord {
  switch (kind) {
    case 'CREDIT_CONFIRMED':
    case 'CREDIT_REVERSED':
      return {
        type: 'CreditRecord',
        entryId: req(payload.entryId, 'entryId'),
        programmeId: req(payload.programmeId, 'programmeId'),
        enrolmentId: req(payload.enrolmentId, 'enrolmentId'),
        teacherId: req(payload.teacherId, 'teacherId'),
        schoolId: req(payload.schoolId, 'schoolId'),
        source: req(payload.source, 'source'),
        category: req(payload.category, 'category'),
        hours: decimalHours(payload.hours),
        reversesId: str(payload.reversesId),
        carriedFromId: str(payload.carriedFromId),
        earnedAt: payloadTime(payload.earnedAt),
        confirmedAt: payloadTime(payload.confirmedAt),
      };
    case 'CERTIFICATE_ISSUED':
    case 'CERTIFICATE_REVOKED':
      return {
        type: 'CertificateRecord',
        certificateId: req(payload.certificateId, 'certificateId'),
        kind: req(payload.kind, 'kind'),
        programmeId: req(payload.programmeId, 'programmeId'),
        enrolmentId: req(payload.enrolmentId, 'enrolmentId'),
        teacherId: req(payload.teacherId, 'teacherId'),
        issuedAt: payloadTime(payload.issuedAt),
        expiresAt: payloadTime(payload.expiresAt),
        revokedAt: payloadTime(payload.revokedAt),
        revocationReason: str(payload.revocationReason),
      };
    case 'SCHOOL_CLOSED':
      return {
        type: 'SchoolClosingRecord',
        schoolId: req(payload.schoolId, 'schoolId'),
        programmeId: req(payload.programmeId, 'programmeId'),
        closedAt: payloadTime(payload.closedAt),
      };
    default:
      throw new TypeError(`not a credit-feed event: ${kind}`);
  }
}

export interface RosterPersonData {
  type: 'RosterPerson';
  personId: string;
  login: string;
  displayName: string;
  teachingSubject: string | null;
  stage: string | null;
  employeeNumber: string | null;
  organisationId: string;
  deactivatedAt: Date | null;
  createdAt: Date | null;
}

export interface RosterSchoolData {
  type: 'RosterSchool';
  schoolId: string;
  code: string;
  name: string;
  parentId: string | null;
  stages: string[];
  fullTimeTeachers: number | null;
  deactivatedAt: Date | null;
}

export interface RosterEnrolmentData {
  type: 'RosterEnrolment';
  enrolmentId: string;
  programmeId: string;
  batchId: string;
  teacherId: string;
  schoolId: string;
  classId: string | null;
  enrolledAt: Date | null;
}

export type RosterSubject = 'PERSON' | 'SCHOOL' | 'ENROLMENT';

/** A removal: only the ids of what was removed (a tombstone). */
export interface RosterRemovalData {
  type: 'RosterRemoval';
  subject: RosterSubject;
  id: string;
  /** A removed enrolment's programme, teacher and school (what the trigger kept); null for a person or a school. */
  enrolment: { programmeId: string; teacherId: string; schoolId: string } | null;
}

export type RosterFeedRecord = RosterPersonData | RosterSchoolData | RosterEnrolmentData | RosterRemovalData;

/** The typed record of a roster-feed event. */
export function rosterRecordOf(kind: string, payload: Payload): RosterFeedRecord {
  switch (kind) {
    case 'PERSON_CHANGED':
      return {
        type: 'RosterPerson',
        personId: req(payload.personId, 'personId'),
        login: req(payload.login, 'login'),
        displayName: req(payload.displayName, 'displayName'),
        teachingSubject: str(payload.teachingSubject),
        stage: str(payload.stage),
        employeeNumber: str(payload.employeeNumber),
        organisationId: req(payload.organisationId, 'organisationId'),
        deactivatedAt: payloadTime(payload.deactivatedAt),
        createdAt: payloadTime(payload.createdAt),
      };
    case 'SCHOOL_CHANGED':
      return {
        type: 'RosterSchool',
        schoolId: req(payload.schoolId, 'schoolId'),
        code: req(payload.code, 'code'),
        name: req(payload.name, 'name'),
        parentId: str(payload.parentId),
        stages: Array.isArray(payload.stages) ? payload.stages.map(String) : [],
        fullTimeTeachers: typeof payload.fullTimeTeachers === 'number' ? payload.fullTimeTeachers : null,
        deactivatedAt: payloadTime(payload.deactivatedAt),
      };
    case 'ENROLMENT_CHANGED':
      return {
        type: 'RosterEnrolment',
        enrolmentId: req(payload.enrolmentId, 'enrolmentId'),
        programmeId: req(payload.programmeId, 'programmeId'),
        batchId: req(payload.batchId, 'batchId'),
        teacherId: req(payload.teacherId, 'teacherId'),
        schoolId: req(payload.schoolId, 'schoolId'),
        classId: str(payload.classId),
        enrolledAt: payloadTime(payload.enrolledAt),
      };
    case 'PERSON_REMOVED':
      return removal('PERSON', req(payload.personId, 'personId'), payload);
    case 'SCHOOL_REMOVED':
      return removal('SCHOOL', req(payload.schoolId, 'schoolId'), payload);
    case 'ENROLMENT_REMOVED':
      return removal('ENROLMENT', req(payload.enrolmentId, 'enrolmentId'), payload);
    default:
      throw new TypeError(`not a roster-feed event: ${kind}`);
  }
}

function removal(subject: RosterSubject, id: string, payload: Payload): RosterRemovalData {
  return {
    type: 'RosterRemoval',
    subject,
    id,
    enrolment:
      subject === 'ENROLMENT'
        ? {
            programmeId: req(payload.programmeId, 'programmeId'),
            teacherId: req(payload.teacherId, 'teacherId'),
            schoolId: req(payload.schoolId, 'schoolId'),
          }
        : null,
  };
}

/** The event kinds of each feed. */
export const FEED_KINDS: Record<Feed, readonly string[]> = {
  CREDIT: ['CREDIT_CONFIRMED', 'CREDIT_REVERSED', 'CERTIFICATE_ISSUED', 'CERTIFICATE_REVOKED', 'SCHOOL_CLOSED'],
  ROSTER: [
    'PERSON_CHANGED',
    'PERSON_REMOVED',
    'SCHOOL_CHANGED',
    'SCHOOL_REMOVED',
    'ENROLMENT_CHANGED',
    'ENROLMENT_REMOVED',
  ],
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isEventId = (value: string) => UUID.test(value);
