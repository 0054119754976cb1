/**
 * Sync clients end to end: a district admin registers a provincial system's public key, the system signs its own
 * assertions with the SDK helper (WebCrypto) and reads its registration; everything else is refused to it; wrong,
 * expired, too long-lived, wrongly signed, revoked-key and revoked-client assertions get a 401 with the problem; keys
 * rotate; a JWKS URL served locally works; other districts neither see nor manage the client.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CryptoKey, calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncClientKeyStore } from '../../api/auth/sync-clients.js';
import { ViewerCache } from '../../api/auth/viewer-cache.js';
import { DEVELOPMENT_INTEGRATION_SETTINGS } from '../../api/integration/settings.js';
import { clientAssertionTokenSource, createClientAssertion } from '../../sdk/src/assertion.js';
import { createClient } from '../../sdk/src/client.js';
import {
  SyncClientsAddKeyDocument,
  SyncClientsCurrentDocument,
  SyncClientsListDocument,
  SyncClientsOneDocument,
  SyncClientsRegisterDocument,
  SyncClientsRevokeDocument,
  SyncClientsRevokeKeyDocument,
  ViewerDocument,
} from '../../sdk/src/generated/graphql.js';
import { type Locale, type TestApp, testApp } from '../kit/app.js';
import type { DistrictWorld } from '../kit/world.js';

let t: TestApp;
let cached: TestApp;
let A: DistrictWorld;
let B: DistrictWorld;
let keyStore: SyncClientKeyStore;

beforeAll(async () => {
  t = await testApp();
  A = await t.world.district();
  B = await t.world.district();
  // Long-lived caches: whatever is refused below after a change was refused because the change was heard.
  keyStore = await SyncClientKeyStore.listening(t.db);
  cached = t.variant({ viewers: await ViewerCache.listening(t.db, 600), syncClientKeys: keyStore });
});
afterAll(() => t.close());

interface KeyPair {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

async function keyPair(kid: string, alg = 'ES256'): Promise<KeyPair> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid } };
}

interface Registered {
  gid: string;
  clientId: string;
  audience: string;
}

async function register(
  key: KeyPair | null,
  options: { as?: { login: string }; organisationId?: string; jwksUrl?: string; name?: string } = {},
): Promise<Registered> {
  const result = await t.mutate(
    SyncClientsRegisterDocument,
    {
      organisationId: options.organisationId ?? A.district.gid,
      name: options.name ?? '省教师研修管理平台',
      ...(key ? { keys: [JSON.stringify(key.publicJwk)] } : {}),
      ...(options.jwksUrl ? { jwksUrl: options.jwksUrl } : {}),
    },
    { as: options.as ?? A.admin },
  );
  if (result.__typename !== 'RegisterSyncClientPayload') throw new Error(JSON.stringify(result));
  const { id, clientId, audience } = result.syncClient;
  return { gid: id, clientId, audience };
}

function sign(
  client: Registered,
  key: KeyPair,
  overrides: { audience?: string; lifetimeSeconds?: number; now?: () => number } = {},
) {
  return createClientAssertion({
    clientId: client.clientId,
    audience: overrides.audience ?? client.audience,
    privateKey: key.privateKey,
    kid: key.kid,
    ...(overrides.lifetimeSeconds ? { lifetimeSeconds: overrides.lifetimeSeconds } : {}),
    ...(overrides.now ? { now: overrides.now } : {}),
  });
}

const bearer = (token: string, locale: Locale = 'en') => ({
  headers: { authorization: `Bearer ${token}` },
  locale,
});

/** The calling client's registration with a token, or the 401's problem. */
async function current(token: string, app: TestApp = t) {
  const res = await app.request(SyncClientsCurrentDocument, {}, bearer(token));
  if (res.status === 401) return `401 ${res.errors?.[0]?.extensions?.problem}`;
  if (res.errors) return `${res.status} ${res.errors[0]?.extensions?.code}`;
  return res.data?.currentSyncClient?.clientId ?? null;
}

/** Waits (at most 3 s) until `probe` returns what `done` accepts; returns the last result. */
async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 3000;
  let value = await probe();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    value = await probe();
  }
  return value;
}

describe('registering a sync client', () => {
  it('creates the client, its keys, its service user and its SYNC_CLIENT role on the district in one go', async () => {
    const key = await keyPair('key-2026');
    const result = await t.mutate(
      SyncClientsRegisterDocument,
      { organisationId: A.district.gid, name: '  省平台  ', keys: [JSON.stringify(key.publicJwk)] },
      { as: A.admin },
    );
    if (result.__typename !== 'RegisterSyncClientPayload') throw new Error(result.__typename);
    const client = result.syncClient;
    expect(client).toMatchObject({
      name: '省平台',
      audience: 'tisheng-api',
      jwksUrl: null,
      revoked: false,
      organisation: { id: A.district.gid, kind: 'DISTRICT' },
      keys: [
        {
          kid: 'key-2026',
          kty: 'EC',
          alg: null,
          thumbprint: await calculateJwkThumbprint(key.publicJwk),
          active: true,
          revokedAt: null,
        },
      ],
    });
    expect(client.clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(client.login).toMatch(/^sync-client\.[0-9a-f]{12}$/);
    const row = await t.db.prisma.syncClient.findUniqueOrThrow({
      where: { id: client.clientId },
      include: { user: { include: { roleAssignments: true } }, keys: true },
    });
    expect(row.orgPath).toBe(A.district.path);
    expect(row.createdById).toBe(A.admin.id);
    expect(row.user).toMatchObject({ displayName: '省平台', organisationId: A.district.id, deactivatedAt: null });
    expect(row.user.roleAssignments.map((r) => [r.role, r.organisationId])).toEqual([['SYNC_CLIENT', A.district.id]]);
    // Only the public members are stored.
    expect(row.keys[0]?.publicJwk).toEqual({
      kty: 'EC',
      kid: 'key-2026',
      crv: 'P-256',
      x: key.publicJwk.x,
      y: key.publicJwk.y,
    });
  });

  it('refuses a private key, an unsupported key, a duplicate kid, keys with a URL, and a school, changing nothing', async () => {
    const key = await keyPair('k1');
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const privateJwk = { ...(await exportJWK(privateKey)), kid: 'k1' };
    const { publicKey: p384 } = await generateKeyPair('ES384', { extractable: true });
    const school = await A.school();
    const before = await t.db.prisma.syncClient.count();
    const users = await t.db.prisma.user.count();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ keys: [JSON.stringify(privateJwk)] }, 'input.keys.0', 'private key (it holds d)'],
      [{ keys: [JSON.stringify({ ...(await exportJWK(p384)), kid: 'x' })] }, 'input.keys.0', 'Unsupported key'],
      [{ keys: ['{"kty":'] }, 'input.keys.0', 'not a JSON object'],
      [{ keys: [JSON.stringify({ ...key.publicJwk, kid: undefined })] }, 'input.keys.0', 'key id'],
      [
        { keys: [JSON.stringify(key.publicJwk), JSON.stringify(key.publicJwk)] },
        'input.keys.1',
        'The key id “k1” is given twice',
      ],
      [{ keys: [JSON.stringify(key.publicJwk)], jwksUrl: 'https://example.com/jwks' }, 'input.keys', 'not both'],
      [{}, 'input.jwksUrl', 'not both'],
      [{ keys: [JSON.stringify(key.publicJwk)], name: ' ' }, 'input.name', 'name'],
      [
        { keys: [JSON.stringify(key.publicJwk)], organisationId: school.school.gid },
        'input.organisationId',
        'province or a district',
      ],
    ];
    for (const [input, path, message] of cases) {
      const result = await t.mutate(
        SyncClientsRegisterDocument,
        { organisationId: A.district.gid, name: 'x', ...input },
        { as: A.admin },
      );
      expect(result.__typename, JSON.stringify(input)).toBe('ValidationError');
      if (result.__typename !== 'ValidationError') continue;
      expect(result.code).toBe('INVALID_INPUT');
      expect(result.issues[0]?.path.join('.')).toBe(path);
      expect(result.issues[0]?.message).toContain(message);
    }
    expect(await t.db.prisma.syncClient.count()).toBe(before);
    expect(await t.db.prisma.user.count()).toBe(users);
  });

  it('says so in Chinese', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const result = await t.mutate(
      SyncClientsRegisterDocument,
      {
        organisationId: A.district.gid,
        name: 'x',
        keys: [JSON.stringify({ ...(await exportJWK(privateKey)), kid: 'k' })],
      },
      { as: A.admin, locale: 'zh-CN' },
    );
    expect(result.__typename === 'ValidationError' && result.issues[0]?.message).toContain('只能登记公钥');
  });

  it('refuses an http key set URL in production (private URLs not allowed)', async () => {
    const production = t.variant({
      integration: { ...DEVELOPMENT_INTEGRATION_SETTINGS, webhookAllowPrivateUrls: false },
    });
    const result = await production.mutate(
      SyncClientsRegisterDocument,
      { organisationId: A.district.gid, name: 'x', jwksUrl: 'http://127.0.0.1:1/jwks.json' },
      { as: A.admin },
    );
    expect(result.__typename === 'ValidationError' && result.issues[0]?.message).toContain('https');
  });

  it('lets the province admin register for the province or a district, and no one else beyond their own', async () => {
    const key = await keyPair('k1');
    const province = await register(key, { as: A.provinceAdmin, organisationId: A.province.gid });
    const row = await t.db.prisma.syncClient.findUniqueOrThrow({ where: { id: province.clientId } });
    expect(row.orgPath).toBe(A.province.path);
    await register(key, { as: A.provinceAdmin, organisationId: A.district.gid });
    const input = { organisationId: B.district.gid, name: 'x', keys: [JSON.stringify(key.publicJwk)] };
    expect((await t.mutate(SyncClientsRegisterDocument, input, { as: A.admin })).__typename).toBe('NotFoundError');
    const toProvince = { ...input, organisationId: A.province.gid };
    expect((await t.mutate(SyncClientsRegisterDocument, toProvince, { as: A.admin })).__typename).toMatch(
      /NotFoundError|ForbiddenActionError/,
    );
    const school = await A.school();
    const asSchoolAdmin = { ...input, organisationId: A.district.gid };
    expect((await t.mutate(SyncClientsRegisterDocument, asSchoolAdmin, { as: school.admin })).__typename).toMatch(
      /NotFoundError|ForbiddenActionError/,
    );
  });
});

describe('client assertions', () => {
  let key: KeyPair;
  let client: Registered;
  beforeAll(async () => {
    key = await keyPair('k1');
    client = await register(key);
  });

  it('signed with the SDK helper, read the client’s own registration', async () => {
    const token = await sign(client, key);
    const res = await t.request(SyncClientsCurrentDocument, {}, bearer(token));
    expect(res.errors).toBeUndefined();
    expect(res.data?.currentSyncClient).toMatchObject({
      id: client.gid,
      clientId: client.clientId,
      organisation: { id: A.district.gid },
      keys: [{ kid: 'k1', active: true }],
    });
  });

  it('through the SDK client with the assertion token source', async () => {
    const sdk = createClient({
      url: 'http://yoga/graphql',
      fetch: (input, init) => Promise.resolve(t.app.fetch(new Request(input, init))),
      getToken: clientAssertionTokenSource({
        clientId: client.clientId,
        audience: client.audience,
        privateKey: key.privateKey,
        kid: key.kid,
      }),
    });
    expect((await sdk.request(SyncClientsCurrentDocument)).currentSyncClient?.clientId).toBe(client.clientId);
    await expect(sdk.request(ViewerDocument)).rejects.toThrow(/sync operations/);
  });

  it('call nothing else: a human query is refused (CLIENT_OPERATION_REFUSED)', async () => {
    const token = await sign(client, key);
    const res = await t.request(ViewerDocument, {}, bearer(token));
    expect(res.status).toBe(403);
    expect(res.errors?.[0]?.extensions?.code).toBe('CLIENT_OPERATION_REFUSED');
    const mixed = await t.gql(
      '{ currentSyncClient { clientId } programmes(first: 1) { totalCount } }',
      {},
      bearer(token),
    );
    expect(mixed.errors?.[0]?.extensions?.code).toBe('CLIENT_OPERATION_REFUSED');
    expect(mixed.errors?.[0]?.message).toContain('programmes');
    const mutation = await t.gql(
      'mutation($input: RegisterSyncClientInput!) { registerSyncClient(input: $input) { __typename } }',
      { input: { organisationId: A.district.gid, name: 'x', jwksUrl: 'https://example.com/jwks' } },
      bearer(token),
    );
    expect(mutation.errors?.[0]?.extensions?.code).toBe('CLIENT_OPERATION_REFUSED');
  });

  it('are refused with a wrong audience, expired, too long-lived or signed by another key', async () => {
    expect(await current(await sign(client, key, { audience: 'someone-else' }))).toBe('401 CLAIM_REJECTED');
    const anHourAgo = () => Date.now() - 3600_000;
    expect(await current(await sign(client, key, { now: anHourAgo }))).toBe('401 EXPIRED');
    expect(await current(await sign(client, key, { lifetimeSeconds: 3601 }))).toBe('401 ASSERTION_TOO_LONG');
    expect(await current(await sign(client, key, { lifetimeSeconds: 3600 }))).toBe(client.clientId);
    const impostor = await keyPair('k1');
    expect(await current(await sign(client, impostor))).toBe('401 BAD_SIGNATURE');
    expect(await current(await sign(client, { ...impostor, kid: 'k9' }))).toBe('401 NO_MATCHING_KEY');
    // An iat in the future (beyond the tolerance).
    expect(await current(await sign(client, key, { now: () => Date.now() + 600_000 }))).toBe('401 CLAIM_REJECTED');
  });

  it('are refused when sub is not the client id, the algorithm is not accepted, or the client is unknown', async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { aud: client.audience, iat: now, exp: now + 60 };
    const otherSub = await new SignJWT({ ...claims, iss: client.clientId, sub: A.admin.login })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .sign(key.privateKey);
    expect(await current(otherSub)).toBe('401 CLAIM_REJECTED');
    const noIat = await new SignJWT({ aud: client.audience, exp: now + 60, iss: client.clientId, sub: client.clientId })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .sign(key.privateKey);
    expect(await current(noIat)).toBe('401 CLAIM_REJECTED');
    const hmac = await new SignJWT({ ...claims, iss: client.clientId, sub: client.clientId })
      .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
      .sign(new TextEncoder().encode('x'.repeat(32)));
    expect(await current(hmac)).toBe('401 ALGORITHM_REJECTED');
    const unknown = await sign({ ...client, clientId: '01938a7e-0000-7000-8000-000000000000' }, key);
    expect(await current(unknown)).toBe('401 UNKNOWN_ISSUER');
  });

  it('read the database only for a UUID-shaped issuer', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ aud: 'tisheng-api', iat: now, exp: now + 60, iss: 'nobody', sub: 'nobody' })
      .setProtectedHeader({ alg: 'ES256' })
      .sign(key.privateKey);
    const { result, statements } = await t.measure(() => t.request(SyncClientsCurrentDocument, {}, bearer(token)));
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.problem).toBe('UNKNOWN_ISSUER');
    expect(statements).toBe(0);
  });

  it('are not for people: a human calling currentSyncClient is refused', async () => {
    const res = await t.request(SyncClientsCurrentDocument, {}, { as: A.admin });
    expect(res.data?.currentSyncClient ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ACTION');
    const anonymous = await t.request(SyncClientsCurrentDocument, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ACTION');
  });
});

describe('rotation and revocation', () => {
  it('rotates: key 2 added works, key 1 revoked is refused at once (through the caches)', async () => {
    const key1 = await keyPair('k1');
    const key2 = await keyPair('k2', 'EdDSA');
    const client = await register(key1);
    const token1 = await sign(client, key1);
    expect(await current(token1, cached)).toBe(client.clientId);
    // The second request reads neither the client's keys nor its viewer: both are cached.
    // (A notification of an earlier test's write may still empty the caches once: then the next request is cached.)
    const again = await eventually(
      () => cached.measure(() => current(token1, cached)),
      (measured) => measured.statements === 1,
    );
    expect(again.result).toBe(client.clientId);
    expect(keyStore.size).toBeGreaterThan(0);
    // Only currentSyncClient's own read; uncached, the keys and the viewer are read too.
    expect(again.statements).toBe(1);
    expect((await t.measure(() => current(token1))).statements).toBeGreaterThan(2);

    const added = await t.mutate(
      SyncClientsAddKeyDocument,
      { clientId: client.gid, key: JSON.stringify({ ...key2.publicJwk, alg: 'EdDSA' }) },
      { as: A.admin },
    );
    expect(added.__typename === 'AddSyncClientKeyPayload' && added.syncClient.keys.map((k) => [k.kid, k.kty])).toEqual([
      ['k2', 'OKP'],
      ['k1', 'EC'],
    ]);
    const token2 = await createClientAssertion({
      clientId: client.clientId,
      audience: client.audience,
      privateKey: key2.privateKey,
      kid: 'k2',
      alg: 'EdDSA',
    });
    expect(
      await eventually(
        () => current(token2, cached),
        (v) => v === client.clientId,
      ),
    ).toBe(client.clientId);

    const revoked = await t.mutate(SyncClientsRevokeKeyDocument, { clientId: client.gid, kid: 'k1' }, { as: A.admin });
    expect(revoked.__typename === 'RevokeSyncClientKeyPayload' && revoked.syncClient.keys.map((k) => k.active)).toEqual(
      [true, false],
    );
    expect(
      await eventually(
        () => current(token1, cached),
        (v) => v !== client.clientId,
      ),
    ).toBe('401 KEY_REVOKED');
    expect(await current(token1)).toBe('401 KEY_REVOKED');
    expect(await current(token2, cached)).toBe(client.clientId);

    // Revoked again: INVALID_STATE; a kid never seen: NOT_FOUND; a revoked kid stays taken: CONFLICT.
    const twice = await t.mutate(SyncClientsRevokeKeyDocument, { clientId: client.gid, kid: 'k1' }, { as: A.admin });
    expect(twice.__typename === 'InvalidStateError' && twice.message).toContain('already revoked');
    const none = await t.mutate(SyncClientsRevokeKeyDocument, { clientId: client.gid, kid: 'k7' }, { as: A.admin });
    expect(none.__typename).toBe('NotFoundError');
    const reuse = await t.mutate(
      SyncClientsAddKeyDocument,
      { clientId: client.gid, key: JSON.stringify((await keyPair('k1')).publicJwk) },
      { as: A.admin },
    );
    expect(reuse.__typename === 'ConflictError' && reuse.code).toBe('CONFLICT');
  });

  it('says why in Chinese too', async () => {
    const key = await keyPair('k1');
    const client = await register(key);
    await t.mutate(SyncClientsRevokeKeyDocument, { clientId: client.gid, kid: 'k1' }, { as: A.admin });
    const res = await t.request(SyncClientsCurrentDocument, {}, bearer(await sign(client, key), 'zh-CN'));
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.message).toContain('签名密钥（kid）已被撤销');
  });

  it('keeps at most 10 active keys', async () => {
    const first = await keyPair('k0');
    const client = await register(first);
    for (let i = 1; i < 10; i += 1) {
      const result = await t.mutate(
        SyncClientsAddKeyDocument,
        { clientId: client.gid, key: JSON.stringify((await keyPair(`k${i}`)).publicJwk) },
        { as: A.admin },
      );
      expect(result.__typename).toBe('AddSyncClientKeyPayload');
    }
    const eleventh = await t.mutate(
      SyncClientsAddKeyDocument,
      { clientId: client.gid, key: JSON.stringify((await keyPair('k10')).publicJwk) },
      { as: A.admin },
    );
    expect(eleventh.__typename === 'InvalidStateError' && eleventh.message).toContain('10 active keys');
    expect(await t.db.prisma.syncClientKey.count({ where: { clientId: client.clientId } })).toBe(10);
  });

  it('revokes the client at once: CLIENT_REVOKED, its service user deactivated, no more changes', async () => {
    const key = await keyPair('k1');
    const client = await register(key);
    const token = await sign(client, key);
    expect(await current(token, cached)).toBe(client.clientId);
    const result = await t.mutate(SyncClientsRevokeDocument, { clientId: client.gid }, { as: A.admin });
    expect(result.__typename === 'RevokeSyncClientPayload' && result.syncClient.revoked).toBe(true);
    expect(
      await eventually(
        () => current(token, cached),
        (v) => v !== client.clientId,
      ),
    ).toBe('401 CLIENT_REVOKED');
    expect(await current(token)).toBe('401 CLIENT_REVOKED');
    const row = await t.db.prisma.syncClient.findUniqueOrThrow({
      where: { id: client.clientId },
      include: { user: true },
    });
    expect(row.revokedById).toBe(A.admin.id);
    expect(row.user.deactivatedAt).not.toBeNull();
    const again = await t.mutate(SyncClientsRevokeDocument, { clientId: client.gid }, { as: A.admin });
    expect(again.__typename).toBe('InvalidStateError');
    const add = await t.mutate(
      SyncClientsAddKeyDocument,
      { clientId: client.gid, key: JSON.stringify((await keyPair('k2')).publicJwk) },
      { as: A.admin },
    );
    expect(add.__typename).toBe('InvalidStateError');
  });
});

describe('a key set URL', () => {
  let server: Server;
  let url: string;
  let served: JWK[] = [];
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: served }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('verifies assertions with the keys the client publishes; keys are rotated there, not here', async () => {
    const key = await keyPair('published-1', 'RS256');
    served = [{ ...key.publicJwk, alg: 'RS256' }];
    const client = await register(null, { jwksUrl: url });
    const token = await createClientAssertion({
      clientId: client.clientId,
      audience: client.audience,
      privateKey: key.privateKey,
      kid: key.kid,
      alg: 'RS256',
    });
    expect(await current(token)).toBe(client.clientId);
    const listed = await t.data(SyncClientsOneDocument, { id: client.gid }, { as: A.admin });
    expect(listed.node).toMatchObject({ jwksUrl: url, keys: [] });
    const add = await t.mutate(
      SyncClientsAddKeyDocument,
      { clientId: client.gid, key: JSON.stringify((await keyPair('k2')).publicJwk) },
      { as: A.admin },
    );
    expect(add.__typename === 'InvalidStateError' && add.message).toContain('key set URL');
    const stranger = await keyPair('published-1', 'RS256');
    const forged = await createClientAssertion({
      clientId: client.clientId,
      audience: client.audience,
      privateKey: stranger.privateKey,
      kid: 'published-1',
      alg: 'RS256',
    });
    expect(await current(forged)).toBe('401 BAD_SIGNATURE');
  });
});

describe('who sees and manages a client', () => {
  let client: Registered;
  let key: KeyPair;
  beforeAll(async () => {
    key = await keyPair('k1');
    client = await register(key);
  });

  it('another district’s admin finds it missing, to read or to change', async () => {
    expect((await t.data(SyncClientsOneDocument, { id: client.gid }, { as: B.admin })).node).toBeNull();
    const list = await t.data(SyncClientsListDocument, { first: 100 }, { as: B.admin });
    expect(list.syncClients.nodes.map((n) => n.id)).not.toContain(client.gid);
    const kid = { clientId: client.gid, kid: 'k1' };
    expect((await t.mutate(SyncClientsRevokeKeyDocument, kid, { as: B.admin })).__typename).toBe('NotFoundError');
    expect((await t.mutate(SyncClientsRevokeDocument, { clientId: client.gid }, { as: B.admin })).__typename).toBe(
      'NotFoundError',
    );
    const add = { clientId: client.gid, key: JSON.stringify((await keyPair('k2')).publicJwk) };
    expect((await t.mutate(SyncClientsAddKeyDocument, add, { as: B.admin })).__typename).toBe('NotFoundError');
    expect(await current(await sign(client, key))).toBe(client.clientId);
  });

  it('the district’s and province’s admins list it; a school admin and a teacher do not', async () => {
    for (const admin of [A.admin, A.provinceAdmin]) {
      const list = await t.data(SyncClientsListDocument, { organisationId: A.district.gid, first: 100 }, { as: admin });
      expect(list.syncClients.nodes.map((n) => n.id)).toContain(client.gid);
      expect((await t.data(SyncClientsOneDocument, { id: client.gid }, { as: admin })).node).not.toBeNull();
    }
    const school = await A.school();
    for (const someone of [school.admin, await school.teacher()]) {
      const list = await t.data(SyncClientsListDocument, { first: 100 }, { as: someone });
      expect(list.syncClients.totalCount).toBe(0);
      expect((await t.data(SyncClientsOneDocument, { id: client.gid }, { as: someone })).node).toBeNull();
    }
  });

  it('lists with the same number of statements for any page size', async () => {
    const district = await t.world.district();
    for (let i = 0; i < 4; i += 1)
      await register(await keyPair('k1'), { as: district.admin, organisationId: district.district.gid });
    const query =
      '{ syncClients(first: $first) { totalCount nodes { id name clientId organisation { id } keys { kid thumbprint } } } }';
    const count = async (first: number) =>
      (await t.statementsFor(query.replace('$first', String(first)), {}, { as: district.admin })).count;
    const one = await count(1);
    expect(await count(4)).toBe(one);
  });
});
