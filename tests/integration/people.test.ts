/**
 * People: creating and editing them, granting and revoking their roles (with the history the database keeps),
 * deactivating and reactivating them, and an organisation's people page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalIdCheckCharacter } from '../../schema/users/national-id.js';
import {
  CreateUserDocument,
  DeactivateUserDocument,
  GrantRoleDocument,
  PersonDocument,
  ProgrammeEnrolmentsDocument,
  ReactivateUserDocument,
  RevokeRoleDocument,
  SchoolPeopleDocument,
  UpdateUserDocument,
} from '../../sdk/src/generated/graphql.js';
import { type Actor, type TestApp, testApp } from '../kit/app.js';
import { unique } from '../kit/ids.js';
import { ofType } from '../kit/results.js';
import type { UserRef } from '../kit/world.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

/** A valid national ID number for a sequence number (birth date 1985-06-15). */
const nationalId = (n: number) => {
  const first17 = `44040219850615${String(n % 1000).padStart(3, '0')}`;
  return first17 + nationalIdCheckCharacter(first17);
};

/** Everything people mutations write, to show that a refused call changed nothing. */
async function tables() {
  const prisma = t.db.prisma;
  return {
    // lastSeenAt moves with every request (the consoles' "registered"): not a change the operation made.
    users: await prisma.user.findMany({ orderBy: { id: 'asc' }, omit: { lastSeenAt: true } }),
    roles: await prisma.roleAssignment.findMany({ orderBy: { id: 'asc' } }),
    changes: await prisma.roleChange.count(),
  };
}

/** A bare school (no staff) with a class and a group, in a district made for the test. */
async function bareSchool() {
  const d = await t.world.district();
  const school = await t.world.organisation('SCHOOL', d.district, { stages: ['PRIMARY'] });
  const klass = await t.world.organisation('CLASS', school);
  const group = await t.world.organisation('GROUP', school);
  return { d, school, klass, group };
}

const person = async (id: string, as: Actor) => {
  const { node } = await t.data(PersonDocument, { id }, { as });
  expect(node?.__typename).toBe('User');
  return node as Extract<typeof node, { __typename: 'User' }>;
};

describe('createUser', () => {
  it('lets a district admin create a school admin with their details, and records who granted the role', async () => {
    const { d, school } = await bareSchool();
    const login = `admin.${unique()}`;
    const created = ofType(
      await t.mutate(
        CreateUserDocument,
        {
          organisationId: school.gid,
          login,
          displayName: '张校长',
          email: `${login}@x.invalid`,
          phone: '0551-6262 1234',
          teachingSubject: '信息技术',
          stage: 'PRIMARY',
          employeeNumber: 'E-001',
          nationalId: nationalId(1),
          roles: [{ role: 'SCHOOL_ADMIN', organisationId: school.gid }],
        },
        { as: d.admin },
      ),
      'CreateUserPayload',
    );
    expect(created.user).toMatchObject({
      login,
      displayName: '张校长',
      active: true,
      deactivatedAt: null,
      phone: '0551-6262 1234',
      teachingSubject: '信息技术',
      stage: 'PRIMARY',
      employeeNumber: 'E-001',
      nationalIdMasked: `440402********${nationalId(1).slice(-4)}`,
      organisation: { id: school.gid },
      roleAssignments: [{ role: 'SCHOOL_ADMIN', organisation: { id: school.gid } }],
    });
    const stored = await t.db.prisma.user.findUniqueOrThrow({ where: { login } });
    expect(stored).toMatchObject({ organisationId: school.id, orgPath: school.path });
    expect(JSON.stringify(stored)).not.toContain(nationalId(1));

    // The new admin signs in and manages the school's people.
    const admin = { login };
    const history = (await person(created.user.id, admin)).roleHistory;
    expect(history.nodes.map((c) => [c.role, c.change, c.organisation.id, c.actorName])).toEqual([
      ['SCHOOL_ADMIN', 'GRANTED', school.gid, d.admin.displayName],
    ]);
    // The district admin is outside the school admin's subtree: named, not shown.
    expect(history.nodes[0]?.actor).toBeNull();
    expect((await person(created.user.id, d.admin)).roleHistory.nodes[0]?.actor?.id).toBe(d.admin.gid);
    const page = await t.data(SchoolPeopleDocument, { organisationId: school.gid }, { as: admin });
    expect(page.people?.nodes.map((p) => p.login)).toEqual([login]);
  });

  it('refuses invalid details with a ValidationError in both languages, and changes nothing', async () => {
    const { d, school } = await bareSchool();
    const before = await tables();
    const input = {
      organisationId: school.gid,
      login: '-bad login',
      displayName: '',
      email: 'not-an-email',
      phone: '+8613812345678',
      nationalId: `${nationalId(1).slice(0, 17)}${nationalId(1).endsWith('0') ? '1' : '0'}`,
    };
    const en = ofType(await t.mutate(CreateUserDocument, input, { as: d.admin }), 'ValidationError');
    const zh = ofType(await t.mutate(CreateUserDocument, input, { as: d.admin, locale: 'zh-CN' }), 'ValidationError');
    expect(en.code).toBe('INVALID_INPUT');
    expect([...new Set(en.issues.map((i) => i.path.join('.')))].sort()).toEqual(
      ['input.displayName', 'input.email', 'input.login', 'input.nationalId', 'input.phone'].sort(),
    );
    const byPath = (issues: typeof en.issues, path: string) => issues.find((i) => i.path.join('.') === path)?.message;
    expect(byPath(en.issues, 'input.phone')).toMatch(/spreadsheet would read it as a formula/);
    expect(byPath(zh.issues, 'input.phone')).toMatch(/电子表格会把它当作公式/);
    expect(byPath(en.issues, 'input.nationalId')).toBe(
      'The national ID number’s check character does not match: the number is mistyped.',
    );
    expect(byPath(zh.issues, 'input.nationalId')).toBe('身份证号的校验码不符：号码输入有误。');

    const badPhone = ofType(
      await t.mutate(
        CreateUserDocument,
        { organisationId: school.gid, login: `ok.${unique()}`, displayName: '王', phone: '12345' },
        { as: d.admin, locale: 'zh-CN' },
      ),
      'ValidationError',
    );
    expect(badPhone.issues.map((i) => i.message)).toEqual([
      'phone须有 7 到 15 位数字，中间只能有空格、连字符或括号（国际区号写作 00，不用 +）',
    ]);
    expect(await tables()).toEqual(before);
  });

  it('refuses a taken login or national ID number (CONFLICT) and a class as home', async () => {
    const { d, school, klass } = await bareSchool();
    const existing = await t.world.user(school, [['TEACHER', school]]);
    const first = ofType(
      await t.mutate(
        CreateUserDocument,
        { organisationId: school.gid, login: `n.${unique()}`, displayName: '甲', nationalId: nationalId(7) },
        { as: d.admin },
      ),
      'CreateUserPayload',
    );
    const before = await tables();
    const taken = ofType(
      await t.mutate(
        CreateUserDocument,
        { organisationId: school.gid, login: existing.login, displayName: '乙' },
        { as: d.admin },
      ),
      'ConflictError',
    );
    expect(taken.message).toBe(`The login ${existing.login} is taken.`);
    const takenZh = ofType(
      await t.mutate(
        CreateUserDocument,
        { organisationId: school.gid, login: existing.login, displayName: '乙' },
        { as: d.admin, locale: 'zh-CN' },
      ),
      'ConflictError',
    );
    expect(takenZh.message).toBe(`登录名 ${existing.login} 已被使用。`);
    const sameId = ofType(
      await t.mutate(
        CreateUserDocument,
        { organisationId: school.gid, login: `m.${unique()}`, displayName: '丙', nationalId: nationalId(7) },
        { as: d.admin },
      ),
      'ConflictError',
    );
    expect(sameId.message).toBe('The national ID number belongs to another user.');
    const inClass = ofType(
      await t.mutate(
        CreateUserDocument,
        { organisationId: klass.gid, login: `k.${unique()}`, displayName: '丁' },
        { as: d.admin },
      ),
      'ValidationError',
    );
    expect(inClass.issues.map((i) => i.message)).toEqual(['organisationId must be a school, a district or a province']);
    expect(await tables()).toEqual(before);
    expect(first.user.nationalIdMasked).not.toBeNull();
  });

  it('refuses roles the creator may not grant, with the rule in both languages', async () => {
    const { d, school, klass } = await bareSchool();
    const schoolAdmin = await t.world.user(school, [['SCHOOL_ADMIN', school]]);
    const before = await tables();
    const create = (
      roles: Array<{ role: 'CLASS_TUTOR' | 'EXPERT' | 'SYNC_CLIENT'; organisationId: string }>,
      locale?: 'zh-CN',
    ) =>
      t.mutate(
        CreateUserDocument,
        { organisationId: school.gid, login: `r.${unique()}`, displayName: '戊', roles },
        { as: schoolAdmin, ...(locale ? { locale } : {}) },
      );
    const wrongKind = ofType(
      await create([{ role: 'CLASS_TUTOR', organisationId: school.gid }]),
      'RoleNotGrantableError',
    );
    expect(wrongKind).toMatchObject({
      code: 'ROLE_NOT_GRANTABLE',
      problem: 'WRONG_ORGANISATION_KIND',
      role: 'CLASS_TUTOR',
      organisationKind: 'SCHOOL',
      message: 'CLASS_TUTOR cannot be held on a school; it is held on a class.',
    });
    const wrongKindZh = ofType(
      await create([{ role: 'CLASS_TUTOR', organisationId: school.gid }], 'zh-CN'),
      'RoleNotGrantableError',
    );
    expect(wrongKindZh.message).toBe('CLASS_TUTOR 不能授予在学校上，只能授予在班级上。');
    const above = ofType(await create([{ role: 'EXPERT', organisationId: school.gid }]), 'RoleNotGrantableError');
    expect(above.message).toBe(
      'EXPERT is a district-level role; on this organisation you may grant roles up to the school level.',
    );
    const aboveZh = ofType(
      await create([{ role: 'EXPERT', organisationId: school.gid }], 'zh-CN'),
      'RoleNotGrantableError',
    );
    expect(aboveZh.message).toBe('EXPERT 是区县级角色；您在此组织上只能授予学校级及以下的角色。');
    const sync = ofType(await create([{ role: 'SYNC_CLIENT', organisationId: school.gid }]), 'RoleNotGrantableError');
    expect(sync.problem).toBe('NOT_GRANTABLE');
    // A district the school admin cannot see: like a missing one.
    const hidden = await create([{ role: 'CLASS_TUTOR', organisationId: d.district.gid }]);
    expect(hidden.__typename).toBe('NotFoundError');
    const atDistrict = await t.mutate(
      CreateUserDocument,
      { organisationId: d.district.gid, login: `x.${unique()}`, displayName: '己' },
      { as: schoolAdmin },
    );
    expect(atDistrict.__typename).toBe('NotFoundError');
    expect(await tables()).toEqual(before);
    // The right role on the right kind is fine.
    const ok = ofType(await create([{ role: 'CLASS_TUTOR', organisationId: klass.gid }]), 'CreateUserPayload');
    expect(ok.user.roleAssignments.map((a) => a.role)).toEqual(['CLASS_TUTOR']);
  });
});

describe('deactivated organisations', () => {
  it('take no new people and no new roles, in both languages', async () => {
    const { d, school, klass } = await bareSchool();
    const teacher = await t.world.user(school, [['TEACHER', school]]);
    await t.db.prisma.organisation.updateMany({
      where: { id: { in: [school.id, klass.id] } },
      data: { deactivatedAt: new Date() },
    });
    const before = await tables();
    const created = ofType(
      await t.mutate(
        CreateUserDocument,
        { organisationId: school.gid, login: `z.${unique()}`, displayName: '庚' },
        { as: d.admin },
      ),
      'InvalidStateError',
    );
    expect(created.message).toBe(`${school.name} is deactivated: no people or roles can be added to it.`);
    const granted = ofType(
      await t.mutate(
        GrantRoleDocument,
        { userId: teacher.gid, role: 'CLASS_TUTOR', organisationId: klass.gid },
        { as: d.admin, locale: 'zh-CN' },
      ),
      'InvalidStateError',
    );
    expect(granted.message).toBe(`${klass.name}已停用，不能再添加人员或角色。`);
    expect(await tables()).toEqual(before);
    // What was held there can still be revoked.
    const revoked = ofType(
      await t.mutate(
        RevokeRoleDocument,
        { userId: teacher.gid, role: 'TEACHER', organisationId: school.gid },
        { as: d.admin },
      ),
      'RevokeRolePayload',
    );
    expect(revoked.revoked).toBe(true);
  });
});

describe('updateUser', () => {
  it('changes the details given, clears those set to null and keeps the rest', async () => {
    const s = await (await t.world.district()).school();
    const teacher = await s.teacher({ email: 'old@x.invalid' });
    const updated = ofType(
      await t.mutate(
        UpdateUserDocument,
        { id: teacher.gid, phone: '13812345678', email: null, stage: 'JUNIOR_SECONDARY', nationalId: nationalId(11) },
        { as: s.admin },
      ),
      'UpdateUserPayload',
    );
    expect(updated.user).toMatchObject({
      displayName: teacher.displayName,
      email: null,
      phone: '13812345678',
      stage: 'JUNIOR_SECONDARY',
      nationalIdMasked: `440402********${nationalId(11).slice(-4)}`,
    });
    const cleared = ofType(
      await t.mutate(UpdateUserDocument, { id: teacher.gid, nationalId: null, displayName: '新名字' }, { as: s.admin }),
      'UpdateUserPayload',
    );
    expect(cleared.user).toMatchObject({ displayName: '新名字', nationalIdMasked: null, phone: '13812345678' });
    expect(await t.db.prisma.user.findUniqueOrThrow({ where: { id: teacher.id } })).toMatchObject({
      nationalIdHash: null,
      nationalIdMasked: null,
    });
  });

  it('refuses another person’s national ID number, and people outside the admin’s school', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const [a, b] = await s.teachers(2);
    ofType(
      await t.mutate(UpdateUserDocument, { id: a!.gid, nationalId: nationalId(21) }, { as: s.admin }),
      'UpdateUserPayload',
    );
    const other = await d.school();
    const before = await tables();
    const conflict = ofType(
      await t.mutate(UpdateUserDocument, { id: b!.gid, nationalId: nationalId(21) }, { as: s.admin, locale: 'zh-CN' }),
      'ConflictError',
    );
    expect(conflict.message).toBe('该身份证号属于另一位用户。');
    expect(
      (await t.mutate(UpdateUserDocument, { id: other.admin.gid, phone: '13812345678' }, { as: s.admin })).__typename,
    ).toBe('NotFoundError');
    // A tutor sees their class's teachers but does not manage people.
    const refused = ofType(
      await t.mutate(UpdateUserDocument, { id: a!.gid, phone: '13812345678' }, { as: s.tutor }),
      'ForbiddenActionError',
    );
    expect(refused.message).toMatch(/^Your roles do not allow this \(people:manage;/);
    expect(await tables()).toEqual(before);
  });
});

describe('grantRole and revokeRole', () => {
  it('grants and revokes with history, newest first with the actor; repeats change nothing', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const teacher = await s.teacher();
    const grant = (role: 'CLASS_TUTOR' | 'GROUP_LEADER', organisationId: string, as: UserRef = s.admin) =>
      t.mutate(GrantRoleDocument, { userId: teacher.gid, role, organisationId }, { as });
    const revoke = (role: 'CLASS_TUTOR' | 'GROUP_LEADER', organisationId: string, as: UserRef = s.admin) =>
      t.mutate(RevokeRoleDocument, { userId: teacher.gid, role, organisationId }, { as });

    const granted = ofType(await grant('CLASS_TUTOR', s.class.gid), 'GrantRolePayload');
    expect(granted.user.roleAssignments.map((a) => a.role).sort()).toEqual(['CLASS_TUTOR', 'TEACHER', 'TEACHER']);
    const changes = await t.db.prisma.roleChange.count({ where: { userId: teacher.id } });
    ofType(await grant('CLASS_TUTOR', s.class.gid), 'GrantRolePayload');
    expect(await t.db.prisma.roleChange.count({ where: { userId: teacher.id } })).toBe(changes);

    ofType(await grant('GROUP_LEADER', s.group.gid, d.admin), 'GrantRolePayload');
    const revoked = ofType(await revoke('CLASS_TUTOR', s.class.gid), 'RevokeRolePayload');
    expect(revoked.revoked).toBe(true);
    expect(revoked.user?.roleAssignments.map((a) => a.role).sort()).toEqual(['GROUP_LEADER', 'TEACHER', 'TEACHER']);
    expect(ofType(await revoke('CLASS_TUTOR', s.class.gid), 'RevokeRolePayload').revoked).toBe(false);
    expect(await t.db.prisma.roleChange.count({ where: { userId: teacher.id } })).toBe(changes + 2);

    const history = (await person(teacher.gid, s.admin)).roleHistory;
    expect(history.totalCount).toBe(5);
    expect(history.nodes.slice(0, 3).map((c) => [c.role, c.change, c.organisation.id, c.actorName])).toEqual([
      ['CLASS_TUTOR', 'REVOKED', s.class.gid, s.admin.displayName],
      ['GROUP_LEADER', 'GRANTED', s.group.gid, d.admin.displayName],
      ['CLASS_TUTOR', 'GRANTED', s.class.gid, s.admin.displayName],
    ]);
    // Made by the test world in one statement, with no one named.
    expect(
      history.nodes
        .slice(3)
        .map((c) => [c.role, c.change, c.organisation.id, c.actorName])
        .sort(),
    ).toEqual(
      [
        ['TEACHER', 'GRANTED', s.class.gid, null],
        ['TEACHER', 'GRANTED', s.school.gid, null],
      ].sort(),
    );
    expect(history.nodes[0]?.actor?.id).toBe(s.admin.gid);

    // The tutor of the class sees only the changes on the class.
    const tutorView = (await person(teacher.gid, s.tutor)).roleHistory;
    expect(tutorView.nodes.map((c) => [c.role, c.change])).toEqual([
      ['CLASS_TUTOR', 'REVOKED'],
      ['CLASS_TUTOR', 'GRANTED'],
      ['TEACHER', 'GRANTED'],
    ]);
  });

  it('refuses what the grantor may not grant, and another district’s admin finds nothing', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const teacher = await s.teacher();
    const elsewhere = await t.world.district({ in: d });
    const stranger = await t.world.user(elsewhere.district, [['DISTRICT_ADMIN', elsewhere.district]]);
    const before = await tables();
    const sync = ofType(
      await t.mutate(
        GrantRoleDocument,
        { userId: teacher.gid, role: 'SYNC_CLIENT', organisationId: d.district.gid },
        { as: d.admin },
      ),
      'RoleNotGrantableError',
    );
    expect(sync.message).toBe(
      'SYNC_CLIENT is not granted here: sync clients are registered through the province’s or district’s system.',
    );
    const syncZh = ofType(
      await t.mutate(
        GrantRoleDocument,
        { userId: teacher.gid, role: 'SYNC_CLIENT', organisationId: d.district.gid },
        { as: d.admin, locale: 'zh-CN' },
      ),
      'RoleNotGrantableError',
    );
    expect(syncZh.message).toBe('SYNC_CLIENT 不能在此授予：同步客户端通过省或区县的系统登记。');
    const expert = ofType(
      await t.mutate(
        GrantRoleDocument,
        { userId: teacher.gid, role: 'EXPERT', organisationId: s.school.gid },
        { as: s.admin },
      ),
      'RoleNotGrantableError',
    );
    expect(expert.problem).toBe('ABOVE_GRANTOR_LEVEL');
    const revokeExpert = ofType(
      await t.mutate(
        RevokeRoleDocument,
        { userId: teacher.gid, role: 'EXPERT', organisationId: s.school.gid },
        { as: s.admin },
      ),
      'RoleNotGrantableError',
    );
    expect(revokeExpert.problem).toBe('ABOVE_GRANTOR_LEVEL');
    const forTutor = ofType(
      await t.mutate(
        GrantRoleDocument,
        { userId: teacher.gid, role: 'CLASS_TUTOR', organisationId: s.class.gid },
        { as: s.tutor },
      ),
      'ForbiddenActionError',
    );
    expect(forTutor.message).toMatch(/\(people:grantRoles;/);
    const input = { userId: teacher.gid, role: 'TEACHER' as const, organisationId: s.school.gid };
    expect((await t.mutate(GrantRoleDocument, input, { as: elsewhere.admin })).__typename).toBe('NotFoundError');
    expect((await t.mutate(RevokeRoleDocument, input, { as: elsewhere.admin })).__typename).toBe('NotFoundError');
    // A user of another district on this district's school: the user is not visible to the grantor.
    const hiddenUser = ofType(
      await t.mutate(
        GrantRoleDocument,
        { userId: stranger.gid, role: 'TEACHER', organisationId: s.school.gid },
        { as: d.admin },
      ),
      'NotFoundError',
    );
    expect(hiddenUser.message).toBe('User was not found.');
    expect(await tables()).toEqual(before);
    // The province admin of both districts finds the stranger and may grant.
    ofType(
      await t.mutate(
        GrantRoleDocument,
        { userId: stranger.gid, role: 'TEACHER', organisationId: s.school.gid },
        { as: d.provinceAdmin },
      ),
      'GrantRolePayload',
    );
    // Revoking the role that made the stranger visible to the district admin: the payload has no user to show.
    const gone = ofType(
      await t.mutate(
        RevokeRoleDocument,
        { userId: stranger.gid, role: 'TEACHER', organisationId: s.school.gid },
        { as: d.admin },
      ),
      'RevokeRolePayload',
    );
    expect(gone).toMatchObject({ revoked: true, user: null });
  });
});

describe('deactivateUser and reactivateUser', () => {
  it('keeps a deactivated teacher’s enrolment and selection history readable by their school', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const p = await d.programme({ schools: [s], rules: { selection: { minPoints: 3 } } });
    const enrolment = await p.teacher(s);
    await p.select(enrolment, ['A1', 'B2', 'C3'], 'SUBMITTED');
    const rolesBefore = await t.db.prisma.roleAssignment.findMany({ where: { userId: enrolment.teacher.id } });

    const deactivated = ofType(
      await t.mutate(DeactivateUserDocument, { id: enrolment.teacher.gid }, { as: s.admin }),
      'DeactivateUserPayload',
    );
    expect(deactivated.user).toMatchObject({ active: false });
    expect(deactivated.user.deactivatedAt).not.toBeNull();
    const at = deactivated.user.deactivatedAt;
    // Again: nothing changes.
    const again = ofType(
      await t.mutate(DeactivateUserDocument, { id: enrolment.teacher.gid }, { as: s.admin }),
      'DeactivateUserPayload',
    );
    expect(again.user.deactivatedAt).toBe(at);
    expect(await t.db.prisma.roleAssignment.findMany({ where: { userId: enrolment.teacher.id } })).toEqual(rolesBefore);

    const { enrolments } = await t.data(ProgrammeEnrolmentsDocument, { programmeId: p.gid }, { as: s.admin });
    expect(
      enrolments.nodes.map((e) => [e.teacher.id, e.selection?.status, e.selection?.history.map((h) => h.action)]),
    ).toEqual([[enrolment.teacher.gid, 'SUBMITTED', ['SUBMIT']]]);

    // The people page leaves them out unless asked.
    const page = (includeDeactivated?: boolean) =>
      t.data(
        SchoolPeopleDocument,
        { organisationId: s.school.gid, ...(includeDeactivated === undefined ? {} : { includeDeactivated }) },
        { as: s.admin },
      );
    expect((await page()).people?.nodes.map((n) => n.id)).not.toContain(enrolment.teacher.gid);
    expect((await page(true)).people?.nodes.find((n) => n.id === enrolment.teacher.gid)?.active).toBe(false);

    const reactivated = ofType(
      await t.mutate(ReactivateUserDocument, { id: enrolment.teacher.gid }, { as: d.admin }),
      'ReactivateUserPayload',
    );
    expect(reactivated.user).toMatchObject({ active: true, deactivatedAt: null });
    expect((await page()).people?.nodes.map((n) => n.id)).toContain(enrolment.teacher.gid);
  });

  it('refuses to deactivate oneself, and others than the admins over the person’s home', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const teacher = await s.teacher();
    const elsewhere = await t.world.district({ in: d });
    const before = await tables();
    const self = ofType(
      await t.mutate(DeactivateUserDocument, { id: s.admin.gid }, { as: s.admin }),
      'InvalidStateError',
    );
    expect(self.message).toBe('You cannot deactivate your own account; ask another admin.');
    const selfZh = ofType(
      await t.mutate(DeactivateUserDocument, { id: s.admin.gid }, { as: s.admin, locale: 'zh-CN' }),
      'InvalidStateError',
    );
    expect(selfZh.message).toBe('不能停用自己的账号，请联系其他管理员。');
    expect((await t.mutate(DeactivateUserDocument, { id: teacher.gid }, { as: s.tutor })).__typename).toBe(
      'ForbiddenActionError',
    );
    expect((await t.mutate(DeactivateUserDocument, { id: teacher.gid }, { as: elsewhere.admin })).__typename).toBe(
      'NotFoundError',
    );
    expect(await tables()).toEqual(before);
  });

  it('leaves a person who also holds a role above the school to the admins over that role', async () => {
    const d = await t.world.district();
    const s = await d.school();
    // At home in the school, and a district admin: the school admin may not switch them off (or on).
    const officer = await t.world.user(s.school, [
      ['TEACHER', s.school],
      ['DISTRICT_ADMIN', d.district],
    ]);
    const before = await tables();
    expect((await t.mutate(DeactivateUserDocument, { id: officer.gid }, { as: s.admin })).__typename).toBe(
      'ForbiddenActionError',
    );
    expect((await t.mutate(ReactivateUserDocument, { id: officer.gid }, { as: s.admin })).__typename).toBe(
      'ForbiddenActionError',
    );
    expect(await tables()).toEqual(before);
    expect((await t.mutate(DeactivateUserDocument, { id: officer.gid }, { as: d.admin })).__typename).toBe(
      'DeactivateUserPayload',
    );
  });
});

describe('people', () => {
  it('lists the school’s people by name, with their roles; filters by role and search; pages', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const prefix = unique();
    const teachers = [];
    for (const name of ['c', 'a', 'b']) teachers.push(await s.teacher({ displayName: `${name}-${prefix}` }));
    await t.db.prisma.user.update({ where: { id: teachers[0]!.id }, data: { employeeNumber: `EMP-${prefix}` } });
    // Someone of the district who tutors the school's class: on the school's page, though their home is elsewhere.
    const visitor = await t.world.user(d.district, [['CLASS_TUTOR', s.class]], { displayName: `d-${prefix}` });

    const all = await t.data(SchoolPeopleDocument, { organisationId: s.school.gid, first: 100 }, { as: s.admin });
    expect(all.people?.totalCount).toBe(7);
    expect(all.people?.nodes.map((n) => n.displayName).filter((name) => name.endsWith(prefix))).toEqual(
      ['a', 'b', 'c', 'd'].map((name) => `${name}-${prefix}`),
    );
    expect(all.people?.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([visitor.gid, s.tutor.gid, s.leader.gid]),
    );

    const tutors = await t.data(
      SchoolPeopleDocument,
      { organisationId: s.school.gid, role: 'CLASS_TUTOR' },
      { as: s.admin },
    );
    expect(tutors.people?.nodes.map((n) => n.id).sort()).toEqual([s.tutor.gid, visitor.gid].sort());

    const found = await t.data(SchoolPeopleDocument, { organisationId: s.school.gid, search: prefix }, { as: d.admin });
    expect(found.people?.nodes.map((n) => n.displayName)).toEqual(
      ['a', 'b', 'c', 'd'].map((name) => `${name}-${prefix}`),
    );
    const byNumber = await t.data(
      SchoolPeopleDocument,
      { organisationId: s.school.gid, search: `emp-${prefix}` },
      { as: s.admin },
    );
    expect(byNumber.people?.nodes.map((n) => n.id)).toEqual([teachers[0]!.gid]);

    const first = await t.data(SchoolPeopleDocument, { organisationId: s.school.gid, first: 4 }, { as: s.admin });
    const rest = await t.data(
      SchoolPeopleDocument,
      { organisationId: s.school.gid, first: 4, after: first.people?.pageInfo.endCursor },
      { as: s.admin },
    );
    expect([...first.people!.nodes, ...rest.people!.nodes].map((n) => n.id)).toEqual(
      all.people!.nodes.map((n) => n.id),
    );
  });

  it('searches for the text as written: % and _ are no patterns', async () => {
    const s = await (await t.world.district()).school();
    const prefix = unique();
    const literal = await s.teacher({ displayName: `100%_${prefix}` });
    await s.teacher({ displayName: `1000x${prefix}` });
    const search = async (text: string) =>
      (
        await t.data(SchoolPeopleDocument, { organisationId: s.school.gid, search: text }, { as: s.admin })
      ).people?.nodes.map((n) => n.id);
    expect(await search(`100%_${prefix}`)).toEqual([literal.gid]);
    expect(await search('%')).toEqual([literal.gid]);
    expect(await search(`0_${prefix}`)).toEqual([]);
  });

  it('is null for those who do not manage the organisation’s people, and refuses a long search', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const teacher = await s.teacher();
    const elsewhere = await t.world.district({ in: d });
    for (const as of [teacher, s.tutor, elsewhere.admin]) {
      expect((await t.data(SchoolPeopleDocument, { organisationId: s.school.gid }, { as })).people).toBeNull();
    }
    const long = await t.request(
      SchoolPeopleDocument,
      { organisationId: s.school.gid, search: 'x'.repeat(101) },
      { as: s.admin },
    );
    expect(long.errors?.[0]).toMatchObject({
      message: 'search must be at most 100 characters',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const longZh = await t.request(
      SchoolPeopleDocument,
      { organisationId: s.school.gid, search: 'x'.repeat(101) },
      { as: s.admin, locale: 'zh-CN' },
    );
    expect(longZh.errors?.[0]?.message).toBe('search 最多 100 个字符');
  });
});

describe('SQL statements do not grow with the page size', () => {
  const PEOPLE = `query($id: ID!, $first: Int) { people(organisationId: $id, first: $first) { totalCount
    nodes { login displayName active email phone teachingSubject stage employeeNumber
      roleAssignments { role organisation { code name } } } } }`;
  const HISTORY = `query($id: ID!, $first: Int) { node(id: $id) { ... on User { login
    roleHistory(first: $first) { totalCount nodes { role change at actorName actor { login } organisation { code } } } } } }`;

  it('people: the same for 1 and 20 people', async () => {
    const d = await t.world.district();
    const small = await t.world.organisation('SCHOOL', d.district);
    const large = await t.world.organisation('SCHOOL', d.district);
    await t.world.user(small, [['TEACHER', small]]);
    for (let i = 0; i < 20; i += 1) await t.world.user(large, [['TEACHER', large]]);
    const one = await t.statementsFor(PEOPLE, { id: small.gid, first: 20 }, { as: d.admin });
    const twenty = await t.statementsFor(PEOPLE, { id: large.gid, first: 20 }, { as: d.admin });
    expect(one.data.people.nodes).toHaveLength(1);
    expect(twenty.data.people.nodes).toHaveLength(20);
    console.log(`[statements] people: ${one.count} for 1 person, ${twenty.count} for 20`);
    expect(twenty.count).toBe(one.count);
  });

  it('roleHistory: the same for 1 and 20 changes', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const quiet = await s.teacher({ class: null });
    const busy = await s.teacher({ class: null });
    for (let i = 0; i < 19; i += 1) {
      const role = i % 2 === 0 ? 'GRANT' : 'REVOKE';
      await t.mutate(
        role === 'GRANT' ? GrantRoleDocument : RevokeRoleDocument,
        { userId: busy.gid, role: 'CLASS_TUTOR', organisationId: s.class.gid },
        { as: s.admin },
      );
    }
    const one = await t.statementsFor(HISTORY, { id: quiet.gid, first: 20 }, { as: s.admin });
    const twenty = await t.statementsFor(HISTORY, { id: busy.gid, first: 20 }, { as: s.admin });
    expect(one.data.node.roleHistory.nodes).toHaveLength(1);
    expect(twenty.data.node.roleHistory.nodes).toHaveLength(20);
    expect(twenty.data.node.roleHistory.nodes[0].actor.login).toBe(s.admin.login);
    console.log(`[statements] roleHistory: ${one.count} for 1 change, ${twenty.count} for 20`);
    expect(twenty.count).toBe(one.count);
  });
});
