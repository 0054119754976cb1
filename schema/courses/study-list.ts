import { Prisma } from '../../api/db/generated/prisma/client.js';
import type { ProgrammeRules } from '../programmes/index.js';

/**
 * Why a course is on a teacher's study list (学习清单):
 * - REQUIRED: a required course bound to no competency (everyone in the programme studies it);
 * - COMPETENCY: a course of a competency the teacher selected (selection SUBMITTED or APPROVED); it counts
 *   as required or elective minutes by the course's own requirement;
 * - ELECTIVE: an elective course the teacher added (addElective).
 */
export type StudySource = 'REQUIRED' | 'COMPETENCY' | 'ELECTIVE';

/** Selection states whose competencies put courses on the list (what the plan gate counts as selected). */
export const SELECTED_STATUSES = ['SUBMITTED', 'APPROVED'] as const;

/**
 * The study-list membership rule, written once: a SQL expression that is the course's StudySource, or NULL
 * when the course is not on the list of the enrolment. `course` and `enrolment` are the SQL aliases of a
 * "Course" row and an "Enrolment" row of the same programme.
 */
export function studySourceSql(course: string, enrolment: string): Prisma.Sql {
  const c = Prisma.raw(course);
  const e = Prisma.raw(enrolment);
  // The teacher's own competencies and electives as arrays looked up by the enrolment's id (index scans): an
  // EXISTS here lets the planner hash every selection of the database instead (73 ms on the bench's data).
  return Prisma.sql`CASE
    WHEN ${c}."competencyId" IS NULL AND ${c}."requirement" = 'REQUIRED' THEN 'REQUIRED'
    WHEN ${c}."competencyId" = ANY (ARRAY(
      SELECT si."competencyId" FROM "Selection" s JOIN "SelectionItem" si ON si."selectionId" = s."id"
      WHERE s."enrolmentId" = ${e}."id" AND s."status" IN ('SUBMITTED', 'APPROVED'))) THEN 'COMPETENCY'
    WHEN ${c}."requirement" = 'ELECTIVE' AND ${c}."id" = ANY (ARRAY(
      SELECT se."courseId" FROM "StudyElective" se WHERE se."enrolmentId" = ${e}."id")) THEN 'ELECTIVE'
  END`;
}

/** SQL boolean: whether the school of the enrolment has uploaded its plan for the programme. */
export function planUploadedSql(enrolment: string): Prisma.Sql {
  const e = Prisma.raw(enrolment);
  return Prisma.sql`EXISTS (SELECT 1 FROM "SchoolPlan" sp
    WHERE sp."programmeId" = ${e}."programmeId" AND sp."schoolId" = ${e}."schoolId")`;
}

/**
 * Whether the study list is open: always, unless the programme sets a plan gate (selection.schoolPlanGateRate)
 * and the school has not uploaded its plan yet. The same rule as Enrolment.coursesOpen.
 */
export function studyListOpen(rules: ProgrammeRules, planUploaded: boolean): boolean {
  return !hasPlanGate(rules) || planUploaded;
}

/** True when the programme closes study lists until the school's plan is uploaded. */
export function hasPlanGate(rules: ProgrammeRules): boolean {
  return rules.selection.schoolPlanGateRate !== undefined;
}
