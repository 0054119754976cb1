/**
 * OneRoster 1.2 rostering routes through the real server: every route's output against the JSON Schemas written from
 * the REST/JSON binding (tests/schemas), filter/sort/paging/selection, deltas with tombstones, the statement count
 * flat in limit, and the authorization table (every role in its own district and another district).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type TestApp, testApp } from '../kit/app.js';
import type { EnrolmentRef, UserRef } from '../kit/world.js';
import { expectValid } from '../schemas/validate.js';
import { matrix, type Tenant, tenant, VIEWERS, type Viewer, viewerIn } from './matrix/kit.js';

const BASE = '/ims/oneroster/rostering/v1p2';
let t: TestApp;
let A: Tenant;
let B: Tenant;

interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

async function get(path: string, as: UserRef | null, token?: string): Promise<Answer> {
  const bearer = token ?? (as ? await t.tokenFor(as) : null);
  const response = await t.fetch(path, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

const ids = (answer: Answer, key: string) =>
  (answer.body[key] as Array<{ sourcedId: string }> | undefined)?.map((record) => record.sourcedId) ?? [];

const codeMinor = (answer: Answer) =>
  (answer.body.imsx_CodeMinor as { imsx_codeMinorField: Array<{ imsx_codeMinorFieldValue: string }> })
    .imsx_codeMinorField[0]?.imsx_codeMinorFieldValue;

/** The definitions of tests/schemas/oneroster-v1p2-rostering.json a list and a single record follow. */
const SCHEMAS: Record<string, { many: string; one: string; key: string }> = {
  orgs: { many: 'OrgSet', one: 'SingleOrg', key: 'orgs' },
  schools: { many: 'OrgSet', one: 'SingleOrg', key: 'orgs' },
  users: { many: 'UserSet', one: 'SingleUser', key: 'users' },
  teachers: { many: 'UserSet', one: 'SingleUser', key: 'users' },
  classes: { many: 'ClassSet', one: 'SingleClass', key: 'classes' },
  enrollments: { many: 'EnrollmentSet', one: 'SingleEnrollment', key: 'enrollments' },
};

/** One record of each collection in a tenant's school (the school, its teacher, its class, the teacher's enrolment). */
const targets = (x: Tenant): Record<string, string> => ({
  orgs: x.s.school.id,
  schools: x.s.school.id,
  users: x.enrolment.teacher.id,
  teachers: x.enrolment.teacher.id,
  classes: x.s.class.id,
  enrollments: x.enrolment.id,
});

function expectValidAnswer(collection: string, answer: Answer, single: boolean) {
  const schemas = SCHEMAS[collection];
  if (!schemas) throw new Error(collection);
  if (answer.status === 200)
    expectValid('oneroster-v1p2-rostering.json', single ? schemas.one : schemas.many, answer.body);
  else expectValid('imsx-status-info.json', 'OneRoster', answer.body);
}

beforeAll(async () => {
  t = await testApp();
  matrix.t = t;
  A = await tenant();
  B = await tenant();
}, 120_000);

afterAll(async () => {
  await t?.close();
});

/** Who reads the roster (roster:read): the admins over the school and the district's sync client. */
const READERS: readonly Viewer[] = ['schoolAdmin', 'districtAdmin', 'provinceAdmin', 'syncClient'];

type Outcome = 200 | 401 | 403 | 404;
const ownOutcome = (v: Viewer): Outcome => (v === 'anonymous' ? 401 : READERS.includes(v) ? 200 : 403);
const otherOutcome = (v: Viewer): Outcome => (v === 'anonymous' ? 401 : READERS.includes(v) ? 404 : 403);

describe('authorization: every route, every role, own and other district', () => {
  for (const collection of Object.keys(SCHEMAS)) {
    test(`GET ${collection} and ${collection}/{id}`, async () => {
      const own = targets(A)[collection] ?? '';
      const other = targets(B)[collection] ?? '';
      const key = SCHEMAS[collection]?.key ?? '';
      const seen: Record<string, unknown> = {};
      for (const v of VIEWERS) {
        const as = viewerIn(A, v);
        const list = await get(`${BASE}/${collection}`, as);
        const mine = await get(`${BASE}/${collection}/${own}`, as);
        const theirs = await get(`${BASE}/${collection}/${other}`, as);
        seen[v] = [list.status, mine.status, theirs.status];
        expectValidAnswer(collection, list, false);
        expectValidAnswer(collection, mine, true);
        expectValidAnswer(collection, theirs, true);
        expect([list.status, mine.status, theirs.status], `${v} ${collection}`).toEqual([
          ownOutcome(v),
          ownOutcome(v),
          otherOutcome(v),
        ]);
        if (list.status === 200) {
          expect(ids(list, key), `${v} lists its own ${collection}`).toContain(own);
          expect(ids(list, key), `${v} never lists another district's ${collection}`).not.toContain(other);
          expect(list.headers.get('x-total-count')).toBe(String(ids(list, key).length));
        }
        if (list.status === 401) expect(codeMinor(list)).toBe('unauthorisedrequest');
        if (list.status === 403) expect(codeMinor(list)).toBe('forbidden');
        if (theirs.status === 404) expect(codeMinor(theirs)).toBe('unknownobject');
      }
    });
  }

  test('a token that cannot be trusted is a 401 with the imsx body; an unknown route a 404', async () => {
    const bad = await get(`${BASE}/users`, null, 'not-a-token');
    expect(bad.status).toBe(401);
    expect(bad.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expectValid('imsx-status-info.json', 'OneRoster', bad.body);
    const unknown = await get(`${BASE}/courses`, A.d.admin);
    expect(unknown.status).toBe(404);
    expectValid('imsx-status-info.json', 'OneRoster', unknown.body);
  });

  test('a school admin sees only their school: not the district org, not district staff', async () => {
    const orgs = await get(`${BASE}/orgs`, A.s.admin);
    expect(ids(orgs, 'orgs')).toEqual([A.s.school.id]);
    const users = ids(await get(`${BASE}/users?limit=1000`, A.s.admin), 'users');
    expect(users).toContain(A.s.tutor.id);
    expect(users).not.toContain(A.d.admin.id);
    // Teachers: the teaching roles only (not the school admin).
    const teachers = ids(await get(`${BASE}/teachers?limit=1000`, A.s.admin), 'users');
    expect(teachers).toEqual(expect.arrayContaining([A.enrolment.teacher.id, A.s.tutor.id, A.s.leader.id]));
    expect(teachers).not.toContain(A.s.admin.id);
    // Sync clients' service users are never rostered.
    expect(ids(await get(`${BASE}/users?limit=1000`, A.d.admin), 'users')).not.toContain(A.syncClient.id);
  });

  test('records map to OneRoster: orgs, users with roles, classes with school/course/terms, enrollments', async () => {
    const org = (await get(`${BASE}/orgs/${A.d.district.id}`, A.d.admin)).body.org as Record<string, unknown>;
    expect(org).toMatchObject({
      sourcedId: A.d.district.id,
      status: 'active',
      type: 'district',
      name: A.d.district.name,
    });
    expect((org.children as Array<{ sourcedId: string }>).map((c) => c.sourcedId)).toContain(A.s.school.id);
    const tutor = (await get(`${BASE}/users/${A.s.tutor.id}`, A.d.admin)).body.user as Record<string, unknown>;
    expect(tutor).toMatchObject({ username: A.s.tutor.login, enabledUser: true, givenName: A.s.tutor.displayName });
    expect(tutor.roles).toEqual([
      { roleType: 'primary', role: 'teacher', org: expect.objectContaining({ sourcedId: A.s.school.id, type: 'org' }) },
    ]);
    const klass = (await get(`${BASE}/classes/${A.s.class.id}`, A.d.admin)).body.class as Record<string, unknown>;
    expect(klass).toMatchObject({
      title: A.s.class.name,
      classCode: A.s.class.code,
      school: expect.objectContaining({ sourcedId: A.s.school.id }),
      course: expect.objectContaining({ sourcedId: A.p.id, type: 'course' }),
    });
    const enrollments = (await get(`${BASE}/enrollments?filter=${encodeURIComponent(`role='teacher'`)}`, A.d.admin))
      .body.enrollments as Array<Record<string, unknown>>;
    expect(enrollments.map((e) => (e.user as { sourcedId: string }).sourcedId)).toContain(A.s.tutor.id);
    const trainee = (await get(`${BASE}/enrollments/${A.enrolment.id}`, A.d.admin)).body.enrollment;
    expect(trainee).toMatchObject({
      role: 'student',
      primary: false,
      user: { sourcedId: A.enrolment.teacher.id, type: 'user' },
      class: { sourcedId: A.s.class.id, type: 'class' },
      school: { sourcedId: A.s.school.id, type: 'org' },
    });
  });
});

describe('filter, sort, paging and field selection (in SQL)', () => {
  const q = (path: string, params: Record<string, string>) => `${BASE}/${path}?${new URLSearchParams(params)}`;

  test('limit/offset pages with X-Total-Count and Link; sort and orderBy', async () => {
    await A.s.teachers(5);
    const all = await get(q('users', { sort: 'username', limit: '1000' }), A.d.admin);
    const usernames = (all.body.users as Array<{ username: string }>).map((u) => u.username);
    expect(usernames).toEqual([...usernames].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const total = usernames.length;
    expect(total).toBeGreaterThan(6);
    const page = await get(q('users', { sort: 'username', limit: '2', offset: '2' }), A.d.admin);
    expectValid('oneroster-v1p2-rostering.json', 'UserSet', page.body);
    expect((page.body.users as Array<{ username: string }>).map((u) => u.username)).toEqual(usernames.slice(2, 4));
    expect(page.headers.get('x-total-count')).toBe(String(total));
    const link = page.headers.get('link') ?? '';
    expect(link).toContain('offset=4>; rel="next"');
    expect(link).toContain(`offset=${Math.floor((total - 1) / 2) * 2}>; rel="last"`);
    expect(link).toContain('rel="first"');
    const desc = await get(q('users', { sort: 'username', orderBy: 'desc', limit: '3' }), A.d.admin);
    expect((desc.body.users as Array<{ username: string }>).map((u) => u.username)).toEqual(
      [...usernames].reverse().slice(0, 3),
    );
    const recent = await get(q('users', { sort: 'dateLastModified', orderBy: 'desc', limit: '1000' }), A.d.admin);
    const times = (recent.body.users as Array<{ dateLastModified: string }>).map((u) => Date.parse(u.dateLastModified));
    expect(times).toEqual([...times].sort((x, y) => y - x));
    const beyond = await get(q('users', { offset: String(total + 5) }), A.d.admin);
    expect(beyond.body.users).toEqual([]);
    expect(beyond.headers.get('x-total-count')).toBe(String(total));
  });

  test('filter: = and ~ with AND/OR; unknown fields and bad syntax are refused with the imsx body', async () => {
    const login = A.s.tutor.login;
    const one = await get(q('users', { filter: `username='${login}'` }), A.d.admin);
    expect(ids(one, 'users')).toEqual([A.s.tutor.id]);
    const either = await get(
      q('users', { filter: `username='${login}' OR username='${A.s.admin.login}'`, sort: 'username' }),
      A.d.admin,
    );
    expect(new Set(ids(either, 'users'))).toEqual(new Set([A.s.tutor.id, A.s.admin.id]));
    const both = await get(
      q('users', { filter: `status='active' AND username~'${login.slice(3).toUpperCase()}'` }),
      A.d.admin,
    );
    expect(ids(both, 'users')).toEqual([A.s.tutor.id]);
    const schools = await get(q('orgs', { filter: "type='school'" }), A.d.admin);
    expect(ids(schools, 'orgs')).toEqual([A.s.school.id]);

    for (const [params, code] of [
      [{ filter: "password='x'" }, 'invalid_filter_field'],
      [{ filter: 'username=x' }, 'invaliddata'],
      [{ filter: "status='a' AND status='b' AND status='c'" }, 'invaliddata'],
      [{ sort: 'password' }, 'invalid_sort_field'],
      [{ fields: 'sourcedId,password' }, 'invalid_selection_field'],
      [{ limit: '0' }, 'invaliddata'],
    ] as const) {
      const refused = await get(q('users', params), A.d.admin);
      expect(refused.status, JSON.stringify(params)).toBe(400);
      expectValid('imsx-status-info.json', 'OneRoster', refused.body);
      expect(codeMinor(refused)).toBe(code);
    }
  });

  test('fields selects the keys of each record', async () => {
    const answer = await get(q('users', { fields: 'sourcedId,username', limit: '3' }), A.d.admin);
    for (const user of answer.body.users as Array<Record<string, unknown>>) {
      expect(Object.keys(user).sort()).toEqual(['sourcedId', 'username']);
    }
    const single = await get(`${BASE}/classes/${A.s.class.id}?fields=title`, A.d.admin);
    expect(single.body).toEqual({ class: { title: A.s.class.name } });
  });

  test('the statement count does not depend on limit (one statement a list, besides the viewer)', async () => {
    const count = async (params: Record<string, string>) =>
      (await t.measure(() => get(q('users', params), A.d.admin))).statements;
    const small = await count({ limit: '1' });
    const large = await count({ limit: '50' });
    expect(large).toBe(small);
    expect(await count({ limit: '50', filter: "status='active'", sort: 'familyName' })).toBe(small);
    for (const collection of ['orgs', 'classes', 'enrollments']) {
      const one = (await t.measure(() => get(`${BASE}/${collection}?limit=1`, A.d.admin))).statements;
      const many = (await t.measure(() => get(`${BASE}/${collection}?limit=100`, A.d.admin))).statements;
      expect(many, collection).toBe(one);
    }
    expect(small).toBeLessThanOrEqual(2);
  });
});

describe('deltas: dateLastModified and tombstones', () => {
  test('after a time: deactivated people and their enrolments, removed people and enrolments, as tobedeleted', async () => {
    const deactivated: EnrolmentRef = await A.p.teacher(A.s);
    const removedEnrolment: EnrolmentRef = await A.p.teacher(A.s);
    const removedPerson = await t.world.user(A.s.school, [['TEACHER', A.s.school]]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const [row] = await t.db.prisma.$queryRaw<Array<{ since: string }>>`
      SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS since`;
    const since = row?.since ?? '';
    await new Promise((resolve) => setTimeout(resolve, 20));

    await t.db.prisma.user.update({ where: { id: deactivated.teacher.id }, data: { deactivatedAt: new Date() } });
    await t.db.prisma.enrolment.delete({ where: { id: removedEnrolment.id } });
    await t.db.prisma.user.delete({ where: { id: removedPerson.id } });

    const filter = encodeURIComponent(`dateLastModified>'${since}'`);
    const users = await get(`${BASE}/users?filter=${filter}`, A.d.admin);
    expectValid('oneroster-v1p2-rostering.json', 'UserSet', users.body);
    const changed = users.body.users as Array<Record<string, unknown>>;
    expect(changed.map((u) => u.sourcedId).sort()).toEqual([deactivated.teacher.id, removedPerson.id].sort());
    expect(changed.find((u) => u.sourcedId === deactivated.teacher.id)).toMatchObject({
      status: 'tobedeleted',
      enabledUser: false,
    });
    expect(changed.find((u) => u.sourcedId === removedPerson.id)).toMatchObject({
      status: 'tobedeleted',
      username: removedPerson.login,
      roles: [],
    });
    for (const user of changed) expect(Date.parse(user.dateLastModified as string)).toBeGreaterThan(Date.parse(since));

    const enrollments = await get(`${BASE}/enrollments?filter=${filter}`, A.d.admin);
    expectValid('oneroster-v1p2-rostering.json', 'EnrollmentSet', enrollments.body);
    const delta = enrollments.body.enrollments as Array<Record<string, unknown>>;
    expect(delta.map((e) => e.sourcedId).sort()).toEqual([deactivated.id, removedEnrolment.id].sort());
    expect(delta.every((e) => e.status === 'tobedeleted')).toBe(true);
    expect(delta.find((e) => e.sourcedId === removedEnrolment.id)).toMatchObject({
      role: 'student',
      user: { sourcedId: removedEnrolment.teacher.id },
      class: { sourcedId: A.s.class.id },
      school: { sourcedId: A.s.school.id },
    });

    // A tombstone is read by id too, in scope only.
    const tombstone = await get(`${BASE}/enrollments/${removedEnrolment.id}`, A.s.admin);
    expect(tombstone.body.enrollment).toMatchObject({ status: 'tobedeleted' });
    expect((await get(`${BASE}/enrollments/${removedEnrolment.id}`, B.d.admin)).status).toBe(404);
    expect(ids(await get(`${BASE}/users?filter=${filter}`, B.d.admin), 'users')).toEqual([]);
    // Active records only: the tombstones drop out.
    const active = await get(
      `${BASE}/users?filter=${encodeURIComponent(`dateLastModified>'${since}' AND status='active'`)}`,
      A.d.admin,
    );
    expect(ids(active, 'users')).toEqual([]);
  });

  test('a removed school is a tobedeleted org with its last name and code', async () => {
    const school = await t.world.organisation('SCHOOL', A.d.district);
    await t.db.prisma.organisation.delete({ where: { id: school.id } });
    const answer = await get(`${BASE}/schools/${school.id}`, A.d.admin);
    expectValid('oneroster-v1p2-rostering.json', 'SingleOrg', answer.body);
    expect(answer.body.org).toMatchObject({
      status: 'tobedeleted',
      name: school.name,
      identifier: school.code,
      type: 'school',
    });
  });
});
