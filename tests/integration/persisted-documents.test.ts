/**
 * Trusted (persisted) documents (api/http/persisted-documents.ts): the SDK's operations by their codegen hash, in
 * `allow` mode beside document texts, in `only` mode instead of them for people and anonymous callers (registered sync
 * clients keep sending their own queries), and the SDK client sending the hash.
 */
import { createHash } from 'node:crypto';
import type { DocumentNode } from 'graphql';
import { print } from 'graphql';
import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SDK_PERSISTED_DOCUMENTS } from '../../api/http/persisted-documents.js';
import { createClientAssertion } from '../../sdk/src/assertion.js';
import { createClient } from '../../sdk/src/client.js';
import {
  SyncClientsCurrentDocument,
  SyncClientsRegisterDocument,
  ViewerDocument,
} from '../../sdk/src/generated/graphql.js';
import { type Actor, type GraphQLResponse, type Locale, type TestApp, testApp } from '../kit/app.js';
import type { DistrictWorld } from '../kit/world.js';

let t: TestApp;
let only: TestApp;
let off: TestApp;
let A: DistrictWorld;

beforeAll(async () => {
  t = await testApp();
  only = t.variant({ persistedDocuments: 'only' });
  off = t.variant({ persistedDocuments: 'off' });
  A = await t.world.district();
});
afterAll(() => t?.close());

/** The id codegen gave an SDK document. */
const idOf = (document: DocumentNode) => (document as DocumentNode & { __meta__: { hash: string } }).__meta__.hash;

/** POSTs a raw JSON body to /graphql as `as`. */
async function post(
  app: TestApp,
  body: Record<string, unknown>,
  { as, locale = 'en' }: { as?: Actor | null; locale?: Locale; token?: string } = {},
  token?: string,
): Promise<GraphQLResponse<Record<string, unknown>>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (as) headers.authorization = `Bearer ${await t.tokenFor(as)}`;
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await app.fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(body), locale });
  return { status: response.status, ...((await response.json()) as object) };
}

const persistedQuery = (sha256Hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash } } });

describe('the manifest', () => {
  it('holds every SDK operation document under the sha256 of its printed text', () => {
    const viewer = print(ViewerDocument);
    expect(idOf(ViewerDocument)).toBe(createHash('sha256').update(viewer).digest('hex'));
    expect(SDK_PERSISTED_DOCUMENTS.get(idOf(ViewerDocument))).toBe(viewer);
    expect(SDK_PERSISTED_DOCUMENTS.size).toBeGreaterThan(100);
  });
});

describe('allow (the default)', () => {
  it('runs an SDK operation sent by its id, in extensions.persistedQuery or as documentId', async () => {
    const viaExtension = await post(
      t,
      { operationName: 'Viewer', ...persistedQuery(idOf(ViewerDocument)) },
      { as: A.admin },
    );
    expect(viaExtension.errors).toBeUndefined();
    expect(viaExtension.data).toMatchObject({ viewer: { user: { login: A.admin.login } } });

    const viaDocumentId = await post(t, { documentId: `sha256:${idOf(ViewerDocument)}` }, { as: A.admin });
    expect(viaDocumentId.errors).toBeUndefined();
    expect(viaDocumentId.data).toEqual(viaExtension.data);
  });

  it('still runs document texts', async () => {
    const res = await t.gql('{ viewer { user { login } } }', {}, { as: A.admin });
    expect(res.errors).toBeUndefined();
    expect(res.data.viewer.user.login).toBe(A.admin.login);
  });

  it('refuses an unknown id with a coded error, in English and Chinese', async () => {
    const unknown = createHash('sha256').update('query Nobody { viewer { user { id } } }').digest('hex');
    const en = await post(t, persistedQuery(unknown), { as: A.admin });
    expect(en.status).toBe(400);
    expect(en.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
    expect(en.errors?.[0]?.message).toBe(
      `No trusted document has the id ${unknown}: the client was built from operations this API does not know (update the SDK or the API).`,
    );
    const zh = await post(t, { documentId: `sha256:${unknown}` }, { as: A.admin, locale: 'zh-CN' });
    expect(zh.errors?.[0]).toMatchObject({
      message: `没有编号为 ${unknown} 的可信文档：客户端所用的操作本 API 不认识（请更新 SDK 或 API）。`,
      extensions: { code: 'PERSISTED_DOCUMENT_NOT_FOUND' },
    });
    // Not a hash at all: the same answer, and nothing is looked up with it.
    const garbage = await post(t, { documentId: '../../etc/passwd' }, { as: A.admin });
    expect(garbage.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
  });

  it('refuses a request with neither a document nor an id (PERSISTED_DOCUMENT_MISSING)', async () => {
    const res = await post(t, { variables: {} }, { as: A.admin });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_MISSING');
  });
});

describe('only', () => {
  it('runs SDK operations sent by id for people', async () => {
    const res = await post(only, persistedQuery(idOf(ViewerDocument)), { as: A.admin });
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({ viewer: { user: { login: A.admin.login } } });
  });

  it('refuses document texts from people and anonymous callers (PERSISTED_DOCUMENT_REQUIRED)', async () => {
    const teacher = await (await A.school()).teacher();
    for (const as of [A.admin, teacher, null]) {
      const res = await only.gql('{ viewer { user { login } } }', {}, { as });
      expect(res.status).toBe(400);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_REQUIRED');
    }
    // The SDK's own operation, sent as text, is refused too: only its id is trusted.
    const asText = await only.request(ViewerDocument, {}, { as: A.admin, locale: 'zh-CN' });
    expect(asText.errors?.[0]).toMatchObject({
      message:
        '本 API 只接受可信文档：请发送 SDK 中某个操作的编号（documentId 或 extensions.persistedQuery），而不是文档文本。',
      extensions: { code: 'PERSISTED_DOCUMENT_REQUIRED' },
    });
  });

  it('lets a registered sync client send its own queries', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const registered = await t.mutate(
      SyncClientsRegisterDocument,
      {
        organisationId: A.district.gid,
        name: '省教师研修管理平台',
        keys: [JSON.stringify({ ...(await exportJWK(publicKey)), kid: 'k1' })],
      },
      { as: A.admin },
    );
    if (registered.__typename !== 'RegisterSyncClientPayload') throw new Error(registered.__typename);
    const { clientId, audience } = registered.syncClient;
    const token = await createClientAssertion({ clientId, audience, privateKey, kid: 'k1' });
    const own = await post(only, { query: '{ currentSyncClient { clientId } }' }, {}, token);
    expect(own.errors).toBeUndefined();
    expect(own.data).toEqual({ currentSyncClient: { clientId } });
    // The SDK's operations by id work for it as well.
    const byId = await post(only, persistedQuery(idOf(SyncClientsCurrentDocument)), {}, token);
    expect(byId.data).toEqual({ currentSyncClient: expect.objectContaining({ clientId }) });
    // An assertion that fails verification is refused as such (401), not let through.
    const forged = `${token.slice(0, -4)}AAAA`;
    const refused = await post(only, { query: '{ currentSyncClient { clientId } }' }, {}, forged);
    expect(refused.status).toBe(401);
  });
});

describe('off', () => {
  it('runs texts and does not look ids up', async () => {
    expect((await off.gql('{ viewer { user { login } } }', {}, { as: A.admin })).errors).toBeUndefined();
    const res = await post(off, persistedQuery(idOf(ViewerDocument)), { as: A.admin });
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toBe('Must provide query string.');
  });
});

describe('the SDK client', () => {
  /** A client whose requests' bodies are recorded. */
  function sdkFor(app: TestApp, token: string, persistedDocuments: boolean) {
    const bodies: Array<Record<string, unknown>> = [];
    const client = createClient({
      url: 'http://yoga/graphql',
      token,
      persistedDocuments,
      fetch: async (input, init) => {
        bodies.push(JSON.parse(String(init?.body)));
        return app.app.fetch(new Request(input, init));
      },
    });
    return { client, bodies };
  }

  it('sends the hash of its operations when told to, which an only-mode API runs', async () => {
    const { client, bodies } = sdkFor(only, await t.tokenFor(A.admin), true);
    const { viewer } = await client.request(ViewerDocument);
    expect(viewer?.user.login).toBe(A.admin.login);
    expect(bodies).toEqual([{ operationName: 'Viewer', variables: {}, ...persistedQuery(idOf(ViewerDocument)) }]);
  });

  it('sends texts by default, and for documents it did not generate', async () => {
    const token = await t.tokenFor(A.admin);
    const plain = sdkFor(t, token, false);
    await plain.client.request(ViewerDocument);
    expect(plain.bodies[0]).toMatchObject({ query: print(ViewerDocument), operationName: 'Viewer' });
    expect(plain.bodies[0]).not.toHaveProperty('extensions');

    const persisted = sdkFor(t, token, true);
    const { __meta__: _ignored, ...own } = ViewerDocument as DocumentNode & { __meta__?: unknown };
    await persisted.client.request(own as unknown as typeof ViewerDocument);
    expect(persisted.bodies[0]).toMatchObject({ query: print(ViewerDocument) });
  });

  it('sends the text once when the API does not know the id (an older API than the SDK)', async () => {
    const older = t.variant({ persistedDocumentStore: new Map() });
    const { client, bodies } = sdkFor(older, await t.tokenFor(A.admin), true);
    const { viewer } = await client.request(ViewerDocument);
    expect(viewer?.user.login).toBe(A.admin.login);
    expect(bodies.map((body) => ('query' in body ? 'text' : 'id'))).toEqual(['id', 'text']);
  });
});
