import { z } from 'zod';
import { builder } from '../builder.js';
import { globalIdSchema, InvalidStateError, parseInput, payloadQuery } from '../shared/index.js';
import { assertManagesEveryRole, USER_INCLUDE, User } from '../users/index.js';
import { activationErrors } from './errors.js';

const ActivationInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({
      id: t.globalID({
        required: true,
        for: User,
        description: 'The person; the viewer must manage the people of their home organisation.',
      }),
    }),
  });

const activationSchema = z.object({ id: globalIdSchema });

builder.mutationField('deactivateUser', (t) =>
  t.prismaField({
    type: 'User',
    description:
      'Deactivates a person: their records (enrolments, selections, history, roles) stay readable by their organisation, and their tokens are ' +
      'refused (401) from the next request. Deactivating someone already deactivated changes nothing; deactivating oneself is refused ' +
      '(INVALID_STATE). Only admins over the person’s home organisation and every organisation they hold a role on may (action ' +
      'people:manage): a school admin cannot deactivate a district admin whose home is the school.',
    authorize: { action: 'people:manage', resource: (_root, args) => ({ kind: 'User', id: args.input.id.id }) },
    errors: {
      types: activationErrors,
      result: { description: 'The person is deactivated.' },
      dataField: { name: 'user', description: 'The person.' },
    },
    args: {
      input: t.arg({
        type: ActivationInput('DeactivateUserInput', 'A person to deactivate.'),
        required: true,
        description: 'The person.',
      }),
    },
    resolve: async (query, _root, args, context) => {
      const { id } = parseInput(activationSchema, args.input);
      if (id.id === context.viewer.user?.id) throw new InvalidStateError('PEOPLE.deactivateSelf');
      const prisma = context.db.prisma;
      await assertManagesEveryRole(prisma, context, id.id);
      await prisma.user.updateMany({ where: { id: id.id, deactivatedAt: null }, data: { deactivatedAt: new Date() } });
      return prisma.user.findUniqueOrThrow({ ...payloadQuery(query, USER_INCLUDE), where: { id: id.id } });
    },
  }),
);

builder.mutationField('reactivateUser', (t) =>
  t.prismaField({
    type: 'User',
    description:
      'Reactivates a deactivated person: they sign in again with the roles they held. Reactivating an active person changes nothing. ' +
      'Only admins over the person’s home organisation and every organisation they hold a role on may (action people:manage).',
    authorize: { action: 'people:manage', resource: (_root, args) => ({ kind: 'User', id: args.input.id.id }) },
    errors: {
      types: activationErrors,
      result: { description: 'The person is active.' },
      dataField: { name: 'user', description: 'The person.' },
    },
    args: {
      input: t.arg({
        type: ActivationInput('ReactivateUserInput', 'A person to reactivate.'),
        required: true,
        description: 'The person.',
      }),
    },
    resolve: async (query, _root, args, context) => {
      const { id } = parseInput(activationSchema, args.input);
      const prisma = context.db.prisma;
      await assertManagesEveryRole(prisma, context, id.id);
      await prisma.user.updateMany({
        where: { id: id.id, deactivatedAt: { not: null } },
        data: { deactivatedAt: null },
      });
      return prisma.user.findUniqueOrThrow({ ...payloadQuery(query, USER_INCLUDE), where: { id: id.id } });
    },
  }),
);
