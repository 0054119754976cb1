import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_NATIONAL_ID_KEY } from '../../api/config.js';
import type { ProgrammeStatus } from '../../api/db/generated/prisma/enums.js';
import { hashNationalId } from '../../schema/users/national-id.js';
import { type Actor, type TestApp, testApp } from '../kit/app.js';
import { gid, unique } from '../kit/ids.js';
import type { SchoolWorld, UserRef } from '../kit/world.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

// The SDK's EnrolTeacher document selects no national ID, e-mail, home organisation or history: hence this query.
const ENROL = `mutation($input: EnrolTeacherInput!) { enrolTeacher(input: $input) {
  __typename
  ... on Error { code message }
  ... on QuotaExceededError { quota enrolled }
  ... on InvalidNationalIdError { problem }
  ... on ValidationError { issues { path message } }
  ... on EnrolTeacherPayload { accountCreated enrolment { id enrolledAt selectionDueAt selectionWindowOpen coursesOpen
    teacher { login displayName email nationalIdMasked organisation { id } }
    school { id } class { id name } batch { id } programme { id }
    history { action toState actorName } } }
} }`;

type Teacher = { login: string; displayName: string; email?: string; nationalId?: string; classId?: string };

interface SceneOptions {
  quota?: number;
  status?: ProgrammeStatus;
  classPerSchool?: boolean;
  selectionWindowDays?: number;
  schoolPlanGateRate?: number;
}

/**
 * A district running a programme (at least 20 credits) with one batch, two schools enrolled in it, a third school
 * not enrolled, another district, and one user per role.
 */
async function scene(options: SceneOptions = {}) {
  const d = await t.world.district();
  const [s1, s2, outside] = [await d.school(), await d.school(), await d.school()];
  const elsewhere = await t.world.district();
  const elsewhereSchool = await elsewhere.school();
  const selection: Record<string, number> = { minCredits: 20 };
  if (options.selectionWindowDays !== undefined) selection.selectionWindowDays = options.selectionWindowDays;
  if (options.schoolPlanGateRate !== undefined) selection.schoolPlanGateRate = options.schoolPlanGateRate;
  const p = await d.programme({
    name: '提升工程2.0 示范项目',
    rules: { enrolment: { classPerSchool: options.classPerSchool ?? true }, selection },
    schools: [s1, s2],
    quota: options.quota ?? 50,
    ...(options.status ? { status: options.status } : {}),
  });
  return {
    d,
    s1,
    s2,
    outside,
    p,
    users: {
      schoolAdmin: s1.admin,
      teacher: await s1.teacher(),
      tutor: s1.tutor,
      school2Admin: s2.admin,
      school2Teacher: await s2.teacher({ class: null }),
      districtAdmin: d.admin,
      otherDistrictAdmin: elsewhere.admin,
      otherSchoolAdmin: elsewhereSchool.admin,
    } satisfies Record<string, UserRef>,
  };
}

type Scene = Awaited<ReturnType<typeof scene>>;

async function enrol(
  world: Scene,
  teacher: Partial<Teacher> = {},
  as: Actor = world.users.schoolAdmin,
  schoolId = world.s1.school.gid,
) {
  const login = teacher.login ?? `t-${unique()}`;
  const res = await t.gql(
    ENROL,
    { input: { batchId: world.p.batch.gid, schoolId, teacher: { login, displayName: `教师 ${login}`, ...teacher } } },
    { as },
  );
  expect(res.errors).toBeUndefined();
  return { login, result: res.data!.enrolTeacher };
}

describe('enrolTeacher', () => {
  it('creates a new teacher at the school, in the school’s programme class, with a selection window and history', async () => {
    const world = await scene({ selectionWindowDays: 7, schoolPlanGateRate: 0.9 });
    const { login, result } = await enrol(world, { email: 'wang@school.invalid' });
    expect(result.__typename).toBe('EnrolTeacherPayload');
    expect(result.accountCreated).toBe(true);
    const e = result.enrolment;
    expect(e.teacher).toMatchObject({ login, email: 'wang@school.invalid', organisation: { id: world.s1.school.gid } });
    expect(e.school.id).toBe(world.s1.school.gid);
    expect(e.class.id).toBe(world.s1.class.gid);
    expect(e.batch.id).toBe(world.p.batch.gid);
    expect(e.programme.id).toBe(world.p.gid);
    expect(Math.abs(new Date(e.enrolledAt).getTime() - Date.now())).toBeLessThan(60_000);
    expect(new Date(e.selectionDueAt).getTime() - new Date(e.enrolledAt).getTime()).toBe(7 * 24 * 3600 * 1000);
    expect(e.selectionWindowOpen).toBe(true);
    expect(e.coursesOpen).toBe(false); // a plan gate and no plan yet
    expect(e.history).toEqual([{ action: 'ENROL', toState: 'ENROLLED', actorName: world.users.schoolAdmin.login }]);

    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { login }, include: { roleAssignments: true } });
    expect(user.roleAssignments.map((a) => [a.role, a.organisationId]).sort()).toEqual(
      [
        ['TEACHER', world.s1.class.id],
        ['TEACHER', world.s1.school.id],
      ].sort(),
    );
    // The new teacher sees their own enrolment.
    const mine = await t.gql(`{ enrolments { totalCount nodes { id } } }`, {}, { as: { login } });
    expect(mine.data!.enrolments).toEqual({ totalCount: 1, nodes: [{ id: e.id }] });
  });

  it('enrols from a past roster with enrolledAt: the window follows it; a future date is refused', async () => {
    const world = await scene({ selectionWindowDays: 7 });
    const login = `t-${unique()}`;
    const teacher = { login, displayName: `教师 ${login}` };
    const input = (enrolledAt: string) => ({
      input: { batchId: world.p.batch.gid, schoolId: world.s1.school.gid, teacher, enrolledAt },
    });
    const before = await t.rows.writes();
    const future = new Date(Date.now() + 86_400_000).toISOString();
    for (const locale of ['en', 'zh-CN'] as const) {
      const refused = await t.gql(ENROL, input(future), { as: world.users.schoolAdmin, locale });
      expect(refused.data!.enrolTeacher).toMatchObject({
        code: 'INVALID_INPUT',
        issues: [
          {
            path: ['input', 'enrolledAt'],
            message: locale === 'en' ? 'enrolledAt must not be in the future' : 'enrolledAt不能晚于当前时间',
          },
        ],
      });
    }
    expect(await t.rows.writes()).toEqual(before);

    const res = await t.gql(ENROL, input('2021-05-10T01:00:00Z'), { as: world.users.schoolAdmin });
    const e = res.data!.enrolTeacher.enrolment;
    expect(res.data!.enrolTeacher.accountCreated).toBe(true);
    expect([e.enrolledAt, e.selectionDueAt, e.selectionWindowOpen]).toEqual([
      '2021-05-10T01:00:00.000Z',
      '2021-05-17T01:00:00.000Z',
      false,
    ]);
  });

  it('opens courses once the school has uploaded its plan, and always without a gate', async () => {
    const gated = await scene({ schoolPlanGateRate: 0.9 });
    const { result } = await enrol(gated);
    const file = await t.db.prisma.storedFile.create({
      data: {
        storageKey: `k-${unique()}`,
        filename: 'plan.pdf',
        contentType: 'application/pdf',
        size: 1,
        sha256: '0'.repeat(64),
        orgPath: gated.s1.school.path,
        uploadedById: gated.users.schoolAdmin.id,
      },
    });
    await t.db.prisma.schoolPlan.create({
      data: {
        programmeId: gated.p.id,
        schoolId: gated.s1.school.id,
        orgPath: gated.s1.school.path,
        fileId: file.id,
        uploadedById: gated.users.schoolAdmin.id,
      },
    });
    const after = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Enrolment { coursesOpen } } }`,
      { id: result.enrolment.id },
      { as: gated.users.schoolAdmin },
    );
    expect(after.data!.node.coursesOpen).toBe(true);

    const open = await scene();
    expect((await enrol(open)).result.enrolment.coursesOpen).toBe(true);
  });

  it('stores the national ID only as a keyed hash and a mask, shown to the teacher and admins only', async () => {
    const world = await scene();
    const nationalId = '440402199003191234';
    const { login, result } = await enrol(world, { nationalId });
    expect(result.enrolment.teacher.nationalIdMasked).toBe('440402********1234');
    const row = await t.db.prisma.user.findUniqueOrThrow({ where: { login } });
    expect(row.nationalIdHash).toBe(hashNationalId(nationalId, DEVELOPMENT_NATIONAL_ID_KEY));
    expect(row.nationalIdMasked).toBe('440402********1234');
    expect(JSON.stringify(row)).not.toContain(nationalId);
    expect(JSON.stringify(row)).not.toContain('19900319');

    const query = `query($id: ID!) { node(id: $id) { ... on User { nationalIdMasked } } }`;
    const id = gid('User', row.id);
    const seenBy = async (as: Actor) => (await t.gql(query, { id }, { as })).data!.node?.nationalIdMasked;
    expect(await seenBy({ login })).toBe('440402********1234');
    expect(await seenBy(world.users.schoolAdmin)).toBe('440402********1234');
    expect(await seenBy(world.users.districtAdmin)).toBe('440402********1234');
    expect(await seenBy(world.users.teacher)).toBeNull(); // a colleague sees the user but not the number
    expect(await seenBy(world.users.school2Admin)).toBeUndefined(); // invisible user: node is null
  });

  it('refuses an invalid national ID with INVALID_NATIONAL_ID and changes nothing', async () => {
    const world = await scene();
    const before = await t.rows.writes();
    const { result } = await enrol(world, { nationalId: '440402199003191235' });
    expect(result).toMatchObject({
      __typename: 'InvalidNationalIdError',
      code: 'INVALID_NATIONAL_ID',
      problem: 'CHECK_DIGIT',
    });
    expect(await t.rows.writes()).toEqual(before);
  });

  it('refuses bad input with a ValidationError', async () => {
    const world = await scene();
    const before = await t.rows.writes();
    const { result } = await enrol(world, { login: 'has space', email: 'not-mail' });
    expect(result.__typename).toBe('ValidationError');
    expect(result.code).toBe('INVALID_INPUT');
    expect(await t.rows.writes()).toEqual(before);
  });

  it('refuses a login, name or e-mail a spreadsheet would run as a formula with a ValidationError naming the field', async () => {
    const world = await scene();
    const before = await t.rows.writes();
    const VALIDATION = `mutation($input: EnrolTeacherInput!) { enrolTeacher(input: $input) { __typename ... on ValidationError { code issues { path message } } } }`;
    for (const [field, value] of [
      ['login', '=cmd|calc'],
      ['login', '\tzhang'],
      ['displayName', '=HYPERLINK("http://evil.invalid","点我")'],
      ['displayName', '@SUM(A1)'],
      ['displayName', '\r王芳'],
      ['email', '+1@x.invalid'],
      ['email', '-x@x.invalid'],
    ] as const) {
      const teacher = { login: `t-${unique()}`, displayName: '王芳', [field]: value };
      const res = await t.gql(
        VALIDATION,
        { input: { batchId: world.p.batch.gid, schoolId: world.s1.school.gid, teacher } },
        { as: world.users.schoolAdmin },
      );
      expect(res.data!.enrolTeacher, `${field} ${JSON.stringify(value)}`).toEqual({
        __typename: 'ValidationError',
        code: 'INVALID_INPUT',
        issues: [
          {
            path: ['input', 'teacher', field],
            message: `${field} must not begin with =, +, -, @, a tab or a carriage return (a spreadsheet would read it as a formula)`,
          },
        ],
      });
    }
    expect(await t.rows.writes()).toEqual(before);
  });

  it.each([
    ['a teacher of the school', 'teacher', 'FORBIDDEN_ACTION'],
    ['the class tutor', 'tutor', 'NOT_FOUND'],
    ['another school’s admin in the district', 'school2Admin', 'NOT_FOUND'],
    ['the district admin', 'districtAdmin', 'FORBIDDEN_ACTION'],
    ['another district’s admin', 'otherDistrictAdmin', 'NOT_FOUND'],
    ['another district’s school admin', 'otherSchoolAdmin', 'NOT_FOUND'],
  ] as const)('refuses %s (%s) with %s and changes nothing', async (_who, role, code) => {
    const world = await scene();
    const before = await t.rows.writes();
    const { result } = await enrol(world, {}, world.users[role]);
    expect(result.code).toBe(code);
    expect(await t.rows.writes()).toEqual(before);
  });

  it('refuses anonymous callers as if the school did not exist', async () => {
    const world = await scene();
    const res = await t.gql(ENROL, {
      input: { batchId: world.p.batch.gid, schoolId: world.s1.school.gid, teacher: { login: 'x', displayName: 'x' } },
    });
    expect(res.data?.enrolTeacher).toMatchObject({ code: 'NOT_FOUND', message: 'School was not found.' });
  });

  it('reports a batch the school is not enrolled in as NOT_FOUND, and a closed programme as INVALID_STATE', async () => {
    const world = await scene();
    const { result } = await enrol(world, {}, world.outside.admin, world.outside.school.gid);
    expect(result).toMatchObject({ code: 'NOT_FOUND', message: 'Batch was not found.' });

    const closed = await scene({ status: 'CLOSED' });
    const before = await t.rows.writes();
    expect((await enrol(closed)).result.code).toBe('INVALID_STATE');
    expect(await t.rows.writes()).toEqual(before);
  });

  it('enrols within the quota and refuses beyond it with QUOTA_EXCEEDED', async () => {
    const world = await scene({ quota: 2 });
    expect((await enrol(world)).result.__typename).toBe('EnrolTeacherPayload');
    expect((await enrol(world)).result.__typename).toBe('EnrolTeacherPayload');
    const before = await t.rows.writes();
    const { result } = await enrol(world);
    expect(result).toMatchObject({ __typename: 'QuotaExceededError', code: 'QUOTA_EXCEEDED', quota: 2, enrolled: 2 });
    expect(await t.rows.writes()).toEqual(before);
    // The other school's quota is its own.
    expect((await enrol(world, {}, world.users.school2Admin, world.s2.school.gid)).result.__typename).toBe(
      'EnrolTeacherPayload',
    );
  });

  it('uses an existing user of the school, refuses one of another school and a second enrolment (CONFLICT)', async () => {
    const world = await scene();
    const existing = await t.world.user(world.s1.school, [['GROUP_LEADER', world.s1.group]]);
    const { result } = await enrol(world, { login: existing.login, displayName: '张组长' });
    expect(result.enrolment.teacher).toMatchObject({ login: existing.login, displayName: '张组长' });
    expect(result.accountCreated).toBe(false);
    expect(await t.db.prisma.user.count({ where: { login: existing.login } })).toBe(1);

    const before = await t.rows.writes();
    expect((await enrol(world, { login: existing.login })).result).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('already enrolled'),
    });
    expect((await enrol(world, { login: world.users.school2Teacher.login })).result).toMatchObject({
      code: 'CONFLICT',
    });
    expect(await t.rows.writes()).toEqual(before);
  });

  it('creates the school’s programme class when it has none', async () => {
    const world = await scene();
    const bare = await t.world.organisation('SCHOOL', world.d.district, { name: '无班级学校' });
    await world.p.enrolSchool(bare, { quota: 5 });
    const admin = await t.world.user(bare, [['SCHOOL_ADMIN', bare]]);
    const first = await enrol(world, {}, admin, bare.gid);
    expect(first.result.enrolment.class.name).toBe('无班级学校 提升工程2.0 班');
    const second = await enrol(world, {}, admin, bare.gid);
    expect(second.result.enrolment.class.id).toBe(first.result.enrolment.class.id);
    expect(await t.db.prisma.organisation.count({ where: { parentId: bare.id, kind: 'CLASS' } })).toBe(1);
  });

  it('without one class per school, puts the teacher in the given class of the school, or none', async () => {
    const world = await scene({ classPerSchool: false });
    const second = await t.world.organisation('CLASS', world.s1.school, { name: '二班' });
    const inClass = await enrol(world, { classId: second.gid });
    expect(inClass.result.enrolment.class).toEqual({ id: second.gid, name: '二班' });
    const member = await t.db.prisma.roleAssignment.findFirst({
      where: { organisationId: second.id, user: { login: inClass.login } },
    });
    expect(member?.role).toBe('TEACHER');

    expect((await enrol(world)).result.enrolment.class).toBeNull();
    const before = await t.rows.writes();
    expect((await enrol(world, { classId: world.s2.class.gid })).result).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Class was not found.',
    });
    expect(await t.rows.writes()).toEqual(before);
  });
});

const ENROLMENTS = `query($first: Int, $after: String, $programmeId: ID, $schoolId: ID, $classId: ID) {
  enrolments(first: $first, after: $after, programmeId: $programmeId, schoolId: $schoolId, classId: $classId) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id selectionWindowOpen coursesOpen teacher { login displayName } school { name } class { name } batch { name } programme { name } selection { id } }
  } }`;

describe('enrolments query', () => {
  let world: Scene;
  let logins: Record<string, string[]>;
  beforeAll(async () => {
    world = await scene({ schoolPlanGateRate: 0.9 });
    const s1Other = await t.world.organisation('CLASS', world.s1.school, { name: '二班' });
    const add = async (school: SchoolWorld, name: string, klass = school.class) => {
      const user = await school.teacher({ class: klass, login: `${name}-${unique()}`, displayName: name });
      await world.p.enrol(user, school, { class: klass });
      return user.login;
    };
    logins = {
      class1: [await add(world.s1, 'C 老师'), await add(world.s1, 'A 老师')],
      otherClass: [await add(world.s1, 'B 老师', s1Other)],
      school2: [await add(world.s2, 'D 老师')],
    };
    await world.p.enrol(world.users.teacher, world.s1, { selectionDueAt: new Date(Date.now() - 1000) });
  });

  const seen = async (as: UserRef | null, variables: Record<string, unknown> = {}) => {
    const res = await t.gql(ENROLMENTS, { first: 100, ...variables }, { as });
    expect(res.errors).toBeUndefined();
    return res.data!.enrolments as {
      totalCount: number;
      nodes: Array<{
        id: string;
        teacher: { login: string; displayName: string };
        school: { name: string } | null;
        class: { name: string } | null;
        selectionWindowOpen: boolean;
      }>;
    };
  };
  const loginsOf = (page: Awaited<ReturnType<typeof seen>>) => page.nodes.map((n) => n.teacher.login).sort();

  it('a teacher sees only their own enrolment, with its window closed', async () => {
    const page = await seen(world.users.teacher);
    expect(loginsOf(page)).toEqual([world.users.teacher.login]);
    expect(page.totalCount).toBe(1);
    expect(page.nodes[0]!.selectionWindowOpen).toBe(false);
  });

  it('a class tutor sees their class (without the school object)', async () => {
    const page = await seen(world.users.tutor);
    expect(loginsOf(page)).toEqual([...logins.class1!, world.users.teacher.login].sort());
    expect(page.nodes.every((n) => n.school === null && n.class?.name)).toBe(true);
  });

  it('a school admin sees their school, ordered by teacher name', async () => {
    const page = await seen(world.users.schoolAdmin);
    expect(loginsOf(page)).toEqual([...logins.class1!, ...logins.otherClass!, world.users.teacher.login].sort());
    const names = page.nodes.map((n) => n.teacher.displayName);
    expect(names).toEqual([...names].sort());
  });

  it('a district admin sees the district; other districts and anonymous viewers see none', async () => {
    expect((await seen(world.users.districtAdmin)).totalCount).toBe(5);
    expect(await seen(world.users.otherDistrictAdmin)).toMatchObject({ totalCount: 0, nodes: [] });
    expect(await seen(world.users.otherSchoolAdmin)).toMatchObject({ totalCount: 0, nodes: [] });
    expect(await seen(null)).toMatchObject({ totalCount: 0, nodes: [] });
    expect(await seen(world.users.school2Teacher)).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('filters by programme, school and class, and pages with cursors', async () => {
    const admin = world.users.districtAdmin;
    expect((await seen(admin, { schoolId: world.s2.school.gid })).nodes.map((n) => n.teacher.login)).toEqual(
      logins.school2,
    );
    expect((await seen(admin, { classId: world.s1.class.gid })).totalCount).toBe(3);
    expect((await seen(admin, { programmeId: world.p.gid })).totalCount).toBe(5);
    const other = await scene();
    expect((await seen(admin, { programmeId: other.p.gid })).totalCount).toBe(0);

    const first = await t.gql(ENROLMENTS, { first: 2 }, { as: admin });
    const rest = await t.gql(
      ENROLMENTS,
      { first: 100, after: first.data!.enrolments.pageInfo.endCursor },
      { as: admin },
    );
    const all = await seen(admin);
    expect([...first.data!.enrolments.nodes, ...rest.data!.enrolments.nodes].map((n: { id: string }) => n.id)).toEqual(
      all.nodes.map((n) => n.id),
    );
  });

  it('node(id) finds an enrolment only for those who may see it', async () => {
    const page = await seen(world.users.schoolAdmin, { classId: world.s1.class.gid });
    const id = page.nodes[0]!.id;
    const query = `query($id: ID!) { node(id: $id) { id } }`;
    expect((await t.gql(query, { id }, { as: world.users.tutor })).data!.node).toEqual({ id });
    expect((await t.gql(query, { id }, { as: world.users.school2Admin })).data!.node).toBeNull();
    expect((await t.gql(query, { id }, { as: world.users.otherDistrictAdmin })).data!.node).toBeNull();
  });

  it('costs the same number of SQL statements for 1 and 30 enrolments', async () => {
    const small = await scene({ schoolPlanGateRate: 0.9 });
    const large = await scene({ schoolPlanGateRate: 0.9 });
    const enrolMany = async (w: Scene, n: number) => {
      for (let i = 0; i < n; i += 1) {
        const s = i % 2 ? w.s1 : w.s2;
        await w.p.enrol(await s.teacher(), s);
      }
    };
    await enrolMany(small, 1);
    await enrolMany(large, 30);
    const count = async (as: UserRef) => {
      const { result: page, statements } = await t.measure(() => seen(as));
      return { count: statements, size: page.nodes.length };
    };
    const one = await count(small.users.districtAdmin);
    const thirty = await count(large.users.districtAdmin);
    expect([one.size, thirty.size]).toEqual([1, 30]);
    expect(thirty.count).toBe(one.count);
  });
});
