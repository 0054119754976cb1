/**
 * The authorization matrix: every query, every mutation and every role-restricted field of the printed
 * schema, asked by anonymous callers and by each role, about objects of their own district and of another
 * district, with the outcome each must get declared in one table (MATRIX). The test walks the schema: a new
 * operation, or a field that declares an `authorize` action, without a row fails the suite, and so does a
 * mutation that declares no action.
 *
 * Outcomes: `allowed` (the operation ran: its data, or a typed error from after the check, e.g. a
 * ValidationError for the deliberately invalid inputs below), `missing` (null, empty, or NOT_FOUND: exactly
 * like an object that does not exist) and `forbidden` (FORBIDDEN_ACTION: the caller sees the object, but no
 * role of theirs grants the action). Inputs are chosen so that an allowed mutation changes nothing: invalid
 * text, an empty list, a repeated appointment.
 */
import { type GraphQLObjectType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../schema/index.js';
import type { AuthorizeExtension } from '../../schema/shared/authz/plugin.js';
import { ImportEnrolmentsDocument, UploadSchoolPlanDocument } from '../../sdk/src/generated/graphql.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { pdf } from '../kit/office-files.js';
import type { DistrictWorld, EnrolmentRef, ProgrammeWorld, SchoolWorld, SelectionRef, UserRef } from '../kit/world.js';

type Outcome = 'allowed' | 'missing' | 'forbidden';
const VIEWERS = [
  'anonymous',
  'teacher',
  'tutor',
  'leader',
  'schoolAdmin',
  'districtAdmin',
  'expert',
  'syncClient',
] as const;
type Viewer = (typeof VIEWERS)[number];

/** One district's objects. */
interface Tenant {
  d: DistrictWorld;
  s: SchoolWorld;
  p: ProgrammeWorld;
  enrolment: EnrolmentRef;
  selection: SelectionRef;
  expert: UserRef;
  syncClient: UserRef;
}

interface Row {
  /** Runs the operation about `target`'s objects as `as` (null: anonymous) and reads its outcome. */
  run: (target: Tenant, as: UserRef | null) => Promise<Outcome>;
  /** The outcome of each viewer in their own district; a viewer left out gets `missing`. */
  own: Partial<Record<Viewer, Outcome>>;
  /** The same for another district's objects; `missing` for everyone unless given (public data). */
  other?: Partial<Record<Viewer, Outcome>>;
}

let t: TestApp;
let A: Tenant;
let B: Tenant;

const TIANCHANG = { minCredits: 20, dimensionRule: { kind: 'NOT_ALL_SAME' }, requireSchoolReview: true };

async function tenant(): Promise<Tenant> {
  const d = await t.world.district();
  const s = await d.school();
  const p = await d.programme({ status: 'RUNNING', rules: { selection: TIANCHANG }, schools: [s] });
  await p.range(s, ['A1', 'A2', 'A3', 'A5', 'A6', 'A7', 'B1', 'B3', 'B6', 'C5']);
  const enrolment = await p.teacher(s);
  const selection = await p.select(enrolment, ['A7', 'B3', 'B1', 'B6'], 'SUBMITTED');
  const expert = await t.world.user(d.district, [['EXPERT', d.district]]);
  const syncClient = await t.world.user(d.district, [['SYNC_CLIENT', d.district]]);
  await t.db.prisma.user.update({
    where: { id: enrolment.teacher.id },
    data: { nationalIdMasked: '440402********1234', nationalIdHash: `hash-${enrolment.teacher.id}` },
  });
  // A plan on file, so `schoolPlan` has something to show.
  const file = await t.db.prisma.storedFile.create({
    data: {
      storageKey: `${s.school.id.replaceAll('-', '')}`.slice(0, 32),
      filename: 'plan.pdf',
      contentType: 'application/pdf',
      size: 1,
      sha256: '0'.repeat(64),
      orgPath: s.school.path,
      uploadedById: s.admin.id,
    },
  });
  await t.db.prisma.schoolPlan.create({
    data: {
      programmeId: p.id,
      schoolId: s.school.id,
      orgPath: s.school.path,
      fileId: file.id,
      uploadedById: s.admin.id,
    },
  });
  return { d, s, p, enrolment, selection, expert, syncClient };
}

/** The viewer of a role in district A. */
function viewer(name: Viewer): UserRef | null {
  switch (name) {
    case 'anonymous':
      return null;
    case 'teacher':
      return A.enrolment.teacher;
    case 'tutor':
      return A.s.tutor;
    case 'leader':
      return A.s.leader;
    case 'schoolAdmin':
      return A.s.admin;
    case 'districtAdmin':
      return A.d.admin;
    case 'expert':
      return A.expert;
    case 'syncClient':
      return A.syncClient;
  }
}

/** Sends an ad-hoc operation and returns its root field's value (failing on GraphQL errors). */
async function ask(query: string, variables: Record<string, unknown>, as: UserRef | null): Promise<AdHoc> {
  const res = await t.gql(query, variables, { as });
  expect(res.errors, query).toBeUndefined();
  return Object.values(res.data as Record<string, unknown>)[0];
}

/** A mutation's outcome from its result type. */
function mutationOutcome(result: { __typename: string }): Outcome {
  if (result.__typename === 'NotFoundError') return 'missing';
  if (result.__typename === 'ForbiddenActionError') return 'forbidden';
  return 'allowed';
}

async function mutate(field: string, inputType: string, input: Record<string, unknown>, as: UserRef | null) {
  const query = `mutation($input: ${inputType}!) { ${field}(input: $input) { __typename } }`;
  return mutationOutcome(await ask(query, { input }, as));
}

/** Whether a list contains the node with this global ID. */
const lists = (nodes: Array<{ id: string }> | undefined | null, id: string): Outcome =>
  nodes?.some((node) => node.id === id) ? 'allowed' : 'missing';
const present = (value: unknown): Outcome => (value === null || value === undefined ? 'missing' : 'allowed');

const TOO_LONG = 'x'.repeat(5000);
const everyone = (outcome: Outcome) => Object.fromEntries(VIEWERS.map((v) => [v, outcome])) as Record<Viewer, Outcome>;
const signedIn = { ...everyone('allowed'), anonymous: 'missing' as Outcome };
/** Roles that see every enrolment and selection of their subtree, and the tutor of the teacher's class. */
const ENROLMENT_READERS: Partial<Record<Viewer, Outcome>> = {
  teacher: 'allowed',
  tutor: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  expert: 'allowed',
  syncClient: 'allowed',
};
/** Whoever sees the school itself. */
const SCHOOL_VIEWERS: Partial<Record<Viewer, Outcome>> = {
  teacher: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  expert: 'allowed',
  syncClient: 'allowed',
};
/** Everyone in the district sees its programmes (a district's programmes are read by its schools' staff too). */
const DISTRICT_MEMBERS: Partial<Record<Viewer, Outcome>> = { ...signedIn, anonymous: 'missing' };
/**
 * An action on an object `readers` see, allowed to `actors` only: the other readers are refused, the rest find
 * nothing (a denied object looks missing).
 */
const actionOf = (readers: Partial<Record<Viewer, Outcome>>, ...actors: Viewer[]): Partial<Record<Viewer, Outcome>> =>
  Object.fromEntries(Object.keys(readers).map((v) => [v, actors.includes(v as Viewer) ? 'allowed' : 'forbidden']));
/** A school-level action only the school admin may take. */
const SCHOOL_ADMIN_ACTION = actionOf(SCHOOL_VIEWERS, 'schoolAdmin');
/** A programme change only the district admin may make: everyone in the district sees the programme. */
const DISTRICT_ADMIN_ACTION: Partial<Record<Viewer, Outcome>> = {
  ...Object.fromEntries(VIEWERS.map((v) => [v, 'forbidden'])),
  anonymous: 'missing',
  districtAdmin: 'allowed',
};

const MATRIX: Record<string, Row> = {
  // Queries
  'Query.viewer': {
    run: async (_x, as) => present(await ask('{ viewer { user { id } } }', {}, as)),
    own: signedIn,
    other: signedIn,
  },
  'Query.catalogues': {
    run: async (_x, as) => lists((await ask('{ catalogues(first: 5) { nodes { id } } }', {}, as)).nodes, catalogueGid),
    own: everyone('allowed'),
    other: everyone('allowed'),
  },
  'Query.catalogue': {
    run: async (_x, as) =>
      present(await ask('query($id: ID!) { catalogue(id: $id) { id } }', { id: catalogueGid }, as)),
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
    own: { tutor: 'allowed', schoolAdmin: 'allowed', districtAdmin: 'allowed' },
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
    own: { schoolAdmin: 'allowed', districtAdmin: 'allowed', expert: 'allowed' },
  },
  'Query.programmeSelectionProgress': {
    run: async (x, as) =>
      present(
        await ask('query($p: ID!) { programmeSelectionProgress(programmeId: $p) { totalCount } }', { p: x.p.gid }, as),
      ),
    own: { districtAdmin: 'allowed' },
  },

  // Role-restricted fields: shown only to the person and the admins over their home.
  'User.email': {
    run: async (x, as) =>
      present(
        (await ask('query($id: ID!) { node(id: $id) { ... on User { email } } }', { id: x.enrolment.teacher.gid }, as))
          ?.email,
      ),
    own: { teacher: 'allowed', schoolAdmin: 'allowed', districtAdmin: 'allowed' },
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
    own: { teacher: 'allowed', schoolAdmin: 'allowed', districtAdmin: 'allowed' },
  },

  // Mutations (each input is invalid past the check, or a repeat that changes nothing)
  'Mutation.createProgramme': {
    run: (x, as) =>
      mutate(
        'createProgramme',
        'CreateProgrammeInput',
        { districtId: x.d.district.gid, code: '', name: '', catalogueId: catalogueGid, rules: { selection: {} } },
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
      const res = await t.upload(
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
    own: SCHOOL_ADMIN_ACTION,
  },
  'Mutation.createGroup': {
    run: (x, as) => mutate('createGroup', 'CreateGroupInput', { schoolId: x.s.school.gid, name: '' }, as),
    own: SCHOOL_ADMIN_ACTION,
  },
  'Mutation.assignClassTutor': {
    run: (x, as) =>
      mutate('assignClassTutor', 'AssignClassTutorInput', { classId: x.s.class.gid, userId: x.s.tutor.gid }, as),
    // The tutor and the teacher see the class (their own); the leader does not.
    own: { ...SCHOOL_ADMIN_ACTION, tutor: 'forbidden' },
  },
  'Mutation.setGroupLeader': {
    run: (x, as) =>
      mutate('setGroupLeader', 'SetGroupLeaderInput', { groupId: x.s.group.gid, userId: x.s.leader.gid }, as),
    own: { ...SCHOOL_ADMIN_ACTION, leader: 'forbidden' },
  },
  'Mutation.addGroupMembers': {
    run: (x, as) => mutate('addGroupMembers', 'AddGroupMembersInput', { groupId: x.s.group.gid, userIds: [] }, as),
    own: { ...SCHOOL_ADMIN_ACTION, leader: 'forbidden' },
  },
  'Mutation.removeGroupMember': {
    run: (x, as) =>
      mutate('removeGroupMember', 'RemoveGroupMemberInput', { groupId: x.s.group.gid, userId: x.s.tutor.gid }, as),
    own: { ...SCHOOL_ADMIN_ACTION, leader: 'forbidden' },
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
      const res = await t.upload(
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

let catalogueGid: string;

beforeAll(async () => {
  t = await testApp();
  catalogueGid = (await t.world.catalogue()).gid;
  [A, B] = [await tenant(), await tenant()];
}, 120_000);
afterAll(() => t?.close());

/** Every query and mutation, and every object field that declares an `authorize` action. */
function operationsAndRestrictedFields(): {
  name: string;
  declaresAction: boolean;
  kind: 'Query' | 'Mutation' | 'Field';
}[] {
  const entries: { name: string; declaresAction: boolean; kind: 'Query' | 'Mutation' | 'Field' }[] = [];
  const queryType = schema.getQueryType();
  const mutationType = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values((type as GraphQLObjectType).getFields())) {
      const declaresAction = (field.extensions as { authorize?: AuthorizeExtension }).authorize !== undefined;
      const kind = type === queryType ? 'Query' : type === mutationType ? 'Mutation' : 'Field';
      if (kind === 'Field' && !declaresAction) continue;
      entries.push({ name: `${type.name}.${field.name}`, declaresAction, kind });
    }
  }
  return entries;
}

describe('authorization matrix', () => {
  it('has a row for every query, mutation and role-restricted field, and every mutation declares its action', () => {
    const entries = operationsAndRestrictedFields();
    const withoutRow = entries.filter((entry) => !(entry.name in MATRIX)).map((entry) => entry.name);
    const undeclared = entries.filter((entry) => entry.kind === 'Mutation' && !entry.declaresAction).map((e) => e.name);
    const stale = Object.keys(MATRIX).filter((name) => !entries.some((entry) => entry.name === name));
    expect({ withoutRow, undeclared, stale }).toEqual({ withoutRow: [], undeclared: [], stale: [] });
  });

  const cells = Object.entries(MATRIX).flatMap(([name, row]) =>
    VIEWERS.flatMap((who) => [
      { name, who, tenant: 'own' as const, expected: row.own[who] ?? 'missing' },
      { name, who, tenant: 'other district' as const, expected: row.other?.[who] ?? 'missing' },
    ]),
  );

  it(`gives the declared outcome in each of the ${cells.length} cells`, async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const cell of cells) {
      const row = MATRIX[cell.name]!;
      const target = cell.tenant === 'own' ? A : B;
      const outcome = await row.run(target, viewer(cell.who));
      const label = `${cell.name} · ${cell.who} · ${cell.tenant}`;
      outcomes.push(`${label}: ${outcome}`);
      expected.push(`${label}: ${cell.expected}`);
    }
    console.log(
      `[authorization] ${cells.length} cells (${Object.keys(MATRIX).length} rows × ${VIEWERS.length} viewers × 2 districts)`,
    );
    expect(outcomes).toEqual(expected);
  }, 240_000);
});
