/**
 * Factories of the viewing tests: a programme with viewing rules, a teacher enrolled in it, courses on their study
 * list (required courses bound to no competency are on everyone's), and a course of another programme (not on it).
 *
 *   const v = await viewingWorld(t, { maxPlaybackRate: 1 });
 *   await t.mutate(RecordViewingDocument, { courseId: v.video.gid, sessionId: 's1', events }, { as: v.teacher });
 */
import type { ViewingRules } from '../../schema/programmes/index.js';
import type { TestApp } from './app.js';
import { elective as addElective, type CourseRef, course } from './courses.js';
import type { EnrolmentRef, ProgrammeOptions, ProgrammeWorld, SchoolWorld, UserRef } from './world.js';

export type { CourseRef };

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

export async function viewingWorld(t: TestApp, viewing: Partial<ViewingRules> = {}): Promise<ViewingWorld> {
  const d = await t.world.district();
  const s = await d.school();
  const p = await d.programme({ schools: [s], rules: { viewing } as ProgrammeOptions['rules'] });
  const enrolment = await p.teacher(s);
  const prisma = t.db.prisma;
  const video = await course(prisma, p, { durationSeconds: 1800, requirement: 'REQUIRED', module: '师德素养' });
  const document = await course(prisma, p, { media: 'DOCUMENT', durationSeconds: 600, requirement: 'REQUIRED' });
  const elective = await course(prisma, p, { durationSeconds: 1200, requirement: 'ELECTIVE', module: '专业发展' });
  await addElective(prisma, enrolment, elective);
  const outside = await course(prisma, await d.programme({ schools: [s] }), { durationSeconds: 1800 });
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
      await addElective(prisma, e, elective);
      return e.teacher;
    },
  };
}
