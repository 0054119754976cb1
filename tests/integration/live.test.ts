import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryEventBus, redisEventBus } from '../../api/events/index.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { assignment, learningProgramme } from '../kit/assignments.js';
import { activity, groupWorld } from '../kit/group-activities.js';
import { gid, unique } from '../kit/ids.js';
import { CLASS_PROGRESS, eventAfter, openStream, settle } from '../kit/live.js';
import { viewingWorld } from '../kit/viewing.js';
import type { DistrictWorld, EnrolmentRef, ProgrammeWorld, SchoolWorld, UserRef } from '../kit/world.js';

let t: TestApp;
let d: DistrictWorld;
let s: SchoolWorld;
let p: ProgrammeWorld;

beforeAll(async () => {
  t = await testApp();
  d = await t.world.district();
  s = await d.school();
  p = await learningProgramme(d, [s]);
});
afterAll(() => t.close());

const SHARE = /* GraphQL */ `
  mutation ($input: ShareResourceInput!) {
    shareResource(input: $input) { __typename ... on ShareResourcePayload { share { id } } }
  }`;

async function share(app: TestApp, e: EnrolmentRef) {
  const response = await app.gql(
    SHARE,
    { input: { enrolmentId: e.gid, kind: 'RESOURCE', title: '教学设计', url: 'https://example.cn/lesson' } },
    { as: e.teacher },
  );
  expect(response.data?.shareResource.__typename).toBe('ShareResourcePayload');
}

const classProgress = (app: TestApp, as: UserRef | null, classId = s.class.gid, programmeId = p.gid) =>
  openStream(app, CLASS_PROGRESS, { classId, programmeId }, as);

describe('classProgressChanged', () => {
  it('tells the class’s tutor, over server-sent events, that a teacher shared a resource', async () => {
    const e = await p.teacher(s);
    const stream = await classProgress(t, s.tutor);
    try {
      expect(stream.status).toBe(200);
      const event: AdHoc = await eventAfter(stream, () => share(t, e));
      expect(event).toEqual({
        data: {
          classProgressChanged: {
            enrolmentId: e.gid,
            teacherId: gid('User', e.teacher.id),
            kind: 'SHARE',
            at: expect.any(String),
          },
        },
      });
      expect(Date.parse(event.data.classProgressChanged.at)).toBeGreaterThan(Date.now() - 60_000);
    } finally {
      await stream.close();
    }
  });

  it('tells nothing about teachers of another class or another programme', async () => {
    const elsewhere = await p.teacher(s, { class: null });
    const stream = await classProgress(t, s.tutor);
    const otherProgramme = await classProgress(t, s.tutor, s.class.gid, (await learningProgramme(d, [s])).gid);
    try {
      // Once the stream delivers, it listens: then a teacher without a class is not told, nor another programme.
      const e = await p.teacher(s);
      expect((await eventAfter(stream, () => share(t, e))).data.classProgressChanged.enrolmentId).toBe(e.gid);
      await stream.next(300); // a retried share's late event, if any
      await share(t, elsewhere);
      expect(await stream.next(300)).toBeNull();
      expect(await otherProgramme.next(300)).toBeNull();
    } finally {
      await stream.close();
      await otherProgramme.close();
    }
  });

  it('lets the school and district admins follow the class', async () => {
    for (const admin of [s.admin, d.admin]) {
      const stream = await classProgress(t, admin);
      try {
        const e = await p.teacher(s);
        expect((await eventAfter(stream, () => share(t, e))).data.classProgressChanged.kind).toBe('SHARE');
      } finally {
        await stream.close();
      }
    }
  });

  it('ends at once with NOT_FOUND for anyone else: a teacher of the class, another district, anonymous', async () => {
    const teacher = await p.teacher(s);
    const other = await (await t.world.district()).school();
    for (const as of [teacher.teacher, s.leader, other.tutor, other.admin, null]) {
      const stream = await classProgress(t, as);
      try {
        const event: AdHoc = await stream.next();
        expect(event.data ?? null).toBeNull();
        expect(event.errors.map((error: AdHoc) => error.extensions.code)).toEqual(['NOT_FOUND']);
        expect(await stream.next(500)).toBeNull();
      } finally {
        await stream.close();
      }
    }
    // A class that does not exist looks the same.
    const stream = await classProgress(t, s.tutor, gid('Organisation', '00000000-0000-7000-8000-000000000000'));
    expect((await stream.next()).errors[0].extensions.code).toBe('NOT_FOUND');
    await stream.close();
  });

  it('is also served over GET with a CSRF header (as the CSRF prevention asks of every request without a preflight)', async () => {
    const search = new URLSearchParams({
      query: CLASS_PROGRESS,
      variables: JSON.stringify({ classId: s.class.gid, programmeId: p.gid }),
    });
    const headers = { accept: 'text/event-stream', authorization: `Bearer ${await t.tokenFor(s.tutor)}` };
    const bare = await t.fetch(`/graphql?${search}`, { headers });
    expect(bare.status).toBe(403);
    expect(await bare.text()).toContain('"code":"CSRF_HEADER_MISSING"');
    const guarded = await t.fetch(`/graphql?${search}`, { headers: { ...headers, 'x-graphql-yoga-csrf': '1' } });
    expect(guarded.status).toBe(200);
    expect(guarded.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await guarded.body?.getReader().cancel();
  });

  it('shares events between two API instances through Redis (REDIS_URL)', async () => {
    const url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
    const [busA, busB] = [await redisEventBus(url), await redisEventBus(url)];
    try {
      const a = t.variant({ events: busA });
      const b = t.variant({ events: busB });
      const stream = await classProgress(a, s.tutor);
      try {
        const e = await p.teacher(s);
        expect((await eventAfter(stream, () => share(b, e))).data.classProgressChanged).toMatchObject({
          enrolmentId: e.gid,
          kind: 'SHARE',
        });
      } finally {
        await stream.close();
        await settle(); // the UNSUBSCRIBE goes out before the connections close
      }
    } finally {
      await busA.close();
      await busB.close();
    }
  });

  it('keeps in-process events to their own instance', async () => {
    const a = t.variant({ events: memoryEventBus() });
    const b = t.variant({ events: memoryEventBus() });
    const stream = await classProgress(a, s.tutor);
    try {
      const e = await p.teacher(s);
      await eventAfter(stream, () => share(a, e));
      await stream.next(300); // a retried share's late event, if any
      await share(b, e);
      expect(await stream.next(300)).toBeNull();
    } finally {
      await stream.close();
    }
  });
});

describe('the write paths that publish', () => {
  const follow = async (run: (stream: Awaited<ReturnType<typeof classProgress>>) => Promise<void>) => {
    const stream = await classProgress(t, s.tutor);
    try {
      await run(stream);
    } finally {
      await stream.close();
    }
  };

  it('a workshop post in the class workshop (POST), its hiding by the tutor (POST)', async () => {
    const e = await p.teacher(s);
    const workshop = await t.db.prisma.workshop.findUniqueOrThrow({
      where: { programmeId_classId: { programmeId: p.id, classId: s.class.id } },
      select: { id: true },
    });
    await follow(async (stream) => {
      let postId = '';
      const post = async () => {
        const response = await t.gql(
          `mutation ($input: PostInWorkshopInput!) {
            postInWorkshop(input: $input) { __typename ... on PostInWorkshopPayload { post { id } } }
          }`,
          { input: { workshopId: gid('Workshop', workshop.id), body: '今天的课例研讨很有收获。' } },
          { as: e.teacher },
        );
        expect(response.data?.postInWorkshop.__typename).toBe('PostInWorkshopPayload');
        postId = response.data.postInWorkshop.post.id;
      };
      const event = await eventAfter(stream, post);
      expect(event.data.classProgressChanged).toMatchObject({ enrolmentId: e.gid, kind: 'POST' });
      await stream.next(300);
      const hidden = await t.gql(
        `mutation ($input: HidePostInput!) { hidePost(input: $input) { __typename } }`,
        { input: { postId, reason: '与研修无关' } },
        { as: s.tutor },
      );
      expect(hidden.data?.hidePost.__typename).toBe('HidePostPayload');
      expect((await stream.next()).data.classProgressChanged).toMatchObject({ enrolmentId: e.gid, kind: 'POST' });
    });
  });

  it('an assignment submitted by the teacher, then marked by the tutor (ASSIGNMENT)', async () => {
    const e = await p.teacher(s);
    const work = await assignment(t.db.prisma, p);
    await follow(async (stream) => {
      let submissionId = '';
      const submit = async () => {
        if (submissionId) return; // submitted: the stream was not listening yet; the event cannot come again
        const response = await t.gql(
          `mutation ($input: SubmitAssignmentInput!) {
            submitAssignment(input: $input) { __typename ... on SubmitAssignmentPayload { submission { id } } }
          }`,
          { input: { assignmentId: work.gid, enrolmentId: e.gid, text: '我的作业答案' } },
          { as: e.teacher },
        );
        expect(response.data?.submitAssignment.__typename).toBe('SubmitAssignmentPayload');
        submissionId = response.data.submitAssignment.submission.id;
      };
      await settle(200);
      expect((await eventAfter(stream, submit, 1)).data.classProgressChanged).toMatchObject({
        enrolmentId: e.gid,
        kind: 'ASSIGNMENT',
      });
      const marked = await t.gql(
        `mutation ($input: MarkAssignmentInput!) { markAssignment(input: $input) { __typename } }`,
        { input: { submissionId, expectedAttempt: 1, mark: 90 } },
        { as: s.tutor },
      );
      expect(marked.data?.markAssignment.__typename).toBe('MarkAssignmentPayload');
      expect((await stream.next()).data.classProgressChanged).toMatchObject({ enrolmentId: e.gid, kind: 'ASSIGNMENT' });
    });
  });

  it('a group activity completed by the leader: one event per member who earned hours (GROUP_ACTIVITY)', async () => {
    const w = await groupWorld(t, { members: 2 });
    const stream = await classProgress(t, w.s.tutor, w.s.class.gid, w.p.gid);
    try {
      await settle(200);
      const work = await activity(t, w, { completed: false, participants: [] });
      const completed = await t.gql(
        `mutation ($input: CompleteGroupActivityInput!) { completeGroupActivity(input: $input) { __typename } }`,
        { input: { activityId: work.gid } },
        { as: w.s.leader },
      );
      expect(completed.data?.completeGroupActivity.__typename).toBe('CompleteGroupActivityPayload');
      const events = [await stream.next(), await stream.next()].map((event) => event.data.classProgressChanged);
      expect(events.map((event) => event.kind)).toEqual(['GROUP_ACTIVITY', 'GROUP_ACTIVITY']);
      expect(events.map((event) => event.enrolmentId).sort()).toEqual(w.members.map((e) => e.gid).sort());
    } finally {
      await stream.close();
    }
  });

  it('a viewing batch (VIEWING)', async () => {
    const v = await viewingWorld(t);
    const stream = await classProgress(t, v.s.tutor, v.s.class.gid, v.p.gid);
    try {
      const sessionId = unique();
      const record = async () => {
        const response = await t.gql(
          `mutation ($input: RecordViewingInput!) { recordViewing(input: $input) { __typename } }`,
          {
            input: {
              courseId: v.video.gid,
              sessionId,
              events: [{ clientEventId: unique() + unique(), kind: 'PLAY', position: 0 }],
            },
          },
          { as: v.teacher },
        );
        expect(response.data?.recordViewing.__typename).toBe('RecordViewingPayload');
      };
      expect((await eventAfter(stream, record)).data.classProgressChanged).toMatchObject({
        enrolmentId: v.enrolment.gid,
        kind: 'VIEWING',
      });
    } finally {
      await stream.close();
    }
  });
});
