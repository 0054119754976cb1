// Races that PostgreSQL's READ COMMITTED would let through without locks or conditional writes.
// On PGlite (one transaction at a time) they pass trivially; CI runs them on PostgreSQL.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../prisma/seed/seed.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { enrolmentWorld } from './enrolments-fixtures.js';
import { APPROVE, RETURN } from './selections.documents.js';
import { selectionData, TIANCHANG } from './selections.fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seed(t.db.prisma);
});
afterAll(() => t.close());

const ENROL = `mutation($input: EnrolTeacherInput!) { enrolTeacher(input: $input) { __typename ... on Error { code } } }`;

describe('a client that selects only __typename of a payload', () => {
  it('gets the result type (the payload query is never an empty select)', async () => {
    const world = await enrolmentWorld(t);
    const res = await t.gql(
      ENROL,
      {
        input: {
          batchId: world.ids.batch,
          schoolId: world.ids.school1,
          teacher: { login: `only-typename-${world.batch.id.slice(-6)}`, displayName: '教师' },
        },
      },
      world.users.schoolAdmin,
    );
    expect(res).toEqual({
      status: 200,
      data: { enrolTeacher: { __typename: 'EnrolTeacherPayload' } },
      extensions: { cost: expect.any(Object) },
    });
  });

  it('also for payloads whose type checks read related rows (Selection, Batch)', async () => {
    const data = await selectionData(t);
    const { district } = await t.seed.district();
    const school = await t.seed.school(district);
    const admin = await t.seed.user(school.school, [['SCHOOL_ADMIN', school.school]]);
    const districtAdmin = await t.seed.user(district, [['DISTRICT_ADMIN', district]]);
    const programme = await data.programme(district, TIANCHANG);
    await data.enrolSchool(programme, school.school);
    const enrolment = await data.teacher(programme, school.school, school.class);
    const submit = await t.gql(
      `mutation($input: SubmitSelectionInput!) { submitSelection(input: $input) { __typename } }`,
      { input: { enrolmentId: enrolment.gid, competencyIds: data.ids('A7', 'B3', 'B1', 'B6') } },
      enrolment.teacher,
    );
    expect(submit).toEqual({
      status: 200,
      data: { submitSelection: { __typename: 'SubmitSelectionPayload' } },
      extensions: { cost: expect.any(Object) },
    });
    const selection = await t.db.prisma.selection.findUniqueOrThrow({ where: { enrolmentId: enrolment.id } });
    const approve = await t.gql(
      `mutation($input: ApproveSelectionInput!) { approveSelection(input: $input) { __typename } }`,
      { input: { selectionId: encodeGlobalID('Selection', selection.id) } },
      admin,
    );
    expect(approve).toEqual({
      status: 200,
      data: { approveSelection: { __typename: 'ApproveSelectionPayload' } },
      extensions: { cost: expect.any(Object) },
    });
    const quotas = await t.gql(
      `mutation($input: EnrolSchoolsInput!) { enrolSchools(input: $input) { __typename } }`,
      {
        input: {
          batchId: encodeGlobalID('Batch', programme.batchId),
          schools: [{ schoolId: encodeGlobalID('Organisation', school.school.id), quota: 10 }],
        },
      },
      districtAdmin,
    );
    expect(quotas).toEqual({
      status: 200,
      data: { enrolSchools: { __typename: 'EnrolSchoolsPayload' } },
      extensions: { cost: expect.any(Object) },
    });
  });
});

describe(`concurrent writes (${process.env.TEST_DATABASE_URL || process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('ten simultaneous enrolments into a quota of four: exactly four succeed', async () => {
    const world = await enrolmentWorld(t, { quota: 4 });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.gql(
          ENROL,
          {
            input: {
              batchId: world.ids.batch,
              schoolId: world.ids.school1,
              teacher: { login: `race-${world.batch.id.slice(-6)}-${i}`, displayName: `教师 ${i}` },
            },
          },
          world.users.schoolAdmin,
        ),
      ),
    );
    const outcomes = results.map(
      (r) => r.data?.enrolTeacher.code ?? r.data?.enrolTeacher.__typename ?? r.errors?.[0]?.message,
    );
    expect(outcomes.filter((o) => o === 'EnrolTeacherPayload')).toHaveLength(4);
    expect(outcomes.filter((o) => o === 'QUOTA_EXCEEDED')).toHaveLength(6);
    expect(
      await t.db.prisma.enrolment.count({ where: { batchId: world.batch.id, schoolId: world.s1.school.id } }),
    ).toBe(4);
  });

  it('approve and return of one selection at the same moment: exactly one wins, history has one decision', async () => {
    const data = await selectionData(t);
    const { district } = await t.seed.district();
    const school = await t.seed.school(district);
    const admin = await t.seed.user(school.school, [['SCHOOL_ADMIN', school.school]]);
    const secondAdmin = await t.seed.user(school.school, [['SCHOOL_ADMIN', school.school]]);
    const programme = await data.programme(district, TIANCHANG);
    await data.enrolSchool(programme, school.school);
    const enrolment = await data.teacher(programme, school.school, school.class);
    const selection = await data.storedSelection(enrolment, 'SUBMITTED', ['A7', 'B3', 'B1', 'B6'], school.school.path);
    const selectionId = encodeGlobalID('Selection', selection.id);
    const [approved, returned] = await Promise.all([
      t.gql(APPROVE, { input: { selectionId } }, admin),
      t.gql(RETURN, { input: { selectionId, comment: '请补充学情分析维度' } }, secondAdmin),
    ]);
    const outcomes = [approved.data?.approveSelection.__typename, returned.data?.returnSelection.__typename];
    expect(outcomes.filter((name) => name === 'InvalidStateError')).toHaveLength(1);
    expect(
      outcomes.filter((name) => name === 'ApproveSelectionPayload' || name === 'ReturnSelectionPayload'),
    ).toHaveLength(1);
    const decisions = await t.db.prisma.decision.findMany({
      where: { subjectType: 'Selection', subjectId: selection.id },
    });
    expect(decisions.map((d) => d.action).sort()).toEqual(
      ['SUBMIT', outcomes[0] === 'InvalidStateError' ? 'RETURN' : 'APPROVE'].sort(),
    );
    const final = await t.db.prisma.selection.findUniqueOrThrow({ where: { id: selection.id } });
    expect(final.status).toBe(outcomes[0] === 'InvalidStateError' ? 'RETURNED' : 'APPROVED');
  });
});
