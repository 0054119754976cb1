import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../prisma/seed/seed.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import type { OrgRef, UserRef } from '../helpers/factories.js';
import {
  APPROVE,
  mutate,
  NODE,
  ON_BEHALF,
  PROGRAMME_PROGRESS,
  RETURN,
  ROSTER,
  SCHOOL_PROGRESS,
  SUBMIT,
  VALIDATE,
} from './selections.documents.js';
import {
  daysFromNow,
  type EnrolmentRef,
  gid,
  type ProgrammeRef,
  type SelectionData,
  selectionData,
  selectionSnapshot,
  TIANCHANG,
  TIANCHANG_RANGE,
  XINBEI,
} from './selections.fixtures.js';

/**
 * One district with two schools (a class each), another district, and everyone who might ask:
 * each role sees what the domain says and nothing else; what it may not see looks missing.
 */
let t: TestApp;
let d: SelectionData;
let district: OrgRef;
let s1: { school: OrgRef; class: OrgRef };
let s2: { school: OrgRef; class: OrgRef };
let tc: ProgrammeRef;
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

beforeAll(async () => {
  t = await createTestApp();
  await seed(t.db.prisma);
  d = await selectionData(t);
  ({ district } = await t.seed.district('Tianchang'));
  const { district: elsewhere } = await t.seed.district('Elsewhere');
  s1 = await t.seed.school(district);
  s2 = await t.seed.school(district);
  await t.seed.school(elsewhere);
  const s1Group = (await t.db.prisma.organisation.findFirstOrThrow({
    where: { parentId: s1.school.id, kind: 'GROUP' },
  })) as OrgRef;
  who = {
    tutor: await t.seed.user(s1.school, [['CLASS_TUTOR', s1.class]]),
    otherTutor: await t.seed.user(s2.school, [['CLASS_TUTOR', s2.class]]),
    schoolAdmin: await t.seed.user(s1.school, [['SCHOOL_ADMIN', s1.school]]),
    otherSchoolAdmin: await t.seed.user(s2.school, [['SCHOOL_ADMIN', s2.school]]),
    districtAdmin: await t.seed.user(district, [['DISTRICT_ADMIN', district]]),
    expert: await t.seed.user(district, [['EXPERT', district]]),
    otherDistrictAdmin: await t.seed.user(elsewhere, [['DISTRICT_ADMIN', elsewhere]]),
    groupLeader: await t.seed.user(s1.school, [['GROUP_LEADER', s1Group]]),
  };
  tc = await d.programme(district, TIANCHANG);
  await d.enrolSchool(tc, s1.school);
  await d.enrolSchool(tc, s2.school);
  await d.range(tc, s1.school, TIANCHANG_RANGE);
  mine = await d.teacher(tc, s1.school, s1.class);
  classmate = await d.teacher(tc, s1.school, s1.class);
  otherSchool = await d.teacher(tc, s2.school, s2.class);
  const submitted = await mutate(
    t,
    SUBMIT,
    { enrolmentId: mine.gid, competencyIds: d.ids('A7', 'B3', 'B1', 'B6') },
    mine.teacher,
  );
  mySelectionId = submitted.selection.id;
});
afterAll(() => t.close());

type Who = keyof typeof who | 'me' | 'classmate' | 'otherSchoolTeacher' | 'anonymous';
const as = (name: Who): UserRef | null =>
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
    const res = await t.gql(NODE, { id: mySelectionId }, as(name));
    expect(res.errors).toBeUndefined();
    if (visible) expect(res.data!.node).toMatchObject({ id: mySelectionId, status: 'SUBMITTED', totalCredits: 21 });
    else expect(res.data!.node).toBeNull();
  });
});

describe('mutations refuse everyone but the allowed role, and change nothing', () => {
  const picks = () => d.ids('A1', 'A2', 'A3', 'A5', 'A6');

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
    const before = await selectionSnapshot(t);
    expect(await mutate(t, SUBMIT, { enrolmentId: mine.gid, competencyIds: picks() }, as(name))).toMatchObject({
      code,
    });
    expect(await selectionSnapshot(t)).toEqual(before);
  });

  it.each<[Who, string]>([
    ['classmate', 'NOT_FOUND'],
    ['otherSchoolAdmin', 'NOT_FOUND'],
    ['otherDistrictAdmin', 'NOT_FOUND'],
    ['tutor', 'FORBIDDEN_ACTION'],
    ['districtAdmin', 'FORBIDDEN_ACTION'],
    ['expert', 'FORBIDDEN_ACTION'],
  ])('validateSelection on my enrolment as %s → %s', async (name, code) => {
    expect(await mutate(t, VALIDATE, { enrolmentId: mine.gid, competencyIds: picks() }, as(name))).toMatchObject({
      code,
    });
  });

  it.each<[Who, string]>([
    ['me', 'FORBIDDEN_ACTION'],
    ['tutor', 'FORBIDDEN_ACTION'],
    ['districtAdmin', 'FORBIDDEN_ACTION'],
    ['classmate', 'NOT_FOUND'],
    ['otherSchoolAdmin', 'NOT_FOUND'],
    ['otherDistrictAdmin', 'NOT_FOUND'],
  ])('approveSelection and returnSelection as %s → %s', async (name, code) => {
    const before = await selectionSnapshot(t);
    expect(await mutate(t, APPROVE, { selectionId: mySelectionId }, as(name))).toMatchObject({ code });
    expect(await mutate(t, RETURN, { selectionId: mySelectionId, comment: 'Change it.' }, as(name))).toMatchObject({
      code,
    });
    expect(await selectionSnapshot(t)).toEqual(before);
  });

  it('selectOnBehalf only by the school admin over the school', async () => {
    const xb = await d.programme(district, XINBEI);
    await d.enrolSchool(xb, s1.school);
    const late = await d.teacher(xb, s1.school, s1.class, daysFromNow(-2));
    const before = await selectionSnapshot(t);
    for (const [name, code] of [
      ['otherSchoolAdmin', 'NOT_FOUND'],
      ['otherDistrictAdmin', 'NOT_FOUND'],
      ['classmate', 'NOT_FOUND'],
      ['districtAdmin', 'FORBIDDEN_ACTION'],
      ['tutor', 'FORBIDDEN_ACTION'],
    ] as Array<[Who, string]>) {
      expect(
        await mutate(t, ON_BEHALF, { enrolmentId: late.gid, competencyIds: d.ids('A1', 'B2', 'C3') }, as(name)),
      ).toMatchObject({ code });
    }
    expect(
      await mutate(t, ON_BEHALF, { enrolmentId: late.gid, competencyIds: d.ids('A1', 'B2', 'C3') }, late.teacher),
    ).toMatchObject({
      code: 'FORBIDDEN_ACTION',
    });
    expect(await selectionSnapshot(t)).toEqual(before);
    const ok = await mutate(
      t,
      ON_BEHALF,
      { enrolmentId: late.gid, competencyIds: d.ids('A1', 'B2', 'C3') },
      who.schoolAdmin,
    );
    expect(ok.selection).toMatchObject({ status: 'APPROVED', onBehalf: true });
  });

  it('anonymous callers get an authentication error, not data', async () => {
    const res = await t.gql(SUBMIT, { input: { enrolmentId: mine.gid, competencyIds: picks() } }, null);
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(res.data?.submitSelection ?? null).toBeNull();
  });

  it('the school admin over the school reviews it', async () => {
    const p = await d.programme(district, TIANCHANG);
    await d.enrolSchool(p, s1.school);
    const e = await d.teacher(p, s1.school, s1.class);
    const { selection } = await mutate(
      t,
      SUBMIT,
      { enrolmentId: e.gid, competencyIds: d.ids('A1', 'A2', 'A3', 'A5', 'A6') },
      e.teacher,
    );
    expect((await mutate(t, APPROVE, { selectionId: selection.id }, who.schoolAdmin)).selection.status).toBe(
      'APPROVED',
    );
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
  ])('%s sees %i enrolments of class 1', async (name, count) => {
    const res = await t.gql(ROSTER, { classId: gid.organisation(s1.class.id), first: 50 }, as(name));
    expect(res.errors).toBeUndefined();
    const roster = res.data!.classRoster;
    expect(roster.totalCount).toBeGreaterThanOrEqual(count);
    if (count === 0) expect(roster.nodes).toEqual([]);
    else {
      const logins = roster.nodes.map((n: { teacher: { login: string } }) => n.teacher.login);
      expect(logins).toEqual(expect.arrayContaining([mine.teacher.login, classmate.teacher.login]));
      expect(logins).not.toContain(otherSchool.teacher.login);
      expect([...logins].sort()).toEqual(logins);
    }
  });

  it('filters by selection state and carries it', async () => {
    const programmeId = tc.gid;
    const q = `query($classId: ID!, $programmeId: ID, $status: RosterStatusFilter) { classRoster(classId: $classId, programmeId: $programmeId, status: $status, first: 10) {
      totalCount nodes { teacher { login } selection { status totalCredits } } } }`;
    const run = async (status: string | null) =>
      (await t.gql(q, { classId: gid.organisation(s1.class.id), programmeId, status }, who.tutor)).data!.classRoster;
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
    const first = (await t.gql(ROSTER, { classId: gid.organisation(s1.class.id), first: 1 }, who.schoolAdmin)).data!
      .classRoster;
    expect(first.nodes).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (
      await t.gql(
        ROSTER,
        { classId: gid.organisation(s1.class.id), first: 100, after: first.pageInfo.endCursor },
        who.schoolAdmin,
      )
    ).data!.classRoster;
    expect(next.nodes.map((n: { id: string }) => n.id)).not.toContain(first.nodes[0].id);
    expect(next.nodes.length + 1).toBe(first.totalCount);
    const tooMany = await t.gql(ROSTER, { classId: gid.organisation(s1.class.id), first: 101 }, who.schoolAdmin);
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
          (await t.gql(SCHOOL_PROGRESS, { programmeId: tc.gid, schoolId: gid.organisation(s.school.id) }, as(name)))
            .data!.schoolSelectionProgress,
      ),
    );
    if (seesSchool1)
      expect(one).toMatchObject({
        school: { id: gid.organisation(s1.school.id) },
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
    const res = await t.gql(PROGRAMME_PROGRESS, { programmeId: tc.gid, first: 10 }, as(name));
    expect(res.errors).toBeUndefined();
    if (!visible) return expect(res.data!.programmeSelectionProgress).toBeNull();
    const progress = res.data!.programmeSelectionProgress;
    expect(progress.totalCount).toBe(2);
    expect(progress.nodes.map((n: { school: { id: string } }) => n.school.id).sort()).toEqual(
      [s1.school.id, s2.school.id].map(gid.organisation).sort(),
    );
  });
});
