/**
 * Factories of the viewing tests: a programme with viewing rules, a teacher enrolled in it, courses on their study
 * list (required courses bound to no competency are on everyone's), and a course of another programme (not on it).
 *
 *   const v = await viewingWorld(t, { maxPlaybackRate: 1 });
 *   await t.mutate(RecordViewingDocument, { courseId: v.video.gid, sessionId: 's1', events }, { as: v.teacher });
 */
import type { ViewingRules } from '../../schema/programmes/index.js';
import type { TestApp } from './app.js';
import { gid, unique } from './ids.js';
import type { EnrolmentRef, ProgrammeOptions, ProgrammeWorld, SchoolWorld, UserRef } from './world.js';

export interface CourseRef {
  id: string;
  gid: string;
  durationSeconds: number;
}

export interface ViewingWorld {
  s: SchoolWorld;
  p: ProgrammeWorld;
  enrolment: EnrolmentRef;
  teacher: UserRef;
  /** A required 30-minute video (REQUIRED, on every teacher's list). */
  video: CourseRef;
  /** A required 10-minute document. */
  document: CourseRef;
  /** A 20-minute elective video the teacher added to their list. */
  elective: CourseRef;
  /** A video of another programme of the district: not on the teacher's list. */
  outside: CourseRef;
  /** One more teacher of the school, enrolled, with the same list. */
  other(): Promise<UserRef>;
}

type CourseSpec = {
  programmeId: string;
  orgPath: string;
  media: 'VIDEO' | 'DOCUMENT';
  durationSeconds: number;
  requirement: 'REQUIRED' | 'ELECTIVE';
  module?: string;
};

export async function course(t: TestApp, spec: CourseSpec): Promise<CourseRef> {
  const code = unique();
  const row = await t.db.prisma.course.create({
    data: { ...spec, code, title: `Course ${code}`, kind: 'THEORY' },
    select: { id: true, durationSeconds: true },
  });
  return { id: row.id, gid: gid('Course', row.id), durationSeconds: row.durationSeconds };
}

export async function viewingWorld(t: TestApp, viewing: Partial<ViewingRules> = {}): Promise<ViewingWorld> {
  const d = await t.world.district();
  const s = await d.school();
  const p = await d.programme({ schools: [s], rules: { viewing } as ProgrammeOptions['rules'] });
  const enrolment = await p.teacher(s);
  const at = { programmeId: p.id, orgPath: d.district.path };
  const video = await course(t, {
    ...at,
    media: 'VIDEO',
    durationSeconds: 1800,
    requirement: 'REQUIRED',
    module: '师德素养',
  });
  const document = await course(t, { ...at, media: 'DOCUMENT', durationSeconds: 600, requirement: 'REQUIRED' });
  const elective = await course(t, {
    ...at,
    media: 'VIDEO',
    durationSeconds: 1200,
    requirement: 'ELECTIVE',
    module: '专业发展',
  });
  await t.db.prisma.studyElective.create({ data: { enrolmentId: enrolment.id, courseId: elective.id } });
  const otherProgramme = await d.programme({ schools: [s] });
  const outside = await course(t, {
    programmeId: otherProgramme.id,
    orgPath: d.district.path,
    media: 'VIDEO',
    durationSeconds: 1800,
    requirement: 'REQUIRED',
  });
  return {
    s,
    p,
    enrolment,
    teacher: enrolment.teacher,
    video,
    document,
    elective,
    outside,
    other: async () => {
      const e = await p.teacher(s);
      await t.db.prisma.studyElective.create({ data: { enrolmentId: e.id, courseId: elective.id } });
      return e.teacher;
    },
  };
}
