import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../prisma/seed/seed.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import type { OrgRef, UserRef } from '../helpers/factories.js';
import { APPROVE, mutate, NODE, ON_BEHALF, RETURN, SUBMIT, VALIDATE } from './selections.documents.js';
import {
  daysFromNow,
  gid,
  type SelectionData,
  selectionData,
  selectionSnapshot,
  TIANCHANG,
  TIANCHANG_RANGE,
  XINBEI,
  YIYUAN,
} from './selections.fixtures.js';

let t: TestApp;
let d: SelectionData;
let district: OrgRef;
let school: { school: OrgRef; class: OrgRef };
let schoolAdmin: UserRef;

beforeAll(async () => {
  t = await createTestApp();
  await seed(t.db.prisma);
  d = await selectionData(t);
  ({ district } = await t.seed.district('Tianchang'));
  school = await t.seed.school(district);
  schoolAdmin = await t.seed.user(school.school, [['SCHOOL_ADMIN', school.school]], `admin-${Date.now()}`);
});
afterAll(() => t.close());

const codes = (list: Array<{ code: string }>) => list.map((c) => c.code);

describe('Tianchang: at least 20 credits, not all in one dimension, school review', () => {
  async function tianchang() {
    const p = await d.programme(district, TIANCHANG);
    await d.enrolSchool(p, school.school);
    await d.range(p, school.school, TIANCHANG_RANGE);
    return p;
  }

  it('validateSelection accepts A7+B3+B1+B6 (21 credits) within range A and changes nothing', async () => {
    const p = await tianchang();
    const e = await d.teacher(p, school.school, school.class);
    const before = await selectionSnapshot(t);
    t.db.statements.reset();
    const result = await mutate(
      t,
      VALIDATE,
      { enrolmentId: e.gid, competencyIds: d.ids('A7', 'B3', 'B1', 'B6') },
      e.teacher,
    );
    const writes = t.db.statements.log.filter((sql) => /^\s*(INSERT|UPDATE|DELETE)/i.test(sql));
    expect(result.__typename).toBe('ValidateSelectionPayload');
    expect(result.check).toEqual({
      valid: true,
      totalCredits: 21,
      pointCount: 4,
      dimensions: ['LEARNING_GUIDANCE', 'INSTRUCTIONAL_DESIGN', 'LEARNING_ANALYSIS'],
      violations: [],
    });
    expect(writes).toEqual([]);
    expect(await selectionSnapshot(t)).toEqual(before);
  });

  it('refuses A5+A6+A7+A8 (20 credits, all learning guidance) with SINGLE_DIMENSION, and A8 outside the range', async () => {
    const p = await tianchang();
    const e = await d.teacher(p, school.school, school.class);
    const before = await selectionSnapshot(t);
    const result = await mutate(
      t,
      SUBMIT,
      { enrolmentId: e.gid, competencyIds: d.ids('A5', 'A6', 'A7', 'A8') },
      e.teacher,
    );
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
    expect(await selectionSnapshot(t)).toEqual(before);
  });

  it('reports only SINGLE_DIMENSION for A5+A6+A7+A8 where the school set no range', async () => {
    const p = await d.programme(district, TIANCHANG);
    const other = await t.seed.school(district);
    await d.enrolSchool(p, other.school);
    const e = await d.teacher(p, other.school, other.class);
    const result = await mutate(
      t,
      VALIDATE,
      { enrolmentId: e.gid, competencyIds: d.ids('A5', 'A6', 'A7', 'A8') },
      e.teacher,
    );
    expect(result.check).toMatchObject({ valid: false, totalCredits: 20 });
    expect(result.check.violations).toEqual([
      {
        code: 'SINGLE_DIMENSION',
        message:
          'All selected points are in one dimension (LEARNING_GUIDANCE); choose points from more than one dimension.',
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
    const e = await d.teacher(p, school.school, school.class);
    const outside = await mutate(
      t,
      SUBMIT,
      { enrolmentId: e.gid, competencyIds: d.ids('A7', 'B3', 'B1', 'C7') },
      e.teacher,
    );
    expect(outside.violations).toEqual([
      expect.objectContaining({ code: 'OUTSIDE_SCHOOL_RANGE', competencyCodes: ['C7'] }),
    ]);
    const short = await mutate(
      t,
      SUBMIT,
      { enrolmentId: e.gid, competencyIds: d.ids('A1', 'A2', 'B3', 'B6') },
      e.teacher,
    );
    expect(short.violations).toEqual([
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
    const e = await d.teacher(p, school.school, school.class);
    const principal = await t.db.prisma.competency.findFirstOrThrow({
      where: { catalogue: { code: 'principal-ict-leadership' } },
      select: { id: true },
    });
    const foreign = encodeGlobalID('Competency', principal.id);
    const notACompetency = gid.organisation(school.school.id);
    const result = await mutate(
      t,
      VALIDATE,
      {
        enrolmentId: e.gid,
        competencyIds: [...d.ids('A7', 'B3', 'B1', 'B6', 'B3'), foreign, notACompetency, 'garbage'],
      },
      e.teacher,
    );
    expect(result.check.violations).toEqual([
      expect.objectContaining({ code: 'DUPLICATE_COMPETENCY', competencyCodes: ['B3'] }),
      expect.objectContaining({ code: 'UNKNOWN_COMPETENCY', competencyCodes: [foreign, notACompetency, 'garbage'] }),
    ]);
    expect(result.check).toMatchObject({ totalCredits: 21, pointCount: 4 });
  });

  it('return with a comment, resubmit, approve: the history keeps who, when and the comment', async () => {
    const p = await tianchang();
    const e = await d.teacher(p, school.school, school.class, null, `teacher-flow-${Date.now()}`);
    const submitted = await mutate(
      t,
      SUBMIT,
      { enrolmentId: e.gid, competencyIds: d.ids('A7', 'B3', 'B1', 'B6') },
      e.teacher,
    );
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

    const returned = await mutate(
      t,
      RETURN,
      { selectionId: selection.id, comment: '  Please include an assessment point.  ' },
      schoolAdmin,
    );
    expect(returned.selection).toMatchObject({ status: 'RETURNED' });
    expect(returned.selection.decidedAt).not.toBeNull();

    const resubmitted = await mutate(
      t,
      SUBMIT,
      { enrolmentId: e.gid, competencyIds: d.ids('A1', 'A2', 'A3', 'A5', 'A6') },
      e.teacher,
    );
    expect(resubmitted.selection).toMatchObject({
      id: selection.id,
      status: 'SUBMITTED',
      totalCredits: 22,
      pointCount: 5,
      decidedAt: null,
    });
    expect(codes(resubmitted.selection.competencies)).toEqual(['A1', 'A2', 'A3', 'A5', 'A6']);

    const approved = await mutate(
      t,
      APPROVE,
      { selectionId: selection.id, comment: 'Fits the school plan.' },
      schoolAdmin,
    );
    expect(approved.selection.status).toBe('APPROVED');
    const history = approved.selection.history;
    expect(history.map(({ at: _at, ...entry }: { at: string }) => entry)).toEqual([
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
    const times = history.map((h: { at: string }) => Date.parse(h.at));
    expect(times.every((time: number) => Number.isFinite(time))).toBe(true);
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    // Final: neither resubmitted nor reviewed again, and nothing changes.
    const before = await selectionSnapshot(t);
    const again = await mutate(
      t,
      SUBMIT,
      { enrolmentId: e.gid, competencyIds: d.ids('A7', 'B3', 'B1', 'B6') },
      e.teacher,
    );
    expect(again).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
    expect(await mutate(t, APPROVE, { selectionId: selection.id }, schoolAdmin)).toMatchObject({
      code: 'INVALID_STATE',
    });
    expect(await mutate(t, RETURN, { selectionId: selection.id, comment: 'No' }, schoolAdmin)).toMatchObject({
      code: 'INVALID_STATE',
    });
    expect(await selectionSnapshot(t)).toEqual(before);

    // The teacher reads it back through node(id).
    const node = await t.gql(NODE, { id: selection.id }, e.teacher);
    expect(node.data!.node).toMatchObject({ __typename: 'Selection', status: 'APPROVED', totalCredits: 22 });
  });

  it('shows a violation once the school narrows its range after approval', async () => {
    const p = await tianchang();
    const e = await d.teacher(p, school.school, school.class);
    const { selection } = await mutate(
      t,
      SUBMIT,
      { enrolmentId: e.gid, competencyIds: d.ids('A7', 'B3', 'B1', 'B6') },
      e.teacher,
    );
    await d.range(
      p,
      school.school,
      TIANCHANG_RANGE.filter((code) => code !== 'B3'),
    );
    const node = await t.gql(NODE, { id: selection.id }, schoolAdmin);
    expect(node.data!.node.violations).toEqual([{ code: 'OUTSIDE_SCHOOL_RANGE', competencyCodes: ['B3'] }]);
  });

  it('refuses selections while the programme is a draft or closed', async () => {
    for (const status of ['DRAFT', 'CLOSED'] as const) {
      const p = await d.programme(district, TIANCHANG, status);
      await d.enrolSchool(p, school.school);
      const e = await d.teacher(p, school.school, school.class);
      const result = await mutate(
        t,
        SUBMIT,
        { enrolmentId: e.gid, competencyIds: d.ids('A7', 'B3', 'B1', 'B6') },
        e.teacher,
      );
      expect(result).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
      expect(await t.db.prisma.selection.count({ where: { enrolmentId: e.id } })).toBe(0);
    }
  });

  it('refuses bad input with a ValidationError and changes nothing', async () => {
    const p = await tianchang();
    const e = await d.teacher(p, school.school, school.class);
    const { selection } = await mutate(
      t,
      SUBMIT,
      { enrolmentId: e.gid, competencyIds: d.ids('A7', 'B3', 'B1', 'B6') },
      e.teacher,
    );
    const before = await selectionSnapshot(t);

    const empty = await mutate(t, SUBMIT, { enrolmentId: e.gid, competencyIds: [] }, e.teacher);
    expect(empty).toMatchObject({
      __typename: 'ValidationError',
      code: 'INVALID_INPUT',
      issues: [{ path: ['input', 'competencyIds'] }],
    });
    const tooMany = await mutate(
      t,
      SUBMIT,
      { enrolmentId: e.gid, competencyIds: Array.from({ length: 31 }, () => d.ids('A1')[0]) },
      e.teacher,
    );
    expect(tooMany).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ message: 'competencyIds must hold at most 30 competencies' }],
    });
    for (const comment of ['', '   ', 'x'.repeat(501)]) {
      const result = await mutate(t, RETURN, { selectionId: selection.id, comment }, schoolAdmin);
      expect(result).toMatchObject({ __typename: 'ValidationError', issues: [{ path: ['input', 'comment'] }] });
    }
    expect(
      await mutate(t, APPROVE, { selectionId: selection.id, comment: 'x'.repeat(501) }, schoolAdmin),
    ).toMatchObject({ __typename: 'ValidationError' });
    expect(await selectionSnapshot(t)).toEqual(before);

    // An empty dry run is allowed and says why it is not a selection.
    const dry = await mutate(t, VALIDATE, { enrolmentId: e.gid, competencyIds: [] }, e.teacher);
    expect(dry.check.violations.map((v: { code: string }) => v.code)).toEqual(['EMPTY_SELECTION']);

    // An ID of another type is refused before anything runs.
    const wrongType = await t.gql(
      SUBMIT,
      { input: { enrolmentId: gid.programme(p.id), competencyIds: d.ids('A1') } },
      e.teacher,
    );
    expect(wrongType.errors).toBeDefined();
    expect(await selectionSnapshot(t)).toEqual(before);
  });
});

describe('Yiyuan: at least 3 points, no review', () => {
  it('refuses two points with TOO_FEW_POINTS, approves three at once', async () => {
    const p = await d.programme(district, YIYUAN);
    await d.enrolSchool(p, school.school);
    const e = await d.teacher(p, school.school, school.class);
    const two = await mutate(t, SUBMIT, { enrolmentId: e.gid, competencyIds: d.ids('A1', 'B2') }, e.teacher);
    expect(two.violations).toEqual([
      expect.objectContaining({
        code: 'TOO_FEW_POINTS',
        actual: 2,
        required: 3,
        message: '2 points selected; at least 3 are required.',
      }),
    ]);
    const three = await mutate(t, SUBMIT, { enrolmentId: e.gid, competencyIds: d.ids('A5', 'A6', 'A7') }, e.teacher);
    expect(three.selection).toMatchObject({ status: 'APPROVED', pointCount: 3, totalCredits: 15 });
    expect(three.selection.decidedAt).not.toBeNull();
    expect(
      three.selection.history.map((h: { action: string; actorName: string | null; toState: string }) => [
        h.action,
        h.toState,
        h.actorName,
      ]),
    ).toEqual([
      ['SUBMIT', 'SUBMITTED', e.teacher.login],
      ['AUTO_APPROVE', 'APPROVED', null],
    ]);
    // Nothing to review: approving or returning is refused.
    expect(await mutate(t, APPROVE, { selectionId: three.selection.id }, schoolAdmin)).toMatchObject({
      code: 'INVALID_STATE',
    });
  });
});

describe('Xinbei (Jiangsu): a 7-day window, then the school admin selects on the teacher’s behalf', () => {
  it('closes the window for the teacher, opens on-behalf selection for the admin only after it', async () => {
    const p = await d.programme(district, XINBEI);
    await d.enrolSchool(p, school.school);
    const dueAt = daysFromNow(-1);
    const late = await d.teacher(p, school.school, school.class, dueAt);
    const early = await d.teacher(p, school.school, school.class, daysFromNow(3));
    const picks = d.ids('A1', 'B2', 'C3');

    const teacherLate = await mutate(t, SUBMIT, { enrolmentId: late.gid, competencyIds: picks }, late.teacher);
    expect(teacherLate.violations).toEqual([
      expect.objectContaining({ code: 'WINDOW_CLOSED', closedAt: dueAt.toISOString() }),
    ]);

    const adminEarly = await mutate(t, ON_BEHALF, { enrolmentId: early.gid, competencyIds: picks }, schoolAdmin);
    expect(adminEarly.violations).toEqual([expect.objectContaining({ code: 'WINDOW_STILL_OPEN' })]);
    const dryEarly = await mutate(t, VALIDATE, { enrolmentId: early.gid, competencyIds: picks }, schoolAdmin);
    expect(dryEarly.check.violations.map((v: { code: string }) => v.code)).toEqual(['WINDOW_STILL_OPEN']);
    expect(await t.db.prisma.selection.count({ where: { enrolmentId: { in: [late.id, early.id] } } })).toBe(0);

    const dryLate = await mutate(t, VALIDATE, { enrolmentId: late.gid, competencyIds: picks }, schoolAdmin);
    expect(dryLate.check).toMatchObject({ valid: true, violations: [] });
    const onBehalf = await mutate(
      t,
      ON_BEHALF,
      { enrolmentId: late.gid, competencyIds: picks, comment: 'Selected after the deadline.' },
      schoolAdmin,
    );
    expect(onBehalf.__typename).toBe('SelectOnBehalfPayload');
    expect(onBehalf.selection).toMatchObject({
      status: 'APPROVED',
      onBehalf: true,
      submittedByName: schoolAdmin.login,
      totalCredits: 4 + 5 + 8,
    });
    expect(onBehalf.selection.history).toEqual([
      expect.objectContaining({
        action: 'SELECT_ON_BEHALF',
        fromState: null,
        toState: 'APPROVED',
        comment: 'Selected after the deadline.',
        actorName: schoolAdmin.login,
      }),
    ]);

    // Once selected, neither the admin again nor the teacher may select.
    expect(await mutate(t, ON_BEHALF, { enrolmentId: late.gid, competencyIds: picks }, schoolAdmin)).toMatchObject({
      code: 'INVALID_STATE',
    });
    expect(await mutate(t, SUBMIT, { enrolmentId: late.gid, competencyIds: picks }, late.teacher)).toMatchObject({
      code: 'INVALID_STATE',
    });

    // The teacher with time left selects themself.
    expect(
      (await mutate(t, SUBMIT, { enrolmentId: early.gid, competencyIds: picks }, early.teacher)).selection,
    ).toMatchObject({ status: 'APPROVED', onBehalf: false });
  });

  it('the rules still apply to an on-behalf selection', async () => {
    const p = await d.programme(district, { ...XINBEI, minPoints: 3 });
    await d.enrolSchool(p, school.school);
    const late = await d.teacher(p, school.school, school.class, daysFromNow(-1));
    const result = await mutate(t, ON_BEHALF, { enrolmentId: late.gid, competencyIds: d.ids('A1') }, schoolAdmin);
    expect(result.violations).toEqual([expect.objectContaining({ code: 'TOO_FEW_POINTS', actual: 1, required: 3 })]);
  });

  it('refuses on-behalf selection where the programme does not allow it, or there is no deadline', async () => {
    const disabled = await d.programme(district, { selectionWindowDays: 7 });
    await d.enrolSchool(disabled, school.school);
    const late = await d.teacher(disabled, school.school, school.class, daysFromNow(-1));
    const refused = await mutate(
      t,
      ON_BEHALF,
      { enrolmentId: late.gid, competencyIds: d.ids('A1', 'B2', 'C3') },
      schoolAdmin,
    );
    expect(refused.violations).toEqual([
      expect.objectContaining({ code: 'ON_BEHALF_NOT_ALLOWED', reason: 'DISABLED' }),
    ]);

    const noWindow = await d.programme(district, { adminSelectsAfterDeadline: true });
    await d.enrolSchool(noWindow, school.school);
    const e = await d.teacher(noWindow, school.school, school.class, null);
    const refused2 = await mutate(
      t,
      ON_BEHALF,
      { enrolmentId: e.gid, competencyIds: d.ids('A1', 'B2', 'C3') },
      schoolAdmin,
    );
    expect(refused2.violations).toEqual([
      expect.objectContaining({ code: 'ON_BEHALF_NOT_ALLOWED', reason: 'NO_DEADLINE' }),
    ]);
  });

  it('the admin may replace a RETURNED selection after the deadline', async () => {
    const p = await d.programme(district, { ...XINBEI, requireSchoolReview: true });
    await d.enrolSchool(p, school.school);
    const e = await d.teacher(p, school.school, school.class, daysFromNow(-1));
    const stored = await d.storedSelection(e, 'RETURNED', ['A1'], school.school.path);
    const result = await mutate(
      t,
      ON_BEHALF,
      { enrolmentId: e.gid, competencyIds: d.ids('A1', 'B2', 'C3') },
      schoolAdmin,
    );
    expect(result.selection).toMatchObject({
      id: gid.selection(stored.id),
      status: 'APPROVED',
      onBehalf: true,
      pointCount: 3,
    });
    expect(result.selection.history.at(-1)).toMatchObject({
      action: 'SELECT_ON_BEHALF',
      fromState: 'RETURNED',
      toState: 'APPROVED',
    });
  });
});
