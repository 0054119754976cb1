/**
 * A class's learning progress in a programme (the tutor console, 班级辅导者): one row per enrolled teacher with the
 * counted facts, totals and rates, and the at-risk list. Plain JSON, so the weekly statistics freeze it as it is.
 *
 * Decision: the rows of the whole class are read in ONE statement (facts aggregated with GROUP BY, ordered by
 * display name), since the totals and the at-risk list need every row; pages of the `teachers` connection are slices
 * of it. Scores come from the scoring module (`loadScores`: two more statements). The count is the same for 1 or
 * 500 teachers.
 */
import type { PrismaClient, Transaction } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { countHours } from '../group-activities/index.js';
import { parseProgrammeRules } from '../programmes/index.js';
import { loadScores, type Verdict } from '../scoring/index.js';
import { type AtRiskReason, atRiskReasons, expectedMinutes, rate } from './rules.js';

type Db = PrismaClient | Transaction;

/** One teacher's row, as served and as frozen (dates as ISO strings). */
export interface TeacherProgressData {
  enrolmentId: string;
  teacherId: string;
  teacherName: string;
  registered: boolean;
  started: boolean;
  requiredMinutes: number;
  electiveMinutes: number;
  workshopParticipations: number;
  shares: number;
  assignmentsSubmitted: number;
  assignmentsMarked: number;
  groupHoursRecorded: number;
  groupHoursCounted: number;
  score: number | null;
  verdict: Verdict | null;
  lastActivityAt: string | null;
}

export interface ClassTotalsData {
  enrolled: number;
  registered: number;
  started: number;
  passed: number;
  failed: number;
  inProgress: number;
  registrationRate: number;
  studyRate: number;
  passRate: number;
}

export interface AtRiskData {
  enrolmentId: string;
  teacherId: string;
  teacherName: string;
  reasons: AtRiskReason[];
  creditedMinutes: number;
  expectedMinutes: number;
}

export interface ClassProgressData {
  classId: string;
  programmeId: string;
  computedAt: string;
  /** Minutes every teacher is expected to have credited by computedAt (0 outside the study window). */
  expectedMinutes: number;
  totals: ClassTotalsData;
  rows: TeacherProgressData[];
  atRisk: AtRiskData[];
}

export interface Row {
  enrolmentId: string;
  classId: string | null;
  schoolId: string;
  teacherId: string;
  teacherName: string;
  registered: boolean;
  started: boolean;
  requiredSeconds: number;
  electiveSeconds: number;
  participations: number;
  shares: number;
  submitted: number;
  marked: number;
  recorded: number;
  lastActivityAt: Date | null;
}

/**
 * Every enrolment of the programme matching `filter` (on e, the Enrolment) with its facts, by display name: one
 * statement, each fact aggregated with GROUP BY over the matching enrolments (or their teachers) only.
 */
export async function enrolmentRows(db: Db, programmeId: string, filter: Prisma.Sql): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    WITH en AS (
      SELECT e.id, e."classId", e."schoolId", e."teacherId", e."studyRequiredSeconds", e."studyElectiveSeconds"
        FROM "Enrolment" e WHERE e."programmeId" = ${programmeId} AND ${filter}),
    parts AS (
      SELECT a."enrolmentId", count(*)::int AS n FROM "ActivityParticipation" a
       WHERE a."enrolmentId" IN (SELECT id FROM en) GROUP BY a."enrolmentId"),
    shares AS (
      SELECT s."enrolmentId", count(*)::int AS n, max(s."createdAt") AS last FROM "Share" s
       WHERE s."enrolmentId" IN (SELECT id FROM en) GROUP BY s."enrolmentId"),
    subs AS (
      SELECT s."enrolmentId", count(*)::int AS n, count(*) FILTER (WHERE s.status = 'MARKED')::int AS marked,
             max(s."submittedAt") AS last
        FROM "AssignmentSubmission" s WHERE s."enrolmentId" IN (SELECT id FROM en) GROUP BY s."enrolmentId"),
    groups AS (
      SELECT g."enrolmentId", count(*)::int AS n,
             coalesce(round(sum(g.hours) FILTER (WHERE g."completedAt" IS NOT NULL)::numeric, 1), 0)::float8 AS recorded
        FROM "GroupActivityParticipant" g WHERE g."enrolmentId" IN (SELECT id FROM en) GROUP BY g."enrolmentId"),
    viewing AS (
      SELECT b."teacherId", max(b."receivedAt") AS last
        FROM "ViewingBatch" b JOIN "Course" c ON c.id = b."courseId"
       WHERE c."programmeId" = ${programmeId} AND b."teacherId" IN (SELECT "teacherId" FROM en) GROUP BY b."teacherId"),
    posts AS (
      SELECT wp."authorId" AS "teacherId", max(wp."createdAt") AS last
        FROM "WorkshopPost" wp JOIN "Workshop" w ON w.id = wp."workshopId"
       WHERE w."programmeId" = ${programmeId} AND wp."authorId" IN (SELECT "teacherId" FROM en) GROUP BY wp."authorId")
    SELECT e.id AS "enrolmentId", e."classId", e."schoolId", u.id AS "teacherId", u."displayName" AS "teacherName",
           (u."lastSeenAt" IS NOT NULL) AS registered,
           e."studyRequiredSeconds"::int AS "requiredSeconds", e."studyElectiveSeconds"::int AS "electiveSeconds",
           coalesce(parts.n, 0) AS participations, coalesce(shares.n, 0) AS shares,
           coalesce(subs.n, 0) AS submitted, coalesce(subs.marked, 0) AS marked,
           coalesce(groups.recorded, 0)::float8 AS recorded,
           (e."studyRequiredSeconds" + e."studyElectiveSeconds" > 0 OR parts.n IS NOT NULL OR shares.n IS NOT NULL
             OR subs.n IS NOT NULL OR groups.n IS NOT NULL OR posts.last IS NOT NULL) AS started,
           greatest(viewing.last, posts.last, shares.last, subs.last) AS "lastActivityAt"
      FROM en e
      JOIN "User" u ON u.id = e."teacherId"
      LEFT JOIN parts ON parts."enrolmentId" = e.id
      LEFT JOIN shares ON shares."enrolmentId" = e.id
      LEFT JOIN subs ON subs."enrolmentId" = e.id
      LEFT JOIN groups ON groups."enrolmentId" = e.id
      LEFT JOIN viewing ON viewing."teacherId" = e."teacherId"
      LEFT JOIN posts ON posts."teacherId" = e."teacherId"
     ORDER BY u."displayName", e.id`;
}

/**
 * The class's progress, or null when the class is not one of the programme's district (or either is unknown).
 * Four statements whatever the class size: the programme, the rows, the scores (two).
 */
export async function loadClassProgress(
  db: Db,
  klass: { id: string; path: string },
  programmeId: string,
  now: Date = new Date(),
): Promise<ClassProgressData | null> {
  const programme = await db.programme.findUnique({
    where: { id: programmeId },
    select: { orgPath: true, rules: true, phases: { where: { kind: 'IMPLEMENTATION' } } },
  });
  if (!programme || !klass.path.startsWith(programme.orgPath)) return null;
  const rules = parseProgrammeRules(programme.rules);
  const watch = rules.scoring?.items.find((item) => item.kind === 'WATCH_MINUTES');
  const requiredMinutes = watch && watch.kind === 'WATCH_MINUTES' ? watch.requiredMinutes : null;
  const window = programme.phases[0] ?? null;
  const expected = expectedMinutes(requiredMinutes, window, now);
  const rows = await enrolmentRows(db, programmeId, Prisma.sql`e."classId" = ${klass.id}`);
  const scores = await loadScores(
    db,
    rows.map((row) => row.enrolmentId),
    now,
  );
  const cap = rules.schoolBasedStudy.hoursCap;
  const teachers: TeacherProgressData[] = rows.map((row) => {
    const score = scores.get(row.enrolmentId) ?? null;
    return {
      enrolmentId: row.enrolmentId,
      teacherId: row.teacherId,
      teacherName: row.teacherName,
      registered: row.registered,
      started: row.started,
      requiredMinutes: Math.floor(row.requiredSeconds / 60),
      electiveMinutes: Math.floor(row.electiveSeconds / 60),
      workshopParticipations: row.participations,
      shares: row.shares,
      assignmentsSubmitted: row.submitted,
      assignmentsMarked: row.marked,
      groupHoursRecorded: row.recorded,
      groupHoursCounted: countHours(row.recorded, cap).countedHours,
      score: score?.total ?? null,
      verdict: score?.verdict ?? null,
      lastActivityAt: row.lastActivityAt ? new Date(row.lastActivityAt).toISOString() : null,
    };
  });
  const atRisk: AtRiskData[] = [];
  for (const row of teachers) {
    const creditedMinutes = row.requiredMinutes + row.electiveMinutes;
    const reasons = atRiskReasons({
      registered: row.registered,
      started: row.started,
      creditedMinutes,
      expectedMinutes: expected,
    });
    if (reasons.length > 0 && row.verdict !== 'PASSED')
      atRisk.push({
        enrolmentId: row.enrolmentId,
        teacherId: row.teacherId,
        teacherName: row.teacherName,
        reasons,
        creditedMinutes,
        expectedMinutes: expected,
      });
  }
  return {
    classId: klass.id,
    programmeId,
    computedAt: now.toISOString(),
    expectedMinutes: expected,
    totals: totalsOf(teachers),
    rows: teachers,
    atRisk,
  };
}

/** Counts and rates of a set of teachers (registered, started, verdicts). */
export function totalsOf(
  teachers: ReadonlyArray<Pick<TeacherProgressData, 'registered' | 'started' | 'verdict'>>,
): ClassTotalsData {
  const count = (test: (row: (typeof teachers)[number]) => boolean) => teachers.filter(test).length;
  const enrolled = teachers.length;
  const registered = count((row) => row.registered);
  const started = count((row) => row.started);
  const passed = count((row) => row.verdict === 'PASSED');
  return {
    enrolled,
    registered,
    started,
    passed,
    failed: count((row) => row.verdict === 'FAILED'),
    inProgress: count((row) => row.verdict === 'IN_PROGRESS'),
    registrationRate: rate(registered, enrolled),
    studyRate: rate(started, enrolled),
    passRate: rate(passed, enrolled),
  };
}
