/** Factories for courses and study progress, written straight to the database (the tests of the API read them). */
import type { PrismaClient } from '../../api/db/client.js';
import type { CourseKind, CourseMedia, CourseRequirement, SchoolStage } from '../../api/db/generated/prisma/enums.js';
import { gid, unique } from './ids.js';
import type { EnrolmentRef, OrgRef, ProgrammeWorld, SchoolWorld } from './world.js';

export interface CourseRef {
  id: string;
  gid: string;
  code: string;
  title: string;
  durationSeconds: number;
}

export interface CourseOptions {
  code?: string;
  title?: string;
  kind?: CourseKind;
  media?: CourseMedia;
  durationSeconds?: number;
  requirement?: CourseRequirement;
  /** A competency's id (not its code). */
  competencyId?: string | null;
  module?: string | null;
  stage?: SchoolStage | null;
  subject?: string | null;
  position?: number;
}

/** A course of the programme (default: a REQUIRED 10-minute THEORY video without competency). */
export async function course(prisma: PrismaClient, p: ProgrammeWorld, options: CourseOptions = {}): Promise<CourseRef> {
  const programme = await prisma.programme.findUniqueOrThrow({ where: { id: p.id }, select: { orgPath: true } });
  const code = options.code ?? `c-${unique()}`;
  const row = await prisma.course.create({
    data: {
      programmeId: p.id,
      orgPath: programme.orgPath,
      code,
      title: options.title ?? `Course ${code}`,
      kind: options.kind ?? 'THEORY',
      media: options.media ?? 'VIDEO',
      durationSeconds: options.durationSeconds ?? 600,
      requirement: options.requirement ?? 'REQUIRED',
      competencyId: options.competencyId ?? null,
      module: options.module ?? null,
      stage: options.stage ?? null,
      subject: options.subject ?? null,
      position: options.position ?? 0,
    },
    select: { id: true, code: true, title: true, durationSeconds: true },
  });
  return { ...row, gid: gid('Course', row.id) };
}

/** Credited seconds of a teacher on a course (what the viewing part records), as if watched. */
export async function progress(prisma: PrismaClient, enrolment: EnrolmentRef, c: CourseRef, seconds: number) {
  await prisma.courseProgress.upsert({
    where: { enrolmentId_courseId: { enrolmentId: enrolment.id, courseId: c.id } },
    create: {
      enrolmentId: enrolment.id,
      courseId: c.id,
      teacherId: enrolment.teacher.id,
      orgPath: enrolment.orgPath,
      creditedSeconds: seconds,
    },
    update: { creditedSeconds: seconds },
  });
}

/** An elective the teacher added. */
export async function elective(prisma: PrismaClient, enrolment: EnrolmentRef, c: CourseRef) {
  await prisma.studyElective.create({ data: { enrolmentId: enrolment.id, courseId: c.id } });
}

/** The school's IT development plan for the programme, on file (what passes a plan gate). */
export async function uploadPlan(prisma: PrismaClient, p: ProgrammeWorld, s: SchoolWorld | OrgRef) {
  const school = 'school' in s ? s.school : s;
  const admin = 'admin' in s ? s.admin.id : null;
  const uploader = admin ?? (await prisma.user.findFirstOrThrow({ select: { id: true } })).id;
  const file = await prisma.storedFile.create({
    data: {
      storageKey: `plan-${unique()}${unique()}`,
      filename: 'plan.pdf',
      contentType: 'application/pdf',
      size: 1,
      sha256: '0'.repeat(64),
      orgPath: school.path,
      uploadedById: uploader,
    },
  });
  await prisma.schoolPlan.create({
    data: { programmeId: p.id, schoolId: school.id, orgPath: school.path, fileId: file.id, uploadedById: uploader },
  });
}
