/**
 * Revoking a sync client (action syncClient:manage over its organisation): the client and its service user are
 * deactivated in one transaction, so its assertions are refused (CLIENT_REVOKED) and any cached viewer of it is dropped
 * at the next request on every API instance. Permanent: register a new client to resume.
 */
import { builder } from '../builder.js';
import { actingUserId, InvalidStateError, NotFoundError, payloadQuery } from '../shared/index.js';
import { revokeSyncClientErrors } from './errors.js';
import { SyncClient } from './sync-client.js';

const RevokeSyncClientInput = builder.inputType('RevokeSyncClientInput', {
  description: 'The sync client to revoke.',
  fields: (t) => ({
    clientId: t.globalID({ required: true, for: SyncClient, description: 'The client.' }),
  }),
});

builder.mutationField('revokeSyncClient', (t) =>
  t.prismaField({
    type: SyncClient,
    description:
      'Revokes a sync client (action syncClient:manage over its organisation): every assertion it signs is refused from the ' +
      'next request on (CLIENT_REVOKED) and its service user is deactivated. Permanent. INVALID_STATE when already revoked.',
    authorize: {
      action: 'syncClient:manage',
      resource: (_root, args) => ({ kind: 'SyncClient', id: args.input.clientId.id }),
    },
    errors: {
      types: revokeSyncClientErrors,
      result: { description: 'The client is revoked.' },
      dataField: { name: 'syncClient', description: 'The revoked client.' },
    },
    args: { input: t.arg({ type: RevokeSyncClientInput, required: true, description: 'The client.' }) },
    resolve: async (query, _root, args, context) => {
      const id = args.input.clientId.id;
      const prisma = context.db.prisma;
      const now = new Date();
      const revokedById = actingUserId(context);
      await prisma.$transaction(async (tx) => {
        const client = await tx.syncClient.findUnique({ where: { id }, select: { userId: true, revokedAt: true } });
        if (!client) throw new NotFoundError('SyncClient');
        const { count } = await tx.syncClient.updateMany({
          where: { id, revokedAt: null },
          data: { revokedAt: now, revokedById },
        });
        if (count !== 1) throw new InvalidStateError('syncClientRevoked');
        await tx.user.updateMany({ where: { id: client.userId, deactivatedAt: null }, data: { deactivatedAt: now } });
      });
      return prisma.syncClient.findUniqueOrThrow({ ...payloadQuery(query), where: { id } });
    },
  }),
);
