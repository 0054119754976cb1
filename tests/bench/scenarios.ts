/**
 * The portal pages the bench measures: each an SDK document sent as the SDK client sends it (POST JSON
 * `{ query: print(Document), operationName, variables }`, a bearer token, the client's Accept header), and the
 * check its response must pass. Checks compare with what the database holds (read once, in SQL, independently of
 * the server), so a wrong body (errors, missing or extra nodes, wrong numbers, wrong order) fails the run.
 */

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { DocumentNode } from 'graphql';
import { parse, print } from 'graphql';
import pg from 'pg';
import {
  ClassActivityFeedDocument,
  ClassProgressDocument,
  ClassRosterDocument,
  CompletionSchoolPageDocument,
  CreditEntryPendingDocument,
  CreditEntrySchoolHoursDocument,
  DistrictSchoolsDocument,
  EvidencePageDocument,
  EvidenceReviewQueuePageDocument,
  EvidenceReviewResultSheetDocument,
  ImprovementSchoolReviewDocument,
  LibrarySearchDocument,
  MyEnrolmentsDocument,
  OrganisationsDocument,
  PeerReviewPageDocument,
  ProgrammeLearningProgressDocument,
  ProgrammeSelectionProgressDocument,
  ProgrammesDocument,
  ProvinceOverviewDocument,
  SchoolPeopleDocument,
  SchoolSelectionProgressDocument,
  SurveyResultsGroupsDocument,
  SurveyResultsPageDocument,
  SurveysMineDocument,
  SyncFeedCreditChangesDocument,
  SyncFeedRosterChangesDocument,
  TeacherStudyPageDocument,
  TeacherTranscriptDocument,
} from '../../sdk/src/generated/graphql.js';
import type { BenchWorld } from './data.js';
import type { HttpRequest } from './load.js';
import { LIBRARY_QUERY } from './survey-library-data.js';

export type ViewerKey = keyof BenchWorld['subjects'];
type Json = Record<string, unknown>;

export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

/** What the database says the pages must show. */
export interface Truth {
  /** The class roster in page order: "login|status|credits|codes|history actions" per enrolment. */
  roster: string[];
  schoolProgress: { enrolled: number; submitted: number; approved: number; returned: number };
  /** Schools of the running programme by name: "code|enrolled|submitted|approved|returned". */
  programmeProgress: string[];
  /** Programme codes the district admin sees, newest first. */
  programmes: string[];
  /** Schools by kind, name, id: "code|children" (the first school also has a teaching-research group). */
  schools: string[];
  /** The district's schools by name, id: "code|teachers holding TEACHER on the school". */
  districtSchools: string[];
  /** The first school's people (home in the school or a role in it) by name, id: logins. */
  schoolPeople: string[];
  /** Districts the province admin sees, by name, id: "code|schools". */
  provinceDistricts: string[];
  /** The teacher's enrolments: programme codes in page order. */
  myEnrolments: string[];
  /** The teacher's study page for their enrolment in the running programme. */
  study: StudyTruth;
  /** The first class's activity feed in the running programme, newest first: "post id|author|isReply|counted". */
  classFeed: string[];
  /** The tutor console of the first class, by display name, id: "name|required minutes|elective minutes". */
  tutorConsole: string[];
  /** The district console: "school global id|enrolled teachers" for every school of the programme's batches. */
  districtConsole: string[];
  evidence: EvidenceTruth;
  credit: CreditTruth;
  rulesPreview: RulesPreviewTruth;
  /** Issue 15: the district survey's results, the teacher's surveys, the library search. */
  survey: SurveyTruth;
}

/** What the rule what-if (issue 15) must find for the bench proposal (pass mark 60 → 65), district-wide and for the first school. */
export interface RulesPreviewTruth {
  district: PreviewCounts;
  school: PreviewCounts;
}

interface PreviewCounts {
  teachers: number;
  passedNow: number;
  passedProposed: number;
  changed: number;
  /** Enrolment ids of the changed teachers, in enrolment order. */
  changedIds: string[];
}

/** The bench scheme's pass mark and the proposal the preview scenarios send. */
const BENCH_PASS_MARK = 60;
export const BENCH_PROPOSAL = { passThreshold: 65 };

/**
 * The preview's truth from the raw rows, by the bench scheme's arithmetic (data.ts: 20 per counted workshop
 * participation up to 60, 10 per ACTIVE share up to 20, the A-ONLINE mark × 0.2, 20 × min(1, minutes / 300); no
 * required item, so the total decides). Qualification reads the hours only, so only score verdicts change.
 */
async function readRulesPreviewTruth(client: pg.Client, world: BenchWorld): Promise<RulesPreviewTruth> {
  const rows = await client.query<{ id: string; schoolId: string; total: string }>(
    `SELECT e.id, e."schoolId",
            least(60, 20 * (SELECT count(*) FROM "ActivityParticipation" a WHERE a."enrolmentId" = e.id))
            + least(20, 10 * (SELECT count(*) FROM "Share" s WHERE s."enrolmentId" = e.id AND s.status = 'ACTIVE'))
            + round(coalesce((SELECT sub.mark FROM "AssignmentSubmission" sub JOIN "Assignment" asg ON asg.id = sub."assignmentId"
                               WHERE sub."enrolmentId" = e.id AND asg.code = 'A-ONLINE' AND sub.status = 'MARKED'), 0) * 0.2, 2)
            + round(20 * least(1, floor((e."studyRequiredSeconds" + e."studyElectiveSeconds") / 60)::numeric / 300), 2) AS total
       FROM "Enrolment" e WHERE e."programmeId" = $1 ORDER BY e.id`,
    [world.programmeId],
  );
  const counts = (list: typeof rows.rows): PreviewCounts => {
    const changed = list.filter(
      (r) => Number(r.total) >= BENCH_PASS_MARK && Number(r.total) < BENCH_PROPOSAL.passThreshold,
    );
    return {
      teachers: list.length,
      passedNow: list.filter((r) => Number(r.total) >= BENCH_PASS_MARK).length,
      passedProposed: list.filter((r) => Number(r.total) >= BENCH_PROPOSAL.passThreshold).length,
      changed: changed.length,
      changedIds: changed.map((r) => r.id),
    };
  };
  return { district: counts(rows.rows), school: counts(rows.rows.filter((r) => r.schoolId === world.schoolId)) };
}

/** The rule what-if's SDK operation, read from its .graphql file (the generated SDK may not carry it yet). */
const RulesPreviewChangeDocument = parse(
  readFileSync(new URL('../../sdk/operations/rules-preview.graphql', import.meta.url), 'utf8'),
);

/** A preview's body against the truth: totals, every school's sum, and the first page of changed teachers. */
function checkPreview(data: Json, truth: PreviewCounts, first: number, schools: number): string | null {
  const preview = data.previewRulesChange as {
    __typename: string;
    totals: Record<string, number>;
    schools: Array<Record<string, number>>;
    changedTeachers: { totalCount: number; edges: Array<{ node: { enrolmentId: string } }>; pageInfo: Json };
  } | null;
  if (preview?.__typename !== 'RulesPreview') return `previewRulesChange is ${JSON.stringify(preview)?.slice(0, 200)}`;
  for (const key of ['teachers', 'passedNow', 'passedProposed', 'changed'] as const)
    if (preview.totals[key] !== truth[key]) return `totals.${key} ${preview.totals[key]}, expected ${truth[key]}`;
  if (preview.totals.qualifiedNow !== preview.totals.qualifiedProposed) return 'qualification changed';
  if (preview.schools.length !== schools) return `${preview.schools.length} schools, expected ${schools}`;
  const sum = preview.schools.reduce((total, school) => total + (school.changed ?? 0), 0);
  if (sum !== truth.changed) return `the schools' changed add up to ${sum}, expected ${truth.changed}`;
  const page = preview.changedTeachers;
  if (page.totalCount !== truth.changed) return `changedTeachers.totalCount ${page.totalCount}`;
  const want = truth.changedIds.slice(0, first).map((id) => gid('Enrolment', id));
  const got = page.edges.map((edge) => edge.node.enrolmentId);
  if (got.join() !== want.join())
    return `changed page ${got.slice(0, 3).join()}…, expected ${want.slice(0, 3).join()}…`;
  return page.pageInfo.hasNextPage === truth.changed > first ? null : `hasNextPage ${page.pageInfo.hasNextPage}`;
}

/** What the credit-hour pages must show (issue 13). */
export interface CreditTruth {
  /** The teacher's hours counted (entries confirmed at least by the school, reversals netted). */
  teacherCounted: number;
  /** The first school's enrolled teachers, and those meeting the bench's hour rule (≥ 30 online, ≥ 20 offline). */
  schoolTeachers: number;
  schoolQualified: number;
  /** The first school's entries confirmed by the school and not yet by the district. */
  awaitingDistrict: number;
  /** The district's feeds (issue 14), in commit order: the event ids of the first 1,000, and how many there are. */
  creditFeed: { total: number; first: string[] };
  rosterFeed: { total: number; first: string[] };
}

/** The credit-hour pages' truth, read with SQL of its own. */
async function readCreditTruth(client: pg.Client, world: BenchWorld): Promise<CreditTruth> {
  const one = async (sql: string, params: unknown[]) => (await client.query<{ n: number }>(sql, params)).rows[0]!.n;
  const counted = `SELECT e."enrolmentId", e.category, e.hours FROM "CreditEntry" e
     WHERE EXISTS (SELECT 1 FROM "CreditConfirmation" c WHERE c."entryId" = e.id)`;
  return {
    teacherCounted: await one(
      `SELECT coalesce(sum(hours), 0)::float8 AS n FROM (${counted}) x WHERE "enrolmentId" = $1`,
      [world.enrolmentId],
    ),
    schoolTeachers: await one(
      `SELECT count(*)::int AS n FROM "Enrolment" WHERE "programmeId" = $1 AND "schoolId" = $2`,
      [world.programmeId, world.schoolId],
    ),
    schoolQualified: await one(
      `SELECT count(*)::int AS n FROM "Enrolment" en WHERE en."programmeId" = $1 AND en."schoolId" = $2
         AND (SELECT coalesce(sum(hours), 0) FROM (${counted}) x WHERE x."enrolmentId" = en.id AND category = 'ONLINE') >= 30
         AND (SELECT coalesce(sum(hours), 0) FROM (${counted}) x WHERE x."enrolmentId" = en.id AND category = 'OFFLINE') >= 20`,
      [world.programmeId, world.schoolId],
    ),
    awaitingDistrict: await one(
      `SELECT count(*)::int AS n FROM "CreditEntry" e JOIN "Enrolment" en ON en.id = e."enrolmentId"
        WHERE en."programmeId" = $1 AND en."schoolId" = $2
          AND EXISTS (SELECT 1 FROM "CreditConfirmation" c WHERE c."entryId" = e.id AND c.level = 'SCHOOL')
          AND NOT EXISTS (SELECT 1 FROM "CreditConfirmation" c WHERE c."entryId" = e.id AND c.level = 'DISTRICT')`,
      [world.programmeId, world.schoolId],
    ),
    creditFeed: await feedTruth(client, 'CREDIT'),
    rosterFeed: await feedTruth(client, 'ROSTER'),
  };
}

/** A feed of the bench district (everything in the bench database is in it but the province's own people). */
async function feedTruth(client: pg.Client, feed: 'CREDIT' | 'ROSTER') {
  const scope = `feed = $1 AND "orgPath" LIKE (SELECT path || '%' FROM "Organisation" WHERE code = 'bench-district')`;
  const total = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "FeedEvent" WHERE ${scope}`, [feed]))
    .rows[0]!.n;
  const first = await client.query<{ id: string }>(
    `SELECT id FROM "FeedEvent" WHERE ${scope} ORDER BY seq LIMIT 1000`,
    [feed],
  );
  return { total, first: first.rows.map((row) => row.id) };
}

/** A feed page: the first `first` events in commit order, `hasMore` when there are more. */
function checkFeedPage(page: Json | null, truth: { total: number; first: string[] }, first: number) {
  const feed = page as { changes: Array<{ eventId: string }>; hasMore: boolean; endCursor: string | null } | null;
  if (!feed) return 'no feed page';
  const want = truth.first.slice(0, first);
  if (feed.changes.length !== want.length) return `${feed.changes.length} changes, expected ${want.length}`;
  for (const [i, change] of feed.changes.entries())
    if (change.eventId !== want[i]) return `change ${i}: ${change.eventId}, expected ${want[i]}`;
  return feed.hasMore === truth.total > first ? null : `hasMore ${feed.hasMore}`;
}

/** A OneRoster list: `first` records (the bench district has more), sourcedIds ascending. */
function checkSortedList(list: unknown, first: number) {
  const records = list as Array<{ sourcedId: string }> | undefined;
  if (!records) return 'no list';
  if (records.length !== first) return `${records.length} records, expected ${first}`;
  for (let i = 1; i < records.length; i++)
    if (records[i - 1]!.sourcedId >= records[i]!.sourcedId) return `not sorted at ${i}`;
  return null;
}

/** What the evidence pages must show (issue 12). */
export interface EvidenceTruth {
  /** The teacher's selected competencies, "code|evidence status or -", sorted by code. */
  teacherPage: string[];
  /** The first school's evidence waiting for its raters (GROUP_REVIEWED, or SUBMITTED without a group). */
  schoolQueue: number;
  /** The first school's group's SUBMITTED evidence but the leader's own (the group leader's queue). */
  groupQueue: number;
  /** The first school's result sheet: enrolled teachers and pieces (teacher × selected competency). */
  sheetTeachers: number;
  sheetPieces: number;
  /** The first school's enrolled teachers (the school-based study review). */
  studyReviewTeachers: number;
  /** The teacher's allocated peer reviews. */
  peerReviews: number;
}

export interface StudyTruth {
  /** The study list in page order: "code|source|creditedMinutes|requiredMinutes|completed". */
  courses: string[];
  /** Credited seconds summed from CourseProgress by the course's requirement. */
  requiredSeconds: number;
  electiveSeconds: number;
  /** Total length of the listed courses by requirement. */
  listRequiredSeconds: number;
  listElectiveSeconds: number;
  /** The teacher's workshops in page order: "workshop id|kind|my counted participations|activities". */
  workshops: string[];
  participations: number;
  /** The programme's assignments in order: "code|the teacher's submission status or -". */
  assignments: string[];
  countedShares: number;
  /** Every share of the enrolment, newest first: "share id|status". */
  shares: string[];
  /** Hours of the completed group activities the teacher took part in, and how many. */
  groupHours: number;
  groupActivities: number;
}

/** The evidence pages' truth, read with SQL of its own. */
async function readEvidenceTruth(client: pg.Client, world: BenchWorld): Promise<EvidenceTruth> {
  const count = async (sql: string, params: unknown[]) => (await client.query<{ n: number }>(sql, params)).rows[0]!.n;
  const selected = `SELECT e.id AS "enrolmentId", i."competencyId" FROM "Enrolment" e
      JOIN "Selection" s ON s."enrolmentId" = e.id AND s.status IN ('SUBMITTED', 'APPROVED')
      JOIN "SelectionItem" i ON i."selectionId" = s.id
     WHERE e."programmeId" = $1 AND e."schoolId" = $2`;
  const teacherPage = (
    await client.query<{ v: string }>(
      `SELECT concat_ws('|', c.code, coalesce(v.status::text, '-')) AS v
         FROM "Selection" s JOIN "SelectionItem" i ON i."selectionId" = s.id JOIN "Competency" c ON c.id = i."competencyId"
         LEFT JOIN "Evidence" v ON v."enrolmentId" = s."enrolmentId" AND v."competencyId" = i."competencyId"
        WHERE s."enrolmentId" = $1 AND s.status IN ('SUBMITTED', 'APPROVED') ORDER BY c.code`,
      [world.enrolmentId],
    )
  ).rows.map((row) => row.v);
  return {
    teacherPage,
    schoolQueue: await count(
      `SELECT count(*)::int AS n FROM "Evidence" v JOIN "Organisation" o ON o.id = $2
        WHERE v."programmeId" = $1 AND v."orgPath" = o.path
          AND (v.status = 'GROUP_REVIEWED' OR (v.status = 'SUBMITTED' AND v."groupPath" IS NULL))`,
      [world.programmeId, world.schoolId],
    ),
    groupQueue: await count(
      `SELECT count(*)::int AS n FROM "Evidence" v JOIN "Organisation" o ON o.id = $2
        WHERE v."programmeId" = $1 AND v."orgPath" = o.path AND v.status = 'SUBMITTED' AND v."groupPath" IS NOT NULL
          AND v."teacherId" NOT IN (SELECT id FROM "User" WHERE login = $3)`,
      [world.programmeId, world.schoolId, world.subjects.groupLeader],
    ),
    sheetTeachers: await count(
      `SELECT count(*)::int AS n FROM "Enrolment" WHERE "programmeId" = $1 AND "schoolId" = $2`,
      [world.programmeId, world.schoolId],
    ),
    sheetPieces: await count(`SELECT count(*)::int AS n FROM (${selected}) x`, [world.programmeId, world.schoolId]),
    studyReviewTeachers: await count(
      `SELECT count(*)::int AS n FROM "Enrolment" WHERE "programmeId" = $1 AND "schoolId" = $2`,
      [world.programmeId, world.schoolId],
    ),
    peerReviews: await count(`SELECT count(*)::int AS n FROM "PeerReview" WHERE "reviewerEnrolmentId" = $1`, [
      world.enrolmentId,
    ]),
  };
}

/** The study page's truth, read with SQL of its own (not the server's). */
async function readStudyTruth(client: pg.Client, world: BenchWorld): Promise<StudyTruth> {
  const enrolmentId = world.enrolmentId;
  const listed = await client.query<{
    code: string;
    source: string | null;
    duration: number;
    requirement: string;
    credited: number;
  }>(
    `WITH e AS (SELECT * FROM "Enrolment" WHERE id = $1),
          points AS (SELECT i."competencyId" FROM "Selection" s JOIN "SelectionItem" i ON i."selectionId" = s.id
                      WHERE s."enrolmentId" = $1 AND s.status IN ('SUBMITTED', 'APPROVED')),
          added AS (SELECT "courseId" FROM "StudyElective" WHERE "enrolmentId" = $1)
     SELECT c.code, c."durationSeconds" AS duration, c.requirement::text AS requirement,
            COALESCE(cp."creditedSeconds", 0) AS credited,
            CASE WHEN c."competencyId" IS NULL AND c.requirement = 'REQUIRED' THEN 'REQUIRED'
                 WHEN c."competencyId" IN (SELECT "competencyId" FROM points) THEN 'COMPETENCY'
                 WHEN c.requirement = 'ELECTIVE' AND c.id IN (SELECT "courseId" FROM added) THEN 'ELECTIVE' END AS source
       FROM e JOIN "Course" c ON c."programmeId" = e."programmeId"
       LEFT JOIN "CourseProgress" cp ON cp."enrolmentId" = e.id AND cp."courseId" = c.id
      ORDER BY c.position, c.code, c.id`,
    [enrolmentId],
  );
  const list = listed.rows.filter((row) => row.source !== null);
  const [credit] = (
    await client.query<{ required: number; elective: number }>(
      `SELECT COALESCE(SUM(cp."creditedSeconds") FILTER (WHERE c.requirement = 'REQUIRED'), 0)::int AS required,
              COALESCE(SUM(cp."creditedSeconds") FILTER (WHERE c.requirement = 'ELECTIVE'), 0)::int AS elective
         FROM "CourseProgress" cp JOIN "Course" c ON c.id = cp."courseId" WHERE cp."enrolmentId" = $1`,
      [enrolmentId],
    )
  ).rows;
  const column = async (sql: string) => (await client.query<{ v: string }>(sql, [enrolmentId])).rows.map((r) => r.v);
  const one = async (sql: string) => Number((await client.query<{ n: number }>(sql, [enrolmentId])).rows[0]?.n);
  const workshops = await client.query<{ id: string; kind: string; mine: number; activities: number }>(
    `SELECT w.id, w.kind::text AS kind,
            (SELECT count(*)::int FROM "ActivityParticipation" p JOIN "WorkshopActivity" a ON a.id = p."activityId"
              WHERE a."workshopId" = w.id AND p."teacherId" = e."teacherId") AS mine,
            (SELECT count(*)::int FROM "WorkshopActivity" a WHERE a."workshopId" = w.id) AS activities
       FROM "Enrolment" e JOIN "Workshop" w ON w."programmeId" = e."programmeId"
      WHERE e.id = $1
        AND (w."classId" = e."classId"
             OR w."competencyId" IN (SELECT i."competencyId" FROM "Selection" s JOIN "SelectionItem" i ON i."selectionId" = s.id
                                      WHERE s."enrolmentId" = e.id AND s.status IN ('SUBMITTED', 'APPROVED')))
      ORDER BY w.kind DESC, w.title, w.id`,
    [enrolmentId],
  );
  return {
    courses: list.map((row) =>
      [
        row.code,
        row.source,
        Math.floor(Math.min(row.credited, row.duration) / 60),
        Math.ceil(row.duration / 60),
        row.credited >= row.duration,
      ].join('|'),
    ),
    requiredSeconds: credit?.required ?? 0,
    electiveSeconds: credit?.elective ?? 0,
    listRequiredSeconds: list.filter((r) => r.requirement === 'REQUIRED').reduce((sum, r) => sum + r.duration, 0),
    listElectiveSeconds: list.filter((r) => r.requirement === 'ELECTIVE').reduce((sum, r) => sum + r.duration, 0),
    workshops: workshops.rows.map((w) => [gid('Workshop', w.id), w.kind, w.mine, w.activities].join('|')),
    participations: await one(`SELECT count(*)::int AS n FROM "ActivityParticipation" WHERE "enrolmentId" = $1`),
    assignments: await column(
      `SELECT concat_ws('|', a.code, COALESCE(s.status::text, '-')) AS v
         FROM "Enrolment" e JOIN "Assignment" a ON a."programmeId" = e."programmeId"
         LEFT JOIN "AssignmentSubmission" s ON s."assignmentId" = a.id AND s."enrolmentId" = e.id
        WHERE e.id = $1 ORDER BY a.position, a.code, a.id`,
    ),
    countedShares: await one(`SELECT count(*)::int AS n FROM "Share" WHERE "enrolmentId" = $1 AND status = 'ACTIVE'`),
    shares: await column(
      `SELECT concat_ws('|', id, status) AS v FROM "Share" WHERE "enrolmentId" = $1 ORDER BY "createdAt" DESC, id DESC`,
    ),
    groupHours: await one(
      `SELECT COALESCE(round(sum(hours)::numeric, 1), 0)::float8 AS n FROM "GroupActivityParticipant"
        WHERE "enrolmentId" = $1 AND "completedAt" IS NOT NULL`,
    ),
    groupActivities: await one(
      `SELECT count(*)::int AS n FROM "GroupActivityParticipant" WHERE "enrolmentId" = $1 AND "completedAt" IS NOT NULL`,
    ),
  };
}

export async function readTruth(world: BenchWorld): Promise<Truth> {
  const client = new pg.Client({ connectionString: world.databaseUrl });
  await client.connect();
  try {
    const column = async (sql: string, params: unknown[]) =>
      (await client.query<{ v: string }>(sql, params)).rows.map((r) => r.v);
    const [progress] = (
      await client.query(
        `SELECT count(*)::int AS enrolled,
                count(*) FILTER (WHERE s.status = 'SUBMITTED')::int AS submitted,
                count(*) FILTER (WHERE s.status = 'APPROVED')::int AS approved,
                count(*) FILTER (WHERE s.status = 'RETURNED')::int AS returned
           FROM "Enrolment" e LEFT JOIN "Selection" s ON s."enrolmentId" = e.id
          WHERE e."programmeId" = $1 AND e."schoolId" = $2`,
        [world.programmeId, world.schoolId],
      )
    ).rows;
    const tutorConsole = await column(
      `SELECT concat_ws('|', u."displayName", e."studyRequiredSeconds" / 60, e."studyElectiveSeconds" / 60) AS v
         FROM "Enrolment" e JOIN "User" u ON u.id = e."teacherId"
        WHERE e."classId" = $1 AND e."programmeId" = $2
        ORDER BY u."displayName", e.id`,
      [world.classId, world.programmeId],
    );
    const districtConsole = (
      await client.query<{ id: string; enrolled: number }>(
        `SELECT o.id, (SELECT count(*)::int FROM "Enrolment" e WHERE e."schoolId" = o.id AND e."programmeId" = $1) AS enrolled
           FROM "Organisation" o
          WHERE o.id IN (SELECT bs."schoolId" FROM "BatchSchool" bs JOIN "Batch" b ON b.id = bs."batchId" WHERE b."programmeId" = $1)`,
        [world.programmeId],
      )
    ).rows.map((row) => `${gid('Organisation', row.id)}|${row.enrolled}`);
    return {
      tutorConsole,
      districtConsole,
      roster: await column(
        `SELECT concat_ws('|', t.login, coalesce(s.status::text, '-'), coalesce(s."totalCredits"::text, '-'),
                  coalesce((SELECT string_agg(c.code, ',' ORDER BY i.position) FROM "SelectionItem" i
                              JOIN "Competency" c ON c.id = i."competencyId" WHERE i."selectionId" = s.id), '-'),
                  coalesce((SELECT string_agg(h.action, ',' ORDER BY h."createdAt", h.id) FROM "Decision" h
                             WHERE h."subjectType" = 'Selection' AND h."subjectId" = s.id), '-')) AS v
           FROM "Enrolment" e JOIN "User" t ON t.id = e."teacherId" LEFT JOIN "Selection" s ON s."enrolmentId" = e.id
          WHERE e."classId" = $1 AND e."programmeId" = $2
          ORDER BY t."displayName", e.id`,
        [world.classId, world.programmeId],
      ),
      schoolProgress: progress,
      programmeProgress: await column(
        `SELECT concat_ws('|', o.code, count(e.id), count(*) FILTER (WHERE s.status = 'SUBMITTED'),
                  count(*) FILTER (WHERE s.status = 'APPROVED'), count(*) FILTER (WHERE s.status = 'RETURNED')) AS v
           FROM "Organisation" o
           LEFT JOIN "Enrolment" e ON e."schoolId" = o.id AND e."programmeId" = $1
           LEFT JOIN "Selection" s ON s."enrolmentId" = e.id
          WHERE EXISTS (SELECT 1 FROM "BatchSchool" bs JOIN "Batch" b ON b.id = bs."batchId"
                         WHERE bs."schoolId" = o.id AND b."programmeId" = $1)
          GROUP BY o.id ORDER BY o.name, o.id`,
        [world.programmeId],
      ),
      programmes: await column(
        `SELECT code AS v FROM "Programme" WHERE "districtId" = $1 ORDER BY "createdAt" DESC, id DESC`,
        [world.districtId],
      ),
      schools: await column(
        `SELECT concat_ws('|', o.code, (SELECT count(*) FROM "Organisation" c WHERE c."parentId" = o.id)) AS v
           FROM "Organisation" o WHERE o.kind = 'SCHOOL' AND o."parentId" = $1 ORDER BY o.kind, o.name, o.id`,
        [world.districtId],
      ),
      districtSchools: await column(
        `SELECT concat_ws('|', o.code, (SELECT count(DISTINCT r."userId") FROM "RoleAssignment" r
                                         WHERE r."organisationId" = o.id AND r.role = 'TEACHER')) AS v
           FROM "Organisation" o WHERE o.kind = 'SCHOOL' AND o."parentId" = $1 ORDER BY o.kind, o.name, o.id`,
        [world.districtId],
      ),
      schoolPeople: await column(
        `SELECT u.login AS v FROM "User" u, "Organisation" s
          WHERE s.id = $1 AND u."deactivatedAt" IS NULL
            AND (u."orgPath" LIKE s.path || '%'
                 OR EXISTS (SELECT 1 FROM "RoleAssignment" r WHERE r."userId" = u.id AND r."orgPath" LIKE s.path || '%'))
          ORDER BY u."displayName", u.id`,
        [world.schoolId],
      ),
      provinceDistricts: await column(
        `SELECT concat_ws('|', d.code, (SELECT count(*) FROM "Organisation" s WHERE s.kind = 'SCHOOL' AND s."parentId" = d.id)) AS v
           FROM "Organisation" d WHERE d.kind = 'DISTRICT' ORDER BY d.kind, d.name, d.id`,
        [],
      ),
      myEnrolments: await column(
        `SELECT p.code AS v FROM "Enrolment" e JOIN "User" t ON t.id = e."teacherId" JOIN "Programme" p ON p.id = e."programmeId"
          WHERE t.login = $1 ORDER BY t."displayName", e.id`,
        [world.subjects.teacher],
      ),
      study: await readStudyTruth(client, world),
      evidence: await readEvidenceTruth(client, world),
      credit: await readCreditTruth(client, world),
      rulesPreview: await readRulesPreviewTruth(client, world),
      survey: await readSurveyTruth(client, world),
      classFeed: (
        await client.query<{ id: string; author: string; reply: boolean; counted: boolean }>(
          `SELECT p.id, u."displayName" AS author, p."parentId" IS NOT NULL AS reply,
                  EXISTS (SELECT 1 FROM "ActivityParticipation" ap WHERE ap."postId" = p.id) AS counted
             FROM "Organisation" c
             JOIN "WorkshopPost" p ON p."orgPath" LIKE c.path || '%'
             JOIN "Workshop" w ON w.id = p."workshopId"
             JOIN "User" u ON u.id = p."authorId"
            WHERE c.id = $1 AND w."programmeId" = $2 AND p."hiddenAt" IS NULL
            ORDER BY p."createdAt" DESC, p.id DESC`,
          [world.classId, world.programmeId],
        )
      ).rows.map((row) => [gid('WorkshopPost', row.id), row.author, row.reply, row.counted].join('|')),
    };
  } finally {
    await client.end();
  }
}

interface ScenarioBase {
  id: string;
  title: string;
  /** The GraphQL operation's name, or the route's name for a REST scenario. */
  operationName: string;
  viewer: ViewerKey;
  /** List scenarios: SQL statements are counted at page sizes 1, 10 and 50; `measured` is the page the load runs use. */
  page?: { measured: number };
  /** Null when `data` (a REST route's parsed JSON body) is what the page must show at page size `first`. */
  check(data: Json, truth: Truth, first: number | undefined): string | null;
}

/** A portal page: an SDK document (POST /graphql), or a REST route beside it (GET, the standards routes). */
export type Scenario = ScenarioBase &
  (
    | { document: DocumentNode; variables(world: BenchWorld, first: number | undefined): Json; route?: undefined }
    | { route(world: BenchWorld, first: number | undefined): string; document?: undefined; variables?: undefined }
  );

// ---------------------------------------------------------------------------------------------------------------

const connection = (data: Json, field: string) =>
  data[field] as { totalCount: number; pageInfo: Json; nodes: Json[] } | null;

function checkPage(
  page: ReturnType<typeof connection>,
  expected: string[],
  actual: (node: Json) => string,
  first: number,
) {
  if (!page) return 'the connection is null';
  if (page.totalCount !== expected.length) return `totalCount ${page.totalCount}, expected ${expected.length}`;
  return checkNodes(page, expected, actual, first);
}

/** The first `first` of `expected`, in order, and hasNextPage (for connections without totalCount). */
function checkNodes(
  page: ReturnType<typeof connection>,
  expected: string[],
  actual: (node: Json) => string,
  first: number,
) {
  if (!page) return 'the connection is null';
  const want = expected.slice(0, first);
  if (page.nodes.length !== want.length) return `${page.nodes.length} nodes, expected ${want.length}`;
  if (page.pageInfo.hasNextPage !== expected.length > first) return `hasNextPage ${page.pageInfo.hasNextPage}`;
  for (const [i, node] of page.nodes.entries()) {
    const got = actual(node);
    if (got !== want[i]) return `node ${i}: ${got}, expected ${want[i]}`;
  }
  return null;
}

interface RosterNode {
  teacher: { login: string } | null;
  selection: {
    status: string;
    totalCredits: number;
    pointCount: number;
    competencies: Array<{ code: string; dimension: { code: string } }>;
    history: Array<{ action: string }>;
    violations: unknown[];
  } | null;
}

/** An enrolment as the truth lists it; a selection must also still hold (no violations) and count its points. */
export function rosterLine(node: Json): string {
  const { teacher, selection } = node as unknown as RosterNode;
  const s = selection;
  if (s && (s.violations.length !== 0 || s.pointCount !== s.competencies.length))
    return `${teacher?.login}: violations or pointCount`;
  return [
    teacher?.login ?? 'no teacher',
    s?.status ?? '-',
    s?.totalCredits ?? '-',
    s ? s.competencies.map((c) => c.code).join(',') : '-',
    s ? s.history.map((h) => h.action).join(',') : '-',
  ].join('|');
}

const progressLine = (node: Json) => {
  const n = node as {
    school: { code: string };
    enrolled: number;
    submitted: number;
    approved: number;
    returned: number;
  };
  return [n.school.code, n.enrolled, n.submitted, n.approved, n.returned].join('|');
};

/** A connection's page: `totalCount` as expected and the right number of nodes for `first`. */
function checkCount(page: ReturnType<typeof connection>, total: number, first: number) {
  if (!page) return 'the connection is null';
  if (page.totalCount !== total) return `totalCount ${page.totalCount}, expected ${total}`;
  const nodes = page.nodes ?? (page as unknown as { edges: Json[] }).edges;
  if (nodes.length !== Math.min(first, total)) return `${nodes.length} nodes, expected ${Math.min(first, total)}`;
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Issue 15: survey results, the teacher's surveys, the library search (truths from the raw rows, in SQL of their own).

/** One question's figures as the raw answer rows give them. */
interface QuestionTruth {
  key: string;
  answered: number;
  /** Responses per option key. */
  options: Map<string, number>;
  /** SCALE: ratings per value; MATRIX: per row key, ratings per value ('' for a SCALE question). */
  ratings: Map<string, Map<number, number>>;
}

/** A group's (the district's or a school's) truth: respondents, audience, per-question figures. */
export interface SurveyGroupTruth {
  organisationId: string;
  respondents: number;
  audienceSize: number;
  questions: QuestionTruth[];
}

export interface SurveyTruth {
  district: SurveyGroupTruth;
  /** The schools with responses, by name then path. */
  schools: SurveyGroupTruth[];
  /** The teacher's surveys, soonest closing first: "survey global id|answered|questions". */
  mine: string[];
  /** The library search: global ids of the PUBLISHED resources the teacher finds (their school's, district's and the
   * province's and city's libraries) holding the query in the title or body. */
  libraryMatches: Set<string>;
}

async function readSurveyTruth(client: pg.Client, world: BenchWorld): Promise<SurveyTruth> {
  const questions = (
    await client.query<{ id: string; key: string }>(
      `SELECT id, key FROM "SurveyQuestion" WHERE "surveyId" = $1 ORDER BY position`,
      [world.districtSurveyId],
    )
  ).rows;
  const answers = (
    await client.query<{
      path: string;
      responseId: string;
      questionId: string;
      optionKey: string | null;
      rowKey: string | null;
      value: number | null;
    }>(
      `SELECT r."schoolPath" AS path, a."responseId", a."questionId", a."optionKey", a."rowKey", a.value
         FROM "SurveyAnswer" a JOIN "SurveyResponse" r ON r.id = a."responseId" WHERE r."surveyId" = $1`,
      [world.districtSurveyId],
    )
  ).rows;
  const responses = (
    await client.query<{ path: string; id: string }>(
      `SELECT "schoolPath" AS path, id FROM "SurveyResponse" WHERE "surveyId" = $1`,
      [world.districtSurveyId],
    )
  ).rows;
  const orgs = (
    await client.query<{ id: string; path: string; name: string; teachers: number }>(
      `SELECT o.id, o.path, o.name,
              (SELECT count(DISTINCT ra."userId")::int FROM "RoleAssignment" ra JOIN "User" u ON u.id = ra."userId"
                WHERE ra.role = 'TEACHER' AND u."deactivatedAt" IS NULL AND ra."orgPath" LIKE o.path || '%') AS teachers
         FROM "Organisation" o WHERE o.id = $1 OR (o.kind = 'SCHOOL' AND o."parentId" = $1)`,
      [world.districtId],
    )
  ).rows;
  const group = (org: (typeof orgs)[number], inGroup: (path: string) => boolean): SurveyGroupTruth => {
    const mine = answers.filter((a) => inGroup(a.path));
    return {
      organisationId: gid('Organisation', org.id),
      respondents: responses.filter((r) => inGroup(r.path)).length,
      audienceSize: org.teachers,
      questions: questions.map((q) => {
        const rows = mine.filter((a) => a.questionId === q.id);
        const options = new Map<string, number>();
        const ratings = new Map<string, Map<number, number>>();
        for (const a of rows) {
          if (a.optionKey !== null) options.set(a.optionKey, (options.get(a.optionKey) ?? 0) + 1);
          if (a.value !== null) {
            const byValue = ratings.get(a.rowKey ?? '') ?? new Map<number, number>();
            byValue.set(a.value, (byValue.get(a.value) ?? 0) + 1);
            ratings.set(a.rowKey ?? '', byValue);
          }
        }
        return { key: q.key, answered: new Set(rows.map((a) => a.responseId)).size, options, ratings };
      }),
    };
  };
  const district = orgs.find((o) => o.id === world.districtId)!;
  const answeredSchools = new Set(responses.map((r) => r.path));
  const schools = orgs
    .filter((o) => o.id !== world.districtId && answeredSchools.has(o.path))
    .sort((a, b) => (a.name === b.name ? (a.path < b.path ? -1 : 1) : a.name < b.name ? -1 : 1))
    .map((o) => group(o, (path) => path === o.path));
  const mine = (
    await client.query<{ id: string; answered: boolean; questions: number }>(
      `SELECT s.id, EXISTS (SELECT 1 FROM "SurveyResponse" r WHERE r."surveyId" = s.id AND r."respondentId" = u.id) AS answered,
              (SELECT count(*)::int FROM "SurveyQuestion" q WHERE q."surveyId" = s.id) AS questions
         FROM "Survey" s, "User" u
        WHERE u.login = $1 AND s.status IN ('PUBLISHED', 'CLOSED') AND (
          (s."audienceKind" IN ('SCHOOL_TEACHERS', 'DISTRICT_TEACHERS') AND EXISTS (SELECT 1 FROM "RoleAssignment" ra
             WHERE ra."userId" = u.id AND ra.role = 'TEACHER' AND ra."orgPath" LIKE s."orgPath" || '%'))
          OR (s."audienceKind" = 'DISTRICT_LEADERS' AND EXISTS (SELECT 1 FROM "RoleAssignment" ra
             WHERE ra."userId" = u.id AND ra.role = 'SCHOOL_ADMIN' AND ra."orgPath" LIKE s."orgPath" || '%'))
          OR (s."audienceKind" = 'CLASS' AND EXISTS (SELECT 1 FROM "Enrolment" e
             WHERE e."teacherId" = u.id AND e."classId" = s."audienceOrganisationId"))
          OR (s."audienceKind" = 'PROGRAMME_TEACHERS' AND EXISTS (SELECT 1 FROM "Enrolment" e
             WHERE e."teacherId" = u.id AND e."programmeId" = s."programmeId" AND e."orgPath" LIKE s."orgPath" || '%')))
        ORDER BY s."closesAt", s.id`,
      [world.subjects.teacher],
    )
  ).rows.map((row) => `${gid('Survey', row.id)}|${row.answered}|${row.questions}`);
  const matches = await client.query<{ id: string }>(
    `SELECT r.id FROM "LibraryResource" r, "User" u JOIN "Organisation" s ON s.id = u."organisationId"
      WHERE u.login = $1 AND r.status = 'PUBLISHED' AND starts_with(s.path, r."orgPath")
        AND (strpos(r.title, $2) > 0 OR strpos(r.body, $2) > 0)`,
    [world.subjects.teacher, LIBRARY_QUERY],
  );
  return {
    district: group(district, () => true),
    schools,
    mine,
    libraryMatches: new Set(matches.rows.map((row) => gid('LibraryResource', row.id))),
  };
}

const near = (got: number | null | undefined, want: number | null, places: number) =>
  want === null ? got === null : typeof got === 'number' && Math.abs(got - want) <= 0.5 * 10 ** -places + 1e-9;

const meanOfCounts = (counts: Map<number, number> | undefined): number | null => {
  if (!counts) return null;
  let sum = 0;
  let n = 0;
  for (const [value, count] of counts) {
    sum += value * count;
    n += count;
  }
  return n ? sum / n : null;
};

interface ResultQuestionNode {
  key: string;
  answered: number;
  mean: number | null;
  options: Array<{ key: string; count: number; share: number }> | null;
  distribution?: Array<{ value: number; count: number; share: number }> | null;
  rows: Array<{
    key: string;
    answered: number;
    mean: number | null;
    distribution?: Array<{ value: number; count: number }>;
  }> | null;
}

/** A group's results against the truth: respondents, audience, rate, and every question's counts and means. */
function checkSurveyGroup(got: Json | null | undefined, want: SurveyGroupTruth, detailed: boolean): string | null {
  const g = got as {
    organisationId: string | null;
    suppressed: boolean;
    respondents: number | null;
    audienceSize: number;
    responseRate: number | null;
    questions: ResultQuestionNode[];
  } | null;
  if (!g) return 'no results';
  if (g.suppressed) return 'suppressed';
  if (g.organisationId !== want.organisationId)
    return `organisationId ${g.organisationId}, expected ${want.organisationId}`;
  if (g.respondents !== want.respondents) return `respondents ${g.respondents}, expected ${want.respondents}`;
  if (g.audienceSize !== want.audienceSize) return `audienceSize ${g.audienceSize}, expected ${want.audienceSize}`;
  if (!near(g.responseRate, want.respondents / want.audienceSize, 4)) return `responseRate ${g.responseRate}`;
  if (g.questions.length !== want.questions.length) return `${g.questions.length} questions`;
  for (const [i, q] of g.questions.entries()) {
    const t = want.questions[i]!;
    const at = `${want.organisationId} ${t.key}`;
    if (q.key !== t.key || q.answered !== t.answered)
      return `${at}: ${q.key} answered ${q.answered}, expected ${t.answered}`;
    for (const option of q.options ?? []) {
      const count = t.options.get(option.key) ?? 0;
      if (option.count !== count) return `${at}.${option.key}: ${option.count}, expected ${count}`;
      if (!near(option.share, t.answered ? count / t.answered : 0, 4))
        return `${at}.${option.key}: share ${option.share}`;
    }
    if (q.options && [...t.options.values()].reduce((a, b) => a + b, 0) !== q.options.reduce((a, o) => a + o.count, 0))
      return `${at}: options do not add up`;
    const scale = t.ratings.get('');
    if (!near(q.mean, meanOfCounts(scale), 2)) return `${at}: mean ${q.mean}, expected ${meanOfCounts(scale)}`;
    if (detailed && scale)
      for (const d of q.distribution ?? [])
        if (d.count !== (scale.get(d.value) ?? 0)) return `${at}: ${d.value} rated ${d.count}`;
    for (const row of q.rows ?? []) {
      const ratings = t.ratings.get(row.key);
      const answered = [...(ratings?.values() ?? [])].reduce((a, b) => a + b, 0);
      if (row.answered !== answered) return `${at}.${row.key}: answered ${row.answered}, expected ${answered}`;
      if (!near(row.mean, meanOfCounts(ratings), 2)) return `${at}.${row.key}: mean ${row.mean}`;
      if (detailed)
        for (const d of row.distribution ?? [])
          if (d.count !== (ratings?.get(d.value) ?? 0)) return `${at}.${row.key}: ${d.value} rated ${d.count}`;
    }
    if (t.ratings.size > 0 && !scale && (q.rows?.length ?? 0) !== t.ratings.size)
      return `${at}: ${q.rows?.length} rows`;
  }
  return null;
}

/** A page of per-school results: totalCount, order, and every group on it against the truth. */
function checkSurveyGroups(data: Json, truth: SurveyTruth, first: number): string | null {
  const page = connection(data, 'surveyResultGroups');
  const order = checkPage(
    page,
    truth.schools.map((s) => s.organisationId),
    (n) => String(n.organisationId),
    first,
  );
  if (order) return order;
  for (const [i, group] of page!.nodes.entries()) {
    if (group.level !== 'SCHOOL') return `level ${group.level}`;
    const problem = checkSurveyGroup(group, truth.schools[i]!, false);
    if (problem) return `group ${i}: ${problem}`;
  }
  return null;
}

/** A library search page: totalCount, the page's size, every node a distinct match the teacher may find. */
function checkLibrarySearch(data: Json, matches: Set<string>, first: number): string | null {
  const page = connection(data, 'searchLibrary');
  const count = checkCount(page, matches.size, first);
  if (count) return count;
  if (page!.pageInfo.hasNextPage !== matches.size > first) return `hasNextPage ${page!.pageInfo.hasNextPage}`;
  const seen = new Set<string>();
  for (const n of page!.nodes) {
    const id = String(n.id);
    if (!matches.has(id) || seen.has(id)) return `${id} (${String(n.title)}) is not a match or repeats`;
    if (n.status !== 'PUBLISHED') return `${id} is ${String(n.status)}`;
    seen.add(id);
  }
  return null;
}

const node = (data: Json) => data.node as Json | null;

export const SCENARIOS: Scenario[] = [
  {
    id: 'class-dashboard',
    title: 'Class dashboard: ClassRoster, a class of 50, tutor',
    operationName: 'ClassRoster',
    document: ClassRosterDocument,
    viewer: 'tutor',
    page: { measured: 50 },
    variables: (w, first) => ({
      classId: gid('Organisation', w.classId),
      programmeId: gid('Programme', w.programmeId),
      first,
    }),
    check: (data, truth, first = 20) => checkPage(connection(data, 'classRoster'), truth.roster, rosterLine, first),
  },
  {
    id: 'school-progress',
    title: 'School selection progress: SchoolSelectionProgress, school admin',
    operationName: 'SchoolSelectionProgress',
    document: SchoolSelectionProgressDocument,
    viewer: 'schoolAdmin',
    variables: (w) => ({ programmeId: gid('Programme', w.programmeId), schoolId: gid('Organisation', w.schoolId) }),
    check: (data, truth) => {
      const p = data.schoolSelectionProgress as Record<string, number> | null;
      if (!p) return 'schoolSelectionProgress is null';
      const t = truth.schoolProgress;
      for (const key of ['enrolled', 'submitted', 'approved', 'returned'] as const) {
        if (p[key] !== t[key]) return `${key} ${p[key]}, expected ${t[key]}`;
      }
      const notSelected = t.enrolled - t.submitted - t.approved - t.returned;
      if (p.notSelected !== notSelected) return `notSelected ${p.notSelected}, expected ${notSelected}`;
      if (p.selected !== t.submitted + t.approved) return `selected ${p.selected}`;
      return null;
    },
  },
  {
    id: 'district-progress',
    title: 'District programme progress: ProgrammeSelectionProgress, 100 schools, district admin',
    operationName: 'ProgrammeSelectionProgress',
    document: ProgrammeSelectionProgressDocument,
    viewer: 'districtAdmin',
    page: { measured: 100 },
    variables: (w, first) => ({ programmeId: gid('Programme', w.programmeId), first }),
    check: (data, truth, first = 20) =>
      checkPage(connection(data, 'programmeSelectionProgress'), truth.programmeProgress, progressLine, first),
  },
  {
    id: 'district-progress-1',
    title: 'The same for one school’s worth (first: 1)',
    operationName: 'ProgrammeSelectionProgress',
    document: ProgrammeSelectionProgressDocument,
    viewer: 'districtAdmin',
    variables: (w) => ({ programmeId: gid('Programme', w.programmeId), first: 1 }),
    check: (data, truth) =>
      checkPage(connection(data, 'programmeSelectionProgress'), truth.programmeProgress, progressLine, 1),
  },
  {
    id: 'programmes',
    title: 'Programmes list: Programmes, district admin',
    operationName: 'Programmes',
    document: ProgrammesDocument,
    viewer: 'districtAdmin',
    page: { measured: 50 },
    variables: (_w, first) => ({ first }),
    check: (data, truth, first = 20) =>
      checkPage(connection(data, 'programmes'), truth.programmes, (node) => String(node.code), first),
  },
  {
    id: 'organisations',
    title: 'Organisations tree: Organisations(kind: SCHOOL) with classes and members, district admin',
    operationName: 'Organisations',
    document: OrganisationsDocument,
    viewer: 'districtAdmin',
    page: { measured: 50 },
    variables: (_w, first) => ({ kind: 'SCHOOL', first }),
    check: (data, truth, first = 20) =>
      checkPage(
        connection(data, 'organisations'),
        truth.schools,
        (node) => {
          const school = node as { code: string; children: { totalCount: number }; members: { totalCount: number } };
          // 100 teachers and an admin hold a role on the school itself.
          return school.members.totalCount === 101
            ? `${school.code}|${school.children.totalCount}`
            : `${school.code} (members ${school.members.totalCount})`;
        },
        first,
      ),
  },
  {
    id: 'district-schools',
    title: 'District schools page: DistrictSchools, 100 schools with teacher counts, district admin',
    operationName: 'DistrictSchools',
    document: DistrictSchoolsDocument,
    viewer: 'districtAdmin',
    page: { measured: 100 },
    variables: (w, first) => ({ districtId: gid('Organisation', w.districtId), first }),
    check: (data, truth, first = 20) => {
      const district = data.organisation as Json | null;
      if (!district) return 'organisation is null';
      return checkPage(
        connection(district, 'schools'),
        truth.districtSchools,
        (node) => `${node.code}|${node.teacherCount}`,
        first,
      );
    },
  },
  {
    id: 'school-people',
    title: 'School people page: SchoolPeople, a school of 100 teachers, school admin',
    operationName: 'SchoolPeople',
    document: SchoolPeopleDocument,
    viewer: 'schoolAdmin',
    page: { measured: 50 },
    variables: (w, first) => ({ organisationId: gid('Organisation', w.schoolId), first }),
    check: (data, truth, first = 20) =>
      checkPage(connection(data, 'people'), truth.schoolPeople, (node) => String(node.login), first),
  },
  {
    id: 'province-overview',
    title: 'Province overview: ProvinceOverview, province admin',
    operationName: 'ProvinceOverview',
    document: ProvinceOverviewDocument,
    viewer: 'provinceAdmin',
    page: { measured: 20 },
    variables: (_w, first) => ({ first }),
    check: (data, truth, first = 20) =>
      checkPage(
        connection(data, 'districts'),
        truth.provinceDistricts,
        (node) => `${node.code}|${(node.schoolTotals as { schools: number }).schools}`,
        first,
      ),
  },
  {
    id: 'teacher-home',
    title: 'Teacher home: MyEnrolments (21 enrolments), teacher',
    operationName: 'MyEnrolments',
    document: MyEnrolmentsDocument,
    viewer: 'teacher',
    page: { measured: 50 },
    variables: (_w, first) => ({ first }),
    check: (data, truth, first = 20) =>
      checkPage(
        connection(data, 'enrolments'),
        truth.myEnrolments,
        (node) => String((node.programme as Json).code),
        first,
      ),
  },
  {
    id: 'teacher-study',
    title:
      'Teacher study page: TeacherStudyPage (study list of 20, summary, 7 workshops, assignments, shares, group hours), teacher',
    operationName: 'TeacherStudyPage',
    document: TeacherStudyPageDocument,
    viewer: 'teacher',
    variables: (w) => ({ enrolmentId: gid('Enrolment', w.enrolmentId) }),
    check: (data, truth) => checkStudyPage(data, truth.study),
  },
  {
    id: 'tutor-console',
    title: 'Tutor console: ClassProgress, a class of 50 with facts, scores and at-risk list, tutor',
    operationName: 'ClassProgress',
    document: ClassProgressDocument,
    viewer: 'tutor',
    page: { measured: 50 },
    variables: (w, first) => ({
      classId: gid('Organisation', w.classId),
      programmeId: gid('Programme', w.programmeId),
      first,
    }),
    check: (data, truth, first = 20) => {
      const progress = data.classProgress as Json | null;
      if (!progress) return 'classProgress is null';
      const totals = progress.totals as Json;
      if (totals.enrolled !== truth.tutorConsole.length)
        return `enrolled ${totals.enrolled}, expected ${truth.tutorConsole.length}`;
      return checkNodes(
        connection(progress, 'teachers'),
        truth.tutorConsole,
        (node) => [node.teacherName, node.requiredMinutes, node.electiveMinutes].join('|'),
        first,
      );
    },
  },
  {
    id: 'district-console',
    title: 'District console: ProgrammeLearningProgress, 100 schools × 100 teachers with verdicts, district admin',
    operationName: 'ProgrammeLearningProgress',
    document: ProgrammeLearningProgressDocument,
    viewer: 'districtAdmin',
    page: { measured: 100 },
    variables: (w, first) => ({ programmeId: gid('Programme', w.programmeId), first }),
    check: (data, truth, first = 20) => {
      const page = connection(data, 'programmeLearningProgress');
      if (!page) return 'programmeLearningProgress is null';
      if (page.totalCount !== truth.districtConsole.length)
        return `totalCount ${page.totalCount}, expected ${truth.districtConsole.length}`;
      const want = Math.min(first, truth.districtConsole.length);
      if (page.nodes.length !== want) return `${page.nodes.length} nodes, expected ${want}`;
      let previous = -1;
      for (const node of page.nodes) {
        const totals = node.totals as Json;
        const line = `${(node.organisation as Json | null)?.id}|${totals.enrolled}`;
        if (!truth.districtConsole.includes(line)) return `unexpected school line ${line}`;
        if ((totals.passRate as number) < previous) return 'not sorted by pass rate';
        previous = totals.passRate as number;
      }
      return null;
    },
  },
  {
    id: 'class-feed',
    title: 'Class activity feed: ClassActivityFeed, posts of a class of 50 in every workshop, tutor',
    operationName: 'ClassActivityFeed',
    document: ClassActivityFeedDocument,
    viewer: 'tutor',
    page: { measured: 50 },
    variables: (w, first) => ({
      classId: gid('Organisation', w.classId),
      programmeId: gid('Programme', w.programmeId),
      first,
    }),
    check: (data, truth, first = 20) => {
      const klass = data.organisation as Json | null;
      if (!klass) return 'organisation is null';
      return checkNodes(
        connection(klass, 'classActivityFeed'),
        truth.classFeed,
        (node) => [node.id, node.authorName, node.isReply, node.counted].join('|'),
        first,
      );
    },
  },
  {
    id: 'teacher-evidence',
    title:
      'Teacher evidence page: EvidencePage (each selected point with its spec, evidence, versions and history), teacher',
    operationName: 'EvidencePage',
    document: EvidencePageDocument,
    viewer: 'teacher',
    variables: (w) => ({ enrolmentId: gid('Enrolment', w.enrolmentId) }),
    check: (data, truth) => {
      const entries = (node(data)?.evidence ?? null) as Array<{
        competency: { code: string };
        evidence: { status: string } | null;
      }> | null;
      if (!entries) return 'the enrolment is null';
      const lines = entries.map((e) => `${e.competency.code}|${e.evidence?.status ?? '-'}`).sort();
      const want = truth.evidence.teacherPage;
      return lines.join(',') === want.join(',') ? null : `entries ${lines.join(',')}, expected ${want.join(',')}`;
    },
  },
  {
    id: 'school-review-queue',
    title: 'School raters’ queue: EvidenceReviewQueuePage (stage SCHOOL), a school of 100 teachers, school admin',
    operationName: 'EvidenceReviewQueuePage',
    document: EvidenceReviewQueuePageDocument,
    viewer: 'schoolAdmin',
    page: { measured: 50 },
    variables: (w, first) => ({ stage: 'SCHOOL', programmeId: gid('Programme', w.programmeId), first }),
    check: (data, truth, first = 20) =>
      checkCount(connection(data, 'evidenceReviewQueue'), truth.evidence.schoolQueue, first),
  },
  {
    id: 'group-review-queue',
    title: 'Group leader’s queue: EvidenceReviewQueuePage (stage GROUP), a group of 20, group leader',
    operationName: 'EvidenceReviewQueuePage',
    document: EvidenceReviewQueuePageDocument,
    viewer: 'groupLeader',
    page: { measured: 50 },
    variables: (w, first) => ({ stage: 'GROUP', programmeId: gid('Programme', w.programmeId), first }),
    check: (data, truth, first = 20) =>
      checkCount(connection(data, 'evidenceReviewQueue'), truth.evidence.groupQueue, first),
  },
  {
    id: 'school-result-sheet',
    title:
      'School result sheet: EvidenceReviewResultSheet (teacher × selected point, totals), 100 teachers, school admin',
    operationName: 'EvidenceReviewResultSheet',
    document: EvidenceReviewResultSheetDocument,
    viewer: 'schoolAdmin',
    page: { measured: 100 },
    variables: (w, first) => ({
      programmeId: gid('Programme', w.programmeId),
      schoolId: gid('Organisation', w.schoolId),
      first,
    }),
    check: (data, truth, first = 20) => {
      const sheet = data.schoolAssessmentResults as Json | null;
      if (!sheet) return 'schoolAssessmentResults is null';
      const totals = sheet.totals as Json;
      if (totals.teachers !== truth.evidence.sheetTeachers)
        return `teachers ${totals.teachers}, expected ${truth.evidence.sheetTeachers}`;
      if (totals.pieces !== truth.evidence.sheetPieces)
        return `pieces ${totals.pieces}, expected ${truth.evidence.sheetPieces}`;
      const edges = sheet.edges as Json[];
      const want = Math.min(first, truth.evidence.sheetPieces);
      return edges.length === want ? null : `${edges.length} rows, expected ${want}`;
    },
  },
  {
    id: 'school-study-review',
    title:
      'School-based study review: ImprovementSchoolReview (plan, hours, summaries, verdict), 100 teachers, school admin',
    operationName: 'ImprovementSchoolReview',
    document: ImprovementSchoolReviewDocument,
    viewer: 'schoolAdmin',
    page: { measured: 100 },
    variables: (w, first) => ({
      programmeId: gid('Programme', w.programmeId),
      schoolId: gid('Organisation', w.schoolId),
      first,
    }),
    check: (data, truth, first = 20) =>
      checkCount(connection(data, 'schoolStudyReview'), truth.evidence.studyReviewTeachers, first),
  },
  {
    id: 'peer-review-page',
    title: 'Peer-review page: PeerReviewPage (allocated pieces with artefacts, progress), teacher',
    operationName: 'PeerReviewPage',
    document: PeerReviewPageDocument,
    viewer: 'teacher',
    variables: (w) => ({ enrolmentId: gid('Enrolment', w.enrolmentId), first: 20 }),
    check: (data, truth) =>
      checkCount((node(data)?.peerReviews ?? null) as ReturnType<typeof connection>, truth.evidence.peerReviews, 20),
  },
  {
    id: 'teacher-transcript',
    title: 'Teacher transcript: TeacherTranscript (programmes, hours with the rule explained, entries), teacher',
    operationName: 'TeacherTranscript',
    document: TeacherTranscriptDocument,
    viewer: 'teacher',
    variables: () => ({ first: 20 }),
    check: (data, truth) => {
      const transcript = data.creditTranscript as { countedHours: number } | null;
      if (!transcript) return 'no transcript';
      return Math.abs(transcript.countedHours - truth.credit.teacherCounted) < 0.005
        ? null
        : `counted ${transcript.countedHours}, expected ${truth.credit.teacherCounted}`;
    },
  },
  {
    id: 'school-hours',
    title:
      'School hours entry page: CreditEntrySchoolHours (every teacher’s hours and entry counts), 100 teachers, school admin',
    operationName: 'CreditEntrySchoolHours',
    document: CreditEntrySchoolHoursDocument,
    viewer: 'schoolAdmin',
    page: { measured: 100 },
    variables: (w, first) => ({
      programmeId: gid('Programme', w.programmeId),
      schoolId: gid('Organisation', w.schoolId),
      first,
    }),
    check: (data, truth, first = 20) =>
      checkCount(connection(data, 'schoolCreditHours'), truth.credit.schoolTeachers, first),
  },
  {
    id: 'district-confirmation',
    title:
      'District confirmation console: CreditEntryPending (entries awaiting the district, one school), district admin',
    operationName: 'CreditEntryPending',
    document: CreditEntryPendingDocument,
    viewer: 'districtAdmin',
    page: { measured: 100 },
    variables: (w, first) => ({
      programmeId: gid('Programme', w.programmeId),
      schoolId: gid('Organisation', w.schoolId),
      level: 'DISTRICT' as const,
      first,
    }),
    check: (data, truth, first = 20) =>
      checkCount(connection(data, 'pendingCreditEntries'), truth.credit.awaitingDistrict, first),
  },
  {
    id: 'sync-credit-page',
    title: 'Provincial sync: SyncFeedCreditChanges (confirmed records in commit order from the start), sync client',
    operationName: 'SyncFeedCreditChanges',
    document: SyncFeedCreditChangesDocument,
    viewer: 'syncClient',
    page: { measured: 1000 },
    variables: (_w, first) => ({ first, fromBeginning: true }),
    check: (data, truth, first = 100) =>
      checkFeedPage((data.creditRecordChanges as Json | undefined) ?? null, truth.credit.creditFeed, first),
  },
  {
    id: 'sync-roster-page',
    title: 'Provincial sync: SyncFeedRosterChanges (people, schools, enrolments in commit order), sync client',
    operationName: 'SyncFeedRosterChanges',
    document: SyncFeedRosterChangesDocument,
    viewer: 'syncClient',
    page: { measured: 1000 },
    variables: (_w, first) => ({ first, fromBeginning: true }),
    check: (data, truth, first = 100) =>
      checkFeedPage((data.rosterChanges as Json | undefined) ?? null, truth.credit.rosterFeed, first),
  },
  {
    id: 'oneroster-users',
    title: 'OneRoster 1.2 GET /users (the district’s people, sorted by sourcedId), district admin',
    operationName: 'OneRosterUsers',
    viewer: 'districtAdmin',
    page: { measured: 100 },
    route: (_w, first = 100) => `/ims/oneroster/rostering/v1p2/users?limit=${first}&sort=sourcedId`,
    check: (data, _truth, first = 100) => checkSortedList(data.users, first),
  },
  {
    id: 'oneroster-enrollments',
    title: 'OneRoster 1.2 GET /enrollments (class placements and tutors), district admin',
    operationName: 'OneRosterEnrollments',
    viewer: 'districtAdmin',
    page: { measured: 100 },
    route: (_w, first = 100) => `/ims/oneroster/rostering/v1p2/enrollments?limit=${first}&sort=sourcedId`,
    check: (data, _truth, first = 100) => checkSortedList(data.enrollments, first),
  },
  {
    id: 'case-package',
    title: 'CASE 1.1 GET /CFPackages/{id} (the national catalogue: document, items, associations, rubrics), anyone',
    operationName: 'CasePackage',
    viewer: 'teacher',
    route: (w) => `/ims/case/v1p1/CFPackages/${w.catalogueId}`,
    check: (data) => {
      const items = data.CFItems as Json[] | undefined;
      const competencies = items?.filter((item) => /^[A-Z]\d+$/.test(String(item.humanCodingScheme ?? ''))).length;
      return competencies === 30 ? null : `${competencies} competency items, expected 30`;
    },
  },
  {
    id: 'school-completion',
    title: 'School completion page: CompletionSchoolPage (qualified rate, at-risk teachers with reasons), school admin',
    operationName: 'CompletionSchoolPage',
    document: CompletionSchoolPageDocument,
    viewer: 'schoolAdmin',
    page: { measured: 100 },
    variables: (w, first) => ({
      programmeId: gid('Programme', w.programmeId),
      schoolId: gid('Organisation', w.schoolId),
      first,
    }),
    check: (data, truth) => {
      const page = data.schoolCompletion as { qualifiedCount: number; enrolledCount: number } | null;
      if (!page) return 'no completion page';
      if (page.enrolledCount !== truth.credit.schoolTeachers)
        return `enrolled ${page.enrolledCount}, expected ${truth.credit.schoolTeachers}`;
      return page.qualifiedCount === truth.credit.schoolQualified
        ? null
        : `qualified ${page.qualifiedCount}, expected ${truth.credit.schoolQualified}`;
    },
  },
  {
    id: 'rules-preview-school',
    title: 'Rule what-if: RulesPreviewChange (pass mark 60 → 65), one school of 100 teachers, district admin',
    operationName: 'RulesPreviewChange',
    document: RulesPreviewChangeDocument,
    viewer: 'districtAdmin',
    page: { measured: 50 },
    variables: (w, first) => ({
      programmeId: gid('Programme', w.programmeId),
      schoolId: gid('Organisation', w.schoolId),
      proposal: BENCH_PROPOSAL,
      changedFirst: first,
    }),
    check: (data, truth, first = 20) => checkPreview(data, truth.rulesPreview.school, first, 1),
  },
  {
    id: 'rules-preview-district',
    title:
      'Rule what-if: RulesPreviewChange (pass mark 60 → 65), the district, 100 schools × 100 teachers, district admin',
    operationName: 'RulesPreviewChange',
    document: RulesPreviewChangeDocument,
    viewer: 'districtAdmin',
    page: { measured: 50 },
    variables: (w, first) => ({
      programmeId: gid('Programme', w.programmeId),
      proposal: BENCH_PROPOSAL,
      changedFirst: first,
    }),
    check: (data, truth, first = 20) => checkPreview(data, truth.rulesPreview.district, first, 100),
  },
  {
    id: 'survey-results-district',
    title:
      'Survey results: SurveyResultsPage, a named district survey (5 questions, ~6,000 of 10,000 teachers answered), district admin',
    operationName: 'SurveyResultsPage',
    document: SurveyResultsPageDocument,
    viewer: 'districtAdmin',
    variables: (w) => ({ surveyId: gid('Survey', w.districtSurveyId) }),
    check: (data, truth) => checkSurveyGroup(data.surveyResults as Json | null, truth.survey.district, true),
  },
  {
    id: 'survey-results-groups',
    title: 'Survey results per school: SurveyResultsGroups (level SCHOOL, 100 schools), district admin',
    operationName: 'SurveyResultsGroups',
    document: SurveyResultsGroupsDocument,
    viewer: 'districtAdmin',
    page: { measured: 50 },
    variables: (w, first) => ({ surveyId: gid('Survey', w.districtSurveyId), level: 'SCHOOL', first }),
    check: (data, truth, first = 20) => checkSurveyGroups(data, truth.survey, first),
  },
  {
    id: 'library-search',
    title: `Resource library: LibrarySearch "${LIBRARY_QUERY}" (2,000 resources, the school's and district's libraries), teacher`,
    operationName: 'LibrarySearch',
    document: LibrarySearchDocument,
    viewer: 'teacher',
    page: { measured: 50 },
    variables: (_w, first) => ({ query: LIBRARY_QUERY, first }),
    check: (data, truth, first = 20) => checkLibrarySearch(data, truth.survey.libraryMatches, first),
  },
  {
    id: 'teacher-surveys',
    title: "A teacher's surveys: SurveysMine (the district's survey and the school's 11), teacher",
    operationName: 'SurveysMine',
    document: SurveysMineDocument,
    viewer: 'teacher',
    page: { measured: 10 },
    variables: (_w, first) => ({ first }),
    check: (data, truth, first = 20) =>
      checkPage(
        connection(data, 'mySurveys'),
        truth.survey.mine,
        (n) => `${n.id}|${n.answered}|${n.questionCount}`,
        first,
      ),
  },
];

interface StudyPageNode {
  __typename: string;
  coursesOpen: boolean;
  studySummary: {
    open: boolean;
    requiredSeconds: number;
    electiveSeconds: number;
    requiredMinutes: number;
    listCourses: number;
    listRequiredSeconds: number;
    listElectiveSeconds: number;
    byModule: Array<{ creditedSeconds: number }>;
  } | null;
  studyCourses: {
    open: boolean;
    totalCount: number;
    pageInfo: Json;
    nodes: Array<{
      source: string;
      creditedMinutes: number;
      requiredMinutes: number;
      completed: boolean;
      course: { code: string };
    }>;
  } | null;
  workshopParticipationCount: number;
  workshops: {
    nodes: Array<{ id: string; kind: string; myParticipationCount: number; activities: { totalCount: number } }>;
  };
  assignments: {
    totalCount: number;
    nodes: Array<{ assignment: { code: string }; submission: { status: string } | null }>;
  };
  countedShares: number;
  shares: { totalCount: number; nodes: Array<{ id: string; status: string; counted: boolean }> };
  groupHours: { recordedHours: number; countedHours: number; capHours: number; activities: number } | null;
}

/** The study page against the database: every part of it. */
function checkStudyPage(data: Json, t: StudyTruth): string | null {
  const e = data.node as StudyPageNode | null;
  if (e?.__typename !== 'Enrolment') return `node is ${e ? e.__typename : 'null'}`;
  if (!e.coursesOpen) return 'coursesOpen is false';
  const s = e.studySummary;
  if (!s) return 'studySummary is null';
  const summary: Array<[string, number, number]> = [
    ['requiredSeconds', s.requiredSeconds, t.requiredSeconds],
    ['electiveSeconds', s.electiveSeconds, t.electiveSeconds],
    ['requiredMinutes', s.requiredMinutes, Math.floor(t.requiredSeconds / 60)],
    ['listCourses', s.listCourses, t.courses.length],
    ['listRequiredSeconds', s.listRequiredSeconds, t.listRequiredSeconds],
    ['listElectiveSeconds', s.listElectiveSeconds, t.listElectiveSeconds],
    [
      'byModule (sum)',
      s.byModule.reduce((sum, m) => sum + m.creditedSeconds, 0),
      t.requiredSeconds + t.electiveSeconds,
    ],
  ];
  for (const [name, got, want] of summary) if (got !== want) return `studySummary.${name} ${got}, expected ${want}`;
  const list = e.studyCourses;
  if (!list?.open) return 'studyCourses is null or closed';
  const courses = checkPage(
    list as unknown as ReturnType<typeof connection>,
    t.courses,
    (node) => {
      const n = node as unknown as NonNullable<StudyPageNode['studyCourses']>['nodes'][number];
      return [n.course.code, n.source, n.creditedMinutes, n.requiredMinutes, n.completed].join('|');
    },
    20,
  );
  if (courses) return `studyCourses: ${courses}`;
  if (e.workshopParticipationCount !== t.participations)
    return `workshopParticipationCount ${e.workshopParticipationCount}, expected ${t.participations}`;
  const workshops = e.workshops.nodes.map((w) =>
    [w.id, w.kind, w.myParticipationCount, w.activities.totalCount].join('|'),
  );
  if (workshops.join('\n') !== t.workshops.slice(0, 10).join('\n'))
    return `workshops ${JSON.stringify(workshops)}, expected ${JSON.stringify(t.workshops.slice(0, 10))}`;
  const assignments = e.assignments.nodes.map((a) => `${a.assignment.code}|${a.submission?.status ?? '-'}`);
  if (e.assignments.totalCount !== t.assignments.length || assignments.join(',') !== t.assignments.join(','))
    return `assignments ${assignments.join(',')}, expected ${t.assignments.join(',')}`;
  if (e.countedShares !== t.countedShares) return `countedShares ${e.countedShares}, expected ${t.countedShares}`;
  if (e.shares.totalCount !== t.shares.length) return `shares.totalCount ${e.shares.totalCount}`;
  const shares = e.shares.nodes.map((n) => `${n.id}|${n.status}|${n.counted}`);
  const wantShares = t.shares.slice(0, 5).map((line) => {
    const [id, status] = line.split('|');
    return `${gid('Share', id!)}|${status}|${status === 'ACTIVE'}`;
  });
  if (shares.join(',') !== wantShares.join(',')) return `shares ${shares.join(',')}, expected ${wantShares.join(',')}`;
  const g = e.groupHours;
  if (!g) return 'groupHours is null';
  if (g.recordedHours !== t.groupHours || g.activities !== t.groupActivities)
    return `groupHours ${g.recordedHours} h in ${g.activities}, expected ${t.groupHours} h in ${t.groupActivities}`;
  if (g.countedHours !== Math.min(t.groupHours, g.capHours)) return `groupHours.countedHours ${g.countedHours}`;
  return null;
}

/** Page sizes at which SQL statements are counted for list scenarios. */
export const COUNTED_PAGE_SIZES = [1, 10, 50];

/** The HTTP request a portal sends for a scenario (the SDK client's body and headers). */
export function requestFor(
  scenario: Scenario,
  world: BenchWorld,
  token: string,
  first: number | undefined,
): HttpRequest {
  if (scenario.route) {
    return {
      method: 'GET',
      path: scenario.route(world, first),
      headers: { accept: 'application/json', authorization: `Bearer ${token}` },
    };
  }
  const variables = scenario.variables(world, first);
  if (variables.first === undefined) delete variables.first;
  return {
    method: 'POST' as const,
    path: '/graphql',
    headers: {
      accept: 'application/graphql-response+json, application/json',
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query: print(scenario.document), operationName: scenario.operationName, variables }),
  };
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A GraphQL response body's `data`, or what is wrong with the body (not JSON, `errors`, no data). */
function dataOf(body: string): { data: Json } | { problem: string } {
  let parsed: { data?: Json | null; errors?: unknown };
  try {
    parsed = JSON.parse(body);
  } catch {
    return { problem: `not JSON: ${body.slice(0, 200)}` };
  }
  if (parsed.errors) return { problem: `errors: ${JSON.stringify(parsed.errors).slice(0, 300)}` };
  return parsed.data ? { data: parsed.data } : { problem: 'no data' };
}

/** Checks a GraphQL response body: JSON, no `errors`, `data` as the scenario expects. Null when right. */
export function checkBody(scenario: Scenario, truth: Truth, first: number | undefined, body: string): string | null {
  if (scenario.route) {
    try {
      return scenario.check(JSON.parse(body) as Json, truth, first);
    } catch {
      return `not JSON: ${body.slice(0, 200)}`;
    }
  }
  const result = dataOf(body);
  return 'problem' in result ? result.problem : scenario.check(result.data, truth, first);
}

// ---------------------------------------------------------------------------------------------------------------
// The peer's query for the class dashboard: the same content in PostGraphile's shape.

export const PEER_QUERY = `query ClassRosterPeer($classId: String!, $programmeId: String!, $first: Int) {
  allEnrolments(
    condition: { classId: $classId, programmeId: $programmeId }
    orderBy: [TEACHER_NAME_ASC, PRIMARY_KEY_ASC]
    first: $first
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      rowId
      enrolledAt
      selectionDueAt
      selectionDueExtended
      userByTeacherId { id rowId login displayName }
      batchByBatchId { id rowId name startsOn endsOn }
      organisationByClassId { id rowId kind code name }
      selectionsByEnrolmentId(first: 1) {
        nodes {
          id
          rowId
          status
          onBehalf
          totalCredits
          submittedAt
          decidedAt
          userBySubmittedById { displayName }
          selectionItemsBySelectionId(orderBy: POSITION_ASC) {
            totalCount
            nodes {
              position
              competencyByCompetencyId {
                id
                rowId
                code
                nameZh
                nameEn
                credits
                dimensionByDimensionId { code nameZh nameEn position }
                environmentByEnvironmentId { code nameZh nameEn position }
              }
            }
          }
          history { nodes { rowId action fromState toState comment createdAt userByActorId { displayName } } }
        }
      }
    }
  }
}`;

export function peerRequest(world: BenchWorld, token: string, first: number) {
  return {
    method: 'POST' as const,
    path: '/graphql',
    headers: {
      accept: 'application/graphql-response+json, application/json',
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({
      query: PEER_QUERY,
      operationName: 'ClassRosterPeer',
      variables: { classId: world.classId, programmeId: world.programmeId, first },
    }),
  };
}

interface PeerNode {
  userByTeacherId: { login: string } | null;
  selectionsByEnrolmentId: {
    nodes: Array<{
      status: string;
      totalCredits: number;
      selectionItemsBySelectionId: { nodes: Array<{ competencyByCompetencyId: { code: string } }> };
      history: { nodes: Array<{ action: string }> };
    }>;
  };
}

/** The peer's roster line: the same content as rosterLine (teachers, selections, points, history). */
export function peerLine(node: Json): string {
  const n = node as unknown as PeerNode;
  const s = n.selectionsByEnrolmentId.nodes[0];
  return [
    n.userByTeacherId?.login ?? 'no teacher',
    s?.status ?? '-',
    s?.totalCredits ?? '-',
    s ? s.selectionItemsBySelectionId.nodes.map((i) => i.competencyByCompetencyId.code).join(',') : '-',
    s ? s.history.nodes.map((h) => h.action).join(',') : '-',
  ].join('|');
}

export function checkPeerBody(truth: Truth, first: number, body: string): string | null {
  const result = dataOf(body);
  if ('problem' in result) return result.problem;
  return checkPage(connection(result.data, 'allEnrolments'), truth.roster, peerLine, first);
}
