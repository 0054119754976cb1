import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { unique } from '../kit/ids.js';
import type { SchoolWorld, UserRef } from '../kit/world.js';

let t: TestApp;
let s1: SchoolWorld;
let s2: SchoolWorld;
/** Everyone who might ask: the first school's admin, teacher and tutor, the second school's, the districts' admins. */
let users: Record<
  'schoolAdmin' | 'teacher' | 'tutor' | 'school2Admin' | 'school2Teacher' | 'districtAdmin' | 'otherDistrictAdmin',
  UserRef
>;
beforeAll(async () => {
  t = await testApp();
  const d = await t.world.district();
  [s1, s2] = [await d.school(), await d.school()];
  users = {
    schoolAdmin: s1.admin,
    teacher: await s1.teacher(),
    tutor: s1.tutor,
    school2Admin: s2.admin,
    school2Teacher: await s2.teacher({ class: null }),
    districtAdmin: d.admin,
    otherDistrictAdmin: (await t.world.district()).admin,
  };
});
afterAll(() => t.close());

const RESULT = `__typename ... on Error { code message }`;
/** For the mutations whose input has free text to validate. */
const VALIDATED = `${RESULT} ... on ValidationError { issues { path message } }`;
const CREATE_CLASS = `mutation($input: CreateClassInput!) { createClass(input: $input) { ${VALIDATED} ... on CreateClassPayload { class { id kind name code parent { id } } } } }`;
const CREATE_GROUP = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { ${VALIDATED} ... on CreateGroupPayload { group { id kind name parent { id } } } } }`;
const ASSIGN_TUTOR = `mutation($input: AssignClassTutorInput!) { assignClassTutor(input: $input) { ${RESULT} ... on AssignClassTutorPayload { assignment { id role user { login } organisation { id } } } } }`;
const SET_LEADER = `mutation($input: SetGroupLeaderInput!) { setGroupLeader(input: $input) { ${RESULT} ... on SetGroupLeaderPayload { assignment { id role user { login } } } } }`;
const ADD_MEMBERS = `mutation($input: AddGroupMembersInput!) { addGroupMembers(input: $input) { ${VALIDATED} ... on AddGroupMembersPayload { group { id members(first: 100) { totalCount nodes { role user { login } } } } } } }`;
const REMOVE_MEMBER = `mutation($input: RemoveGroupMemberInput!) { removeGroupMember(input: $input) { ${RESULT} ... on RemoveGroupMemberPayload { group { id members(first: 100) { totalCount nodes { role user { login } } } } } } }`;

/** Runs a class or group mutation (the SDK has none yet) and gives its result: the payload or a typed error. */
async function run(mutation: string, input: Record<string, unknown>, as: UserRef): Promise<AdHoc> {
  const res = await t.gql(mutation, { input }, { as });
  expect(res.errors).toBeUndefined();
  return Object.values(res.data as Record<string, unknown>)[0];
}

const userId = (user: UserRef) => user.gid;
const name = () => `班 ${unique()}`;

/** The refusals every class and group mutation shares: by role, each changing nothing. */
const REFUSALS = [
  ['a teacher of the school', 'teacher', 'FORBIDDEN_ACTION'],
  ['the class tutor', 'tutor', 'NOT_FOUND'],
  ['another school’s admin', 'school2Admin', 'NOT_FOUND'],
  ['another district’s admin', 'otherDistrictAdmin', 'NOT_FOUND'],
] as const;

describe('createClass and createGroup', () => {
  it('a school admin creates a class and a group in their school', async () => {
    const className = name();
    const klass = await run(
      CREATE_CLASS,
      { schoolId: s1.school.gid, name: className, code: `c-${unique()}` },
      users.schoolAdmin,
    );
    expect(klass.class).toMatchObject({ kind: 'CLASS', name: className, parent: { id: s1.school.gid } });
    const group = await run(CREATE_GROUP, { schoolId: s1.school.gid, name: '数学教研组' }, users.schoolAdmin);
    expect(group.group).toMatchObject({ kind: 'GROUP', name: '数学教研组', parent: { id: s1.school.gid } });
    const path = (await t.db.prisma.organisation.findUniqueOrThrow({ where: { id: s1.school.id } })).path;
    const created = await t.db.prisma.organisation.findMany({
      where: { parentId: s1.school.id, name: { in: [className, '数学教研组'] } },
    });
    expect(created.every((org) => org.path.startsWith(path) && org.path.endsWith(`/${org.id}/`))).toBe(true);
  });

  it('the district admin over the school forms its classes and groups too', async () => {
    const klass = await run(CREATE_CLASS, { schoolId: s1.school.gid, name: name() }, users.districtAdmin);
    expect(klass.class).toMatchObject({ kind: 'CLASS', parent: { id: s1.school.gid } });
    const group = await run(CREATE_GROUP, { schoolId: s1.school.gid, name: name() }, users.districtAdmin);
    expect(group.group).toMatchObject({ kind: 'GROUP', parent: { id: s1.school.gid } });
  });

  it('refuses a class or group in a deactivated school (INVALID_STATE), writing nothing', async () => {
    const d = await t.world.district();
    const closed = await d.school();
    await t.db.prisma.organisation.update({ where: { id: closed.school.id }, data: { deactivatedAt: new Date() } });
    const before = await t.rows.writes();
    expect(await run(CREATE_CLASS, { schoolId: closed.school.gid, name: name() }, closed.admin)).toMatchObject({
      code: 'INVALID_STATE',
    });
    expect(await run(CREATE_GROUP, { schoolId: closed.school.gid, name: name() }, closed.admin)).toMatchObject({
      code: 'INVALID_STATE',
    });
    expect(await t.rows.writes()).toEqual(before);
  });

  it('refuses a duplicate name or code (CONFLICT) and a blank name (ValidationError), changing nothing', async () => {
    const className = name();
    const code = `dup-${unique()}`;
    await run(CREATE_CLASS, { schoolId: s1.school.gid, name: className, code }, users.schoolAdmin);
    const before = await t.rows.writes();
    expect(await run(CREATE_CLASS, { schoolId: s1.school.gid, name: className }, users.schoolAdmin)).toMatchObject({
      code: 'CONFLICT',
    });
    expect(await run(CREATE_CLASS, { schoolId: s1.school.gid, name: name(), code }, users.schoolAdmin)).toMatchObject({
      code: 'CONFLICT',
    });
    expect(await run(CREATE_CLASS, { schoolId: s1.school.gid, name: '  ' }, users.schoolAdmin)).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: ['input', 'name'] }],
    });
    expect(await run(CREATE_CLASS, { schoolId: s1.class.gid, name: name() }, users.schoolAdmin)).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await t.rows.writes()).toEqual(before);
  });

  it.each(REFUSALS)('refuses %s (%s) with %s', async (_who, role, code) => {
    const before = await t.rows.writes();
    expect(await run(CREATE_CLASS, { schoolId: s1.school.gid, name: name() }, users[role])).toMatchObject({
      code,
    });
    expect(await run(CREATE_GROUP, { schoolId: s1.school.gid, name: name() }, users[role])).toMatchObject({
      code,
    });
    expect(await t.rows.writes()).toEqual(before);
  });
});

describe('assignClassTutor', () => {
  it('makes a user of the school a tutor of its class, idempotently; the tutor then sees the class', async () => {
    const colleague = await s1.teacher({ class: null });
    const first = await run(ASSIGN_TUTOR, { classId: s1.class.gid, userId: userId(colleague) }, users.schoolAdmin);
    expect(first.assignment).toMatchObject({
      role: 'CLASS_TUTOR',
      user: { login: colleague.login },
      organisation: { id: s1.class.gid },
    });
    const again = await run(ASSIGN_TUTOR, { classId: s1.class.gid, userId: userId(colleague) }, users.schoolAdmin);
    expect(again.assignment.id).toBe(first.assignment.id);
    expect(await t.db.prisma.roleAssignment.count({ where: { userId: colleague.id, role: 'CLASS_TUTOR' } })).toBe(1);
    const seen = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: s1.class.gid }, { as: colleague });
    expect(seen.data!.node).toEqual({ id: s1.class.gid });
  });

  it('refuses a user of another school (NOT_FOUND when invisible, CONFLICT when visible) and a group as the class', async () => {
    const before = await t.rows.writes();
    const invisible = await run(
      ASSIGN_TUTOR,
      { classId: s1.class.gid, userId: userId(users.school2Teacher) },
      users.schoolAdmin,
    );
    expect(invisible).toMatchObject({ code: 'NOT_FOUND', message: 'User was not found.' });
    // Visible to the admin through a role in the school, but at home in school 2.
    const visitor = await t.world.user(s2.school, [['TEACHER', s1.group]]);
    const after = await t.rows.writes();
    expect(
      await run(ASSIGN_TUTOR, { classId: s1.class.gid, userId: userId(visitor) }, users.schoolAdmin),
    ).toMatchObject({ code: 'CONFLICT' });
    expect(
      await run(ASSIGN_TUTOR, { classId: s1.group.gid, userId: userId(users.teacher) }, users.schoolAdmin),
    ).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Class was not found.',
    });
    expect(after.roles - before.roles).toBe(1); // only the visitor's own seeded role
    expect(await t.rows.writes()).toEqual(after);
  });

  // The class's own tutor sees the class, so is told FORBIDDEN_ACTION rather than NOT_FOUND.
  const refusals = REFUSALS.map(
    ([who, role, code]) => [who, role, role === 'tutor' ? 'FORBIDDEN_ACTION' : code] as const,
  );
  it.each(refusals)('refuses %s (%s) with %s', async (_who, role, code) => {
    const before = await t.rows.writes();
    expect(
      await run(ASSIGN_TUTOR, { classId: s1.class.gid, userId: userId(users.teacher) }, users[role]),
    ).toMatchObject({ code });
    expect(await t.rows.writes()).toEqual(before);
  });
});

describe('teaching-research groups', () => {
  const groupId = () => s1.group.gid;

  it('sets a leader, replacing the previous one; setting the same leader again changes nothing', async () => {
    const [a, b] = [await t.world.user(s1.school, []), await t.world.user(s1.school, [])];
    const first = await run(SET_LEADER, { groupId: groupId(), userId: userId(a) }, users.schoolAdmin);
    expect(first.assignment).toMatchObject({ role: 'GROUP_LEADER', user: { login: a.login } });
    expect((await run(SET_LEADER, { groupId: groupId(), userId: userId(a) }, users.schoolAdmin)).assignment.id).toBe(
      first.assignment.id,
    );
    await run(SET_LEADER, { groupId: groupId(), userId: userId(b) }, users.schoolAdmin);
    const leaders = await t.db.prisma.roleAssignment.findMany({
      where: { organisationId: s1.group.id, role: 'GROUP_LEADER' },
      select: { userId: true },
    });
    expect(leaders).toEqual([{ userId: b.id }]);
  });

  it('adds members idempotently, all or nothing, and removes them', async () => {
    const members = [await t.world.user(s1.school, []), await t.world.user(s1.school, [])];
    const ids = members.map(userId);
    const added = await run(ADD_MEMBERS, { groupId: groupId(), userIds: ids }, users.schoolAdmin);
    const teacherLogins = (group: { members: { nodes: Array<{ role: string; user: { login: string } }> } }) =>
      group.members.nodes
        .filter((n) => n.role === 'TEACHER')
        .map((n) => n.user.login)
        .sort();
    expect(teacherLogins(added.group)).toEqual(expect.arrayContaining(members.map((m) => m.login).sort()));
    const again = await run(ADD_MEMBERS, { groupId: groupId(), userIds: [...ids, ids[0]] }, users.schoolAdmin);
    expect(again.group.members.totalCount).toBe(added.group.members.totalCount);

    const before = await t.rows.writes();
    const newcomer = await t.world.user(s1.school, []);
    const mid = await t.rows.writes();
    expect(
      await run(
        ADD_MEMBERS,
        { groupId: groupId(), userIds: [userId(newcomer), userId(users.school2Teacher)] },
        users.schoolAdmin,
      ),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(mid.users - before.users).toBe(1);
    expect(await t.rows.writes()).toEqual(mid);

    const tooMany = Array.from({ length: 101 }, () => userId(newcomer));
    expect(await run(ADD_MEMBERS, { groupId: groupId(), userIds: tooMany }, users.schoolAdmin)).toMatchObject({
      __typename: 'ValidationError',
    });
    expect(await run(ADD_MEMBERS, { groupId: groupId(), userIds: [] }, users.schoolAdmin)).toMatchObject({
      __typename: 'ValidationError',
    });

    const removed = await run(REMOVE_MEMBER, { groupId: groupId(), userId: ids[0] }, users.schoolAdmin);
    expect(teacherLogins(removed.group)).not.toContain(members[0]!.login);
    const removedAgain = await run(REMOVE_MEMBER, { groupId: groupId(), userId: ids[0] }, users.schoolAdmin);
    expect(removedAgain.group.members.totalCount).toBe(removed.group.members.totalCount);
  });

  it.each(REFUSALS)('refuses %s (%s) with %s', async (_who, role, code) => {
    const member = userId(users.teacher);
    const before = await t.rows.writes();
    expect(await run(SET_LEADER, { groupId: groupId(), userId: member }, users[role])).toMatchObject({ code });
    expect(await run(ADD_MEMBERS, { groupId: groupId(), userIds: [member] }, users[role])).toMatchObject({
      code,
    });
    expect(await run(REMOVE_MEMBER, { groupId: groupId(), userId: member }, users[role])).toMatchObject({ code });
    expect(await t.rows.writes()).toEqual(before);
  });
});
