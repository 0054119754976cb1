/**
 * OneRoster 1.2 Rostering Service, read routes (REST/JSON binding 1.0), base /ims/oneroster/rostering/v1p2:
 *
 *   GET /orgs, /orgs/{id}                  provinces (state), cities (local), districts (district), schools (school)
 *   GET /schools, /schools/{id}            the orgs of type school
 *   GET /users, /users/{id}                people whose home organisation is in scope (never sync-client service users)
 *   GET /teachers, /teachers/{id}          the users holding a teaching role (teacher, class tutor, group leader)
 *   GET /classes, /classes/{id}            training classes (Organisation kind CLASS)
 *   GET /enrollments, /enrollments/{id}    a trainee's enrolment with a class (role student) and a class tutor
 *                                          (CLASS_TUTOR role assignment, role teacher)
 *
 * Who: `roster:read` (school admins their school, district admins their district, province admins their province,
 * sync clients their scope). Anonymous: 401; any other signed-in person: 403 (the token is good but does not carry
 * the right to roster data, §4 "forbidden"). A record outside the scope is a 404 like a missing one.
 *
 * Every record has sourcedId, status ('active' or 'tobedeleted': deactivated people, schools and classes, and the
 * enrolments of deactivated people), dateLastModified (the latest ROSTER FeedEvent about the record, else its
 * creation) and metadata. Removed people, schools and enrolments stay as tombstones (status 'tobedeleted', built
 * from the *_REMOVED FeedEvent and the last *_CHANGED payload), so `filter=dateLastModified>'…'` returns every change
 * since a time, removals included.
 *
 * A list is one SQL statement (the resource's rows as a CTE, filtered, counted, sorted and paged in SQL), so the
 * statement count does not depend on limit.
 */

import { scopeOf } from '../../schema/shared/authz/actions.js';
import type { Viewer } from '../auth/viewer.js';
import type { Database } from '../db/client.js';
import { Prisma } from '../db/generated/prisma/client.js';
import { failure, isoUtc, json, type ResponseClass } from './http.js';
import {
  type FieldTable,
  filterSql,
  orderSql,
  pageLinks,
  parseFields,
  parseFilter,
  parsePage,
  parseSort,
  QueryError,
  select,
} from './oneroster-filter.js';

export const ONEROSTER_BASE = '/ims/oneroster/rostering/v1p2';

/** A path condition: the column lies in one of the roots' subtrees (FALSE without roots). */
function scopeSql(column: string, roots: readonly string[]): Prisma.Sql {
  if (!roots.length) return Prisma.sql`FALSE`;
  const col = Prisma.raw(column);
  const parts = roots.map((root) => Prisma.sql`${col} LIKE ${`${root.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  return Prisma.sql`(${Prisma.join(parts, ' OR ')})`;
}

const lastChange = (id: string, created: string, ...more: string[]) =>
  Prisma.raw(
    `GREATEST(${[created, ...more].join(', ')}, (SELECT max(f."occurredAt") FROM "FeedEvent" f WHERE f."subjectId" = ${id} AND f.feed = 'ROSTER'))`,
  );

/** The latest removal events in scope of `kind` whose record is gone, each with the last change payload before it. */
const tombstones = (removed: string, changed: string, table: string, roots: readonly string[]) => Prisma.sql`
  (SELECT t."subjectId", t."occurredAt", t.payload, c.payload AS last
     FROM (SELECT DISTINCT ON (f."subjectId") f."subjectId", f."occurredAt", f.payload
             FROM "FeedEvent" f
            WHERE f.feed = 'ROSTER' AND f.kind = ${removed}::"FeedEventKind" AND ${scopeSql('f."orgPath"', roots)}
            ORDER BY f."subjectId", f."occurredAt" DESC) t
     LEFT JOIN LATERAL (SELECT g.payload FROM "FeedEvent" g
                         WHERE g."subjectId" = t."subjectId" AND g.kind = ${changed}::"FeedEventKind"
                         ORDER BY g."occurredAt" DESC LIMIT 1) c ON TRUE
    WHERE NOT EXISTS (SELECT 1 FROM ${Prisma.raw(`"${table}"`)} x WHERE x.id = t."subjectId"))`;

const STATUS_OF = (deactivated: string) =>
  Prisma.raw(`CASE WHEN ${deactivated} IS NULL THEN 'active' ELSE 'tobedeleted' END`);

interface Resource {
  /** The JSON keys of a list and of one record. */
  many: string;
  one: string;
  fields: FieldTable;
  /** The fields of a record, for `fields=` selection. */
  selectable: readonly string[];
  source(roots: readonly string[]): Prisma.Sql;
  toJson(row: Record<string, unknown>, base: string): Record<string, unknown>;
}

const COMMON: FieldTable = {
  sourcedId: { column: 'sourcedId', type: 'text' },
  status: { column: 'status', type: 'text' },
  dateLastModified: { column: 'dateLastModified', type: 'timestamp' },
};

const ref = (base: string, path: string, type: string, id: string) => ({
  href: `${base}${ONEROSTER_BASE}/${path}/${id}`,
  sourcedId: id,
  type,
});

const ORG_TYPES = Prisma.raw(
  `CASE o.kind WHEN 'PROVINCE' THEN 'state' WHEN 'CITY' THEN 'local' WHEN 'DISTRICT' THEN 'district' ELSE 'school' END`,
);

function orgsSource(roots: readonly string[], schoolsOnly: boolean) {
  const kinds = schoolsOnly
    ? Prisma.sql`o.kind = 'SCHOOL'`
    : Prisma.sql`o.kind IN ('PROVINCE', 'CITY', 'DISTRICT', 'SCHOOL')`;
  return Prisma.sql`
    SELECT o.id AS "sourcedId", ${STATUS_OF('o."deactivatedAt"')} AS status,
           ${lastChange('o.id', 'o."createdAt"')} AS "dateLastModified",
           o.name, ${ORG_TYPES} AS type, o.code AS identifier, o."parentId",
           (SELECT coalesce(json_agg(c.id ORDER BY c.code), '[]'::json) FROM "Organisation" c
             WHERE c."parentId" = o.id AND c.kind IN ('CITY', 'DISTRICT', 'SCHOOL')) AS children
      FROM "Organisation" o
     WHERE ${kinds} AND ${scopeSql('o.path', roots)}
    UNION ALL
    SELECT t."subjectId", 'tobedeleted', t."occurredAt", coalesce(t.last->>'name', ''), 'school', t.last->>'code',
           t.last->>'parentId', '[]'::json
      FROM ${tombstones('SCHOOL_REMOVED', 'SCHOOL_CHANGED', 'Organisation', roots)} t`;
}

const ORG_FIELDS: FieldTable = {
  ...COMMON,
  name: { column: 'name', type: 'text' },
  type: { column: 'type', type: 'text' },
  identifier: { column: 'identifier', type: 'text' },
};

const orgJson = (row: Record<string, unknown>, base: string) => ({
  sourcedId: row.sourcedId,
  status: row.status,
  dateLastModified: isoUtc(row.dateLastModified as string),
  metadata: {},
  name: row.name,
  type: row.type,
  ...(row.identifier ? { identifier: row.identifier } : {}),
  ...(row.parentId ? { parent: ref(base, 'orgs', 'org', row.parentId as string) } : {}),
  children: (row.children as string[]).map((id) => ref(base, 'orgs', 'org', id)),
});

const ORG_SELECTABLE = [
  'sourcedId',
  'status',
  'dateLastModified',
  'metadata',
  'name',
  'type',
  'identifier',
  'parent',
  'children',
];

/** Tisheng roles as OneRoster 1.2 RoleEnum values (class and group roles are held at the class's school). */
const ROLE_OF: Record<string, string> = {
  TEACHER: 'teacher',
  CLASS_TUTOR: 'teacher',
  GROUP_LEADER: 'teacher',
  SCHOOL_ADMIN: 'siteAdministrator',
  DISTRICT_ADMIN: 'districtAdministrator',
  PROVINCE_ADMIN: 'systemAdministrator',
  EXPERT: 'proctor',
};

const USER_FIELDS: FieldTable = {
  ...COMMON,
  username: { column: 'username', type: 'text' },
  enabledUser: { column: 'enabledUser', type: 'boolean' },
  givenName: { column: 'givenName', type: 'text' },
  familyName: { column: 'familyName', type: 'text' },
  identifier: { column: 'identifier', type: 'text' },
};

function usersSource(roots: readonly string[], teachersOnly = false) {
  const teachers = teachersOnly
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "RoleAssignment" t WHERE t."userId" = u.id AND t.role IN ('TEACHER', 'CLASS_TUTOR', 'GROUP_LEADER'))`
    : Prisma.empty;
  return Prisma.sql`
    SELECT u.id AS "sourcedId", ${STATUS_OF('u."deactivatedAt"')} AS status,
           ${lastChange('u.id', 'u."createdAt"')} AS "dateLastModified",
           u.login AS username, (u."deactivatedAt" IS NULL) AS "enabledUser", u."displayName" AS "givenName",
           ''::text AS "familyName", u."employeeNumber" AS identifier, u."organisationId" AS "homeOrgId",
           (SELECT coalesce(json_agg(json_build_object('role', ra.role,
                      'orgId', CASE WHEN o.kind IN ('CLASS', 'GROUP') THEN o."parentId" ELSE o.id END)
                      ORDER BY ra."createdAt", ra.id), '[]'::json)
              FROM "RoleAssignment" ra JOIN "Organisation" o ON o.id = ra."organisationId"
             WHERE ra."userId" = u.id) AS roles
      FROM "User" u
     WHERE ${scopeSql('u."orgPath"', roots)}
       AND NOT EXISTS (SELECT 1 FROM "RoleAssignment" s WHERE s."userId" = u.id AND s.role = 'SYNC_CLIENT')
       ${teachers}
    UNION ALL
    SELECT t."subjectId", 'tobedeleted', t."occurredAt", coalesce(t.last->>'login', t."subjectId"), false,
           coalesce(t.last->>'displayName', ''), '', t.last->>'employeeNumber', t.last->>'organisationId', '[]'::json
      FROM ${tombstones('PERSON_REMOVED', 'PERSON_CHANGED', 'User', roots)} t`;
}

function userJson(row: Record<string, unknown>, base: string) {
  const seen = new Set<string>();
  const roles: Array<{ roleType: string; role: string; org: ReturnType<typeof ref> }> = [];
  for (const { role, orgId } of row.roles as Array<{ role: string; orgId: string | null }>) {
    const mapped = ROLE_OF[role];
    if (!mapped || !orgId || seen.has(`${mapped}@${orgId}`)) continue;
    seen.add(`${mapped}@${orgId}`);
    roles.push({
      roleType: roles.length ? 'secondary' : 'primary',
      role: mapped,
      org: ref(base, 'orgs', 'org', orgId),
    });
  }
  return {
    sourcedId: row.sourcedId,
    status: row.status,
    dateLastModified: isoUtc(row.dateLastModified as string),
    metadata: {},
    username: row.username,
    userIds: [{ type: 'tisheng:login', identifier: row.username }],
    enabledUser: row.enabledUser,
    givenName: row.givenName,
    familyName: row.familyName,
    roles,
    ...(row.homeOrgId ? { primaryOrg: ref(base, 'orgs', 'org', row.homeOrgId as string) } : {}),
    ...(row.identifier ? { identifier: row.identifier } : {}),
    agents: [],
  };
}

const USER_SELECTABLE = [
  'sourcedId',
  'status',
  'dateLastModified',
  'metadata',
  'username',
  'userIds',
  'enabledUser',
  'givenName',
  'familyName',
  'roles',
  'primaryOrg',
  'identifier',
  'agents',
];

const CLASS_FIELDS: FieldTable = {
  ...COMMON,
  title: { column: 'title', type: 'text' },
  classCode: { column: 'classCode', type: 'text' },
  classType: { column: 'classType', type: 'text' },
};

function classesSource(roots: readonly string[]) {
  return Prisma.sql`
    SELECT o.id AS "sourcedId", ${STATUS_OF('o."deactivatedAt"')} AS status,
           ${lastChange('o.id', 'o."createdAt"')} AS "dateLastModified",
           o.name AS title, o.code AS "classCode", 'scheduled'::text AS "classType", o."parentId" AS "schoolId",
           first."programmeId" AS "courseId",
           (SELECT coalesce(json_agg(DISTINCT e."batchId"), '[]'::json) FROM "Enrolment" e
             WHERE e."classId" = o.id AND e."programmeId" = first."programmeId") AS terms
      FROM "Organisation" o
      LEFT JOIN LATERAL (SELECT e."programmeId" FROM "Enrolment" e WHERE e."classId" = o.id
                          ORDER BY e."enrolledAt", e.id LIMIT 1) first ON TRUE
     WHERE o.kind = 'CLASS' AND ${scopeSql('o.path', roots)}`;
}

const classJson = (row: Record<string, unknown>, base: string) => ({
  sourcedId: row.sourcedId,
  status: row.status,
  dateLastModified: isoUtc(row.dateLastModified as string),
  metadata: {},
  title: row.title,
  classCode: row.classCode,
  classType: row.classType,
  school: ref(base, 'orgs', 'org', row.schoolId as string),
  ...(row.courseId ? { course: ref(base, 'courses', 'course', row.courseId as string) } : {}),
  terms: (row.terms as string[]).map((id) => ref(base, 'academicSessions', 'academicSession', id)),
});

const CLASS_SELECTABLE = [
  'sourcedId',
  'status',
  'dateLastModified',
  'metadata',
  'title',
  'classCode',
  'classType',
  'school',
  'course',
  'terms',
];

const ENROLLMENT_FIELDS: FieldTable = {
  ...COMMON,
  role: { column: 'role', type: 'text' },
  primary: { column: 'primary', type: 'boolean' },
  beginDate: { column: 'beginDate', type: 'timestamp' },
};

function enrollmentsSource(roots: readonly string[]) {
  return Prisma.sql`
    SELECT e.id AS "sourcedId", ${STATUS_OF('u."deactivatedAt"')} AS status,
           ${lastChange('e.id', 'e."enrolledAt"', 'u."deactivatedAt"')} AS "dateLastModified",
           'student'::text AS role, false AS "primary", e."teacherId" AS "userId", e."classId" AS "classId",
           e."schoolId" AS "schoolId", e."enrolledAt" AS "beginDate"
      FROM "Enrolment" e JOIN "User" u ON u.id = e."teacherId"
     WHERE e."classId" IS NOT NULL AND ${scopeSql('e."orgPath"', roots)}
    UNION ALL
    SELECT ra.id, ${STATUS_OF('u."deactivatedAt"')}, GREATEST(ra."createdAt", u."deactivatedAt"),
           'teacher', true, ra."userId", ra."organisationId", o."parentId", ra."createdAt"
      FROM "RoleAssignment" ra JOIN "Organisation" o ON o.id = ra."organisationId" JOIN "User" u ON u.id = ra."userId"
     WHERE ra.role = 'CLASS_TUTOR' AND ${scopeSql('ra."orgPath"', roots)}
    UNION ALL
    SELECT t."subjectId", 'tobedeleted', t."occurredAt", 'student', false, t.payload->>'teacherId',
           t.last->>'classId', t.payload->>'schoolId', (t.last->>'enrolledAt')::timestamp
      FROM ${tombstones('ENROLMENT_REMOVED', 'ENROLMENT_CHANGED', 'Enrolment', roots)} t
     WHERE t.last->>'classId' IS NOT NULL`;
}

const enrollmentJson = (row: Record<string, unknown>, base: string) => ({
  sourcedId: row.sourcedId,
  status: row.status,
  dateLastModified: isoUtc(row.dateLastModified as string),
  metadata: {},
  user: ref(base, 'users', 'user', row.userId as string),
  class: ref(base, 'classes', 'class', row.classId as string),
  school: ref(base, 'orgs', 'org', row.schoolId as string),
  role: row.role,
  primary: row.primary,
  ...(row.beginDate ? { beginDate: isoUtc(row.beginDate as string).slice(0, 10) } : {}),
});

const ENROLLMENT_SELECTABLE = [
  'sourcedId',
  'status',
  'dateLastModified',
  'metadata',
  'user',
  'class',
  'school',
  'role',
  'primary',
  'beginDate',
];

export const RESOURCES: Record<string, Resource> = {
  orgs: {
    many: 'orgs',
    one: 'org',
    fields: ORG_FIELDS,
    selectable: ORG_SELECTABLE,
    source: (roots) => orgsSource(roots, false),
    toJson: orgJson,
  },
  schools: {
    many: 'orgs',
    one: 'org',
    fields: ORG_FIELDS,
    selectable: ORG_SELECTABLE,
    source: (roots) => orgsSource(roots, true),
    toJson: orgJson,
  },
  users: {
    many: 'users',
    one: 'user',
    fields: USER_FIELDS,
    selectable: USER_SELECTABLE,
    source: (roots) => usersSource(roots),
    toJson: userJson,
  },
  teachers: {
    many: 'users',
    one: 'user',
    fields: USER_FIELDS,
    selectable: USER_SELECTABLE,
    source: (roots) => usersSource(roots, true),
    toJson: userJson,
  },
  classes: {
    many: 'classes',
    one: 'class',
    fields: CLASS_FIELDS,
    selectable: CLASS_SELECTABLE,
    source: classesSource,
    toJson: classJson,
  },
  enrollments: {
    many: 'enrollments',
    one: 'enrollment',
    fields: ENROLLMENT_FIELDS,
    selectable: ENROLLMENT_SELECTABLE,
    source: enrollmentsSource,
    toJson: enrollmentJson,
  },
};

const PATH = new RegExp(`^${ONEROSTER_BASE}/(orgs|schools|users|teachers|classes|enrollments)(?:/([^/]{1,200}))?$`);

export interface OneRosterDeps {
  db: Database;
  baseUrl: string;
}

/** Answers a OneRoster route for a viewer, or null when the path is not one. */
export async function handleOneRoster(
  request: Request,
  url: URL,
  viewer: Viewer,
  { db, baseUrl }: OneRosterDeps,
  R: ResponseClass,
): Promise<Response | null> {
  const match = PATH.exec(url.pathname);
  if (!match) return null;
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return failure(R, 'oneroster', 'method', 'Only GET is supported.');
  if (!viewer.user) {
    return failure(R, 'oneroster', 'unauthorised', 'A bearer token is required.', {
      headers: { 'www-authenticate': 'Bearer' },
    });
  }
  const roots = scopeOf(viewer, 'roster:read');
  if (!roots.length) {
    return failure(
      R,
      'oneroster',
      'forbidden',
      'Reading the roster needs a school, district or province admin or a sync client.',
    );
  }
  const resource = RESOURCES[match[1] ?? ''];
  if (!resource) return null;
  let id: string | null = null;
  try {
    id = match[2] ? decodeURIComponent(match[2]) : null;
  } catch {
    return failure(R, 'oneroster', 'missing', 'No such record.');
  }
  const params = url.searchParams;
  try {
    const fields = parseFields(params.get('fields'), resource.selectable);
    if (id !== null) {
      const rows = await db.prisma.$queryRaw<Array<{ row: Record<string, unknown> }>>`
        WITH r AS (${resource.source(roots)})
        SELECT row_to_json(r) AS row FROM r WHERE r."sourcedId" = ${id} LIMIT 1`;
      const row = rows[0]?.row;
      if (!row) return failure(R, 'oneroster', 'missing', `No ${resource.one} ${id}.`);
      return json(R, { [resource.one]: select(resource.toJson(row, baseUrl), fields) });
    }
    const filterText = params.get('filter');
    const filter = filterText === null ? null : parseFilter(filterText, resource.fields);
    const sort = parseSort(params.get('sort'), params.get('orderBy'), resource.fields);
    const page = parsePage(params.get('limit'), params.get('offset'));
    const where = filterSql(filter, resource.fields);
    const order = orderSql(sort, resource.fields);
    const [result] = await db.prisma.$queryRaw<Array<{ total: number; rows: Array<Record<string, unknown>> }>>`
      WITH r AS (${resource.source(roots)})
      SELECT (SELECT count(*)::int FROM r WHERE ${where}) AS total,
             (SELECT coalesce(json_agg(p.row ORDER BY p.n), '[]'::json)
                FROM (SELECT row_to_json(r) AS row, row_number() OVER (ORDER BY ${order}) AS n
                        FROM r WHERE ${where} ORDER BY ${order}
                       LIMIT ${page.limit} OFFSET ${page.offset}) p) AS rows`;
    const total = result?.total ?? 0;
    const records = (result?.rows ?? []).map((row) => select(resource.toJson(row, baseUrl), fields));
    const links = pageLinks(new URL(url.pathname + url.search, baseUrl), page, total);
    return json(R, { [resource.many]: records }, 200, {
      'x-total-count': String(total),
      ...(links ? { link: links } : {}),
    });
  } catch (error) {
    if (error instanceof QueryError) return failure(R, 'oneroster', 'badQuery', error.message, { code: error.code });
    throw error;
  }
}
