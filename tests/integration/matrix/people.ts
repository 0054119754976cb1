/** Rows of the operations of people: users, imports, role grants and their history. */
import { expect } from 'vitest';
import { ImportPeopleDocument } from '../../../sdk/src/generated/graphql.js';
import type { UserRef } from '../../kit/world.js';
import {
  actionOf,
  ask,
  ENROLMENT_READERS,
  matrix,
  mutate,
  mutationOutcome,
  present,
  type Row,
  SCHOOL_VIEWERS,
  type Tenant,
} from './kit.js';

/** Managing people and their roles: the admins over the school; the school's other viewers are refused. */
const PEOPLE_ACTION = actionOf(SCHOOL_VIEWERS, 'schoolAdmin', 'districtAdmin', 'provinceAdmin');
/** Acting on the enrolled teacher: everyone who sees them; only the admins over their school may. */
const TEACHER_ACTION = actionOf(ENROLMENT_READERS, 'schoolAdmin', 'districtAdmin', 'provinceAdmin');
/** A person's personal data: the person and the admins over their home. */
const PERSONAL = {
  teacher: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  provinceAdmin: 'allowed',
} as const;

/** Once per tenant: the teacher's personal details (so the fields have something to show) and a deactivated teacher. */
const prepared = new WeakMap<Tenant, Promise<{ deactivated: UserRef }>>();
function prepare(x: Tenant) {
  let made = prepared.get(x);
  if (!made) {
    made = (async () => {
      const prisma = matrix.t.db.prisma;
      await prisma.user.update({
        where: { id: x.enrolment.teacher.id },
        data: { phone: '13812345678', teachingSubject: '数学', stage: 'PRIMARY', employeeNumber: 'E-1' },
      });
      const deactivated = await matrix.t.world.user(x.s.school, [['TEACHER', x.s.school]]);
      await prisma.user.update({ where: { id: deactivated.id }, data: { deactivatedAt: new Date() } });
      return { deactivated };
    })();
    prepared.set(x, made);
  }
  return made;
}

const personal = (field: string): Row => ({
  run: async (x, as) => {
    await prepare(x);
    const user = await ask(
      `query($id: ID!) { node(id: $id) { ... on User { ${field} } } }`,
      { id: x.enrolment.teacher.gid },
      as,
    );
    return present(user?.[field]);
  },
  own: PERSONAL,
});

export const rows: Record<string, Row> = {
  'Query.people': {
    run: async (x, as) =>
      present(
        await ask('query($o: ID!) { people(organisationId: $o, first: 1) { totalCount } }', { o: x.s.school.gid }, as),
      ),
    own: { schoolAdmin: 'allowed', districtAdmin: 'allowed', provinceAdmin: 'allowed' },
  },

  'User.phone': personal('phone'),
  'User.teachingSubject': personal('teachingSubject'),
  'User.stage': personal('stage'),
  'User.employeeNumber': personal('employeeNumber'),

  // Mutations (each input is invalid past the check, or a repeat that changes nothing)
  'Mutation.createUser': {
    run: (x, as) =>
      mutate('createUser', 'CreateUserInput', { organisationId: x.s.school.gid, login: '', displayName: '' }, as),
    own: PEOPLE_ACTION,
  },
  'Mutation.updateUser': {
    run: (x, as) => mutate('updateUser', 'UpdateUserInput', { id: x.enrolment.teacher.gid, displayName: '' }, as),
    own: TEACHER_ACTION,
  },
  'Mutation.deactivateUser': {
    // Someone of the school already deactivated: deactivating them again changes nothing.
    run: async (x, as) =>
      mutate('deactivateUser', 'DeactivateUserInput', { id: (await prepare(x)).deactivated.gid }, as),
    own: PEOPLE_ACTION,
  },
  'Mutation.reactivateUser': {
    // The enrolled teacher is active: reactivating them changes nothing.
    run: (x, as) => mutate('reactivateUser', 'ReactivateUserInput', { id: x.enrolment.teacher.gid }, as),
    own: TEACHER_ACTION,
  },
  'Mutation.grantRole': {
    // The teacher already teaches at the school: a repeat.
    run: (x, as) =>
      mutate(
        'grantRole',
        'GrantRoleInput',
        { userId: x.enrolment.teacher.gid, role: 'TEACHER', organisationId: x.s.school.gid },
        as,
      ),
    own: PEOPLE_ACTION,
  },
  'Mutation.revokeRole': {
    // The teacher is no school admin: nothing to revoke.
    run: (x, as) =>
      mutate(
        'revokeRole',
        'RevokeRoleInput',
        { userId: x.enrolment.teacher.gid, role: 'SCHOOL_ADMIN', organisationId: x.s.school.gid },
        as,
      ),
    own: PEOPLE_ACTION,
  },
  'Mutation.importPeople': {
    // An empty file: refused as a whole (INVALID_FILE) after the check, and a dry run besides.
    run: async (x, as) => {
      const res = await matrix.t.upload(
        ImportPeopleDocument,
        { input: { organisationId: x.s.school.gid, dryRun: true, file: null as never } },
        { 'variables.input.file': { bytes: '', filename: 'people.csv', contentType: 'text/csv' } },
        { as },
      );
      expect(res.errors).toBeUndefined();
      return mutationOutcome(res.data!.importPeople);
    },
    own: PEOPLE_ACTION,
  },
};
