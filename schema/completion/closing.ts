/**
 * Closing (结项): the school applies once its qualified rate reaches the threshold, its required proof items are in and
 * (with an expert assessment) the district confirmed the result; the district accepts or returns the application. Both
 * are conditional updates on closingState, so two concurrent decisions cannot both apply. After acceptance the closing
 * guard (schema/shared/authz/closing.ts) refuses every write to the school's records in the programme with CLOSED.
 */
import { z } from 'zod';
import { builder } from '../builder.js';
import { recordDecision } from '../history/index.js';
import { Organisation } from '../organisations/index.js';
import { commentSchema, MAX_COMMENT_LENGTH, Programme } from '../programmes/index.js';
import {
  actingUserId,
  ClosedError,
  ConflictError,
  globalIdSchema,
  InvalidStateError,
  inputIssue,
  parseInput,
} from '../shared/index.js';
import { reloadCompletion } from './assessment.js';
import { SchoolCompletionRef } from './completion.js';
import { applyToCloseErrors, type ClosingShortfall, ClosingShortfallError, completionWriteErrors } from './errors.js';
import { missingProofItems } from './rules.js';
import { conflictOnDuplicate, ensureCompletionRow, pairState } from './state.js';

const ApplyToCloseInput = builder.inputType('ApplyToCloseInput', {
  description: 'A school applies to close (申请结项).',
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: Programme, description: 'The programme.' }),
    schoolId: t.globalID({ required: true, for: Organisation, description: 'The school.' }),
  }),
});

const DecideClosingInput = builder.inputType('DecideClosingInput', {
  description: 'The district accepts or returns a school’s application to close (结项验收).',
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: Programme, description: 'The programme.' }),
    schoolId: t.globalID({ required: true, for: Organisation, description: 'The school.' }),
    accept: t.boolean({ required: true, description: 'true: accept (the school closes); false: return it.' }),
    comment: t.string({
      required: false,
      description: `Why (required to return): at most ${MAX_COMMENT_LENGTH} characters.`,
    }),
  }),
});

const applySchema = z.object({ programmeId: globalIdSchema, schoolId: globalIdSchema });
const decideSchema = z.object({
  programmeId: globalIdSchema,
  schoolId: globalIdSchema,
  accept: z.boolean(),
  comment: commentSchema.nullish().transform((comment) => comment || null),
});

const schoolResource =
  () => (_root: unknown, args: { input: { programmeId: { id: string }; schoolId: { id: string } } }) => ({
    kind: 'School' as const,
    id: args.input.schoolId.id,
    programmeId: args.input.programmeId.id,
  });

builder.mutationField('applyToClose', (t) =>
  t.field({
    type: SchoolCompletionRef,
    description:
      'The school applies to close (申请结项; action completion:manage over the school). Refused with ClosingShortfallError ' +
      '(INVALID_STATE) naming every shortfall unless its qualified rate reaches the threshold (computed now, in the same transaction), ' +
      'every required proof item is provided and, when the programme has an expert assessment, the district confirmed the result; ' +
      'also refused while an application waits (ALREADY_APPLIED) and once closed (CLOSED). Records the rate applied with. History: APPLY.',
    authorize: { action: 'completion:manage', resource: schoolResource() },
    errors: {
      types: applyToCloseErrors,
      result: { description: 'The application is made.' },
      dataField: { name: 'completion', description: 'The school’s completion page (closingState APPLIED).' },
    },
    args: { input: t.arg({ type: ApplyToCloseInput, required: true, description: 'The school.' }) },
    resolve: async (_root, args, context) => {
      const input = parseInput(applySchema, args.input);
      const key = { programmeId: input.programmeId.id, schoolId: input.schoolId.id };
      const actorId = actingUserId(context);
      await context.db.prisma
        .$transaction(async (tx) => {
          const state = await pairState(tx, key);
          if (state.row?.closedAt || state.row?.closingState === 'ACCEPTED') throw new ClosedError();
          const provided = await tx.schoolProofItem.findMany({ where: key, select: { itemKey: true } });
          const missing = missingProofItems(state.rules.completion.proofItems, new Set(provided.map((p) => p.itemKey)));
          const shortfalls: ClosingShortfall[] = [];
          if (!state.rate.eligible) shortfalls.push('RATE_BELOW_THRESHOLD');
          if (missing.length) shortfalls.push('PROOF_ITEMS_MISSING');
          if (state.rules.completion.expertsPerSchool > 0 && !state.row?.assessmentConfirmedAt)
            shortfalls.push('ASSESSMENT_NOT_CONFIRMED');
          if (state.row?.closingState === 'APPLIED') shortfalls.push('ALREADY_APPLIED');
          if (shortfalls.length)
            throw new ClosingShortfallError(shortfalls, {
              qualified: state.qualifiedCount,
              denominator: state.rate.denominator,
              needed: state.rate.needed,
              threshold: state.rules.completion.threshold,
              missingItems: missing.map((item) => item.key),
              state: state.row?.closingState ?? 'OPEN',
            });
          const row = await ensureCompletionRow(tx, state);
          const { count } = await tx.schoolCompletion.updateMany({
            where: { id: row.id, closingState: { in: ['OPEN', 'RETURNED'] } },
            data: {
              closingState: 'APPLIED',
              appliedRate: state.rate.rate,
              appliedAt: new Date(),
              appliedById: actorId,
            },
          });
          if (count !== 1) throw new ConflictError('closingDecidedMeanwhile');
          await recordDecision(tx, {
            subjectType: 'SchoolCompletion',
            subjectId: row.id,
            actorId,
            action: 'APPLY',
            fromState: row.closingState,
            toState: 'APPLIED',
            comment: `${state.qualifiedCount}/${state.rate.denominator} (${state.rate.rate})`,
            orgPath: state.orgPath,
          });
        })
        .catch(conflictOnDuplicate);
      return reloadCompletion(context, key);
    },
  }),
);

builder.mutationField('decideClosing', (t) =>
  t.field({
    type: SchoolCompletionRef,
    description:
      'The district accepts or returns a school’s application to close (结项验收; action completion:decide over the school). Only an ' +
      'APPLIED application (INVALID_STATE otherwise); returning needs a comment (INVALID_INPUT). Accepting closes the school in the ' +
      'programme (closingState ACCEPTED, closedAt): from then on every write to its records there is refused with CLOSED, reads still ' +
      'work. Of two concurrent decisions one applies, the other gets CONFLICT. History: ACCEPT or RETURN.',
    authorize: { action: 'completion:decide', resource: schoolResource() },
    errors: {
      types: completionWriteErrors,
      result: { description: 'The application is decided.' },
      dataField: { name: 'completion', description: 'The school’s completion page.' },
    },
    args: { input: t.arg({ type: DecideClosingInput, required: true, description: 'The decision.' }) },
    resolve: async (_root, args, context) => {
      const input = parseInput(decideSchema, args.input);
      if (!input.accept && !input.comment) throw inputIssue(['comment'], 'VALIDATION.closingCommentRequired');
      const key = { programmeId: input.programmeId.id, schoolId: input.schoolId.id };
      const actorId = actingUserId(context);
      await context.db.prisma
        .$transaction(async (tx) => {
          const state = await pairState(tx, key, { teachers: false });
          const current = state.row?.closingState ?? 'OPEN';
          if (state.row?.closedAt || current === 'ACCEPTED') throw new ClosedError();
          if (current !== 'APPLIED' || !state.row) throw new InvalidStateError('closingNotApplied', { state: current });
          const now = new Date();
          // Optimistic: only the decision that finds the application still APPLIED applies.
          const { count } = await tx.schoolCompletion.updateMany({
            where: { id: state.row.id, closingState: 'APPLIED' },
            data: {
              closingState: input.accept ? 'ACCEPTED' : 'RETURNED',
              closedAt: input.accept ? now : null,
              decidedAt: now,
              decidedById: actorId,
              decisionComment: input.comment,
            },
          });
          if (count !== 1) throw new ConflictError('closingDecidedMeanwhile');
          await recordDecision(tx, {
            subjectType: 'SchoolCompletion',
            subjectId: state.row.id,
            actorId,
            action: input.accept ? 'ACCEPT' : 'RETURN',
            fromState: 'APPLIED',
            toState: input.accept ? 'ACCEPTED' : 'RETURNED',
            comment: input.comment,
            orgPath: state.orgPath,
          });
        })
        .catch(conflictOnDuplicate);
      return reloadCompletion(context, key);
    },
  }),
);
