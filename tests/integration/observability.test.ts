/**
 * Observability through the real app: the request log line (request id in and out, principal id, operation, cost,
 * duration, outcome) for ok, failing and unauthenticated requests and nothing personal in any line of a mutation
 * carrying a national ID and a phone number; /metrics open, behind a token, on a listener of its own, with the pool,
 * queue and cache gauges; OpenTelemetry spans exported over OTLP/HTTP to a receiver in the test; /readyz with a stopped
 * job queue.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, type Logger } from '../../api/observability/logger.js';
import { createMetrics, type MetricsSettings } from '../../api/observability/metrics.js';
import { startTracing } from '../../api/observability/tracing.js';
import { nationalIdCheckCharacter } from '../../schema/users/national-id.js';
import { CreateUserDocument } from '../../sdk/src/generated/graphql.js';
import { type TestApp, testApp } from '../kit/app.js';
import { unique } from '../kit/ids.js';
import { scanLine, seededNames } from '../kit/log-audit.js';
import { ofType } from '../kit/results.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ jobs: 'send-only' });
});
afterAll(() => t?.close());

/** A logger keeping its lines in memory, parsed. */
function capturing(): { logger: Logger; lines: Array<Record<string, unknown>>; raw: string[] } {
  const lines: Array<Record<string, unknown>> = [];
  const raw: string[] = [];
  const logger = createLogger({
    level: 'debug',
    destination: {
      write(line: string) {
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      },
    },
  });
  return { logger, lines, raw };
}

const requestLines = (lines: Array<Record<string, unknown>>) => lines.filter((line) => line.msg === 'request');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the request log', () => {
  it('writes one line per request: id, principal id, operation, cost, duration, status, outcome', async () => {
    const { logger, lines } = capturing();
    const app = t.variant({ logger });
    const d = await t.world.district();
    const ok = await app.gql('query ViewerHome { viewer { user { id } } }', {}, { as: d.admin });
    expect(ok.status).toBe(200);
    const [line] = requestLines(lines);
    expect(line).toMatchObject({
      level: 30,
      method: 'POST',
      route: '/graphql',
      operation: 'ViewerHome',
      operationType: 'query',
      principal: { kind: 'user', id: d.admin.id },
      cost: ok.extensions?.cost?.requested,
      status: 200,
      outcome: 'ok',
    });
    expect(line!.requestId).toMatch(UUID);
    expect(line!.durationMs).toEqual(expect.any(Number));
    expect(line).not.toHaveProperty('errors');

    // An error: its code, never its message.
    const failed = await app.gql('query Missing { node(id: "not-a-global-id") { id } }', {}, { as: d.admin });
    expect(failed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(requestLines(lines)[1]).toMatchObject({
      operation: 'Missing',
      principal: { kind: 'user', id: d.admin.id },
      outcome: 'error',
      errors: ['BAD_USER_INPUT'],
    });

    // A token that cannot be trusted: 401, UNAUTHENTICATED, no principal.
    const refused = await app.gql(
      'query Who { viewer { user { id } } }',
      {},
      { headers: { authorization: 'Bearer nonsense' } },
    );
    expect(refused.status).toBe(401);
    const unauthenticated = requestLines(lines)[2]!;
    expect(unauthenticated).toMatchObject({ status: 401, outcome: 'error', errors: ['UNAUTHENTICATED'] });
    expect(unauthenticated).not.toHaveProperty('principal');

    // Anonymous.
    await app.gql('query Anyone { viewer { user { id } } }');
    expect(requestLines(lines)[3]).toMatchObject({ principal: { kind: 'anonymous' }, outcome: 'ok' });
    expect(requestLines(lines)).toHaveLength(4);
  });

  it('keeps a sane incoming x-request-id and echoes it; replaces anything else', async () => {
    const { logger, lines } = capturing();
    const app = t.variant({ logger });
    const kept = await app.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'lb-7f3a:42' },
      body: JSON.stringify({ query: '{ viewer { user { id } } }' }),
    });
    expect(kept.headers.get('x-request-id')).toBe('lb-7f3a:42');
    const replaced = await app.fetch('/healthz', { headers: { 'x-request-id': `two words ${'x'.repeat(200)}` } });
    expect(replaced.headers.get('x-request-id')).toMatch(UUID);
    const [first, second] = requestLines(lines);
    expect(first!.requestId).toBe('lb-7f3a:42');
    expect(second).toMatchObject({ requestId: replaced.headers.get('x-request-id'), route: '/healthz', level: 20 });
  });

  it('writes nothing personal for a mutation carrying a national ID, a phone number and a name', async () => {
    const { logger, lines, raw } = capturing();
    const app = t.variant({ logger });
    const d = await t.world.district();
    const school = await t.world.organisation('SCHOOL', d.district, { stages: ['PRIMARY'] });
    const first17 = `44040219850615${String(Math.floor(Math.random() * 900) + 100)}`;
    const nationalId = first17 + nationalIdCheckCharacter(first17);
    const login = `obs.${unique()}`;
    const input = {
      organisationId: school.gid,
      login,
      displayName: '欧阳观测',
      email: `${login}@x.invalid`,
      phone: '13912345678',
      nationalId,
      roles: [{ role: 'TEACHER' as const, organisationId: school.gid }],
    };
    ofType(await app.mutate(CreateUserDocument, input, { as: d.admin }), 'CreateUserPayload');
    // The same again: a CONFLICT on the national ID number (a typed error) and on the login.
    await app.mutate(CreateUserDocument, input, { as: d.admin });
    // As GET, the variables in the URL.
    await app.fetch(
      `/graphql?query=${encodeURIComponent('query Find($q: String) { viewer { user { id } } }')}&variables=${encodeURIComponent(JSON.stringify({ q: nationalId }))}`,
      { headers: { authorization: `Bearer ${await t.tokenFor(d.admin)}` } },
    );
    expect(requestLines(lines)).toHaveLength(3);
    expect(requestLines(lines)[0]).toMatchObject({ operation: 'CreateUser', operationType: 'mutation', outcome: 'ok' });
    const text = raw.join('');
    for (const value of [nationalId, '13912345678', '欧阳观测', login, 'Bearer ']) expect(text).not.toContain(value);
    expect(raw.flatMap((line) => scanLine(line, [...seededNames(), '欧阳观测']))).toEqual([]);
  });

  it('redacts credentials and personal fields that a line would carry', () => {
    const { logger, lines } = capturing();
    logger.info(
      { headers: { authorization: 'Bearer x.y.z' }, user: { phone: '13912345678', nationalId: 'x', login: 'a' } },
      'careless',
    );
    expect(lines[0]).toMatchObject({
      headers: { authorization: '[redacted]' },
      user: { phone: '[redacted]', nationalId: '[redacted]', login: '[redacted]' },
    });
  });
});

describe('/metrics', () => {
  const settings = (over: Partial<MetricsSettings>): MetricsSettings => ({
    api: 'open',
    token: null,
    listener: null,
    ...over,
  });
  const sources = () => ({
    db: t.db,
    jobs: t.jobs,
    caches: { viewer: { size: 3 }, sync_client_keys: { size: 1 } },
  });

  it('is open in development: Yoga’s metrics and the pool, queue and cache gauges', async () => {
    const app = t.variant({ metrics: createMetrics(sources(), settings({})) });
    await app.gql('query Counted { viewer { user { id } } }');
    const response = await app.fetch('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/graphql_envelop_request_duration_bucket\{.*operationName="Counted"/);
    expect(text).toMatch(/graphql_yoga_http_duration_bucket\{.*operationName="Counted"/);
    expect(text).toMatch(/^tisheng_cache_entries\{cache="viewer"\} 3$/m);
    expect(text).toMatch(/^tisheng_cache_entries\{cache="sync_client_keys"\} 1$/m);
    expect(text).toMatch(/^tisheng_job_queue_up 1$/m);
    expect(text).toMatch(/^tisheng_job_queue_jobs\{queue="[\w.-]+",state="queued"\} \d+$/m);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
    if (t.db.kind === 'postgres') {
      expect(text).toMatch(/^tisheng_db_pool_total_connections\{pool="primary"\} \d+$/m);
      expect(text).toMatch(/^tisheng_db_pool_waiting_connections\{pool="primary"\} 0$/m);
    }
    // No URL label: a GET query's text and variables stay out of the metrics.
    expect(text).not.toMatch(/url="/);
  });

  it('needs the bearer token with METRICS_TOKEN, and is absent when off', async () => {
    const token = 'm'.repeat(40);
    const app = t.variant({ metrics: createMetrics(sources(), settings({ api: 'token', token })) });
    const none = await app.fetch('/metrics');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await app.fetch('/metrics', { headers: { authorization: `Bearer ${'x'.repeat(40)}` } })).status).toBe(401);
    const ok = await app.fetch('/metrics', { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/tisheng_cache_entries/);

    const off = t.variant({ metrics: createMetrics(sources(), settings({ api: 'off' })) });
    expect((await off.fetch('/metrics')).status).toBe(404);
    expect((await t.fetch('/metrics')).status).toBe(404);
  });

  it('serves a listener of its own (METRICS_PORT), behind the token when there is one', async () => {
    const token = 'p'.repeat(32);
    const metrics = createMetrics(sources(), settings({ api: 'off', token, listener: { host: '127.0.0.1', port: 0 } }));
    const listener = await metrics.listen('127.0.0.1', 0);
    try {
      expect((await fetch(listener.url)).status).toBe(401);
      const ok = await fetch(listener.url, { headers: { authorization: `Bearer ${token}` } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toMatch(/^tisheng_job_queue_up 1$/m);
      expect((await fetch(listener.url.replace('/metrics', '/graphql'))).status).toBe(404);
    } finally {
      await listener.close();
    }
  });
});

describe('traces', () => {
  let receiver: Server;
  const posts: Array<{ path: string; body: string }> = [];
  let endpoint = '';
  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8');
      });
      req.on('end', () => {
        posts.push({ path: req.url ?? '', body });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  it('exports the operation, slow resolvers and SQL over OTLP/HTTP, without arguments or personal data', async () => {
    const tracing = startTracing({ endpoint, serviceName: 'tisheng-test', resolverMinMs: 0 });
    try {
      const app = t.variant({ tracing });
      const d = await t.world.district();
      const result = await app.gql(
        'query TracedOrganisation($id: ID!) { node(id: $id) { id ... on Organisation { name } } }',
        { id: d.district.gid },
        { as: d.admin },
      );
      expect(result.errors).toBeUndefined();
      await tracing.flush();
      const exported = posts.filter((post) => post.path === '/v1/traces');
      expect(exported.length).toBeGreaterThan(0);
      const body = exported.map((post) => post.body).join('\n');
      const spans = exported.flatMap((post) =>
        (
          JSON.parse(post.body) as {
            resourceSpans: Array<{ scopeSpans: Array<{ spans: Array<{ name: string; traceId: string }> }> }>;
          }
        ).resourceSpans.flatMap((resource) => resource.scopeSpans.flatMap((scope) => scope.spans)),
      );
      const names = spans.map((span) => span.name);
      expect(names).toContain('query.TracedOrganisation');
      expect(names).toContain('Query.node');
      expect(names.some((name) => name.startsWith('prisma:'))).toBe(true);
      expect(body).toContain('tisheng-test');
      // The SQL ran inside the operation's trace.
      const operation = spans.find((span) => span.name === 'query.TracedOrganisation')!;
      expect(spans.some((span) => span.name.startsWith('prisma:') && span.traceId === operation.traceId)).toBe(true);
      // Resolver arguments and variables are never exported.
      expect(body).not.toContain('graphql.resolver.args');
      expect(body).not.toContain(d.district.gid);
    } finally {
      await tracing.shutdown();
    }
  });
});

describe('/readyz', () => {
  it('is 503 with the reason once the job queue is stopped', async () => {
    const ready = await t.fetch('/readyz');
    expect(ready.status).toBe(200);
    await t.jobs!.stop(5000);
    const stopped = await t.fetch('/readyz');
    expect(stopped.status).toBe(503);
    expect(await stopped.json()).toEqual({ ready: false, reason: 'job queue stopped' });
  });
});
