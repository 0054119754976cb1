/**
 * Counts shown beside organisations, each computed in SQL for a whole page at once (one statement per page, whatever
 * its size): the teachers holding a role on an organisation, and the totals of the schools below one.
 */
import type { Context } from '../../api/context.js';
import { builder } from '../builder.js';

/** People (not deactivated) holding the TEACHER role on each organisation itself, in the order of `ids`. */
export async function loadTeacherCounts(ids: readonly string[], context: Context): Promise<number[]> {
  const rows = await context.db.prisma.roleAssignment.groupBy({
    by: ['organisationId'],
    where: { organisationId: { in: [...ids] }, role: 'TEACHER', user: { deactivatedAt: null } },
    _count: { _all: true },
  });
  const counts = new Map(rows.map((row) => [row.organisationId, row._count._all]));
  return ids.map((id) => counts.get(id) ?? 0);
}

/** Totals of the schools at or below an organisation. */
export interface SchoolTotalsShape {
  schools: number;
  deactivatedSchools: number;
  fullTimeTeachers: number;
  teachers: number;
}

interface TotalsRow extends SchoolTotalsShape {
  root: string;
}

/** The school totals of the subtrees at `paths`, in their order: one grouped statement. */
export async function loadSchoolTotals(paths: readonly string[], context: Context): Promise<SchoolTotalsShape[]> {
  const rows = await context.db.prisma.$queryRaw<TotalsRow[]>`
    SELECT root.path AS "root",
           (count(s.id) FILTER (WHERE s."deactivatedAt" IS NULL))::int AS "schools",
           (count(s.id) FILTER (WHERE s."deactivatedAt" IS NOT NULL))::int AS "deactivatedSchools",
           coalesce(sum(s."fullTimeTeachers") FILTER (WHERE s."deactivatedAt" IS NULL), 0)::int AS "fullTimeTeachers",
           coalesce(sum(teachers.n) FILTER (WHERE s."deactivatedAt" IS NULL), 0)::int AS "teachers"
      FROM unnest(${[...paths]}::text[]) AS root(path)
      LEFT JOIN "Organisation" s
        ON s.kind = 'SCHOOL' AND left(s.path, length(root.path)) = root.path
      LEFT JOIN LATERAL (
        SELECT count(*) AS n
          FROM "RoleAssignment" r JOIN "User" u ON u.id = r."userId"
         WHERE r."organisationId" = s.id AND r.role = 'TEACHER' AND u."deactivatedAt" IS NULL
      ) teachers ON true
     GROUP BY root.path`;
  const byRoot = new Map(rows.map((row) => [row.root, row]));
  return paths.map((path) => {
    const row = byRoot.get(path);
    return {
      schools: row?.schools ?? 0,
      deactivatedSchools: row?.deactivatedSchools ?? 0,
      fullTimeTeachers: row?.fullTimeTeachers ?? 0,
      teachers: row?.teachers ?? 0,
    };
  });
}

export const SchoolTotals = builder.objectRef<SchoolTotalsShape>('SchoolTotals').implement({
  description:
    'Totals of the schools at or below an organisation (a school: itself). Deactivated schools count only in `deactivatedSchools`.',
  fields: (t) => ({
    schools: t.exposeInt('schools', { description: 'Active schools.' }),
    deactivatedSchools: t.exposeInt('deactivatedSchools', {
      description: 'Deactivated schools, kept with their records.',
    }),
    fullTimeTeachers: t.exposeInt('fullTimeTeachers', {
      description:
        'Full-time teachers (专任教师) the active schools report: the base of whole-school completion rates.',
    }),
    teachers: t.exposeInt('teachers', {
      description: 'People holding the TEACHER role on the active schools (deactivated people left out).',
    }),
  }),
});
