import { z } from 'zod';
import type { Context } from '../../api/context.js';
import { builder } from '../builder.js';
import { recordDecision } from '../history/index.js';
import { publishProgress } from '../live/index.js';
import { parseProgrammeRules } from '../programmes/index.js';
import {
  actingUserId,
  globalIdSchema,
  InvalidStateError,
  inputIssue,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import {
  AttemptsExhaustedError,
  decideAssignmentErrors,
  recommendAssignmentErrors,
  StaleSubmissionError,
} from './errors.js';
import { type DecideRefusal, decideCheck, MAX_MARK_COMMENT_LENGTH, markInRange, mayRecommend } from './rules.js';
import { AssignmentSubmission, SUBMISSION_INCLUDE } from './submission.js';
import { OPEN_PROGRAMME_STATUSES } from './submit-assignment.js';

type Transaction = Parameters<Parameters<Context['db']['prisma']['$transaction']>[0]>[0];

function refusalError(refusal: DecideRefusal) {
  switch (refusal.code) {
    case 'STALE':
      return new StaleSubmissionError(refusal.attempt);
    case 'NOT_SUBMITTED':
      return new InvalidStateError('submissionNotSubmitted', { status: refusal.status });
    case 'ATTEMPTS_EXHAUSTED':
      return new AttemptsExhaustedError(refusal.attempts, refusal.maxAttempts);
  }
}

async function loadSubmission(tx: Transaction, id: string) {
  const submission = await tx.assignmentSubmission.findUnique({
    where: { id },
    select: {
      status: true,
      attempt: true,
      orgPath: true,
      recommendedAt: true,
      enrolment: { select: { programme: { select: { status: true, rules: true } } } },
    },
  });
  if (!submission) throw new NotFoundError('AssignmentSubmission');
  return submission;
}

type Decision = { kind: 'MARK'; mark: number; comment: string | null } | { kind: 'RETURN'; comment: string };

/**
 * Records the tutor's decision on the current attempt of a SUBMITTED submission, in one transaction: the submission's
 * state, the attempt's decision and a history entry. Optimistic: the attempt the tutor looked at must still be current.
 */
async function decide(context: Context, submissionId: string, expectedAttempt: number, decision: Decision) {
  const actorId = actingUserId(context);
  await context.db.prisma.$transaction(async (tx) => {
    const submission = await loadSubmission(tx, submissionId);
    const { programme } = submission.enrolment;
    const rules = parseProgrammeRules(programme.rules).assignments;
    if (decision.kind === 'MARK' && !markInRange(decision.mark, rules.maxMark))
      throw inputIssue(['mark'], 'VALIDATION.assignmentMarkRange', { max: rules.maxMark });
    if (!OPEN_PROGRAMME_STATUSES.includes(programme.status))
      throw new InvalidStateError('assignmentProgrammeNotOpen', { status: programme.status });
    const returning = decision.kind === 'RETURN';
    const refusal = decideCheck(submission, expectedAttempt, rules.maxAttempts, returning);
    if (refusal) throw refusalError(refusal);
    const now = new Date();
    const toState = returning ? 'RETURNED' : 'MARKED';
    const mark = decision.kind === 'MARK' ? decision.mark : null;
    const { count } = await tx.assignmentSubmission.updateMany({
      where: { id: submissionId, status: 'SUBMITTED', attempt: expectedAttempt },
      data: {
        status: toState,
        mark,
        comment: decision.comment,
        markedById: returning ? null : actorId,
        markedAt: returning ? null : now,
      },
    });
    if (count !== 1) {
      // Changed since it was read: say how it is now.
      const now = await loadSubmission(tx, submissionId);
      throw refusalError(
        decideCheck(now, expectedAttempt, rules.maxAttempts, returning) ?? { code: 'STALE', attempt: now.attempt },
      );
    }
    await tx.assignmentAttempt.update({
      where: { submissionId_attempt: { submissionId, attempt: expectedAttempt } },
      data: { decision: toState, mark, comment: decision.comment, decidedById: actorId, decidedAt: now },
    });
    await recordDecision(tx, {
      subjectType: 'AssignmentSubmission',
      subjectId: submissionId,
      actorId,
      action: decision.kind,
      fromState: 'SUBMITTED',
      toState,
      comment:
        decision.kind === 'MARK'
          ? `${decision.mark}${decision.comment ? `: ${decision.comment}` : ''}`
          : decision.comment,
      orgPath: submission.orgPath,
    });
  });
}

/** Recommends (or withdraws the recommendation of) MARKED work; doing it twice changes nothing. */
async function recommend(context: Context, submissionId: string, recommended: boolean) {
  const actorId = actingUserId(context);
  await context.db.prisma.$transaction(async (tx) => {
    const submission = await loadSubmission(tx, submissionId);
    if (!mayRecommend(submission.status))
      throw new InvalidStateError('submissionNotMarked', { status: submission.status });
    if ((submission.recommendedAt !== null) === recommended) return;
    await tx.assignmentSubmission.update({
      where: { id: submissionId },
      data: recommended
        ? { recommendedAt: new Date(), recommendedById: actorId }
        : { recommendedAt: null, recommendedById: null },
    });
    await recordDecision(tx, {
      subjectType: 'AssignmentSubmission',
      subjectId: submissionId,
      actorId,
      action: recommended ? 'RECOMMEND' : 'UNRECOMMEND',
      orgPath: submission.orgPath,
    });
  });
}

const MarkAssignmentInput = builder.inputType('MarkAssignmentInput', {
  description: 'The class tutor’s mark on the current attempt of a submission.',
  fields: (t) => ({
    submissionId: t.globalID({
      required: true,
      for: AssignmentSubmission,
      description: 'A SUBMITTED submission of the tutor’s class.',
    }),
    mark: t.int({ required: true, description: 'A whole mark from 0 to the programme’s maxMark (default 100).' }),
    comment: t.string({
      required: false,
      description: `A comment for the teacher: at most ${MAX_MARK_COMMENT_LENGTH} characters.`,
    }),
    expectedAttempt: t.int({
      required: true,
      description:
        'The attempt the tutor marked (`AssignmentSubmission.attempt` as loaded); another current attempt is a CONFLICT.',
    }),
  }),
});

const ReturnAssignmentInput = builder.inputType('ReturnAssignmentInput', {
  description: 'The class tutor returns a submission for rework.',
  fields: (t) => ({
    submissionId: t.globalID({
      required: true,
      for: AssignmentSubmission,
      description: 'A SUBMITTED submission of the tutor’s class.',
    }),
    comment: t.string({
      required: true,
      description: `What to rework: 1 to ${MAX_MARK_COMMENT_LENGTH} characters.`,
    }),
    expectedAttempt: t.int({
      required: true,
      description:
        'The attempt the tutor read (`AssignmentSubmission.attempt` as loaded); another current attempt is a CONFLICT.',
    }),
  }),
});

const RecommendAssignmentInput = builder.inputType('RecommendAssignmentInput', {
  description: 'A MARKED submission of the tutor’s class.',
  fields: (t) => ({
    submissionId: t.globalID({
      required: true,
      for: AssignmentSubmission,
      description: 'A MARKED submission of the tutor’s class.',
    }),
  }),
});

const attemptSchema = z.int().min(1).max(1000);
const markSchema = z.object({
  submissionId: globalIdSchema,
  mark: z.int(),
  comment: z
    .string()
    .trim()
    .max(MAX_MARK_COMMENT_LENGTH)
    .nullish()
    .transform((comment) => comment || null),
  expectedAttempt: attemptSchema,
});
const returnSchema = z.object({
  submissionId: globalIdSchema,
  comment: z.string().trim().min(1).max(MAX_MARK_COMMENT_LENGTH),
  expectedAttempt: attemptSchema,
});
const recommendSchema = z.object({ submissionId: globalIdSchema });

const reread = (context: Context, query: object, id: string) =>
  context.db.prisma.assignmentSubmission.findUniqueOrThrow({
    ...payloadQuery(query as { select?: object }, SUBMISSION_INCLUDE),
    where: { id },
  });

const authorizeMark = {
  action: 'assignment:mark' as const,
  resource: (_root: unknown, args: { input: { submissionId: { id: string } } }) => ({
    kind: 'AssignmentSubmission' as const,
    id: args.input.submissionId.id,
  }),
};

builder.mutationFields((t) => ({
  markAssignment: t.prismaField({
    type: AssignmentSubmission,
    description:
      'A tutor of the teacher’s class marks the current attempt of a SUBMITTED submission, 0 to the programme’s maxMark, with a comment ' +
      '(action assignment:mark): it becomes MARKED (final). Optimistic: `expectedAttempt` must be the current attempt, else CONFLICT ' +
      '(StaleSubmissionError). Recorded in the attempt and the history (MARK).',
    authorize: authorizeMark,
    errors: {
      types: decideAssignmentErrors,
      result: { description: 'The submission is marked.' },
      dataField: { name: 'submission', description: 'The marked submission.' },
    },
    args: { input: t.arg({ type: MarkAssignmentInput, required: true, description: 'The mark.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(markSchema, args.input);
      await decide(context, input.submissionId.id, input.expectedAttempt, {
        kind: 'MARK',
        mark: input.mark,
        comment: input.comment,
      });
      await publishProgress(context, 'ASSIGNMENT', { submissions: { some: { id: input.submissionId.id } } });
      return reread(context, query, input.submissionId.id);
    },
  }),
  returnAssignment: t.prismaField({
    type: AssignmentSubmission,
    description:
      'A tutor of the teacher’s class returns a SUBMITTED submission for rework with a comment (action assignment:mark): it becomes RETURNED ' +
      'and the teacher may resubmit (a new attempt). The last allowed attempt cannot be returned (ATTEMPTS_EXHAUSTED): mark it. ' +
      'Optimistic like markAssignment. Recorded in the attempt and the history (RETURN).',
    authorize: authorizeMark,
    errors: {
      types: decideAssignmentErrors,
      result: { description: 'The submission is returned.' },
      dataField: { name: 'submission', description: 'The returned submission.' },
    },
    args: { input: t.arg({ type: ReturnAssignmentInput, required: true, description: 'What to rework.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(returnSchema, args.input);
      await decide(context, input.submissionId.id, input.expectedAttempt, { kind: 'RETURN', comment: input.comment });
      await publishProgress(context, 'ASSIGNMENT', { submissions: { some: { id: input.submissionId.id } } });
      return reread(context, query, input.submissionId.id);
    },
  }),
  recommendAssignment: t.prismaField({
    type: AssignmentSubmission,
    description:
      'A tutor of the teacher’s class recommends MARKED work to the district’s experts as excellent (action assignment:mark); it then appears in ' +
      '`recommendedAssignments`. Recommending twice changes nothing. Recorded in the history (RECOMMEND).',
    authorize: authorizeMark,
    errors: {
      types: recommendAssignmentErrors,
      result: { description: 'The work is recommended.' },
      dataField: { name: 'submission', description: 'The recommended submission.' },
    },
    args: { input: t.arg({ type: RecommendAssignmentInput, required: true, description: 'The submission.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(recommendSchema, args.input);
      await recommend(context, input.submissionId.id, true);
      return reread(context, query, input.submissionId.id);
    },
  }),
  unrecommendAssignment: t.prismaField({
    type: AssignmentSubmission,
    description:
      'A tutor of the teacher’s class withdraws a recommendation (action assignment:mark). Withdrawing twice changes nothing. ' +
      'Recorded in the history (UNRECOMMEND).',
    authorize: authorizeMark,
    errors: {
      types: recommendAssignmentErrors,
      result: { description: 'The recommendation is withdrawn.' },
      dataField: { name: 'submission', description: 'The submission.' },
    },
    args: { input: t.arg({ type: RecommendAssignmentInput, required: true, description: 'The submission.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(recommendSchema, args.input);
      await recommend(context, input.submissionId.id, false);
      return reread(context, query, input.submissionId.id);
    },
  }),
}));
