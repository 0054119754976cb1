import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApproveSelectionDocument,
  ClassRosterDocument,
  ProgrammeSelectionProgressDocument,
  ReturnSelectionDocument,
  SchoolSelectionProgressDocument,
  SelectOnBehalfDocument,
  SubmitSelectionDocument,
  ValidateSelectionDocument,
} from '../../sdk/src/generated/graphql.js';
import { type TestApp, testApp } from '../kit/app.js';
import { daysFromNow } from '../kit/ids.js';
import { ofType } from '../kit/results.js';
import { TIANCHANG, TIANCHANG_RANGE, XINBEI } from '../kit/rules.js';
import type { CatalogueRef, DistrictWorld, EnrolmentRef, ProgrammeWorld, SchoolWorld, UserRef } from '../kit/world.js';

/**
 * One district with two schools (a class each), another district, and everyone who might ask:
 * each role sees what the domain says and nothing else; what it may not see looks missing.
 */
let t: TestApp;
let catalogue: CatalogueRef;
let d: DistrictWorld;
let s1: SchoolWorld;
let s2: SchoolWorld;
let tc: ProgrammeWorld;
let mine: EnrolmentRef;
let classmate: EnrolmentRef;
let otherSchool: EnrolmentRef;
let mySelectionId: string;
let who: Record<
  | 'tutor'
  | 'otherTutor'
  | 'schoolAdmin'
  | 'otherSchoolAdmin'
  | 'districtAdmin'
  | 'expert'
  | 'otherDistrictAdmin'
  | 'groupLeader',
  UserRef
>;

// A selection through node(id): no SDK document reads one.
const NODE = `query($id: ID!) { node(id: $id) { __typename ... on Selection { id status totalCredits } } }`;

beforeAll(async () => {
  t = await testApp();
  catalogue = await t.world.catalogue();
  d = await t.world.district({ name: 'Tianchang' });
  const elsewhere = await t.world.district({ name: 'Elsewhere' });
  s1 = await d.school();
  s2 = await d.school();
  await elsewhere.school();
  who = {
    tutor: s1.tutor,
    otherTutor: s2.tutor,
    schoolAdmin: s1.admin,
    otherSchoolAdmin: s2.admin,
    districtAdmin: d.admin,
    expert: await t.world.user(d.district, [['EXPERT', d.district]]),
    otherDistrictAdmin: elsewhere.admin,
    groupLeader: s1.leader,
  };
  tc = await d.programme({ rules: { selection: TIANCHANG }, schools: [s1, s2] });
  await tc.range(s1, TIANCHANG_RANGE);
  mine = await tc.teacher(s1);
  classmate = await tc.teacher(s1);
  otherSchool = await tc.teacher(s2);
  const submitted = await t.mutate(
    SubmitSelectionDocument,
    { enrolmentId: mine.gid, competencyIds: catalogue.ids('A7', 'B3', 'B1', 'B6') },
    { as: mine.teacher },
  );
  mySelectionId = ofType(submitted, 'SubmitSelectionPayload').selection.id;
});
afterAll(() => t.close());

type Who = keyof typeof who | 'me' | 'classmate' | 'otherSchoolTeacher' | 'anonymous';
const actor = (name: Who): UserRef | null =>
  name === 'anonymous'
    ? null
    : name === 'me'
      ? mine.teacher
      : name === 'classmate'
        ? classmate.teacher
        : name === 'otherSchoolTeacher'
          ? otherSchool.teacher
          : who[name];

describe('Selection through node(id): visible exactly where its enrolment is', () => {
  it.each<[Who, boolean]>([
    ['me', true],
    ['tutor', true],
    ['schoolAdmin', true],
    ['districtAdmin', true],
    ['expert', true],
    ['classmate', false],
    ['otherSchoolTeacher', false],
    ['otherTutor', false],
    ['groupLeader', false],
    ['otherSchoolAdmin', false],
    ['otherDistrictAdmin', false],
    ['anonymous', false],
  ])('%s sees it: %s', async (name, visible) => {
    const res = await t.gql(NODE, { id: mySelectionId }, { as: actor(name) });
    expect(res.errors).toBeUndefined();
    if (visible) expect(res.data!.node).toMatchObject({ id: mySelectionId, status: 'SUBMITTED', totalCredits: 21 });
    else expect(res.data!.node).toBeNull();
  });
});

describe('mutations refuse everyone but the allowed role, and change nothing', () => {
  const picks = () => catalogue.ids('A1', 'A2', 'A3', 'A5', 'A6');

  it.each<[Who, string]>([
    ['classmate', 'NOT_FOUND'],
    ['otherSchoolTeacher', 'NOT_FOUND'],
    ['otherSchoolAdmin', 'NOT_FOUND'],
    ['otherDistrictAdmin', 'NOT_FOUND'],
    ['groupLeader', 'NOT_FOUND'],
    ['tutor', 'FORBIDDEN_ACTION'],
    ['schoolAdmin', 'FORBIDDEN_ACTION'],
    ['districtAdmin', 'FORBIDDEN_ACTION'],
  ])('submitSelection on my enrolment as %s → %s', async (name, code) => {
    const before = await t.rows.selections();
    expect(
      await t.mutate(SubmitSelectionDocument, { enrolmentId: mine.gid, competencyIds: picks() }, { as: actor(name) }),
    ).toMatchObject({ code });
    expect(await t.rows.selections()).toEqual(before);
  });

  it.each<[Who, string]>([
    ['classmate', 'NOT_FOUND'],
    ['otherSchoolAdmin', 'NOT_FOUND'],
    ['otherDistrictAdmin', 'NOT_FOUND'],
    ['tutor', 'FORBIDDEN_ACTION'],
    ['districtAdmin', 'FORBIDDEN_ACTION'],
    ['expert', 'FORBIDDEN_ACTION'],
  ])('validateSelection on my enrolment as %s → %s', async (name, code) => {
    expect(
      await t.mutate(ValidateSelectionDocument, { enrolmentId: mine.gid, competencyIds: picks() }, { as: actor(name) }),
    ).toMatchObject({ code });
  });

  it.each<[Who, string]>([
    ['me', 'FORBIDDEN_ACTION'],
    ['tutor', 'FORBIDDEN_ACTION'],
    ['districtAdmin', 'FORBIDDEN_ACTION'],
    ['classmate', 'NOT_FOUND'],
    ['otherSchoolAdmin', 'NOT_FOUND'],
    ['otherDistrictAdmin', 'NOT_FOUND'],
  ])('approveSelection and returnSelection as %s → %s', async (name, code) => {
    const before = await t.rows.selections();
    const options = { as: actor(name) };
    expect(await t.mutate(ApproveSelectionDocument, { selectionId: mySelectionId }, options)).toMatchObject({ code });
    expect(
      await t.mutate(ReturnSelectionDocument, { selectionId: mySelectionId, comment: 'Change it.' }, options),
    ).toMatchObject({ code });
    expect(await t.rows.selections()).toEqual(before);
  });

  it('selectOnBehalf only by the school admin over the school', async () => {
    const xb = await d.programme({ rules: { selection: XINBEI }, schools: [s1] });
    const late = await xb.teacher(s1, { selectionDueAt: daysFromNow(-2) });
    const input = { enrolmentId: late.gid, competencyIds: catalogue.ids('A1', 'B2', 'C3') };
    const before = await t.rows.selections();
    for (const [name, code] of [
      ['otherSchoolAdmin', 'NOT_FOUND'],
      ['otherDistrictAdmin', 'NOT_FOUND'],
      ['classmate', 'NOT_FOUND'],
      ['districtAdmin', 'FORBIDDEN_ACTION'],
      ['tutor', 'FORBIDDEN_ACTION'],
    ] as Array<[Who, string]>) {
      expect(await t.mutate(SelectOnBehalfDocument, input, { as: actor(name) })).toMatchObject({ code });
    }
    expect(await t.mutate(SelectOnBehalfDocument, input, { as: late.teacher })).toMatchObject({
      code: 'FORBIDDEN_ACTION',
    });
    expect(await t.rows.selections()).toEqual(before);
    const ok = await t.mutate(SelectOnBehalfDocument, input, { as: who.schoolAdmin });
    expect(ofType(ok, 'SelectOnBehalfPayload').selection).toMatchObject({ status: 'APPROVED', onBehalf: true });
  });

  it('anonymous callers find nothing: NOT_FOUND, exactly like a missing enrolment', async () => {
    const res = await t.request(
      SubmitSelectionDocument,
      { input: { enrolmentId: mine.gid, competencyIds: picks() } },
      { as: null },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.submitSelection).toMatchObject({ code: 'NOT_FOUND', message: 'Enrolment was not found.' });
  });

  it('the school admin over the school reviews it', async () => {
    const p = await d.programme({ rules: { selection: TIANCHANG }, schools: [s1] });
    const e = await p.teacher(s1);
    const submitted = await t.mutate(
      SubmitSelectionDocument,
      { enrolmentId: e.gid, competencyIds: catalogue.ids('A1', 'A2', 'A3', 'A5', 'A6') },
      { as: e.teacher },
    );
    const { selection } = ofType(submitted, 'SubmitSelectionPayload');
    const approved = await t.mutate(ApproveSelectionDocument, { selectionId: selection.id }, { as: who.schoolAdmin });
    expect(ofType(approved, 'ApproveSelectionPayload').selection.status).toBe('APPROVED');
  });
});

describe('classRoster: the class’s tutors and the admins over it', () => {
  it.each<[Who, number]>([
    ['tutor', 2],
    ['schoolAdmin', 2],
    ['districtAdmin', 2],
    ['me', 0],
    ['classmate', 0],
    ['otherTutor', 0],
    ['groupLeader', 0],
    ['otherSchoolAdmin', 0],
    ['otherDistrictAdmin', 0],
    ['anonymous', 0],
  ])('%s sees %i enrolments of class 1 (0: the roster is null, like a missing class)', async (name, count) => {
    const res = await t.request(ClassRosterDocument, { classId: s1.class.gid, first: 50 }, { as: actor(name) });
    expect(res.errors).toBeUndefined();
    const roster = res.data?.classRoster;
    if (count === 0) expect(roster).toBeNull();
    else {
      expect(roster?.totalCount).toBeGreaterThanOrEqual(count);
      if (!roster) throw new Error('the roster is readable');
      const logins = roster.nodes.map((n) => n.teacher.login);
      expect(logins).toEqual(expect.arrayContaining([mine.teacher.login, classmate.teacher.login]));
      expect(logins).not.toContain(otherSchool.teacher.login);
      expect([...logins].sort()).toEqual(logins);
    }
  });

  it('filters by selection state and carries it', async () => {
    const run = async (status: 'SUBMITTED' | 'SELECTED' | 'NOT_SELECTED' | 'APPROVED' | null) => {
      const classRoster = (
        await t.data(
          ClassRosterDocument,
          { classId: s1.class.gid, programmeId: tc.gid, status, first: 10 },
          { as: who.tutor },
        )
      ).classRoster!;
      return {
        totalCount: classRoster.totalCount,
        nodes: classRoster.nodes.map(({ teacher, selection }) => ({
          teacher: { login: teacher.login },
          selection: selection && { status: selection.status, totalCredits: selection.totalCredits },
        })),
      };
    };
    const all = await run(null);
    expect(all.totalCount).toBe(2);
    expect(all.nodes).toEqual(
      expect.arrayContaining([
        { teacher: { login: mine.teacher.login }, selection: { status: 'SUBMITTED', totalCredits: 21 } },
        { teacher: { login: classmate.teacher.login }, selection: null },
      ]),
    );
    expect((await run('SUBMITTED')).nodes).toEqual([
      { teacher: { login: mine.teacher.login }, selection: { status: 'SUBMITTED', totalCredits: 21 } },
    ]);
    expect((await run('SELECTED')).totalCount).toBe(1);
    expect((await run('NOT_SELECTED')).nodes).toEqual([
      { teacher: { login: classmate.teacher.login }, selection: null },
    ]);
    expect((await run('APPROVED')).totalCount).toBe(0);
  });

  it('pages through the roster with after', async () => {
    const first = (await t.data(ClassRosterDocument, { classId: s1.class.gid, first: 1 }, { as: who.schoolAdmin }))
      .classRoster!;
    expect(first.nodes).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (
      await t.data(
        ClassRosterDocument,
        { classId: s1.class.gid, first: 100, after: first.pageInfo.endCursor },
        { as: who.schoolAdmin },
      )
    ).classRoster!;
    expect(next.nodes.map((n) => n.id)).not.toContain(first.nodes[0]!.id);
    expect(next.nodes.length + 1).toBe(first.totalCount);
    const tooMany = await t.request(
      ClassRosterDocument,
      { classId: s1.class.gid, first: 101 },
      { as: who.schoolAdmin },
    );
    expect(tooMany.errors).toBeDefined();
  });
});

describe('selection progress: school admins of the school, district admins and experts over it', () => {
  it.each<[Who, boolean, boolean]>([
    ['schoolAdmin', true, false],
    ['otherSchoolAdmin', false, true],
    ['districtAdmin', true, true],
    ['expert', true, true],
    ['me', false, false],
    ['tutor', false, false],
    ['otherTutor', false, false],
    ['otherDistrictAdmin', false, false],
    ['anonymous', false, false],
  ])('%s: school 1 %s, school 2 %s', async (name, seesSchool1, seesSchool2) => {
    const [one, two] = await Promise.all(
      [s1, s2].map(
        async (s) =>
          (
            await t.data(
              SchoolSelectionProgressDocument,
              { programmeId: tc.gid, schoolId: s.school.gid },
              { as: actor(name) },
            )
          ).schoolSelectionProgress,
      ),
    );
    if (seesSchool1)
      expect(one).toMatchObject({
        school: { id: s1.school.gid },
        enrolled: 2,
        selected: 1,
        submitted: 1,
        notSelected: 1,
      });
    else expect(one).toBeNull();
    if (seesSchool2) expect(two).toMatchObject({ enrolled: 1, selected: 0, notSelected: 1, rate: 0 });
    else expect(two).toBeNull();
  });

  it.each<[Who, boolean]>([
    ['districtAdmin', true],
    ['expert', false],
    ['schoolAdmin', false],
    ['me', false],
    ['otherDistrictAdmin', false],
    ['anonymous', false],
  ])('programmeSelectionProgress for %s: %s', async (name, visible) => {
    const res = await t.request(
      ProgrammeSelectionProgressDocument,
      { programmeId: tc.gid, first: 10 },
      { as: actor(name) },
    );
    expect(res.errors).toBeUndefined();
    if (!visible) return expect(res.data!.programmeSelectionProgress).toBeNull();
    const progress = res.data!.programmeSelectionProgress!;
    expect(progress.totalCount).toBe(2);
    expect(progress.nodes.map((n) => n.school.id).sort()).toEqual([s1.school.gid, s2.school.gid].sort());
  });
});
