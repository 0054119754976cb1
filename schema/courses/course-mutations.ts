import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import type { Transaction } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import {
  CourseKind as CourseKindValues,
  CourseMedia as CourseMediaValues,
  CourseRequirement as CourseRequirementValues,
  SchoolStage,
} from '../../api/db/generated/prisma/enums.js';
import { startsLikeFormula } from '../../api/spreadsheet/safe-cell.js';
import { builder } from '../builder.js';
import { Competency } from '../catalogues/index.js';
import { Programme } from '../programmes/index.js';
import { ConflictError, globalIdSchema, inputIssue, NotFoundError, parseInput, payloadQuery } from '../shared/index.js';
import { Course, CourseKind, CourseMedia, CourseRequirement } from './course.js';
import { CourseInProgressError, courseWriteErrors, deleteCourseErrors } from './errors.js';
import {
  COURSE_CODE_PATTERN,
  MAX_DURATION_SECONDS,
  MAX_LABEL_LENGTH,
  MAX_POSITION,
  MAX_TITLE_LENGTH,
} from './rules.js';

const notFormula = (schema: z.ZodString) =>
  schema.refine((value) => !startsLikeFormula(value), 'VALIDATION.formulaLike');
const codeSchema = notFormula(z.string().trim()).pipe(z.string().regex(COURSE_CODE_PATTERN, 'VALIDATION.code'));
const titleSchema = notFormula(z.string().trim().min(1).max(MAX_TITLE_LENGTH));
/** A module or subject: blank or null clears it. */
const labelSchema = notFormula(z.string().trim().max(MAX_LABEL_LENGTH)).transform((value) => value || null);
const durationSchema = z.number().int().min(1).max(MAX_DURATION_SECONDS);
const positionSchema = z.number().int().min(0).max(MAX_POSITION);

const DESCRIPTIONS = {
  code: 'Stable code, unique within the programme: 1 to 64 letters, digits, ".", "_" or "-" (the key of importCourses).',
  title: `Title: 1 to ${MAX_TITLE_LENGTH} characters.`,
  durationSeconds: `VIDEO: the video’s length; DOCUMENT: its stated reading time (阅读时长). Whole seconds, 1 to ${MAX_DURATION_SECONDS}: the most a teacher can be credited for the course.`,
  competencyId:
    'A competency of the programme’s catalogue: the course is then on the lists of teachers who selected it.',
  module: `Module (模块), up to ${MAX_LABEL_LENGTH} characters: 师德素养, 专业发展 … or any the district defines.`,
  subject: `Subject (学科), up to ${MAX_LABEL_LENGTH} characters.`,
  position: `Place in the programme’s list, 0 to ${MAX_POSITION} (ascending, then by code).`,
};

const CreateCourseInput = builder.inputType('CreateCourseInput', {
  description: 'A new course of a programme.',
  fields: (t) => ({
    programmeId: t.globalID({
      required: true,
      for: Programme,
      description: 'The programme; the viewer must be its district admin.',
    }),
    code: t.string({ required: true, description: DESCRIPTIONS.code }),
    title: t.string({ required: true, description: DESCRIPTIONS.title }),
    kind: t.field({ type: CourseKind, required: true, description: 'What the course is.' }),
    media: t.field({ type: CourseMedia, required: true, description: 'VIDEO or DOCUMENT.' }),
    durationSeconds: t.int({ required: true, description: DESCRIPTIONS.durationSeconds }),
    requirement: t.field({ type: CourseRequirement, required: true, description: 'REQUIRED or ELECTIVE.' }),
    competencyId: t.globalID({
      required: false,
      for: Competency,
      description: `${DESCRIPTIONS.competencyId} Default none.`,
    }),
    module: t.string({ required: false, description: `${DESCRIPTIONS.module} Default none.` }),
    stage: t.field({
      type: SchoolStage,
      required: false,
      description: 'The school stage (学段) it is for. Default none.',
    }),
    subject: t.string({ required: false, description: `${DESCRIPTIONS.subject} Default none.` }),
    position: t.int({ required: false, description: `${DESCRIPTIONS.position} Default: after the last course.` }),
  }),
});

const createCourseSchema = z.object({
  programmeId: globalIdSchema,
  code: codeSchema,
  title: titleSchema,
  kind: z.enum(CourseKindValues),
  media: z.enum(CourseMediaValues),
  durationSeconds: durationSchema,
  requirement: z.enum(CourseRequirementValues),
  competencyId: globalIdSchema.nullish(),
  module: labelSchema.nullish(),
  stage: z.enum(SchoolStage).nullish(),
  subject: labelSchema.nullish(),
  position: positionSchema.nullish(),
});

const UpdateCourseInput = builder.inputType('UpdateCourseInput', {
  description: 'Changes to a course: omitted fields stay as they are; null clears an optional field.',
  fields: (t) => ({
    courseId: t.globalID({
      required: true,
      for: Course,
      description: 'The course; the viewer must be its district admin.',
    }),
    code: t.string({ required: false, description: DESCRIPTIONS.code }),
    title: t.string({ required: false, description: DESCRIPTIONS.title }),
    kind: t.field({ type: CourseKind, required: false, description: 'What the course is.' }),
    media: t.field({ type: CourseMedia, required: false, description: 'VIDEO or DOCUMENT.' }),
    durationSeconds: t.int({
      required: false,
      description: `${DESCRIPTIONS.durationSeconds} Fixed, with the media, once a teacher has credited time on the course (COURSE_IN_PROGRESS).`,
    }),
    requirement: t.field({
      type: CourseRequirement,
      required: false,
      description: 'REQUIRED or ELECTIVE; fixed once a teacher has credited time on the course (COURSE_IN_PROGRESS).',
    }),
    competencyId: t.globalID({
      required: false,
      for: Competency,
      description: `${DESCRIPTIONS.competencyId} Null: none.`,
    }),
    module: t.string({ required: false, description: `${DESCRIPTIONS.module} Null or blank: none.` }),
    stage: t.field({ type: SchoolStage, required: false, description: 'The school stage (学段). Null: none.' }),
    subject: t.string({ required: false, description: `${DESCRIPTIONS.subject} Null or blank: none.` }),
    position: t.int({ required: false, description: DESCRIPTIONS.position }),
  }),
});

const updateCourseSchema = z.object({
  courseId: globalIdSchema,
  code: codeSchema.nullish(),
  title: titleSchema.nullish(),
  kind: z.enum(CourseKindValues).nullish(),
  media: z.enum(CourseMediaValues).nullish(),
  durationSeconds: durationSchema.nullish(),
  requirement: z.enum(CourseRequirementValues).nullish(),
  competencyId: globalIdSchema.nullish(),
  module: labelSchema.nullish(),
  stage: z.enum(SchoolStage).nullish(),
  subject: labelSchema.nullish(),
  position: positionSchema.nullish(),
});

/** Refuses a competency outside the programme's catalogue (as an input problem of `competencyId`). */
async function assertCatalogueCompetency(
  tx: Transaction,
  catalogueId: string,
  competencyId: string | null | undefined,
) {
  if (!competencyId) return;
  const found = await tx.competency.findFirst({ where: { id: competencyId, catalogueId }, select: { id: true } });
  if (!found) throw inputIssue(['competencyId'], 'VALIDATION.courseCompetency', { field: 'competencyId' });
}

/** Runs a course write, turning a taken (programme, code) into the CONFLICT result. */
async function uniqueCode<T>(code: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw new ConflictError('courseCode', { code });
    throw error;
  }
}

builder.mutationField('createCourse', (t) =>
  t.prismaField({
    type: 'Course',
    description:
      'Adds a course to a programme’s catalogue. Only the district admins over the programme may (course:manage). ' +
      'A code the programme already has is refused (CONFLICT).',
    authorize: {
      action: 'course:manage',
      resource: (_root, args) => ({ kind: 'Programme', id: args.input.programmeId.id }),
    },
    errors: {
      types: courseWriteErrors,
      result: { description: 'The course is created.' },
      dataField: { name: 'course', description: 'The new course.' },
    },
    args: { input: t.arg({ type: CreateCourseInput, required: true, description: 'The programme and the course.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(createCourseSchema, args.input);
      const prisma = context.db.prisma;
      const id = await prisma.$transaction(async (tx) => {
        const programme = await tx.programme.findUnique({
          where: { id: input.programmeId.id },
          select: { id: true, orgPath: true, catalogueId: true },
        });
        if (!programme) throw new NotFoundError('Programme');
        await assertCatalogueCompetency(tx, programme.catalogueId, input.competencyId?.id);
        let position = input.position;
        if (position == null) {
          const last = await tx.course.aggregate({ where: { programmeId: programme.id }, _max: { position: true } });
          position = Math.min((last._max.position ?? -1) + 1, MAX_POSITION);
        }
        const created = await uniqueCode(input.code, () =>
          tx.course.create({
            data: {
              programmeId: programme.id,
              orgPath: programme.orgPath,
              code: input.code,
              title: input.title,
              kind: input.kind,
              media: input.media,
              durationSeconds: input.durationSeconds,
              requirement: input.requirement,
              competencyId: input.competencyId?.id ?? null,
              module: input.module ?? null,
              stage: input.stage ?? null,
              subject: input.subject ?? null,
              position,
            },
            select: { id: true },
          }),
        );
        return created.id;
      });
      return prisma.course.findUniqueOrThrow({ ...payloadQuery(query), where: { id } });
    },
  }),
);

builder.mutationField('updateCourse', (t) =>
  t.prismaField({
    type: 'Course',
    description:
      'Changes a course. Only the district admins over its programme may (course:manage). A code the programme already has is refused ' +
      '(CONFLICT); the requirement, media and duration of a course teachers have credited time on cannot change (COURSE_IN_PROGRESS).',
    authorize: {
      action: 'course:manage',
      resource: (_root, args) => ({ kind: 'Course', id: args.input.courseId.id }),
    },
    errors: {
      types: courseWriteErrors,
      result: { description: 'The course is changed.' },
      dataField: { name: 'course', description: 'The course as it now is.' },
    },
    args: { input: t.arg({ type: UpdateCourseInput, required: true, description: 'The course and its changes.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(updateCourseSchema, args.input);
      const given = args.input as Record<string, unknown>;
      const has = (field: string) => Object.hasOwn(given, field);
      const prisma = context.db.prisma;
      const id = input.courseId.id;
      await prisma.$transaction(async (tx) => {
        const course = await tx.course.findUnique({
          where: { id },
          select: {
            title: true,
            code: true,
            requirement: true,
            media: true,
            durationSeconds: true,
            programme: { select: { catalogueId: true } },
          },
        });
        if (!course) throw new NotFoundError('Course');
        // Required fields cannot be cleared: null leaves them as they are.
        const data: Prisma.CourseUncheckedUpdateInput = {
          ...(input.code != null ? { code: input.code } : {}),
          ...(input.title != null ? { title: input.title } : {}),
          ...(input.kind != null ? { kind: input.kind } : {}),
          ...(input.media != null ? { media: input.media } : {}),
          ...(input.durationSeconds != null ? { durationSeconds: input.durationSeconds } : {}),
          ...(input.requirement != null ? { requirement: input.requirement } : {}),
          ...(input.position != null ? { position: input.position } : {}),
          ...(has('competencyId') ? { competencyId: input.competencyId?.id ?? null } : {}),
          ...(has('module') ? { module: input.module ?? null } : {}),
          ...(has('stage') ? { stage: input.stage ?? null } : {}),
          ...(has('subject') ? { subject: input.subject ?? null } : {}),
        };
        if (has('competencyId'))
          await assertCatalogueCompetency(tx, course.programme.catalogueId, input.competencyId?.id);
        const changes = (field: 'requirement' | 'media' | 'durationSeconds') =>
          input[field] != null && input[field] !== course[field];
        const requirementChanges = changes('requirement');
        if (requirementChanges || changes('media') || changes('durationSeconds')) {
          const studied = await tx.courseProgress.findFirst({ where: { courseId: id }, select: { courseId: true } });
          if (studied) throw new CourseInProgressError(requirementChanges ? 'requirement' : 'length', course.title);
        }
        await uniqueCode(input.code ?? course.code, () =>
          tx.course.update({ where: { id }, data, select: { id: true } }),
        );
      });
      return prisma.course.findUniqueOrThrow({ ...payloadQuery(query), where: { id } });
    },
  }),
);

const DeleteCourseInput = builder.inputType('DeleteCourseInput', {
  description: 'A course to delete.',
  fields: (t) => ({
    courseId: t.globalID({
      required: true,
      for: Course,
      description: 'The course; nobody may have credited time on it.',
    }),
  }),
});

const DeleteCoursePayload = builder.objectRef<{ deletedCourseId: string }>('DeleteCoursePayload').implement({
  description: 'The course is deleted (with the electives that listed it).',
  fields: (t) => ({
    deletedCourseId: t.exposeID('deletedCourseId', { description: 'Global ID of the deleted course.' }),
  }),
});

builder.mutationField('deleteCourse', (t) =>
  t.field({
    type: DeleteCoursePayload,
    description:
      'Deletes a course nobody has studied yet (otherwise COURSE_IN_PROGRESS); teachers who added it as an elective lose it from their lists. ' +
      'Only the district admins over its programme may (course:manage).',
    authorize: {
      action: 'course:manage',
      resource: (_root, args) => ({ kind: 'Course', id: args.input.courseId.id }),
    },
    errors: { types: deleteCourseErrors, directResult: true },
    args: { input: t.arg({ type: DeleteCourseInput, required: true, description: 'The course.' }) },
    resolve: async (_root, args, context) => {
      const id = args.input.courseId.id;
      await context.db.prisma.$transaction(async (tx) => {
        // Locks the course so that no viewing is credited between the check and the delete.
        const [course] = await tx.$queryRaw<Array<{ title: string }>>`
          SELECT "title" FROM "Course" WHERE "id" = ${id} FOR UPDATE`;
        if (!course) throw new NotFoundError('Course');
        const studied = await tx.courseProgress.findFirst({ where: { courseId: id }, select: { courseId: true } });
        if (studied) throw new CourseInProgressError('delete', course.title);
        await tx.course.delete({ where: { id }, select: { id: true } });
      });
      return { deletedCourseId: encodeGlobalID('Course', id) };
    },
  }),
);
