/**
 * The counted facts of enrolments, aggregated in SQL (one statement for any number of enrolments), and their scores
 * (one more statement for the programmes' schemes and phases).
 *
 * Decision (issue 11, item 2): scores are not stored. Each page computes them from the facts in one SQL statement, so
 * there is no summary row that could drift from its sources. The only maintained roll-up read here is
 * Enrolment.studyRequiredSeconds / studyElectiveSeconds (kept by the viewing module in the same transaction as
 * CourseProgress); the consistency test checks it against the sum of CourseProgress.creditedSeconds and checks the
 * API's scores against the engine applied to facts recomputed from the raw rows.
 */
import type { PrismaClient, Transaction } from '../../api/db/client.js';
import { parseProgrammeRules } from '../programmes/index.js';
import { type ScoreFacts, type ScoreResult, scoreOf, studyEndedAt } from './engine.js';

export type Db = PrismaClient | Transaction;

interface FactsRow {
  enrolmentId: string;
  programmeId: string;
  requiredSeconds: number;
  electiveSeconds: number;
  participations: number;
  shares: number;
  activities: number;
  hours: number;
  marks: Record<string, number | null> | null;
}

interface ProgrammeRow {
  id: string;
  status: string;
  rules: unknown;
  endsOn: Date | null;
}

/** One enrolment's facts and the programme it is in. */
export interface EnrolmentFacts {
  programmeId: string;
  facts: ScoreFacts;
}

/**
 * The facts of each enrolment (absent for unknown ids): credited minutes (the maintained roll-up, whole minutes),
 * workshop participations, ACTIVE shares, completed group activities and their recorded hours (rounded to one
 * decimal in SQL), and the marks of MARKED submissions keyed by assignment code. One statement.
 */
export async function loadScoreFacts(db: Db, enrolmentIds: readonly string[]): Promise<Map<string, EnrolmentFacts>> {
  if (enrolmentIds.length === 0) return new Map();
  const rows = await db.$queryRaw<FactsRow[]>`
    SELECT e.id AS "enrolmentId", e."programmeId",
           e."studyRequiredSeconds"::int AS "requiredSeconds", e."studyElectiveSeconds"::int AS "electiveSeconds",
           (SELECT count(*) FROM "ActivityParticipation" a WHERE a."enrolmentId" = e.id)::int AS participations,
           (SELECT count(*) FROM "Share" s WHERE s."enrolmentId" = e.id AND s.status = 'ACTIVE')::int AS shares,
           g.activities, g.hours,
           (SELECT jsonb_object_agg(asg.code, sub.mark)
              FROM "AssignmentSubmission" sub JOIN "Assignment" asg ON asg.id = sub."assignmentId"
             WHERE sub."enrolmentId" = e.id AND sub.status = 'MARKED' AND sub.mark IS NOT NULL) AS marks
      FROM "Enrolment" e
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS activities, coalesce(round(sum(p.hours)::numeric, 1), 0)::float8 AS hours
          FROM "GroupActivityParticipant" p
         WHERE p."enrolmentId" = e.id AND p."completedAt" IS NOT NULL) g
     WHERE e.id = ANY(${[...enrolmentIds]}::text[])`;
  return new Map(
    rows.map((row) => [
      row.enrolmentId,
      {
        programmeId: row.programmeId,
        facts: {
          creditedMinutes: Math.floor((row.requiredSeconds + row.electiveSeconds) / 60),
          requiredCourseMinutes: Math.floor(row.requiredSeconds / 60),
          workshopParticipations: row.participations,
          countedShares: row.shares,
          completedGroupActivities: row.activities,
          groupHours: row.hours,
          marks: row.marks ?? {},
        },
      },
    ]),
  );
}

/**
 * Scores of enrolments (null where the programme has no scoring scheme; absent for unknown ids): one facts
 * statement + one programme statement for all.
 */
export async function loadScores(
  db: Db,
  enrolmentIds: readonly string[],
  now: Date = new Date(),
): Promise<Map<string, ScoreResult | null>> {
  const facts = await loadScoreFacts(db, enrolmentIds);
  const programmeIds = [...new Set([...facts.values()].map((entry) => entry.programmeId))];
  if (programmeIds.length === 0) return new Map();
  const programmes = await db.$queryRaw<ProgrammeRow[]>`
    SELECT p.id, p.status::text AS status, p.rules, ph."endsOn"
      FROM "Programme" p
      LEFT JOIN "ProgrammePhase" ph ON ph."programmeId" = p.id AND ph.kind = 'IMPLEMENTATION'
     WHERE p.id = ANY(${programmeIds}::text[])`;
  const schemes = new Map(
    programmes.map((programme) => {
      const rules = parseProgrammeRules(programme.rules);
      return [
        programme.id,
        rules.scoring
          ? {
              scheme: rules.scoring,
              phase: {
                studyEnded: studyEndedAt(
                  {
                    status: programme.status,
                    phases: programme.endsOn ? [{ kind: 'IMPLEMENTATION', endsOn: programme.endsOn }] : [],
                  },
                  now,
                ),
                maxMark: rules.assignments.maxMark,
              },
            }
          : null,
      ] as const;
    }),
  );
  const scores = new Map<string, ScoreResult | null>();
  for (const [enrolmentId, entry] of facts) {
    const scheme = schemes.get(entry.programmeId);
    scores.set(enrolmentId, scheme ? scoreOf(scheme.scheme, entry.facts, scheme.phase) : null);
  }
  return scores;
}
