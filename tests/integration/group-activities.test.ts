import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ViewerCache } from '../../api/auth/viewer-cache.js';
import { seedGroupActivities } from '../../prisma/seed/group-activities.js';
import {
  AddGroupActivityEvidenceDocument,
  CancelGroupActivityDocument,
  CompleteGroupActivityDocument,
  GroupActivitiesDocument,
  GroupActivityParticipantsDocument,
  MyGroupHoursDocument,
  PublishGroupActivityDocument,
  SchoolGroupHoursDocument,
} from '../../sdk/src/generated/graphql.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { activity, type GroupWorld, groupWorld, joinGroup } from '../kit/group-activities.js';
import { gid } from '../kit/ids.js';
import { docx, exe, pdf } from '../kit/office-files.js';
import { ofType } from '../kit/results.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

type PublishInput = Parameters<typeof t.mutate<typeof PublishGroupActivityDocument>>[1];

const publish = (w: GroupWorld, input: Omit<PublishInput, 'programmeId' | 'groupId'>, as = w.s.leader) =>
  t.mutate(PublishGroupActivityDocument, { programmeId: w.p.gid, groupId: w.s.group.gid, ...input }, { as });

const complete = (w: GroupWorld, activityId: string, completedMemberIds?: string[], as = w.s.leader) =>
  t.mutate(CompleteGroupActivityDocument, { activityId, completedMemberIds }, { as });

const activityCount = (w: GroupWorld) => t.db.prisma.groupActivity.count({ where: { groupId: w.s.group.id } });

async function published(w: GroupWorld, input: Omit<PublishInput, 'programmeId' | 'groupId'>) {
  return ofType(await publish(w, input), 'PublishGroupActivityPayload').groupActivity;
}

describe('group hours: the worked example', () => {
  it('2 + 5 + 5 + 10 + 10 published and completed → 32 recorded, 25 counted', async () => {
    const w = await groupWorld(t, { members: 2 });
    const [a, b] = w.members as [(typeof w.members)[0], (typeof w.members)[0]];

    const discussion = await published(w, { kind: 'TEACHING_DISCUSSION', title: '教学研讨：信息技术与课堂融合' });
    const assignment = await published(w, { kind: 'STUDY_ASSIGNMENT', title: '研修作业：教学反思' });
    const critique = await published(w, { kind: 'LESSON_CRITIQUE', title: '听课评课：三年级数学' });
    expect([discussion.hours, assignment.hours, critique.hours]).toEqual([2, 5, 5]);

    // Two offline activities of 10 hours, with teacher A only; the first carries evidence (a record and a photo sheet).
    const sent = await t.upload(
      PublishGroupActivityDocument,
      {
        input: {
          programmeId: w.p.gid,
          groupId: w.s.group.gid,
          kind: 'OFFLINE',
          title: '线下活动：同课异构',
          description: '地点：学校录播室\n参加：语文组',
          hours: 10,
          participantIds: [a.teacher.gid],
          evidence: [null, null],
        },
      },
      {
        'input.evidence.0': { bytes: docx('活动记录'), filename: '活动记录.docx' },
        'input.evidence.1': { bytes: pdf(1000, 'photos'), filename: '活动照片.pdf' },
      },
      { as: w.s.leader },
    );
    expect(sent.errors).toBeUndefined();
    const offline1 = ofType(sent.data?.publishGroupActivity, 'PublishGroupActivityPayload').groupActivity;
    expect(offline1).toMatchObject({ kind: 'OFFLINE', hours: 10, status: 'PUBLISHED', participantCount: 1 });
    expect(offline1.evidence.map((file) => file.filename)).toEqual(['活动记录.docx', '活动照片.pdf']);
    const offline2 = await published(w, {
      kind: 'OFFLINE',
      title: '线下活动：课例研讨',
      hours: 10,
      participantIds: [a.teacher.gid],
    });

    for (const id of [discussion.id, assignment.id, critique.id, offline1.id, offline2.id]) {
      const done = ofType(await complete(w, id), 'CompleteGroupActivityPayload').groupActivity;
      expect(done.status).toBe('COMPLETED');
    }

    // Teacher A: all five (32 recorded, 25 counted); teacher B: the three online ones (12).
    const mine = await t.data(MyGroupHoursDocument, { programmeId: w.p.gid }, { as: a.teacher });
    expect(mine.enrolments.nodes[0]?.groupHours).toEqual({
      recordedHours: 32,
      countedHours: 25,
      capHours: 25,
      missingHours: 0,
      reached: true,
      activities: 5,
    });
    const theirs = await t.data(MyGroupHoursDocument, { programmeId: w.p.gid }, { as: b.teacher });
    expect(theirs.enrolments.nodes[0]?.groupHours).toMatchObject({
      recordedHours: 12,
      countedHours: 12,
      missingHours: 13,
    });

    // The school admin's page: every enrolled teacher, at-risk first.
    const page = await t.data(
      SchoolGroupHoursDocument,
      { programmeId: w.p.gid, schoolId: w.s.school.gid },
      { as: w.s.admin },
    );
    expect(page.schoolGroupHours?.totalCount).toBe(2);
    expect(
      page.schoolGroupHours?.nodes.map((row) => [row.login, row.hours.recordedHours, row.hours.countedHours]),
    ).toEqual([
      [b.teacher.login, 12, 12],
      [a.teacher.login, 32, 25],
    ]);
    const desc = await t.data(
      SchoolGroupHoursDocument,
      { programmeId: w.p.gid, schoolId: w.s.school.gid, orderBy: 'COUNTED_HOURS_DESC' },
      { as: w.d.admin },
    );
    expect(desc.schoolGroupHours?.nodes[0]?.login).toBe(a.teacher.login);

    // The history of an activity: published, then completed, by the leader.
    const history = await t.gql(
      'query($id: ID!) { node(id: $id) { ... on GroupActivity { history { action toState } } } }',
      { id: offline1.id },
      { as: w.s.leader },
    );
    expect(history.data.node.history).toEqual([
      { action: 'PUBLISH', toState: 'PUBLISHED' },
      { action: 'COMPLETE', toState: 'COMPLETED' },
    ]);
  });

  it('counts only what the programme’s cap says, and only completed activities', async () => {
    const w = await groupWorld(t, { members: 1, schoolBasedStudy: { hoursCap: 30, teachingDiscussionHours: 3 } });
    const discussion = await published(w, { kind: 'TEACHING_DISCUSSION', title: '研讨' });
    expect(discussion.hours).toBe(3);
    await published(w, { kind: 'STUDY_ASSIGNMENT', title: 'not completed' });
    ofType(await complete(w, discussion.id), 'CompleteGroupActivityPayload');
    const mine = await t.data(MyGroupHoursDocument, { programmeId: w.p.gid }, { as: w.members[0]!.teacher });
    expect(mine.enrolments.nodes[0]?.groupHours).toMatchObject({
      recordedHours: 3,
      countedHours: 3,
      capHours: 30,
      activities: 1,
    });
  });
});

describe('publishing', () => {
  it('refuses hours for a kind the programme fixes, and OFFLINE hours above offlineMaxHours; nothing is created', async () => {
    const w = await groupWorld(t);
    const fixed = ofType(
      await publish(w, { kind: 'LESSON_CRITIQUE', title: '听评课', hours: 8 }),
      'GroupActivityHoursError',
    );
    expect(fixed).toMatchObject({ code: 'GROUP_ACTIVITY_HOURS', problem: 'FIXED_BY_PROGRAMME', fixedHours: 5 });
    const tooMany = ofType(
      await publish(w, { kind: 'OFFLINE', title: '线下', hours: 10.5, participantIds: [w.members[0]!.teacher.gid] }),
      'GroupActivityHoursError',
    );
    expect(tooMany).toMatchObject({ problem: 'OUT_OF_RANGE', maxHours: 10 });
    expect(tooMany.message).toBe(
      'An offline activity earns more than 0 and at most 10 hours, with at most one decimal place.',
    );
    const missing = ofType(
      await publish(w, { kind: 'OFFLINE', title: '线下', participantIds: [w.members[0]!.teacher.gid] }),
      'GroupActivityHoursError',
    );
    expect(missing.problem).toBe('MISSING');
    const zh = await t.request(
      PublishGroupActivityDocument,
      {
        input: {
          programmeId: w.p.gid,
          groupId: w.s.group.gid,
          kind: 'OFFLINE',
          title: '线下',
          hours: 11,
          participantIds: [w.members[0]!.teacher.gid],
        },
      },
      { as: w.s.leader, locale: 'zh-CN' },
    );
    expect((zh.data as AdHoc).publishGroupActivity.message).toBe(
      '线下活动学时须大于 0 且不超过 10 学时，最多保留一位小数。',
    );
    expect(await activityCount(w)).toBe(0);
  });

  it('refuses participants who are not members of the group enrolled in the programme; nothing is created', async () => {
    const w = await groupWorld(t);
    const outsider = await w.p.teacher(w.s); // enrolled, but not in the group
    const notEnrolled = await w.s.teacher(); // in the group, but not enrolled
    await joinGroup(t, notEnrolled, w.s.group);
    const refused = ofType(
      await publish(w, {
        kind: 'OFFLINE',
        title: '线下活动',
        hours: 4,
        participantIds: [w.members[0]!.teacher.gid, outsider.teacher.gid, notEnrolled.gid],
      }),
      'NotGroupMemberError',
    );
    expect(refused.code).toBe('NOT_GROUP_MEMBER');
    expect([...refused.userIds].sort()).toEqual([outsider.teacher.gid, notEnrolled.gid].sort());
    expect(await activityCount(w)).toBe(0);
  });

  it('checks its input: title, window, OFFLINE-only participants and evidence', async () => {
    const w = await groupWorld(t);
    const bad = ofType(
      await publish(w, {
        kind: 'TEACHING_DISCUSSION',
        title: '  ',
        startsAt: '2025-05-02T08:00:00Z',
        endsAt: '2025-05-01T08:00:00Z',
        participantIds: [w.members[0]!.teacher.gid],
      }),
      'ValidationError',
    );
    expect(bad.issues.map((issue) => issue.path.join('.')).sort()).toEqual(
      ['input.endsAt', 'input.participantIds', 'input.title'].sort(),
    );
    const noParticipants = ofType(await publish(w, { kind: 'OFFLINE', title: '线下', hours: 2 }), 'ValidationError');
    expect(noParticipants.issues[0]?.message).toBe('an offline activity names its participants');
    expect(await activityCount(w)).toBe(0);
  });

  it('refuses evidence of a type not allowed, storing nothing', async () => {
    const w = await groupWorld(t);
    const res = await t.upload(
      PublishGroupActivityDocument,
      {
        input: {
          programmeId: w.p.gid,
          groupId: w.s.group.gid,
          kind: 'OFFLINE',
          title: '线下',
          hours: 2,
          participantIds: [w.members[0]!.teacher.gid],
          evidence: [null, null],
        },
      },
      {
        'input.evidence.0': { bytes: docx(), filename: 'record.docx' },
        'input.evidence.1': { bytes: exe(), filename: 'photo.pdf' },
      },
      { as: w.s.leader },
    );
    expect((res.data as AdHoc).publishGroupActivity.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(await activityCount(w)).toBe(0);
    expect(await t.db.prisma.storedFile.count({ where: { orgPath: w.s.group.path } })).toBe(0);
  });

  it('adds evidence later to an OFFLINE activity, after the files it has; not to other kinds', async () => {
    const w = await groupWorld(t);
    const offline = await published(w, {
      kind: 'OFFLINE',
      title: '线下',
      hours: 3,
      participantIds: [w.members[0]!.teacher.gid],
    });
    const added = await t.upload(
      AddGroupActivityEvidenceDocument,
      { input: { activityId: offline.id, files: [null] } },
      { 'input.files.0': { bytes: pdf(500, 'record'), filename: '记录.pdf' } },
      { as: w.s.leader },
    );
    const again = await t.upload(
      AddGroupActivityEvidenceDocument,
      { input: { activityId: offline.id, files: [null] } },
      { 'input.files.0': { bytes: docx('总结'), filename: '总结.docx' } },
      { as: w.s.leader },
    );
    expect(added.errors).toBeUndefined();
    const after = ofType(again.data?.addGroupActivityEvidence, 'AddGroupActivityEvidencePayload').groupActivity;
    expect(after.evidence.map((file) => file.filename)).toEqual(['记录.pdf', '总结.docx']);

    const online = await published(w, { kind: 'STUDY_ASSIGNMENT', title: '作业' });
    const refused = await t.upload(
      AddGroupActivityEvidenceDocument,
      { input: { activityId: online.id, files: [null] } },
      { 'input.files.0': { bytes: pdf(), filename: 'x.pdf' } },
      { as: w.s.leader },
    );
    expect((refused.data as AdHoc).addGroupActivityEvidence.__typename).toBe('ValidationError');
  });

  it('needs a RUNNING programme with the group’s school', async () => {
    const w = await groupWorld(t);
    await t.db.prisma.programme.update({ where: { id: w.p.id }, data: { status: 'CLOSED' } });
    const closed = ofType(await publish(w, { kind: 'TEACHING_DISCUSSION', title: '研讨' }), 'InvalidStateError');
    expect(closed.code).toBe('INVALID_STATE');
    const elsewhere = await w.d.programme({ status: 'RUNNING' });
    const missing = await t.mutate(
      PublishGroupActivityDocument,
      { programmeId: elsewhere.gid, groupId: w.s.group.gid, kind: 'TEACHING_DISCUSSION', title: '研讨' },
      { as: w.s.leader },
    );
    expect(missing.__typename).toBe('NotFoundError');
  });
});

describe('completing and cancelling', () => {
  it('an OFFLINE activity: its named participants earn the hours, or the ones the leader names', async () => {
    const w = await groupWorld(t, { members: 3 });
    const [a, b, c] = w.members as [(typeof w.members)[0], (typeof w.members)[0], (typeof w.members)[0]];
    const offline = await published(w, {
      kind: 'OFFLINE',
      title: '线下',
      hours: 6,
      participantIds: [a.teacher.gid, b.teacher.gid],
    });
    const notNamed = ofType(await complete(w, offline.id, [c.teacher.gid]), 'ValidationError');
    expect(notNamed.issues[0]?.path).toEqual(['input', 'completedMemberIds']);
    ofType(await complete(w, offline.id, [a.teacher.gid]), 'CompleteGroupActivityPayload');
    const list = await t.data(GroupActivityParticipantsDocument, { id: offline.id }, { as: w.s.leader });
    const node = list.node as AdHoc;
    expect(node.participants.totalCount).toBe(2);
    expect(
      node.participants.nodes
        .map((p: AdHoc) => [p.teacherId, p.completed])
        .sort((x: string[], y: string[]) => x[0]!.localeCompare(y[0]!)),
    ).toEqual(
      [
        [a.teacher.gid, true],
        [b.teacher.gid, false],
      ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
    expect(node.completedCount).toBe(1);
  });

  it('another kind: the members the leader names, who must be enrolled members', async () => {
    const w = await groupWorld(t, { members: 2 });
    const outsider = await w.p.teacher(w.s);
    const discussion = await published(w, { kind: 'TEACHING_DISCUSSION', title: '研讨' });
    const refused = ofType(await complete(w, discussion.id, [outsider.teacher.gid]), 'NotGroupMemberError');
    expect(refused.userIds).toEqual([outsider.teacher.gid]);
    ofType(await complete(w, discussion.id, [w.members[1]!.teacher.gid]), 'CompleteGroupActivityPayload');
    const page = await t.data(
      SchoolGroupHoursDocument,
      { programmeId: w.p.gid, schoolId: w.s.school.gid, groupId: w.s.group.gid, orderBy: 'NAME' },
      { as: w.s.leader },
    );
    const byLogin = Object.fromEntries(page.schoolGroupHours!.nodes.map((row) => [row.login, row.hours.recordedHours]));
    expect(byLogin).toEqual({ [w.members[0]!.teacher.login]: 0, [w.members[1]!.teacher.login]: 2 });
  });

  it('a completed activity cannot be completed again or cancelled; a cancelled one earns nothing', async () => {
    const w = await groupWorld(t, { members: 1 });
    const done = await published(w, { kind: 'STUDY_ASSIGNMENT', title: '作业' });
    ofType(await complete(w, done.id), 'CompleteGroupActivityPayload');
    const twice = ofType(await complete(w, done.id), 'InvalidStateError');
    expect(twice.message).toBe(
      'The activity is already completed: its hours are recorded and it can no longer change.',
    );
    const cancelDone = ofType(
      await t.mutate(CancelGroupActivityDocument, { activityId: done.id }, { as: w.s.leader }),
      'InvalidStateError',
    );
    expect(cancelDone.code).toBe('INVALID_STATE');

    const dropped = await published(w, { kind: 'LESSON_CRITIQUE', title: '听评课' });
    const cancelled = ofType(
      await t.mutate(CancelGroupActivityDocument, { activityId: dropped.id }, { as: w.s.leader }),
      'CancelGroupActivityPayload',
    );
    expect(cancelled.groupActivity.status).toBe('CANCELLED');
    ofType(
      await t.mutate(CancelGroupActivityDocument, { activityId: dropped.id }, { as: w.s.leader }),
      'CancelGroupActivityPayload',
    );
    const late = ofType(await complete(w, dropped.id), 'InvalidStateError');
    expect(late.message).toBe('The activity was cancelled.');

    const mine = await t.data(MyGroupHoursDocument, { programmeId: w.p.gid }, { as: w.members[0]!.teacher });
    expect(mine.enrolments.nodes[0]?.groupHours).toMatchObject({ recordedHours: 5, activities: 1 });
  });
});

describe('at once', () => {
  it('two completions of one activity at once: one completes it, the other is refused; the hours count once', async () => {
    const w = await groupWorld(t, { members: 2 });
    const discussion = await published(w, { kind: 'LESSON_CRITIQUE', title: '听评课' });
    const results = await Promise.all([complete(w, discussion.id), complete(w, discussion.id)]);
    expect(results.map((r) => r.__typename).sort()).toEqual(['CompleteGroupActivityPayload', 'InvalidStateError']);
    const mine = await t.data(MyGroupHoursDocument, { programmeId: w.p.gid }, { as: w.members[0]!.teacher });
    expect(mine.enrolments.nodes[0]?.groupHours).toMatchObject({ recordedHours: 5, activities: 1 });
  });
});

describe('demo data', () => {
  it('seeds Zhanjiang’s demo activities once: the demo teacher has 7 hours recorded', async () => {
    const demo = await testApp();
    try {
      await demo.world.demo();
      for (let i = 0; i < 2; i += 1) await demo.db.prisma.$transaction((tx) => seedGroupActivities(tx));
      const programme = await demo.db.prisma.programme.findUniqueOrThrow({ where: { code: 'zhanjiang-2022' } });
      const mine = await demo.data(
        MyGroupHoursDocument,
        { programmeId: gid('Programme', programme.id) },
        { as: 'teacher' },
      );
      expect(mine.enrolments.nodes[0]?.groupHours).toMatchObject({
        recordedHours: 7,
        countedHours: 7,
        capHours: 25,
        activities: 2,
      });
      const group = await demo.db.prisma.organisation.findUniqueOrThrow({ where: { code: 'demo-school-1-group-1' } });
      const list = await demo.data(
        GroupActivitiesDocument,
        { groupId: gid('Organisation', group.id), programmeId: gid('Programme', programme.id) },
        { as: 'group.leader' },
      );
      expect((list.node as AdHoc).groupActivities.totalCount).toBe(4);
    } finally {
      await demo.close();
    }
  }, 120_000);
});

describe('who sees and acts', () => {
  it('a group leader sees and acts only in their group; other schools and districts see nothing', async () => {
    const w = await groupWorld(t);
    const sibling = await t.world.organisation('GROUP', w.s.school);
    const siblingLeader = await t.world.user(w.s.school, [['GROUP_LEADER', sibling]]);
    const other = await groupWorld(t);
    const mine = await activity(t, w, { completed: false });

    // Publishing in another group: missing, as if it did not exist; a school admin sees the group but may not.
    for (const as of [siblingLeader, other.s.leader, other.s.admin, other.d.admin]) {
      expect((await publish(w, { kind: 'TEACHING_DISCUSSION', title: '研讨' }, as)).__typename).toBe('NotFoundError');
      expect((await complete(w, mine.gid, undefined, as)).__typename).toBe('NotFoundError');
    }
    expect((await publish(w, { kind: 'TEACHING_DISCUSSION', title: '研讨' }, w.s.admin)).__typename).toBe(
      'ForbiddenActionError',
    );
    expect((await complete(w, mine.gid, undefined, w.members[0]!.teacher)).__typename).toBe('ForbiddenActionError');

    // Reading: the other leaders find the activity, the group's list and the hours page missing.
    const read = (as: AdHoc) =>
      t.data(GroupActivitiesDocument, { groupId: w.s.group.gid, programmeId: w.p.gid }, { as });
    for (const as of [siblingLeader, other.s.leader, other.s.admin]) {
      expect((await read(as)).node).toBeNull();
      expect((await t.data(GroupActivityParticipantsDocument, { id: mine.gid }, { as })).node).toBeNull();
      const hours = await t.data(
        SchoolGroupHoursDocument,
        { programmeId: w.p.gid, schoolId: w.s.school.gid, groupId: w.s.group.gid },
        { as },
      );
      expect(hours.schoolGroupHours).toBeNull();
    }
    // The leader, the members and the school's admin read the group's activities.
    for (const as of [w.s.leader, w.members[0]!.teacher, w.s.admin, w.d.admin]) {
      const list = (await read(as)).node as AdHoc;
      expect(list.groupActivities.nodes.map((node: AdHoc) => node.id)).toEqual([mine.gid]);
    }
    // The whole school's hours: the school and district admins; not the leader (their group only), nor a teacher.
    const schoolPage = (as: AdHoc) =>
      t.data(SchoolGroupHoursDocument, { programmeId: w.p.gid, schoolId: w.s.school.gid }, { as });
    expect((await schoolPage(w.s.admin)).schoolGroupHours?.totalCount).toBe(2);
    expect((await schoolPage(w.d.provinceAdmin)).schoolGroupHours?.totalCount).toBe(2);
    for (const as of [w.s.leader, w.members[0]!.teacher, other.s.admin, w.s.tutor]) {
      expect((await schoolPage(as)).schoolGroupHours).toBeNull();
    }
    // A group of another school, named with this school: nothing.
    const mixed = await t.data(
      SchoolGroupHoursDocument,
      { programmeId: w.p.gid, schoolId: w.s.school.gid, groupId: other.s.group.gid },
      { as: other.s.leader },
    );
    expect(mixed.schoolGroupHours).toBeNull();
  });

  it('a teacher sees their own hours, not another teacher’s; the class tutor sees none', async () => {
    const w = await groupWorld(t, { members: 2 });
    await activity(t, w, { hours: 2 });
    const [a, b] = w.members as [(typeof w.members)[0], (typeof w.members)[0]];
    const query = 'query($id: ID!) { node(id: $id) { ... on Enrolment { groupHours { recordedHours } } } }';
    expect((await t.gql(query, { id: a.gid }, { as: a.teacher })).data.node.groupHours.recordedHours).toBe(2);
    expect((await t.gql(query, { id: a.gid }, { as: b.teacher })).data.node).toBeNull();
    expect((await t.gql(query, { id: a.gid }, { as: w.s.tutor })).data.node.groupHours).toBeNull();
    expect((await t.gql(query, { id: a.gid }, { as: w.s.admin })).data.node.groupHours.recordedHours).toBe(2);
  });

  it('a member sees their own participation on the group’s list', async () => {
    const w = await groupWorld(t, { members: 2 });
    await activity(t, w, { hours: 5, kind: 'STUDY_ASSIGNMENT', participants: [w.members[0]!] });
    const list = async (as: AdHoc) =>
      ((await t.data(GroupActivitiesDocument, { groupId: w.s.group.gid, programmeId: w.p.gid }, { as })).node as AdHoc)
        .groupActivities.nodes[0].viewerParticipation;
    expect(await list(w.members[0]!.teacher)).toMatchObject({ hours: 5, completed: true });
    expect(await list(w.members[1]!.teacher)).toBeNull();
  });
});

describe('portal reads: SQL statements do not grow with teachers or activities', () => {
  let pages: TestApp;
  let big: GroupWorld;
  let leaderWorld: GroupWorld;

  beforeAll(async () => {
    pages = t.variant({ viewers: await ViewerCache.listening(t.db, 600) });
    // 50 members, each having earned the hours of 50 activities (the largest page of each list).
    big = await groupWorld(t, { members: 50 });
    for (let i = 0; i < 50; i += 1) await activity(t, big, { hours: i % 2 ? 5 : 2, title: `Activity ${i}` });
    leaderWorld = big;
  }, 240_000);

  const cases = [
    {
      page: 'group activities (GroupActivities, leader)',
      document: GroupActivitiesDocument,
      as: () => leaderWorld.s.leader,
      variables: (first: number) => ({ groupId: big.s.group.gid, programmeId: big.p.gid, first }),
      size: (data: AdHoc) => data.node.groupActivities.nodes.length,
    },
    {
      page: 'activity participants (GroupActivityParticipants, leader)',
      document: GroupActivityParticipantsDocument,
      as: () => leaderWorld.s.leader,
      variables: (first: number) => ({ id: gid('GroupActivity', firstActivityId), first }),
      size: (data: AdHoc) => data.node.participants.nodes.length,
    },
    {
      page: 'school hours (SchoolGroupHours, school admin)',
      document: SchoolGroupHoursDocument,
      as: () => big.s.admin,
      variables: (first: number) => ({ programmeId: big.p.gid, schoolId: big.s.school.gid, first }),
      size: (data: AdHoc) => data.schoolGroupHours.nodes.length,
    },
    {
      page: 'my group hours (MyGroupHours, teacher)',
      document: MyGroupHoursDocument,
      as: () => big.members[0]!.teacher,
      variables: () => ({ programmeId: big.p.gid }),
      size: (data: AdHoc) => data.enrolments.nodes[0].groupHours.activities,
    },
  ];
  let firstActivityId = '';

  it.each(cases)('$page: the same at 1, 10 and 50', async (c) => {
    firstActivityId ||= (await t.db.prisma.groupActivity.findFirstOrThrow({ where: { groupId: big.s.group.id } })).id;
    await pages.request(c.document as AdHoc, c.variables(1), { as: c.as() }); // the viewer, now cached
    const counts: number[] = [];
    const sizes: number[] = [];
    for (const first of [1, 10, 50]) {
      const { result, statements } = await pages.measure(() =>
        pages.request(c.document as AdHoc, c.variables(first), { as: c.as() }),
      );
      expect(result.errors).toBeUndefined();
      sizes.push(c.size(result.data));
      counts.push(statements);
    }
    console.log(`[statements] ${c.page}: ${counts.join(', ')} at 1, 10, 50 (sizes ${sizes.join(', ')})`);
    expect(sizes.every((size) => size > 0)).toBe(true);
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(5);
  });

  it('my group hours: the same for 1, 10 and 50 completed activities', async () => {
    const counts: number[] = [];
    for (const n of [1, 10, 50]) {
      const w = await groupWorld(t, { members: 1 });
      for (let i = 0; i < n; i += 1) await activity(t, w, { hours: 1 });
      const as = w.members[0]!.teacher;
      await pages.request(MyGroupHoursDocument, { programmeId: w.p.gid }, { as });
      const { result, statements } = await pages.measure(() =>
        pages.request(MyGroupHoursDocument, { programmeId: w.p.gid }, { as }),
      );
      expect(result.data?.enrolments.nodes[0]?.groupHours).toMatchObject({ recordedHours: n, activities: n });
      counts.push(statements);
    }
    console.log(`[statements] my group hours: ${counts.join(', ')} for 1, 10, 50 activities`);
    expect(new Set(counts).size).toBe(1);
  }, 120_000);
});
