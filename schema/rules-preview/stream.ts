/**
 * The preview's one pass over the programme's enrolments: keyset-paged chunks in enrolment-id order (the district's,
 * or one school's), each chunk read with its score facts in one statement and its other facts set-based (the ledger's
 * sums, the peer-review progress where it gates hours, the evidence outcomes where qualification reads them), each
 * aggregated with GROUP BY over the chunk; each teacher judged under both rule sets by the pure engine (scoreOf,
 * hoursVerdict, qualify) and folded into the accumulator (rules.ts). Memory holds one chunk, the schools' and classes'
 * tallies and one page of changed teachers. Statements: the schools and the classes with their nominations, plus per
 * chunk one (the enrolments with their score facts) and one to three more (hours, peer reviews, evidence: those the
 * rules read); a stream whose last chunk is full reads one more, empty, chunk.
 */
import type { PrismaClient, Transaction } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { loadEvidenceFacts } from '../completion/index.js';
import type { CreditSums } from '../credit-hours/index.js';
import { peerReviewsDone } from '../peer-review/index.js';
import type { ProgrammeRules } from '../programmes/index.js';
import type { ScoreFacts } from '../scoring/index.js';
import {
  accumulate,
  type ChangedPage,
  type ClassPlaces,
  changedPage,
  classPlacesOf,
  createAccumulator,
  createJudge,
  type RulesSide,
  type SchoolCompletionPreview,
  schoolCompletionOf,
  sumTallies,
  type Tally,
  type TeacherFacts,
} from './rules.js';

type Db = PrismaClient | Transaction;

/** Enrolments read per chunk: the most a preview holds in memory at once. */
export const PREVIEW_CHUNK_SIZE = 1000;

export interface PreviewRequest {
  programmeId: string;
  /** One school's preview, or the whole programme's (null). */
  schoolId: string | null;
  now: RulesSide;
  proposed: RulesSide;
  first: number;
  after: string | null;
  chunkSize?: number;
}

export interface ClassPreview extends ClassPlaces {
  classId: string;
  name: string;
}

export interface SchoolPreview extends Tally {
  schoolId: string;
  name: string;
  code: string;
  fullTimeTeachers: number | null;
  completion: SchoolCompletionPreview;
  excellentPlacesNow: number;
  excellentPlacesProposed: number;
  classes: ClassPreview[];
}

export interface DistrictTally extends Tally {
  schools: number;
  eligibleNow: number;
  eligibleProposed: number;
  crossingUp: number;
  crossingDown: number;
  excellentPlacesNow: number;
  excellentPlacesProposed: number;
}

export interface PreviewResult {
  totals: DistrictTally;
  schools: SchoolPreview[];
  changed: ChangedPage & { totalCount: number };
}

interface SchoolRow {
  id: string;
  name: string;
  code: string;
  fullTimeTeachers: number | null;
}

interface ChunkRow {
  enrolmentId: string;
  teacherId: string;
  teacherName: string;
  login: string;
  schoolId: string;
  classId: string | null;
  requiredSeconds: number;
  electiveSeconds: number;
  participations: number;
  shares: number;
  activities: number;
  hours: number;
  marks: Record<string, number | null> | null;
}

/**
 * The chunk's enrolments after `cursor` (keyset, in enrolment-id order) with their teachers and the score's counted
 * facts, as the scoring module counts them (scoring/facts.ts: the maintained viewing roll-up, workshop participations,
 * ACTIVE shares, completed group activities and their hours to one decimal, MARKED submissions' marks by assignment
 * code), each aggregated with one GROUP BY over the chunk rather than a subquery per enrolment. One statement; the
 * district's and a school's texts differ so that each gets its own plan (the district's walks the primary key).
 */
export function loadChunk(
  db: Db,
  programmeId: string,
  schoolId: string | null,
  cursor: string | null,
  size: number,
): Promise<ChunkRow[]> {
  const after = cursor ?? '';
  const chunk = schoolId
    ? Prisma.sql`SELECT e.id, e."teacherId", e."schoolId", e."classId", e."studyRequiredSeconds", e."studyElectiveSeconds"
                   FROM "Enrolment" e
                  WHERE e."programmeId" = ${programmeId} AND e."schoolId" = ${schoolId} AND e.id > ${after}
                  ORDER BY e.id LIMIT ${size}`
    : Prisma.sql`SELECT e.id, e."teacherId", e."schoolId", e."classId", e."studyRequiredSeconds", e."studyElectiveSeconds"
                   FROM "Enrolment" e
                  WHERE e."programmeId" = ${programmeId} AND e.id > ${after}
                  ORDER BY e.id LIMIT ${size}`;
  return db.$queryRaw<ChunkRow[]>`
    WITH c AS MATERIALIZED (${chunk})
    SELECT c.id AS "enrolmentId", c."teacherId", u."displayName" AS "teacherName", u.login, c."schoolId", c."classId",
           c."studyRequiredSeconds"::int AS "requiredSeconds", c."studyElectiveSeconds"::int AS "electiveSeconds",
           coalesce(ap.n, 0)::int AS participations, coalesce(sh.n, 0)::int AS shares,
           coalesce(g.n, 0)::int AS activities, coalesce(g.h, 0)::float8 AS hours, mk.marks
      FROM c
      JOIN "User" u ON u.id = c."teacherId"
      LEFT JOIN (SELECT a."enrolmentId" AS id, count(*) AS n FROM "ActivityParticipation" a
                  WHERE a."enrolmentId" IN (SELECT id FROM c) GROUP BY 1) ap ON ap.id = c.id
      LEFT JOIN (SELECT s."enrolmentId" AS id, count(*) AS n FROM "Share" s
                  WHERE s.status = 'ACTIVE' AND s."enrolmentId" IN (SELECT id FROM c) GROUP BY 1) sh ON sh.id = c.id
      LEFT JOIN (SELECT p."enrolmentId" AS id, count(*) AS n, round(sum(p.hours)::numeric, 1) AS h
                   FROM "GroupActivityParticipant" p
                  WHERE p."completedAt" IS NOT NULL AND p."enrolmentId" IN (SELECT id FROM c) GROUP BY 1) g ON g.id = c.id
      LEFT JOIN (SELECT sub."enrolmentId" AS id, jsonb_object_agg(asg.code, sub.mark) AS marks
                   FROM "AssignmentSubmission" sub JOIN "Assignment" asg ON asg.id = sub."assignmentId"
                  WHERE sub.status = 'MARKED' AND sub.mark IS NOT NULL AND sub."enrolmentId" IN (SELECT id FROM c)
                  GROUP BY 1) mk ON mk.id = c.id
     ORDER BY c.id`;
}

/**
 * The ledger's hours of the chunk by enrolment, category and state (an entry's state is its highest confirmation),
 * summed: what hoursFactsOf folds under a `countFrom`, as credit-hours' loadCreditSums reads it entry by entry. One
 * statement, aggregated with GROUP BY.
 */
export function loadHourSums(db: Db, enrolmentIds: readonly string[]): Promise<CreditSums[]> {
  return db.$queryRaw<CreditSums[]>`
    SELECT e."enrolmentId", e.category::text AS category,
           CASE WHEN k.district THEN 'DISTRICT_CONFIRMED' WHEN k.school THEN 'SCHOOL_CONFIRMED' ELSE 'PENDING' END AS state,
           sum(e.hours)::float8 AS hours
      FROM "CreditEntry" e
      LEFT JOIN (SELECT c."entryId", bool_or(c.level = 'DISTRICT') AS district, bool_or(c.level = 'SCHOOL') AS school
                   FROM "CreditConfirmation" c JOIN "CreditEntry" x ON x.id = c."entryId"
                  WHERE x."enrolmentId" = ANY(${[...enrolmentIds]}::text[])
                  GROUP BY c."entryId") k ON k."entryId" = e.id
     WHERE e."enrolmentId" = ANY(${[...enrolmentIds]}::text[])
     GROUP BY 1, 2, 3`;
}

const peerGated = (rules: ProgrammeRules) => rules.evidence.peerReview?.requiredForOfflineHours === true;

const NO_EVIDENCE = { selectionSubmitted: false, selected: 0, passed: 0 };

/** The score's facts of a chunk row, as scoring/facts.ts turns its row into ScoreFacts. */
export function scoreFactsOf(
  row: Omit<ChunkRow, 'enrolmentId' | 'teacherId' | 'teacherName' | 'login' | 'schoolId' | 'classId'>,
): ScoreFacts {
  return {
    creditedMinutes: Math.floor((row.requiredSeconds + row.electiveSeconds) / 60),
    requiredCourseMinutes: Math.floor(row.requiredSeconds / 60),
    workshopParticipations: row.participations,
    countedShares: row.shares,
    completedGroupActivities: row.activities,
    groupHours: row.hours,
    marks: row.marks ?? {},
  };
}

/** Streams the programme's (or the school's) enrolments once and aggregates the preview. */
export async function previewOf(db: Db, request: PreviewRequest): Promise<PreviewResult> {
  const { programmeId, schoolId, now, proposed } = request;
  const chunkSize = request.chunkSize ?? PREVIEW_CHUNK_SIZE;
  // What the verdicts read. The proposal changes neither the requirements nor the evidence rules, so both sides need
  // the same facts.
  const completion = now.rules.completion;
  const needScores = now.rules.scoring !== undefined;
  const needHours = completion.requireHours && (now.rules.hours !== undefined || proposed.rules.hours !== undefined);
  const needPeer = needHours && peerGated(now.rules);
  const needEvidence = completion.requireEvidence || completion.requireSchoolStudy;

  const schools = await db.$queryRaw<SchoolRow[]>`
    SELECT o.id, o.name, o.code, o."fullTimeTeachers"
      FROM "Organisation" o
     WHERE o.kind = 'SCHOOL'
       AND o.id IN (SELECT bs."schoolId" FROM "BatchSchool" bs JOIN "Batch" b ON b.id = bs."batchId"
                     WHERE b."programmeId" = ${programmeId})
       AND (${schoolId}::text IS NULL OR o.id = ${schoolId}::text)
     ORDER BY o.name, o.id`;
  const schoolIds = schools.map((school) => school.id);
  const acc = createAccumulator({ first: request.first, after: request.after });

  const inProgramme = new Set(schoolIds);
  const judge = createJudge(now, proposed);
  let cursor: string | null = null;
  while (schoolIds.length) {
    const chunk = await loadChunk(db, programmeId, schoolId, cursor, chunkSize);
    const last = chunk.at(-1);
    if (!last) break;
    // Teachers of a school no longer in any of the programme's batches are not the programme's to count.
    const rows = chunk.filter((row) => inProgramme.has(row.schoolId));
    const ids = rows.map((row) => row.enrolmentId);
    const [sums, done, evidence] = await Promise.all([
      needHours && ids.length ? loadHourSums(db, ids) : Promise.resolve([] as CreditSums[]),
      needPeer && ids.length ? peerReviewsDone(db, ids) : Promise.resolve(null),
      needEvidence && ids.length ? loadEvidenceFacts(db, ids) : Promise.resolve(null),
    ]);
    const sumsOf = new Map<string, CreditSums[]>();
    for (const sum of sums) {
      const list = sumsOf.get(sum.enrolmentId);
      if (list) list.push(sum);
      else sumsOf.set(sum.enrolmentId, [sum]);
    }
    for (const row of rows) {
      const proof = evidence?.get(row.enrolmentId);
      const facts: TeacherFacts = {
        enrolmentId: row.enrolmentId,
        teacherId: row.teacherId,
        teacherName: row.teacherName,
        login: row.login,
        schoolId: row.schoolId,
        classId: row.classId,
        score: needScores ? scoreFactsOf(row) : null,
        creditSums: sumsOf.get(row.enrolmentId) ?? [],
        peerReviewsDone: done ? (done.get(row.enrolmentId) ?? false) : null,
        evidence: proof
          ? { selectionSubmitted: proof.selectionSubmitted, selected: proof.selected, passed: proof.passed }
          : NO_EVIDENCE,
        schoolStudy: proof?.schoolStudy ?? null,
      };
      accumulate(acc, judge(facts));
    }
    if (chunk.length < chunkSize) break;
    cursor = last.enrolmentId;
  }

  // The classes the enrolled teachers are in, with the places their nominations take.
  const classIds = [...acc.byClass.keys()];
  const classRows = classIds.length
    ? await db.$queryRaw<Array<{ id: string; name: string; taken: number }>>`
        SELECT c.id, c.name, count(n.id)::int AS taken
          FROM "Organisation" c
          LEFT JOIN "ExcellentNomination" n
            ON n."classId" = c.id AND n."programmeId" = ${programmeId} AND n.status IN ('NOMINATED', 'CONFIRMED')
         WHERE c.id = ANY(${classIds}::text[])
         GROUP BY c.id
         ORDER BY c.name, c.id`
    : [];
  const rateNow = now.rules.scoring?.excellentQuotaRate ?? null;
  const rateProposed = proposed.rules.scoring?.excellentQuotaRate ?? null;
  const classesOf = new Map<string, ClassPreview[]>();
  for (const row of classRows) {
    const klass = acc.byClass.get(row.id);
    if (!klass) continue;
    const list = classesOf.get(klass.schoolId) ?? [];
    list.push({ classId: row.id, name: row.name, ...classPlacesOf(klass.enrolled, rateNow, rateProposed, row.taken) });
    classesOf.set(klass.schoolId, list);
  }

  const previews: SchoolPreview[] = schools.map((school) => {
    const tally = acc.bySchool.get(school.id) ?? sumTallies([]);
    const classes = classesOf.get(school.id) ?? [];
    return {
      ...tally,
      schoolId: school.id,
      name: school.name,
      code: school.code,
      fullTimeTeachers: school.fullTimeTeachers,
      completion: schoolCompletionOf(tally, school.fullTimeTeachers, completion, proposed.rules.completion),
      excellentPlacesNow: classes.reduce((sum, c) => sum + c.placesNow, 0),
      excellentPlacesProposed: classes.reduce((sum, c) => sum + c.placesProposed, 0),
      classes,
    };
  });
  const sum = sumTallies(previews);
  const totals: DistrictTally = {
    ...sum,
    schools: previews.length,
    eligibleNow: previews.filter((s) => s.completion.now.eligible).length,
    eligibleProposed: previews.filter((s) => s.completion.proposed.eligible).length,
    crossingUp: previews.filter((s) => s.completion.crossing === 'UP').length,
    crossingDown: previews.filter((s) => s.completion.crossing === 'DOWN').length,
    excellentPlacesNow: previews.reduce((total, s) => total + s.excellentPlacesNow, 0),
    excellentPlacesProposed: previews.reduce((total, s) => total + s.excellentPlacesProposed, 0),
  };
  return { totals, schools: previews, changed: { ...changedPage(acc), totalCount: sum.changed } };
}
