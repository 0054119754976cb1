/**
 * Rows of sync clients: registering one and rotating or revoking its keys (syncClient:manage: the district admin and
 * the province admin over the district), the admins' list, and the client's own registration (currentSyncClient:
 * sync clients only). Each tenant's sync client user gets a registration, and a second, already revoked, client is made
 * so that every allowed mutation changes nothing: registering and key changes are refused by their input checks after
 * the authorization, revoking finds the client already revoked.
 */
import { matrix, mutate, type Outcome, type Row, type Tenant } from './kit.js';

interface Objects {
  clientGid: string;
  revokedGid: string;
}

const objects = (x: Tenant) => x.extra.syncClients as Objects;
const gidOf = (id: string) => Buffer.from(`SyncClient:${id}`).toString('base64');

export async function prepare(target: Tenant): Promise<void> {
  const { prisma } = matrix.t.db;
  const district = target.d.district;
  const at = { organisationId: district.id, orgPath: district.path };
  // Another module may have registered the tenant's sync client already: one registration per service user.
  const client = await prisma.syncClient.upsert({
    where: { userId: target.syncClient.id },
    create: { userId: target.syncClient.id, name: 'matrix sync client', ...at },
    update: {},
    select: { id: true },
  });
  await prisma.syncClientKey.upsert({
    where: { clientId_kid: { clientId: client.id, kid: 'matrix' } },
    create: {
      clientId: client.id,
      kid: 'matrix',
      publicJwk: { kty: 'EC', crv: 'P-256', kid: 'matrix', x: 'A'.repeat(43), y: 'A'.repeat(43) },
      thumbprint: 'matrix',
    },
    update: {},
  });
  const retired = await matrix.t.world.user(district, []);
  const revoked = await prisma.syncClient.create({
    data: { userId: retired.id, name: 'matrix revoked client', ...at, revokedAt: new Date() },
    select: { id: true },
  });
  target.extra.syncClients = { clientGid: gidOf(client.id), revokedGid: gidOf(revoked.id) } satisfies Objects;
}

/** syncClient:manage over the district. */
const MANAGERS: Partial<Record<string, Outcome>> = { districtAdmin: 'allowed', provinceAdmin: 'allowed' };

/** Everyone refused (FORBIDDEN_ACTION), but the tenant's own sync client. */
const NOT_FOR_PEOPLE = {
  anonymous: 'forbidden',
  teacher: 'forbidden',
  tutor: 'forbidden',
  leader: 'forbidden',
  schoolAdmin: 'forbidden',
  districtAdmin: 'forbidden',
  expert: 'forbidden',
  provinceAdmin: 'forbidden',
} as const satisfies Partial<Record<string, Outcome>>;

export const rows: Record<string, Row> = {
  'Mutation.registerSyncClient': {
    // An empty name: refused after the authorization (INVALID_INPUT: allowed).
    run: (x, as) =>
      mutate(
        'registerSyncClient',
        'RegisterSyncClientInput',
        { organisationId: x.d.district.gid, name: ' ', jwksUrl: 'https://example.com/jwks.json' },
        as,
      ),
    // The expert sees the district (they hold a role on it) but may not manage its clients.
    own: { ...MANAGERS, expert: 'forbidden' },
  },
  'Mutation.addSyncClientKey': {
    // Not a JWK: refused after the authorization.
    run: (x, as) =>
      mutate('addSyncClientKey', 'AddSyncClientKeyInput', { clientId: objects(x).clientGid, key: '{' }, as),
    own: MANAGERS,
  },
  'Mutation.revokeSyncClientKey': {
    // No kid: refused after the authorization.
    run: (x, as) =>
      mutate('revokeSyncClientKey', 'RevokeSyncClientKeyInput', { clientId: objects(x).clientGid, kid: ' ' }, as),
    own: MANAGERS,
  },
  'Mutation.revokeSyncClient': {
    // Already revoked: INVALID_STATE after the authorization.
    run: (x, as) => mutate('revokeSyncClient', 'RevokeSyncClientInput', { clientId: objects(x).revokedGid }, as),
    own: MANAGERS,
  },
  'Query.syncClients': {
    run: async (x, as) => {
      const res = await matrix.t.gql('{ syncClients(first: 100) { nodes { id } } }', {}, { as });
      const ids = (res.data?.syncClients?.nodes ?? []).map((node: { id: string }) => node.id);
      return ids.includes(objects(x).clientGid) ? 'allowed' : 'missing';
    },
    own: MANAGERS,
  },
  'Query.currentSyncClient': {
    clients: true,
    run: async (x, as) => {
      const res = await matrix.t.gql('{ currentSyncClient { id } }', {}, { as });
      if (res.errors?.some((error) => error.extensions?.code === 'FORBIDDEN_ACTION')) return 'forbidden';
      return res.data?.currentSyncClient?.id === objects(x).clientGid ? 'allowed' : 'missing';
    },
    // Its own registration only: asked about another district's client, it still reads its own (missing).
    own: { ...NOT_FOR_PEOPLE, syncClient: 'allowed' },
    other: { ...NOT_FOR_PEOPLE, syncClient: 'missing' },
  },
};
