import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApproveSelectionDocument,
  ReturnSelectionDocument,
  SelectOnBehalfDocument,
  SubmitSelectionDocument,
  ValidateSelectionDocument,
} from '../../sdk/src/generated/graphql.js';
import { type AdHoc, type RequestOptions, type TestApp, testApp } from '../kit/app.js';
import { daysFromNow, gid, unique } from '../kit/ids.js';
import { ofType } from '../kit/results.js';
import { TIANCHANG, TIANCHANG_RANGE, XINBEI, YIYUAN } from '../kit/rules.js';
import type { CatalogueRef, DistrictWorld, ProgrammeOptions, SchoolWorld, UserRef } from '../kit/world.js';

let t: TestApp;
let catalogue: CatalogueRef;
let d: DistrictWorld;
let school: SchoolWorld;
let schoolAdmin: UserRef;

beforeAll(async () => {
  t = await testApp();
  catalogue = await t.world.catalogue();
  d = await t.world.district({ name: 'Tianchang' });
  school = await d.school();
  schoolAdmin = school.admin;
});
afterAll(() => t.close());

const ids = (...codes: string[]) => catalogue.ids(...codes);
const codes = (list: Array<{ code: string }>) => list.map((c) => c.code);

/** A programme of the district with these selection rules, the school in its batch. */
const programme = (selection: Record<string, unknown>, options: ProgrammeOptions = {}) =>
  d.programme({ rules: { selection }, schools: [school], ...options });

type SelectionInput = { enrolmentId: string; competencyIds: string[] };
const submit = (input: SelectionInput, options: RequestOptions) => t.mutate(SubmitSelectionDocument, input, options);
const validate = (input: SelectionInput, options: RequestOptions) =>
  t.mutate(ValidateSelectionDocument, input, options);
const onBehalf = (input: SelectionInput & { comment?: string }, options: RequestOptions) =>
  t.mutate(SelectOnBehalfDocument, input, options);
const approve = (input: { selectionId: string; comment?: string }) =>
  t.mutate(ApproveSelectionDocument, input, { as: schoolAdmin });
const giveBack = (input: { selectionId: string; comment: string }) =>
  t.mutate(ReturnSelectionDocument, input, { as: schoolAdmin });

// The SDK's SubmitSelection reads neither the check's `valid` flag nor the selection's enrolment: two tests need them.
const SUBMIT_IN_FULL = `mutation($input: SubmitSelectionInput!) { submitSelection(input: $input) { __typename
  ... on Error { code message }
  ... on SelectionRejectedError { violations { code message actual required allowed competencyCodes dimension closedAt closesAt reason }
    check { valid totalCredits pointCount } }
  ... on SubmitSelectionPayload { selection { id status totalCredits pointCount onBehalf submittedAt submittedByName decidedAt
    competencies { code credits } violations { code competencyCodes } enrolment { id } } } } }`;
const submitInFull = async (input: SelectionInput, as: UserRef): Promise<AdHoc> => {
  const res = await t.gql(SUBMIT_IN_FULL, { input }, { as });
  expect(res.errors).toBeUndefined();
  return res.data!.submitSelection;
};

// A selection through node(id): no SDK document reads one.
const NODE = `query($id: ID!) { node(id: $id) { __typename ... on Selection { id status totalCredits pointCount
  violations { code competencyCodes } } } }`;

describe('Tianchang: at least 20 credits, not all in one dimension, school review', () => {
  async function tianchang() {
    const p = await programme(TIANCHANG);
    await p.range(school, TIANCHANG_RANGE);
    return p;
  }

  it('validateSelection accepts A7+B3+B1+B6 (21 credits) within range A and changes nothing', async () => {
    const p = await tianchang();
    const e = await p.teacher(school);
    const before = await t.rows.selections();
    const { result, log } = await t.measure(() =>
      validate({ enrolmentId: e.gid, competencyIds: ids('A7', 'B3', 'B1', 'B6') }, { as: e.teacher }),
    );
    const writes = log.filter((sql) => /^\s*(INSERT|UPDATE|DELETE)/i.test(sql));
    expect(result.__typename).toBe('ValidateSelectionPayload');
    expect(ofType(result, 'ValidateSelectionPayload').check).toEqual({
      valid: true,
      totalCredits: 21,
      pointCount: 4,
      dimensions: ['LEARNING_GUIDANCE', 'INSTRUCTIONAL_DESIGN', 'LEARNING_ANALYSIS'],
      violations: [],
    });
    expect(writes).toEqual([]);
    expect(await t.rows.selections()).toEqual(before);
  });

  it('refuses A5+A6+A7+A8 (20 credits, all learning guidance) with SINGLE_DIMENSION, and A8 outside the range', async () => {
    const p = await tianchang();
    const e = await p.teacher(school);
    const before = await t.rows.selections();
    const result = await submitInFull({ enrolmentId: e.gid, competencyIds: ids('A5', 'A6', 'A7', 'A8') }, e.teacher);
    expect(result.__typename).toBe('SelectionRejectedError');
    expect(result.code).toBe('RULE_VIOLATION');
    expect(result.check).toEqual({ valid: false, totalCredits: 20, pointCount: 4 });
    expect(result.violations.map((v: { code: string }) => v.code)).toEqual([
      'OUTSIDE_SCHOOL_RANGE',
      'SINGLE_DIMENSION',
    ]);
    expect(result.violations[0]).toMatchObject({
      competencyCodes: ['A8'],
      message: 'Outside the range the school allows: A8.',
    });
    expect(result.violations[1]).toMatchObject({ dimension: 'LEARNING_GUIDANCE', actual: null, required: null });
    expect(await t.rows.selections()).toEqual(before);
  });

  it('reports only SINGLE_DIMENSION for A5+A6+A7+A8 where the school set no range', async () => {
    const other = await d.school();
    const p = await d.programme({ rules: { selection: TIANCHANG }, schools: [other] });
    const e = await p.teacher(other);
    const result = await validate(
      { enrolmentId: e.gid, competencyIds: ids('A5', 'A6', 'A7', 'A8') },
      { as: e.teacher },
    );
    const { check } = ofType(result, 'ValidateSelectionPayload');
    expect(check).toMatchObject({ valid: false, totalCredits: 20 });
    expect(check.violations).toEqual([
      {
        code: 'SINGLE_DIMENSION',
        message:
          'All selected points are in one dimension (Learning Guidance); choose points from more than one dimension.',
        actual: null,
        required: null,
        allowed: null,
        competencyCodes: [],
        dimension: 'LEARNING_GUIDANCE',
        closedAt: null,
        closesAt: null,
        reason: null,
      },
    ]);
  });

  it('refuses a point outside the school range (C7) and 19 credits, with the numbers', async () => {
    const p = await tianchang();
    const e = await p.teacher(school);
    const outside = await submit({ enrolmentId: e.gid, competencyIds: ids('A7', 'B3', 'B1', 'C7') }, { as: e.teacher });
    expect(ofType(outside, 'SelectionRejectedError').violations).toEqual([
      expect.objectContaining({ code: 'OUTSIDE_SCHOOL_RANGE', competencyCodes: ['C7'] }),
    ]);
    const short = await submit({ enrolmentId: e.gid, competencyIds: ids('A1', 'A2', 'B3', 'B6') }, { as: e.teacher });
    expect(ofType(short, 'SelectionRejectedError').violations).toEqual([
      expect.objectContaining({
        code: 'CREDITS_BELOW_MIN',
        actual: 19,
        required: 20,
        message: 'Selected points total 19 credits; at least 20 are required.',
      }),
    ]);
    expect(await t.db.prisma.selection.count({ where: { enrolmentId: e.id } })).toBe(0);
  });

  it('reports competencies of another catalogue, unknown IDs and duplicates', async () => {
    const p = await tianchang();
    const e = await p.teacher(school);
    const principal = await t.world.principalStandard();
    const foreign = principal.competency(principal.codes[0]!).gid;
    const notACompetency = school.school.gid;
    const result = await validate(
      {
        enrolmentId: e.gid,
        competencyIds: [...ids('A7', 'B3', 'B1', 'B6', 'B3'), foreign, notACompetency, 'garbage'],
      },
      { as: e.teacher },
    );
    const { check } = ofType(result, 'ValidateSelectionPayload');
    expect(check.violations).toEqual([
      expect.objectContaining({ code: 'DUPLICATE_COMPETENCY', competencyCodes: ['B3'] }),
      expect.objectContaining({ code: 'UNKNOWN_COMPETENCY', competencyCodes: [foreign, notACompetency, 'garbage'] }),
    ]);
    expect(check).toMatchObject({ totalCredits: 21, pointCount: 4 });
  });

  it('return with a comment, resubmit, approve: the history keeps who, when and the comment', async () => {
    const p = await tianchang();
    const e = await p.teacher(school, { login: `teacher-flow-${unique()}` });
    const submitted = await submitInFull({ enrolmentId: e.gid, competencyIds: ids('A7', 'B3', 'B1', 'B6') }, e.teacher);
    expect(submitted.__typename).toBe('SubmitSelectionPayload');
    const selection = submitted.selection;
    expect(selection).toMatchObject({
      status: 'SUBMITTED',
      totalCredits: 21,
      pointCount: 4,
      onBehalf: false,
      submittedByName: e.teacher.login,
      decidedAt: null,
      competencies: [
        { code: 'A7', credits: 5 },
        { code: 'B3', credits: 5 },
        { code: 'B1', credits: 5 },
        { code: 'B6', credits: 6 },
      ],
      violations: [],
      enrolment: { id: e.gid },
    });

    const returned = ofType(
      await giveBack({ selectionId: selection.id, comment: '  Please include an assessment point.  ' }),
      'ReturnSelectionPayload',
    );
    expect(returned.selection).toMatchObject({ status: 'RETURNED' });
    expect(returned.selection.decidedAt).not.toBeNull();

    const resubmitted = ofType(
      await submit({ enrolmentId: e.gid, competencyIds: ids('A1', 'A2', 'A3', 'A5', 'A6') }, { as: e.teacher }),
      'SubmitSelectionPayload',
    );
    expect(resubmitted.selection).toMatchObject({
      id: selection.id,
      status: 'SUBMITTED',
      totalCredits: 22,
      pointCount: 5,
      decidedAt: null,
    });
    expect(codes(resubmitted.selection.competencies)).toEqual(['A1', 'A2', 'A3', 'A5', 'A6']);

    const approved = ofType(
      await approve({ selectionId: selection.id, comment: 'Fits the school plan.' }),
      'ApproveSelectionPayload',
    );
    expect(approved.selection.status).toBe('APPROVED');
    const history = approved.selection.history;
    expect(history.map(({ at: _at, id: _id, ...entry }) => entry)).toEqual([
      { action: 'SUBMIT', fromState: null, toState: 'SUBMITTED', comment: null, actorName: e.teacher.login },
      {
        action: 'RETURN',
        fromState: 'SUBMITTED',
        toState: 'RETURNED',
        comment: 'Please include an assessment point.',
        actorName: schoolAdmin.login,
      },
      { action: 'SUBMIT', fromState: 'RETURNED', toState: 'SUBMITTED', comment: null, actorName: e.teacher.login },
      {
        action: 'APPROVE',
        fromState: 'SUBMITTED',
        toState: 'APPROVED',
        comment: 'Fits the school plan.',
        actorName: schoolAdmin.login,
      },
    ]);
    const times = history.map((h) => Date.parse(h.at));
    expect(times.every((time) => Number.isFinite(time))).toBe(true);
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    // Final: neither resubmitted nor reviewed again, and nothing changes.
    const before = await t.rows.selections();
    const again = await submit({ enrolmentId: e.gid, competencyIds: ids('A7', 'B3', 'B1', 'B6') }, { as: e.teacher });
    expect(again).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
    expect(await approve({ selectionId: selection.id })).toMatchObject({ code: 'INVALID_STATE' });
    expect(await giveBack({ selectionId: selection.id, comment: 'No' })).toMatchObject({ code: 'INVALID_STATE' });
    expect(await t.rows.selections()).toEqual(before);

    // The teacher reads it back through node(id).
    const node = await t.gql(NODE, { id: selection.id }, { as: e.teacher });
    expect(node.data!.node).toMatchObject({ __typename: 'Selection', status: 'APPROVED', totalCredits: 22 });
  });

  it('shows a violation once the school narrows its range after approval', async () => {
    const p = await tianchang();
    const e = await p.teacher(school);
    const { selection } = ofType(
      await submit({ enrolmentId: e.gid, competencyIds: ids('A7', 'B3', 'B1', 'B6') }, { as: e.teacher }),
      'SubmitSelectionPayload',
    );
    await p.range(
      school,
      TIANCHANG_RANGE.filter((code) => code !== 'B3'),
    );
    const node = await t.gql(NODE, { id: selection.id }, { as: schoolAdmin });
    expect(node.data!.node.violations).toEqual([{ code: 'OUTSIDE_SCHOOL_RANGE', competencyCodes: ['B3'] }]);
  });

  it('refuses selections while the programme is a draft or closed', async () => {
    for (const status of ['DRAFT', 'CLOSED'] as const) {
      const p = await programme(TIANCHANG, { status });
      const e = await p.teacher(school);
      const result = await submit(
        { enrolmentId: e.gid, competencyIds: ids('A7', 'B3', 'B1', 'B6') },
        { as: e.teacher },
      );
      expect(result).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
      expect(await t.db.prisma.selection.count({ where: { enrolmentId: e.id } })).toBe(0);
    }
  });

  it('refuses bad input with a ValidationError and changes nothing', async () => {
    const p = await tianchang();
    const e = await p.teacher(school);
    const { selection } = ofType(
      await submit({ enrolmentId: e.gid, competencyIds: ids('A7', 'B3', 'B1', 'B6') }, { as: e.teacher }),
      'SubmitSelectionPayload',
    );
    const before = await t.rows.selections();

    const empty = await submit({ enrolmentId: e.gid, competencyIds: [] }, { as: e.teacher });
    expect(empty).toMatchObject({
      __typename: 'ValidationError',
      code: 'INVALID_INPUT',
      issues: [{ path: ['input', 'competencyIds'] }],
    });
    const tooMany = await submit(
      { enrolmentId: e.gid, competencyIds: Array.from({ length: 31 }, () => ids('A1')[0]!) },
      { as: e.teacher },
    );
    expect(tooMany).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ message: 'competencyIds may list at most 30 items' }],
    });
    for (const comment of ['', '   ', 'x'.repeat(501)]) {
      const result = await giveBack({ selectionId: selection.id, comment });
      expect(result).toMatchObject({ __typename: 'ValidationError', issues: [{ path: ['input', 'comment'] }] });
    }
    expect(await approve({ selectionId: selection.id, comment: 'x'.repeat(501) })).toMatchObject({
      __typename: 'ValidationError',
    });
    expect(await t.rows.selections()).toEqual(before);

    // An empty dry run is allowed and says why it is not a selection.
    const dry = ofType(
      await validate({ enrolmentId: e.gid, competencyIds: [] }, { as: e.teacher }),
      'ValidateSelectionPayload',
    );
    expect(dry.check.violations.map((v) => v.code)).toEqual(['EMPTY_SELECTION']);

    // An ID of another type is refused before anything runs.
    const wrongType = await t.request(
      SubmitSelectionDocument,
      { input: { enrolmentId: p.gid, competencyIds: ids('A1') } },
      { as: e.teacher },
    );
    expect(wrongType.errors).toBeDefined();
    expect(await t.rows.selections()).toEqual(before);
  });
});

describe('Yiyuan: at least 3 points, no review', () => {
  it('refuses two points with TOO_FEW_POINTS, approves three at once', async () => {
    const p = await programme(YIYUAN);
    const e = await p.teacher(school);
    const two = await submit({ enrolmentId: e.gid, competencyIds: ids('A1', 'B2') }, { as: e.teacher });
    expect(ofType(two, 'SelectionRejectedError').violations).toEqual([
      expect.objectContaining({
        code: 'TOO_FEW_POINTS',
        actual: 2,
        required: 3,
        message: '2 points selected; at least 3 are required.',
      }),
    ]);
    const three = ofType(
      await submit({ enrolmentId: e.gid, competencyIds: ids('A5', 'A6', 'A7') }, { as: e.teacher }),
      'SubmitSelectionPayload',
    );
    expect(three.selection).toMatchObject({ status: 'APPROVED', pointCount: 3, totalCredits: 15 });
    expect(three.selection.decidedAt).not.toBeNull();
    expect(three.selection.history.map((h) => [h.action, h.toState, h.actorName])).toEqual([
      ['SUBMIT', 'SUBMITTED', e.teacher.login],
      ['AUTO_APPROVE', 'APPROVED', null],
    ]);
    // Nothing to review: approving or returning is refused.
    expect(await approve({ selectionId: three.selection.id })).toMatchObject({ code: 'INVALID_STATE' });
  });
});

describe('Xinbei (Jiangsu): a 7-day window, then the school admin selects on the teacher’s behalf', () => {
  it('closes the window for the teacher, opens on-behalf selection for the admin only after it', async () => {
    const p = await programme(XINBEI);
    const dueAt = daysFromNow(-1);
    const late = await p.teacher(school, { selectionDueAt: dueAt });
    const early = await p.teacher(school, { selectionDueAt: daysFromNow(3) });
    const picks = ids('A1', 'B2', 'C3');

    const teacherLate = await submit({ enrolmentId: late.gid, competencyIds: picks }, { as: late.teacher });
    expect(ofType(teacherLate, 'SelectionRejectedError').violations).toEqual([
      expect.objectContaining({ code: 'WINDOW_CLOSED', closedAt: dueAt.toISOString() }),
    ]);

    const adminEarly = await onBehalf({ enrolmentId: early.gid, competencyIds: picks }, { as: schoolAdmin });
    expect(ofType(adminEarly, 'SelectionRejectedError').violations).toEqual([
      expect.objectContaining({ code: 'WINDOW_STILL_OPEN' }),
    ]);
    const dryEarly = await validate({ enrolmentId: early.gid, competencyIds: picks }, { as: schoolAdmin });
    expect(ofType(dryEarly, 'ValidateSelectionPayload').check.violations.map((v) => v.code)).toEqual([
      'WINDOW_STILL_OPEN',
    ]);
    expect(await t.db.prisma.selection.count({ where: { enrolmentId: { in: [late.id, early.id] } } })).toBe(0);

    const dryLate = await validate({ enrolmentId: late.gid, competencyIds: picks }, { as: schoolAdmin });
    expect(ofType(dryLate, 'ValidateSelectionPayload').check).toMatchObject({ valid: true, violations: [] });
    const selected = await onBehalf(
      { enrolmentId: late.gid, competencyIds: picks, comment: 'Selected after the deadline.' },
      { as: schoolAdmin },
    );
    expect(selected.__typename).toBe('SelectOnBehalfPayload');
    const { selection } = ofType(selected, 'SelectOnBehalfPayload');
    expect(selection).toMatchObject({
      status: 'APPROVED',
      onBehalf: true,
      submittedByName: schoolAdmin.login,
      totalCredits: 4 + 5 + 8,
    });
    expect(selection.history).toEqual([
      expect.objectContaining({
        action: 'SELECT_ON_BEHALF',
        fromState: null,
        toState: 'APPROVED',
        comment: 'Selected after the deadline.',
        actorName: schoolAdmin.login,
      }),
    ]);

    // Once selected, neither the admin again nor the teacher may select.
    expect(await onBehalf({ enrolmentId: late.gid, competencyIds: picks }, { as: schoolAdmin })).toMatchObject({
      code: 'INVALID_STATE',
    });
    expect(await submit({ enrolmentId: late.gid, competencyIds: picks }, { as: late.teacher })).toMatchObject({
      code: 'INVALID_STATE',
    });

    // The teacher with time left selects themself.
    const own = await submit({ enrolmentId: early.gid, competencyIds: picks }, { as: early.teacher });
    expect(ofType(own, 'SubmitSelectionPayload').selection).toMatchObject({ status: 'APPROVED', onBehalf: false });
  });

  it('the rules still apply to an on-behalf selection', async () => {
    const p = await programme({ ...XINBEI, minPoints: 3 });
    const late = await p.teacher(school, { selectionDueAt: daysFromNow(-1) });
    const result = await onBehalf({ enrolmentId: late.gid, competencyIds: ids('A1') }, { as: schoolAdmin });
    expect(ofType(result, 'SelectionRejectedError').violations).toEqual([
      expect.objectContaining({ code: 'TOO_FEW_POINTS', actual: 1, required: 3 }),
    ]);
  });

  it('refuses on-behalf selection where the programme does not allow it, or there is no deadline', async () => {
    const disabled = await programme({ selectionWindowDays: 7 });
    const late = await disabled.teacher(school, { selectionDueAt: daysFromNow(-1) });
    const refused = await onBehalf(
      { enrolmentId: late.gid, competencyIds: ids('A1', 'B2', 'C3') },
      { as: schoolAdmin },
    );
    expect(ofType(refused, 'SelectionRejectedError').violations).toEqual([
      expect.objectContaining({ code: 'ON_BEHALF_NOT_ALLOWED', reason: 'DISABLED' }),
    ]);

    const noWindow = await programme({ adminSelectsAfterDeadline: true });
    const e = await noWindow.teacher(school, { selectionDueAt: null });
    const refused2 = await onBehalf({ enrolmentId: e.gid, competencyIds: ids('A1', 'B2', 'C3') }, { as: schoolAdmin });
    expect(ofType(refused2, 'SelectionRejectedError').violations).toEqual([
      expect.objectContaining({ code: 'ON_BEHALF_NOT_ALLOWED', reason: 'NO_DEADLINE' }),
    ]);
  });

  it('the admin may replace a RETURNED selection after the deadline', async () => {
    const p = await programme({ ...XINBEI, requireSchoolReview: true });
    const e = await p.teacher(school, { selectionDueAt: daysFromNow(-1) });
    const stored = await p.select(e, ['A1'], 'RETURNED');
    const result = await onBehalf({ enrolmentId: e.gid, competencyIds: ids('A1', 'B2', 'C3') }, { as: schoolAdmin });
    const { selection } = ofType(result, 'SelectOnBehalfPayload');
    expect(selection).toMatchObject({
      id: gid('Selection', stored.id),
      status: 'APPROVED',
      onBehalf: true,
      pointCount: 3,
    });
    expect(selection.history.at(-1)).toMatchObject({
      action: 'SELECT_ON_BEHALF',
      fromState: 'RETURNED',
      toState: 'APPROVED',
    });
  });
});
