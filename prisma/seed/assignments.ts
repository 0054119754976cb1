import type { Transaction } from '../../api/db/client.js';

/** Huaibei 2022-23 (seed 004): two assignments, each marked by the class tutor (mark × 15%, at least 9 points). */
export const HUAIBEI_ASSIGNMENTS = [
  {
    code: 'hw1',
    title: '研修作业一',
    brief: '完成 1 份网络研修学科作业',
    mode: 'ONLINE',
    position: 0,
  },
  {
    code: 'hw2',
    title: '研修作业二',
    brief: '围绕本次远程培训主题，完成 1 份线下研修总结报告',
    mode: 'SCHOOL_BASED',
    position: 1,
  },
] as const;

/** End of the online study, 2023-05-31 23:59:59 in China (UTC+8). */
const HUAIBEI_DUE = new Date('2023-05-31T23:59:59+08:00');

/**
 * Huaibei's two assignments for 'huaibei-2022' and, where the demo enrols `teacher2` in it, a demo share and a
 * submitted 研修作业一 for the tutor's marking queue. Idempotent: a re-run changes nothing.
 */
export async function seedAssignments(tx: Transaction): Promise<void> {
  const programme = await tx.programme.findUnique({ where: { code: 'huaibei-2022' }, select: { id: true } });
  if (!programme) return;
  for (const spec of HUAIBEI_ASSIGNMENTS) {
    await tx.assignment.upsert({
      where: { programmeId_code: { programmeId: programme.id, code: spec.code } },
      create: { ...spec, programmeId: programme.id, dueAt: HUAIBEI_DUE, acceptsText: true, acceptsFile: true },
      update: {},
    });
  }

  const enrolment = await tx.enrolment.findFirst({
    where: { programmeId: programme.id, teacher: { login: 'teacher2' } },
    select: { id: true, teacherId: true, orgPath: true, class: { select: { path: true } } },
  });
  if (!enrolment) return;
  if ((await tx.share.count({ where: { enrolmentId: enrolment.id } })) === 0) {
    await tx.share.create({
      data: {
        enrolmentId: enrolment.id,
        teacherId: enrolment.teacherId,
        kind: 'ARTICLE',
        title: '初中语文整本书阅读教学设计',
        url: 'https://example.cn/demo/reading-design',
        module: '高效课堂',
        orgPath: enrolment.orgPath,
      },
    });
  }
  const first = await tx.assignment.findUniqueOrThrow({
    where: { programmeId_code: { programmeId: programme.id, code: 'hw1' } },
    select: { id: true },
  });
  const existing = await tx.assignmentSubmission.findUnique({
    where: { assignmentId_enrolmentId: { assignmentId: first.id, enrolmentId: enrolment.id } },
    select: { id: true },
  });
  if (existing) return;
  const submittedAt = new Date('2023-05-20T10:00:00+08:00');
  const submission = await tx.assignmentSubmission.create({
    data: {
      assignmentId: first.id,
      enrolmentId: enrolment.id,
      teacherId: enrolment.teacherId,
      status: 'SUBMITTED',
      attempt: 1,
      submittedAt,
      orgPath: enrolment.orgPath,
      classPath: enrolment.class?.path ?? null,
      attempts: {
        create: {
          attempt: 1,
          text: '本次网络研修围绕“双减”背景下的作业设计展开，我结合八年级语文教学设计了分层作业……',
          submittedAt,
        },
      },
    },
    select: { id: true },
  });
  await tx.decision.create({
    data: {
      subjectType: 'AssignmentSubmission',
      subjectId: submission.id,
      actorId: enrolment.teacherId,
      action: 'SUBMIT',
      toState: 'SUBMITTED',
      comment: 'attempt 1 (demo data)',
      orgPath: enrolment.orgPath,
    },
  });
}
