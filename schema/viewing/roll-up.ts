import type { PrismaClient } from '../../api/db/client.js';

/** Credited seconds of one module (Course.module; null for courses without one) of an enrolment. */
export interface ModuleSeconds {
  module: string | null;
  requiredSeconds: number;
  electiveSeconds: number;
}

/**
 * Credited seconds per module for several enrolments, in one SQL statement over CourseProgress (the maintained
 * per-course totals; raw events are never re-read). For a loader of the courses module's enrolment fields.
 */
export async function moduleSeconds(
  prisma: Pick<PrismaClient, '$queryRaw'>,
  enrolmentIds: readonly string[],
): Promise<Map<string, ModuleSeconds[]>> {
  const rows = await prisma.$queryRaw<Array<ModuleSeconds & { enrolmentId: string }>>`
    SELECT cp."enrolmentId", c."module",
           coalesce(sum(cp."creditedSeconds") FILTER (WHERE c."requirement" = 'REQUIRED'), 0)::int AS "requiredSeconds",
           coalesce(sum(cp."creditedSeconds") FILTER (WHERE c."requirement" = 'ELECTIVE'), 0)::int AS "electiveSeconds"
      FROM "CourseProgress" cp JOIN "Course" c ON c."id" = cp."courseId"
     WHERE cp."enrolmentId" = ANY(${[...enrolmentIds]}::text[])
     GROUP BY cp."enrolmentId", c."module"
     ORDER BY cp."enrolmentId", c."module" NULLS LAST`;
  const byEnrolment = new Map<string, ModuleSeconds[]>(enrolmentIds.map((id) => [id, []]));
  for (const { enrolmentId, ...row } of rows) byEnrolment.get(enrolmentId)?.push(row);
  return byEnrolment;
}
