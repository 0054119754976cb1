/**
 * Rotating a sync client's keys (action syncClient:manage over its organisation): add a key, then revoke the old one.
 * A revoked key is refused at the next request on every API instance (the key caches are dropped on the change).
 */
import { z } from 'zod';
import { builder } from '../builder.js';
import {
  ConflictError,
  globalIdSchema,
  InvalidStateError,
  inputIssue,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { addSyncClientKeyErrors, revokeSyncClientKeyErrors } from './errors.js';
import { prepareKeys } from './key-input.js';
import { MAX_ACTIVE_KEYS, MAX_KID_LENGTH } from './rules.js';
import { SyncClient } from './sync-client.js';

const AddSyncClientKeyInput = builder.inputType('AddSyncClientKeyInput', {
  description: 'A new public key for a sync client.',
  fields: (t) => ({
    clientId: t.globalID({ required: true, for: SyncClient, description: 'The client.' }),
    key: t.string({
      required: true,
      description:
        'The public key, a JWK as JSON text: EC P-256, RSA of 2048 bits or more, or OKP Ed25519, with a `kid` the client has not ' +
        'used before (never a private key).',
    }),
  }),
});

const RevokeSyncClientKeyInput = builder.inputType('RevokeSyncClientKeyInput', {
  description: 'The key to revoke.',
  fields: (t) => ({
    clientId: t.globalID({ required: true, for: SyncClient, description: 'The client.' }),
    kid: t.string({ required: true, description: 'The key id (kid) of the key.' }),
  }),
});

const addSchema = z.object({ clientId: globalIdSchema, key: z.string() });
const revokeSchema = z.object({ clientId: globalIdSchema, kid: z.string().transform((kid) => kid.trim()) });

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === 'P2002';

builder.mutationFields((t) => ({
  addSyncClientKey: t.prismaField({
    type: SyncClient,
    description:
      `Adds a public key to a sync client (action syncClient:manage over its organisation), at most ${MAX_ACTIVE_KEYS} active ` +
      'at once: to rotate, add the new key, switch the client to it, then revoke the old one. CONFLICT when the kid is taken ' +
      '(revoked keys keep theirs); INVALID_STATE when the client is revoked or publishes a key set URL.',
    authorize: {
      action: 'syncClient:manage',
      resource: (_root, args) => ({ kind: 'SyncClient', id: args.input.clientId.id }),
    },
    errors: {
      types: addSyncClientKeyErrors,
      result: { description: 'The key is added.' },
      dataField: { name: 'syncClient', description: 'The client with its keys.' },
    },
    args: { input: t.arg({ type: AddSyncClientKeyInput, required: true, description: 'The client and its key.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(addSchema, args.input);
      const [key] = await prepareKeys([input.key], () => ['key']);
      if (!key) throw new Error('prepareKeys returned no key');
      const prisma = context.db.prisma;
      const id = input.clientId.id;
      await prisma.$transaction(async (tx) => {
        // Serialises concurrent additions to one client, so the active-key limit holds.
        const [client] = await tx.$queryRaw<Array<{ revokedAt: Date | null; jwksUrl: string | null }>>`
          SELECT "revokedAt", "jwksUrl" FROM "SyncClient" WHERE id = ${id} FOR UPDATE`;
        if (!client) throw new NotFoundError('SyncClient');
        if (client.revokedAt) throw new InvalidStateError('syncClientRevoked');
        if (client.jwksUrl) throw new InvalidStateError('syncClientUsesJwksUrl');
        const active = await tx.syncClientKey.count({ where: { clientId: id, revokedAt: null } });
        if (active >= MAX_ACTIVE_KEYS) throw new InvalidStateError('syncClientTooManyKeys', { max: MAX_ACTIVE_KEYS });
        const taken = await tx.syncClientKey.findUnique({
          where: { clientId_kid: { clientId: id, kid: key.kid } },
          select: { id: true },
        });
        if (taken) throw new ConflictError('syncClientKid', { kid: key.kid });
        await tx.syncClientKey
          .create({
            data: { clientId: id, kid: key.kid, publicJwk: { ...key.publicJwk }, thumbprint: key.thumbprint },
          })
          .catch((error: unknown) => {
            if (isUniqueViolation(error)) throw new ConflictError('syncClientKid', { kid: key.kid });
            throw error;
          });
      });
      return prisma.syncClient.findUniqueOrThrow({ ...payloadQuery(query), where: { id } });
    },
  }),
  revokeSyncClientKey: t.prismaField({
    type: SyncClient,
    description:
      'Revokes one of a sync client’s keys (action syncClient:manage over its organisation): assertions it signs are refused ' +
      'from the next request on. Permanent; the kid stays taken. INVALID_STATE when already revoked.',
    authorize: {
      action: 'syncClient:manage',
      resource: (_root, args) => ({ kind: 'SyncClient', id: args.input.clientId.id }),
    },
    errors: {
      types: revokeSyncClientKeyErrors,
      result: { description: 'The key is revoked.' },
      dataField: { name: 'syncClient', description: 'The client with its keys.' },
    },
    args: { input: t.arg({ type: RevokeSyncClientKeyInput, required: true, description: 'The client and the kid.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(revokeSchema, args.input);
      if (!input.kid || input.kid.length > MAX_KID_LENGTH) throw inputIssue(['kid'], 'VALIDATION.syncClientKid');
      const prisma = context.db.prisma;
      const id = input.clientId.id;
      const { count } = await prisma.syncClientKey.updateMany({
        where: { clientId: id, kid: input.kid, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      if (count !== 1) {
        const key = await prisma.syncClientKey.findUnique({
          where: { clientId_kid: { clientId: id, kid: input.kid } },
          select: { id: true },
        });
        if (!key) throw new NotFoundError('SyncClientKey');
        throw new InvalidStateError('syncClientKeyRevoked', { kid: input.kid });
      }
      return prisma.syncClient.findUniqueOrThrow({ ...payloadQuery(query), where: { id } });
    },
  }),
}));
