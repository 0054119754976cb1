import { z } from 'zod';
import type { Context } from '../../../api/context.js';
import type { SelectionStatus } from '../../../api/db/generated/prisma/enums.js';
import { builder } from '../../builder.js';
import { recordDecision } from '../../history/index.js';
import {
  actingUserId,
  globalIdSchema,
  InvalidStateError,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../../shared/index.js';
import { reviewSelectionErrors } from '../errors.js';
import { assertProgrammeOpen } from '../evaluation.js';
import { SELECTION_INCLUDE, Selection } from '../selection.js';
import { MAX_REVIEW_COMMENT_LENGTH, optionalCommentSchema, requiredCommentSchema } from './input.js';

/**
 * Moves a SUBMITTED selection to `toState` as the school's decision, with its history entry, in one
 * transaction (the mutation's `authorize` has checked the viewer may review it).
 */
async function decide(
  context: Context,
  selectionId: string,
  action: 'APPROVE' | 'RETURN',
  toState: SelectionStatus,
  comment: string | null,
) {
  const actorId = actingUserId(context);
  await context.db.prisma.$transaction(async (tx) => {
    const selection = await tx.selection.findUnique({
      where: { id: selectionId },
      select: { status: true, orgPath: true, enrolment: { select: { programme: { select: { status: true } } } } },
    });
    if (!selection) throw new NotFoundError('Selection');
    assertProgrammeOpen(selection.enrolment.programme);
    const { count } = await tx.selection.updateMany({
      where: { id: selectionId, status: 'SUBMITTED' },
      data: { status: toState, decidedAt: new Date() },
    });
    if (count !== 1) throw new InvalidStateError('selectionNotSubmitted', { status: selection.status });
    await recordDecision(tx, {
      subjectType: 'Selection',
      subjectId: selectionId,
      orgPath: selection.orgPath,
      actorId,
      action,
      fromState: 'SUBMITTED',
      toState,
      comment,
    });
  });
}

const ApproveSelectionInput = builder.inputType('ApproveSelectionInput', {
  description: 'The school’s approval of a submitted selection.',
  fields: (t) => ({
    selectionId: t.globalID({ required: true, for: Selection, description: 'A SUBMITTED selection.' }),
    comment: t.string({
      required: false,
      description: `Optional note for the teacher and the history: at most ${MAX_REVIEW_COMMENT_LENGTH} characters.`,
    }),
  }),
});

const ReturnSelectionInput = builder.inputType('ReturnSelectionInput', {
  description: 'The school sends a submitted selection back to the teacher.',
  fields: (t) => ({
    selectionId: t.globalID({ required: true, for: Selection, description: 'A SUBMITTED selection.' }),
    comment: t.string({
      required: true,
      description: `What the teacher should change: 1 to ${MAX_REVIEW_COMMENT_LENGTH} characters.`,
    }),
  }),
});

const approveSchema = z.object({ selectionId: globalIdSchema, comment: optionalCommentSchema });
const returnSchema = z.object({ selectionId: globalIdSchema, comment: requiredCommentSchema });

builder.mutationFields((t) => ({
  approveSelection: t.prismaField({
    type: 'Selection',
    description:
      'A school admin over the teacher’s school approves a SUBMITTED selection (→ APPROVED, final); action selection:review.',
    authorize: {
      action: 'selection:review',
      resource: (_root, args) => ({ kind: 'Selection', id: args.input.selectionId.id }),
    },
    errors: {
      types: reviewSelectionErrors,
      result: { description: 'The selection, approved.' },
      dataField: { name: 'selection', description: 'The approved selection.' },
    },
    args: {
      input: t.arg({ description: 'What to do; see the input type.', type: ApproveSelectionInput, required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(approveSchema, args.input);
      await decide(context, input.selectionId.id, 'APPROVE', 'APPROVED', input.comment);
      return context.db.prisma.selection.findUniqueOrThrow({
        ...payloadQuery(query, SELECTION_INCLUDE),
        where: { id: input.selectionId.id },
      });
    },
  }),
  returnSelection: t.prismaField({
    type: 'Selection',
    description:
      'A school admin over the teacher’s school returns a SUBMITTED selection with a comment (→ RETURNED); the teacher may resubmit. ' +
      'Action selection:review.',
    authorize: {
      action: 'selection:review',
      resource: (_root, args) => ({ kind: 'Selection', id: args.input.selectionId.id }),
    },
    errors: {
      types: reviewSelectionErrors,
      result: { description: 'The selection, returned to the teacher.' },
      dataField: { name: 'selection', description: 'The returned selection.' },
    },
    args: {
      input: t.arg({ description: 'What to do; see the input type.', type: ReturnSelectionInput, required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(returnSchema, args.input);
      await decide(context, input.selectionId.id, 'RETURN', 'RETURNED', input.comment);
      return context.db.prisma.selection.findUniqueOrThrow({
        ...payloadQuery(query, SELECTION_INCLUDE),
        where: { id: input.selectionId.id },
      });
    },
  }),
}));
