/**
 * Demo school-based group activities (校本研修) for Zhanjiang 2022: the demo school's 语文教研组 (led by `group.leader`)
 * with `teacher` as its member, enrolled in the programme. Two activities are completed (7 hours recorded), two are
 * open. Idempotent: the enrolment is kept if present, and activities are keyed by their title within the group.
 */
import type { Transaction } from '../../api/db/client.js';
import type { GroupActivityKind } from '../../api/db/generated/prisma/enums.js';
import { parseProgrammeRules } from '../../schema/programmes/rules.js';

interface DemoActivity {
  kind: GroupActivityKind;
  title: string;
  description: string;
  /** OFFLINE only; the other kinds take the programme's hours. */
  hours?: number;
  completed: boolean;
}

const DEMO_ACTIVITIES: DemoActivity[] = [
  {
    kind: 'TEACHING_DISCUSSION',
    title: '教学研讨：信息技术支持下的课堂导入',
    description: '围绕本组研修主题，交流信息技术支持课堂导入的做法与困惑。',
    completed: true,
  },
  {
    kind: 'STUDY_ASSIGNMENT',
    title: '研修作业：能力点应用教学反思',
    description: '结合所选能力点，提交一篇教学反思或教学案例。',
    completed: true,
  },
  {
    kind: 'LESSON_CRITIQUE',
    title: '听课评课：三年级语文《荷花》课例',
    description: '观看本校教师录制的课例视频，围绕教学设计与技术应用进行评课。',
    completed: false,
  },
  {
    kind: 'OFFLINE',
    title: '线下活动：同课异构研讨',
    description: '在学校录播室开展同课异构，组长上传活动记录与照片。',
    hours: 8,
    completed: false,
  },
];

export async function seedGroupActivities(tx: Transaction): Promise<void> {
  const programme = await tx.programme.findUnique({
    where: { code: 'zhanjiang-2022' },
    select: { id: true, rules: true },
  });
  const group = await tx.organisation.findUnique({
    where: { code: 'demo-school-1-group-1' },
    select: { id: true, path: true, parent: { select: { id: true, path: true } } },
  });
  const klass = await tx.organisation.findUnique({ where: { code: 'demo-school-1-class-1' }, select: { id: true } });
  const leader = await tx.user.findUnique({ where: { login: 'group.leader' }, select: { id: true } });
  const teacher = await tx.user.findUnique({ where: { login: 'teacher' }, select: { id: true } });
  if (!programme || !group?.parent || !leader || !teacher) return;
  const school = group.parent;
  const batch = await tx.batch.findFirst({
    where: { programmeId: programme.id, schools: { some: { schoolId: school.id } } },
    select: { id: true },
    orderBy: { position: 'asc' },
  });
  if (!batch) return;

  const enrolment = await tx.enrolment.upsert({
    where: { programmeId_teacherId: { programmeId: programme.id, teacherId: teacher.id } },
    create: {
      programmeId: programme.id,
      batchId: batch.id,
      schoolId: school.id,
      classId: klass?.id ?? null,
      teacherId: teacher.id,
      orgPath: school.path,
    },
    update: {},
    select: { id: true },
  });

  const rules = parseProgrammeRules(programme.rules).schoolBasedStudy;
  const fixedHours: Record<Exclude<GroupActivityKind, 'OFFLINE'>, number> = {
    TEACHING_DISCUSSION: rules.teachingDiscussionHours,
    STUDY_ASSIGNMENT: rules.studyAssignmentHours,
    LESSON_CRITIQUE: rules.lessonCritiqueHours,
  };
  const now = new Date();
  for (const spec of DEMO_ACTIVITIES) {
    const present = await tx.groupActivity.count({
      where: { groupId: group.id, programmeId: programme.id, title: spec.title },
    });
    if (present) continue;
    const hours =
      spec.kind === 'OFFLINE'
        ? Math.min(spec.hours ?? rules.offlineMaxHours, rules.offlineMaxHours)
        : fixedHours[spec.kind];
    const completedAt = spec.completed ? now : null;
    const activity = await tx.groupActivity.create({
      data: {
        programmeId: programme.id,
        groupId: group.id,
        orgPath: group.path,
        kind: spec.kind,
        title: spec.title,
        description: spec.description,
        hours,
        status: spec.completed ? 'COMPLETED' : 'PUBLISHED',
        completedAt,
        publishedById: leader.id,
      },
      select: { id: true },
    });
    // Completed activities record the member's hours; an OFFLINE one names its participant beforehand.
    if (spec.completed || spec.kind === 'OFFLINE') {
      await tx.groupActivityParticipant.create({
        data: { activityId: activity.id, enrolmentId: enrolment.id, teacherId: teacher.id, hours, completedAt },
      });
    }
    await tx.decision.create({
      data: {
        subjectType: 'GroupActivity',
        subjectId: activity.id,
        actorId: leader.id,
        action: 'PUBLISH',
        toState: 'PUBLISHED',
        comment: 'Demo data',
        orgPath: group.path,
      },
    });
    if (spec.completed) {
      await tx.decision.create({
        data: {
          subjectType: 'GroupActivity',
          subjectId: activity.id,
          actorId: leader.id,
          action: 'COMPLETE',
          fromState: 'PUBLISHED',
          toState: 'COMPLETED',
          comment: 'Demo data',
          orgPath: group.path,
        },
      });
    }
  }
}
