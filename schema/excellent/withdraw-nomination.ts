import { z } from 'zod';
import { builder } from '../builder.js';
import { actingUserId, globalIdSchema, parseInput, payloadQuery } from '../shared/index.js';
import { decideErrors } from './errors.js';
import { ExcellentNomination, NOMINATION_INCLUDE } from './nomination.js';
import { closeNomination } from './transition.js';

const WithdrawNominationInput = builder.inputType('WithdrawNominationInput', {
  description: 'A class tutor withdraws a nomination the district has not decided yet.',
  fields: (t) => ({
    nominationId: t.globalID({
      required: true,
      for: ExcellentNomination,
      description: 'A NOMINATED nomination of the tutor’s class.',
    }),
  }),
});

const withdrawSchema = z.object({ nominationId: globalIdSchema });

builder.mutationField('withdrawNomination', (t) =>
  t.prismaField({
    type: ExcellentNomination,
    description:
      'A tutor of the class withdraws a nomination while it awaits the district (action excellent:nominate): it becomes WITHDRAWN and frees ' +
      'its place of the quota. INVALID_STATE once it is CONFIRMED or WITHDRAWN. Recorded in its history (WITHDRAW).',
    authorize: {
      action: 'excellent:nominate',
      resource: (_root, args) => ({ kind: 'ExcellentNomination', id: args.input.nominationId.id }),
    },
    errors: {
      types: decideErrors,
      result: { description: 'The nomination is withdrawn.' },
      dataField: { name: 'nomination', description: 'The nomination, WITHDRAWN.' },
    },
    args: { input: t.arg({ type: WithdrawNominationInput, required: true, description: 'The nomination.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(withdrawSchema, args.input);
      const nominationId = input.nominationId.id;
      await closeNomination(context, {
        nominationId,
        actorId: actingUserId(context),
        toState: 'WITHDRAWN',
        action: 'WITHDRAW',
        comment: null,
      });
      return context.db.prisma.excellentNomination.findUniqueOrThrow({
        ...payloadQuery(query, NOMINATION_INCLUDE),
        where: { id: nominationId },
      });
    },
  }),
);
