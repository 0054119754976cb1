import { z } from 'zod';
import { builder } from '../builder.js';
import { actingUserId, globalIdSchema, parseInput, payloadQuery } from '../shared/index.js';
import { decideErrors } from './errors.js';
import { ExcellentNomination, NOMINATION_INCLUDE } from './nomination.js';
import { decisionOutcome, MAX_NOMINATION_COMMENT_LENGTH } from './rules.js';
import { closeNomination } from './transition.js';

const DecideNominationInput = builder.inputType('DecideNominationInput', {
  description: 'A district admin confirms or declines an excellent-trainee nomination.',
  fields: (t) => ({
    nominationId: t.globalID({
      required: true,
      for: ExcellentNomination,
      description: 'A NOMINATED nomination of a class of the admin’s district.',
    }),
    confirm: t.boolean({
      required: true,
      description: 'True: confirm (CONFIRMED, an excellent trainee); false: decline (WITHDRAWN, the place is freed).',
    }),
    comment: t.string({
      required: false,
      description: `Why, for the tutor and the teacher: at most ${MAX_NOMINATION_COMMENT_LENGTH} characters (trimmed).`,
    }),
  }),
});

const decideSchema = z.object({
  nominationId: globalIdSchema,
  confirm: z.boolean(),
  comment: z.string().trim().max(MAX_NOMINATION_COMMENT_LENGTH).nullish(),
});

builder.mutationField('decideNomination', (t) =>
  t.prismaField({
    type: ExcellentNomination,
    description:
      'A district admin over the class confirms a nomination (CONFIRMED: the teacher is an excellent trainee, 优秀学员) or declines it ' +
      '(WITHDRAWN: the place is freed) (action excellent:confirm). Only while it is NOMINATED: INVALID_STATE otherwise. Recorded in its ' +
      'history (CONFIRM or DECLINE) with the comment.',
    authorize: {
      action: 'excellent:confirm',
      resource: (_root, args) => ({ kind: 'ExcellentNomination', id: args.input.nominationId.id }),
    },
    errors: {
      types: decideErrors,
      result: { description: 'The nomination is decided.' },
      dataField: { name: 'nomination', description: 'The nomination, CONFIRMED or WITHDRAWN.' },
    },
    args: {
      input: t.arg({ type: DecideNominationInput, required: true, description: 'The nomination and the decision.' }),
    },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(decideSchema, args.input);
      const nominationId = input.nominationId.id;
      await closeNomination(context, {
        nominationId,
        actorId: actingUserId(context),
        toState: decisionOutcome(input.confirm),
        action: input.confirm ? 'CONFIRM' : 'DECLINE',
        comment: input.comment || null,
      });
      return context.db.prisma.excellentNomination.findUniqueOrThrow({
        ...payloadQuery(query, NOMINATION_INCLUDE),
        where: { id: nominationId },
      });
    },
  }),
);
