import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import type { UserRef } from '../helpers/factories.js';
import { type EnrolmentWorld, enrolmentWorld, gid, writeCounts } from './enrolments-fixtures.js';

let t: TestApp;
let world: EnrolmentWorld;
beforeAll(async () => {
  t = await createTestApp();
  world = await enrolmentWorld(t);
});
afterAll(() => t.close());

const RESULT = `__typename ... on Error { code message } ... on ValidationError { issues { path message } }`;
const CREATE_CLASS = `mutation($input: CreateClassInput!) { createClass(input: $input) { ${RESULT} ... on CreateClassPayload { class { id kind name code parent { id } } } } }`;
const CREATE_GROUP = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { ${RESULT} ... on CreateGroupPayload { group { id kind name parent { id } } } } }`;
const ASSIGN_TUTOR = `mutation($input: AssignClassTutorInput!) { assignClassTutor(input: $input) { ${RESULT} ... on AssignClassTutorPayload { assignment { id role user { login } organisation { id } } } } }`;
const SET_LEADER = `mutation($input: SetGroupLeaderInput!) { setGroupLeader(input: $input) { ${RESULT} ... on SetGroupLeaderPayload { assignment { id role user { login } } } } }`;
const ADD_MEMBERS = `mutation($input: AddGroupMembersInput!) { addGroupMembers(input: $input) { ${RESULT} ... on AddGroupMembersPayload { group { id members(first: 100) { totalCount nodes { role user { login } } } } } } }`;
const REMOVE_MEMBER = `mutation($input: RemoveGroupMemberInput!) { removeGroupMember(input: $input) { ${RESULT} ... on RemoveGroupMemberPayload { group { id members(first: 100) { totalCount nodes { role user { login } } } } } } }`;

async function run(mutation: string, input: Record<string, unknown>, as: UserRef) {
  const res = await t.gql(mutation, { input }, as);
  expect(res.errors).toBeUndefined();
  return Object.values(res.data!)[0] as Record<string, any>;
}

const userId = (user: UserRef) => gid('User', user.id);
const name = () => `班 ${Math.random().toString(36).slice(2, 8)}`;

/** The refusals every class and group mutation shares: by role, each changing nothing. */
const REFUSALS = [
  ['a teacher of the school', 'teacher', 'FORBIDDEN_ACTION'],
  ['the class tutor', 'tutor', 'NOT_FOUND'],
  ['another school’s admin', 'school2Admin', 'NOT_FOUND'],
  ['the district admin', 'districtAdmin', 'FORBIDDEN_ACTION'],
  ['another district’s admin', 'otherDistrictAdmin', 'NOT_FOUND'],
] as const;

describe('createClass and createGroup', () => {
  it('a school admin creates a class and a group in their school', async () => {
    const className = name();
    const klass = await run(
      CREATE_CLASS,
      { schoolId: world.ids.school1, name: className, code: `c-${Date.now()}` },
      world.users.schoolAdmin,
    );
    expect(klass.class).toMatchObject({ kind: 'CLASS', name: className, parent: { id: world.ids.school1 } });
    const group = await run(CREATE_GROUP, { schoolId: world.ids.school1, name: '数学教研组' }, world.users.schoolAdmin);
    expect(group.group).toMatchObject({ kind: 'GROUP', name: '数学教研组', parent: { id: world.ids.school1 } });
    const path = (await t.db.prisma.organisation.findUniqueOrThrow({ where: { id: world.s1.school.id } })).path;
    const created = await t.db.prisma.organisation.findMany({
      where: { parentId: world.s1.school.id, name: { in: [className, '数学教研组'] } },
    });
    expect(created.every((org) => org.path.startsWith(path) && org.path.endsWith(`/${org.id}/`))).toBe(true);
  });

  it('refuses a duplicate name or code (CONFLICT) and a blank name (ValidationError), changing nothing', async () => {
    const className = name();
    const code = `dup-${Date.now()}`;
    await run(CREATE_CLASS, { schoolId: world.ids.school1, name: className, code }, world.users.schoolAdmin);
    const before = await writeCounts(t);
    expect(
      await run(CREATE_CLASS, { schoolId: world.ids.school1, name: className }, world.users.schoolAdmin),
    ).toMatchObject({ code: 'CONFLICT' });
    expect(
      await run(CREATE_CLASS, { schoolId: world.ids.school1, name: name(), code }, world.users.schoolAdmin),
    ).toMatchObject({ code: 'CONFLICT' });
    expect(await run(CREATE_CLASS, { schoolId: world.ids.school1, name: '  ' }, world.users.schoolAdmin)).toMatchObject(
      {
        __typename: 'ValidationError',
        issues: [{ path: ['input', 'name'] }],
      },
    );
    expect(
      await run(CREATE_CLASS, { schoolId: world.ids.class1, name: name() }, world.users.schoolAdmin),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(await writeCounts(t)).toEqual(before);
  });

  it.each(REFUSALS)('refuses %s (%s) with %s', async (_who, role, code) => {
    const before = await writeCounts(t);
    expect(await run(CREATE_CLASS, { schoolId: world.ids.school1, name: name() }, world.users[role])).toMatchObject({
      code,
    });
    expect(await run(CREATE_GROUP, { schoolId: world.ids.school1, name: name() }, world.users[role])).toMatchObject({
      code,
    });
    expect(await writeCounts(t)).toEqual(before);
  });
});

describe('assignClassTutor', () => {
  it('makes a user of the school a tutor of its class, idempotently; the tutor then sees the class', async () => {
    const colleague = await t.seed.user(world.s1.school, [['TEACHER', world.s1.school]]);
    const first = await run(
      ASSIGN_TUTOR,
      { classId: world.ids.class1, userId: userId(colleague) },
      world.users.schoolAdmin,
    );
    expect(first.assignment).toMatchObject({
      role: 'CLASS_TUTOR',
      user: { login: colleague.login },
      organisation: { id: world.ids.class1 },
    });
    const again = await run(
      ASSIGN_TUTOR,
      { classId: world.ids.class1, userId: userId(colleague) },
      world.users.schoolAdmin,
    );
    expect(again.assignment.id).toBe(first.assignment.id);
    expect(await t.db.prisma.roleAssignment.count({ where: { userId: colleague.id, role: 'CLASS_TUTOR' } })).toBe(1);
    const seen = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: world.ids.class1 }, colleague);
    expect(seen.data!.node).toEqual({ id: world.ids.class1 });
  });

  it('refuses a user of another school (NOT_FOUND when invisible, CONFLICT when visible) and a group as the class', async () => {
    const before = await writeCounts(t);
    const invisible = await run(
      ASSIGN_TUTOR,
      { classId: world.ids.class1, userId: userId(world.users.school2Teacher) },
      world.users.schoolAdmin,
    );
    expect(invisible).toMatchObject({ code: 'NOT_FOUND', message: 'User was not found.' });
    // Visible to the admin through a role in the school, but at home in school 2.
    const visitor = await t.seed.user(world.s2.school, [['TEACHER', world.s1.group]]);
    const after = await writeCounts(t);
    expect(
      await run(ASSIGN_TUTOR, { classId: world.ids.class1, userId: userId(visitor) }, world.users.schoolAdmin),
    ).toMatchObject({ code: 'CONFLICT' });
    expect(
      await run(
        ASSIGN_TUTOR,
        { classId: gid('Organisation', world.s1.group.id), userId: userId(world.users.teacher) },
        world.users.schoolAdmin,
      ),
    ).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Class was not found.',
    });
    expect(after.roles - before.roles).toBe(1); // only the visitor's own seeded role
    expect(await writeCounts(t)).toEqual(after);
  });

  // The class's own tutor sees the class, so is told FORBIDDEN_ACTION rather than NOT_FOUND.
  const refusals = REFUSALS.map(
    ([who, role, code]) => [who, role, role === 'tutor' ? 'FORBIDDEN_ACTION' : code] as const,
  );
  it.each(refusals)('refuses %s (%s) with %s', async (_who, role, code) => {
    const before = await writeCounts(t);
    expect(
      await run(ASSIGN_TUTOR, { classId: world.ids.class1, userId: userId(world.users.teacher) }, world.users[role]),
    ).toMatchObject({ code });
    expect(await writeCounts(t)).toEqual(before);
  });
});

describe('teaching-research groups', () => {
  const groupId = () => gid('Organisation', world.s1.group.id);

  it('sets a leader, replacing the previous one; setting the same leader again changes nothing', async () => {
    const [a, b] = [await t.seed.user(world.s1.school, []), await t.seed.user(world.s1.school, [])];
    const first = await run(SET_LEADER, { groupId: groupId(), userId: userId(a) }, world.users.schoolAdmin);
    expect(first.assignment).toMatchObject({ role: 'GROUP_LEADER', user: { login: a.login } });
    expect(
      (await run(SET_LEADER, { groupId: groupId(), userId: userId(a) }, world.users.schoolAdmin)).assignment.id,
    ).toBe(first.assignment.id);
    await run(SET_LEADER, { groupId: groupId(), userId: userId(b) }, world.users.schoolAdmin);
    const leaders = await t.db.prisma.roleAssignment.findMany({
      where: { organisationId: world.s1.group.id, role: 'GROUP_LEADER' },
      select: { userId: true },
    });
    expect(leaders).toEqual([{ userId: b.id }]);
  });

  it('adds members idempotently, all or nothing, and removes them', async () => {
    const members = [await t.seed.user(world.s1.school, []), await t.seed.user(world.s1.school, [])];
    const ids = members.map(userId);
    const added = await run(ADD_MEMBERS, { groupId: groupId(), userIds: ids }, world.users.schoolAdmin);
    const teacherLogins = (group: any) =>
      group.members.nodes
        .filter((n: any) => n.role === 'TEACHER')
        .map((n: any) => n.user.login)
        .sort();
    expect(teacherLogins(added.group)).toEqual(expect.arrayContaining(members.map((m) => m.login).sort()));
    const again = await run(ADD_MEMBERS, { groupId: groupId(), userIds: [...ids, ids[0]] }, world.users.schoolAdmin);
    expect(again.group.members.totalCount).toBe(added.group.members.totalCount);

    const before = await writeCounts(t);
    const newcomer = await t.seed.user(world.s1.school, []);
    const mid = await writeCounts(t);
    expect(
      await run(
        ADD_MEMBERS,
        { groupId: groupId(), userIds: [userId(newcomer), userId(world.users.school2Teacher)] },
        world.users.schoolAdmin,
      ),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(mid.users - before.users).toBe(1);
    expect(await writeCounts(t)).toEqual(mid);

    const tooMany = Array.from({ length: 101 }, () => userId(newcomer));
    expect(await run(ADD_MEMBERS, { groupId: groupId(), userIds: tooMany }, world.users.schoolAdmin)).toMatchObject({
      __typename: 'ValidationError',
    });
    expect(await run(ADD_MEMBERS, { groupId: groupId(), userIds: [] }, world.users.schoolAdmin)).toMatchObject({
      __typename: 'ValidationError',
    });

    const removed = await run(REMOVE_MEMBER, { groupId: groupId(), userId: ids[0] }, world.users.schoolAdmin);
    expect(teacherLogins(removed.group)).not.toContain(members[0]!.login);
    const removedAgain = await run(REMOVE_MEMBER, { groupId: groupId(), userId: ids[0] }, world.users.schoolAdmin);
    expect(removedAgain.group.members.totalCount).toBe(removed.group.members.totalCount);
  });

  it.each(REFUSALS)('refuses %s (%s) with %s', async (_who, role, code) => {
    const member = userId(world.users.teacher);
    const before = await writeCounts(t);
    expect(await run(SET_LEADER, { groupId: groupId(), userId: member }, world.users[role])).toMatchObject({ code });
    expect(await run(ADD_MEMBERS, { groupId: groupId(), userIds: [member] }, world.users[role])).toMatchObject({
      code,
    });
    expect(await run(REMOVE_MEMBER, { groupId: groupId(), userId: member }, world.users[role])).toMatchObject({ code });
    expect(await writeCounts(t)).toEqual(before);
  });
});
