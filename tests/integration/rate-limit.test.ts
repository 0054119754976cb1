/**
 * Rate limits end to end (api/http/rate-limit.ts): each request spends its measured cost from its principal's budget;
 * a request over budget gets 429 with Retry-After and RATE_LIMITED and changes nothing; every response carries the
 * RateLimit-* headers; `rateLimit` reads the caller's own budget for no more than its own cost; people, sync clients
 * and anonymous callers have budgets of their own; two API instances sharing Redis spend one budget; losing Redis
 * falls back to budgets in the process (one warning), and Redis is used again once it is back.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  memoryRateLimiter,
  type PrincipalKind,
  type RateLimiter,
  type RateLimitSettings,
  redisRateLimiter,
} from '../../api/http/rate-limit.js';
import { listen } from '../../api/server/listen.js';
import { createClientAssertion } from '../../sdk/src/assertion.js';
import { RateLimitDocument, SyncClientsRegisterDocument } from '../../sdk/src/generated/graphql.js';
import { type Locale, type TestApp, testApp } from '../kit/app.js';
import { unique } from '../kit/ids.js';
import type { DistrictWorld } from '../kit/world.js';

let t: TestApp;
let A: DistrictWorld;
/** The cost of `RATE_LIMIT` (the SDK's `query RateLimit`), measured once. */
let probeCost: number;
const RATE_LIMIT = '{ rateLimit { limit cost used remaining resetAt windowSeconds } }';
const closing: Array<() => Promise<void>> = [];

beforeAll(async () => {
  t = await testApp();
  A = await t.world.district();
  probeCost = (await t.request(RateLimitDocument, {}, { as: A.admin })).extensions?.cost?.requested ?? 0;
  expect(probeCost).toBeGreaterThan(0);
});
afterAll(async () => {
  for (const close of closing) await close();
  await t?.close();
});

/** Budgets of the kinds given (every other kind unlimited) over 60-second windows; X-Forwarded-For names the caller. */
function settings(points: Partial<Record<PrincipalKind, number>>): RateLimitSettings {
  return { windowSeconds: 60, points: { user: 0, client: 0, anonymous: 0, ...points }, trustedProxies: 1 };
}

function limitedBy(limiter: RateLimiter): TestApp {
  closing.push(() => limiter.close());
  return t.variant({ rateLimiter: limiter });
}

interface Sent {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: ad-hoc queries' shapes are their text.
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }>; extensions?: any };
}

/** Posts a query as `as` (anonymous when absent; `token` for a sync client's assertion) and keeps the headers. */
async function send(
  app: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  options: { as?: { login: string }; token?: string; from?: string; locale?: Locale } = {},
): Promise<Sent> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = options.token ?? (options.as ? await t.tokenFor(options.as) : null);
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.from) headers['x-forwarded-for'] = options.from;
  const response = await app.fetch('/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
    locale: options.locale ?? 'en',
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Sent['body'] };
}

const CREATE_SCHOOL = `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { __typename } }`;
const schoolInput = (name: string) => ({
  input: { districtId: A.district.gid, name, stages: ['PRIMARY'], fullTimeTeachers: 10 },
});

describe('one API instance (budgets in memory)', () => {
  it('refuses a request over budget with 429, Retry-After and RATE_LIMITED, and changes nothing', async () => {
    const measured = await send(t, CREATE_SCHOOL, schoolInput(`量价小学 ${unique()}`), { as: A.admin });
    const cost = measured.body.extensions.cost.requested as number;
    expect(cost).toBeGreaterThan(1);
    // Room for one school and a little more, not for two.
    const budget = 2 * cost - 1;
    const app = limitedBy(memoryRateLimiter(settings({ user: budget })));

    const first = await send(app, CREATE_SCHOOL, schoolInput(`第一小学 ${unique()}`), { as: A.admin });
    expect(first.status).toBe(200);
    expect(first.body.data.createSchool.__typename).toBe('CreateSchoolPayload');

    const organisations = await t.db.prisma.organisation.count();
    const name = `第二小学 ${unique()}`;
    const refused = await send(app, CREATE_SCHOOL, schoolInput(name), { as: A.admin });
    expect(refused.status).toBe(429);
    expect(refused.body.data ?? null).toBeNull();
    const [error] = refused.body.errors ?? [];
    expect(error?.extensions?.code).toBe('RATE_LIMITED');
    expect(error?.extensions).toMatchObject({ limit: budget, cost, remaining: cost - 1 });
    expect(error?.extensions?.http).toBeUndefined();
    const resetAt = Date.parse(error?.extensions?.resetAt);
    expect(resetAt).toBeGreaterThan(Date.now());
    expect(resetAt).toBeLessThanOrEqual(Date.now() + 60_000);
    expect(error?.message).toContain(`costs ${cost} points`);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get('ratelimit-remaining')).toBe(String(cost - 1));
    // Nothing changed, and the refused request spent nothing.
    expect(await t.db.prisma.organisation.count()).toBe(organisations);
    expect(await t.db.prisma.organisation.count({ where: { name } })).toBe(0);

    const chinese = await send(app, CREATE_SCHOOL, schoolInput(name), { as: A.admin, locale: 'zh-CN' });
    expect(chinese.status).toBe(429);
    expect(chinese.body.errors?.[0]?.message).toMatch(/^超出访问频率限制/);

    // What is left still pays for a cheaper request (at least 1 point).
    const left = await send(app, '{ __typename }', {}, { as: A.admin });
    expect(left.status).toBe(200);
    const spent = Math.max(1, left.body.extensions.cost.requested as number);
    expect(left.headers.get('ratelimit-remaining')).toBe(String(cost - 1 - spent));
  });

  it('puts the RateLimit-* headers on every response', async () => {
    const app = limitedBy(memoryRateLimiter(settings({ user: 1000, anonymous: 1000 })));
    const user = await send(app, '{ viewer { user { id } } }', {}, { as: A.admin });
    const cost = user.body.extensions.cost.requested as number;
    expect(user.status).toBe(200);
    expect(user.headers.get('ratelimit-limit')).toBe('1000');
    expect(user.headers.get('ratelimit-remaining')).toBe(String(1000 - cost));
    const reset = Number(user.headers.get('ratelimit-reset'));
    expect(reset).toBeGreaterThan(0);
    expect(reset).toBeLessThanOrEqual(60);
    expect(user.headers.get('ratelimit-policy')).toBe('1000;w=60');
    // An anonymous request spends and reports too.
    const anonymous = await send(app, '{ catalogues(first: 1) { nodes { id } } }', {}, { from: '198.51.100.7' });
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get('ratelimit-limit')).toBe('1000');
    // Without a limiter (the default of createApp) there are none.
    const unlimited = await send(t, '{ viewer { user { id } } }', {}, { as: A.admin });
    expect(unlimited.headers.get('ratelimit-limit')).toBeNull();
  });

  it('answers `rateLimit` for the caller’s own budget, spending only its own cost', async () => {
    const app = limitedBy(memoryRateLimiter(settings({ user: 500, anonymous: 200 })));
    const first = (await app.data(RateLimitDocument, {}, { as: A.admin })).rateLimit;
    expect(first).toMatchObject({ limit: 500, cost: probeCost, used: probeCost, remaining: 500 - probeCost });
    expect(first?.windowSeconds).toBe(60);
    const resetAt = Date.parse(String(first?.resetAt));
    expect(resetAt).toBeGreaterThan(Date.now());
    expect(resetAt).toBeLessThanOrEqual(Date.now() + 60_000);
    const second = (await app.data(RateLimitDocument, {}, { as: A.admin })).rateLimit;
    expect(second).toMatchObject({ used: 2 * probeCost, remaining: 500 - 2 * probeCost });

    // Another person's budget is their own.
    const other = (await app.data(RateLimitDocument, {}, { as: A.provinceAdmin })).rateLimit;
    expect(other).toMatchObject({ limit: 500, used: probeCost });

    // Anonymous callers, by address (X-Forwarded-For from one trusted proxy here).
    const anonymous = await send(app, RATE_LIMIT, {}, { from: '203.0.113.9' });
    expect(anonymous.body.data.rateLimit).toMatchObject({ limit: 200, used: probeCost });
    const again = await send(app, RATE_LIMIT, {}, { from: '203.0.113.9' });
    expect(again.body.data.rateLimit).toMatchObject({ used: 2 * probeCost });
    const elsewhere = await send(app, RATE_LIMIT, {}, { from: '203.0.113.10' });
    expect(elsewhere.body.data.rateLimit).toMatchObject({ used: probeCost });

    // Null without rate limits.
    expect((await t.data(RateLimitDocument, {}, { as: A.admin })).rateLimit).toBeNull();
  });

  it('over HTTP, an anonymous caller is its connection’s address; a forged X-Forwarded-For changes nothing', async () => {
    const app = limitedBy(memoryRateLimiter({ ...settings({ anonymous: 100 * probeCost }), trustedProxies: 0 }));
    const running = await listen(app.app, '127.0.0.1', 0);
    try {
      const used = async (forwardedFor: string) => {
        const response = await fetch(`${running.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
          body: JSON.stringify({ query: RATE_LIMIT }),
        });
        expect(response.status).toBe(200);
        return ((await response.json()) as Sent['body']).data.rateLimit.used as number;
      };
      expect(await used('192.0.2.1')).toBe(probeCost);
      expect(await used('192.0.2.2')).toBe(2 * probeCost);
    } finally {
      await running.close(0);
    }
  });

  it('gives sync clients a budget of their own, apart from people’s', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const publicJwk = { ...(await exportJWK(publicKey)), kid: 'rate-1' };
    const registered = await t.mutate(
      SyncClientsRegisterDocument,
      { organisationId: A.district.gid, name: `省平台 ${unique()}`, keys: [JSON.stringify(publicJwk)] },
      { as: A.admin },
    );
    if (registered.__typename !== 'RegisterSyncClientPayload') throw new Error(JSON.stringify(registered));
    const { clientId, audience } = registered.syncClient;
    const token = await createClientAssertion({ clientId, audience, privateKey, kid: 'rate-1' });

    const userBudget = 2 * probeCost;
    const app = limitedBy(memoryRateLimiter(settings({ user: userBudget, client: 50 * probeCost })));
    // The district admin spends their whole budget…
    expect((await send(app, RATE_LIMIT, {}, { as: A.admin })).status).toBe(200);
    expect((await send(app, RATE_LIMIT, {}, { as: A.admin })).status).toBe(200);
    expect((await send(app, RATE_LIMIT, {}, { as: A.admin })).status).toBe(429);
    // …and the sync client they registered still has all of its own, a larger one.
    const client = await send(app, RATE_LIMIT, {}, { token });
    expect(client.status).toBe(200);
    expect(client.body.data.rateLimit).toMatchObject({ limit: 50 * probeCost, used: probeCost });
    for (let i = 0; i < 5; i++) expect((await send(app, RATE_LIMIT, {}, { token })).status).toBe(200);
    // A client's spending leaves people's budgets alone.
    const teacher = await send(app, RATE_LIMIT, {}, { as: A.provinceAdmin });
    expect(teacher.body.data.rateLimit).toMatchObject({ limit: userBudget, used: probeCost });
  });
});

describe('several API instances (budgets in Redis)', () => {
  const REDIS = 'redis://127.0.0.1:6379';

  it('two instances sharing Redis spend one budget', async () => {
    const keyPrefix = `tisheng-test:rate:${unique()}`;
    const shared = settings({ user: 3 * probeCost });
    const one = limitedBy(await redisRateLimiter(shared, REDIS, { keyPrefix }));
    const two = limitedBy(await redisRateLimiter(shared, REDIS, { keyPrefix }));
    expect((await one.data(RateLimitDocument, {}, { as: A.admin })).rateLimit?.used).toBe(probeCost);
    expect((await two.data(RateLimitDocument, {}, { as: A.admin })).rateLimit?.used).toBe(2 * probeCost);
    expect((await one.data(RateLimitDocument, {}, { as: A.admin })).rateLimit?.remaining).toBe(0);
    const refused = await send(two, RATE_LIMIT, {}, { as: A.admin });
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const redis = new Redis(REDIS);
    try {
      expect(await redis.get(`${keyPrefix}:user:${A.admin.id}`)).toBe(String(3 * probeCost));
    } finally {
      redis.disconnect();
    }
  });

  describe('losing Redis', () => {
    let port: number;
    let server: ChildProcess | null = null;

    async function freePort(): Promise<number> {
      const probe = createServer();
      await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
      const { port } = probe.address() as { port: number };
      await new Promise((resolve) => probe.close(resolve));
      return port;
    }

    async function startRedis() {
      server = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        {
          stdio: 'ignore',
        },
      );
      const client = new Redis({ port, lazyConnect: true, retryStrategy: () => 50, maxRetriesPerRequest: 0 });
      client.on('error', () => {});
      await until(async () => (await client.ping().catch(() => null)) === 'PONG');
      client.disconnect();
    }

    async function until(done: () => Promise<boolean> | boolean, ms = 10_000) {
      const deadline = Date.now() + ms;
      while (!(await done())) {
        if (Date.now() > deadline) throw new Error('timed out');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }

    beforeAll(async () => {
      port = await freePort();
      await startRedis();
    });
    afterAll(() => {
      server?.kill('SIGKILL');
    });

    it('keeps serving with budgets in memory while Redis is gone, warns once, and uses Redis again once it is back', async () => {
      const keyPrefix = `tisheng-test:rate:${unique()}`;
      const warnings: string[] = [];
      const notes: string[] = [];
      const log = { warn: (message: string) => warnings.push(message), info: (message: string) => notes.push(message) };
      const url = `redis://127.0.0.1:${port}`;
      const app = limitedBy(await redisRateLimiter(settings({ user: 4 * probeCost }), url, { keyPrefix, log }));
      const key = `${keyPrefix}:user:${A.admin.id}`;
      const redis = new Redis(url, { lazyConnect: true, retryStrategy: () => 50 });
      redis.on('error', () => {});
      closing.push(async () => redis.disconnect());

      expect((await app.data(RateLimitDocument, {}, { as: A.admin })).rateLimit?.used).toBe(probeCost);
      await redis.connect();
      expect(await redis.get(key)).toBe(String(probeCost));
      expect(warnings).toEqual([]);

      // Redis dies: requests still succeed, counted in this process (from an empty budget)…
      const killed = server!;
      killed.kill('SIGKILL');
      await once(killed, 'exit');
      for (let i = 1; i <= 4; i++) {
        const sent = await send(app, RATE_LIMIT, {}, { as: A.admin });
        expect(sent.status).toBe(200);
        expect(sent.body.data.rateLimit.used).toBe(i * probeCost);
      }
      // …and the limits still apply.
      const refused = await send(app, RATE_LIMIT, {}, { as: A.admin });
      expect(refused.status).toBe(429);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/rate limits: Redis unreachable .*kept in this process/);

      // Redis is back (empty: no persistence): the limiter says so and spends there again.
      await startRedis();
      await until(() => notes.length > 0);
      expect(notes).toEqual(['tisheng: rate limits: Redis is back: budgets are shared again']);
      const back = await send(app, RATE_LIMIT, {}, { as: A.admin });
      expect(back.status).toBe(200);
      expect(back.body.data.rateLimit.used).toBe(probeCost);
      await until(() => redis.status === 'ready');
      expect(await redis.get(key)).toBe(String(probeCost));
      expect(warnings).toHaveLength(1);
    });
  });
});
