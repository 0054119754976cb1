// Races that PostgreSQL's READ COMMITTED would let through without locks or conditional writes.
// On PGlite (one transaction at a time) they pass trivially; CI runs them on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApproveSelectionDocument,
  EnrolTeacherDocument,
  ReturnSelectionDocument,
} from '../../sdk/src/generated/graphql.js';
import { type TestApp, testApp } from '../kit/app.js';
import { gid, unique } from '../kit/ids.js';
import { TIANCHANG } from '../kit/rules.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const ENROL = `mutation($input: EnrolTeacherInput!) { enrolTeacher(input: $input) { __typename ... on Error { code } } }`;

describe('a client that selects only __typename of a payload', () => {
  it('gets the result type (the payload query is never an empty select)', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const p = await d.programme({ schools: [s], quota: 50 });
    const res = await t.gql(
      ENROL,
      {
        input: {
          batchId: p.batch.gid,
          schoolId: s.school.gid,
          teacher: { login: `only-typename-${unique()}`, displayName: '教师' },
        },
      },
      { as: s.admin },
    );
    expect(res).toEqual({
      status: 200,
      data: { enrolTeacher: { __typename: 'EnrolTeacherPayload' } },
      extensions: { cost: expect.any(Object) },
    });
  });

  it('also for payloads whose type checks read related rows (Selection, Batch)', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const p = await d.programme({ rules: { selection: TIANCHANG }, schools: [s] });
    const enrolment = await p.teacher(s);
    const submit = await t.gql(
      `mutation($input: SubmitSelectionInput!) { submitSelection(input: $input) { __typename } }`,
      { input: { enrolmentId: enrolment.gid, competencyIds: (await t.world.catalogue()).ids('A7', 'B3', 'B1', 'B6') } },
      { as: enrolment.teacher },
    );
    expect(submit).toEqual({
      status: 200,
      data: { submitSelection: { __typename: 'SubmitSelectionPayload' } },
      extensions: { cost: expect.any(Object) },
    });
    const selection = await t.db.prisma.selection.findUniqueOrThrow({ where: { enrolmentId: enrolment.id } });
    const approve = await t.gql(
      `mutation($input: ApproveSelectionInput!) { approveSelection(input: $input) { __typename } }`,
      { input: { selectionId: gid('Selection', selection.id) } },
      { as: s.admin },
    );
    expect(approve).toEqual({
      status: 200,
      data: { approveSelection: { __typename: 'ApproveSelectionPayload' } },
      extensions: { cost: expect.any(Object) },
    });
    const quotas = await t.gql(
      `mutation($input: EnrolSchoolsInput!) { enrolSchools(input: $input) { __typename } }`,
      { input: { batchId: p.batch.gid, schools: [{ schoolId: s.school.gid, quota: 10 }] } },
      { as: d.admin },
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
    const d = await t.world.district();
    const s = await d.school();
    const p = await d.programme({ schools: [s], quota: 4 });
    const prefix = unique();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.mutate(
          EnrolTeacherDocument,
          {
            batchId: p.batch.gid,
            schoolId: s.school.gid,
            teacher: { login: `race-${prefix}-${i}`, displayName: `教师 ${i}` },
          },
          { as: s.admin },
        ),
      ),
    );
    const outcomes = results.map((r) => ('code' in r ? r.code : r.__typename));
    expect(outcomes.filter((o) => o === 'EnrolTeacherPayload')).toHaveLength(4);
    expect(outcomes.filter((o) => o === 'QUOTA_EXCEEDED')).toHaveLength(6);
    expect(await t.db.prisma.enrolment.count({ where: { batchId: p.batch.id, schoolId: s.school.id } })).toBe(4);
  });

  it('approve and return of one selection at the same moment: exactly one wins, history has one decision', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const secondAdmin = await t.world.user(s.school, [['SCHOOL_ADMIN', s.school]]);
    const p = await d.programme({ rules: { selection: TIANCHANG }, schools: [s] });
    const enrolment = await p.teacher(s);
    const selection = await p.select(enrolment, ['A7', 'B3', 'B1', 'B6'], 'SUBMITTED');
    const [approved, returned] = await Promise.all([
      t.mutate(ApproveSelectionDocument, { selectionId: selection.gid }, { as: s.admin }),
      t.mutate(
        ReturnSelectionDocument,
        { selectionId: selection.gid, comment: '请补充学情分析维度' },
        { as: secondAdmin },
      ),
    ]);
    const outcomes = [approved.__typename, returned.__typename];
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
