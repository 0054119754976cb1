import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../prisma/seed/demo.js';
import { ViewerDocument } from '../../sdk/src/generated/graphql.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { gid } from '../kit/ids.js';
import type { OrgRef, UserRef } from '../kit/world.js';

let t: TestApp;
/** Another district (outside the demo province), one of its schools and a teacher there. */
let other: { district: OrgRef; school: OrgRef; class: OrgRef; group: OrgRef; teacher: UserRef; admin: UserRef };
beforeAll(async () => {
  t = await testApp();
  await t.world.demo();
  const d = await t.world.district({ name: 'Another district' });
  const s = await d.school();
  other = { ...s, district: d.district, teacher: await s.teacher({ class: null }), admin: d.admin };
});
afterAll(() => t.close());

const VISIBLE_CODES = `query { organisations(kind: PROVINCE, first: 100) { nodes { code } }
  cities: organisations(kind: CITY, first: 100) { nodes { code } }
  districts: organisations(kind: DISTRICT, first: 100) { nodes { code } }
  schools: organisations(kind: SCHOOL, first: 100) { nodes { code } }
  classes: organisations(kind: CLASS, first: 100) { nodes { code } }
  groups: organisations(kind: GROUP, first: 100) { nodes { code } } }`;

const school1 = ['demo-school-1', 'demo-school-1-class-1', 'demo-school-1-group-1'];
const school2 = ['demo-school-2', 'demo-school-2-class-1', 'demo-school-2-group-1'];
const district = ['demo-district', ...school1, ...school2];

/**
 * What each seeded login may see: its organisation's subtree, nothing else. The sync client is refused the organisation
 * tree altogether (it may call only the sync operations: CLIENT_OPERATION_REFUSED).
 */
const expected: Record<string, string[]> = {
  teacher: school1,
  'class.tutor': ['demo-school-1-class-1'],
  'group.leader': ['demo-school-1-group-1'],
  'school.admin': school1,
  'district.admin': district,
  expert: district,
  'province.admin': ['demo-province', 'demo-city', ...district],
  teacher2: school2,
  'school2.admin': school2,
};

describe('organisation visibility by role', () => {
  it('covers every seeded login', () => {
    expect([...Object.keys(expected), 'sync.client'].sort()).toEqual(DEMO_USERS.map((u) => u.login).sort());
  });

  it('refuses the sync client the organisation tree and node(id): it may call only the sync operations', async () => {
    const tree = await t.gql(VISIBLE_CODES, {}, { as: 'sync.client' });
    expect(tree.data ?? null).toBeNull();
    expect(tree.errors?.map((error) => error.extensions?.code)).toEqual(['CLIENT_OPERATION_REFUSED']);
    const node = await t.gql(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: gid('Organisation', other.school.id) },
      { as: 'sync.client' },
    );
    expect(node.errors?.map((error) => error.extensions?.code)).toEqual(['CLIENT_OPERATION_REFUSED']);
  });

  it.each(Object.entries(expected))('%s sees exactly its subtree', async (login, codes) => {
    const res = await t.gql(VISIBLE_CODES, {}, { as: login });
    expect(res.errors).toBeUndefined();
    const seen = Object.values(res.data as Record<string, { nodes: Array<{ code: string }> }>).flatMap((c) =>
      c.nodes.map((n) => n.code),
    );
    expect(seen.sort()).toEqual([...codes].sort());
  });

  it('anonymous viewers see no organisation', async () => {
    const res = await t.gql(VISIBLE_CODES);
    expect(Object.values(res.data as Record<string, { nodes: unknown[] }>).every((c) => c.nodes.length === 0)).toBe(
      true,
    );
  });

  it('the top of the subtree, then schools → classes and groups with members by role', async () => {
    const res = await t.gql(
      `{ organisations(first: 10) { totalCount nodes { code kind parent { code }
          children(first: 10) { totalCount nodes { code children(first: 10) { nodes { kind code
            tutors: members(role: CLASS_TUTOR, first: 10) { nodes { role user { login } } }
            members(first: 10) { totalCount nodes { role user { login } } } } } } } } } }`,
      {},
      { as: 'district.admin' },
    );
    expect(res.errors).toBeUndefined();
    const top = res.data!.organisations;
    expect(top.totalCount).toBe(1);
    expect(top.nodes[0]).toMatchObject({ code: 'demo-district', kind: 'DISTRICT', parent: null });
    const schools = top.nodes[0].children;
    expect(schools.nodes.map((s: { code: string }) => s.code)).toEqual(['demo-school-1', 'demo-school-2']);
    const klass = schools.nodes[0].children.nodes.find((o: { kind: string }) => o.kind === 'CLASS');
    expect(klass.tutors.nodes).toEqual([{ role: 'CLASS_TUTOR', user: { login: 'class.tutor' } }]);
    expect(klass.members.nodes).toEqual([
      { role: 'TEACHER', user: { login: 'teacher' } },
      { role: 'CLASS_TUTOR', user: { login: 'class.tutor' } },
    ]);
  });

  it('shows a school admin its school, whose parent is outside its subtree and so null', async () => {
    const res = await t.gql(
      `{ organisations(first: 5) { nodes { code parent { code } } } }`,
      {},
      { as: 'school.admin' },
    );
    expect(res.data!.organisations.nodes).toEqual([{ code: 'demo-school-1', parent: null }]);
  });
});

describe('node(id) across tenants', () => {
  const logins = Object.keys(expected);

  it.each(logins)('%s gets null for another district’s school, class, group and user', async (login) => {
    for (const [type, id] of [
      ['Organisation', other.school.id],
      ['Organisation', other.class.id],
      ['Organisation', other.group.id],
      ['Organisation', other.district.id],
      ['User', other.teacher.id],
    ] as const) {
      const res = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: gid(type, id) }, { as: login });
      expect(res.errors, `${login} ${type}`).toBeUndefined();
      expect(res.data!.node, `${login} ${type}`).toBeNull();
    }
    const res = await t.gql(
      `query($id: ID!) { organisation(id: $id) { id } }`,
      { id: gid('Organisation', other.school.id) },
      { as: login },
    );
    expect(res.data!.organisation).toBeNull();
  });

  it('anonymous viewers get null for any organisation, user or role assignment', async () => {
    const assignment = await t.db.prisma.roleAssignment.findFirstOrThrow({ where: { userId: other.teacher.id } });
    for (const [type, id] of [
      ['Organisation', other.school.id],
      ['User', other.teacher.id],
      ['RoleAssignment', assignment.id],
    ] as const) {
      const res = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: gid(type, id) });
      expect(res.errors, type).toBeUndefined();
      expect(res.data!.node, type).toBeNull();
    }
  });

  it('a denied object is indistinguishable from a missing one', async () => {
    const denied = await t.gql(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: gid('Organisation', other.school.id) },
      { as: 'district.admin' },
    );
    const missing = await t.gql(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: gid('Organisation', '00000000-0000-4000-8000-000000000000') },
      { as: 'district.admin' },
    );
    expect(denied).toEqual(missing);
  });

  it('the other district’s own admin does see them', async () => {
    const res = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on User { login } } }`,
      { id: other.teacher.gid },
      { as: other.admin },
    );
    expect(res.data!.node).toEqual({ login: other.teacher.login });
  });

  it('refuses a global ID of the wrong type', async () => {
    const res = await t.gql(
      `query($id: ID!) { organisation(id: $id) { id } }`,
      { id: gid('User', other.teacher.id) },
      { as: 'province.admin' },
    );
    expect(res.data?.organisation ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(/Organisation/);
  });

  it('refuses a malformed global ID', async () => {
    const res = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: 'not-an-id' }, { as: 'province.admin' });
    expect(res.errors?.length).toBeGreaterThan(0);
  });
});

describe('users', () => {
  it('a user’s roles on organisations the viewer cannot see are left out', async () => {
    const both = await t.world.user(other.school, [['TEACHER', other.school]]);
    const demoSchool = await t.db.prisma.organisation.findUniqueOrThrow({ where: { code: 'demo-school-1' } });
    await t.db.prisma.roleAssignment.create({
      data: { userId: both.id, role: 'EXPERT', organisationId: demoSchool.id, orgPath: demoSchool.path },
    });
    const res = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on User { login email roleAssignments { role organisation { code } } } } }`,
      { id: gid('User', both.id) },
      { as: 'school.admin' },
    );
    expect(res.data!.node).toEqual({
      login: both.login,
      email: null,
      roleAssignments: [{ role: 'EXPERT', organisation: { code: 'demo-school-1' } }],
    });
  });

  it('shows e-mail to the user and admins over their home, not to peers', async () => {
    const query = `{ organisations(kind: SCHOOL, first: 5) { nodes { code members(role: SCHOOL_ADMIN, first: 5) { nodes { user { login email } } } } } }`;
    const adminOf = (data: AdHoc) =>
      data.organisations.nodes.find((o: { code: string }) => o.code === 'demo-school-1').members.nodes[0].user;
    expect(adminOf((await t.gql(query, {}, { as: 'district.admin' })).data)).toEqual({
      login: 'school.admin',
      email: 'school.admin@demo.tisheng.invalid',
    });
    expect(adminOf((await t.gql(query, {}, { as: 'school.admin' })).data)).toEqual({
      login: 'school.admin',
      email: 'school.admin@demo.tisheng.invalid',
    });
    expect(adminOf((await t.gql(query, {}, { as: 'teacher' })).data)).toEqual({ login: 'school.admin', email: null });
  });
});

describe('viewer', () => {
  it('gives the user, role assignments and capability flags', async () => {
    const { viewer } = await t.data(ViewerDocument, {}, { as: 'teacher' });
    expect(viewer).toMatchObject({
      user: { login: 'teacher' },
      roleAssignments: [
        { role: 'TEACHER', organisation: { code: 'demo-school-1' } },
        { role: 'TEACHER', organisation: { code: 'demo-school-1-class-1' } },
        { role: 'TEACHER', organisation: { code: 'demo-school-1-group-1' } },
      ],
      can: {
        selectCompetencies: true,
        reviewSelections: false,
        manageProgrammes: false,
        viewClassProgress: false,
      },
    });
    const admin = await t.data(ViewerDocument, {}, { as: 'district.admin' });
    expect(admin.viewer?.can).toMatchObject({
      selectCompetencies: false,
      reviewSelections: false,
      manageProgrammes: true,
      viewDistrict: true,
    });
  });
});
