import { z } from 'zod';
import { SUBJECT } from '../../api/auth/jwt.js';
import { builder } from '../builder.js';
import { ConflictError, globalIdSchema, InvalidStateError, parseInput, payloadQuery } from '../shared/index.js';
import { assertManagesEveryRole, USER_INCLUDE, User } from '../users/index.js';
import { linkIdentityErrors, unlinkIdentityErrors } from './errors.js';

/** An issuer or subject as tokens carry them (api/auth/jwt.ts): 1 to 255 characters, no control character. */
export const identityTextSchema = z.string().regex(SUBJECT, 'IDENTITY.text');

const identitySchema = z.object({ userId: globalIdSchema, issuer: identityTextSchema, subject: identityTextSchema });

const IdentityInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({
      userId: t.globalID({
        required: true,
        for: User,
        description: 'The person; the viewer must manage the people of their home organisation.',
      }),
      issuer: t.string({
        required: true,
        description:
          'The identity provider: the `iss` of its tokens, exactly (1 to 255 characters, no control character). It need not be ' +
          'configured yet: identities may be linked before the provider is trusted.',
      }),
      subject: t.string({
        required: true,
        description:
          'The person at that provider: the `sub` of their tokens, exactly (1 to 255 characters, no control character).',
      }),
    }),
  });

builder.mutationField('linkIdentity', (t) =>
  t.prismaField({
    type: 'User',
    description:
      'Links a sign-on identity (an identity provider’s issuer and the person’s subject there) to a person: from then on, a token of ' +
      'that provider with that subject signs in as them. Linking an identity the person already has changes nothing; one linked to ' +
      'someone else is refused (CONFLICT). For admins over the person’s home organisation and every organisation they hold a role on ' +
      '(action people:manage).',
    authorize: { action: 'people:manage', resource: (_root, args) => ({ kind: 'User', id: args.input.userId.id }) },
    errors: {
      types: linkIdentityErrors,
      result: { description: 'The identity is linked to the person.' },
      dataField: { name: 'user', description: 'The person, with their identities.' },
    },
    args: {
      input: t.arg({
        type: IdentityInput('LinkIdentityInput', 'A sign-on identity to link to a person.'),
        required: true,
        description: 'The person, the issuer and the subject.',
      }),
    },
    resolve: async (query, _root, args, context) => {
      const { userId, issuer, subject } = parseInput(identitySchema, args.input);
      const prisma = context.db.prisma;
      await prisma.$transaction(async (tx) => {
        await assertManagesEveryRole(tx, context, userId.id);
        const holderOf = () =>
          tx.userIdentity.findUnique({ where: { issuer_subject: { issuer, subject } }, select: { userId: true } });
        let holder = await holderOf();
        if (!holder) {
          // Another request may link the same identity meanwhile: the unique index decides, and the holder is read again.
          const { count } = await tx.userIdentity.createMany({
            data: [{ userId: userId.id, issuer, subject }],
            skipDuplicates: true,
          });
          holder = count ? { userId: userId.id } : await holderOf();
        }
        if (holder?.userId !== userId.id) throw new ConflictError('identityTaken', { issuer, subject });
      });
      return prisma.user.findUniqueOrThrow({ ...payloadQuery(query, USER_INCLUDE), where: { id: userId.id } });
    },
  }),
);

builder.mutationField('unlinkIdentity', (t) =>
  t.prismaField({
    type: 'User',
    description:
      'Unlinks a sign-on identity from a person: that provider’s tokens with that subject are refused (401) from the next request. ' +
      'An identity the person does not have is refused (INVALID_STATE). For admins over the person’s home organisation and every ' +
      'organisation they hold a role on (action people:manage).',
    authorize: { action: 'people:manage', resource: (_root, args) => ({ kind: 'User', id: args.input.userId.id }) },
    errors: {
      types: unlinkIdentityErrors,
      result: { description: 'The identity is no longer linked to the person.' },
      dataField: { name: 'user', description: 'The person, with their remaining identities.' },
    },
    args: {
      input: t.arg({
        type: IdentityInput('UnlinkIdentityInput', 'A sign-on identity to unlink from a person.'),
        required: true,
        description: 'The person, the issuer and the subject.',
      }),
    },
    resolve: async (query, _root, args, context) => {
      const { userId, issuer, subject } = parseInput(identitySchema, args.input);
      const prisma = context.db.prisma;
      await prisma.$transaction(async (tx) => {
        await assertManagesEveryRole(tx, context, userId.id);
        const { count } = await tx.userIdentity.deleteMany({ where: { userId: userId.id, issuer, subject } });
        if (!count) throw new InvalidStateError('identityNotLinked', { issuer, subject });
      });
      return prisma.user.findUniqueOrThrow({ ...payloadQuery(query, USER_INCLUDE), where: { id: userId.id } });
    },
  }),
);
