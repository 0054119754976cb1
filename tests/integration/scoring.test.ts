// Scores through the real API: the Tianchang and Huaibei cases of the issue built through the real operations
// (workshop posts with postInWorkshop, shares with shareResource, answers with submitAssignment and marks with
// markAssignment), the language of the lines, the consistency of the API's scores with the engine on facts recomputed
// from raw rows, and the statement count of a roster page.
//
// Watch minutes: the passing Tianchang teacher (1200 minutes) and the passing Huaibei teacher (600 required + 360
// elective) play them through recordViewing, a batch every 100 seconds of faked server time (`watch`); the other
// teachers' minutes are credited with the courses kit (`progress`) and the enrolment's roll-up incremented by the same
// seconds (`credit`), which keeps the many variations fast.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PROGRAMMES } from '../../prisma/seed/programmes.js';
import { parseProgrammeRules, type ScoringRules } from '../../schema/programmes/index.js';
import { type ScoreFacts, scoreOf } from '../../schema/scoring/engine.js';
import {
  ClassScoresDocument,
  MarkAssignmentDocument,
  MyScoreDocument,
  PostInWorkshopDocument,
  RecordViewingDocument,
  ShareResourceDocument,
  SubmitAssignmentDocument,
} from '../../sdk/src/generated/graphql.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { type AssignmentRef, assignment, learningProgramme, submission } from '../kit/assignments.js';
import { elective as addElective, type CourseRef, course, progress } from '../kit/courses.js';
import { activity as groupActivity, groupWorld, joinGroup } from '../kit/group-activities.js';
import { daysFromNow, unique } from '../kit/ids.js';
import { ofType } from '../kit/results.js';
import { type WorkshopRef, workshopWorld } from '../kit/workshops.js';
import type { DistrictWorld, EnrolmentRef, ProgrammeWorld, SchoolWorld, UserRef } from '../kit/world.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

/** A seed programme's scheme, as the demo data configures it. */
function schemeOf(code: string): ScoringRules {
  const spec = DEMO_PROGRAMMES.find((programme) => programme.code === code);
  const scoring = parseProgrammeRules({ version: 1, selection: {}, ...spec?.rules }).scoring;
  if (!scoring) throw new Error(`${code} has no scoring scheme`);
  return scoring;
}

/** Gives a programme the scheme (its other rules take their defaults). */
async function useScheme(programme: { id: string }, scoring: ScoringRules | undefined) {
  await t.db.prisma.programme.update({
    where: { id: programme.id },
    data: { rules: { version: 1, selection: {}, ...(scoring ? { scoring } : {}) } },
  });
}

/** Ends the programme's study (IMPLEMENTATION) phase yesterday. */
async function endStudy(programme: { id: string }) {
  const endsOn = new Date(`${daysFromNow(-1).toISOString().slice(0, 10)}T00:00:00.000Z`);
  await t.db.prisma.programmePhase.upsert({
    where: { programmeId_kind: { programmeId: programme.id, kind: 'IMPLEMENTATION' } },
    create: { programmeId: programme.id, kind: 'IMPLEMENTATION', startsOn: new Date('2020-01-01'), endsOn },
    update: { endsOn },
  });
}

/** Credited minutes on a course (the courses kit) and the enrolment's roll-up incremented by them. */
async function credit(e: EnrolmentRef, c: CourseRef, requirement: 'REQUIRED' | 'ELECTIVE', minutes: number) {
  await progress(t.db.prisma, e, c, minutes * 60);
  await t.db.prisma.enrolment.update({
    where: { id: e.id },
    data:
      requirement === 'REQUIRED'
        ? { studyRequiredSeconds: { increment: minutes * 60 } }
        : { studyElectiveSeconds: { increment: minutes * 60 } },
  });
}

/** Seconds between the player's batches in `watch`: within the default sessionIdleSeconds (120), so the session stays live. */
const BATCH_SECONDS = 100;
/** The latest faked time a `watch` reached. */
let playerClock = 0;

/**
 * Plays `minutes` of a course through `recordViewing`, as a player would: a PLAY, then a HEARTBEAT every 100 seconds of
 * (faked) server time. The viewing module credits the played seconds and keeps the enrolment's roll-up.
 */
async function watch(e: EnrolmentRef, c: CourseRef, minutes: number) {
  const session = unique();
  let position = 0;
  const record = async (kind: 'PLAY' | 'HEARTBEAT' | 'END') =>
    ofType(
      await t.mutate(
        RecordViewingDocument,
        { courseId: c.gid, sessionId: session, events: [{ clientEventId: unique() + unique(), kind, position }] },
        { as: e.teacher },
      ),
      'RecordViewingPayload',
    );
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    // The faked clock only moves forward across calls: a session stored at a later time must not look "in the future".
    let now = Math.max(Date.now(), playerClock);
    vi.setSystemTime(now);
    await record('PLAY');
    while (position < minutes * 60) {
      const step = Math.min(BATCH_SECONDS, minutes * 60 - position);
      now += step * 1000;
      vi.setSystemTime(now);
      position += step;
      await record('HEARTBEAT');
    }
    await record('END'); // closes the session: the next course's session may earn at once
    playerClock = now;
  } finally {
    vi.useRealTimers();
  }
}

const myScore = async (e: EnrolmentRef, as: UserRef | null = e.teacher, locale: 'en' | 'zh-CN' = 'en') =>
  ((await t.data(MyScoreDocument, { enrolmentId: e.gid }, { as, locale })).node as AdHoc | null)?.score ?? null;

const lineOf = (score: AdHoc, key: string) => score.lines.find((line: AdHoc) => line.key === key);

describe('Tianchang 2022 end to end (1200 minutes → 50; 10 per discussion joined, max 50, ≥ 30; pass at 80)', () => {
  // Plays hundreds of player batches: allowed two minutes.
  it('1200 minutes + 3 discussions → 50 + 30 = 80 PASSED; 2 discussions → 70, FAILED once the phase ended', {
    timeout: 120_000,
  }, async () => {
    const w = await workshopWorld(t);
    await useScheme(w.p, schemeOf('tianchang-2022'));
    const a1: WorkshopRef = await w.competencyWorkshop('A1');
    const activities = [await w.activity(a1), await w.activity(a1), await w.activity(a1)];
    const video = await course(t.db.prisma, w.p, { durationSeconds: 80_000 });
    const passing = await w.member(['A1']);
    const behind = await w.member(['A1']);
    // The passing teacher plays the 1200 minutes through the player; the other's are credited directly.
    await watch(passing, video, 1200);
    await credit(behind, video, 'REQUIRED', 1200);

    const post = async (e: EnrolmentRef, on: WorkshopRef) =>
      ofType(
        await t.mutate(
          PostInWorkshopDocument,
          { workshopId: a1.gid, activityId: on.gid, body: `我的研讨发言 ${unique()}` },
          { as: e.teacher },
        ),
        'PostInWorkshopPayload',
      );
    for (const on of activities) await post(passing, on);
    // Two posts in one discussion count once.
    await post(behind, activities[0]!);
    await post(behind, activities[0]!);
    await post(behind, activities[1]!);

    const passed = await myScore(passing);
    expect(passed).toMatchObject({ total: 80, passThreshold: 80, verdict: 'PASSED' });
    expect(passed.lines).toEqual([
      {
        key: 'courses',
        kind: 'WATCH_MINUTES',
        name: 'Course watch time',
        requiredToPass: true,
        counted: 1200,
        required: 1200,
        points: 50,
        maxPoints: 50,
        complete: true,
        missing: 0,
        code: 'SCORE_ITEM_COMPLETE',
        message: '1200 of 1200 minutes credited: 50 of 50 points. Complete.',
      },
      {
        key: 'workshop',
        kind: 'PER_UNIT',
        name: 'Workshop discussions',
        requiredToPass: true,
        counted: 3,
        required: 3,
        points: 30,
        maxPoints: 50,
        complete: true,
        missing: 0,
        code: 'SCORE_ITEM_COMPLETE',
        message: '3 workshop discussions joined × 10 points (at most 50): 30 points. Complete.',
      },
    ]);

    expect(await myScore(behind)).toMatchObject({ total: 70, verdict: 'IN_PROGRESS' });
    await endStudy(w.p);
    const failed = await myScore(behind);
    expect(failed).toMatchObject({ total: 70, verdict: 'FAILED' });
    expect(lineOf(failed, 'workshop')).toMatchObject({
      counted: 2,
      required: 3,
      points: 20,
      complete: false,
      missing: 1,
      code: 'SCORE_BELOW_MINIMUM',
      message:
        '2 workshop discussions joined × 10 points (at most 50): 20 points, below the minimum of 30. 1 more discussion needed.',
    });
    // Passing stays passed after the phase.
    expect((await myScore(passing)).verdict).toBe('PASSED');

    // The same lines in Chinese (Accept-Language: zh-CN); codes and numbers do not change.
    const zh = await myScore(behind, behind.teacher, 'zh-CN');
    expect(zh.lines.map((line: AdHoc) => [line.name, line.code, line.points])).toEqual([
      ['课程观看时长', 'SCORE_ITEM_COMPLETE', 50],
      ['参与教师工作坊研讨', 'SCORE_BELOW_MINIMUM', 20],
    ]);
    expect(lineOf(zh, 'workshop').message).toBe(
      '参与工作坊研讨 2 次，每次 10 分（最多 50 分）：得 20 分，低于最低要求 30 分，还需 1 次研讨。',
    );
  });
});

describe('Huaibei 2022-23 end to end (960 min, ≥ 600 required; shares 10 each, ≥ 10; marks × 15%, ≥ 9; pass at 78)', () => {
  let d: DistrictWorld;
  let s: SchoolWorld;
  let p: ProgrammeWorld;
  let required: CourseRef;
  let elective: CourseRef;
  let hw1: AssignmentRef;
  let hw2: AssignmentRef;

  beforeAll(async () => {
    d = await t.world.district();
    s = await d.school();
    p = await learningProgramme(d, [s]);
    await useScheme(p, schemeOf('huaibei-2022'));
    required = await course(t.db.prisma, p, { durationSeconds: 80_000, requirement: 'REQUIRED' });
    elective = await course(t.db.prisma, p, { durationSeconds: 80_000, requirement: 'ELECTIVE' });
    hw1 = await assignment(t.db.prisma, p, { code: 'hw1' });
    hw2 = await assignment(t.db.prisma, p, { code: 'hw2', position: 1 });
  });

  /** A teacher with the minutes, shares and marks given, each done through the API where it is an operation. */
  async function teacher(spec: {
    requiredMinutes: number;
    electiveMinutes: number;
    shares: number;
    marks: number[];
    /** Play the minutes through the player (recordViewing) instead of crediting them directly. */
    played?: boolean;
  }) {
    const e = await p.teacher(s);
    if (spec.played) {
      await addElective(t.db.prisma, e, elective);
      await watch(e, required, spec.requiredMinutes);
      await watch(e, elective, spec.electiveMinutes);
    } else {
      await credit(e, required, 'REQUIRED', spec.requiredMinutes);
      await credit(e, elective, 'ELECTIVE', spec.electiveMinutes);
    }
    for (let i = 0; i < spec.shares; i += 1)
      ofType(
        await t.mutate(
          ShareResourceDocument,
          { enrolmentId: e.gid, kind: 'RESOURCE', title: `教学设计 ${i + 1}`, url: 'https://example.cn/lesson' },
          { as: e.teacher },
        ),
        'ShareResourcePayload',
      );
    for (const [i, mark] of spec.marks.entries()) {
      const work = [hw1, hw2][i]!;
      const submitted = ofType(
        await t.mutate(
          SubmitAssignmentDocument,
          { assignmentId: work.gid, enrolmentId: e.gid, text: '我的研修作业' },
          { as: e.teacher },
        ),
        'SubmitAssignmentPayload',
      ).submission;
      ofType(
        await t.mutate(
          MarkAssignmentDocument,
          { submissionId: submitted.id, mark, expectedAttempt: 1 },
          { as: s.tutor },
        ),
        'MarkAssignmentPayload',
      );
    }
    return e;
  }

  // Plays hundreds of player batches: allowed two minutes.
  it('960/600 minutes, one share, marks 80 and 70 → 50 + 10 + 12 + 10.5 = 82.5 PASSED', {
    timeout: 120_000,
  }, async () => {
    const e = await teacher({ requiredMinutes: 600, electiveMinutes: 360, shares: 1, marks: [80, 70], played: true });
    const score = await myScore(e);
    expect(score).toMatchObject({ total: 82.5, passThreshold: 78, verdict: 'PASSED' });
    expect(
      score.lines.map((line: AdHoc) => [line.key, line.counted, line.points, line.maxPoints, line.complete]),
    ).toEqual([
      ['courses', 960, 50, 50, true],
      ['shares', 1, 10, 20, true],
      ['hw1', 80, 12, 15, true],
      ['hw2', 70, 10.5, 15, true],
    ]);
    expect(lineOf(score, 'hw2').message).toBe('Marked 70 × 15%: 10.5 of 15 points. Complete.');
  });

  it('960 minutes of which 500 in required courses: the course item is incomplete (100 minutes of required courses missing)', async () => {
    const e = await teacher({ requiredMinutes: 500, electiveMinutes: 460, shares: 2, marks: [90, 90] });
    const during = await myScore(e);
    expect(during).toMatchObject({ total: 97, verdict: 'IN_PROGRESS' });
    expect(lineOf(during, 'courses')).toMatchObject({
      counted: 960,
      points: 50,
      complete: false,
      missing: 100,
      code: 'SCORE_REQUIRED_COURSES_SHORT',
    });
  });

  it('no share → FAILED after the phase even with every other point; a mark of 55 → 8.25 < 9 → FAILED; not marked yet', async () => {
    const noShare = await teacher({ requiredMinutes: 960, electiveMinutes: 0, shares: 0, marks: [100, 100] });
    const lowMark = await teacher({ requiredMinutes: 600, electiveMinutes: 360, shares: 2, marks: [100, 55] });
    const unmarked = await teacher({ requiredMinutes: 600, electiveMinutes: 360, shares: 1, marks: [80] });
    const other = await learningProgramme(d, [s]);
    await useScheme(other, schemeOf('huaibei-2022'));
    await endStudy(other);
    // Ending another programme's phase changes nothing here.
    expect((await myScore(noShare)).verdict).toBe('IN_PROGRESS');
    await endStudy(p);

    const none = await myScore(noShare);
    expect(none).toMatchObject({ total: 80, verdict: 'FAILED' });
    expect(lineOf(none, 'shares')).toMatchObject({ counted: 0, required: 1, complete: false, missing: 1 });
    expect(lineOf(none, 'shares').message).toBe(
      '0 shares × 10 points (at most 20): 0 points, below the minimum of 10. 1 more share needed.',
    );

    const low = await myScore(lowMark);
    expect(low).toMatchObject({ total: 93.25, verdict: 'FAILED' });
    expect(lineOf(low, 'hw2')).toMatchObject({
      counted: 55,
      required: 60,
      points: 8.25,
      complete: false,
      missing: 5,
      code: 'SCORE_BELOW_MINIMUM',
    });

    const pending = await myScore(unmarked);
    expect(lineOf(pending, 'hw2')).toMatchObject({ counted: 0, points: 0, code: 'SCORE_NOT_MARKED', missing: 60 });
    expect(pending.verdict).toBe('FAILED');
  });

  it('is null for a programme without a scheme, and for viewers who may not read the score', async () => {
    const plain = await learningProgramme(d, [s]);
    const e = await plain.teacher(s);
    expect(await myScore(e)).toBeNull();

    const mine = await teacher({ requiredMinutes: 10, electiveMinutes: 0, shares: 0, marks: [] });
    const colleague = await p.teacher(s);
    expect(await myScore(mine, s.tutor)).toMatchObject({ total: 0.52 });
    expect(await myScore(mine, s.admin)).not.toBeNull();
    expect(await myScore(mine, colleague.teacher)).toBeNull();
    expect(await myScore(mine, null)).toBeNull();
  });
});

describe('Zhanjiang 2022 (school-based hours, cap 25, pass at 25)', () => {
  it('2 + 5 + 5 + 10 + 10 = 32 hours recorded → 25 counted → 25 PASSED; an activity not completed counts nothing', async () => {
    const w = await groupWorld(t, { members: 2 });
    await useScheme(w.p, schemeOf('zhanjiang-2022'));
    const [full, partial] = w.members as [EnrolmentRef, EnrolmentRef];
    await groupActivity(t, w, { kind: 'TEACHING_DISCUSSION', hours: 2 });
    await groupActivity(t, w, { kind: 'STUDY_ASSIGNMENT', hours: 5 });
    await groupActivity(t, w, { kind: 'LESSON_CRITIQUE', hours: 5, participants: [full] });
    await groupActivity(t, w, { kind: 'OFFLINE', hours: 10, participants: [full] });
    await groupActivity(t, w, { kind: 'OFFLINE', hours: 10, participants: [full] });
    await groupActivity(t, w, { kind: 'OFFLINE', hours: 10, completed: false });

    const passed = await myScore(full);
    expect(passed).toMatchObject({ total: 25, passThreshold: 25, verdict: 'PASSED' });
    expect(passed.lines[0]).toMatchObject({
      kind: 'GROUP_HOURS',
      counted: 25,
      required: 25,
      points: 25,
      complete: true,
      message: '32 hours recorded, 25 counted (cap 25): 25 of 25 points. Complete.',
    });
    expect(await myScore(partial)).toMatchObject({
      total: 7,
      verdict: 'IN_PROGRESS',
      lines: [expect.objectContaining({ counted: 7, missing: 18, code: 'SCORE_HOURS_SHORT' })],
    });
  });
});

/** The facts of an enrolment recomputed in the test from the raw rows (not the module's statement). */
async function factsFromRows(enrolmentId: string): Promise<ScoreFacts> {
  const prisma = t.db.prisma;
  const [progressRows, participations, shares, groups, submissions] = await Promise.all([
    prisma.courseProgress.findMany({
      where: { enrolmentId },
      select: { creditedSeconds: true, course: { select: { requirement: true } } },
    }),
    prisma.activityParticipation.count({ where: { enrolmentId } }),
    prisma.share.count({ where: { enrolmentId, status: 'ACTIVE' } }),
    prisma.groupActivityParticipant.findMany({
      where: { enrolmentId, completedAt: { not: null } },
      select: { hours: true },
    }),
    prisma.assignmentSubmission.findMany({
      where: { enrolmentId, status: 'MARKED' },
      select: { mark: true, assignment: { select: { code: true } } },
    }),
  ]);
  const seconds = (requirement: string) =>
    progressRows
      .filter((row) => row.course.requirement === requirement)
      .reduce((sum, row) => sum + row.creditedSeconds, 0);
  const requiredSeconds = seconds('REQUIRED');
  const roll = await prisma.enrolment.findUniqueOrThrow({
    where: { id: enrolmentId },
    select: { studyRequiredSeconds: true, studyElectiveSeconds: true },
  });
  // The maintained roll-up equals the sum of the credited progress by requirement.
  expect(roll).toEqual({ studyRequiredSeconds: requiredSeconds, studyElectiveSeconds: seconds('ELECTIVE') });
  return {
    creditedMinutes: Math.floor((requiredSeconds + seconds('ELECTIVE')) / 60),
    requiredCourseMinutes: Math.floor(requiredSeconds / 60),
    workshopParticipations: participations,
    countedShares: shares,
    completedGroupActivities: groups.length,
    groupHours: Math.round(groups.reduce((sum, row) => sum + row.hours, 0) * 10) / 10,
    marks: Object.fromEntries(submissions.map((row) => [row.assignment.code, row.mark])),
  };
}

describe('consistency and cost', () => {
  it('every score the API shows equals the engine on facts recomputed from the raw rows', async () => {
    const w = await workshopWorld(t);
    const scheme: ScoringRules = {
      passThreshold: 60,
      excellentQuotaRate: 0.15,
      items: [
        ...schemeOf('huaibei-2022').items,
        ...schemeOf('tianchang-2022').items.filter((item) => item.key === 'workshop'),
        { ...schemeOf('zhanjiang-2022').items[0]!, required: false },
      ],
    };
    await useScheme(w.p, scheme);
    const a1 = await w.competencyWorkshop('A1');
    const discussions = [await w.activity(a1), await w.activity(a1), await w.activity(a1), await w.activity(a1)];
    const req = await course(t.db.prisma, w.p, { durationSeconds: 80_000, requirement: 'REQUIRED' });
    const ele = await course(t.db.prisma, w.p, { durationSeconds: 80_000, requirement: 'ELECTIVE' });
    const hw1 = await assignment(t.db.prisma, w.p, { code: 'hw1' });
    const hw2 = await assignment(t.db.prisma, w.p, { code: 'hw2' });
    const members: EnrolmentRef[] = [];
    for (let i = 0; i < 12; i += 1) {
      const e = await w.member(['A1']);
      members.push(e);
      await joinGroup(t, e.teacher, w.s.group);
      if (i % 4 !== 3) await credit(e, req, 'REQUIRED', 100 * i);
      if (i % 3 === 0) await credit(e, ele, 'ELECTIVE', 37 * i + 13);
      for (let k = 0; k < (i + 3) % 5; k += 1)
        await t.db.prisma.activityParticipation.create({
          data: {
            activityId: discussions[k]!.id,
            enrolmentId: e.id,
            teacherId: e.teacher.id,
            postId: unique(),
            countedAt: new Date(),
          },
        });
      for (let k = 0; k < i % 4; k += 1)
        await t.db.prisma.share.create({
          data: {
            enrolmentId: e.id,
            teacherId: e.teacher.id,
            kind: 'RESOURCE',
            title: `分享 ${k}`,
            url: 'https://example.cn/x',
            orgPath: e.orgPath,
            // Rejected shares do not count.
            status: k === 2 ? 'REJECTED' : 'ACTIVE',
          },
        });
      const klass = { ...e, classPath: w.s.class.path };
      if (i % 2 === 0) await submission(t.db.prisma, hw1, klass, 'MARKED', { mark: 40 + 5 * i });
      if (i % 3 === 1) await submission(t.db.prisma, hw2, klass, i === 4 ? 'SUBMITTED' : 'MARKED', { mark: 61 + i });
    }
    const group = { d: w.d, s: w.s, p: w.p, members };
    await groupActivity(t, group, { kind: 'OFFLINE', hours: 10, participants: members.slice(0, 8) });
    await groupActivity(t, group, { kind: 'STUDY_ASSIGNMENT', hours: 5, participants: members.slice(4) });
    await groupActivity(t, group, { hours: 2.5, participants: members.slice(2, 6), completed: false });

    // One teacher watches two minutes through the viewing module (its roll-up is the module's own).
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      let now = Date.now();
      const watcher = members[3]!;
      const session = unique();
      const events = (from: number, to: number) =>
        Array.from({ length: (to - from) / 10 }, (_, k) => ({
          clientEventId: unique() + unique(),
          kind: 'HEARTBEAT' as const,
          position: from + (k + 1) * 10,
        }));
      const record = async (list: unknown[]) =>
        ofType(
          await t.mutate(
            RecordViewingDocument,
            { courseId: req.gid, sessionId: session, events: list as never },
            {
              as: watcher.teacher,
            },
          ),
          'RecordViewingPayload',
        );
      await record([{ clientEventId: unique() + unique(), kind: 'PLAY', position: 0 }]);
      for (let position = 0; position < 120; position += 30) {
        now += 30_000;
        vi.setSystemTime(now);
        await record(events(position, position + 30));
      }
    } finally {
      vi.useRealTimers();
    }
    const watched = await t.db.prisma.enrolment.findUniqueOrThrow({
      where: { id: members[3]!.id },
      select: { studyRequiredSeconds: true },
    });
    expect(watched.studyRequiredSeconds).toBeGreaterThanOrEqual(90);

    const page = await t.data(
      ClassScoresDocument,
      { classId: w.s.class.gid, programmeId: w.p.gid, first: 50 },
      { as: w.s.tutor },
    );
    expect(page.enrolments.nodes).toHaveLength(12);
    const verdicts = new Set<string>();
    for (const node of page.enrolments.nodes) {
      const enrolmentId = members.find((e) => e.gid === node.id)!.id;
      const expected = scoreOf(scheme, await factsFromRows(enrolmentId), { studyEnded: false });
      verdicts.add(expected.verdict);
      expect(node.score).toMatchObject({
        total: expected.total,
        passThreshold: expected.passThreshold,
        verdict: expected.verdict,
        lines: expected.lines.map((line) => ({
          key: line.key,
          counted: line.counted,
          required: line.required,
          points: line.points,
          maxPoints: line.maxPoints,
          complete: line.complete,
          missing: line.missing,
          code: line.code,
        })),
      });
    }
    // The world is varied: both passing and not-yet-passing teachers.
    expect(verdicts).toEqual(new Set(['PASSED', 'IN_PROGRESS']));
  });

  it('a roster page with scores costs the same statements for 1, 10 and 50 teachers', async () => {
    const counts: number[] = [];
    const vars = (s: SchoolWorld, p: ProgrammeWorld) => ({ classId: s.class.gid, programmeId: p.gid });
    for (const size of [1, 10, 50]) {
      const d = await t.world.district();
      const s = await d.school();
      const p = await learningProgramme(d, [s]);
      await useScheme(p, schemeOf('huaibei-2022'));
      const work = await assignment(t.db.prisma, p, { code: 'hw1' });
      const video = await course(t.db.prisma, p, { durationSeconds: 80_000 });
      for (let i = 0; i < size; i += 1) {
        const e = await p.teacher(s);
        await credit(e, video, 'REQUIRED', 10 * i);
        await submission(t.db.prisma, work, { ...e, classPath: s.class.path }, 'MARKED', { mark: 70 });
      }
      const query = `query($classId: ID!, $programmeId: ID!) {
        enrolments(classId: $classId, programmeId: $programmeId, first: 50) {
          nodes { id score { total verdict lines { key points message } } }
        }
      }`;
      const { count, data } = await t.statementsFor(
        query,
        { classId: s.class.gid, programmeId: p.gid },
        { as: s.tutor },
      );
      expect(data.enrolments.nodes).toHaveLength(size);
      expect(data.enrolments.nodes.every((node: AdHoc) => node.score.lines[2].points === 10.5)).toBe(true);
      counts.push(count);
      // The scores themselves cost two statements: the facts and the programmes' schemes.
      const bare = await t.statementsFor(query.replace(/score \{.*\} \}\n/s, '}\n'), vars(s, p), { as: s.tutor });
      expect(bare.data.enrolments.nodes[0].score).toBeUndefined();
      expect(count - bare.count).toBe(2);
    }
    console.log(`[statements] class scores: ${counts.join(' / ')} for 1 / 10 / 50 teachers`);
    expect(counts[1]).toBe(counts[0]);
    expect(counts[2]).toBe(counts[0]);
  });
});
