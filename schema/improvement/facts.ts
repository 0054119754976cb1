/**
 * The facts of the school-based study review (校本研修考核) for many enrolments in ONE statement: the teacher, their
 * groups, the plan, recorded group hours, selected competencies and the summaries of them, and the verdict.
 */
import type { PrismaClient } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import type { SchoolBasedStudyRules } from '../programmes/index.js';
import { type Completeness, completeness, SUMMARY_SELECTION_STATUSES, type VerdictValue } from './rules.js';

export interface StudyRow {
  enrolmentId: string;
  teacherId: string;
  teacherName: string;
  login: string;
  nationalIdMasked: string | null;
  /** The teacher's home organisation (who may read their masked national ID). */
  userPath: string;
  /** Names of the school's teaching-research groups the teacher is a member of. */
  groups: string[];
  planId: string | null;
  recorded: number;
  activities: number;
  selected: number;
  summaries: number;
  reviewId: string | null;
  result: VerdictValue | null;
  decidedAt: Date | null;
  comment: string | null;
  orgPath: string;
}

export type StudyFactsRow = StudyRow & { study: Completeness };

/**
 * Rows of the enrolments matching `filter` (a condition on `e`, the Enrolment), by teacher name, with what their
 * school-based study has and lacks under `rules`: one statement.
 */
export async function studyRows(
  db: Pick<PrismaClient, '$queryRaw'>,
  filter: Prisma.Sql,
  rules: Pick<SchoolBasedStudyRules, 'hoursCap' | 'planRequired' | 'summaryPerCompetency'>,
): Promise<StudyFactsRow[]> {
  const rows = await db.$queryRaw<StudyRow[]>(Prisma.sql`
    SELECT e.id AS "enrolmentId", e."teacherId", u."displayName" AS "teacherName", u.login, u."nationalIdMasked",
           u."orgPath" AS "userPath", e."orgPath",
           coalesce((SELECT array_agg(g.name ORDER BY g.name)
                       FROM "RoleAssignment" r JOIN "Organisation" g ON g.id = r."organisationId"
                      WHERE r."userId" = e."teacherId" AND r.role = 'TEACHER' AND g.kind = 'GROUP'
                        AND g.path LIKE e."orgPath" || '%'), '{}') AS groups,
           (SELECT d.id FROM "PersonalDocument" d WHERE d."enrolmentId" = e.id AND d.kind = 'PLAN' LIMIT 1) AS "planId",
           coalesce(h.recorded, 0)::float8 AS recorded, coalesce(h.activities, 0)::int AS activities,
           coalesce(c.selected, 0)::int AS selected, coalesce(c.summaries, 0)::int AS summaries,
           v.id AS "reviewId", v.result::text AS result, v."decidedAt", v.comment
      FROM "Enrolment" e
      JOIN "User" u ON u.id = e."teacherId"
      LEFT JOIN LATERAL (
        SELECT round(sum(p.hours)::numeric, 1)::float8 AS recorded, count(*)::int AS activities
          FROM "GroupActivityParticipant" p
         WHERE p."enrolmentId" = e.id AND p."completedAt" IS NOT NULL) h ON TRUE
      LEFT JOIN LATERAL (
        SELECT count(*)::int AS selected, count(d.id)::int AS summaries
          FROM "Selection" s
          JOIN "SelectionItem" i ON i."selectionId" = s.id
          LEFT JOIN "PersonalDocument" d
                 ON d."enrolmentId" = e.id AND d.kind = 'SUMMARY' AND d."competencyId" = i."competencyId"
         WHERE s."enrolmentId" = e.id AND s.status::text = ANY(${SUMMARY_SELECTION_STATUSES}::text[])) c ON TRUE
      LEFT JOIN "SchoolStudyReview" v ON v."enrolmentId" = e.id
     WHERE ${filter}
     ORDER BY u."displayName" ASC, e.id ASC`);
  return rows.map((row) => ({
    ...row,
    study: completeness(rules, {
      planUploaded: row.planId !== null,
      recordedHours: row.recorded,
      selectedCompetencies: row.selected,
      summariesUploaded: row.summaries,
    }),
  }));
}
