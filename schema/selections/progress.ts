import type { PrismaClient } from '../../api/db/client.js';

export interface SelectionCounts {
  schoolId: string;
  /** Teachers enrolled in the programme at the school. */
  enrolled: number;
  /** Enrolments with a selection in any state. */
  selected: number;
  submitted: number;
  approved: number;
  returned: number;
}

/**
 * Selection counts per school of a programme, computed in one SQL statement whatever the
 * number of schools or teachers. Schools without enrolments are reported with zeros.
 */
export async function selectionCounts(prisma: PrismaClient, programmeId: string, schoolIds: readonly string[]): Promise<SelectionCounts[]> {
  const rows = await prisma.$queryRaw<Array<{ schoolId: string; enrolled: bigint; selected: bigint; submitted: bigint; approved: bigint; returned: bigint }>>`
    SELECT e."schoolId",
           count(*) AS enrolled,
           count(s.id) AS selected,
           count(*) FILTER (WHERE s.status = 'SUBMITTED') AS submitted,
           count(*) FILTER (WHERE s.status = 'APPROVED') AS approved,
           count(*) FILTER (WHERE s.status = 'RETURNED') AS returned
      FROM "Enrolment" e
      LEFT JOIN "Selection" s ON s."enrolmentId" = e.id
     WHERE e."programmeId" = ${programmeId} AND e."schoolId" = ANY(${[...schoolIds]}::text[])
     GROUP BY e."schoolId"`;
  const bySchool = new Map(rows.map((row) => [row.schoolId, row]));
  return schoolIds.map((schoolId) => {
    const row = bySchool.get(schoolId);
    return {
      schoolId,
      enrolled: Number(row?.enrolled ?? 0),
      selected: Number(row?.selected ?? 0),
      submitted: Number(row?.submitted ?? 0),
      approved: Number(row?.approved ?? 0),
      returned: Number(row?.returned ?? 0),
    };
  });
}
