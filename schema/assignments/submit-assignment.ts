import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import type { FileKind } from '../../api/storage/file-types.js';
import { builder } from '../builder.js';
import { Enrolment } from '../enrolments/index.js';
import { storeUploads, Upload } from '../files/index.js';
import { recordDecision } from '../history/index.js';
import { publishProgressOf } from '../live/index.js';
import { parseProgrammeRules } from '../programmes/index.js';
import {
  actingUserId,
  ConflictError,
  globalIdSchema,
  InvalidStateError,
  NotFoundError,
  parseInput,
  payloadQuery,
  problem,
} from '../shared/index.js';
import { Assignment } from './assignment.js';
import { AttemptsExhaustedError, submitAssignmentErrors } from './errors.js';
import { ANSWER_MAX_BYTES, type AnswerProblem, answerProblems, MAX_ANSWER_TEXT_LENGTH, submitCheck } from './rules.js';
import { AssignmentSubmission, SUBMISSION_INCLUDE } from './submission.js';

/** Types an answer file may have. */
export const ANSWER_FILE_TYPES: readonly FileKind[] = ['pdf', 'doc', 'docx'];
/** Programme states in which teachers submit and tutors mark. */
export const OPEN_PROGRAMME_STATUSES = ['PUBLISHED', 'RUNNING'];

const SubmitAssignmentInput = builder.inputType('SubmitAssignmentInput', {
  description: 'A teacher’s answer to an assignment: a text, a file, or both, as the assignment accepts.',
  fields: (t) => ({
    assignmentId: t.globalID({
      required: true,
      for: Assignment,
      description: 'An assignment of the enrolment’s programme.',
    }),
    enrolmentId: t.globalID({
      required: true,
      for: Enrolment,
      description: 'The viewer’s own enrolment in a PUBLISHED or RUNNING programme.',
    }),
    text: t.string({
      required: false,
      description: `A text answer (plain text), at most ${MAX_ANSWER_TEXT_LENGTH} characters; when the assignment accepts text.`,
    }),
    file: t.field({
      type: Upload,
      required: false,
      description: `A file answer: PDF, DOC or DOCX (by extension and by content), at most 20 MB (${ANSWER_MAX_BYTES} bytes); when the assignment accepts files.`,
    }),
  }),
});

const submitSchema = z.object({
  assignmentId: globalIdSchema,
  enrolmentId: globalIdSchema,
  text: z
    .string()
    .trim()
    .max(MAX_ANSWER_TEXT_LENGTH)
    .nullish()
    .transform((text) => text || null),
  file: z.custom<File>((value) => value instanceof Object).nullish(),
});

const SUBMIT_REFUSALS = { PENDING: 'submissionPending', MARKED: 'submissionMarked' } as const;

function answerError(problems: AnswerProblem[], kinds: { acceptsText: boolean; acceptsFile: boolean }) {
  const which = kinds.acceptsText && kinds.acceptsFile ? 'both' : kinds.acceptsText ? 'text' : 'file';
  return new InputValidationError({
    issues: problems.map((p) =>
      p.problem === 'MISSING'
        ? problem(['input'], 'VALIDATION.assignmentAnswerRequired', { kinds: which })
        : problem(['input', p.field], 'VALIDATION.assignmentAnswerNotAccepted', { field: p.field }),
    ),
  });
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

builder.mutationField('submitAssignment', (t) =>
  t.prismaField({
    type: AssignmentSubmission,
    description:
      'A teacher submits their answer to an assignment (action assignment:submit, their own enrolment): the first time, or again after the ' +
      'tutor RETURNED it (a new attempt; earlier attempts stay in `attempts`), up to the programme’s maxAttempts. Refused while it waits ' +
      'for the tutor (INVALID_STATE) and once MARKED (INVALID_STATE); after the last attempt, ATTEMPTS_EXHAUSTED. Late work is accepted and ' +
      'flagged `late`. Send a file as a multipart request. Recorded in the history (SUBMIT, RESUBMIT).',
    authorize: {
      action: 'assignment:submit',
      resource: (_root, args) => ({ kind: 'Enrolment', id: args.input.enrolmentId.id }),
    },
    errors: {
      types: submitAssignmentErrors,
      result: { description: 'The answer is submitted.' },
      dataField: { name: 'submission', description: 'The submission, SUBMITTED, at its new attempt.' },
    },
    args: { input: t.arg({ type: SubmitAssignmentInput, required: true, description: 'The answer.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(submitSchema, args.input);
      const prisma = context.db.prisma;
      const actorId = actingUserId(context);
      const [assignment, enrolment] = await Promise.all([
        prisma.assignment.findUnique({
          where: { id: input.assignmentId.id },
          select: { id: true, programmeId: true, acceptsText: true, acceptsFile: true },
        }),
        prisma.enrolment.findUnique({
          where: { id: input.enrolmentId.id },
          select: {
            id: true,
            programmeId: true,
            teacherId: true,
            classId: true,
            orgPath: true,
            class: { select: { path: true } },
            programme: { select: { status: true, rules: true } },
          },
        }),
      ]);
      if (!enrolment) throw new NotFoundError('Enrolment');
      // Another programme's assignment is, for this enrolment, no assignment at all.
      if (!assignment || assignment.programmeId !== enrolment.programmeId) throw new NotFoundError('Assignment');
      if (!OPEN_PROGRAMME_STATUSES.includes(enrolment.programme.status))
        throw new InvalidStateError('assignmentProgrammeNotOpen', { status: enrolment.programme.status });
      const problems = answerProblems(assignment, { hasText: input.text !== null, hasFile: Boolean(input.file) });
      if (problems.length) throw answerError(problems, assignment);
      const { maxAttempts } = parseProgrammeRules(enrolment.programme.rules).assignments;
      const classPath = enrolment.class?.path ?? null;

      const submissionId = await storeUploads(
        prisma,
        context.files.storage,
        input.file ? [input.file] : [],
        {
          allowedTypes: ANSWER_FILE_TYPES,
          maxBytes: ANSWER_MAX_BYTES,
          // The class's tutors mark it, so the file belongs to the class where there is one.
          orgPath: classPath ?? enrolment.orgPath,
          uploadedById: actorId,
        },
        async (tx, stored) => {
          const now = new Date();
          const current = await tx.assignmentSubmission.findUnique({
            where: { assignmentId_enrolmentId: { assignmentId: assignment.id, enrolmentId: enrolment.id } },
            select: { id: true, status: true, attempt: true },
          });
          const check = submitCheck(current, maxAttempts);
          if (!check.ok) {
            const { refusal } = check;
            if (refusal.code === 'ATTEMPTS_EXHAUSTED')
              throw new AttemptsExhaustedError(refusal.attempts, refusal.maxAttempts);
            throw new InvalidStateError(SUBMIT_REFUSALS[refusal.code]);
          }
          let id: string;
          if (!current) {
            const created = await tx.assignmentSubmission.create({
              data: {
                assignmentId: assignment.id,
                enrolmentId: enrolment.id,
                teacherId: enrolment.teacherId,
                status: 'SUBMITTED',
                attempt: 1,
                submittedAt: now,
                orgPath: enrolment.orgPath,
                classPath,
              },
              select: { id: true },
            });
            id = created.id;
          } else {
            const { count } = await tx.assignmentSubmission.updateMany({
              where: { id: current.id, status: 'RETURNED', attempt: current.attempt },
              data: {
                status: 'SUBMITTED',
                attempt: check.attempt,
                submittedAt: now,
                mark: null,
                comment: null,
                markedById: null,
                markedAt: null,
                classPath,
              },
            });
            if (count !== 1) throw new ConflictError('submissionMeanwhile');
            id = current.id;
          }
          await tx.assignmentAttempt.create({
            data: {
              submissionId: id,
              attempt: check.attempt,
              text: input.text,
              fileId: stored[0]?.id ?? null,
              submittedAt: now,
            },
          });
          await recordDecision(tx, {
            subjectType: 'AssignmentSubmission',
            subjectId: id,
            actorId,
            action: current ? 'RESUBMIT' : 'SUBMIT',
            fromState: current?.status ?? null,
            toState: 'SUBMITTED',
            comment: `attempt ${check.attempt}`,
            orgPath: enrolment.orgPath,
          });
          return id;
        },
      ).catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new ConflictError('submissionMeanwhile');
        throw error;
      });
      publishProgressOf(context, 'ASSIGNMENT', [enrolment]);
      return prisma.assignmentSubmission.findUniqueOrThrow({
        ...payloadQuery(query, SUBMISSION_INCLUDE),
        where: { id: submissionId },
      });
    },
  }),
);
