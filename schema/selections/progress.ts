import type { PrismaClient } from '../../api/db/client.js';

export interface SelectionCounts {
  schoolId: string;
  /** Teachers enrolled in the programme at the school. */
  enrolled: number;
  /** Enrolments whose selection is SUBMITTED or APPROVED (what a plan gate counts). */
  selected: number;
  submitted: number;
  approved: number;
  returned: number;
  /** Enrolments with no selection at all (enrolled = notSelected + submitted + approved + returned). */
  notSelected: number;
  /** The school has uploaded its IT development plan for the programme. */
  planUploaded: boolean;
}

type Reader = Pick<PrismaClient, '$queryRaw'>;

/**
 * Selection counts per school of a programme, computed in one SQL statement whatever the
 * number of schools or teachers, in the order of `schoolIds`. Schools without enrolments are
 * reported with zeros. Works inside a transaction too (pass the transaction client).
 */
export async function selectionCounts(
  prisma: Reader,
  programmeId: string,
  schoolIds: readonly string[],
): Promise<SelectionCounts[]> {
  if (schoolIds.length === 0) return [];
  const rows = await prisma.$queryRaw<
    Array<{
      schoolId: string;
      enrolled: bigint;
      submitted: bigint;
      approved: bigint;
      returned: bigint;
      planUploaded: boolean;
    }>
  >`
    SELECT sc.id AS "schoolId",
           count(e.id) AS enrolled,
           count(*) FILTER (WHERE s.status = 'SUBMITTED') AS submitted,
           count(*) FILTER (WHERE s.status = 'APPROVED') AS approved,
           count(*) FILTER (WHERE s.status = 'RETURNED') AS returned,
           EXISTS (SELECT 1 FROM "SchoolPlan" p WHERE p."programmeId" = ${programmeId} AND p."schoolId" = sc.id) AS "planUploaded"
      FROM unnest(${[...schoolIds]}::text[]) AS sc(id)
      LEFT JOIN "Enrolment" e ON e."schoolId" = sc.id AND e."programmeId" = ${programmeId}
      LEFT JOIN "Selection" s ON s."enrolmentId" = e.id
     GROUP BY sc.id`;
  const bySchool = new Map(rows.map((row) => [row.schoolId, row]));
  return schoolIds.map((schoolId) => {
    const row = bySchool.get(schoolId);
    const enrolled = Number(row?.enrolled ?? 0);
    const submitted = Number(row?.submitted ?? 0);
    const approved = Number(row?.approved ?? 0);
    const returned = Number(row?.returned ?? 0);
    return {
      schoolId,
      enrolled,
      selected: submitted + approved,
      submitted,
      approved,
      returned,
      notSelected: enrolled - submitted - approved - returned,
      planUploaded: row?.planUploaded ?? false,
    };
  });
}
