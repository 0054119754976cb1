import type { Context } from '../../api/context.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { dateReviver, type StatementQuery, scalarPairs, statementCovers } from '../../api/db/page-statements.js';

/**
 * The class dashboard's page-level statement (the read pattern's step for a hot page): one SQL statement returns a
 * page of a class roster as JSON, each enrolment with its teacher, batch, school, class and selection (points,
 * dimensions, environments, catalogue, who submitted it), in exactly the shape Prisma returns for `ROSTER_ROW_QUERY`.
 * Prisma's `findMany` for the same page spent more CPU mapping its joined result than the rest of the request's
 * resolvers; here the database writes the JSON and the API parses it once.
 *
 * It is used only when the GraphQL selection asks for nothing beyond `ROSTER_ROW_QUERY` (`statementCovers`); any
 * other selection, and backward paging, goes through Prisma as before. `tests/integration/roster-statement.test.ts`
 * checks that its rows equal Prisma's for the same query, so a change to either side fails the suite.
 */
export const ROSTER_ROW_QUERY = {
  include: {
    class: true,
    school: true,
    programme: { select: { rules: true } },
    teacher: { include: { roleAssignments: { orderBy: [{ role: 'asc' }, { id: 'asc' }], select: { orgPath: true } } } },
    batch: { include: { programme: { select: { orgPath: true } } } },
    selection: {
      include: {
        enrolment: {
          select: {
            class: { select: { path: true } },
            programme: { select: { rules: true, catalogueId: true } },
            teacherId: true,
            orgPath: true,
            programmeId: true,
            schoolId: true,
          },
        },
        submittedBy: { select: { displayName: true } },
        items: {
          orderBy: { position: 'asc' },
          select: {
            competency: {
              include: {
                catalogue: { select: { ownerOrganisation: { select: { path: true } }, status: true } },
                dimension: true,
                environment: true,
              },
            },
          },
        },
        _count: { select: { items: true } },
      },
    },
  },
} satisfies Prisma.EnrolmentFindManyArgs;

/** A roster row as Prisma returns it for ROSTER_ROW_QUERY. */
export type RosterRow = Prisma.EnrolmentGetPayload<typeof ROSTER_ROW_QUERY>;

/** Which enrolments of the class to list (the roster field's arguments, resolved). */
export interface RosterFilter {
  classId: string;
  programmeId: string | null;
  /** A RosterStatusFilter value, or null for all. */
  status: string | null;
}

const reviveDates = dateReviver<RosterRow>('Enrolment', ROSTER_ROW_QUERY as StatementQuery);

export function rosterSql(filter: RosterFilter, page: { take: number; skip: number; cursorId: string | null }) {
  return Prisma.sql`
WITH page AS (
  SELECT e.id, t."displayName"
    FROM "Enrolment" e
    JOIN "User" t ON t.id = e."teacherId"
    LEFT JOIN "Selection" fs ON fs."enrolmentId" = e.id
   WHERE e."classId" = ${filter.classId}
     AND (${filter.programmeId}::text IS NULL OR e."programmeId" = ${filter.programmeId}::text)
     AND (${filter.status}::text IS NULL
          OR (${filter.status}::text = 'NOT_SELECTED' AND fs.id IS NULL)
          OR (${filter.status}::text = 'SELECTED' AND fs.status IN ('SUBMITTED', 'APPROVED'))
          OR fs.status::text = ${filter.status}::text)
     AND (${page.cursorId}::text IS NULL
          OR (t."displayName", e.id) >= (SELECT cu."displayName", c.id FROM "Enrolment" c
                                          JOIN "User" cu ON cu.id = c."teacherId" WHERE c.id = ${page.cursorId}::text))
   ORDER BY t."displayName", e.id
   LIMIT ${page.take} OFFSET ${page.skip}
)
SELECT json_build_object('rows', coalesce(json_agg(json_build_object(${scalarPairs('Enrolment', 'e')},
    'class', CASE WHEN co.id IS NULL THEN NULL ELSE json_build_object(${scalarPairs('Organisation', 'co')}) END,
    'school', json_build_object(${scalarPairs('Organisation', 'so')}),
    'teacher', json_build_object(${scalarPairs('User', 't')}, 'roleAssignments', (
      SELECT coalesce(json_agg(json_build_object('orgPath', ra."orgPath") ORDER BY ra.role, ra.id), '[]')
        FROM "RoleAssignment" ra WHERE ra."userId" = t.id)),
    'batch', json_build_object(${scalarPairs('Batch', 'b')}, 'programme', json_build_object('orgPath', bp."orgPath")),
    'selection', CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object(${scalarPairs('Selection', 's')},
      'enrolment', json_build_object(
        'class', CASE WHEN co.id IS NULL THEN NULL ELSE json_build_object('path', co.path) END,
        'programme', json_build_object('catalogueId', p."catalogueId"),
        'teacherId', e."teacherId", 'orgPath', e."orgPath", 'programmeId', e."programmeId", 'schoolId', e."schoolId"),
      'submittedBy', json_build_object('displayName', sb."displayName"),
      'items', (
        SELECT coalesce(json_agg(json_build_object('competency', json_build_object(${scalarPairs('Competency', 'c')},
                 'catalogue', json_build_object(
                   'ownerOrganisation', CASE WHEN ko.id IS NULL THEN NULL ELSE json_build_object('path', ko.path) END,
                   'status', k.status),
                 'dimension', json_build_object(${scalarPairs('Dimension', 'd')}),
                 'environment', CASE WHEN en.id IS NULL THEN NULL ELSE json_build_object(${scalarPairs('Environment', 'en')}) END))
                 ORDER BY i.position), '[]')
          FROM "SelectionItem" i
          JOIN "Competency" c ON c.id = i."competencyId"
          JOIN "Catalogue" k ON k.id = c."catalogueId"
          LEFT JOIN "Organisation" ko ON ko.id = k."ownerOrganisationId"
          JOIN "Dimension" d ON d.id = c."dimensionId"
          LEFT JOIN "Environment" en ON en.id = c."environmentId"
         WHERE i."selectionId" = s.id),
      '_count', json_build_object('items', (SELECT count(*) FROM "SelectionItem" i WHERE i."selectionId" = s.id)))
    END)
  ORDER BY page."displayName", page.id), '[]'),
  -- Each programme's rules once, not once or twice a row: the API puts them into the rows.
  'rules', (SELECT json_object_agg(rp.id, rp.rules) FROM "Programme" rp
             WHERE rp.id IN (SELECT pe."programmeId" FROM page JOIN "Enrolment" pe ON pe.id = page.id)))::text AS page
  FROM page
  JOIN "Enrolment" e ON e.id = page.id
  JOIN "User" t ON t.id = e."teacherId"
  JOIN "Programme" p ON p.id = e."programmeId"
  JOIN "Batch" b ON b.id = e."batchId"
  JOIN "Programme" bp ON bp.id = b."programmeId"
  JOIN "Organisation" so ON so.id = e."schoolId"
  LEFT JOIN "Organisation" co ON co.id = e."classId"
  LEFT JOIN "Selection" s ON s."enrolmentId" = e.id
  LEFT JOIN "User" sb ON sb.id = s."submittedById"`;
}

/** The paging part of the query plugin-prisma computed for the connection. */
interface PageQuery extends StatementQuery {
  take?: number;
  skip?: number;
  cursor?: { id?: string };
}

/**
 * A page of the roster through the page statement, ordered by teacher name and id as the connection's cursor needs;
 * null when the selection asks for something the statement does not load, or pages backwards (the caller then uses
 * Prisma with the same query).
 */
export async function rosterPage(
  context: Context,
  filter: RosterFilter,
  query: PageQuery,
): Promise<RosterRow[] | null> {
  const { take, skip = 0, cursor, ...selection } = query;
  if (take === undefined || take <= 0) return null;
  if (cursor && (typeof cursor.id !== 'string' || Object.keys(cursor).length !== 1)) return null;
  if (!statementCovers('Enrolment', ROSTER_ROW_QUERY as StatementQuery, selection)) return null;
  const [result] = await context.db.prisma.$queryRaw<Array<{ page: string }>>(
    rosterSql(filter, { take, skip, cursorId: cursor?.id ?? null }),
  );
  const page = JSON.parse(result?.page ?? '{"rows":[]}') as StatementPage;
  return reviveDates(page.rows.map((row) => withRules(row, page.rules?.[row.programmeId] ?? null)));
}

/** What the statement returns: the rows without their programme's rules, and each programme's rules once. */
interface StatementPage {
  rows: Array<
    Omit<RosterRow, 'programme' | 'selection'> & {
      selection: (Omit<NonNullable<RosterRow['selection']>, 'enrolment'> & { enrolment: SelectionEnrolment }) | null;
    }
  >;
  rules: Record<string, Prisma.JsonValue> | null;
}

type SelectionEnrolment = Omit<NonNullable<RosterRow['selection']>['enrolment'], 'programme'> & {
  programme: { catalogueId: string };
};

/** A row with its programme's rules, one object shared by every row of the programme (parsed once, then cached). */
function withRules(row: StatementPage['rows'][number], rules: Prisma.JsonValue): RosterRow {
  const { selection } = row;
  return {
    ...row,
    programme: { rules },
    selection: selection && {
      ...selection,
      enrolment: { ...selection.enrolment, programme: { ...selection.enrolment.programme, rules } },
    },
  };
}
