import { z } from 'zod';
import { builder } from '../../builder.js';
import { Enrolment } from '../../enrolments/index.js';
import { globalIdSchema, parseInput } from '../../shared/index.js';
import { SelectionCheck } from '../check.js';
import { validateSelectionErrors } from '../errors.js';
import { evaluateSelection, loadEnrolment, MAX_SELECTED_COMPETENCIES } from '../evaluation.js';
import { competencyIdsSchema } from './input.js';

const ValidateSelectionInput = builder.inputType('ValidateSelectionInput', {
  description: 'A selection to check without saving it.',
  fields: (t) => ({
    enrolmentId: t.globalID({ required: true, for: Enrolment, description: 'The enrolment to select for.' }),
    competencyIds: t.idList({
      required: true,
      description: `Competency IDs in the order chosen: 0 to ${MAX_SELECTED_COMPETENCIES}. IDs outside the programme’s catalogue are reported as UNKNOWN_COMPETENCY.`,
    }),
  }),
});

const validateSelectionSchema = z.object({ enrolmentId: globalIdSchema, competencyIds: competencyIdsSchema(0) });

builder.mutationField('validateSelection', (t) =>
  t.field({
    type: SelectionCheck,
    description:
      'Checks a selection against the programme’s rules, the school’s range and the window, and changes nothing (a dry run). ' +
      'The teacher checks their own; a school admin over the school checks one they would make on the teacher’s behalf ' +
      '(action selection:validate).',
    authorize: {
      action: 'selection:validate',
      resource: (_root, args) => ({ kind: 'Enrolment', id: args.input.enrolmentId.id }),
    },
    errors: {
      types: validateSelectionErrors,
      result: { description: 'The selection, checked: nothing was saved.' },
      dataField: { name: 'check', description: 'The result of the check.' },
    },
    args: {
      input: t.arg({ description: 'What to do; see the input type.', type: ValidateSelectionInput, required: true }),
    },
    resolve: async (_root, args, context) => {
      const input = parseInput(validateSelectionSchema, args.input);
      const prisma = context.db.prisma;
      const enrolment = await loadEnrolment(prisma, input.enrolmentId.id);
      // Whose check it is, by ownership: the enrolled teacher checks their own selection; anyone else
      // admitted by `authorize` (a school admin) checks one they would make on the teacher's behalf.
      const actor = enrolment.teacherId === context.viewer.user?.id ? 'TEACHER' : 'ON_BEHALF';
      const { result } = await evaluateSelection(prisma, enrolment, input.competencyIds, actor, new Date());
      return result;
    },
  }),
);
