import { z } from 'zod';
import { builder } from '../../builder.js';
import { Enrolment } from '../../enrolments/index.js';
import { recordDecision } from '../../history/index.js';
import { actingUserId, globalIdSchema, InvalidStateError, parseInput, payloadQuery } from '../../shared/index.js';
import { makeSelectionErrors, SelectionRejectedError } from '../errors.js';
import { assertProgrammeOpen, evaluateSelection, loadEnrolment, MAX_SELECTED_COMPETENCIES } from '../evaluation.js';
import { SELECTION_INCLUDE } from '../selection.js';
import { competencyIdsSchema, MAX_REVIEW_COMMENT_LENGTH, optionalCommentSchema } from './input.js';
import { writeSelection } from './write-selection.js';

const SelectOnBehalfInput = builder.inputType('SelectOnBehalfInput', {
  description: 'A selection the school admin makes for a teacher who did not select in time (代为选择).',
  fields: (t) => ({
    enrolmentId: t.globalID({ required: true, for: Enrolment, description: 'The teacher’s enrolment.' }),
    competencyIds: t.idList({
      required: true,
      description: `Competency IDs in the order chosen: 1 to ${MAX_SELECTED_COMPETENCIES}.`,
    }),
    comment: t.string({
      required: false,
      description: `Why, for the history: at most ${MAX_REVIEW_COMMENT_LENGTH} characters.`,
    }),
  }),
});

const selectOnBehalfSchema = z.object({
  enrolmentId: globalIdSchema,
  competencyIds: competencyIdsSchema(1),
  comment: optionalCommentSchema,
});

builder.mutationField('selectOnBehalf', (t) =>
  t.prismaField({
    type: 'Selection',
    description:
      'The school admin selects for a teacher after the teacher’s window has closed, where the programme allows it ' +
      '(adminSelectsAfterDeadline). Only for enrolments without a SUBMITTED or APPROVED selection. The same rules apply; ' +
      'the result is APPROVED with onBehalf true. Only the school’s admins may (action selection:makeOnBehalf).',
    authorize: {
      action: 'selection:makeOnBehalf',
      resource: (_root, args) => ({ kind: 'Enrolment', id: args.input.enrolmentId.id }),
    },
    errors: {
      types: makeSelectionErrors,
      result: { description: 'The selection made on the teacher’s behalf.' },
      dataField: { name: 'selection', description: 'The saved selection.' },
    },
    args: {
      input: t.arg({ description: 'What to do; see the input type.', type: SelectOnBehalfInput, required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(selectOnBehalfSchema, args.input);
      const prisma = context.db.prisma;
      const now = new Date();
      const saved = await prisma.$transaction(async (tx) => {
        const adminId = actingUserId(context);
        const enrolment = await loadEnrolment(tx, input.enrolmentId.id);
        assertProgrammeOpen(enrolment.programme);
        const previous = enrolment.selection?.status ?? null;
        if (previous === 'SUBMITTED' || previous === 'APPROVED') {
          throw new InvalidStateError('teacherAlreadySelected', { status: previous });
        }
        const { result, competencyIds } = await evaluateSelection(tx, enrolment, input.competencyIds, 'ON_BEHALF', now);
        if (!result.valid) throw new SelectionRejectedError(result);
        const selection = await writeSelection(tx, {
          enrolment,
          status: 'APPROVED',
          onBehalf: true,
          submittedById: adminId,
          competencyIds,
          totalCredits: result.totalCredits,
          now,
        });
        await recordDecision(tx, {
          subjectType: 'Selection',
          subjectId: selection.id,
          orgPath: enrolment.orgPath,
          actorId: adminId,
          action: 'SELECT_ON_BEHALF',
          fromState: previous,
          toState: 'APPROVED',
          comment: input.comment,
        });
        return selection;
      });
      return prisma.selection.findUniqueOrThrow({ ...payloadQuery(query, SELECTION_INCLUDE), where: { id: saved.id } });
    },
  }),
);
