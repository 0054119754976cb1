import { z } from 'zod';
import { builder } from '../builder.js';
import { globalIdSchema, parseInput, payloadQuery } from '../shared/index.js';
import { USER_INCLUDE, User } from '../users/index.js';
import { updateUserErrors } from './errors.js';
import { personFields } from './person-fields.js';
import { detailColumns, detailFields, detailsSchema, displayNameDescription, withoutRaces } from './person-input.js';

const UpdateUserInput = builder.inputType('UpdateUserInput', {
  description: 'New details of a person; omitted fields stay as they are, null clears an optional one.',
  fields: (t) => ({
    id: t.globalID({
      required: true,
      for: User,
      description: 'The person; the viewer must manage the people of their home organisation.',
    }),
    displayName: t.string({ required: false, description: `${displayNameDescription} Omitted: unchanged.` }),
    ...detailFields(t, { update: true }),
  }),
});

const updateUserSchema = z.object({
  id: globalIdSchema,
  displayName: personFields.displayName.optional(),
  ...detailsSchema,
});

builder.mutationField('updateUser', (t) =>
  t.prismaField({
    type: 'User',
    description:
      'Changes a person’s name and details (e-mail, phone, subject, stage, employee number, national ID number). The login and home stay. ' +
      'Only admins over the person’s home organisation may (action people:manage); a national ID number another user holds is a CONFLICT.',
    authorize: { action: 'people:manage', resource: (_root, args) => ({ kind: 'User', id: args.input.id.id }) },
    errors: {
      types: updateUserErrors,
      result: { description: 'The person’s details are saved.' },
      dataField: { name: 'user', description: 'The person.' },
    },
    args: { input: t.arg({ type: UpdateUserInput, required: true, description: 'The person and their new details.' }) },
    resolve: async (query, _root, args, context) => {
      const { id, displayName, ...details } = parseInput(updateUserSchema, args.input);
      const prisma = context.db.prisma;
      await withoutRaces(() =>
        prisma.$transaction(async (tx) => {
          const columns = await detailColumns(tx, details, context.keys.nationalId, id.id);
          if (displayName !== undefined) columns.displayName = displayName;
          if (Object.keys(columns).length === 0) return;
          await tx.user.update({ where: { id: id.id }, data: columns, select: { id: true } });
        }),
      );
      return prisma.user.findUniqueOrThrow({ ...payloadQuery(query, USER_INCLUDE), where: { id: id.id } });
    },
  }),
);
