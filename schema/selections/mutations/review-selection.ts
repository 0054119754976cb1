import { z } from 'zod';
import type { Context } from '../../../api/context.js';
import type { SelectionStatus } from '../../../api/db/generated/prisma/enums.js';
import { builder } from '../../builder.js';
import { canSeeEnrolment } from '../../enrolments/index.js';
import { recordDecision } from '../../history/index.js';
import {
  ForbiddenActionError,
  globalIdSchema,
  InvalidStateError,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../../shared/index.js';
import { assertProgrammeOpen } from '../evaluation.js';
import { SELECTION_INCLUDE, Selection } from '../selection.js';
import { selectionErrors } from './errors.js';
import { MAX_REVIEW_COMMENT_LENGTH, optionalCommentSchema, requiredCommentSchema } from './input.js';

/** Moves a SUBMITTED selection to `toState` as the school's decision, with its history entry, in one transaction. */
async function decide(
  context: Context,
  selectionId: string,
  action: 'APPROVE' | 'RETURN',
  toState: SelectionStatus,
  comment: string | null,
) {
  const actorId = context.viewer.user?.id ?? null;
  await context.db.prisma.$transaction(async (tx) => {
    const selection = await tx.selection.findUnique({
      where: { id: selectionId },
      select: {
        status: true,
        orgPath: true,
        enrolment: {
          select: {
            teacherId: true,
            orgPath: true,
            class: { select: { path: true } },
            programme: { select: { status: true } },
          },
        },
      },
    });
    const enrolment = selection?.enrolment;
    if (
      !selection ||
      !enrolment ||
      !canSeeEnrolment(context, {
        teacherId: enrolment.teacherId,
        orgPath: enrolment.orgPath,
        classPath: enrolment.class?.path ?? null,
      })
    ) {
      throw new NotFoundError('Selection');
    }
    if (!context.viewer.holdsOver(['SCHOOL_ADMIN'], enrolment.orgPath)) {
      throw new ForbiddenActionError('Only a school admin over the teacher’s school may review the selection.');
    }
    assertProgrammeOpen(enrolment.programme);
    const { count } = await tx.selection.updateMany({
      where: { id: selectionId, status: 'SUBMITTED' },
      data: { status: toState, decidedAt: new Date() },
    });
    if (count !== 1)
      throw new InvalidStateError(
        `Only a submitted selection can be reviewed (this one is ${selection.status.toLowerCase()}).`,
      );
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
    description: 'A school admin over the teacher’s school approves a SUBMITTED selection (→ APPROVED, final).',
    authScopes: { authenticated: true },
    errors: {
      types: selectionErrors,
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
      'A school admin over the teacher’s school returns a SUBMITTED selection with a comment (→ RETURNED); the teacher may resubmit.',
    authScopes: { authenticated: true },
    errors: {
      types: selectionErrors,
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
