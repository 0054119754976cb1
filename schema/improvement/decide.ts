/**
 * The school admin passes or fails a teacher's school-based study (校本研修考核: 通过 / 不通过). PASSED only when it is
 * complete (plan, hours, summaries); FAILED any time, with a comment. A verdict can be changed while the programme is
 * open; every verdict is recorded in the history (DECIDE, from the earlier verdict or PENDING to the new one).
 */
import { z } from 'zod';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { Enrolment } from '../enrolments/index.js';
import { recordDecision } from '../history/index.js';
import { parseProgrammeRules } from '../programmes/index.js';
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
import { SchoolStudyResult, SchoolStudyReview } from './enrolment-fields.js';
import { decideSchoolStudyErrors, SchoolStudyIncompleteError } from './errors.js';
import { studyRows } from './facts.js';
import { MAX_VERDICT_COMMENT_LENGTH, verdictCheck } from './rules.js';

const DecideSchoolStudyInput = builder.inputType('DecideSchoolStudyInput', {
  description: 'The school admin’s verdict on a teacher’s school-based study.',
  fields: (t) => ({
    enrolmentId: t.globalID({
      required: true,
      for: Enrolment,
      description: 'The teacher’s enrolment (a row of schoolStudyReview).',
    }),
    result: t.field({
      type: SchoolStudyResult,
      required: true,
      description: 'PASSED (only when complete) or FAILED.',
    }),
    comment: t.string({
      required: false,
      description: `Why (required when FAILED), at most ${MAX_VERDICT_COMMENT_LENGTH} characters.`,
    }),
  }),
});

const decideSchema = z.object({
  enrolmentId: globalIdSchema,
  result: z.enum(['PASSED', 'FAILED']),
  comment: z
    .string()
    .nullish()
    .transform((comment) => comment?.trim() || null),
});

const REVIEW_INCLUDE = { enrolment: { select: { teacherId: true } } } as const;

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

builder.mutationField('decideSchoolStudy', (t) =>
  t.prismaField({
    type: SchoolStudyReview,
    description:
      'The school admin passes or fails a teacher’s school-based study (校本研修考核; action schoolStudy:review over the school). PASSED ' +
      'only when it is complete — the plan (if required), the hours cap, every required summary — else SchoolStudyIncompleteError ' +
      '(INVALID_STATE) naming what is missing; FAILED any time, with a comment (INVALID_INPUT without). An earlier verdict can be ' +
      'changed while the programme is PUBLISHED or RUNNING. Recorded in the history (DECIDE, from PENDING or the earlier verdict).',
    authorize: {
      action: 'schoolStudy:review',
      resource: (_root, args) => ({ kind: 'Enrolment', id: args.input.enrolmentId.id }),
    },
    errors: {
      types: decideSchoolStudyErrors,
      result: { description: 'The verdict is given.' },
      dataField: { name: 'review', description: 'The verdict.' },
    },
    args: { input: t.arg({ type: DecideSchoolStudyInput, required: true, description: 'The verdict.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(decideSchema, args.input);
      if (input.comment && input.comment.length > MAX_VERDICT_COMMENT_LENGTH)
        throw inputIssue(['comment'], 'VALIDATION.schoolStudyCommentLength', { max: MAX_VERDICT_COMMENT_LENGTH });
      const prisma = context.db.prisma;
      const actorId = actingUserId(context);
      const enrolmentId = input.enrolmentId.id;
      const enrolment = await prisma.enrolment.findUnique({
        where: { id: enrolmentId },
        select: { orgPath: true, programme: { select: { status: true, rules: true } } },
      });
      if (!enrolment) throw new NotFoundError('Enrolment');
      const rules = parseProgrammeRules(enrolment.programme.rules).schoolBasedStudy;
      const reviewId = await prisma
        .$transaction(async (tx) => {
          const [row] = await studyRows(tx, Prisma.sql`e.id = ${enrolmentId}`, rules);
          if (!row) throw new NotFoundError('Enrolment');
          const refusal = verdictCheck(input.result, input.comment, row.study, enrolment.programme.status);
          if (refusal?.code === 'PROGRAMME_NOT_OPEN')
            throw new InvalidStateError('improvementProgrammeNotOpen', { status: refusal.status });
          if (refusal?.code === 'COMMENT_REQUIRED')
            throw inputIssue(['comment'], 'VALIDATION.schoolStudyCommentRequired');
          if (refusal?.code === 'INCOMPLETE')
            throw new SchoolStudyIncompleteError(refusal.missing, {
              counted: row.study.hours.countedHours,
              cap: row.study.hours.capHours,
              uploaded: row.study.summariesUploaded,
              required: row.study.summariesRequired,
            });
          const now = new Date();
          let id: string;
          if (row.reviewId === null) {
            const created = await tx.schoolStudyReview.create({
              data: {
                enrolmentId,
                result: input.result,
                comment: input.comment,
                decidedById: actorId,
                decidedAt: now,
                orgPath: row.orgPath,
              },
              select: { id: true },
            });
            id = created.id;
          } else {
            // Optimistic: the verdict must still be the one just read.
            const { count } = await tx.schoolStudyReview.updateMany({
              where: { id: row.reviewId, result: row.result ?? undefined, decidedAt: row.decidedAt ?? undefined },
              data: { result: input.result, comment: input.comment, decidedById: actorId, decidedAt: now },
            });
            if (count !== 1) throw new ConflictError('schoolStudyVerdictMeanwhile');
            id = row.reviewId;
          }
          await recordDecision(tx, {
            subjectType: 'SchoolStudyReview',
            subjectId: id,
            actorId,
            action: 'DECIDE',
            fromState: row.result ?? 'PENDING',
            toState: input.result,
            comment: input.comment,
            orgPath: row.orgPath,
          });
          return id;
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw new ConflictError('schoolStudyVerdictMeanwhile');
          throw error;
        });
      return prisma.schoolStudyReview.findUniqueOrThrow({
        ...payloadQuery(query, REVIEW_INCLUDE),
        where: { id: reviewId },
      });
    },
  }),
);
