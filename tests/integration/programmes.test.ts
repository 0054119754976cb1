import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CloseProgrammeDocument,
  EnrolSchoolsDocument,
  PublishProgrammeDocument,
  StartProgrammeDocument,
} from '../../sdk/src/generated/graphql.js';
import { type Actor, type TestApp, testApp } from '../kit/app.js';
import { gid, rawId, unique } from '../kit/ids.js';
import { ofType } from '../kit/results.js';
import type { OrgRef, SchoolWorld, UserRef } from '../kit/world.js';

let t: TestApp;
let catalogueId: string;
let draftCatalogueId: string;

/** A district of its own with two schools and one user per role. */
interface Tenant {
  district: OrgRef;
  schools: SchoolWorld[];
  admin: UserRef;
  expert: UserRef;
  schoolAdmin: UserRef;
  teacher: UserRef;
  tutor: UserRef;
}

async function tenant(): Promise<Tenant> {
  const d = await t.world.district();
  const schools = [await d.school(), await d.school()];
  const s = schools[0]!;
  return {
    district: d.district,
    schools,
    admin: d.admin,
    expert: await t.world.user(d.district, [['EXPERT', d.district]]),
    schoolAdmin: s.admin,
    teacher: await s.teacher(),
    tutor: s.tutor,
  };
}

let A: Tenant;
let B: Tenant;

beforeAll(async () => {
  t = await testApp();
  await t.world.demo();
  catalogueId = (await t.world.catalogue()).gid;
  A = await tenant();
  B = await tenant();
  const draft = await t.db.prisma.catalogue.create({
    data: {
      code: `draft-${A.district.code}`,
      version: '1',
      kind: 'TEACHER_COMPETENCY',
      nameZh: '草稿',
      nameEn: 'Draft',
      ownerOrganisationId: A.district.id,
    },
    select: { id: true },
  });
  draftCatalogueId = gid('Catalogue', draft.id);
});
afterAll(() => t.close());

const newCode = () => `test-${unique()}`;

const ERROR = `... on Error { __typename code message } ... on ValidationError { issues { path message } }`;

const PROGRAMME = `id code name description status districtName district { name } catalogue { code }
  rules { version enrolment { classPerSchool } selection { minCredits minPoints maxPoints dimensionRule { kind n }
    selectionWindowDays adminSelectsAfterDeadline schoolPlanGateRate requireSchoolReview } }
  phases { kind startsOn endsOn }
  batches { id name startsOn endsOn stages schools(first: 100) { totalCount nodes { schoolName quota enrolledCount school { id } } } }
  history { action fromState toState comment actorName }`;

const CREATE = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) {
  __typename ... on CreateProgrammePayload { programme { ${PROGRAMME} } } ${ERROR} } }`;
const UPDATE = `mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) {
  __typename ... on UpdateProgrammePayload { programme { ${PROGRAMME} } } ${ERROR} } }`;
const READ = `query($id: ID!) { programme(id: $id) { ${PROGRAMME} } }`;

function tianchangInput(tenantOf: Tenant, overrides: Record<string, unknown> = {}) {
  return {
    districtId: tenantOf.district.gid,
    code: newCode(),
    name: '天长市2022年提升工程2.0培训',
    description: '远程培训',
    catalogueId,
    rules: { selection: { minCredits: 20, dimensionRule: { kind: 'NOT_ALL_SAME' }, requireSchoolReview: true } },
    phases: [
      { kind: 'IMPLEMENTATION', startsOn: '2022-05-06', endsOn: '2022-07-10' },
      { kind: 'PREPARATION', startsOn: '2022-04-01', endsOn: '2022-05-05' },
    ],
    batches: [
      { name: '第一批', startsOn: '2022-05-06', endsOn: '2022-07-10', stages: ['PRIMARY', 'JUNIOR_SECONDARY'] },
    ],
    ...overrides,
  };
}

async function create(input: Record<string, unknown>, as: Actor = A.admin) {
  const res = await t.gql(CREATE, { input }, { as: as });
  expect(res.errors).toBeUndefined();
  return res.data!.createProgramme;
}

/** Row counts of every table a programme mutation writes. */
async function counts() {
  const p = t.db.prisma;
  return {
    programmes: await p.programme.count(),
    phases: await p.programmePhase.count(),
    batches: await p.batch.count(),
    batchSchools: await p.batchSchool.count(),
    decisions: await p.decision.count(),
  };
}

/** A stored row's state, to show a refused mutation changed nothing. */
async function stored(id: string) {
  return t.db.prisma.programme.findUniqueOrThrow({
    where: { id },
    include: {
      phases: { orderBy: { kind: 'asc' } },
      batches: { orderBy: { position: 'asc' }, include: { schools: { orderBy: { id: 'asc' } } } },
    },
  });
}

describe('programme life cycle (district admin)', () => {
  it('creates a DRAFT programme with rules, phases in phase order and batches, and a history entry', async () => {
    const result = await create(tianchangInput(A));
    expect(result.__typename).toBe('CreateProgrammePayload');
    const p = result.programme;
    expect(p).toMatchObject({
      status: 'DRAFT',
      description: '远程培训',
      districtName: A.district.name,
      district: { name: A.district.name },
      catalogue: { code: 'national-2019' },
      rules: {
        version: 1,
        enrolment: { classPerSchool: true },
        selection: {
          minCredits: 20,
          minPoints: null,
          maxPoints: null,
          dimensionRule: { kind: 'NOT_ALL_SAME', n: null },
          selectionWindowDays: null,
          adminSelectsAfterDeadline: false,
          schoolPlanGateRate: null,
          requireSchoolReview: true,
        },
      },
      phases: [
        { kind: 'PREPARATION', startsOn: '2022-04-01', endsOn: '2022-05-05' },
        { kind: 'IMPLEMENTATION', startsOn: '2022-05-06', endsOn: '2022-07-10' },
      ],
      batches: [
        {
          name: '第一批',
          startsOn: '2022-05-06',
          endsOn: '2022-07-10',
          stages: ['PRIMARY', 'JUNIOR_SECONDARY'],
          schools: { totalCount: 0, nodes: [] },
        },
      ],
    });
    expect(p.history).toEqual([
      { action: 'CREATE', fromState: null, toState: 'DRAFT', comment: null, actorName: A.admin.login },
    ]);
  });

  it('updates, publishes, starts and closes; each step is in the history; a closed programme never changes', async () => {
    const p = (await create(tianchangInput(A))).programme;
    const id = p.id;

    const updated = await t.gql(
      UPDATE,
      {
        input: {
          id,
          name: '新名称',
          rules: {
            selection: {
              minPoints: 3,
              maxPoints: 5,
              dimensionRule: { kind: 'AT_LEAST_N', n: 2 },
              schoolPlanGateRate: 0.9,
            },
          },
          phases: [{ kind: 'SUMMARY', startsOn: '2022-07-11', endsOn: '2022-07-31' }],
          batches: [
            { name: '第二批', startsOn: '2022-09-01', endsOn: '2022-12-31', stages: ['KINDERGARTEN'] },
            { name: '第一批', startsOn: '2022-05-01', endsOn: '2022-07-10', stages: ['PRIMARY'] },
          ],
        },
      },
      { as: A.admin },
    );
    const after = updated.data!.updateProgramme.programme;
    expect(after.name).toBe('新名称');
    expect(after.rules.selection).toMatchObject({
      minCredits: null,
      minPoints: 3,
      maxPoints: 5,
      dimensionRule: { kind: 'AT_LEAST_N', n: 2 },
      schoolPlanGateRate: 0.9,
    });
    expect(after.phases).toEqual([{ kind: 'SUMMARY', startsOn: '2022-07-11', endsOn: '2022-07-31' }]);
    expect(after.batches.map((b: { name: string; startsOn: string }) => [b.name, b.startsOn])).toEqual([
      ['第二批', '2022-09-01'],
      ['第一批', '2022-05-01'],
    ]);
    // The batch matched by name keeps its id.
    expect(after.batches[1].id).toBe(p.batches[0].id);

    const comment = '区项目办审定';
    const published = await t.mutate(PublishProgrammeDocument, { id, comment }, { as: A.admin });
    expect(ofType(published, 'PublishProgrammePayload').programme.status).toBe('PUBLISHED');

    // Rules and catalogue are fixed once published; names and batches still change.
    const rulesLate = await t.gql(UPDATE, { input: { id, rules: { selection: { minPoints: 1 } } } }, { as: A.admin });
    expect(rulesLate.data!.updateProgramme).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
    const nameLate = await t.gql(UPDATE, { input: { id, name: '再改名' } }, { as: A.admin });
    expect(nameLate.data!.updateProgramme.programme.name).toBe('再改名');

    const started = await t.mutate(StartProgrammeDocument, { id }, { as: A.admin });
    expect(ofType(started, 'StartProgrammePayload').programme.status).toBe('RUNNING');
    const closed = await t.mutate(CloseProgrammeDocument, { id, comment: '结项' }, { as: A.admin });
    const final = ofType(closed, 'CloseProgrammePayload').programme;
    expect(final.status).toBe('CLOSED');
    expect(
      final.history.map(({ action, fromState, toState, comment }) => ({ action, fromState, toState, comment })),
    ).toEqual([
      { action: 'CREATE', fromState: null, toState: 'DRAFT', comment: null },
      { action: 'UPDATE', fromState: 'DRAFT', toState: 'DRAFT', comment: null },
      { action: 'PUBLISH', fromState: 'DRAFT', toState: 'PUBLISHED', comment },
      { action: 'UPDATE', fromState: 'PUBLISHED', toState: 'PUBLISHED', comment: null },
      { action: 'START', fromState: 'PUBLISHED', toState: 'RUNNING', comment: null },
      { action: 'CLOSE', fromState: 'RUNNING', toState: 'CLOSED', comment: '结项' },
    ]);

    const before = await stored(rawId(id));
    const countsBefore = await counts();
    const refused = [
      (await t.gql(UPDATE, { input: { id, name: 'x' } }, { as: A.admin })).data!.updateProgramme,
      await t.mutate(CloseProgrammeDocument, { id }, { as: A.admin }),
      await t.mutate(PublishProgrammeDocument, { id }, { as: A.admin }),
      await t.mutate(
        EnrolSchoolsDocument,
        { batchId: after.batches[0].id, schools: [{ schoolId: A.schools[0]!.school.gid, quota: 5 }] },
        { as: A.admin },
      ),
    ];
    for (const error of refused) expect(error).toMatchObject({ code: 'INVALID_STATE' });
    expect(ofType(refused[1], 'InvalidStateError').message).toMatch(/CLOSED.*CLOSED/);
    expect(await stored(rawId(id))).toEqual(before);
    expect(await counts()).toEqual(countsBefore);
  });

  it('refuses a transition from the wrong state with INVALID_STATE naming both states', async () => {
    const { id } = (await create(tianchangInput(A))).programme;
    const start = await t.mutate(StartProgrammeDocument, { id }, { as: A.admin });
    expect(start).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
    expect(ofType(start, 'InvalidStateError').message).toContain('DRAFT');
    expect(ofType(start, 'InvalidStateError').message).toContain('RUNNING');
    const close = await t.mutate(CloseProgrammeDocument, { id }, { as: A.admin });
    expect(ofType(close, 'InvalidStateError').message).toMatch(/from DRAFT to CLOSED/);
    expect((await stored(rawId(id))).status).toBe('DRAFT');
  });

  it('lists programmes newest first, filtered by status and district, with totalCount', async () => {
    const tenantC = await tenant();
    const first = (await create(tianchangInput(tenantC), tenantC.admin)).programme;
    const second = (await create(tianchangInput(tenantC), tenantC.admin)).programme;
    await t.mutate(PublishProgrammeDocument, { id: first.id }, { as: tenantC.admin });
    const query = `query($status: ProgrammeStatus, $districtId: ID) { programmes(first: 10, status: $status, districtId: $districtId) { totalCount nodes { id status } } }`;
    const all = await t.gql(query, {}, { as: tenantC.admin });
    expect(all.data!.programmes).toEqual({
      totalCount: 2,
      nodes: [
        { id: second.id, status: 'DRAFT' },
        { id: first.id, status: 'PUBLISHED' },
      ],
    });
    const published = await t.gql(query, { status: 'PUBLISHED' }, { as: tenantC.admin });
    expect(published.data!.programmes).toEqual({ totalCount: 1, nodes: [{ id: first.id, status: 'PUBLISHED' }] });
    const otherDistrict = await t.gql(query, { districtId: A.district.gid }, { as: tenantC.admin });
    expect(otherDistrict.data!.programmes).toEqual({ totalCount: 0, nodes: [] });
    const paged = await t.gql(
      `{ programmes(first: 1) { pageInfo { hasNextPage endCursor } nodes { id } } }`,
      {},
      { as: tenantC.admin },
    );
    expect(paged.data!.programmes.nodes).toEqual([{ id: second.id }]);
    const next = await t.gql(
      `query($after: String) { programmes(first: 1, after: $after) { nodes { id } } }`,
      { after: paged.data!.programmes.pageInfo.endCursor },
      { as: tenantC.admin },
    );
    expect(next.data!.programmes.nodes).toEqual([{ id: first.id }]);
    const tooMany = await t.gql(`{ programmes(first: 101) { totalCount } }`, {}, { as: tenantC.admin });
    expect(tooMany.errors?.[0]).toMatchObject({
      message: 'first must be a whole number from 0 to 100',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('who sees and who changes a programme', () => {
  let id: string;
  let batchId: string;
  beforeAll(async () => {
    const p = (await create(tianchangInput(A))).programme;
    id = p.id;
    batchId = p.batches[0].id;
    await t.mutate(
      EnrolSchoolsDocument,
      { batchId, schools: A.schools.map((s) => ({ schoolId: s.school.gid, quota: 10 })) },
      { as: A.admin },
    );
  });

  it('the district admin and expert see it with its district; school staff see it without the district object', async () => {
    for (const viewer of [A.admin, A.expert]) {
      const res = await t.gql(READ, { id }, { as: viewer });
      expect(res.errors).toBeUndefined();
      expect(res.data!.programme).toMatchObject({ districtName: A.district.name, district: { name: A.district.name } });
      expect(res.data!.programme.batches[0].schools.totalCount).toBe(2);
    }
    for (const viewer of [A.schoolAdmin, A.teacher, A.tutor]) {
      const res = await t.gql(READ, { id }, { as: viewer });
      expect(res.errors).toBeUndefined();
      expect(res.data!.programme).toMatchObject({ id, districtName: A.district.name, district: null });
      // A school's staff see their own school's quota only; a tutor (below the school) without the school object.
      const schools = res.data!.programme.batches[0].schools;
      expect(schools.totalCount).toBe(1);
      expect(schools.nodes[0]).toMatchObject({ schoolName: A.schools[0]!.school.name, quota: 10, enrolledCount: 0 });
      expect(schools.nodes[0].school).toEqual(viewer === A.tutor ? null : { id: A.schools[0]!.school.gid });
    }
    const node = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Programme { code } } batch: node(id: "${batchId}") { ... on Batch { name } } }`,
      { id },
      { as: A.teacher },
    );
    expect(node.data!.node.code).toBeTruthy();
    expect(node.data!.batch.name).toBe('第一批');
  });

  it('another district’s admin, and anonymous viewers, see nothing', async () => {
    for (const viewer of [B.admin, B.schoolAdmin, null]) {
      const res = await t.gql(
        `query($id: ID!) { programme(id: $id) { id } node(id: $id) { id } batch: node(id: "${batchId}") { id }
        programmes(first: 100, districtId: "${A.district.gid}") { totalCount } }`,
        { id },
        { as: viewer },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ programme: null, node: null, batch: null, programmes: { totalCount: 0 } });
    }
  });

  it('another district’s admin gets NOT_FOUND from every mutation, and nothing changes', async () => {
    const before = await stored(rawId(id));
    const countsBefore = await counts();
    const results = [
      (await t.gql(CREATE, { input: tianchangInput(A) }, { as: B.admin })).data!.createProgramme,
      (await t.gql(UPDATE, { input: { id, name: 'x' } }, { as: B.admin })).data!.updateProgramme,
      await t.mutate(PublishProgrammeDocument, { id }, { as: B.admin }),
      await t.mutate(StartProgrammeDocument, { id }, { as: B.admin }),
      await t.mutate(CloseProgrammeDocument, { id }, { as: B.admin }),
      await t.mutate(
        EnrolSchoolsDocument,
        { batchId, schools: [{ schoolId: B.schools[0]!.school.gid, quota: 1 }] },
        { as: B.admin },
      ),
    ];
    for (const result of results) expect(result).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(await stored(rawId(id))).toEqual(before);
    expect(await counts()).toEqual(countsBefore);
  });

  it('school staff and experts of the district may read but not change: FORBIDDEN_ACTION', async () => {
    const before = await stored(rawId(id));
    const countsBefore = await counts();
    for (const viewer of [A.schoolAdmin, A.teacher, A.tutor, A.expert]) {
      const results = [
        (await t.gql(CREATE, { input: tianchangInput(A) }, { as: viewer })).data!.createProgramme,
        (await t.gql(UPDATE, { input: { id, name: 'x' } }, { as: viewer })).data!.updateProgramme,
        await t.mutate(PublishProgrammeDocument, { id }, { as: viewer }),
        await t.mutate(
          EnrolSchoolsDocument,
          { batchId, schools: [{ schoolId: A.schools[0]!.school.gid, quota: 99 }] },
          { as: viewer },
        ),
      ];
      for (const result of results)
        expect(result).toMatchObject({ __typename: 'ForbiddenActionError', code: 'FORBIDDEN_ACTION' });
    }
    expect(await stored(rawId(id))).toEqual(before);
    expect(await counts()).toEqual(countsBefore);
  });

  it('anonymous viewers find nothing to change: NOT_FOUND, as if the district and programme did not exist', async () => {
    const countsBefore = await counts();
    const res = await t.gql(CREATE, { input: tianchangInput(A) }, { as: null });
    expect(res.data?.createProgramme).toMatchObject({ code: 'NOT_FOUND', message: 'District was not found.' });
    const publish = await t.request(PublishProgrammeDocument, { input: { id } }, { as: null });
    expect(publish.data?.publishProgramme).toMatchObject({ code: 'NOT_FOUND', message: 'Programme was not found.' });
    expect(await counts()).toEqual(countsBefore);
  });
});

describe('bad input: a typed error and nothing changed', () => {
  async function refused(input: Record<string, unknown>) {
    const before = await counts();
    const result = await create(input);
    expect(await counts()).toEqual(before);
    return result;
  }

  it('a phase ending before it starts, or a kind given twice', async () => {
    const result = await refused(
      tianchangInput(A, {
        phases: [
          { kind: 'PREPARATION', startsOn: '2022-05-06', endsOn: '2022-05-01' },
          { kind: 'PREPARATION', startsOn: '2022-05-06', endsOn: '2022-06-01' },
        ],
      }),
    );
    expect(result).toMatchObject({ __typename: 'ValidationError', code: 'INVALID_INPUT' });
    expect(result.issues).toEqual([
      { path: ['input', 'phases', '0', 'endsOn'], message: 'endsOn must be on or after startsOn' },
      { path: ['input', 'phases', '1', 'kind'], message: 'kind "PREPARATION" is given twice' },
    ]);
  });

  it('a batch ending before it starts, without stages, or a name given twice; more than 20 batches', async () => {
    const batch = { name: '第一批', startsOn: '2022-05-06', endsOn: '2022-05-01', stages: [] };
    const result = await refused(
      tianchangInput(A, { batches: [batch, { ...batch, endsOn: '2022-06-01', stages: ['PRIMARY'] }] }),
    );
    expect(result.issues.map((issue: { path: string[] }) => issue.path.join('.'))).toEqual([
      'input.batches.0.stages',
      'input.batches.0.endsOn',
      'input.batches.1.name',
    ]);
    const many = Array.from({ length: 21 }, (_, i) => ({
      name: `批次${i}`,
      startsOn: '2022-05-06',
      endsOn: '2022-06-01',
      stages: ['PRIMARY'],
    }));
    const tooMany = await refused(tianchangInput(A, { batches: many }));
    expect(tooMany.issues).toEqual([{ path: ['input', 'batches'], message: 'batches may list at most 20 items' }]);
  });

  it('a date that is not a calendar day is refused before anything runs', async () => {
    const before = await counts();
    const res = await t.gql(
      CREATE,
      { input: tianchangInput(A, { phases: [{ kind: 'PREPARATION', startsOn: '2022-02-30', endsOn: '2022-03-01' }] }) },
      { as: A.admin },
    );
    expect(res.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
    expect(await counts()).toEqual(before);
  });

  it('rules that contradict themselves, with the issue’s path', async () => {
    const result = await refused(tianchangInput(A, { rules: { selection: { minPoints: 5, maxPoints: 3 } } }));
    expect(result.issues).toEqual([
      { path: ['input', 'rules', 'selection', 'maxPoints'], message: 'minPoints (5) must not exceed maxPoints (3)' },
    ]);
    const gate = await refused(
      tianchangInput(A, { rules: { selection: { schoolPlanGateRate: 1.5, dimensionRule: { kind: 'AT_LEAST_N' } } } }),
    );
    expect(gate.issues.map((issue: { path: string[] }) => issue.path.join('.')).sort()).toEqual([
      'input.rules.selection.dimensionRule.n',
      'input.rules.selection.schoolPlanGateRate',
    ]);
  });

  it('a bad code or an empty name', async () => {
    const result = await refused(tianchangInput(A, { code: 'has space', name: '   ' }));
    expect(result.issues.map((issue: { path: string[] }) => issue.path.join('.'))).toEqual([
      'input.code',
      'input.name',
    ]);
  });

  it('an unknown or draft catalogue', async () => {
    const unknown = await refused(
      tianchangInput(A, { catalogueId: gid('Catalogue', '00000000-0000-7000-8000-000000000000') }),
    );
    expect(unknown).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    const draft = await refused(tianchangInput(A, { catalogueId: draftCatalogueId }));
    expect(draft).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
  });

  it('a duplicate code', async () => {
    const input = tianchangInput(A);
    await create(input);
    const result = await refused({ ...input, name: 'again' });
    expect(result).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });
  });

  it('a district that is not a district', async () => {
    const result = await refused(tianchangInput(A, { districtId: A.schools[0]!.school.gid }));
    expect(result).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      message: 'District was not found.',
    });
  });

  it('an update with bad batches changes nothing, not even the fields that were fine', async () => {
    const { id } = (await create(tianchangInput(A))).programme;
    const before = await stored(rawId(id));
    const res = await t.gql(
      UPDATE,
      {
        input: {
          id,
          name: '好名字',
          batches: [{ name: 'x', startsOn: '2022-05-06', endsOn: '2022-01-01', stages: ['PRIMARY'] }],
        },
      },
      { as: A.admin },
    );
    expect(res.data!.updateProgramme.issues).toEqual([
      { path: ['input', 'batches', '0', 'endsOn'], message: 'endsOn must be on or after startsOn' },
    ]);
    expect(await stored(rawId(id))).toEqual(before);
  });
});

describe('enrolling schools with quotas', () => {
  let programmeId: string;
  let batchId: string;
  const school = (i: number) => A.schools[i]!.school.gid;

  beforeAll(async () => {
    const p = (await create(tianchangInput(A))).programme;
    programmeId = p.id;
    batchId = p.batches[0].id;
  });

  async function enrolTeacher(schoolIndex: number) {
    const s = A.schools[schoolIndex]!;
    const teacher = await s.teacher({ class: null });
    await t.db.prisma.enrolment.create({
      data: {
        programmeId: rawId(programmeId),
        batchId: rawId(batchId),
        schoolId: s.school.id,
        classId: s.class.id,
        teacherId: teacher.id,
        orgPath: s.school.path,
      },
    });
  }

  it('enrols schools, then changes quotas (upsert), counting enrolled teachers', async () => {
    const first = await t.mutate(
      EnrolSchoolsDocument,
      {
        batchId,
        schools: [
          { schoolId: school(0), quota: 30 },
          { schoolId: school(1), quota: 0 },
        ],
      },
      { as: A.admin },
    );
    expect(ofType(first, 'EnrolSchoolsPayload').batch.schools.totalCount).toBe(2);
    await enrolTeacher(0);
    await enrolTeacher(0);
    const second = await t.mutate(
      EnrolSchoolsDocument,
      {
        batchId,
        schools: [
          { schoolId: school(1), quota: 25 },
          { schoolId: school(0), quota: 2 },
        ],
      },
      { as: A.admin },
    );
    const nodes = ofType(second, 'EnrolSchoolsPayload').batch.schools.nodes;
    const byName = Object.fromEntries(nodes.map((n) => [n.schoolName, n]));
    expect(byName[A.schools[0]!.school.name]).toMatchObject({ quota: 2, enrolledCount: 2 });
    expect(byName[A.schools[1]!.school.name]).toMatchObject({ quota: 25, enrolledCount: 0 });
  });

  it('refuses a quota below the enrolled teachers with QUOTA_BELOW_ENROLLED, changing nothing', async () => {
    const before = await stored(rawId(programmeId));
    const res = await t.mutate(
      EnrolSchoolsDocument,
      {
        batchId,
        schools: [
          { schoolId: school(1), quota: 40 },
          { schoolId: school(0), quota: 1 },
        ],
      },
      { as: A.admin },
    );
    expect(res).toMatchObject({
      __typename: 'QuotaBelowEnrolledError',
      code: 'QUOTA_BELOW_ENROLLED',
      schoolName: A.schools[0]!.school.name,
      quota: 1,
      enrolled: 2,
    });
    expect(await stored(rawId(programmeId))).toEqual(before);
  });

  it('refuses bad entries: negative quota, a school twice, an empty list, a class, another district’s school', async () => {
    const before = await stored(rawId(programmeId));
    const enrol = (schools: Array<{ schoolId: string; quota: number }>) =>
      t.mutate(EnrolSchoolsDocument, { batchId, schools }, { as: A.admin });
    const issues = async (schools: Array<{ schoolId: string; quota: number }>) =>
      ofType(await enrol(schools), 'ValidationError').issues;
    expect(await issues([{ schoolId: school(0), quota: -1 }])).toEqual([
      { path: ['input', 'schools', '0', 'quota'], message: 'quota must be at least 0' },
    ]);
    expect(
      await issues([
        { schoolId: school(0), quota: 1 },
        { schoolId: school(0), quota: 2 },
      ]),
    ).toEqual([{ path: ['input', 'schools', '1', 'schoolId'], message: 'the school is given twice' }]);
    expect(await issues([])).toEqual([{ path: ['input', 'schools'], message: 'schools must list at least 1 item' }]);
    const klass = await enrol([
      { schoolId: school(1), quota: 1 },
      { schoolId: A.schools[0]!.class.gid, quota: 1 },
    ]);
    expect(klass).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['input', 'schools', '1', 'schoolId'] }] });
    const foreign = await enrol([{ schoolId: B.schools[0]!.school.gid, quota: 1 }]);
    expect(foreign).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(await stored(rawId(programmeId))).toEqual(before);
  });

  it('will not delete a batch with enrolled teachers (CONFLICT)', async () => {
    const before = await stored(rawId(programmeId));
    const res = await t.gql(
      UPDATE,
      {
        input: {
          id: programmeId,
          name: 'renamed',
          batches: [{ name: '另一批', startsOn: '2022-09-01', endsOn: '2022-10-01', stages: ['PRIMARY'] }],
        },
      },
      { as: A.admin },
    );
    expect(res.data!.updateProgramme).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });
    expect(await stored(rawId(programmeId))).toEqual(before);
  });
});

describe('the demo programmes', () => {
  const DEMO = `{ programmes(first: 100) { totalCount nodes { code status districtName
    rules { selection { minCredits minPoints maxPoints dimensionRule { kind } selectionWindowDays adminSelectsAfterDeadline schoolPlanGateRate requireSchoolReview } }
    batches { name startsOn endsOn stages schools(first: 10) { nodes { schoolName quota } } } } } }`;

  it('district.admin sees the five seed programmes with their rules and batches', async () => {
    const res = await t.gql(DEMO, {}, { as: 'district.admin' });
    expect(res.errors).toBeUndefined();
    const byCode = Object.fromEntries(res.data!.programmes.nodes.map((p: { code: string }) => [p.code, p]));
    expect(Object.keys(byCode).sort()).toEqual([
      'huaibei-2022',
      'tianchang-2022',
      'xinbei-2021',
      'yiyuan-2021',
      'zhanjiang-2022',
    ]);
    expect(byCode['tianchang-2022'].rules.selection).toMatchObject({
      minCredits: 20,
      dimensionRule: { kind: 'NOT_ALL_SAME' },
      requireSchoolReview: true,
    });
    expect(byCode['yiyuan-2021'].rules.selection).toMatchObject({ minPoints: 3 });
    expect(byCode['zhanjiang-2022'].rules.selection).toMatchObject({ minPoints: 3 });
    expect(byCode['xinbei-2021'].rules.selection).toMatchObject({
      selectionWindowDays: 7,
      adminSelectsAfterDeadline: true,
      schoolPlanGateRate: 0.9,
    });
    expect(byCode['xinbei-2021'].batches).toEqual([
      {
        name: '第一批（中学）',
        startsOn: '2021-05-01',
        endsOn: '2022-04-30',
        stages: ['JUNIOR_SECONDARY', 'SENIOR_SECONDARY'],
        schools: {
          // A batch takes the schools of its stages: the junior secondary school here, the primary school in the next.
          nodes: [{ schoolName: '示范区第二中学', quota: 1000 }],
        },
      },
      {
        name: '第二批（小学和幼儿园）',
        startsOn: '2021-06-01',
        endsOn: '2022-05-30',
        stages: ['PRIMARY', 'KINDERGARTEN'],
        schools: {
          nodes: [{ schoolName: '示范区第一实验小学', quota: 2000 }],
        },
      },
    ]);
  });

  it('the Tianchang school ranges are the seed’s examples', async () => {
    const ranges = await t.db.prisma.schoolRange.findMany({
      where: { programme: { code: 'tianchang-2022' } },
      select: { school: { select: { code: true } }, items: { select: { competency: { select: { code: true } } } } },
    });
    const byschool = Object.fromEntries(
      ranges.map((r) => [r.school.code, r.items.map((i) => i.competency.code).sort()]),
    );
    expect(byschool).toEqual({
      'demo-school-1': ['A1', 'A2', 'A3', 'A5', 'A6', 'A7', 'B1', 'B3', 'B6', 'C5'],
      'demo-school-2': ['B1', 'B2', 'B3', 'B4', 'B5', 'B7', 'B9', 'C2', 'C4', 'C6'],
    });
  });

  it('school.admin sees them too, with only its own school in each batch; another district sees none', async () => {
    const res = await t.gql(DEMO, {}, { as: 'school.admin' });
    expect(res.data!.programmes.totalCount).toBe(5);
    const seen = res.data!.programmes.nodes.flatMap((p: { batches: Array<{ schools: { nodes: unknown[] } }> }) =>
      p.batches.map((batch) => batch.schools.nodes.map((s) => (s as { schoolName: string }).schoolName)),
    );
    // Its school is in every batch of its stage (the primary school is in no secondary-only batch).
    expect(new Set(seen.flat())).toEqual(new Set(['示范区第一实验小学']));
    expect(seen.filter((names: string[]) => names.length === 0)).toHaveLength(2);
    const other = await t.gql(DEMO, {}, { as: B.admin });
    expect(other.data!.programmes.nodes.map((p: { code: string }) => p.code)).not.toContain('tianchang-2022');
  });
});
