/**
 * What each export dataset holds: its columns (a stable order, English names with a documented meaning) and its rows,
 * read in keyset-paginated batches by id (never the whole dataset at once). Every query is a tagged template: the
 * scope (an organisation path, a programme) and the cursor are bound parameters.
 *
 * Identifiers are the database ids (UUIDs): the same as the `id` inside the API's global IDs
 * (`base64("Type:" + id)`) and inside the feed's payloads. Timestamps are UTC, ISO 8601 with milliseconds and a `Z`.
 */
import type { PrismaClient } from '../db/client.js';
import { Prisma } from '../db/generated/prisma/client.js';
import type { ExportDataset } from '../db/generated/prisma/enums.js';

/** How a column's values are written: text, a decimal number (as text outside XLSX), or a UTC timestamp. */
export type ColumnType = 'text' | 'decimal' | 'integer' | 'timestamp';

export interface ExportColumn {
  /** The column's name: NDJSON key, CSV and XLSX header. */
  key: string;
  type: ColumnType;
  /** What it holds (README, schema description). */
  description: string;
}

/** One exported row: the column values by key (null when empty); numbers and timestamps come as text from SQL. */
export type ExportRow = Record<string, string | null>;

/** What an export covers: an organisation's subtree (its path), optionally one programme, as of `cutoff`. */
export interface ExportScope {
  orgPath: string;
  programmeId: string | null;
  /** Rows created (credit records: district-confirmed) after this moment are left out: the job's start. */
  cutoff: Date;
}

export interface DatasetDefinition {
  columns: readonly ExportColumn[];
  /** The column holding the row's id, the keyset cursor. */
  cursor: string;
  count(prisma: PrismaClient, scope: ExportScope): Promise<number>;
  /** Up to `limit` rows with a cursor greater than `after` ('' for the first batch), in cursor order. */
  batch(prisma: PrismaClient, scope: ExportScope, after: string, limit: number): Promise<ExportRow[]>;
}

/** Rows read per statement. */
export const EXPORT_BATCH_ROWS = 1000;

/** `LIKE` pattern matching every path in the subtree at `path` (its `%`, `_` and `\` escaped). */
export function subtreePattern(path: string): string {
  return `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A UTC timestamp parameter compared with `timestamp(3)` columns (which hold UTC). */
const utc = (date: Date) => Prisma.sql`${date.toISOString().slice(0, 23)}::timestamp`;

/** A `timestamp(3)` column as ISO 8601 UTC text. */
const iso = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const col = (key: string, type: ColumnType, description: string): ExportColumn => ({ key, type, description });

/** Builds a dataset from its FROM/JOIN clause, its filter and its select list (each aliased to a column key). */
function dataset(spec: {
  columns: readonly ExportColumn[];
  cursor: string;
  /** The cursor column in SQL (e.g. e.id). */
  cursorSql: Prisma.Sql;
  /** Other columns equal to the cursor (join keys), bounded too so every index scan starts at the cursor. */
  alsoAfter?: Prisma.Sql[];
  from: Prisma.Sql;
  where: (scope: ExportScope) => Prisma.Sql;
  select: Prisma.Sql;
}): DatasetDefinition {
  return {
    columns: spec.columns,
    cursor: spec.cursor,
    async count(prisma, scope) {
      const [row] = await prisma.$queryRaw<Array<{ n: number }>>`
        SELECT count(*)::int AS n FROM ${spec.from} WHERE ${spec.where(scope)}`;
      return row?.n ?? 0;
    },
    batch(prisma, scope, after, limit) {
      return prisma.$queryRaw<ExportRow[]>`
        SELECT ${spec.select} FROM ${spec.from}
        WHERE ${spec.where(scope)} AND ${spec.cursorSql} > ${after}
          ${(spec.alsoAfter ?? []).reduce((sql, column) => Prisma.sql`${sql} AND ${column} > ${after}`, Prisma.empty)}
        ORDER BY ${spec.cursorSql} LIMIT ${limit}`;
    },
  };
}

const programmeFilter = (column: Prisma.Sql, scope: ExportScope) =>
  scope.programmeId ? Prisma.sql`AND ${column} = ${scope.programmeId}` : Prisma.empty;

/**
 * CREDIT_RECORDS: the district-confirmed credit-hour ledger (the teacher's confirmed record, what provincial systems
 * hold): one row per entry with a DISTRICT confirmation at or before the job's start. A reversal is its own row with
 * negative hours and `reversesId`; the reversed entry stays (sum the hours per teacher for the balance).
 */
const creditRecords = dataset({
  columns: [
    col('entryId', 'text', 'The credit-hour entry (CreditEntry id).'),
    col(
      'reversesId',
      'text',
      'For a reversal: the entry it reverses (its hours are that entry’s, negated); else empty.',
    ),
    col(
      'carriedFromId',
      'text',
      'For hours carried over from an earlier round (remediation, 补学): the original entry; else empty.',
    ),
    col('enrolmentId', 'text', 'The teacher’s enrolment in the programme.'),
    col('teacherId', 'text', 'The teacher (User id).'),
    col('teacherLogin', 'text', 'The teacher’s login.'),
    col('teacherName', 'text', 'The teacher’s display name.'),
    col('employeeNumber', 'text', 'The teacher’s employee number (工号), if known.'),
    col('schoolId', 'text', 'The teacher’s school in the programme (Organisation id).'),
    col('schoolCode', 'text', 'The school’s code.'),
    col('schoolName', 'text', 'The school’s name.'),
    col('programmeId', 'text', 'The programme.'),
    col('programmeCode', 'text', 'The programme’s code.'),
    col(
      'source',
      'text',
      'What produced the hours: ONLINE_STUDY, SCHOOL_PRACTICE, GROUP_ACTIVITY, MANUAL_ENTRY or REVERSAL.',
    ),
    col('category', 'text', 'ONLINE or OFFLINE hours.'),
    col('hours', 'decimal', 'Hours, with two decimals; negative for a reversal.'),
    col('earnedAt', 'timestamp', 'When the entry was recorded (UTC).'),
    col('confirmedAt', 'timestamp', 'When the district confirmed it (审核确认, UTC).'),
  ],
  cursor: 'entryId',
  cursorSql: Prisma.sql`e.id`,
  // Without it the planner may merge-join the confirmations from their first row on every batch (quadratic).
  alsoAfter: [Prisma.sql`c."entryId"`],
  from: Prisma.sql`"CreditEntry" e
    JOIN "CreditConfirmation" c ON c."entryId" = e.id AND c.level = 'DISTRICT'
    JOIN "User" u ON u.id = e."teacherId"
    JOIN "Enrolment" en ON en.id = e."enrolmentId"
    JOIN "Organisation" s ON s.id = en."schoolId"
    JOIN "Programme" p ON p.id = e."programmeId"`,
  where: (scope) => Prisma.sql`e."orgPath" LIKE ${subtreePattern(scope.orgPath)}
    ${programmeFilter(Prisma.sql`e."programmeId"`, scope)} AND c."confirmedAt" <= ${utc(scope.cutoff)}`,
  select: Prisma.sql`e.id AS "entryId", e."reversesId", e."carriedFromId", e."enrolmentId", e."teacherId",
    u.login AS "teacherLogin", u."displayName" AS "teacherName", u."employeeNumber",
    en."schoolId", s.code AS "schoolCode", s.name AS "schoolName", e."programmeId", p.code AS "programmeCode",
    e.source::text AS source, e.category::text AS category, e.hours::text AS hours,
    ${iso(Prisma.sql`e."createdAt"`)} AS "earnedAt", ${iso(Prisma.sql`c."confirmedAt"`)} AS "confirmedAt"`,
});

/**
 * PEOPLE: the people whose home organisation is in the scope (a programme's: its enrolled teachers in the scope), sync
 * clients' service users left out. No phone, e-mail or national ID number, not even masked: a receiving system matches
 * people by login or employee number, and the masked number identifies nobody while still being personal data.
 */
const people = dataset({
  columns: [
    col('personId', 'text', 'The person (User id).'),
    col('login', 'text', 'Their login.'),
    col('displayName', 'text', 'Their display name.'),
    col('employeeNumber', 'text', 'Their employee number (工号), if known.'),
    col('teachingSubject', 'text', 'The subject they teach (语文, 数学 …), if known.'),
    col(
      'stage',
      'text',
      'The school stage they teach at (KINDERGARTEN, PRIMARY, JUNIOR_SECONDARY, SENIOR_SECONDARY, VOCATIONAL), if known.',
    ),
    col('organisationId', 'text', 'Their home organisation (a school for teachers, a district for district staff).'),
    col('organisationCode', 'text', 'The home organisation’s code.'),
    col('organisationName', 'text', 'The home organisation’s name.'),
    col(
      'roles',
      'text',
      'Their roles, separated by ";" (e.g. "TEACHER;SCHOOL_ADMIN"), whatever organisation they hold them on.',
    ),
    col('deactivatedAt', 'timestamp', 'When they were deactivated (UTC); empty while active.'),
    col('createdAt', 'timestamp', 'When they were added (UTC).'),
  ],
  cursor: 'personId',
  cursorSql: Prisma.sql`u.id`,
  from: Prisma.sql`"User" u JOIN "Organisation" o ON o.id = u."organisationId"`,
  where: (
    scope,
  ) => Prisma.sql`u."orgPath" LIKE ${subtreePattern(scope.orgPath)} AND u."createdAt" <= ${utc(scope.cutoff)}
    AND NOT EXISTS (SELECT 1 FROM "RoleAssignment" sc WHERE sc."userId" = u.id AND sc.role = 'SYNC_CLIENT')
    ${
      scope.programmeId
        ? Prisma.sql`AND EXISTS (SELECT 1 FROM "Enrolment" pe WHERE pe."teacherId" = u.id AND pe."programmeId" = ${scope.programmeId})`
        : Prisma.empty
    }`,
  select: Prisma.sql`u.id AS "personId", u.login, u."displayName", u."employeeNumber", u."teachingSubject",
    u.stage::text AS stage, u."organisationId", o.code AS "organisationCode", o.name AS "organisationName",
    (SELECT string_agg(DISTINCT r.role::text, ';' ORDER BY r.role::text) FROM "RoleAssignment" r WHERE r."userId" = u.id) AS roles,
    ${iso(Prisma.sql`u."deactivatedAt"`)} AS "deactivatedAt", ${iso(Prisma.sql`u."createdAt"`)} AS "createdAt"`,
});

/** SCHOOLS: the schools in the scope (a programme's: those in one of its batches). */
const schools = dataset({
  columns: [
    col('schoolId', 'text', 'The school (Organisation id).'),
    col('code', 'text', 'Its code.'),
    col('name', 'text', 'Its name.'),
    col('districtId', 'text', 'The district it belongs to (its parent organisation).'),
    col('districtCode', 'text', 'The district’s code.'),
    col('districtName', 'text', 'The district’s name.'),
    col('stages', 'text', 'Its school stages, separated by ";" (e.g. "PRIMARY;JUNIOR_SECONDARY").'),
    col('fullTimeTeachers', 'integer', 'Its full-time teachers (the base of whole-school completion rates), if known.'),
    col('deactivatedAt', 'timestamp', 'When it was deactivated (UTC); empty while active.'),
    col('createdAt', 'timestamp', 'When it was added (UTC).'),
  ],
  cursor: 'schoolId',
  cursorSql: Prisma.sql`s.id`,
  from: Prisma.sql`"Organisation" s LEFT JOIN "Organisation" d ON d.id = s."parentId"`,
  where: (scope) => Prisma.sql`s.kind = 'SCHOOL' AND s.path LIKE ${subtreePattern(scope.orgPath)}
    AND s."createdAt" <= ${utc(scope.cutoff)}
    ${
      scope.programmeId
        ? Prisma.sql`AND EXISTS (SELECT 1 FROM "BatchSchool" bs JOIN "Batch" b ON b.id = bs."batchId"
            WHERE bs."schoolId" = s.id AND b."programmeId" = ${scope.programmeId})`
        : Prisma.empty
    }`,
  select: Prisma.sql`s.id AS "schoolId", s.code, s.name, s."parentId" AS "districtId", d.code AS "districtCode",
    d.name AS "districtName", array_to_string(s.stages::text[], ';') AS stages,
    s."fullTimeTeachers"::text AS "fullTimeTeachers",
    ${iso(Prisma.sql`s."deactivatedAt"`)} AS "deactivatedAt", ${iso(Prisma.sql`s."createdAt"`)} AS "createdAt"`,
});

/** ENROLMENTS: the teachers enrolled in the scope's programmes (or the one programme). */
const enrolments = dataset({
  columns: [
    col('enrolmentId', 'text', 'The enrolment (Enrolment id).'),
    col('programmeId', 'text', 'The programme.'),
    col('programmeCode', 'text', 'The programme’s code.'),
    col('batchId', 'text', 'The batch (批次).'),
    col('batchName', 'text', 'The batch’s name.'),
    col('teacherId', 'text', 'The teacher (User id).'),
    col('teacherLogin', 'text', 'The teacher’s login.'),
    col('teacherName', 'text', 'The teacher’s display name.'),
    col('employeeNumber', 'text', 'The teacher’s employee number (工号), if known.'),
    col('schoolId', 'text', 'The school they are enrolled through.'),
    col('schoolCode', 'text', 'The school’s code.'),
    col('schoolName', 'text', 'The school’s name.'),
    col('classId', 'text', 'Their class in the programme, if any.'),
    col('className', 'text', 'The class’s name.'),
    col('enrolledAt', 'timestamp', 'When they were enrolled (UTC).'),
  ],
  cursor: 'enrolmentId',
  cursorSql: Prisma.sql`en.id`,
  from: Prisma.sql`"Enrolment" en
    JOIN "Programme" p ON p.id = en."programmeId"
    JOIN "Batch" b ON b.id = en."batchId"
    JOIN "User" u ON u.id = en."teacherId"
    JOIN "Organisation" s ON s.id = en."schoolId"
    LEFT JOIN "Organisation" k ON k.id = en."classId"`,
  where: (scope) => Prisma.sql`en."orgPath" LIKE ${subtreePattern(scope.orgPath)}
    ${programmeFilter(Prisma.sql`en."programmeId"`, scope)} AND en."enrolledAt" <= ${utc(scope.cutoff)}`,
  select: Prisma.sql`en.id AS "enrolmentId", en."programmeId", p.code AS "programmeCode", en."batchId",
    b.name AS "batchName", en."teacherId", u.login AS "teacherLogin", u."displayName" AS "teacherName",
    u."employeeNumber", en."schoolId", s.code AS "schoolCode", s.name AS "schoolName", en."classId",
    k.name AS "className", ${iso(Prisma.sql`en."enrolledAt"`)} AS "enrolledAt"`,
});

export const DATASETS: Record<ExportDataset, DatasetDefinition> = {
  CREDIT_RECORDS: creditRecords,
  PEOPLE: people,
  SCHOOLS: schools,
  ENROLMENTS: enrolments,
};
