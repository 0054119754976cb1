import { v7 as uuidv7 } from 'uuid';
import type { PrismaClient } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import type { CourseAccess } from '../courses/index.js';
import { ConflictError } from '../shared/index.js';
import {
  budgetSeconds,
  checkEvents,
  creditFor,
  INITIAL_PLAYER_STATE,
  type RejectedEvent,
  replay,
  type ViewingEvent,
} from './rules.js';

/** Whether a session earns credit now. */
export type SessionStatus = 'LIVE' | 'OTHER_SESSION_LIVE' | 'IDLE';

/** What one batch did. */
export interface IngestResult {
  /** Events applied (new, valid). */
  accepted: number;
  /** Valid events already applied earlier (a replayed clientEventId): ignored. */
  ignored: number;
  rejected: Array<RejectedEvent & { position: number | null }>;
  /** Seconds this batch added to the course. */
  creditedSeconds: number;
  courseCreditedSeconds: number;
  studyRequiredSeconds: number;
  studyElectiveSeconds: number;
  status: SessionStatus;
  durationSeconds: number;
}

export interface BatchInput {
  /** The player's session id (unique per teacher; one course per session). */
  sessionId: string;
  events: ViewingEvent[];
}

interface LeaseRow {
  sessionId: string;
  expiresMs: number;
}

interface ReadRow extends TotalsRow {
  leaseSession: string | null;
  leaseExpiresMs: number | null;
  /** The lease row's version (xmin), null when the teacher has none yet. */
  leaseVersion: string | null;
  sessionRowId: string | null;
  sessionCourseId: string | null;
  lastBatchMs: number | null;
  playingFrom: number | null;
  lastPosition: number | null;
  known: string[];
}

interface LeaseLookup {
  leaseSession: string | null;
  expiresMs: number | null;
  sessionRowId: string | null;
}

interface TotalsRow {
  course: number;
  required: number;
  elective: number;
}

/** Timestamps travel as ISO strings and are stored as UTC (the columns are "timestamp without time zone"). */
const utc = (date: Date) => Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

const leaseStatus = (lease: LeaseRow, sessionId: string | null, now: Date): SessionStatus => {
  if (lease.sessionId === '' || lease.expiresMs <= now.getTime()) return 'IDLE';
  return lease.sessionId === sessionId ? 'LIVE' : 'OTHER_SESSION_LIVE';
};

/**
 * Records one batch of a player's events for a course on the teacher's study list (`access`), at the server's time
 * `now`. See index.ts for the rules. Two statements, no explicit transaction (tryBatch): a read of the teacher's
 * lease, the session and the known event ids; then one statement, guarded by the lease row's version, writing the
 * lease, the session, the new event ids, the course's segments (int4multirange union) with its credited seconds, the
 * enrolment's required or elective roll-up and the raw batch for audit. A lost race (another batch of the teacher
 * written in between) writes nothing and is tried again in a transaction holding the lease row's lock. A batch with no valid event only writes its audit row;
 * a batch whose valid events were all applied before (a replay) too.
 */
export async function ingestBatch(
  prisma: PrismaClient,
  access: CourseAccess,
  input: BatchInput,
  now: Date,
): Promise<IngestResult> {
  const { valid, rejected } = checkEvents(input.events, access.durationSeconds, now);
  const positions = new Map(input.events.map((event) => [event.clientEventId, event.position]));
  const rejectedOut = rejected.map((r) => ({ ...r, position: positions.get(r.clientEventId) ?? null }));
  const audit = (credited: Prisma.Sql, from: Prisma.Sql = Prisma.empty) => Prisma.sql`
    INSERT INTO "ViewingBatch" ("id", "teacherId", "sessionId", "courseId", "receivedAt", "events", "credited", "rejected")
    SELECT ${uuidv7()}, ${access.teacherId}, ${input.sessionId}, ${access.courseId}, ${utc(now)},
           ${JSON.stringify(input.events)}::jsonb, ${credited}, ${rejected.length ? JSON.stringify(rejected) : null}::jsonb ${from}`;
  const base = {
    rejected: rejectedOut,
    durationSeconds: access.durationSeconds,
  };

  if (valid.length === 0) {
    const [row] = await prisma.$queryRaw<Array<TotalsRow & LeaseLookup>>`
      WITH audit AS (${audit(Prisma.sql`0`)})
      SELECT coalesce((SELECT "creditedSeconds" FROM "CourseProgress"
                        WHERE "enrolmentId" = ${access.enrolmentId} AND "courseId" = ${access.courseId}), 0) AS "course",
             e."studyRequiredSeconds" AS "required", e."studyElectiveSeconds" AS "elective",
             l."sessionId" AS "leaseSession", (extract(epoch FROM l."expiresAt") * 1000)::float8 AS "expiresMs",
             (SELECT s."id" FROM "ViewingSession" s
               WHERE s."teacherId" = ${access.teacherId} AND s."clientSessionId" = ${input.sessionId}) AS "sessionRowId"
        FROM "Enrolment" e LEFT JOIN "ViewingLease" l ON l."teacherId" = e."teacherId"
       WHERE e."id" = ${access.enrolmentId}`;
    const totals = row as TotalsRow & LeaseLookup;
    return {
      ...base,
      accepted: 0,
      ignored: 0,
      creditedSeconds: 0,
      courseCreditedSeconds: totals.course,
      studyRequiredSeconds: totals.required,
      studyElectiveSeconds: totals.elective,
      status: leaseStatus(
        { sessionId: totals.leaseSession ?? '', expiresMs: totals.expiresMs ?? 0 },
        totals.sessionRowId,
        now,
      ),
    };
  }

  const optimistic = await tryBatch(prisma, access, input, valid, now, audit);
  if (optimistic) return { ...base, ...optimistic };
  // Another batch of the teacher was written between our read and our write (two tabs, a retry racing the
  // original): take the teacher's lease row lock, so the second attempt cannot lose again.
  const locked = await prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`
        INSERT INTO "ViewingLease" AS l ("teacherId", "sessionId", "expiresAt")
        VALUES (${access.teacherId}, '', ${utc(new Date(0))})
        ON CONFLICT ("teacherId") DO UPDATE SET "teacherId" = l."teacherId"`;
      return tryBatch(tx, access, input, valid, now, audit);
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
  if (!locked) throw new ConflictError('viewingBusy');
  return { ...base, ...locked };
}

type Database = Pick<PrismaClient, '$queryRaw' | '$executeRaw'>;

type Attempt = Omit<IngestResult, 'rejected' | 'durationSeconds'>;

/**
 * One optimistic attempt: read the teacher's lease, the session and which event ids are known (one statement),
 * decide in JS, then write everything in one statement guarded by the lease row's version (its xmin). Every batch
 * of the teacher rewrites the lease row, so the guard fails, and the statement writes nothing, when any other batch
 * of the teacher (any session, any API instance) was written since the read: then null, and the caller tries again
 * holding the lease row's lock.
 */
async function tryBatch(
  prisma: Database,
  access: CourseAccess,
  input: BatchInput,
  valid: ViewingEvent[],
  now: Date,
  audit: (credited: Prisma.Sql, from?: Prisma.Sql) => Prisma.Sql,
): Promise<Attempt | null> {
  const ids = valid.map((event) => event.clientEventId);
  const [read] = await prisma.$queryRaw<ReadRow[]>`
    SELECT l."sessionId" AS "leaseSession", (extract(epoch FROM l."expiresAt") * 1000)::float8 AS "leaseExpiresMs",
           l.xmin::text AS "leaseVersion",
           s."id" AS "sessionRowId", s."courseId" AS "sessionCourseId",
           (extract(epoch FROM s."lastBatchAt") * 1000)::float8 AS "lastBatchMs", s."playingFrom", s."lastPosition",
           ARRAY(SELECT v."clientEventId" FROM "ViewingEventId" v
                  WHERE v."teacherId" = ${access.teacherId} AND v."clientEventId" = ANY(${ids}::text[])) AS "known",
           coalesce((SELECT "creditedSeconds" FROM "CourseProgress"
                      WHERE "enrolmentId" = ${access.enrolmentId} AND "courseId" = ${access.courseId}), 0) AS "course",
           e."studyRequiredSeconds" AS "required", e."studyElectiveSeconds" AS "elective"
      FROM "Enrolment" e
      LEFT JOIN "ViewingLease" l ON l."teacherId" = e."teacherId"
      LEFT JOIN "ViewingSession" s ON s."teacherId" = e."teacherId" AND s."clientSessionId" = ${input.sessionId}
     WHERE e."id" = ${access.enrolmentId}`;
  const row = read as ReadRow;
  if (row.sessionCourseId !== null && row.sessionCourseId !== access.courseId) {
    throw new ConflictError('viewingSessionCourse');
  }
  const sessionId = row.sessionRowId ?? uuidv7();
  const known = new Set(row.known);
  const events = valid.filter((event) => !known.has(event.clientEventId));
  const ignored = valid.length - events.length;
  const lease: LeaseRow = { sessionId: row.leaseSession ?? '', expiresMs: row.leaseExpiresMs ?? 0 };
  const before = leaseStatus(lease, row.sessionRowId, now);

  if (events.length === 0) {
    // Every valid event was applied before (a retried batch): nothing changes but the audit trail.
    await prisma.$executeRaw`${audit(Prisma.sql`0`)}`;
    return { ...totalsOf(row), accepted: 0, ignored, creditedSeconds: 0, status: before };
  }

  const played = replay(
    row.sessionRowId ? { playingFrom: row.playingFrom, lastPosition: row.lastPosition } : INITIAL_PLAYER_STATE,
    events,
  );
  const crediting = before !== 'OTHER_SESSION_LIVE';
  const budget = crediting
    ? budgetSeconds({
        renewed: before === 'LIVE',
        previousBatchAt: new Date(row.lastBatchMs ?? now.getTime()),
        now,
        maxPlaybackRate: access.rules.viewing.maxPlaybackRate,
      })
    : 0;
  const credit = creditFor({ media: access.media, played: played.played, documentOpen: played.documentOpen, budget });
  const expires = played.ended ? now : new Date(now.getTime() + access.rules.viewing.sessionIdleSeconds * 1000);
  const status: SessionStatus = !crediting ? 'OTHER_SESSION_LIVE' : played.ended ? 'IDLE' : 'LIVE';
  // Every batch rewrites the lease row (unchanged when another session holds it): its new version is the guard.
  const holder = crediting ? Prisma.sql`${sessionId}` : Prisma.sql`${lease.sessionId}`;
  const expiresAt = crediting ? utc(expires) : Prisma.sql`l."expiresAt"`;
  const guard =
    row.leaseVersion === null
      ? Prisma.sql`INSERT INTO "ViewingLease" ("teacherId", "sessionId", "expiresAt")
                   VALUES (${access.teacherId}, ${sessionId}, ${utc(expires)}) ON CONFLICT DO NOTHING RETURNING 1 AS ok`
      : Prisma.sql`UPDATE "ViewingLease" l SET "sessionId" = ${holder}, "expiresAt" = ${expiresAt}
                    WHERE l."teacherId" = ${access.teacherId} AND l.xmin::text = ${row.leaseVersion} RETURNING 1 AS ok`;
  const hasCredit = credit.segments.length > 0 || credit.documentSeconds > 0;
  const progress = hasCredit ? progressSql(access, credit, now) : null;
  const [written] = await prisma.$queryRaw<
    Array<{ ok: boolean; added: number; course: number; required: number; elective: number }>
  >`
    WITH guard AS (${guard}),
    old AS (
      SELECT "creditedSeconds" FROM "CourseProgress" WHERE "enrolmentId" = ${access.enrolmentId} AND "courseId" = ${access.courseId}
    )${progress ?? Prisma.empty},
    delta AS (
      SELECT ${progress ? Prisma.sql`coalesce((SELECT "creditedSeconds" FROM up) - coalesce((SELECT "creditedSeconds" FROM old), 0), 0)` : Prisma.sql`0`}::int AS d
    ),
    enr AS (${progress ? rollUpSql(access) : Prisma.sql`SELECT "studyRequiredSeconds", "studyElectiveSeconds" FROM "Enrolment" WHERE "id" = ${access.enrolmentId}`}),
    sess AS (
      INSERT INTO "ViewingSession" AS s ("id", "teacherId", "enrolmentId", "courseId", "clientSessionId", "startedAt", "lastBatchAt",
                                         "playingFrom", "lastPosition", "creditedSeconds")
      SELECT ${sessionId}, ${access.teacherId}, ${access.enrolmentId}, ${access.courseId}, ${input.sessionId}, ${utc(now)}, ${utc(now)},
             ${played.state.playingFrom}::float8, ${played.state.lastPosition}::float8, delta.d
        FROM guard, delta
      ON CONFLICT ("teacherId", "clientSessionId") DO UPDATE
        SET "lastBatchAt" = EXCLUDED."lastBatchAt", "playingFrom" = EXCLUDED."playingFrom",
            "lastPosition" = EXCLUDED."lastPosition", "creditedSeconds" = s."creditedSeconds" + EXCLUDED."creditedSeconds"
    ),
    ev AS (
      INSERT INTO "ViewingEventId" ("teacherId", "clientEventId", "receivedAt")
      SELECT ${access.teacherId}, x, ${utc(now)} FROM unnest(${events.map((event) => event.clientEventId)}::text[]) AS x, guard
      ON CONFLICT DO NOTHING
    ),
    audit AS (${audit(Prisma.sql`(SELECT d FROM delta)`, Prisma.sql`FROM guard`)})
    SELECT EXISTS (SELECT 1 FROM guard) AS ok,
           (SELECT d FROM delta) AS "added",
           ${progress ? Prisma.sql`coalesce((SELECT "creditedSeconds" FROM up), 0)` : Prisma.sql`coalesce((SELECT "creditedSeconds" FROM old), 0)`} AS "course",
           (SELECT "studyRequiredSeconds" FROM enr) AS "required", (SELECT "studyElectiveSeconds" FROM enr) AS "elective"`;
  const out = written as { ok: boolean; added: number; course: number; required: number; elective: number };
  if (!out.ok) return null;
  return { ...totalsOf(out), accepted: events.length, ignored, creditedSeconds: out.added, status };
}

/** The enrolment's roll-up: the seconds this batch added go to required or elective minutes by the course's requirement. */
const rollUpSql = (access: CourseAccess) => Prisma.sql`
  UPDATE "Enrolment" e
     SET "studyRequiredSeconds" = e."studyRequiredSeconds" + ${access.requirement === 'REQUIRED' ? Prisma.sql`delta.d` : Prisma.sql`0`},
         "studyElectiveSeconds" = e."studyElectiveSeconds" + ${access.requirement === 'ELECTIVE' ? Prisma.sql`delta.d` : Prisma.sql`0`}
    FROM delta, guard WHERE e."id" = ${access.enrolmentId}
  RETURNING e."studyRequiredSeconds", e."studyElectiveSeconds"`;

const totalsOf = (row: TotalsRow) => ({
  courseCreditedSeconds: row.course,
  studyRequiredSeconds: row.required,
  studyElectiveSeconds: row.elective,
});

/**
 * The CTE that adds a batch's credit to the course's CourseProgress row (`up`, returning its new creditedSeconds):
 * the union of int4multiranges for a video; for a document, reading time appended after what is credited (its
 * segments are always [0, credited)), never past its stated reading time.
 */
function progressSql(
  access: CourseAccess,
  credit: { segments: ReadonlyArray<readonly [number, number]>; documentSeconds: number },
  now: Date,
): Prisma.Sql {
  const starts = credit.segments.map(([start]) => start);
  const ends = credit.segments.map(([, end]) => end);
  const inserted =
    access.media === 'VIDEO'
      ? Prisma.sql`(SELECT range_agg(int4range(a, b)) FROM unnest(${starts}::int4[], ${ends}::int4[]) AS x(a, b))`
      : Prisma.sql`int4multirange(int4range(0, least(${credit.documentSeconds}::int, ${access.durationSeconds}::int)))`;
  const current = Prisma.sql`coalesce(cp."segments", '{}'::int4multirange)`;
  const merged =
    access.media === 'VIDEO'
      ? Prisma.sql`${current} + EXCLUDED."segments"`
      : Prisma.sql`${current} + int4multirange(int4range(0, least(coalesce(upper(${current}), 0) + ${credit.documentSeconds}::int, ${access.durationSeconds}::int)))`;
  const total = (segments: Prisma.Sql) =>
    Prisma.sql`(SELECT coalesce(sum(upper(r) - lower(r)), 0)::int FROM unnest(${segments}) AS r)`;
  return Prisma.sql`,
    up AS (
      INSERT INTO "CourseProgress" AS cp ("enrolmentId", "courseId", "teacherId", "orgPath", "segments", "creditedSeconds", "updatedAt")
      SELECT ${access.enrolmentId}, ${access.courseId}, ${access.teacherId}, ${access.orgPath}, n.m, ${total(Prisma.sql`n.m`)}, ${utc(now)}
        FROM (SELECT ${inserted} AS m) AS n, guard
      ON CONFLICT ("enrolmentId", "courseId") DO UPDATE
        SET "segments" = ${merged}, "creditedSeconds" = ${total(merged)}, "updatedAt" = EXCLUDED."updatedAt"
      RETURNING cp."creditedSeconds"
    )`;
}
