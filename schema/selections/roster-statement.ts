import type { Context } from '../../api/context.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { dateReviver, type StatementQuery, scalarPairs, statementCovers } from '../../api/db/page-statements.js';
import { type DecisionRow, primeHistory } from '../history/index.js';
import { primeSchoolRanges } from './selection.js';

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

/** Every scalar column of each included model as `json_build_object` pairs, built once from the data model. */
const columns = {
  batch: scalarPairs('Batch', 'b'),
  competency: scalarPairs('Competency', 'c'),
  decision: scalarPairs('Decision', 'd'),
  dimension: scalarPairs('Dimension', 'd'),
  enrolment: scalarPairs('Enrolment', 'e'),
  environment: scalarPairs('Environment', 'en'),
  organisation: scalarPairs('Organisation', 'o'),
  selection: scalarPairs('Selection', 's'),
  teacher: scalarPairs('User', 't'),
};

export function rosterSql(filter: RosterFilter, page: { take: number; skip: number; cursorId: string | null }) {
  return Prisma.sql`
WITH filtered AS (
  SELECT e.id, t."displayName", e."programmeId", e."schoolId", e."classId", e."batchId"
    FROM "Enrolment" e
    JOIN "User" t ON t.id = e."teacherId"
    LEFT JOIN "Selection" fs ON fs."enrolmentId" = e.id
   WHERE e."classId" = ${filter.classId}
     AND (${filter.programmeId}::text IS NULL OR e."programmeId" = ${filter.programmeId}::text)
     AND (${filter.status}::text IS NULL
          OR (${filter.status}::text = 'NOT_SELECTED' AND fs.id IS NULL)
          OR (${filter.status}::text = 'SELECTED' AND fs.status IN ('SUBMITTED', 'APPROVED'))
          OR fs.status::text = ${filter.status}::text)
), page AS (
  SELECT * FROM filtered f
   WHERE ${page.cursorId}::text IS NULL
      OR (f."displayName", f.id) >= (SELECT cu."displayName", c.id FROM "Enrolment" c
                                      JOIN "User" cu ON cu.id = c."teacherId" WHERE c.id = ${page.cursorId}::text)
   ORDER BY f."displayName", f.id
   LIMIT ${page.take} OFFSET ${page.skip}
), selections AS (
  SELECT s.id, page."programmeId", page."schoolId" FROM page JOIN "Selection" s ON s."enrolmentId" = page.id
)
SELECT json_build_object(
  'totalCount', (SELECT count(*) FROM filtered),
  'rows', (
    SELECT coalesce(json_agg(json_build_object(${columns.enrolment},
      'teacher', json_build_object(${columns.teacher}, 'roleAssignments', (
        SELECT coalesce(json_agg(json_build_object('orgPath', ra."orgPath") ORDER BY ra.role, ra.id), '[]')
          FROM "RoleAssignment" ra WHERE ra."userId" = t.id)),
      'selection', CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object(${columns.selection},
        'submittedBy', json_build_object('displayName', sb."displayName"),
        'itemIds', (SELECT coalesce(json_agg(i."competencyId" ORDER BY i.position), '[]')
                      FROM "SelectionItem" i WHERE i."selectionId" = s.id))
      END)
      ORDER BY page."displayName", page.id), '[]')
      FROM page
      JOIN "Enrolment" e ON e.id = page.id
      JOIN "User" t ON t.id = e."teacherId"
      LEFT JOIN "Selection" s ON s."enrolmentId" = e.id
      LEFT JOIN "User" sb ON sb.id = s."submittedById"),
  -- What many rows share, once: the programmes (their rules), organisations, batches and competencies.
  'programmes', (SELECT json_object_agg(p.id, json_build_object('rules', p.rules, 'catalogueId', p."catalogueId"))
                   FROM "Programme" p WHERE p.id IN (SELECT "programmeId" FROM page)),
  'organisations', (SELECT json_object_agg(o.id, json_build_object(${columns.organisation}))
                      FROM "Organisation" o
                     WHERE o.id IN (SELECT "schoolId" FROM page UNION SELECT "classId" FROM page)),
  'batches', (SELECT json_object_agg(b.id, json_build_object(${columns.batch},
                'programme', json_build_object('orgPath', bp."orgPath")))
                FROM "Batch" b JOIN "Programme" bp ON bp.id = b."programmeId"
               WHERE b.id IN (SELECT "batchId" FROM page)),
  'competencies', (
    SELECT json_object_agg(c.id, json_build_object(${columns.competency},
             'catalogue', json_build_object(
               'ownerOrganisation', CASE WHEN ko.id IS NULL THEN NULL ELSE json_build_object('path', ko.path) END,
               'status', k.status),
             'dimension', json_build_object(${columns.dimension}),
             'environment', CASE WHEN en.id IS NULL THEN NULL ELSE json_build_object(${columns.environment}) END))
      FROM "Competency" c
      JOIN "Catalogue" k ON k.id = c."catalogueId"
      LEFT JOIN "Organisation" ko ON ko.id = k."ownerOrganisationId"
      JOIN "Dimension" d ON d.id = c."dimensionId"
      LEFT JOIN "Environment" en ON en.id = c."environmentId"
     WHERE c.id IN (SELECT i."competencyId" FROM selections s JOIN "SelectionItem" i ON i."selectionId" = s.id)),
  -- For the selections' history and violations fields (primed into their loaders): decisions and the schools' ranges.
  'decisions', (
    SELECT json_agg(json_build_object(${columns.decision},
             'actor', CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('displayName', a."displayName") END)
             ORDER BY d."createdAt", d.id)
      FROM "Decision" d LEFT JOIN "User" a ON a.id = d."actorId"
     WHERE d."subjectType" = 'Selection' AND d."subjectId" IN (SELECT id FROM selections)),
  'schoolRanges', (
    SELECT json_agg(json_build_object('programmeId', k."programmeId", 'schoolId', k."schoolId", 'codes',
             CASE WHEN r.id IS NULL THEN NULL ELSE (
               SELECT coalesce(json_agg(c.code ORDER BY c.code), '[]') FROM "SchoolRangeItem" ri
                 JOIN "Competency" c ON c.id = ri."competencyId" WHERE ri."rangeId" = r.id) END))
      FROM (SELECT DISTINCT "programmeId", "schoolId" FROM selections) k
      LEFT JOIN "SchoolRange" r ON r."programmeId" = k."programmeId" AND r."schoolId" = k."schoolId")
)::text AS page`;
}

/** The paging part of the query plugin-prisma computed for the connection. */
interface PageQuery extends StatementQuery {
  take?: number;
  skip?: number;
  cursor?: { id?: string };
}

/** A page from the statement: its rows, and the count of the whole filtered roster (for `totalCount`). */
export interface RosterPage {
  rows: RosterRow[];
  totalCount: number;
}

/**
 * A page of the roster through the page statement, ordered by teacher name and id as the connection's cursor needs,
 * with its selections' histories and schools' ranges primed into their loaders; null when the selection asks for
 * something the statement does not load, or pages backwards (the caller then uses Prisma with the same query).
 */
export async function rosterPage(context: Context, filter: RosterFilter, query: PageQuery): Promise<RosterPage | null> {
  const { take, skip = 0, cursor, ...selection } = query;
  if (take === undefined || take <= 0) return null;
  if (cursor && (typeof cursor.id !== 'string' || Object.keys(cursor).length !== 1)) return null;
  if (!statementCovers('Enrolment', ROSTER_ROW_QUERY as StatementQuery, selection)) return null;
  const [result] = await context.db.prisma.$queryRaw<Array<{ page: string }>>(
    rosterSql(filter, { take, skip, cursorId: cursor?.id ?? null }),
  );
  if (!result) throw new Error('roster statement: no result row');
  const page = JSON.parse(result.page) as StatementPage;
  const rows = reviveDates(assemble(page));
  const histories = new Map<string, DecisionRow[]>();
  for (const row of rows) if (row.selection) histories.set(row.selection.id, []);
  for (const decision of reviveDecisions(page.decisions ?? [])) histories.get(decision.subjectId)?.push(decision);
  primeHistory(context, 'Selection', histories);
  primeSchoolRanges(context, page.schoolRanges ?? []);
  return { rows, totalCount: page.totalCount };
}

const reviveDecisions = dateReviver<DecisionRow>('Decision', {
  include: { actor: { select: { displayName: true } } },
});

type Selection = NonNullable<RosterRow['selection']>;
type Competency = Selection['items'][number]['competency'];
type Organisation = NonNullable<RosterRow['class']>;

/**
 * What the statement returns: the rows, and once each what many rows share (their programmes' rules, organisations,
 * batches, competencies: a third of the bytes of every row repeated, parsed and decoded once instead).
 */
interface StatementPage {
  totalCount: number;
  rows: Array<
    Omit<RosterRow, 'class' | 'school' | 'batch' | 'programme' | 'selection'> & {
      selection: (Omit<Selection, 'enrolment' | 'items' | '_count'> & { itemIds: string[] }) | null;
    }
  >;
  programmes?: Record<string, { rules: Prisma.JsonValue; catalogueId: string }> | null;
  organisations?: Record<string, Organisation> | null;
  batches?: Record<string, RosterRow['batch']> | null;
  competencies?: Record<string, Competency> | null;
  decisions?: DecisionRow[] | null;
  schoolRanges?: Array<{ programmeId: string; schoolId: string; codes: string[] | null }> | null;
}

function shared<T>(objects: Record<string, T> | null | undefined, id: string): T {
  const object = objects?.[id];
  if (object === undefined) throw new Error(`roster statement: ${id} is missing from its references`);
  return object;
}

/** The rows as Prisma returns them: a shared object stands wherever Prisma repeats one (read, never mutated). */
function assemble(page: StatementPage): RosterRow[] {
  return page.rows.map(({ selection, ...row }) => {
    const programme = shared(page.programmes, row.programmeId);
    const classOrganisation = row.classId === null ? null : shared(page.organisations, row.classId);
    return {
      ...row,
      class: classOrganisation,
      school: shared(page.organisations, row.schoolId),
      batch: shared(page.batches, row.batchId),
      programme: { rules: programme.rules },
      selection: selection && {
        ...withoutItemIds(selection),
        enrolment: {
          class: classOrganisation && { path: classOrganisation.path },
          programme,
          teacherId: row.teacherId,
          orgPath: row.orgPath,
          programmeId: row.programmeId,
          schoolId: row.schoolId,
        },
        items: selection.itemIds.map((id) => ({ competency: shared(page.competencies, id) })),
        _count: { items: selection.itemIds.length },
      },
    };
  });
}

function withoutItemIds<T extends { itemIds: string[] }>({ itemIds: _, ...selection }: T): Omit<T, 'itemIds'> {
  return selection;
}
