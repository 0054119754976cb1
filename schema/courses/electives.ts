import { z } from 'zod';
import type { Transaction } from '../../api/db/client.js';
import { builder } from '../builder.js';
import { Enrolment } from '../enrolments/index.js';
import { parseProgrammeRules } from '../programmes/index.js';
import { globalIdSchema, NotFoundError, parseInput, payloadQuery } from '../shared/index.js';
import { Course } from './course.js';
import { CourseInProgressError, electiveErrors, NotAnElectiveError, StudyListClosedError } from './errors.js';
import { studyListOpen } from './study-list.js';

const ElectiveInput = builder.inputType('ElectiveInput', {
  description: 'An elective course and the teacher’s enrolment whose study list it joins or leaves.',
  fields: (t) => ({
    enrolmentId: t.globalID({ required: true, for: Enrolment, description: 'The teacher’s own enrolment.' }),
    courseId: t.globalID({
      required: true,
      for: Course,
      description: 'An ELECTIVE course of the enrolment’s programme.',
    }),
  }),
});
const electiveSchema = z.object({ enrolmentId: globalIdSchema, courseId: globalIdSchema });

/** Loads the enrolment and the course, refusing a course that is not an elective of its programme. */
async function loadElective(tx: Transaction, enrolmentId: string, courseId: string) {
  const [enrolment, course] = await Promise.all([
    tx.enrolment.findUnique({
      where: { id: enrolmentId },
      select: { programmeId: true, schoolId: true, programme: { select: { rules: true } } },
    }),
    tx.course.findUnique({ where: { id: courseId }, select: { programmeId: true, requirement: true, title: true } }),
  ]);
  if (!enrolment) throw new NotFoundError('Enrolment');
  if (!course) throw new NotFoundError('Course');
  if (course.programmeId !== enrolment.programmeId || course.requirement !== 'ELECTIVE')
    throw new NotAnElectiveError(course.title);
  return { enrolment, course };
}

builder.mutationField('addElective', (t) =>
  t.prismaField({
    type: 'Enrolment',
    description:
      'Adds an ELECTIVE course of the programme to the teacher’s own study list (study:learn); adding it again changes nothing. ' +
      'Refused while the list is closed by the plan gate (STUDY_LIST_CLOSED) and for other courses (NOT_AN_ELECTIVE).',
    authorize: {
      action: 'study:learn',
      resource: (_root, args) => ({ kind: 'Enrolment', id: args.input.enrolmentId.id }),
    },
    errors: {
      types: electiveErrors,
      result: { description: 'The course is on the list.' },
      dataField: { name: 'enrolment', description: 'The enrolment (query `studyCourses` for the list).' },
    },
    args: { input: t.arg({ type: ElectiveInput, required: true, description: 'The enrolment and the course.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(electiveSchema, args.input);
      const prisma = context.db.prisma;
      const enrolmentId = input.enrolmentId.id;
      const courseId = input.courseId.id;
      await prisma.$transaction(async (tx) => {
        const { enrolment } = await loadElective(tx, enrolmentId, courseId);
        const plan = await tx.schoolPlan.findUnique({
          where: { programmeId_schoolId: { programmeId: enrolment.programmeId, schoolId: enrolment.schoolId } },
          select: { id: true },
        });
        if (!studyListOpen(parseProgrammeRules(enrolment.programme.rules), plan !== null))
          throw new StudyListClosedError();
        await tx.studyElective.upsert({
          where: { enrolmentId_courseId: { enrolmentId, courseId } },
          create: { enrolmentId, courseId },
          update: {},
          select: { courseId: true },
        });
      });
      return prisma.enrolment.findUniqueOrThrow({ ...payloadQuery(query), where: { id: enrolmentId } });
    },
  }),
);

builder.mutationField('dropElective', (t) =>
  t.prismaField({
    type: 'Enrolment',
    description:
      'Removes an elective the teacher added from their own study list (study:learn); dropping one not on the list changes nothing. ' +
      'An elective the teacher has credited time on stays (COURSE_IN_PROGRESS): credited minutes are never taken back.',
    authorize: {
      action: 'study:learn',
      resource: (_root, args) => ({ kind: 'Enrolment', id: args.input.enrolmentId.id }),
    },
    errors: {
      types: electiveErrors,
      result: { description: 'The course is off the list (unless a selected competency keeps it there).' },
      dataField: { name: 'enrolment', description: 'The enrolment (query `studyCourses` for the list).' },
    },
    args: { input: t.arg({ type: ElectiveInput, required: true, description: 'The enrolment and the course.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(electiveSchema, args.input);
      const prisma = context.db.prisma;
      const enrolmentId = input.enrolmentId.id;
      const courseId = input.courseId.id;
      await prisma.$transaction(async (tx) => {
        const { course } = await loadElective(tx, enrolmentId, courseId);
        // Locks the elective so that no viewing is credited between the check and the delete.
        await tx.$queryRaw`SELECT 1 FROM "StudyElective" WHERE "enrolmentId" = ${enrolmentId} AND "courseId" = ${courseId} FOR UPDATE`;
        const progress = await tx.courseProgress.findUnique({
          where: { enrolmentId_courseId: { enrolmentId, courseId } },
          select: { creditedSeconds: true },
        });
        if (progress && progress.creditedSeconds > 0) throw new CourseInProgressError('drop', course.title);
        await tx.studyElective.deleteMany({ where: { enrolmentId, courseId } });
      });
      return prisma.enrolment.findUniqueOrThrow({ ...payloadQuery(query), where: { id: enrolmentId } });
    },
  }),
);
