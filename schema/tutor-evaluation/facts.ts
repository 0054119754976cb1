/**
 * The facts and entries behind tutor evaluations, for any number of (class, tutor) pairs of one programme in a fixed
 * number of statements: one for the programme and its phase, one SQL statement for the counts, two for the class's
 * scores (only when an indicator is PASS_RATE and the programme scores), two for the stored evaluations and entries.
 */
import type { PrismaClient, Transaction } from '../../api/db/client.js';
import { parseProgrammeRules, type TutorEvaluationRules } from '../programmes/index.js';
import { loadScores } from '../scoring/index.js';
import {
  DEFAULT_MARKING_DAYS,
  evaluateTutor,
  type TutorEntry,
  type TutorEvaluationResult,
  type TutorFacts,
  weeksBetween,
} from './engine.js';

type Db = PrismaClient | Transaction;

/** One tutor of one class in a programme. */
export interface TutorPair {
  classId: string;
  tutorId: string;
}

/** A tutor's evaluation as the API shows it. */
export interface TutorEvaluationView extends TutorEvaluationResult {
  programmeId: string;
  classId: string;
  tutorId: string;
  /** Recognised by the district as an excellent tutor. */
  excellent: boolean;
  recognisedAt: Date | null;
  facts: TutorFacts;
}

interface CountsRow {
  classId: string;
  tutorId: string;
  enrolled: number;
  registered: number;
  statisticsPosted: number;
  briefings: number;
  activitiesHeld: number;
  submissionsDue: number;
  markedOnTime: number;
}

export const pairKey = (pair: TutorPair) => `${pair.classId}:${pair.tutorId}`;

/** The programme's tutor-evaluation rules (null when it has none or is unknown) and its study weeks. */
export async function loadProgrammeSetting(db: Db, programmeId: string) {
  const programme = await db.programme.findUnique({
    where: { id: programmeId },
    select: { rules: true, phases: { where: { kind: 'IMPLEMENTATION' }, select: { startsOn: true, endsOn: true } } },
  });
  if (!programme) return null;
  const rules = parseProgrammeRules(programme.rules);
  const phase = programme.phases[0];
  return {
    tutorEvaluation: rules.tutorEvaluation ?? null,
    scores: rules.scoring !== undefined,
    studyWeeks: phase ? weeksBetween(phase.startsOn, phase.endsOn) : null,
  };
}

/** The counts of each pair's class in one statement. */
async function loadCounts(db: Db, programmeId: string, pairs: readonly TutorPair[], withinDays: number, now: Date) {
  const dueBefore = new Date(now.getTime() - withinDays * 86_400_000);
  const rows = await db.$queryRaw<CountsRow[]>`
    WITH pairs AS (
      SELECT * FROM unnest(${pairs.map((p) => p.classId)}::text[], ${pairs.map((p) => p.tutorId)}::text[])
        AS p("classId", "tutorId")
    )
    SELECT p."classId", p."tutorId", e.enrolled, e.registered,
           (SELECT count(*) FROM "ClassProgressSnapshot" c
             WHERE c."classId" = p."classId" AND c."programmeId" = ${programmeId} AND c."postedById" = p."tutorId")::int
             AS "statisticsPosted",
           (SELECT count(*) FROM "ClassNotice" n
             WHERE n."classId" = p."classId" AND n."programmeId" = ${programmeId} AND n.kind = 'BRIEFING'
               AND n."authorId" = p."tutorId")::int AS briefings,
           (SELECT count(*) FROM "WorkshopActivity" a JOIN "Workshop" w ON w.id = a."workshopId"
             WHERE w."programmeId" = ${programmeId} AND w."classId" = p."classId" AND a."hostId" = p."tutorId")::int
             AS "activitiesHeld",
           m.due AS "submissionsDue", m."onTime" AS "markedOnTime"
      FROM pairs p
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS enrolled, count(u."lastSeenAt")::int AS registered
          FROM "Enrolment" en JOIN "User" u ON u.id = en."teacherId"
         WHERE en."classId" = p."classId" AND en."programmeId" = ${programmeId}
      ) e
      CROSS JOIN LATERAL (
        SELECT count(*) FILTER (
                 WHERE s.status = 'MARKED' OR s."submittedAt" <= (${dueBefore.toISOString()}::timestamptz AT TIME ZONE 'UTC')
               )::int AS due,
               count(*) FILTER (
                 WHERE s.status = 'MARKED'
                   AND s."markedAt" <= s."submittedAt" + make_interval(days => ${withinDays}::int)
               )::int AS "onTime"
          FROM "AssignmentSubmission" s JOIN "Enrolment" en ON en.id = s."enrolmentId"
         WHERE en."classId" = p."classId" AND en."programmeId" = ${programmeId}
      ) m`;
  return new Map(rows.map((row) => [pairKey(row), row]));
}

/** PASSED enrolments per class (two statements), for the classes of `pairs`. */
async function loadPassed(db: Db, programmeId: string, classIds: readonly string[], now: Date) {
  const enrolments = await db.enrolment.findMany({
    where: { programmeId, classId: { in: [...classIds] } },
    select: { id: true, classId: true },
  });
  const scores = await loadScores(
    db,
    enrolments.map((e) => e.id),
    now,
  );
  const passed = new Map<string, number>(classIds.map((id) => [id, 0]));
  for (const e of enrolments)
    if (e.classId && scores.get(e.id)?.verdict === 'PASSED') passed.set(e.classId, (passed.get(e.classId) ?? 0) + 1);
  return passed;
}

/**
 * The evaluations of `pairs` in a programme with tutor-evaluation rules, in the order of `pairs`. A fixed number of
 * statements whatever the number of pairs.
 */
export async function loadEvaluations(
  db: Db,
  programmeId: string,
  setting: { tutorEvaluation: TutorEvaluationRules; scores: boolean; studyWeeks: number | null },
  pairs: readonly TutorPair[],
  now: Date = new Date(),
): Promise<TutorEvaluationView[]> {
  if (pairs.length === 0) return [];
  const rules = setting.tutorEvaluation;
  const marking = rules.indicators.find((i) => i.source === 'MARKING_ON_TIME');
  const withinDays = marking?.withinDays ?? DEFAULT_MARKING_DAYS;
  const counts = await loadCounts(db, programmeId, pairs, withinDays, now);
  const classIds = [...new Set(pairs.map((p) => p.classId))];
  const passRate = setting.scores && rules.indicators.some((i) => i.source === 'PASS_RATE');
  const passed = passRate ? await loadPassed(db, programmeId, classIds, now) : null;
  const stored = await db.tutorEvaluation.findMany({
    where: { programmeId, OR: pairs.map((p) => ({ classId: p.classId, tutorId: p.tutorId })) },
    select: {
      classId: true,
      tutorId: true,
      excellent: true,
      recognisedAt: true,
      entries: { select: { key: true, score: true, comment: true } },
    },
  });
  const storedByPair = new Map(stored.map((row) => [pairKey(row), row]));
  return pairs.map((pair) => {
    const row = counts.get(pairKey(pair));
    const saved = storedByPair.get(pairKey(pair));
    const facts: TutorFacts = {
      enrolled: row?.enrolled ?? 0,
      registered: row?.registered ?? 0,
      statisticsPosted: row?.statisticsPosted ?? 0,
      studyWeeks: setting.studyWeeks,
      submissionsDue: row?.submissionsDue ?? 0,
      markedOnTime: row?.markedOnTime ?? 0,
      briefings: row?.briefings ?? 0,
      activitiesHeld: row?.activitiesHeld ?? 0,
      passed: passed ? (passed.get(pair.classId) ?? 0) : null,
    };
    const entries = new Map<string, TutorEntry>(
      (saved?.entries ?? []).map((entry) => [entry.key, { score: entry.score, comment: entry.comment }]),
    );
    return {
      ...evaluateTutor(rules, facts, entries),
      programmeId,
      classId: pair.classId,
      tutorId: pair.tutorId,
      excellent: saved?.excellent ?? false,
      recognisedAt: saved?.recognisedAt ?? null,
      facts,
    };
  });
}
