/** Rows of the operations of programmes, enrolment, school ranges, selection, catalogues and the viewer. */
import { expect } from 'vitest';
import { ImportEnrolmentsDocument, UploadSchoolPlanDocument } from '../../../sdk/src/generated/graphql.js';
import { pdf } from '../../kit/office-files.js';
import type { UserRef } from '../../kit/world.js';
import {
  actionOf,
  ask,
  DISTRICT_ADMIN_ACTION,
  DISTRICT_MEMBERS,
  ENROLMENT_READERS,
  everyone,
  lists,
  matrix,
  mutate,
  mutationOutcome,
  present,
  type Row,
  SCHOOL_ADMIN_ACTION,
  SCHOOL_VIEWERS,
  signedIn,
  type Tenant,
  TOO_LONG,
} from './kit.js';

/** Forming a school's classes and groups: its admins and the district's. */
const UNIT_ACTION = actionOf(SCHOOL_VIEWERS, 'schoolAdmin', 'districtAdmin');

export const rows: Record<string, Row> = {
  // Queries
  'Query.viewer': {
    run: async (_x, as) => present(await ask('{ viewer { user { id } } }', {}, as)),
    own: signedIn,
    other: signedIn,
  },
  'Query.catalogues': {
    run: async (_x, as) =>
      lists((await ask('{ catalogues(first: 5) { nodes { id } } }', {}, as)).nodes, matrix.catalogueGid),
    own: everyone('allowed'),
    other: everyone('allowed'),
  },
  'Query.catalogue': {
    run: async (_x, as) =>
      present(await ask('query($id: ID!) { catalogue(id: $id) { id } }', { id: matrix.catalogueGid }, as)),
    own: everyone('allowed'),
    other: everyone('allowed'),
  },
  'Query.node': {
    run: async (x, as) => present(await ask('query($id: ID!) { node(id: $id) { id } }', { id: x.enrolment.gid }, as)),
    own: ENROLMENT_READERS,
  },
  'Query.organisation': {
    run: async (x, as) =>
      present(await ask('query($id: ID!) { organisation(id: $id) { id } }', { id: x.s.school.gid }, as)),
    own: SCHOOL_VIEWERS,
  },
  'Query.organisations': {
    run: async (x, as) =>
      lists((await ask('{ organisations(kind: SCHOOL, first: 100) { nodes { id } } }', {}, as)).nodes, x.s.school.gid),
    own: SCHOOL_VIEWERS,
  },
  'Query.programmes': {
    run: async (x, as) => lists((await ask('{ programmes(first: 100) { nodes { id } } }', {}, as)).nodes, x.p.gid),
    own: DISTRICT_MEMBERS,
  },
  'Query.programme': {
    run: async (x, as) => present(await ask('query($id: ID!) { programme(id: $id) { id } }', { id: x.p.gid }, as)),
    own: DISTRICT_MEMBERS,
  },
  'Query.enrolments': {
    run: async (x, as) =>
      lists(
        (await ask('query($p: ID) { enrolments(programmeId: $p, first: 100) { nodes { id } } }', { p: x.p.gid }, as))
          .nodes,
        x.enrolment.gid,
      ),
    own: ENROLMENT_READERS,
  },
  'Query.classRoster': {
    run: async (x, as) =>
      present(await ask('query($c: ID!) { classRoster(classId: $c) { totalCount } }', { c: x.s.class.gid }, as)),
    own: { tutor: 'allowed', schoolAdmin: 'allowed', districtAdmin: 'allowed', provinceAdmin: 'allowed' },
  },
  'Query.schoolRange': {
    run: async (x, as) =>
      present(
        await ask(
          'query($p: ID!, $s: ID!) { schoolRange(programmeId: $p, schoolId: $s) { competencyCount } }',
          { p: x.p.gid, s: x.s.school.gid },
          as,
        ),
      ),
    own: SCHOOL_VIEWERS,
  },
  'Query.schoolPlan': {
    run: async (x, as) =>
      present(
        await ask(
          'query($p: ID!, $s: ID!) { schoolPlan(programmeId: $p, schoolId: $s) { uploadedAt } }',
          { p: x.p.gid, s: x.s.school.gid },
          as,
        ),
      ),
    own: SCHOOL_VIEWERS,
  },
  'Query.schoolSelectionProgress': {
    run: async (x, as) =>
      present(
        await ask(
          'query($p: ID!, $s: ID!) { schoolSelectionProgress(programmeId: $p, schoolId: $s) { enrolled } }',
          { p: x.p.gid, s: x.s.school.gid },
          as,
        ),
      ),
    own: { schoolAdmin: 'allowed', districtAdmin: 'allowed', provinceAdmin: 'allowed', expert: 'allowed' },
  },
  'Query.programmeSelectionProgress': {
    run: async (x, as) =>
      present(
        await ask('query($p: ID!) { programmeSelectionProgress(programmeId: $p) { totalCount } }', { p: x.p.gid }, as),
      ),
    own: { districtAdmin: 'allowed', provinceAdmin: 'allowed' },
  },

  // Role-restricted fields: shown only to the person and the admins over their home.
  'User.email': {
    run: async (x, as) =>
      present(
        (await ask('query($id: ID!) { node(id: $id) { ... on User { email } } }', { id: x.enrolment.teacher.gid }, as))
          ?.email,
      ),
    own: { teacher: 'allowed', schoolAdmin: 'allowed', districtAdmin: 'allowed', provinceAdmin: 'allowed' },
  },
  'User.nationalIdMasked': {
    run: async (x, as) =>
      present(
        (
          await ask(
            'query($id: ID!) { node(id: $id) { ... on User { nationalIdMasked } } }',
            { id: x.enrolment.teacher.gid },
            as,
          )
        )?.nationalIdMasked,
      ),
    own: { teacher: 'allowed', schoolAdmin: 'allowed', districtAdmin: 'allowed', provinceAdmin: 'allowed' },
  },

  // Mutations (each input is invalid past the check, or a repeat that changes nothing)
  'Mutation.createProgramme': {
    run: (x, as) =>
      mutate(
        'createProgramme',
        'CreateProgrammeInput',
        {
          districtId: x.d.district.gid,
          code: '',
          name: '',
          catalogueId: matrix.catalogueGid,
          rules: { selection: {} },
        },
        as,
      ),
    own: DISTRICT_ADMIN_ACTION,
  },
  'Mutation.updateProgramme': {
    run: (x, as) => mutate('updateProgramme', 'UpdateProgrammeInput', { id: x.p.gid, name: '' }, as),
    own: DISTRICT_ADMIN_ACTION,
  },
  ...Object.fromEntries(
    ['publishProgramme', 'startProgramme', 'closeProgramme'].map((field) => [
      `Mutation.${field}`,
      {
        run: (x: Tenant, as: UserRef | null) =>
          mutate(
            field,
            `${field.charAt(0).toUpperCase()}${field.slice(1)}Input`,
            { id: x.p.gid, comment: TOO_LONG },
            as,
          ),
        own: DISTRICT_ADMIN_ACTION,
      } satisfies Row,
    ]),
  ),
  'Mutation.enrolSchools': {
    run: (x, as) => mutate('enrolSchools', 'EnrolSchoolsInput', { batchId: x.p.batch.gid, schools: [] }, as),
    own: DISTRICT_ADMIN_ACTION,
  },
  'Mutation.enrolTeacher': {
    run: (x, as) =>
      mutate(
        'enrolTeacher',
        'EnrolTeacherInput',
        { batchId: x.p.batch.gid, schoolId: x.s.school.gid, teacher: { login: '', displayName: '' } },
        as,
      ),
    own: SCHOOL_ADMIN_ACTION,
  },
  'Mutation.importEnrolments': {
    run: async (x, as) => {
      const res = await matrix.t.upload(
        ImportEnrolmentsDocument,
        { input: { batchId: x.p.batch.gid, schoolId: x.s.school.gid, dryRun: true, file: null as never } },
        { 'variables.input.file': { bytes: '', filename: 'roster.csv', contentType: 'text/csv' } },
        { as },
      );
      expect(res.errors).toBeUndefined();
      return mutationOutcome(res.data!.importEnrolments);
    },
    own: SCHOOL_ADMIN_ACTION,
  },
  'Mutation.createClass': {
    run: (x, as) => mutate('createClass', 'CreateClassInput', { schoolId: x.s.school.gid, name: '' }, as),
    own: UNIT_ACTION,
  },
  'Mutation.createGroup': {
    run: (x, as) => mutate('createGroup', 'CreateGroupInput', { schoolId: x.s.school.gid, name: '' }, as),
    own: UNIT_ACTION,
  },
  'Mutation.assignClassTutor': {
    run: (x, as) =>
      mutate('assignClassTutor', 'AssignClassTutorInput', { classId: x.s.class.gid, userId: x.s.tutor.gid }, as),
    // The tutor and the teacher see the class (their own); the leader does not.
    own: { ...UNIT_ACTION, tutor: 'forbidden' },
  },
  'Mutation.setGroupLeader': {
    run: (x, as) =>
      mutate('setGroupLeader', 'SetGroupLeaderInput', { groupId: x.s.group.gid, userId: x.s.leader.gid }, as),
    own: { ...UNIT_ACTION, leader: 'forbidden' },
  },
  'Mutation.addGroupMembers': {
    run: (x, as) => mutate('addGroupMembers', 'AddGroupMembersInput', { groupId: x.s.group.gid, userIds: [] }, as),
    own: { ...UNIT_ACTION, leader: 'forbidden' },
  },
  'Mutation.removeGroupMember': {
    run: (x, as) =>
      mutate('removeGroupMember', 'RemoveGroupMemberInput', { groupId: x.s.group.gid, userId: x.s.tutor.gid }, as),
    own: { ...UNIT_ACTION, leader: 'forbidden' },
  },
  'Mutation.setSchoolRange': {
    run: (x, as) =>
      mutate(
        'setSchoolRange',
        'SetSchoolRangeInput',
        { programmeId: x.p.gid, schoolId: x.s.school.gid, competencyIds: [] },
        as,
      ),
    own: SCHOOL_ADMIN_ACTION,
  },
  'Mutation.uploadSchoolPlan': {
    run: async (x, as) => {
      const res = await matrix.t.upload(
        UploadSchoolPlanDocument,
        { input: { programmeId: x.p.gid, schoolId: x.s.school.gid, file: null as never } },
        { 'variables.input.file': { bytes: pdf(), filename: 'plan.txt', contentType: 'text/plain' } },
        { as },
      );
      expect(res.errors).toBeUndefined();
      return mutationOutcome(res.data!.uploadSchoolPlan);
    },
    own: SCHOOL_ADMIN_ACTION,
  },
  'Mutation.validateSelection': {
    run: (x, as) =>
      mutate('validateSelection', 'ValidateSelectionInput', { enrolmentId: x.enrolment.gid, competencyIds: [] }, as),
    // The teacher's own enrolment; the tutor, the experts and sync clients read it but may not act on it.
    own: actionOf(ENROLMENT_READERS, 'teacher', 'schoolAdmin'),
  },
  'Mutation.submitSelection': {
    run: (x, as) =>
      mutate('submitSelection', 'SubmitSelectionInput', { enrolmentId: x.enrolment.gid, competencyIds: [] }, as),
    own: actionOf(ENROLMENT_READERS, 'teacher'),
  },
  'Mutation.selectOnBehalf': {
    run: (x, as) =>
      mutate('selectOnBehalf', 'SelectOnBehalfInput', { enrolmentId: x.enrolment.gid, competencyIds: [] }, as),
    own: actionOf(ENROLMENT_READERS, 'schoolAdmin'),
  },
  'Mutation.approveSelection': {
    run: (x, as) =>
      mutate('approveSelection', 'ApproveSelectionInput', { selectionId: x.selection.gid, comment: TOO_LONG }, as),
    own: actionOf(ENROLMENT_READERS, 'schoolAdmin'),
  },
  'Mutation.returnSelection': {
    run: (x, as) =>
      mutate('returnSelection', 'ReturnSelectionInput', { selectionId: x.selection.gid, comment: TOO_LONG }, as),
    own: actionOf(ENROLMENT_READERS, 'schoolAdmin'),
  },
};
