import { z } from 'zod';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { recordDecision } from '../history/index.js';
import { Programme } from '../programmes/index.js';
import {
  actingUserId,
  ConflictError,
  globalIdSchema,
  InvalidStateError,
  inputIssue,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { ASSIGNMENT_INCLUDE, Assignment, AssignmentMode } from './assignment.js';
import { manageAssignmentErrors } from './errors.js';
import { MAX_ASSIGNMENT_BRIEF_LENGTH, MAX_ASSIGNMENT_TITLE_LENGTH, MAX_ASSIGNMENTS_PER_PROGRAMME } from './rules.js';

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** Highest position number. */
const MAX_POSITION = 10_000;

const titleSchema = z.string().trim().min(1).max(MAX_ASSIGNMENT_TITLE_LENGTH);
const briefSchema = z.string().trim().min(1).max(MAX_ASSIGNMENT_BRIEF_LENGTH);
const positionSchema = z.int().min(0).max(MAX_POSITION);
const modeSchema = z.enum(['ONLINE', 'SCHOOL_BASED']);
const dueAtSchema = z.date();

const CreateAssignmentInput = builder.inputType('CreateAssignmentInput', {
  description: 'A new assignment (研修作业) of a programme.',
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: Programme, description: 'The programme; not CLOSED.' }),
    code: t.string({
      required: true,
      description:
        'Stable code, unique within the programme: 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit.',
    }),
    title: t.string({ required: true, description: `1 to ${MAX_ASSIGNMENT_TITLE_LENGTH} characters.` }),
    brief: t.string({
      required: true,
      description: `What the teacher is to do: 1 to ${MAX_ASSIGNMENT_BRIEF_LENGTH} characters of plain text.`,
    }),
    dueAt: t.field({
      type: 'DateTime',
      required: true,
      description: 'When it is due (later work is accepted and flagged late).',
    }),
    mode: t.field({ type: AssignmentMode, required: true, description: 'ONLINE or SCHOOL_BASED.' }),
    acceptsText: t.boolean({
      required: false,
      defaultValue: true,
      description: 'Accept a text answer (default true).',
    }),
    acceptsFile: t.boolean({
      required: false,
      defaultValue: true,
      description: 'Accept a file answer (default true). At least one of acceptsText and acceptsFile.',
    }),
    position: t.int({
      required: false,
      description: `Order within the programme, 0 to ${MAX_POSITION}; default: after the last one.`,
    }),
  }),
});

const createSchema = z
  .object({
    programmeId: globalIdSchema,
    code: z.string().regex(CODE_PATTERN, { message: 'VALIDATION.code' }),
    title: titleSchema,
    brief: briefSchema,
    dueAt: dueAtSchema,
    mode: modeSchema,
    acceptsText: z
      .boolean()
      .nullish()
      .transform((value) => value ?? true),
    acceptsFile: z
      .boolean()
      .nullish()
      .transform((value) => value ?? true),
    position: positionSchema.nullish(),
  })
  .superRefine((input, ctx) => {
    if (!input.acceptsText && !input.acceptsFile)
      ctx.addIssue({ code: 'custom', path: ['acceptsText'], message: 'VALIDATION.assignmentAnswerKinds' });
  });

const UpdateAssignmentInput = builder.inputType('UpdateAssignmentInput', {
  description: 'Changes to an assignment; an omitted field stays as it is. The code never changes.',
  fields: (t) => ({
    assignmentId: t.globalID({ required: true, for: Assignment, description: 'The assignment.' }),
    title: t.string({ required: false, description: `1 to ${MAX_ASSIGNMENT_TITLE_LENGTH} characters.` }),
    brief: t.string({ required: false, description: `1 to ${MAX_ASSIGNMENT_BRIEF_LENGTH} characters.` }),
    dueAt: t.field({
      type: 'DateTime',
      required: false,
      description: 'A new due time (submissions already made keep theirs).',
    }),
    mode: t.field({ type: AssignmentMode, required: false, description: 'ONLINE or SCHOOL_BASED.' }),
    acceptsText: t.boolean({ required: false, description: 'Accept a text answer (applies to later attempts).' }),
    acceptsFile: t.boolean({ required: false, description: 'Accept a file answer (applies to later attempts).' }),
    position: t.int({ required: false, description: `Order within the programme, 0 to ${MAX_POSITION}.` }),
  }),
});

const updateSchema = z.object({
  assignmentId: globalIdSchema,
  title: titleSchema.nullish(),
  brief: briefSchema.nullish(),
  dueAt: dueAtSchema.nullish(),
  mode: modeSchema.nullish(),
  acceptsText: z.boolean().nullish(),
  acceptsFile: z.boolean().nullish(),
  position: positionSchema.nullish(),
});

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/** Drops the fields left out (null or undefined): an update changes only what it names. */
const given = <T extends Record<string, unknown>>(fields: T) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined)) as {
    [K in keyof T]?: NonNullable<T[K]>;
  };

builder.mutationFields((t) => ({
  createAssignment: t.prismaField({
    type: Assignment,
    description:
      'A district admin over the programme sets an assignment (研修作业): title, brief, due time, ONLINE or SCHOOL_BASED, and the answer kinds ' +
      `it accepts (action assignment:manage). At most ${MAX_ASSIGNMENTS_PER_PROGRAMME} per programme; not in a CLOSED programme.`,
    authorize: {
      action: 'assignment:manage',
      resource: (_root, args) => ({ kind: 'Programme', id: args.input.programmeId.id }),
    },
    errors: {
      types: manageAssignmentErrors,
      result: { description: 'The assignment is set.' },
      dataField: { name: 'assignment', description: 'The new assignment.' },
    },
    args: { input: t.arg({ type: CreateAssignmentInput, required: true, description: 'The assignment.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(createSchema, args.input);
      const prisma = context.db.prisma;
      const actorId = actingUserId(context);
      const id = await prisma
        .$transaction(async (tx) => {
          const programme = await tx.programme.findUnique({
            where: { id: input.programmeId.id },
            select: { id: true, status: true, orgPath: true },
          });
          if (!programme) throw new NotFoundError('Programme');
          if (programme.status === 'CLOSED')
            throw new InvalidStateError('assignmentProgrammeNotOpen', { status: programme.status });
          // One change at a time per programme, so the limit and the next position hold.
          await tx.$queryRaw`SELECT id FROM "Programme" WHERE id = ${programme.id} FOR UPDATE`;
          const existing = await tx.assignment.aggregate({
            where: { programmeId: programme.id },
            _count: { _all: true },
            _max: { position: true },
          });
          if (existing._count._all >= MAX_ASSIGNMENTS_PER_PROGRAMME)
            throw new InvalidStateError('assignmentLimit', { max: MAX_ASSIGNMENTS_PER_PROGRAMME });
          const created = await tx.assignment.create({
            data: {
              programmeId: programme.id,
              code: input.code,
              title: input.title,
              brief: input.brief,
              dueAt: input.dueAt,
              mode: input.mode,
              acceptsText: input.acceptsText,
              acceptsFile: input.acceptsFile,
              position: input.position ?? Math.min((existing._max.position ?? -1) + 1, MAX_POSITION),
            },
            select: { id: true },
          });
          await recordDecision(tx, {
            subjectType: 'Assignment',
            subjectId: created.id,
            actorId,
            action: 'CREATE',
            orgPath: programme.orgPath,
          });
          return created.id;
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw new ConflictError('assignmentCode', { code: input.code });
          throw error;
        });
      return prisma.assignment.findUniqueOrThrow({ ...payloadQuery(query, ASSIGNMENT_INCLUDE), where: { id } });
    },
  }),
  updateAssignment: t.prismaField({
    type: Assignment,
    description:
      'A district admin over the programme changes an assignment (action assignment:manage); omitted fields stay. Submissions already made ' +
      'keep their answers. Not in a CLOSED programme.',
    authorize: {
      action: 'assignment:manage',
      resource: (_root, args) => ({ kind: 'Assignment', id: args.input.assignmentId.id }),
    },
    errors: {
      types: manageAssignmentErrors,
      result: { description: 'The assignment is changed.' },
      dataField: { name: 'assignment', description: 'The changed assignment.' },
    },
    args: { input: t.arg({ type: UpdateAssignmentInput, required: true, description: 'The changes.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(updateSchema, args.input);
      const prisma = context.db.prisma;
      const id = input.assignmentId.id;
      await prisma.$transaction(async (tx) => {
        const assignment = await tx.assignment.findUnique({
          where: { id },
          select: { acceptsText: true, acceptsFile: true, programme: { select: { status: true, orgPath: true } } },
        });
        if (!assignment) throw new NotFoundError('Assignment');
        if (assignment.programme.status === 'CLOSED')
          throw new InvalidStateError('assignmentProgrammeNotOpen', { status: assignment.programme.status });
        const acceptsText = input.acceptsText ?? assignment.acceptsText;
        const acceptsFile = input.acceptsFile ?? assignment.acceptsFile;
        if (!acceptsText && !acceptsFile) throw inputIssue(['acceptsText'], 'VALIDATION.assignmentAnswerKinds');
        const { assignmentId: _id, ...fields } = input;
        await tx.assignment.update({ where: { id }, data: given(fields) });
        await recordDecision(tx, {
          subjectType: 'Assignment',
          subjectId: id,
          actorId: actingUserId(context),
          action: 'UPDATE',
          orgPath: assignment.programme.orgPath,
        });
      });
      return prisma.assignment.findUniqueOrThrow({ ...payloadQuery(query, ASSIGNMENT_INCLUDE), where: { id } });
    },
  }),
}));
