import { z } from 'zod';
import { builder } from '../../builder.js';
import { Enrolment } from '../../enrolments/index.js';
import { recordDecision } from '../../history/index.js';
import { actingUserId, globalIdSchema, InvalidStateError, parseInput, payloadQuery } from '../../shared/index.js';
import { makeSelectionErrors, SelectionRejectedError } from '../errors.js';
import { assertProgrammeOpen, evaluateSelection, loadEnrolment, MAX_SELECTED_COMPETENCIES } from '../evaluation.js';
import { SELECTION_INCLUDE } from '../selection.js';
import { competencyIdsSchema } from './input.js';
import { writeSelection } from './write-selection.js';

const SubmitSelectionInput = builder.inputType('SubmitSelectionInput', {
  description: 'A teacher’s competency selection for one of their enrolments.',
  fields: (t) => ({
    enrolmentId: t.globalID({ required: true, for: Enrolment, description: 'The teacher’s own enrolment.' }),
    competencyIds: t.idList({
      required: true,
      description: `Competency IDs in the order chosen: 1 to ${MAX_SELECTED_COMPETENCIES}, from the programme’s catalogue and the school’s range.`,
    }),
  }),
});

const submitSelectionSchema = z.object({ enrolmentId: globalIdSchema, competencyIds: competencyIdsSchema(1) });

builder.mutationField('submitSelection', (t) =>
  t.prismaField({
    type: 'Selection',
    description:
      'Submits the teacher’s own selection while the programme is published or running and their window is open. ' +
      'A selection breaking the rules is refused with every violation (SelectionRejectedError) and nothing changes. ' +
      'It becomes SUBMITTED when the programme requires the school’s review, else APPROVED at once. ' +
      'A SUBMITTED or RETURNED selection is replaced; an APPROVED one is final. Only the enrolled teacher may ' +
      '(action selection:make); a school admin selects with selectOnBehalf after the window.',
    authorize: {
      action: 'selection:make',
      resource: (_root, args) => ({ kind: 'Enrolment', id: args.input.enrolmentId.id }),
    },
    errors: {
      types: makeSelectionErrors,
      result: { description: 'The selection as submitted.' },
      dataField: { name: 'selection', description: 'The saved selection.' },
    },
    args: {
      input: t.arg({ description: 'What to do; see the input type.', type: SubmitSelectionInput, required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(submitSelectionSchema, args.input);
      const prisma = context.db.prisma;
      const now = new Date();
      const saved = await prisma.$transaction(async (tx) => {
        const teacherId = actingUserId(context);
        const enrolment = await loadEnrolment(tx, input.enrolmentId.id);
        assertProgrammeOpen(enrolment.programme);
        const previous = enrolment.selection?.status ?? null;
        if (previous === 'APPROVED') throw new InvalidStateError('selectionApproved');
        const { rules, result, competencyIds } = await evaluateSelection(
          tx,
          enrolment,
          input.competencyIds,
          'TEACHER',
          now,
        );
        if (!result.valid) throw new SelectionRejectedError(result);
        const review = rules.selection.requireSchoolReview;
        const selection = await writeSelection(tx, {
          enrolment,
          status: review ? 'SUBMITTED' : 'APPROVED',
          onBehalf: false,
          submittedById: teacherId,
          competencyIds,
          totalCredits: result.totalCredits,
          now,
        });
        const history = { subjectType: 'Selection', subjectId: selection.id, orgPath: enrolment.orgPath };
        await recordDecision(tx, {
          ...history,
          actorId: teacherId,
          action: 'SUBMIT',
          fromState: previous,
          toState: 'SUBMITTED',
        });
        if (!review)
          await recordDecision(tx, {
            ...history,
            actorId: null,
            action: 'AUTO_APPROVE',
            fromState: 'SUBMITTED',
            toState: 'APPROVED',
          });
        return selection;
      });
      return prisma.selection.findUniqueOrThrow({ ...payloadQuery(query, SELECTION_INCLUDE), where: { id: saved.id } });
    },
  }),
);
