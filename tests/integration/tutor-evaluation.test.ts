import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EnterTutorIndicatorDocument,
  ProgrammeTutorEvaluationsDocument,
  RecogniseExcellentTutorDocument,
  TutorEvaluationDocument,
} from '../../sdk/src/generated/graphql.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { classOf, oneShareScheme, pass } from '../kit/excellent.js';
import { ofType } from '../kit/results.js';
import type { DistrictWorld, OrgRef, ProgrammeOptions, ProgrammeWorld, SchoolWorld, UserRef } from '../kit/world.js';

/** Weights of Huaibei's kind, with a heavy entered summary so the excellent threshold (60) can be reached. */
const RULES = {
  indicators: [
    { key: 'training', nameZh: '集中培训', nameEn: 'Central training', weight: 0.15, source: 'ENTERED' },
    { key: 'registration', nameZh: '学员注册', nameEn: 'Registration', weight: 0.05, source: 'REGISTRATION_RATE' },
    {
      key: 'statistics',
      nameZh: '学情统计',
      nameEn: 'Weekly statistics',
      weight: 0.05,
      source: 'STATISTICS_POSTED',
      target: 1,
    },
    { key: 'marking', nameZh: '作业批阅', nameEn: 'Marking', weight: 0.1, source: 'MARKING_ON_TIME', withinDays: 7 },
    {
      key: 'workshop',
      nameZh: '研修组织',
      nameEn: 'Workshop activities',
      weight: 0.15,
      source: 'ACTIVITIES_HELD',
      target: 2,
    },
    { key: 'briefings', nameZh: '工作坊简报', nameEn: 'Briefings', weight: 0.1, source: 'BRIEFINGS', target: 1 },
    {
      key: 'assessment',
      nameZh: '学员测评',
      nameEn: 'Learner assessment',
      weight: 0.1,
      source: 'PASS_RATE',
      target: 0.98,
      allOrNothing: true,
    },
    { key: 'summary', nameZh: '培训总结', nameEn: 'Summary', weight: 0.3, source: 'ENTERED' },
  ],
  excellentThreshold: 60,
};

let t: TestApp;
let d: DistrictWorld;
let s: SchoolWorld;
let p: ProgrammeWorld;

const evaluatedProgramme = (schools: SchoolWorld[], district: DistrictWorld = d) =>
  district.programme({
    status: 'RUNNING',
    rules: { selection: {}, scoring: oneShareScheme(), tutorEvaluation: RULES } as ProgrammeOptions['rules'],
    schools,
  });

const ids = (klass: OrgRef, tutor: UserRef, programme: ProgrammeWorld = p) => ({
  programmeId: programme.gid,
  classId: klass.gid,
  tutorId: tutor.gid,
});
const read = async (as: UserRef, klass: OrgRef = s.class, tutor: UserRef = s.tutor) =>
  (await t.data(TutorEvaluationDocument, ids(klass, tutor), { as })).tutorEvaluation;
const enter = (as: UserRef, key: string, score: number, comment?: string) =>
  t.mutate(EnterTutorIndicatorDocument, { ...ids(s.class, s.tutor), key, score, comment }, { as });
const recognise = (as: UserRef, excellent: boolean) =>
  t.mutate(RecogniseExcellentTutorDocument, { ...ids(s.class, s.tutor), excellent }, { as });
const points = (ev: { lines: Array<{ key: string; points: number }> } | null | undefined) =>
  Object.fromEntries((ev?.lines ?? []).map((l) => [l.key, l.points]));

beforeAll(async () => {
  t = await testApp();
  d = await t.world.district();
  s = await d.school();
  p = await evaluatedProgramme([s]);
  const teachers = await classOf(p, s, 4);
  const prisma = t.db.prisma;
  // Two of four registered; all four pass; one briefing and one weekly statistics by the tutor.
  await prisma.user.updateMany({
    where: { id: { in: teachers.slice(0, 2).map((e) => e.teacher.id) } },
    data: { lastSeenAt: new Date() },
  });
  await pass(prisma, teachers);
  await prisma.classNotice.create({
    data: {
      programmeId: p.id,
      classId: s.class.id,
      kind: 'BRIEFING',
      title: '第一期简报',
      body: '<p>本周学习情况</p>',
      authorId: s.tutor.id,
      orgPath: s.class.path,
    },
  });
  await prisma.classProgressSnapshot.create({
    data: { programmeId: p.id, classId: s.class.id, orgPath: s.class.path, postedById: s.tutor.id, data: {} },
  });
});
afterAll(() => t.close());

describe('a tutor’s evaluation', () => {
  it('computes what the data shows; unentered indicators count 0 and say so', async () => {
    const ev = await read(s.tutor);
    expect(points(ev)).toEqual({
      training: 0,
      registration: 2.5,
      statistics: 5,
      marking: 10,
      workshop: 0,
      briefings: 10,
      assessment: 10,
      summary: 0,
    });
    expect(ev?.total).toBe(37.5);
    expect(ev?.tutor.displayName).toBe(s.tutor.displayName);
    const registration = ev?.lines.find((l) => l.key === 'registration');
    expect(registration).toMatchObject({ measured: 0.5, target: 1, share: 0.5, code: 'TUTOR_BELOW_TARGET' });
    expect(registration?.message).toBe(
      'Registration rate 50%, below the target of 100%: 2.5 of 5 points (5 × 50% / 100%).',
    );
    expect(ev?.lines.find((l) => l.key === 'summary')).toMatchObject({ code: 'TUTOR_NOT_ENTERED', measured: null });
  });

  it('counts marking within the days allowed and activities the tutor hosts', async () => {
    const prisma = t.db.prisma;
    const other = await d.school();
    const q = await evaluatedProgramme([other]);
    const [late, onTime, pending] = await classOf(q, other, 3);
    const assignment = await prisma.assignment.create({
      data: { programmeId: q.id, code: 'hw1', title: '作业一', brief: '说明', dueAt: new Date(), mode: 'ONLINE' },
    });
    const day = 86_400_000;
    const now = Date.now();
    const submission = (e: typeof late, submittedAgo: number, markedAgo: number | null) =>
      prisma.assignmentSubmission.create({
        data: {
          assignmentId: assignment.id,
          enrolmentId: e!.id,
          teacherId: e!.teacher.id,
          status: markedAgo === null ? 'SUBMITTED' : 'MARKED',
          attempt: 1,
          mark: markedAgo === null ? null : 80,
          markedAt: markedAgo === null ? null : new Date(now - markedAgo * day),
          submittedAt: new Date(now - submittedAgo * day),
          orgPath: e!.orgPath,
        },
      });
    await submission(late, 20, 2); // marked 18 days after: late
    await submission(onTime, 10, 8); // marked after 2 days
    await submission(pending, 1, null); // not due yet
    // The class workshop exists once the class has enrolled teachers.
    const workshop = await prisma.workshop.findUniqueOrThrow({
      where: { programmeId_classId: { programmeId: q.id, classId: other.class.id } },
    });
    await prisma.workshopActivity.create({
      data: {
        workshopId: workshop.id,
        kind: 'DISCUSSION',
        title: '研讨',
        opensAt: new Date(),
        closesAt: new Date(now + day),
        hostId: other.tutor.id,
        orgPath: other.class.path,
      },
    });
    const evaluation = (await t.data(TutorEvaluationDocument, ids(other.class, other.tutor, q), { as: d.admin }))
      .tutorEvaluation;
    expect(evaluation?.lines.find((l) => l.key === 'marking')).toMatchObject({ measured: 0.5, points: 5 });
    expect(evaluation?.lines.find((l) => l.key === 'workshop')).toMatchObject({ measured: 1, points: 7.5 });
  });

  it('the district enters an indicator with a comment; the tutor and the school read it', async () => {
    const result = ofType(await enter(d.admin, 'training', 80, ' 积极参与集中培训 '), 'EnterTutorIndicatorPayload');
    expect(result.evaluation.total).toBe(49.5);
    const line = result.evaluation.lines.find((l) => l.key === 'training');
    expect(line).toMatchObject({ measured: 80, points: 12, code: 'TUTOR_ENTERED', comment: '积极参与集中培训' });
    expect(points(await read(s.tutor)).training).toBe(12);
    expect(points(await read(s.admin)).training).toBe(12);
    expect((await read(d.provinceAdmin))?.total).toBe(49.5);
    // Entering again replaces the entry.
    ofType(await enter(d.admin, 'training', 90), 'EnterTutorIndicatorPayload');
    expect(points(await read(s.tutor)).training).toBe(13.5);
    ofType(await enter(d.admin, 'training', 80), 'EnterTutorIndicatorPayload');
  });

  it('refuses keys that are not ENTERED indicators, and bad scores, changing nothing', async () => {
    expect(await enter(d.admin, 'assessment', 100)).toMatchObject({
      __typename: 'NotAnEnteredIndicatorError',
      code: 'NOT_AN_ENTERED_INDICATOR',
      key: 'assessment',
      source: 'PASS_RATE',
    });
    expect(await enter(d.admin, 'nosuch', 100)).toMatchObject({ code: 'NOT_AN_ENTERED_INDICATOR', source: null });
    expect(await enter(d.admin, 'summary', 101)).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await enter(d.admin, 'summary', 50, 'x'.repeat(2001))).toMatchObject({ code: 'INVALID_INPUT' });
    expect((await read(s.tutor))?.total).toBe(49.5);
  });

  it('only the district enters: the tutor and the school are forbidden, others find it missing', async () => {
    expect(await enter(s.tutor, 'summary', 100)).toMatchObject({ code: 'FORBIDDEN_ACTION' });
    expect(await enter(s.admin, 'summary', 100)).toMatchObject({ code: 'FORBIDDEN_ACTION' });
    const elsewhere = await t.world.district();
    expect(await enter(elsewhere.admin, 'summary', 100)).toMatchObject({ code: 'NOT_FOUND' });
    const teacher = await s.teacher();
    expect(await enter(teacher, 'summary', 100)).toMatchObject({ code: 'NOT_FOUND' });
    expect((await read(s.tutor))?.total).toBe(49.5);
  });

  it('is visible to the tutor, the school and the district only', async () => {
    const otherSchool = await d.school();
    const colleague = await s.teacher();
    const otherTutor = await t.world.user(s.school, [['CLASS_TUTOR', otherSchool.class]]);
    expect(await read(otherSchool.admin)).toBeNull();
    expect(await read(colleague)).toBeNull();
    expect(await read(otherTutor)).toBeNull();
    expect(await read((await t.world.district()).admin)).toBeNull();
    // Someone who is not the class's tutor has no evaluation there, even for the district.
    expect(await read(d.admin, s.class, colleague)).toBeNull();
  });

  it('recognises an excellent tutor only at the threshold, and withdraws it', async () => {
    expect(await recognise(d.admin, true)).toMatchObject({
      __typename: 'BelowExcellentThresholdError',
      code: 'BELOW_EXCELLENT_THRESHOLD',
      total: 49.5,
      threshold: 60,
    });
    expect(await recognise(s.admin, true)).toMatchObject({ code: 'FORBIDDEN_ACTION' });
    ofType(await enter(d.admin, 'summary', 100, '总结翔实'), 'EnterTutorIndicatorPayload');
    const done = ofType(await recognise(d.admin, true), 'RecogniseExcellentTutorPayload');
    expect(done.evaluation).toMatchObject({ total: 79.5, excellent: true, reachesExcellentThreshold: true });
    expect(done.evaluation.recognisedAt).not.toBeNull();
    expect((await read(s.tutor))?.excellent).toBe(true);
    const undone = ofType(await recognise(d.admin, false), 'RecogniseExcellentTutorPayload');
    expect(undone.evaluation).toMatchObject({ excellent: false, recognisedAt: null });
  });

  it('simultaneous first entries create one evaluation holding both', async () => {
    const klass = await t.world.organisation('CLASS', s.school);
    const tutor = await t.world.user(s.school, [['CLASS_TUTOR', klass]]);
    const q = await evaluatedProgramme([s]);
    await classOf(q, s, 1, klass);
    const results = await Promise.all(
      ['training', 'summary'].map((key) =>
        t.mutate(EnterTutorIndicatorDocument, { ...ids(klass, tutor, q), key, score: 100 }, { as: d.admin }),
      ),
    );
    expect(results.map((r) => r.__typename)).toEqual(['EnterTutorIndicatorPayload', 'EnterTutorIndicatorPayload']);
    const rows = await t.db.prisma.tutorEvaluation.findMany({
      where: { programmeId: q.id, classId: klass.id },
      select: { entries: { select: { key: true }, orderBy: { key: 'asc' } } },
    });
    expect(rows).toEqual([{ entries: [{ key: 'summary' }, { key: 'training' }] }]);
  });

  it('a programme without tutor evaluation has none', async () => {
    const plain = await d.programme({ status: 'RUNNING', rules: { selection: {} }, schools: [s] });
    await plain.teacher(s);
    expect(
      (await t.data(TutorEvaluationDocument, ids(s.class, s.tutor, plain), { as: d.admin })).tutorEvaluation,
    ).toBeNull();
    const refused = await t.mutate(
      EnterTutorIndicatorDocument,
      { ...ids(s.class, s.tutor, plain), key: 'training', score: 50 },
      { as: d.admin },
    );
    expect(refused).toMatchObject({ code: 'INVALID_STATE' });
  });
});

describe('the programme’s tutor evaluations', () => {
  const page = async (programme: ProgrammeWorld, as: UserRef, first = 50) =>
    (await t.data(ProgrammeTutorEvaluationsDocument, { programmeId: programme.gid, first }, { as })).node as AdHoc;

  it('lists one row per class tutor for the district; null for the school', async () => {
    const list = await page(p, d.admin);
    expect(list.tutorEvaluations.totalCount).toBe(1);
    expect(list.tutorEvaluations.nodes[0]).toMatchObject({ total: 79.5, tutor: { displayName: s.tutor.displayName } });
    expect((await page(p, d.provinceAdmin)).tutorEvaluations.totalCount).toBe(1);
    expect((await page(p, s.admin))?.tutorEvaluations ?? null).toBeNull();
    expect((await page(p, s.tutor))?.tutorEvaluations ?? null).toBeNull();
  });

  it('costs the same statements for 1, 10 and 50 tutors', async () => {
    const district = await t.world.district();
    const school = await district.school();
    const classes: Array<{ klass: OrgRef }> = [];
    for (let i = 0; i < 50; i += 1) {
      const klass = await t.world.organisation('CLASS', school.school);
      await t.world.user(school.school, [['CLASS_TUTOR', klass]]);
      classes.push({ klass });
    }
    const counts: number[] = [];
    for (const size of [1, 10, 50]) {
      const programme = await evaluatedProgramme([school], district);
      for (const { klass } of classes.slice(0, size)) await programme.teacher(school, { class: klass });
      const measured = await t.statementsFor(
        print(ProgrammeTutorEvaluationsDocument),
        { programmeId: programme.gid, first: 50 },
        { as: district.admin },
      );
      expect((measured.data as AdHoc).node.tutorEvaluations.nodes).toHaveLength(size);
      counts.push(measured.count);
    }
    console.log(`[statements] programme tutor evaluations: ${counts.join(', ')} for 1, 10, 50 tutors`);
    expect(new Set(counts).size).toBe(1);
  });
});
