import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../prisma/seed/demo.js';
import { seed } from '../../prisma/seed/seed.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import type { OrgRef, UserRef } from '../helpers/factories.js';

let t: TestApp;
let other: { district: OrgRef; school: OrgRef; class: OrgRef; group: OrgRef; teacher: UserRef };
beforeAll(async () => {
  t = await createTestApp();
  await seed(t.db.prisma);
  const { district } = await t.seed.district('Another district');
  const school = await t.seed.school(district);
  other = { district, ...school, teacher: await t.seed.user(school.school, [['TEACHER', school.school]]) };
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

/** What each seeded login may see: its organisation's subtree, nothing else. */
const expected: Record<string, string[]> = {
  teacher: school1,
  'class.tutor': ['demo-school-1-class-1'],
  'group.leader': ['demo-school-1-group-1'],
  'school.admin': school1,
  'district.admin': district,
  expert: district,
  'sync.client': ['demo-province', 'demo-city', ...district],
  teacher2: school2,
  'school2.admin': school2,
};

describe('organisation visibility by role', () => {
  it('covers every seeded login', () => {
    expect(Object.keys(expected).sort()).toEqual(DEMO_USERS.map((u) => u.login).sort());
  });

  it.each(Object.entries(expected))('%s sees exactly its subtree', async (login, codes) => {
    const res = await t.gql(VISIBLE_CODES, {}, login);
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
      'district.admin',
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
    const res = await t.gql(`{ organisations(first: 5) { nodes { code parent { code } } } }`, {}, 'school.admin');
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
      const res = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: encodeGlobalID(type, id) }, login);
      expect(res.errors, `${login} ${type}`).toBeUndefined();
      expect(res.data!.node, `${login} ${type}`).toBeNull();
    }
    const res = await t.gql(
      `query($id: ID!) { organisation(id: $id) { id } }`,
      { id: encodeGlobalID('Organisation', other.school.id) },
      login,
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
      const res = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: encodeGlobalID(type, id) });
      expect(res.errors, type).toBeUndefined();
      expect(res.data!.node, type).toBeNull();
    }
  });

  it('a denied object is indistinguishable from a missing one', async () => {
    const denied = await t.gql(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: encodeGlobalID('Organisation', other.school.id) },
      'district.admin',
    );
    const missing = await t.gql(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: encodeGlobalID('Organisation', '00000000-0000-4000-8000-000000000000') },
      'district.admin',
    );
    expect(denied).toEqual(missing);
  });

  it('the other district’s own admin does see them', async () => {
    const admin = await t.seed.user(other.district, [['DISTRICT_ADMIN', other.district]]);
    const res = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on User { login } } }`,
      { id: encodeGlobalID('User', other.teacher.id) },
      admin,
    );
    expect(res.data!.node).toEqual({ login: other.teacher.login });
  });

  it('refuses a global ID of the wrong type', async () => {
    const res = await t.gql(
      `query($id: ID!) { organisation(id: $id) { id } }`,
      { id: encodeGlobalID('User', other.teacher.id) },
      'sync.client',
    );
    expect(res.data?.organisation ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(/Organisation/);
  });

  it('refuses a malformed global ID', async () => {
    const res = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: 'not-an-id' }, 'sync.client');
    expect(res.errors?.length).toBeGreaterThan(0);
  });
});

describe('users', () => {
  it('a user’s roles on organisations the viewer cannot see are left out', async () => {
    const both = await t.seed.user(other.school, [['TEACHER', other.school]]);
    const demoSchool = await t.db.prisma.organisation.findUniqueOrThrow({ where: { code: 'demo-school-1' } });
    await t.db.prisma.roleAssignment.create({
      data: { userId: both.id, role: 'EXPERT', organisationId: demoSchool.id, orgPath: demoSchool.path },
    });
    const res = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on User { login email roleAssignments { role organisation { code } } } } }`,
      { id: encodeGlobalID('User', both.id) },
      'school.admin',
    );
    expect(res.data!.node).toEqual({
      login: both.login,
      email: null,
      roleAssignments: [{ role: 'EXPERT', organisation: { code: 'demo-school-1' } }],
    });
  });

  it('shows e-mail to the user and admins over their home, not to peers', async () => {
    const query = `{ organisations(kind: SCHOOL, first: 5) { nodes { code members(role: SCHOOL_ADMIN, first: 5) { nodes { user { login email } } } } } }`;
    const adminOf = (data: any) =>
      data.organisations.nodes.find((o: { code: string }) => o.code === 'demo-school-1').members.nodes[0].user;
    expect(adminOf((await t.gql(query, {}, 'district.admin')).data)).toEqual({
      login: 'school.admin',
      email: 'school.admin@demo.tisheng.invalid',
    });
    expect(adminOf((await t.gql(query, {}, 'school.admin')).data)).toEqual({
      login: 'school.admin',
      email: 'school.admin@demo.tisheng.invalid',
    });
    expect(adminOf((await t.gql(query, {}, 'teacher')).data)).toEqual({ login: 'school.admin', email: null });
  });
});

describe('viewer', () => {
  it('gives the user, role assignments and capability flags', async () => {
    const res = await t.gql(
      `{ viewer { user { login } roleAssignments { role organisation { code } } can { selectCompetencies reviewSelections manageProgrammes viewClassProgress syncCredits } } }`,
      {},
      'teacher',
    );
    expect(res.data!.viewer).toEqual({
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
        syncCredits: false,
      },
    });
    const admin = await t.gql(
      `{ viewer { can { selectCompetencies reviewSelections manageProgrammes viewDistrict } } }`,
      {},
      'district.admin',
    );
    expect(admin.data!.viewer.can).toEqual({
      selectCompetencies: false,
      reviewSelections: false,
      manageProgrammes: true,
      viewDistrict: true,
    });
  });
});
