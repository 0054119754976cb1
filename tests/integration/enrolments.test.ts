import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_NATIONAL_ID_KEY } from '../../api/config.js';
import { hashNationalId } from '../../schema/users/national-id.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import type { UserRef } from '../helpers/factories.js';
import { type EnrolmentWorld, enrolDirectly, enrolmentWorld, gid, writeCounts } from './enrolments-fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ENROL = `mutation($input: EnrolTeacherInput!) { enrolTeacher(input: $input) {
  __typename
  ... on Error { code message }
  ... on QuotaExceededError { quota enrolled }
  ... on InvalidNationalIdError { problem }
  ... on EnrolTeacherPayload { enrolment { id enrolledAt selectionDueAt selectionWindowOpen coursesOpen
    teacher { login displayName email nationalIdMasked organisation { id } }
    school { id } class { id name } batch { id } programme { id }
    history { action toState actorName } } }
} }`;

type Teacher = { login: string; displayName: string; email?: string; nationalId?: string; classId?: string };

const unique = () => Math.random().toString(36).slice(2, 10);

async function enrol(
  world: EnrolmentWorld,
  teacher: Partial<Teacher> = {},
  as: UserRef | string = world.users.schoolAdmin,
  schoolId = world.ids.school1,
) {
  const login = teacher.login ?? `t-${unique()}`;
  const res = await t.gql(
    ENROL,
    { input: { batchId: world.ids.batch, schoolId, teacher: { login, displayName: `教师 ${login}`, ...teacher } } },
    as,
  );
  expect(res.errors).toBeUndefined();
  return { login, result: res.data!.enrolTeacher };
}

describe('enrolTeacher', () => {
  it('creates a new teacher at the school, in the school’s programme class, with a selection window and history', async () => {
    const world = await enrolmentWorld(t, { selectionWindowDays: 7, schoolPlanGateRate: 0.9 });
    const { login, result } = await enrol(world, { email: 'wang@school.invalid' });
    expect(result.__typename).toBe('EnrolTeacherPayload');
    const e = result.enrolment;
    expect(e.teacher).toMatchObject({ login, email: 'wang@school.invalid', organisation: { id: world.ids.school1 } });
    expect(e.school.id).toBe(world.ids.school1);
    expect(e.class.id).toBe(world.ids.class1);
    expect(e.batch.id).toBe(world.ids.batch);
    expect(e.programme.id).toBe(world.ids.programme);
    expect(Math.abs(new Date(e.enrolledAt).getTime() - Date.now())).toBeLessThan(60_000);
    expect(new Date(e.selectionDueAt).getTime() - new Date(e.enrolledAt).getTime()).toBe(7 * 24 * 3600 * 1000);
    expect(e.selectionWindowOpen).toBe(true);
    expect(e.coursesOpen).toBe(false); // a plan gate and no plan yet
    expect(e.history).toEqual([{ action: 'ENROL', toState: 'ENROLLED', actorName: world.users.schoolAdmin.login }]);

    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { login }, include: { roleAssignments: true } });
    expect(user.authSubject).toBe(login);
    expect(user.roleAssignments.map((a) => [a.role, a.organisationId]).sort()).toEqual(
      [
        ['TEACHER', world.s1.class.id],
        ['TEACHER', world.s1.school.id],
      ].sort(),
    );
    // The new teacher sees their own enrolment.
    const mine = await t.gql(`{ enrolments { totalCount nodes { id } } }`, {}, { authSubject: login });
    expect(mine.data!.enrolments).toEqual({ totalCount: 1, nodes: [{ id: e.id }] });
  });

  it('opens courses once the school has uploaded its plan, and always without a gate', async () => {
    const gated = await enrolmentWorld(t, { schoolPlanGateRate: 0.9 });
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
        programmeId: gated.programme.id,
        schoolId: gated.s1.school.id,
        orgPath: gated.s1.school.path,
        fileId: file.id,
        uploadedById: gated.users.schoolAdmin.id,
      },
    });
    const after = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Enrolment { coursesOpen } } }`,
      { id: result.enrolment.id },
      gated.users.schoolAdmin,
    );
    expect(after.data!.node.coursesOpen).toBe(true);

    const open = await enrolmentWorld(t);
    expect((await enrol(open)).result.enrolment.coursesOpen).toBe(true);
  });

  it('stores the national ID only as a keyed hash and a mask, shown to the teacher and admins only', async () => {
    const world = await enrolmentWorld(t);
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
    const seenBy = async (as: Pick<UserRef, 'authSubject'> | string) =>
      (await t.gql(query, { id }, as)).data!.node?.nationalIdMasked;
    expect(await seenBy({ authSubject: login })).toBe('440402********1234');
    expect(await seenBy(world.users.schoolAdmin)).toBe('440402********1234');
    expect(await seenBy(world.users.districtAdmin)).toBe('440402********1234');
    expect(await seenBy(world.users.teacher)).toBeNull(); // a colleague sees the user but not the number
    expect(await seenBy(world.users.school2Admin)).toBeUndefined(); // invisible user: node is null
  });

  it('refuses an invalid national ID with INVALID_NATIONAL_ID and changes nothing', async () => {
    const world = await enrolmentWorld(t);
    const before = await writeCounts(t);
    const { result } = await enrol(world, { nationalId: '440402199003191235' });
    expect(result).toMatchObject({
      __typename: 'InvalidNationalIdError',
      code: 'INVALID_NATIONAL_ID',
      problem: 'CHECK_DIGIT',
    });
    expect(await writeCounts(t)).toEqual(before);
  });

  it('refuses bad input with a ValidationError', async () => {
    const world = await enrolmentWorld(t);
    const before = await writeCounts(t);
    const { result } = await enrol(world, { login: 'has space', email: 'not-mail' });
    expect(result.__typename).toBe('ValidationError');
    expect(result.code).toBe('INVALID_INPUT');
    expect(await writeCounts(t)).toEqual(before);
  });

  it('refuses a login, name or e-mail a spreadsheet would run as a formula with a ValidationError naming the field', async () => {
    const world = await enrolmentWorld(t);
    const before = await writeCounts(t);
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
        { input: { batchId: world.ids.batch, schoolId: world.ids.school1, teacher } },
        world.users.schoolAdmin,
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
    expect(await writeCounts(t)).toEqual(before);
  });

  it.each([
    ['a teacher of the school', 'teacher', 'FORBIDDEN_ACTION'],
    ['the class tutor', 'tutor', 'NOT_FOUND'],
    ['another school’s admin in the district', 'school2Admin', 'NOT_FOUND'],
    ['the district admin', 'districtAdmin', 'FORBIDDEN_ACTION'],
    ['another district’s admin', 'otherDistrictAdmin', 'NOT_FOUND'],
    ['another district’s school admin', 'otherSchoolAdmin', 'NOT_FOUND'],
  ] as const)('refuses %s (%s) with %s and changes nothing', async (_who, role, code) => {
    const world = await enrolmentWorld(t);
    const before = await writeCounts(t);
    const { result } = await enrol(world, {}, world.users[role]);
    expect(result.code).toBe(code);
    expect(await writeCounts(t)).toEqual(before);
  });

  it('refuses anonymous callers', async () => {
    const world = await enrolmentWorld(t);
    const res = await t.gql(ENROL, {
      input: { batchId: world.ids.batch, schoolId: world.ids.school1, teacher: { login: 'x', displayName: 'x' } },
    });
    expect(res.errors?.length).toBeGreaterThan(0);
  });

  it('reports a batch the school is not enrolled in as NOT_FOUND, and a closed programme as INVALID_STATE', async () => {
    const world = await enrolmentWorld(t);
    const admin = await t.seed.user(world.outside.school, [['SCHOOL_ADMIN', world.outside.school]]);
    const { result } = await enrol(world, {}, admin, gid('Organisation', world.outside.school.id));
    expect(result).toMatchObject({ code: 'NOT_FOUND', message: 'Batch was not found.' });

    const closed = await enrolmentWorld(t, { status: 'CLOSED' });
    const before = await writeCounts(t);
    expect((await enrol(closed)).result.code).toBe('INVALID_STATE');
    expect(await writeCounts(t)).toEqual(before);
  });

  it('enrols within the quota and refuses beyond it with QUOTA_EXCEEDED', async () => {
    const world = await enrolmentWorld(t, { quota: 2 });
    expect((await enrol(world)).result.__typename).toBe('EnrolTeacherPayload');
    expect((await enrol(world)).result.__typename).toBe('EnrolTeacherPayload');
    const before = await writeCounts(t);
    const { result } = await enrol(world);
    expect(result).toMatchObject({ __typename: 'QuotaExceededError', code: 'QUOTA_EXCEEDED', quota: 2, enrolled: 2 });
    expect(await writeCounts(t)).toEqual(before);
    // The other school's quota is its own.
    expect((await enrol(world, {}, world.users.school2Admin, world.ids.school2)).result.__typename).toBe(
      'EnrolTeacherPayload',
    );
  });

  it('uses an existing user of the school, refuses one of another school and a second enrolment (CONFLICT)', async () => {
    const world = await enrolmentWorld(t);
    const existing = await t.seed.user(world.s1.school, [['GROUP_LEADER', world.s1.group]]);
    const { result } = await enrol(world, { login: existing.login, displayName: '张组长' });
    expect(result.enrolment.teacher).toMatchObject({ login: existing.login, displayName: '张组长' });
    expect(await t.db.prisma.user.count({ where: { login: existing.login } })).toBe(1);

    const before = await writeCounts(t);
    expect((await enrol(world, { login: existing.login })).result).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('already enrolled'),
    });
    expect((await enrol(world, { login: world.users.school2Teacher.login })).result).toMatchObject({
      code: 'CONFLICT',
    });
    expect(await writeCounts(t)).toEqual(before);
  });

  it('creates the school’s programme class when it has none', async () => {
    const world = await enrolmentWorld(t);
    const bare = await t.seed.organisation('SCHOOL', world.district, '无班级学校');
    await t.db.prisma.batchSchool.create({
      data: { batchId: world.batch.id, schoolId: bare.id, orgPath: bare.path, quota: 5 },
    });
    const admin = await t.seed.user(bare, [['SCHOOL_ADMIN', bare]]);
    const first = await enrol(world, {}, admin, gid('Organisation', bare.id));
    expect(first.result.enrolment.class.name).toBe('无班级学校 提升工程2.0 班');
    const second = await enrol(world, {}, admin, gid('Organisation', bare.id));
    expect(second.result.enrolment.class.id).toBe(first.result.enrolment.class.id);
    expect(await t.db.prisma.organisation.count({ where: { parentId: bare.id, kind: 'CLASS' } })).toBe(1);
  });

  it('without one class per school, puts the teacher in the given class of the school, or none', async () => {
    const world = await enrolmentWorld(t, { classPerSchool: false });
    const second = await t.seed.organisation('CLASS', world.s1.school, '二班');
    const inClass = await enrol(world, { classId: gid('Organisation', second.id) });
    expect(inClass.result.enrolment.class).toEqual({ id: gid('Organisation', second.id), name: '二班' });
    const member = await t.db.prisma.roleAssignment.findFirst({
      where: { organisationId: second.id, user: { login: inClass.login } },
    });
    expect(member?.role).toBe('TEACHER');

    expect((await enrol(world)).result.enrolment.class).toBeNull();
    const before = await writeCounts(t);
    expect((await enrol(world, { classId: world.ids.class2 })).result).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Class was not found.',
    });
    expect(await writeCounts(t)).toEqual(before);
  });
});

const ENROLMENTS = `query($first: Int, $after: String, $programmeId: ID, $schoolId: ID, $classId: ID) {
  enrolments(first: $first, after: $after, programmeId: $programmeId, schoolId: $schoolId, classId: $classId) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id selectionWindowOpen coursesOpen teacher { login displayName } school { name } class { name } batch { name } programme { name } selection { id } }
  } }`;

describe('enrolments query', () => {
  let world: EnrolmentWorld;
  let logins: Record<string, string[]>;
  beforeAll(async () => {
    world = await enrolmentWorld(t, { schoolPlanGateRate: 0.9 });
    const s1Other = await t.seed.organisation('CLASS', world.s1.school, '二班');
    const add = async (school: typeof world.s1, name: string, klass = school.class) => {
      const user = await t.seed.user(
        school.school,
        [
          ['TEACHER', school.school],
          ['TEACHER', klass],
        ],
        `${name}-${unique()}`,
      );
      await t.db.prisma.user.update({ where: { id: user.id }, data: { displayName: name } });
      await enrolDirectly(t, world, { school: school.school, class: klass }, user);
      return user.login;
    };
    logins = {
      class1: [await add(world.s1, 'C 老师'), await add(world.s1, 'A 老师')],
      otherClass: [await add(world.s1, 'B 老师', s1Other)],
      school2: [await add(world.s2, 'D 老师')],
    };
    await enrolDirectly(t, world, world.s1, world.users.teacher, new Date(Date.now() - 1000));
  });

  const seen = async (as: UserRef | null, variables: Record<string, unknown> = {}) => {
    const res = await t.gql(ENROLMENTS, { first: 100, ...variables }, as);
    expect(res.errors).toBeUndefined();
    return res.data!.enrolments as {
      totalCount: number;
      nodes: Array<{
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
    expect((await seen(admin, { schoolId: world.ids.school2 })).nodes.map((n) => n.teacher.login)).toEqual(
      logins.school2,
    );
    expect((await seen(admin, { classId: world.ids.class1 })).totalCount).toBe(3);
    expect((await seen(admin, { programmeId: world.ids.programme })).totalCount).toBe(5);
    const other = await enrolmentWorld(t);
    expect((await seen(admin, { programmeId: other.ids.programme })).totalCount).toBe(0);

    const first = await t.gql(ENROLMENTS, { first: 2 }, admin);
    const rest = await t.gql(ENROLMENTS, { first: 100, after: first.data!.enrolments.pageInfo.endCursor }, admin);
    const all = await seen(admin);
    expect([...first.data!.enrolments.nodes, ...rest.data!.enrolments.nodes].map((n: { id: string }) => n.id)).toEqual(
      all.nodes.map((n: any) => n.id),
    );
  });

  it('node(id) finds an enrolment only for those who may see it', async () => {
    const page = await seen(world.users.schoolAdmin, { classId: world.ids.class1 });
    const id = (page.nodes[0] as unknown as { id: string }).id;
    const query = `query($id: ID!) { node(id: $id) { id } }`;
    expect((await t.gql(query, { id }, world.users.tutor)).data!.node).toEqual({ id });
    expect((await t.gql(query, { id }, world.users.school2Admin)).data!.node).toBeNull();
    expect((await t.gql(query, { id }, world.users.otherDistrictAdmin)).data!.node).toBeNull();
  });

  it('costs the same number of SQL statements for 1 and 30 enrolments', async () => {
    const small = await enrolmentWorld(t, { schoolPlanGateRate: 0.9 });
    const large = await enrolmentWorld(t, { schoolPlanGateRate: 0.9 });
    const enrolMany = async (w: EnrolmentWorld, n: number) => {
      for (let i = 0; i < n; i += 1) {
        const s = i % 2 ? w.s1 : w.s2;
        await enrolDirectly(
          t,
          w,
          s,
          await t.seed.user(s.school, [
            ['TEACHER', s.school],
            ['TEACHER', s.class],
          ]),
        );
      }
    };
    await enrolMany(small, 1);
    await enrolMany(large, 30);
    const count = async (as: UserRef) => {
      await t.tokenFor(as);
      t.db.statements.reset();
      const page = await seen(as);
      return { count: t.db.statements.count, size: page.nodes.length };
    };
    const one = await count(small.users.districtAdmin);
    const thirty = await count(large.users.districtAdmin);
    expect([one.size, thirty.size]).toEqual([1, 30]);
    expect(thirty.count).toBe(one.count);
  });
});
