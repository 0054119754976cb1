import type { Context } from '../../api/context.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import {
  dateReviver,
  objectFrom,
  type StatementQuery,
  scalarColumns,
  scalarPairs,
  statementCovers,
} from '../../api/db/page-statements.js';
import { primePlansUploaded } from '../enrolments/index.js';
import { DECISION_ROW_QUERY, type DecisionRow, primeHistory } from '../history/index.js';
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

/**
 * The scalar columns of each level (all of an include level, the chosen ones of a select level), built once: as arrays
 * for what there is one of per row or per history entry, as `json_build_object` pairs for what rows share.
 */
const columns = {
  batch: scalarPairs('Batch', 'b'),
  competency: scalarPairs('Competency', 'c'),
  decision: scalarColumns('Decision', 'd', DECISION_ROW_QUERY.select),
  dimension: scalarPairs('Dimension', 'd'),
  enrolment: scalarColumns('Enrolment', 'e'),
  environment: scalarPairs('Environment', 'en'),
  organisation: scalarPairs('Organisation', 'o'),
  selection: scalarColumns('Selection', 's'),
  teacher: scalarColumns('User', 't'),
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
  -- Each row as arrays (RowArrays): [enrolment, teacher, the teacher's role paths, selection or null].
  'rows', (
    SELECT coalesce(json_agg(json_build_array(
      json_build_array(${columns.enrolment.sql}),
      json_build_array(${columns.teacher.sql}),
      (SELECT coalesce(json_agg(ra."orgPath" ORDER BY ra.role, ra.id), '[]')
         FROM "RoleAssignment" ra WHERE ra."userId" = t.id),
      CASE WHEN s.id IS NULL THEN NULL ELSE json_build_array(
        json_build_array(${columns.selection.sql}),
        sb."displayName",
        (SELECT coalesce(json_agg(i."competencyId" ORDER BY i.position), '[]')
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
  -- For the coursesOpen, history and violations fields (primed into their loaders): whether each school of the page
  -- uploaded its plan for the programme, the selections' decisions and the schools' ranges.
  'plans', (
    SELECT json_agg(json_build_array(k."programmeId", k."schoolId", EXISTS (
             SELECT 1 FROM "SchoolPlan" sp WHERE sp."programmeId" = k."programmeId" AND sp."schoolId" = k."schoolId")))
      FROM (SELECT DISTINCT "programmeId", "schoolId" FROM page) k),
  'decisions', (
    SELECT json_agg(json_build_array(json_build_array(${columns.decision.sql}), a.id IS NOT NULL, a."displayName")
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
 * with its schools' plans, selections' histories and schools' ranges primed into their loaders; null when the selection
 * asks for something the statement does not load, or pages backwards (the caller then uses Prisma with the same query).
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
  for (const decision of reviveDecisions((page.decisions ?? []).map(decisionFrom))) {
    histories.get(decision.subjectId)?.push(decision);
  }
  primeHistory(context, 'Selection', histories);
  primeSchoolRanges(context, page.schoolRanges ?? []);
  primePlansUploaded(
    context,
    (page.plans ?? []).map(([programmeId, schoolId, uploaded]) => ({ programmeId, schoolId, uploaded })),
  );
  return { rows, totalCount: page.totalCount };
}

const reviveDecisions = dateReviver<DecisionRow>('Decision', DECISION_ROW_QUERY);

type Selection = NonNullable<RosterRow['selection']>;
type Competency = Selection['items'][number]['competency'];
type Organisation = NonNullable<RosterRow['class']>;

/**
 * A row as the statement writes it: the enrolment's scalars, the teacher's scalars, the paths of the teacher's roles
 * (in the User type's order), and the selection (its scalars, who submitted it, its competencies' ids in order) or null.
 */
type RowArrays = [unknown[], unknown[], string[], [unknown[], string | null, string[]] | null];

/** A history entry as the statement writes it: its scalars, whether it has an actor, the actor's name. */
type DecisionArrays = [unknown[], boolean, string | null];

/**
 * What the statement returns: the rows, and once each what many rows share (their programmes' rules, organisations,
 * batches, competencies: a third of the bytes of every row repeated, parsed and decoded once instead).
 */
interface StatementPage {
  totalCount: number;
  rows: RowArrays[];
  programmes?: Record<string, { rules: Prisma.JsonValue; catalogueId: string }> | null;
  organisations?: Record<string, Organisation> | null;
  batches?: Record<string, RosterRow['batch']> | null;
  competencies?: Record<string, Competency> | null;
  plans?: Array<[programmeId: string, schoolId: string, uploaded: boolean]> | null;
  decisions?: DecisionArrays[] | null;
  schoolRanges?: Array<{ programmeId: string; schoolId: string; codes: string[] | null }> | null;
}

function shared<T>(objects: Record<string, T> | null | undefined, id: string): T {
  const object = objects?.[id];
  if (object === undefined) throw new Error(`roster statement: ${id} is missing from its references`);
  return object;
}

function decisionFrom([scalars, hasActor, actorName]: DecisionArrays): DecisionRow {
  const decision = objectFrom(columns.decision, scalars) as unknown as DecisionRow;
  decision.actor = hasActor ? { displayName: actorName as string } : null;
  return decision;
}

/**
 * The rows as Prisma returns them, built from the statement's arrays: a shared object stands wherever Prisma repeats
 * one (read, never mutated).
 */
function assemble(page: StatementPage): RosterRow[] {
  return page.rows.map(([enrolment, teacherScalars, rolePaths, selectionArrays]) => {
    const row = objectFrom(columns.enrolment, enrolment) as unknown as RosterRow;
    const teacher = objectFrom(columns.teacher, teacherScalars) as unknown as RosterRow['teacher'];
    teacher.roleAssignments = rolePaths.map((orgPath) => ({ orgPath }));
    const programme = shared(page.programmes, row.programmeId);
    const classOrganisation = row.classId === null ? null : shared(page.organisations, row.classId);
    row.teacher = teacher;
    row.class = classOrganisation;
    row.school = shared(page.organisations, row.schoolId);
    row.batch = shared(page.batches, row.batchId);
    row.programme = { rules: programme.rules };
    row.selection = null;
    if (selectionArrays) {
      const [scalars, submittedByName, competencyIds] = selectionArrays;
      const selection = objectFrom(columns.selection, scalars) as unknown as Selection;
      selection.submittedBy = { displayName: submittedByName as string };
      selection.enrolment = {
        class: classOrganisation && { path: classOrganisation.path },
        programme,
        teacherId: row.teacherId,
        orgPath: row.orgPath,
        programmeId: row.programmeId,
        schoolId: row.schoolId,
      };
      selection.items = competencyIds.map((id) => ({ competency: shared(page.competencies, id) }));
      selection._count = { items: competencyIds.length };
      row.selection = selection;
    }
    return row;
  });
}
