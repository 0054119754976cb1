/**
 * Registering a sync client (action syncClient:manage over the province or district): in one transaction its service
 * user (login `sync-client.<12 hex>`, home = the organisation), that user's SYNC_CLIENT role on the organisation
 * (granted here only: people management refuses to grant SYNC_CLIENT), the client and its keys.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { actingUserId, globalIdSchema, inputIssue, NotFoundError, parseInput, payloadQuery } from '../shared/index.js';
import { registerSyncClientErrors } from './errors.js';
import { prepareKeys } from './key-input.js';
import { checkJwksUrl, clientName, MAX_ACTIVE_KEYS, MAX_CLIENT_NAME_LENGTH, MAX_JWKS_URL_LENGTH } from './rules.js';
import { SyncClient } from './sync-client.js';

const RegisterSyncClientInput = builder.inputType('RegisterSyncClientInput', {
  description: 'The system to register: its scope, its name, and its public keys or the URL of its key set.',
  fields: (t) => ({
    organisationId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The province or district the client reads (it sees that subtree only).',
    }),
    name: t.string({ required: true, description: `The system’s name, 1 to ${MAX_CLIENT_NAME_LENGTH} characters.` }),
    keys: t.stringList({
      required: false,
      description:
        `Its public keys, 1 to ${MAX_ACTIVE_KEYS}, each a JWK as JSON text: EC P-256, RSA of 2048 bits or more, or OKP Ed25519, ` +
        'with a `kid` (never a private key). Give either keys or jwksUrl.',
    }),
    jwksUrl: t.string({
      required: false,
      description: 'The https URL where the client publishes its key set (JWKS), instead of keys.',
    }),
  }),
});

const inputSchema = z.object({
  organisationId: globalIdSchema,
  name: z.string(),
  keys: z.array(z.string()).nullish(),
  jwksUrl: z.string().nullish(),
});

builder.mutationField('registerSyncClient', (t) =>
  t.prismaField({
    type: SyncClient,
    description:
      'Registers a sync client (a provincial or district system) for a province or district (action syncClient:manage: the ' +
      'district admin for their district, the province admin for the province or its districts). Returns its `clientId` (the ' +
      '`iss` and `sub` of its assertions) and the `audience` (`aud`). INVALID_INPUT for a private or unsupported key, a ' +
      'duplicate kid, a key set URL that is not https, or an organisation that is no province or district.',
    authorize: {
      action: 'syncClient:manage',
      resource: (_root, args) => ({ kind: 'Organisation', id: args.input.organisationId.id }),
    },
    errors: {
      types: registerSyncClientErrors,
      result: { description: 'The client is registered.' },
      dataField: { name: 'syncClient', description: 'The registered client.' },
    },
    args: { input: t.arg({ type: RegisterSyncClientInput, required: true, description: 'The client.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(inputSchema, args.input);
      const name = clientName(input.name);
      if (!name) throw inputIssue(['name'], 'VALIDATION.syncClientName', { max: MAX_CLIENT_NAME_LENGTH });
      const texts = input.keys ?? [];
      const jwksUrl = input.jwksUrl?.trim() || null;
      if (texts.length > 0 === (jwksUrl !== null) || texts.length > MAX_ACTIVE_KEYS)
        throw inputIssue(texts.length ? ['keys'] : ['jwksUrl'], 'VALIDATION.syncClientKeysOrUrl', {
          max: MAX_ACTIVE_KEYS,
        });
      if (jwksUrl !== null) {
        const problem = checkJwksUrl(jwksUrl, context.integration.webhookAllowPrivateUrls);
        if (problem)
          throw inputIssue(['jwksUrl'], `VALIDATION.syncClientJwksUrl.${problem}`, { max: MAX_JWKS_URL_LENGTH });
      }
      const keys = await prepareKeys(texts, (index) => ['keys', index]);
      const prisma = context.db.prisma;
      const organisation = await prisma.organisation.findUnique({
        where: { id: input.organisationId.id },
        select: { id: true, path: true, kind: true },
      });
      if (!organisation) throw new NotFoundError('Organisation');
      if (organisation.kind !== 'PROVINCE' && organisation.kind !== 'DISTRICT')
        throw inputIssue(['organisationId'], 'VALIDATION.syncClientOrganisation');
      const createdById = actingUserId(context);
      const id = await prisma.$transaction(async (tx) => {
        const user = await tx.user.create({
          data: {
            login: `sync-client.${randomBytes(6).toString('hex')}`,
            displayName: name,
            organisationId: organisation.id,
            orgPath: organisation.path,
          },
          select: { id: true },
        });
        await tx.roleAssignment.create({
          data: { userId: user.id, role: 'SYNC_CLIENT', organisationId: organisation.id, orgPath: organisation.path },
        });
        const client = await tx.syncClient.create({
          data: {
            userId: user.id,
            name,
            organisationId: organisation.id,
            orgPath: organisation.path,
            jwksUrl,
            createdById,
            keys: {
              create: keys.map((key) => ({
                kid: key.kid,
                publicJwk: { ...key.publicJwk },
                thumbprint: key.thumbprint,
              })),
            },
          },
          select: { id: true },
        });
        return client.id;
      });
      return prisma.syncClient.findUniqueOrThrow({ ...payloadQuery(query), where: { id } });
    },
  }),
);
