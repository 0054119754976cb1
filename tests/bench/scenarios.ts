/**
 * The portal pages the bench measures: each an SDK document sent as the SDK client sends it (POST JSON
 * `{ query: print(Document), operationName, variables }`, a bearer token, the client's Accept header), and the
 * check its response must pass. Checks compare with what the database holds (read once, in SQL, independently of
 * the server), so a wrong body (errors, missing or extra nodes, wrong numbers, wrong order) fails the run.
 */
import { createHash } from 'node:crypto';
import type { DocumentNode } from 'graphql';
import { print } from 'graphql';
import pg from 'pg';
import {
  ClassRosterDocument,
  DistrictSchoolsDocument,
  MyEnrolmentsDocument,
  OrganisationsDocument,
  ProgrammeSelectionProgressDocument,
  ProgrammesDocument,
  ProvinceOverviewDocument,
  SchoolPeopleDocument,
  SchoolSelectionProgressDocument,
} from '../../sdk/src/generated/graphql.js';
import type { BenchWorld } from './data.js';

export type ViewerKey = keyof BenchWorld['subjects'];
type Json = Record<string, unknown>;

export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

/** What the database says the pages must show. */
export interface Truth {
  /** The class roster in page order: "login|status|credits|codes|history actions" per enrolment. */
  roster: string[];
  schoolProgress: { enrolled: number; submitted: number; approved: number; returned: number };
  /** Schools of the running programme by name: "code|enrolled|submitted|approved|returned". */
  programmeProgress: string[];
  /** Programme codes the district admin sees, newest first. */
  programmes: string[];
  /** School codes, by kind, name, id. */
  schools: string[];
  /** The district's schools by name, id: "code|teachers holding TEACHER on the school". */
  districtSchools: string[];
  /** The first school's people (home in the school or a role in it) by name, id: logins. */
  schoolPeople: string[];
  /** Districts the province admin sees, by name, id: "code|schools". */
  provinceDistricts: string[];
  /** The teacher's enrolments: programme codes in page order. */
  myEnrolments: string[];
}

export async function readTruth(world: BenchWorld): Promise<Truth> {
  const client = new pg.Client({ connectionString: world.databaseUrl });
  await client.connect();
  try {
    const column = async (sql: string, params: unknown[]) =>
      (await client.query<{ v: string }>(sql, params)).rows.map((r) => r.v);
    const [progress] = (
      await client.query(
        `SELECT count(*)::int AS enrolled,
                count(*) FILTER (WHERE s.status = 'SUBMITTED')::int AS submitted,
                count(*) FILTER (WHERE s.status = 'APPROVED')::int AS approved,
                count(*) FILTER (WHERE s.status = 'RETURNED')::int AS returned
           FROM "Enrolment" e LEFT JOIN "Selection" s ON s."enrolmentId" = e.id
          WHERE e."programmeId" = $1 AND e."schoolId" = $2`,
        [world.programmeId, world.schoolId],
      )
    ).rows;
    return {
      roster: await column(
        `SELECT concat_ws('|', t.login, coalesce(s.status::text, '-'), coalesce(s."totalCredits"::text, '-'),
                  coalesce((SELECT string_agg(c.code, ',' ORDER BY i.position) FROM "SelectionItem" i
                              JOIN "Competency" c ON c.id = i."competencyId" WHERE i."selectionId" = s.id), '-'),
                  coalesce((SELECT string_agg(h.action, ',' ORDER BY h."createdAt", h.id) FROM "Decision" h
                             WHERE h."subjectType" = 'Selection' AND h."subjectId" = s.id), '-')) AS v
           FROM "Enrolment" e JOIN "User" t ON t.id = e."teacherId" LEFT JOIN "Selection" s ON s."enrolmentId" = e.id
          WHERE e."classId" = $1 AND e."programmeId" = $2
          ORDER BY t."displayName", e.id`,
        [world.classId, world.programmeId],
      ),
      schoolProgress: progress,
      programmeProgress: await column(
        `SELECT concat_ws('|', o.code, count(e.id), count(*) FILTER (WHERE s.status = 'SUBMITTED'),
                  count(*) FILTER (WHERE s.status = 'APPROVED'), count(*) FILTER (WHERE s.status = 'RETURNED')) AS v
           FROM "Organisation" o
           LEFT JOIN "Enrolment" e ON e."schoolId" = o.id AND e."programmeId" = $1
           LEFT JOIN "Selection" s ON s."enrolmentId" = e.id
          WHERE EXISTS (SELECT 1 FROM "BatchSchool" bs JOIN "Batch" b ON b.id = bs."batchId"
                         WHERE bs."schoolId" = o.id AND b."programmeId" = $1)
          GROUP BY o.id ORDER BY o.name, o.id`,
        [world.programmeId],
      ),
      programmes: await column(
        `SELECT code AS v FROM "Programme" WHERE "districtId" = $1 ORDER BY "createdAt" DESC, id DESC`,
        [world.districtId],
      ),
      schools: await column(
        `SELECT code AS v FROM "Organisation" WHERE kind = 'SCHOOL' AND "parentId" = $1 ORDER BY kind, name, id`,
        [world.districtId],
      ),
      districtSchools: await column(
        `SELECT concat_ws('|', o.code, (SELECT count(DISTINCT r."userId") FROM "RoleAssignment" r
                                         WHERE r."organisationId" = o.id AND r.role = 'TEACHER')) AS v
           FROM "Organisation" o WHERE o.kind = 'SCHOOL' AND o."parentId" = $1 ORDER BY o.kind, o.name, o.id`,
        [world.districtId],
      ),
      schoolPeople: await column(
        `SELECT u.login AS v FROM "User" u, "Organisation" s
          WHERE s.id = $1 AND u."deactivatedAt" IS NULL
            AND (u."orgPath" LIKE s.path || '%'
                 OR EXISTS (SELECT 1 FROM "RoleAssignment" r WHERE r."userId" = u.id AND r."orgPath" LIKE s.path || '%'))
          ORDER BY u."displayName", u.id`,
        [world.schoolId],
      ),
      provinceDistricts: await column(
        `SELECT concat_ws('|', d.code, (SELECT count(*) FROM "Organisation" s WHERE s.kind = 'SCHOOL' AND s."parentId" = d.id)) AS v
           FROM "Organisation" d WHERE d.kind = 'DISTRICT' ORDER BY d.kind, d.name, d.id`,
        [],
      ),
      myEnrolments: await column(
        `SELECT p.code AS v FROM "Enrolment" e JOIN "User" t ON t.id = e."teacherId" JOIN "Programme" p ON p.id = e."programmeId"
          WHERE t.login = $1 ORDER BY t."displayName", e.id`,
        [world.subjects.teacher],
      ),
    };
  } finally {
    await client.end();
  }
}

export interface Scenario {
  id: string;
  title: string;
  operationName: string;
  document: DocumentNode;
  viewer: ViewerKey;
  /** List scenarios: SQL statements are counted at page sizes 1, 10 and 50; `measured` is the page the load runs use. */
  page?: { measured: number };
  variables(world: BenchWorld, first: number | undefined): Json;
  /** Null when `data` is what the page must show at page size `first`, else what is wrong. */
  check(data: Json, truth: Truth, first: number | undefined): string | null;
}

// ---------------------------------------------------------------------------------------------------------------

const connection = (data: Json, field: string) =>
  data[field] as { totalCount: number; pageInfo: Json; nodes: Json[] } | null;

function checkPage(
  page: ReturnType<typeof connection>,
  expected: string[],
  actual: (node: Json) => string,
  first: number,
) {
  if (!page) return 'the connection is null';
  if (page.totalCount !== expected.length) return `totalCount ${page.totalCount}, expected ${expected.length}`;
  const want = expected.slice(0, first);
  if (page.nodes.length !== want.length) return `${page.nodes.length} nodes, expected ${want.length}`;
  if (page.pageInfo.hasNextPage !== expected.length > first) return `hasNextPage ${page.pageInfo.hasNextPage}`;
  for (const [i, node] of page.nodes.entries()) {
    const got = actual(node);
    if (got !== want[i]) return `node ${i}: ${got}, expected ${want[i]}`;
  }
  return null;
}

interface RosterNode {
  teacher: { login: string } | null;
  selection: {
    status: string;
    totalCredits: number;
    pointCount: number;
    competencies: Array<{ code: string; dimension: { code: string } }>;
    history: Array<{ action: string }>;
    violations: unknown[];
  } | null;
}

/** An enrolment as the truth lists it; a selection must also still hold (no violations) and count its points. */
export function rosterLine(node: Json): string {
  const { teacher, selection } = node as unknown as RosterNode;
  const s = selection;
  if (s && (s.violations.length !== 0 || s.pointCount !== s.competencies.length))
    return `${teacher?.login}: violations or pointCount`;
  return [
    teacher?.login ?? 'no teacher',
    s?.status ?? '-',
    s?.totalCredits ?? '-',
    s ? s.competencies.map((c) => c.code).join(',') : '-',
    s ? s.history.map((h) => h.action).join(',') : '-',
  ].join('|');
}

const progressLine = (node: Json) => {
  const n = node as {
    school: { code: string };
    enrolled: number;
    submitted: number;
    approved: number;
    returned: number;
  };
  return [n.school.code, n.enrolled, n.submitted, n.approved, n.returned].join('|');
};

export const SCENARIOS: Scenario[] = [
  {
    id: 'class-dashboard',
    title: 'Class dashboard: ClassRoster, a class of 50, tutor',
    operationName: 'ClassRoster',
    document: ClassRosterDocument,
    viewer: 'tutor',
    page: { measured: 50 },
    variables: (w, first) => ({
      classId: gid('Organisation', w.classId),
      programmeId: gid('Programme', w.programmeId),
      first,
    }),
    check: (data, truth, first = 20) => checkPage(connection(data, 'classRoster'), truth.roster, rosterLine, first),
  },
  {
    id: 'school-progress',
    title: 'School selection progress: SchoolSelectionProgress, school admin',
    operationName: 'SchoolSelectionProgress',
    document: SchoolSelectionProgressDocument,
    viewer: 'schoolAdmin',
    variables: (w) => ({ programmeId: gid('Programme', w.programmeId), schoolId: gid('Organisation', w.schoolId) }),
    check: (data, truth) => {
      const p = data.schoolSelectionProgress as Record<string, number> | null;
      if (!p) return 'schoolSelectionProgress is null';
      const t = truth.schoolProgress;
      for (const key of ['enrolled', 'submitted', 'approved', 'returned'] as const) {
        if (p[key] !== t[key]) return `${key} ${p[key]}, expected ${t[key]}`;
      }
      const notSelected = t.enrolled - t.submitted - t.approved - t.returned;
      if (p.notSelected !== notSelected) return `notSelected ${p.notSelected}, expected ${notSelected}`;
      if (p.selected !== t.submitted + t.approved) return `selected ${p.selected}`;
      return null;
    },
  },
  {
    id: 'district-progress',
    title: 'District programme progress: ProgrammeSelectionProgress, 100 schools, district admin',
    operationName: 'ProgrammeSelectionProgress',
    document: ProgrammeSelectionProgressDocument,
    viewer: 'districtAdmin',
    page: { measured: 100 },
    variables: (w, first) => ({ programmeId: gid('Programme', w.programmeId), first }),
    check: (data, truth, first = 20) =>
      checkPage(connection(data, 'programmeSelectionProgress'), truth.programmeProgress, progressLine, first),
  },
  {
    id: 'district-progress-1',
    title: 'The same for one school’s worth (first: 1)',
    operationName: 'ProgrammeSelectionProgress',
    document: ProgrammeSelectionProgressDocument,
    viewer: 'districtAdmin',
    variables: (w) => ({ programmeId: gid('Programme', w.programmeId), first: 1 }),
    check: (data, truth) =>
      checkPage(connection(data, 'programmeSelectionProgress'), truth.programmeProgress, progressLine, 1),
  },
  {
    id: 'programmes',
    title: 'Programmes list: Programmes, district admin',
    operationName: 'Programmes',
    document: ProgrammesDocument,
    viewer: 'districtAdmin',
    page: { measured: 50 },
    variables: (_w, first) => ({ first }),
    check: (data, truth, first = 20) =>
      checkPage(connection(data, 'programmes'), truth.programmes, (node) => String(node.code), first),
  },
  {
    id: 'organisations',
    title: 'Organisations tree: Organisations(kind: SCHOOL) with classes and members, district admin',
    operationName: 'Organisations',
    document: OrganisationsDocument,
    viewer: 'districtAdmin',
    page: { measured: 50 },
    variables: (_w, first) => ({ kind: 'SCHOOL', first }),
    check: (data, truth, first = 20) =>
      checkPage(
        connection(data, 'organisations'),
        truth.schools,
        (node) => {
          const school = node as { code: string; children: { totalCount: number }; members: { totalCount: number } };
          // Two classes; 100 teachers and an admin hold a role on the school itself.
          return school.children.totalCount === 2 && school.members.totalCount === 101
            ? school.code
            : `${school.code} (children/members)`;
        },
        first,
      ),
  },
  {
    id: 'district-schools',
    title: 'District schools page: DistrictSchools, 100 schools with teacher counts, district admin',
    operationName: 'DistrictSchools',
    document: DistrictSchoolsDocument,
    viewer: 'districtAdmin',
    page: { measured: 100 },
    variables: (w, first) => ({ districtId: gid('Organisation', w.districtId), first }),
    check: (data, truth, first = 20) => {
      const district = data.organisation as Json | null;
      if (!district) return 'organisation is null';
      return checkPage(
        connection(district, 'schools'),
        truth.districtSchools,
        (node) => `${node.code}|${node.teacherCount}`,
        first,
      );
    },
  },
  {
    id: 'school-people',
    title: 'School people page: SchoolPeople, a school of 100 teachers, school admin',
    operationName: 'SchoolPeople',
    document: SchoolPeopleDocument,
    viewer: 'schoolAdmin',
    page: { measured: 50 },
    variables: (w, first) => ({ organisationId: gid('Organisation', w.schoolId), first }),
    check: (data, truth, first = 20) =>
      checkPage(connection(data, 'people'), truth.schoolPeople, (node) => String(node.login), first),
  },
  {
    id: 'province-overview',
    title: 'Province overview: ProvinceOverview, province admin',
    operationName: 'ProvinceOverview',
    document: ProvinceOverviewDocument,
    viewer: 'provinceAdmin',
    page: { measured: 20 },
    variables: (_w, first) => ({ first }),
    check: (data, truth, first = 20) =>
      checkPage(
        connection(data, 'districts'),
        truth.provinceDistricts,
        (node) => `${node.code}|${(node.schoolTotals as { schools: number }).schools}`,
        first,
      ),
  },
  {
    id: 'teacher-home',
    title: 'Teacher home: MyEnrolments (21 enrolments), teacher',
    operationName: 'MyEnrolments',
    document: MyEnrolmentsDocument,
    viewer: 'teacher',
    page: { measured: 50 },
    variables: (_w, first) => ({ first }),
    check: (data, truth, first = 20) =>
      checkPage(
        connection(data, 'enrolments'),
        truth.myEnrolments,
        (node) => String((node.programme as Json).code),
        first,
      ),
  },
];

/** Page sizes at which SQL statements are counted for list scenarios. */
export const COUNTED_PAGE_SIZES = [1, 10, 50];

/** The HTTP request a portal sends for a scenario (the SDK client's body and headers). */
export function requestFor(scenario: Scenario, world: BenchWorld, token: string, first: number | undefined) {
  const variables = scenario.variables(world, first);
  if (variables.first === undefined) delete variables.first;
  return {
    method: 'POST' as const,
    path: '/graphql',
    headers: {
      accept: 'application/graphql-response+json, application/json',
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query: print(scenario.document), operationName: scenario.operationName, variables }),
  };
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A GraphQL response body's `data`, or what is wrong with the body (not JSON, `errors`, no data). */
function dataOf(body: string): { data: Json } | { problem: string } {
  let parsed: { data?: Json | null; errors?: unknown };
  try {
    parsed = JSON.parse(body);
  } catch {
    return { problem: `not JSON: ${body.slice(0, 200)}` };
  }
  if (parsed.errors) return { problem: `errors: ${JSON.stringify(parsed.errors).slice(0, 300)}` };
  return parsed.data ? { data: parsed.data } : { problem: 'no data' };
}

/** Checks a GraphQL response body: JSON, no `errors`, `data` as the scenario expects. Null when right. */
export function checkBody(scenario: Scenario, truth: Truth, first: number | undefined, body: string): string | null {
  const result = dataOf(body);
  return 'problem' in result ? result.problem : scenario.check(result.data, truth, first);
}

// ---------------------------------------------------------------------------------------------------------------
// The peer's query for the class dashboard: the same content in PostGraphile's shape.

export const PEER_QUERY = `query ClassRosterPeer($classId: String!, $programmeId: String!, $first: Int) {
  allEnrolments(
    condition: { classId: $classId, programmeId: $programmeId }
    orderBy: [TEACHER_NAME_ASC, PRIMARY_KEY_ASC]
    first: $first
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      rowId
      enrolledAt
      selectionDueAt
      selectionDueExtended
      userByTeacherId { id rowId login displayName }
      batchByBatchId { id rowId name startsOn endsOn }
      organisationByClassId { id rowId kind code name }
      selectionsByEnrolmentId(first: 1) {
        nodes {
          id
          rowId
          status
          onBehalf
          totalCredits
          submittedAt
          decidedAt
          userBySubmittedById { displayName }
          selectionItemsBySelectionId(orderBy: POSITION_ASC) {
            totalCount
            nodes {
              position
              competencyByCompetencyId {
                id
                rowId
                code
                nameZh
                nameEn
                credits
                dimensionByDimensionId { code nameZh nameEn position }
                environmentByEnvironmentId { code nameZh nameEn position }
              }
            }
          }
          history { nodes { rowId action fromState toState comment createdAt userByActorId { displayName } } }
        }
      }
    }
  }
}`;

export function peerRequest(world: BenchWorld, token: string, first: number) {
  return {
    method: 'POST' as const,
    path: '/graphql',
    headers: {
      accept: 'application/graphql-response+json, application/json',
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({
      query: PEER_QUERY,
      operationName: 'ClassRosterPeer',
      variables: { classId: world.classId, programmeId: world.programmeId, first },
    }),
  };
}

interface PeerNode {
  userByTeacherId: { login: string } | null;
  selectionsByEnrolmentId: {
    nodes: Array<{
      status: string;
      totalCredits: number;
      selectionItemsBySelectionId: { nodes: Array<{ competencyByCompetencyId: { code: string } }> };
      history: { nodes: Array<{ action: string }> };
    }>;
  };
}

/** The peer's roster line: the same content as rosterLine (teachers, selections, points, history). */
export function peerLine(node: Json): string {
  const n = node as unknown as PeerNode;
  const s = n.selectionsByEnrolmentId.nodes[0];
  return [
    n.userByTeacherId?.login ?? 'no teacher',
    s?.status ?? '-',
    s?.totalCredits ?? '-',
    s ? s.selectionItemsBySelectionId.nodes.map((i) => i.competencyByCompetencyId.code).join(',') : '-',
    s ? s.history.nodes.map((h) => h.action).join(',') : '-',
  ].join('|');
}

export function checkPeerBody(truth: Truth, first: number, body: string): string | null {
  const result = dataOf(body);
  if ('problem' in result) return result.problem;
  return checkPage(connection(result.data, 'allEnrolments'), truth.roster, peerLine, first);
}
