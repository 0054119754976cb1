/**
 * Factories for shares and assignments tests: a Huaibei-like programme (shares and assignments rules), its
 * assignments, and submissions written straight to the database (for pages of many rows).
 */
import type { PrismaClient } from '../../api/db/client.js';
import type { AssignmentMode, SubmissionStatus } from '../../api/db/generated/prisma/enums.js';
import { daysFromNow, gid, unique } from './ids.js';
import type { DistrictWorld, EnrolmentRef, ProgrammeOptions, ProgrammeWorld, SchoolWorld } from './world.js';

export interface LearningRules {
  shares?: { maxPerTeacher?: number; tutorMayReject?: boolean };
  assignments?: { maxMark?: number; maxAttempts?: number };
}

/** A RUNNING programme of the district with these shares and assignments rules, the schools in its batch. */
export function learningProgramme(
  d: DistrictWorld,
  schools: SchoolWorld[],
  rules: LearningRules = {},
  options: ProgrammeOptions = {},
): Promise<ProgrammeWorld> {
  return d.programme({
    rules: { selection: {}, ...rules } as ProgrammeOptions['rules'],
    schools,
    ...options,
  });
}

export interface AssignmentRef {
  id: string;
  gid: string;
  code: string;
}

export interface AssignmentSpec {
  code?: string;
  title?: string;
  mode?: AssignmentMode;
  dueAt?: Date;
  acceptsText?: boolean;
  acceptsFile?: boolean;
  position?: number;
}

/** An assignment of the programme (due in 30 days, text and file answers, ONLINE unless given). */
export async function assignment(
  prisma: PrismaClient,
  programme: { id: string },
  spec: AssignmentSpec = {},
): Promise<AssignmentRef> {
  const code = spec.code ?? `hw-${unique()}`;
  const row = await prisma.assignment.create({
    data: {
      programmeId: programme.id,
      code,
      title: spec.title ?? `作业 ${code}`,
      brief: '完成 1 份网络研修学科作业',
      dueAt: spec.dueAt ?? daysFromNow(30),
      mode: spec.mode ?? 'ONLINE',
      acceptsText: spec.acceptsText ?? true,
      acceptsFile: spec.acceptsFile ?? true,
      position: spec.position ?? 0,
    },
    select: { id: true, code: true },
  });
  return { ...row, gid: gid('Assignment', row.id) };
}

/** A submission as if the teacher had submitted (attempt 1, a text answer) and, for MARKED, the tutor had marked it. */
export async function submission(
  prisma: PrismaClient,
  work: AssignmentRef,
  enrolment: EnrolmentRef & { classPath?: string | null },
  status: SubmissionStatus = 'SUBMITTED',
  options: { mark?: number; recommended?: boolean; submittedAt?: Date } = {},
): Promise<{ id: string; gid: string }> {
  const submittedAt = options.submittedAt ?? new Date();
  const mark = status === 'MARKED' ? (options.mark ?? 80) : null;
  const row = await prisma.assignmentSubmission.create({
    data: {
      assignmentId: work.id,
      enrolmentId: enrolment.id,
      teacherId: enrolment.teacher.id,
      status,
      attempt: 1,
      mark,
      submittedAt,
      markedAt: status === 'MARKED' ? new Date() : null,
      recommendedAt: options.recommended ? new Date() : null,
      orgPath: enrolment.orgPath,
      classPath: enrolment.classPath ?? null,
      attempts: {
        create: {
          attempt: 1,
          text: `答案 ${unique()}`,
          submittedAt,
          decision: status === 'SUBMITTED' ? null : status,
          mark,
        },
      },
    },
    select: { id: true },
  });
  return { ...row, gid: gid('AssignmentSubmission', row.id) };
}
