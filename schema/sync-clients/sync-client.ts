/**
 * A registered sync client (a provincial or district system): its scope (a province or district), its keys or key set
 * URL, and its state. Visible to the district and province admins over its organisation (action syncClient:manage)
 * and to the client itself (currentSyncClient); missing for anyone else.
 */
import type { Context } from '../../api/context.js';
import { builder } from '../builder.js';
import { registerResource, scopeOf } from '../shared/index.js';

/** Most keys a client's `keys` lists (newest first): its active ones (at most 10) and the latest revoked ones. */
export const MAX_LISTED_KEYS = 50;

/** Who sees a client: the managers over its organisation, and the client's own service user. */
export function canSeeSyncClient(context: Context, client: { orgPath: string; userId: string }): boolean {
  const viewer = context.viewer;
  return (
    (viewer.user !== null && client.userId === viewer.user.id) ||
    scopeOf(viewer, 'syncClient:manage').some((root) => client.orgPath.startsWith(root))
  );
}

/** The same rule as a Prisma filter on SyncClient. */
export function syncClientVisibleWhere(context: Context) {
  const viewer = context.viewer;
  return {
    OR: [
      ...(viewer.user ? [{ userId: viewer.user.id }] : []),
      ...viewer.within('orgPath', scopeOf(viewer, 'syncClient:manage')).OR,
    ],
  };
}

export const SyncClientKey = builder.prismaObject('SyncClientKey', {
  description:
    'A public key a sync client signs its assertions with (a JWK it registered). Revoked keys are kept (their kid stays taken) ' +
    'and refused from the moment they are revoked.',
  fields: (t) => ({
    kid: t.exposeString('kid', { description: 'The key id: the `kid` header of the assertions it signs.' }),
    kty: t.string({
      description: 'The key type: EC (P-256), RSA or OKP (Ed25519).',
      resolve: (key) => String((key.publicJwk as { kty?: unknown }).kty ?? ''),
    }),
    alg: t.string({
      nullable: true,
      description: 'The algorithm the key is registered for, when its JWK names one (ES256, RS256, PS256, EdDSA).',
      resolve: (key) => {
        const alg = (key.publicJwk as { alg?: unknown }).alg;
        return typeof alg === 'string' ? alg : null;
      },
    }),
    thumbprint: t.exposeString('thumbprint', {
      description: 'The key’s RFC 7638 JWK thumbprint (SHA-256, base64url): compare it with the client’s own.',
    }),
    publicJwk: t.string({
      description: 'The public key as registered (JWK, JSON text).',
      resolve: (key) => JSON.stringify(key.publicJwk),
    }),
    active: t.boolean({ description: 'Whether the key is not revoked.', resolve: (key) => key.revokedAt === null }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was registered.' }),
    revokedAt: t.expose('revokedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was revoked (assertions it signs are refused from then on).',
    }),
  }),
});

export const SyncClient = builder.prismaNode('SyncClient', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A sync client: a provincial or district system that reads this API with tokens it signs itself (client assertions: ' +
    '`iss` = `sub` = `clientId`, `aud` = `audience`), scoped to its province or district. It may call only the operations open ' +
    'to sync clients. Visible to the district and province admins over its organisation (action syncClient:manage) and to the ' +
    'client itself; missing for anyone else.',
  findUnique: (id, context) => ({ id, ...syncClientVisibleWhere(context) }),
  authScopes: (client, context) => canSeeSyncClient(context, client),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The system’s name, as the admin registered it.' }),
    clientId: t.exposeString('id', {
      description: 'The client id: the `iss` and `sub` of every assertion the client signs.',
    }),
    audience: t.string({
      description: 'The `aud` every assertion must name (this API’s audience).',
      resolve: (_client, _args, context) => context.audience,
    }),
    organisation: t.relation('organisation', {
      description: 'The province or district the client is scoped to: it sees that subtree only.',
    }),
    jwksUrl: t.exposeString('jwksUrl', {
      nullable: true,
      description: 'Where the client publishes its key set (JWKS), when it registered one instead of keys.',
    }),
    keys: t.relation('keys', {
      description: `Its registered keys, newest first (at most ${MAX_LISTED_KEYS}; every active one), revoked ones included.`,
      query: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: MAX_LISTED_KEYS },
    }),
    login: t.string({
      description: 'The login of the client’s service user (it appears as the actor of what the client does).',
      select: { user: { select: { login: true } } },
      resolve: (client) => client.user.login,
    }),
    revoked: t.boolean({
      description: 'Whether the client is revoked.',
      resolve: (client) => client.revokedAt !== null,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was registered.' }),
    revokedAt: t.expose('revokedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was revoked: every assertion it signs is refused from then on.',
    }),
  }),
});

/** A client as actions see it: it belongs to its province or district. */
registerResource('SyncClient', async (ids, context) => {
  const rows = await context.db.prisma.syncClient.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, orgPath: true, userId: true },
  });
  return new Map(
    rows.map((row) => [row.id, { paths: [row.orgPath], ownerId: null, visible: canSeeSyncClient(context, row) }]),
  );
});
