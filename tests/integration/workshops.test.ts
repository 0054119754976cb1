import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkshops } from '../../prisma/seed/workshops.js';
import {
  ActivityParticipationsDocument,
  ClassActivityFeedDocument,
  ClassNoticesDocument,
  CreateWorkshopActivityDocument,
  HidePostDocument,
  MyWorkshopsDocument,
  PostInWorkshopDocument,
  PublishClassNoticeDocument,
  SetWorkshopHostDocument,
  UnhidePostDocument,
  UpdateWorkshopActivityDocument,
  WorkshopPageDocument,
} from '../../sdk/src/generated/graphql.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { daysFromNow, gid } from '../kit/ids.js';
import { pdf } from '../kit/office-files.js';
import { ofType } from '../kit/results.js';
import { type WorkshopRef, type WorkshopWorld, workshopWorld } from '../kit/workshops.js';
import type { UserRef } from '../kit/world.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const post = async (
  as: UserRef,
  workshop: WorkshopRef,
  body: string,
  extra: { activityId?: string; parentId?: string } = {},
) => t.mutate(PostInWorkshopDocument, { workshopId: workshop.gid, body, ...extra }, { as });

const posted = async (...args: Parameters<typeof post>) => ofType(await post(...args), 'PostInWorkshopPayload').post;

const iso = (days: number) => daysFromNow(days).toISOString();

const participations = (enrolmentId: string) => t.db.prisma.activityParticipation.count({ where: { enrolmentId } });

const workshopNode = async (workshop: WorkshopRef, as: UserRef | null) =>
  (await t.data(WorkshopPageDocument, { workshopId: workshop.gid, first: 20 }, { as })).node as AdHoc;

describe('workshops open when the programme starts', () => {
  it('a RUNNING programme has one workshop per competency; an enrolment with a class opens its class workshop', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const p = await d.programme({ schools: [s] });
    const competency = await t.db.prisma.workshop.count({ where: { programmeId: p.id, kind: 'COMPETENCY' } });
    expect(competency).toBe(30);
    expect(await t.db.prisma.workshop.count({ where: { programmeId: p.id, kind: 'CLASS' } })).toBe(0);
    await p.teacher(s);
    await p.teacher(s);
    const classes = await t.db.prisma.workshop.findMany({ where: { programmeId: p.id, kind: 'CLASS' } });
    expect(classes).toHaveLength(1);
    expect(classes[0]).toMatchObject({ classId: s.class.id, orgPath: s.class.path, title: s.class.name });
  });

  it('a DRAFT programme has none; starting it opens the competency workshops and the workshops of classes with enrolments', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const p = await d.programme({ status: 'DRAFT', schools: [s] });
    await p.teacher(s);
    expect(await t.db.prisma.workshop.count({ where: { programmeId: p.id } })).toBe(0);
    await t.db.prisma.programme.update({ where: { id: p.id }, data: { status: 'RUNNING' } });
    expect(await t.db.prisma.workshop.count({ where: { programmeId: p.id, kind: 'COMPETENCY' } })).toBe(30);
    expect(await t.db.prisma.workshop.count({ where: { programmeId: p.id, kind: 'CLASS' } })).toBe(1);
    const a1 = await t.db.prisma.workshop.findFirstOrThrow({
      where: { programmeId: p.id, competency: { code: 'A1' } },
      select: { title: true, orgPath: true },
    });
    expect(a1.title).toMatch(/^A1 /);
    expect(a1.orgPath).toBe(d.district.path);
  });
});

describe('participation', () => {
  let w: WorkshopWorld;
  let a1: WorkshopRef;
  beforeAll(async () => {
    w = await workshopWorld(t, { minPostLength: 5 });
    a1 = await w.competencyWorkshop('A1');
  });

  it('posting twice in one activity counts once', async () => {
    const e = await w.member(['A1', 'B2', 'C3']);
    const activity = await w.activity(a1);
    const first = await posted(e.teacher, a1, '第一次发言：信息技术', { activityId: activity.gid });
    const second = await posted(e.teacher, a1, '第二次发言：学情分析', { activityId: activity.gid });
    expect(first.counted).toBe(true);
    expect(second.counted).toBe(false);
    expect(await participations(e.id)).toBe(1);
    const mine = await t.data(MyWorkshopsDocument, { enrolmentId: e.gid }, { as: e.teacher });
    const enrolment = mine.node as AdHoc;
    expect(enrolment.workshopParticipationCount).toBe(1);
    const titles = enrolment.workshops.nodes.map((node: AdHoc) => node.kind);
    expect(titles).toEqual(['CLASS', 'COMPETENCY', 'COMPETENCY', 'COMPETENCY']);
    const a1Node = enrolment.workshops.nodes.find((node: AdHoc) => node.id === a1.gid);
    expect(a1Node.myParticipationCount).toBe(1);
    expect(a1Node.activities.nodes.find((n: AdHoc) => n.id === activity.gid)).toMatchObject({
      myParticipation: true,
      participationCount: 1,
      open: true,
    });
  });

  it('a post after the window, a post outside any activity and a post under the minimum length do not count', async () => {
    const e = await w.member(['A1']);
    const closed = await w.activity(a1, { opensAt: daysFromNow(-3), closesAt: daysFromNow(-1) });
    const open = await w.activity(a1);
    expect((await posted(e.teacher, a1, '窗口关闭之后的发言', { activityId: closed.gid })).counted).toBe(false);
    expect((await posted(e.teacher, a1, '不在任何活动中的发言')).counted).toBe(false);
    expect((await posted(e.teacher, a1, '太短了', { activityId: open.gid })).counted).toBe(false);
    expect(await participations(e.id)).toBe(0);
    expect((await posted(e.teacher, a1, '足够长的一次发言', { activityId: open.gid })).counted).toBe(true);
    expect(await participations(e.id)).toBe(1);
  });

  it('a reply counts in its thread’s activity', async () => {
    const [author, replier] = [await w.member(['A1']), await w.member(['A1'])];
    const activity = await w.activity(a1);
    const thread = await posted(author.teacher, a1, '讨论主题：课堂导入', { activityId: activity.gid });
    const reply = await posted(replier.teacher, a1, '我同意这个观点', { parentId: thread.id });
    expect(reply).toMatchObject({ isReply: true, counted: true });
    expect(await participations(replier.id)).toBe(1);
  });

  it('a hidden post stops counting, another qualifying post takes over, unhiding restores it', async () => {
    const e = await w.member(['A1']);
    const activity = await w.activity(a1);
    const only = await posted(e.teacher, a1, '唯一的一次发言内容', { activityId: activity.gid });
    const hidden = ofType(
      await t.mutate(HidePostDocument, { postId: only.id, reason: '与主题无关' }, { as: w.expert }),
      'HidePostPayload',
    ).post;
    expect(hidden).toMatchObject({ hidden: true, hiddenReason: '与主题无关', counted: false });
    expect(await participations(e.id)).toBe(0);
    const shown = ofType(
      await t.mutate(UnhidePostDocument, { postId: only.id }, { as: w.expert }),
      'UnhidePostPayload',
    );
    expect(shown.post).toMatchObject({ hidden: false, counted: true });
    expect(await participations(e.id)).toBe(1);

    const later = await posted(e.teacher, a1, '第二次发言也符合要求', { activityId: activity.gid });
    expect(later.counted).toBe(false);
    await t.mutate(HidePostDocument, { postId: only.id, reason: '重复' }, { as: w.expert });
    const [row] = await t.db.prisma.activityParticipation.findMany({ where: { enrolmentId: e.id } });
    expect(row?.postId).toBe(
      (await t.db.prisma.workshopPost.findFirstOrThrow({ where: { body: '第二次发言也符合要求' } })).id,
    );
  });

  it('changing the window recounts the activity', async () => {
    const e = await w.member(['A1']);
    const activity = await w.activity(a1);
    await posted(e.teacher, a1, '窗口内的一次发言', { activityId: activity.gid });
    expect(await participations(e.id)).toBe(1);
    const moved = await t.mutate(
      UpdateWorkshopActivityDocument,
      { activityId: activity.gid, opensAt: iso(1), closesAt: iso(2) },
      { as: w.d.admin },
    );
    expect(moved.__typename).toBe('UpdateWorkshopActivityPayload');
    expect(await participations(e.id)).toBe(0);
  });

  it('posts are checked: too long, empty, an activity of another workshop', async () => {
    const e = await w.member(['A1', 'B2']);
    const other = await w.activity(await w.competencyWorkshop('B2'));
    const long = await post(e.teacher, a1, '长'.repeat(10_001));
    expect(long).toMatchObject({
      __typename: 'PostTooLongError',
      code: 'POST_TOO_LONG',
      maxLength: 10_000,
      length: 10_001,
    });
    expect((await post(e.teacher, a1, '   ')).__typename).toBe('ValidationError');
    const elsewhere = await post(e.teacher, a1, '发在别的工作坊的活动', { activityId: other.gid });
    expect(elsewhere.__typename).toBe('ValidationError');
    expect(await t.db.prisma.workshopPost.count({ where: { authorId: e.teacher.id } })).toBe(0);
  });

  it('a post carries files; its members download them', async () => {
    const e = await w.member(['A1']);
    const res = await t.upload(
      PostInWorkshopDocument,
      { input: { workshopId: a1.gid, body: '附上我的教学设计', attachments: [null] } },
      { 'input.attachments.0': { bytes: pdf(), filename: '设计.pdf' } },
      { as: e.teacher },
    );
    const payload = ofType(res.data?.postInWorkshop, 'PostInWorkshopPayload');
    expect(payload.post.attachments).toHaveLength(1);
    expect(payload.post.attachments[0]).toMatchObject({ filename: '设计.pdf', contentType: 'application/pdf' });

    // A member from another school of the district lists and downloads it (the file belongs to the author's class);
    // a teacher of that school who did not select A1 finds neither the post nor the file.
    const elsewhere = await w.d.school();
    await w.p.enrolSchool(elsewhere);
    const member = await w.member(['A1'], elsewhere);
    const outsider = await w.member([], elsewhere);
    const LINKS = `query($id: ID!) { node(id: $id) { ... on WorkshopPost { attachments { filename downloadUrl } } } }`;
    const linkFor = async (as: UserRef) =>
      ((await t.gql<AdHoc>(LINKS, { id: payload.post.id }, { as })).data?.node?.attachments?.[0]?.downloadUrl ??
        null) as string | null;
    const url = await linkFor(member.teacher);
    expect(url).toMatch(/^\/files\//);
    const downloaded = await t.fetch(url!);
    expect(downloaded.status).toBe(200);
    expect(Buffer.from(await downloaded.arrayBuffer())).toEqual(pdf());
    expect(await linkFor(outsider.teacher)).toBeNull();
    // Hidden, the post's files are no longer shared beyond the author's class: the member's link stops working.
    await t.mutate(HidePostDocument, { postId: payload.post.id, reason: '与主题无关' }, { as: w.d.admin });
    expect((await t.fetch(url!)).status).toBe(404);
  });
});

describe('activities, hosts and moderation', () => {
  let w: WorkshopWorld;
  beforeAll(async () => {
    w = await workshopWorld(t);
  });

  it('the district appoints a host, who publishes a live Q&A; a member cannot', async () => {
    const a2 = await w.competencyWorkshop('A2');
    const e = await w.member(['A2']);
    const set = await t.mutate(
      SetWorkshopHostDocument,
      { workshopId: a2.gid, hostId: w.expert.gid },
      { as: w.d.admin },
    );
    expect(ofType(set, 'SetWorkshopHostPayload').workshop.hostName).toBe(w.expert.displayName);
    const input = {
      workshopId: a2.gid,
      kind: 'LIVE_QA' as const,
      title: '在线答疑',
      opensAt: iso(0),
      closesAt: iso(7),
      scheduledAt: iso(1),
      streamUrl: 'https://live.example.cn/room/1',
    };
    const created = await t.mutate(CreateWorkshopActivityDocument, input, { as: w.expert });
    expect(ofType(created, 'CreateWorkshopActivityPayload').activity).toMatchObject({
      kind: 'LIVE_QA',
      hostName: w.expert.displayName,
      streamUrl: 'https://live.example.cn/room/1',
    });
    expect((await t.mutate(CreateWorkshopActivityDocument, input, { as: e.teacher })).__typename).toBe(
      'ForbiddenActionError',
    );
    const bad = await t.mutate(
      CreateWorkshopActivityDocument,
      { ...input, streamUrl: 'javascript:alert(1)', closesAt: iso(-1) },
      { as: w.expert },
    );
    expect(bad.__typename).toBe('ValidationError');
    const notHost = await t.mutate(
      SetWorkshopHostDocument,
      { workshopId: a2.gid, hostId: e.teacher.gid },
      { as: w.d.admin },
    );
    expect(notHost).toMatchObject({ __typename: 'HostNotEligibleError', code: 'HOST_NOT_ELIGIBLE' });
  });

  it('hidden threads are listed to moderators and the author only; participation lists are for hosts and tutors', async () => {
    const a3 = await w.competencyWorkshop('A3');
    const [author, other] = [await w.member(['A3']), await w.member(['A3'])];
    const activity = await w.activity(a3);
    const thread = await posted(author.teacher, a3, '一个将被隐藏的帖子', { activityId: activity.gid });
    await t.mutate(HidePostDocument, { postId: thread.id, reason: '广告' }, { as: w.expert });
    const ids = async (as: UserRef) => (await workshopNode(a3, as)).posts.nodes.map((node: AdHoc) => node.id);
    expect(await ids(other.teacher)).not.toContain(thread.id);
    expect(await ids(author.teacher)).toContain(thread.id);
    expect(await ids(w.expert)).toContain(thread.id);
    expect((await ids(w.d.admin)).length).toBeGreaterThan(0);
    // A member cannot hide; the participation list is not theirs to read.
    expect((await t.mutate(UnhidePostDocument, { postId: thread.id }, { as: other.teacher })).__typename).toBe(
      'ForbiddenActionError',
    );
    const list = async (as: UserRef) =>
      ((await t.data(ActivityParticipationsDocument, { activityId: activity.gid }, { as })).node as AdHoc)
        ?.participations;
    expect(await list(other.teacher)).toBeNull();
    await t.mutate(UnhidePostDocument, { postId: thread.id }, { as: w.expert });
    expect(await list(w.expert)).toMatchObject({ totalCount: 1, nodes: [{ teacherName: author.teacher.displayName }] });
    expect((await list(w.d.admin))?.totalCount).toBe(1);
  });
});

describe('who sees what', () => {
  let w: WorkshopWorld;
  let a1: WorkshopRef;
  let klass: WorkshopRef;
  let member: Awaited<ReturnType<WorkshopWorld['member']>>;
  let threadId: string;
  beforeAll(async () => {
    w = await workshopWorld(t);
    member = await w.member(['A1']);
    a1 = await w.competencyWorkshop('A1');
    klass = await w.classWorkshop();
    threadId = (await posted(member.teacher, a1, '成员的帖子')).id;
    await posted(member.teacher, klass, '班级工作坊里的帖子');
  });

  it('a member of another school in the district reads and posts in the competency workshop', async () => {
    const s2 = await w.d.school();
    await w.p.enrolSchool(s2);
    const colleague = await w.member(['A1'], s2);
    const node = await workshopNode(a1, colleague.teacher);
    expect(node.posts.nodes.map((n: AdHoc) => n.id)).toContain(threadId);
    expect((await post(colleague.teacher, a1, '另一所学校的回复', { parentId: threadId })).__typename).toBe(
      'PostInWorkshopPayload',
    );
    // Not a member of the class workshop of the other school.
    expect(await workshopNode(klass, colleague.teacher)).toBeNull();
  });

  it('a teacher who did not select the point, a returned selection, and other districts see nothing (denied looks missing)', async () => {
    const outsider = await w.member(['B1']);
    expect(await workshopNode(a1, outsider.teacher)).toBeNull();
    expect(await post(outsider.teacher, a1, '我不是成员')).toMatchObject({ __typename: 'NotFoundError' });
    const returned = await w.p.teacher(w.s);
    await w.p.select(returned, ['A1'], 'RETURNED');
    expect(await workshopNode(a1, returned.teacher)).toBeNull();

    const other = await workshopWorld(t);
    const foreign = await other.member(['A1']);
    for (const as of [foreign.teacher, other.d.admin, other.s.tutor, other.expert, other.s.admin]) {
      expect(await workshopNode(a1, as)).toBeNull();
      expect(await workshopNode(klass, as)).toBeNull();
      expect((await t.gql('query($id: ID!) { node(id: $id) { id } }', { id: threadId }, { as })).data.node).toBeNull();
      expect((await post(as, a1, '越界发帖')).__typename).toBe('NotFoundError');
    }
    expect(await t.db.prisma.workshopPost.count({ where: { body: '越界发帖' } })).toBe(0);
  });

  it('the tutor reads the class workshop and follows the class’s posts everywhere; not the competency workshop itself', async () => {
    expect(await workshopNode(klass, w.s.tutor)).not.toBeNull();
    expect(await workshopNode(a1, w.s.tutor)).toBeNull();
    const feed = await t.data(
      ClassActivityFeedDocument,
      { classId: w.s.class.gid, programmeId: w.p.gid },
      { as: w.s.tutor },
    );
    const bodies = feed.organisation?.classActivityFeed?.nodes.map((n) => n.body);
    expect(bodies).toEqual(expect.arrayContaining(['成员的帖子', '班级工作坊里的帖子']));
    // A teacher of the class is not a feed reader; another district's tutor finds the class missing.
    const asMember = await t.data(
      ClassActivityFeedDocument,
      { classId: w.s.class.gid, programmeId: w.p.gid },
      { as: member.teacher },
    );
    expect(asMember.organisation?.classActivityFeed).toBeNull();
    const other = await workshopWorld(t);
    const foreign = await t.data(
      ClassActivityFeedDocument,
      { classId: w.s.class.gid, programmeId: w.p.gid },
      { as: other.s.tutor },
    );
    expect(foreign.organisation).toBeNull();
  });

  it('tutors publish sanitized notices the class reads; other classes do not', async () => {
    const result = await t.mutate(
      PublishClassNoticeDocument,
      {
        classId: w.s.class.gid,
        programmeId: w.p.gid,
        kind: 'BRIEFING',
        title: '第一期简报',
        body: '<p onclick="x()">本周<b>进展</b><script>alert(1)</script><a href="javascript:x()">链接</a></p>',
      },
      { as: w.s.tutor },
    );
    const notice = ofType(result, 'PublishClassNoticePayload').notice;
    expect(notice.body).toBe('<p>本周<b>进展</b><a rel="noopener noreferrer">链接</a></p>');
    const read = async (as: UserRef) =>
      (await t.data(ClassNoticesDocument, { classId: w.s.class.gid, programmeId: w.p.gid }, { as })).organisation
        ?.classNotices.nodes.length;
    expect(await read(member.teacher)).toBe(1);
    expect(await read(w.s.admin)).toBe(1);
    const otherClass = await t.world.organisation('CLASS', w.s.school);
    const elsewhere = await w.p.enrol(await w.s.teacher({ class: otherClass }), w.s.school, { class: otherClass });
    expect(await read(elsewhere.teacher)).toBe(0);
    const byMember = await t.mutate(
      PublishClassNoticeDocument,
      { classId: w.s.class.gid, programmeId: w.p.gid, kind: 'ANNOUNCEMENT', title: 'x', body: 'x' },
      { as: member.teacher },
    );
    expect(byMember.__typename).toBe('ForbiddenActionError');
  });
});

describe('statement counts of the portal reads', () => {
  async function classWith(n: number) {
    const w = await workshopWorld(t);
    const teachers = [];
    for (let i = 0; i < n; i += 1) teachers.push(await w.member(['A1', 'B2', 'C3']));
    const klass = await w.classWorkshop();
    const a1 = await w.competencyWorkshop('A1');
    const activity = await w.activity(klass);
    await t.db.prisma.workshopPost.createMany({
      data: teachers.flatMap((e) => [
        {
          workshopId: klass.id,
          activityId: activity.id,
          authorId: e.teacher.id,
          body: '班级讨论',
          orgPath: w.s.class.path,
        },
        { workshopId: a1.id, authorId: e.teacher.id, body: '能力点讨论', orgPath: w.s.class.path },
      ]),
    });
    for (let i = 1; i < n; i += 1) await w.activity(klass);
    return { w, first: teachers[0]! };
  }

  it('the class activity feed and my workshops cost the same at 1, 10 and 50 teachers, posts and activities', async () => {
    const FEED = `query($classId: ID!, $programmeId: ID!) { organisation(id: $classId) { classActivityFeed(programmeId: $programmeId, first: 100) {
      nodes { id authorName body counted hidden workshopTitle createdAt attachments { filename } replies(first: 5) { totalCount } } } } }`;
    const MINE = `query($id: ID!) { node(id: $id) { ... on Enrolment { workshopParticipationCount workshops(first: 20) {
      nodes { id kind title hostName myParticipationCount activities(first: 100) { totalCount nodes { id title open myParticipation participationCount } } } } } } }`;
    const counts: number[][] = [];
    for (const n of [1, 10, 50]) {
      const { w, first } = await classWith(n);
      const feed = await t.statementsFor(FEED, { classId: w.s.class.gid, programmeId: w.p.gid }, { as: w.s.tutor });
      expect(feed.data.organisation.classActivityFeed.nodes).toHaveLength(Math.min(2 * n, 100));
      const mine = await t.statementsFor(MINE, { id: first.gid }, { as: first.teacher });
      const classNode = mine.data.node.workshops.nodes[0];
      expect(classNode.activities.totalCount).toBe(n);
      counts.push([feed.count, mine.count]);
    }
    console.log(`[statements] class feed and my workshops at 1, 10, 50: ${JSON.stringify(counts)}`);
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[2]).toEqual(counts[0]);
  });
});

describe('the demo seed', () => {
  it('adds workshop content to the demo programme once; the class discussion once the teacher is enrolled', async () => {
    await t.world.demo();
    const prisma = t.db.prisma;
    const count = async () => [
      await prisma.workshopActivity.count(),
      await prisma.workshopPost.count(),
      await prisma.classNotice.count(),
    ];
    const teacher = await prisma.user.findUniqueOrThrow({ where: { login: 'teacher' }, select: { id: true } });
    const counted = () =>
      prisma.activityParticipation.findFirst({
        where: { teacherId: teacher.id, activity: { workshop: { programme: { code: 'tianchang-2022' } } } },
      });
    await prisma.$transaction((tx) => seedWorkshops(tx));
    expect(await counted()).toBeNull();
    // The teacher enrols (as the school admin would) in the school's class: the database opens the class workshop.
    const programme = await prisma.programme.findUniqueOrThrow({
      where: { code: 'tianchang-2022' },
      select: { id: true, batches: { select: { id: true }, take: 1 } },
    });
    const klass = await prisma.organisation.findUniqueOrThrow({
      where: { code: 'demo-school-1-class-1' },
      select: { id: true, parent: { select: { id: true, path: true } } },
    });
    await prisma.enrolment.create({
      data: {
        programmeId: programme.id,
        batchId: programme.batches[0]!.id,
        schoolId: klass.parent!.id,
        classId: klass.id,
        teacherId: teacher.id,
        orgPath: klass.parent!.path,
      },
    });
    await prisma.$transaction((tx) => seedWorkshops(tx));
    const once = await count();
    await prisma.$transaction((tx) => seedWorkshops(tx));
    expect(await count()).toEqual(once);
    const participation = await counted();
    expect(participation).not.toBeNull();
    expect(gid('WorkshopPost', participation!.postId)).toBeTruthy();
  });
});
