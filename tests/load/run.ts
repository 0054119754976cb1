/**
 * npm run load [-- options]: a bounded load of a realistic mix (tests/load/mix.ts) on loopback against PostgreSQL,
 * first on one API instance, then on two behind a local round-robin proxy sharing PostgreSQL and Redis; any GraphQL
 * error, wrong answer or non-2xx response is a failure. A development tool like `npm run bench`, not part of npm test.
 *
 *   1. data:   the bench's data (tests/bench/data.ts) in its own database (`tisheng_load`, built once, reused while
 *              the migrations and the generator are unchanged), copied for the run (the load writes) and dropped after;
 *   2. one:    an API instance (`node --import tsx api/server/main.ts`, NODE_ENV=production, Redis, rate-limit
 *              budgets raised out of the way), warm-up, then the measured run (autocannon, N connections, S seconds);
 *   3. two:    a second instance (JOB_WORKERS=false) and a round-robin proxy (http-proxy) in front of both, the same;
 *   4. report: requests/s, p50/p99 per kind, failures and 5xx, server and database CPU per request, the ratio
 *              two / one, in tests/load/results/<time>.{json,md} and latest.*; exits 1 on any failure.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { AUDIENCE, ISSUER, startIdentityProvider } from '../bench/auth.js';
import { type BenchWorld, prepareBenchDatabase, withDatabase } from '../bench/data.js';
import {
  backendsDelta,
  cpuMs,
  databaseBackendsCpu,
  freePort,
  machineCpu,
  type Started,
  startServer,
} from '../bench/processes.js';
import { buildMix, type Kind, type Mix, Tally, WEIGHTS } from './mix.js';
import { startRoundRobin } from './proxy.js';

const loadDir = path.dirname(fileURLToPath(import.meta.url));
const projectDir = path.resolve(loadDir, '..', '..');

const { values: args } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '10' },
    'pool-size': { type: 'string', default: '10' },
    players: { type: 'string', default: '200' },
    selectors: { type: 'string', default: '100' },
    kinds: { type: 'string' },
    'one-only': { type: 'boolean', default: false },
    'admin-url': {
      type: 'string',
      default: process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    },
    database: { type: 'string', default: 'tisheng_load' },
    'redis-url': { type: 'string', default: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
    out: { type: 'string', default: path.join(loadDir, 'results') },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});

if (args.help) {
  console.log(`npm run load -- [options]
  --connections N   concurrent connections (default 50)
  --duration S      measured seconds per setup (default 60)
  --warmup S        warm-up seconds per setup (default 10)
  --pool-size N     each instance's DATABASE_POOL_SIZE (default 10)
  --players N       simulated video players (default 200)
  --selectors N     teachers re-submitting their selection (default 100)
  --kinds LIST      only these kinds of the mix, e.g. viewing-ingest (default all: ${Object.keys(WEIGHTS).join(',')})
  --one-only        one instance only (no second instance, no proxy)
  --admin-url URL   a PostgreSQL server where the user may create databases (env BENCH_DATABASE_URL)
  --database NAME   the load's data (default tisheng_load; copied for each run)
  --redis-url URL   the Redis both instances share (env REDIS_URL, default redis://127.0.0.1:6379)
  --out DIR         where results go (default tests/load/results)`);
  process.exit(0);
}

const num = (value: string, name: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name}: not a positive number: ${value}`);
  return n;
};
const settings = {
  connections: num(args.connections, 'connections'),
  durationSeconds: num(args.duration, 'duration'),
  warmupSeconds: num(args.warmup, 'warmup'),
  poolSize: num(args['pool-size'], 'pool-size'),
  players: num(args.players, 'players'),
  selectors: num(args.selectors, 'selectors'),
  eventsPerBatch: 10,
  weights: args.kinds
    ? Object.fromEntries(
        args.kinds.split(',').map((kind) => {
          const weight = WEIGHTS[kind.trim() as Kind];
          if (weight === undefined) throw new Error(`--kinds: unknown kind ${kind}`);
          return [kind.trim(), weight];
        }),
      )
    : WEIGHTS,
  oneOnly: args['one-only'],
};
if (settings.players < settings.connections || settings.selectors < settings.connections)
  throw new Error('--players and --selectors must be at least --connections (one request of each in flight)');

/** How long after a run a cut-off request's player or teacher is used again (autocannon's timeout is 30 s). */
const RECLAIM_MS = 35_000;

const log = (line: string) => console.log(`[load ${new Date().toISOString().slice(11, 19)}] ${line}`);

interface KindFigures {
  requests: number;
  failures: number;
  p50: number;
  p99: number;
}

interface RunFigures {
  setup: string;
  instances: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  failures: number;
  non2xx: number;
  serverErrors: number;
  connectionErrors: number;
  timeouts: number;
  /** API CPU (all instances) and PostgreSQL backends' CPU per request, ms. */
  serverCpuMsPerRequest: number;
  dbCpuMsPerRequest: number;
  /** Share of the machine's CPU (all cores) busy during the run. */
  machineBusyShare: number;
  /** WAL the server wrote per request (the whole server's: an upper bound when other databases are busy), bytes. */
  walBytesPerRequest: number;
  /** Growth of the run's database per request, bytes. */
  dbGrowthBytesPerRequest: number;
  kinds: Partial<Record<Kind, KindFigures>>;
  failureSamples: string[];
  /** Requests each instance got from the proxy (two instances only). */
  perInstance?: number[];
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number) : 0;

function runAutocannon(origin: string, mix: Mix, tally: Tally, seconds: number) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections: settings.connections,
        pipelining: 1,
        duration: seconds,
        timeout: 30,
        requests: mix.requests as unknown as autocannon.Request[],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => tally.latency(ms));
  });
}

/** The server's WAL position and the run database's size. */
async function storage(admin: pg.Client, database: string) {
  const { rows } = await admin.query<{ lsn: string; size: string }>(
    'SELECT pg_current_wal_lsn()::text AS lsn, pg_database_size($1)::text AS size',
    [database],
  );
  return rows[0] as { lsn: string; size: string };
}

async function measure(
  setup: string,
  origin: string,
  servers: Started[],
  admin: pg.Client,
  database: string,
  mix: Mix,
  tally: Tally,
) {
  log(`${setup}: warm-up ${settings.warmupSeconds} s`);
  await runAutocannon(origin, mix, tally, settings.warmupSeconds);
  mix.reclaim(RECLAIM_MS);
  tally.reset();
  const cpuBefore = servers.map((server) => cpuMs(server.pid));
  const dbBefore = databaseBackendsCpu(database);
  const machineBefore = machineCpu();
  const storageBefore = await storage(admin, database);
  log(`${setup}: ${settings.durationSeconds} s at ${settings.connections} connections`);
  const result = await runAutocannon(origin, mix, tally, settings.durationSeconds);
  const machineAfter = machineCpu();
  const storageAfter = await storage(admin, database);
  const { rows: wal } = await admin.query<{ bytes: string }>('SELECT pg_wal_lsn_diff($1, $2)::text AS bytes', [
    storageAfter.lsn,
    storageBefore.lsn,
  ]);
  const dbMs = backendsDelta(dbBefore, databaseBackendsCpu(database));
  const serverMs = servers.reduce((sum, server, i) => sum + cpuMs(server.pid) - (cpuBefore[i] ?? 0), 0);
  mix.reclaim(RECLAIM_MS);
  const total = result.requests.total;
  const kinds: Partial<Record<Kind, KindFigures>> = {};
  for (const kind of Object.keys(settings.weights) as Kind[]) {
    const sorted = [...(tally.latencies.get(kind) ?? [])].sort((a, b) => a - b);
    kinds[kind] = {
      requests: tally.responses.get(kind) ?? 0,
      failures: tally.failures.get(kind) ?? 0,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
    };
  }
  const failures = [...tally.failures.values()].reduce((a, b) => a + b, 0);
  const figures: RunFigures = {
    setup,
    instances: servers.length,
    seconds: result.duration,
    requests: total,
    requestsPerSecond: total / result.duration,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    failures,
    non2xx: result.non2xx,
    serverErrors: tally.serverErrors,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    serverCpuMsPerRequest: total ? serverMs / total : 0,
    dbCpuMsPerRequest: total ? dbMs / total : 0,
    machineBusyShare:
      (machineAfter.busyMs - machineBefore.busyMs) / Math.max(1, machineAfter.totalMs - machineBefore.totalMs),
    walBytesPerRequest: total ? Number(wal[0]?.bytes ?? 0) / total : 0,
    dbGrowthBytesPerRequest: total ? (Number(storageAfter.size) - Number(storageBefore.size)) / total : 0,
    kinds,
    failureSamples: [...tally.samples],
  };
  log(
    `${setup}: ${figures.requestsPerSecond.toFixed(1)} req/s, p50 ${figures.latencyMs.p50} ms, p99 ${figures.latencyMs.p99} ms, ` +
      `${failures} failures, ${figures.non2xx} non-2xx, ${figures.serverErrors} 5xx`,
  );
  return figures;
}

function markdown(runs: RunFigures[], ratio: number, context: Record<string, string>) {
  const lines = [
    `Load: ${settings.connections} connections, ${settings.durationSeconds} s measured after ${settings.warmupSeconds} s of warm-up, ` +
      `on ${context.machine}; data: the bench district (${context.data}).`,
    '',
    '| setup | req/s | p50 ms | p99 ms | requests | failures | non-2xx | 5xx | API CPU ms/req | DB CPU ms/req | WAL KB/req | machine busy |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...runs.map(
      (run) =>
        `| ${run.setup} | ${run.requestsPerSecond.toFixed(1)} | ${run.latencyMs.p50} | ${run.latencyMs.p99} | ${run.requests} | ` +
        `${run.failures} | ${run.non2xx} | ${run.serverErrors} | ${run.serverCpuMsPerRequest.toFixed(1)} | ` +
        `${run.dbCpuMsPerRequest.toFixed(1)} | ${(run.walBytesPerRequest / 1024).toFixed(1)} | ${(run.machineBusyShare * 100).toFixed(0)}% |`,
    ),
    '',
    Number.isNaN(ratio) ? 'One instance only.' : `Throughput two instances / one: ${ratio.toFixed(2)}×.`,
    '',
    `| kind (weight in a cycle) | ${runs.map((run) => `${run.setup}: requests · failures · p50 · p99 ms`).join(' | ')} |`,
    `|---|${runs.map(() => '---:').join('|')}|`,
    ...(Object.keys(settings.weights) as Kind[]).map(
      (kind) =>
        `| ${kind} (${settings.weights[kind]}) | ${runs
          .map((run) => {
            const k = run.kinds[kind] ?? { requests: 0, failures: 0, p50: 0, p99: 0 };
            return `${k.requests} · ${k.failures} · ${k.p50.toFixed(0)} · ${k.p99.toFixed(0)}`;
          })
          .join(' | ')} |`,
    ),
  ];
  const samples = runs.flatMap((run) => run.failureSamples.map((sample) => `- ${run.setup}: ${sample}`));
  if (samples.length) lines.push('', 'Failures (first few):', '', ...samples);
  return `${lines.join('\n')}\n`;
}

async function main() {
  const started = Date.now();
  const template = await prepareBenchDatabase({ adminUrl: args['admin-url'], database: args.database, log });
  log(template.built ? `built ${args.database} in ${template.buildSeconds.toFixed(0)} s` : `reusing ${args.database}`);
  const runDatabase = `${args.database}_run`;
  const admin = new pg.Client({ connectionString: args['admin-url'] });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${runDatabase}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${runDatabase}" TEMPLATE "${args.database}"`);
  const world: BenchWorld = { ...template, databaseUrl: withDatabase(args['admin-url'], runDatabase) };
  const idp = await startIdentityProvider();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tisheng-load-'));
  const secrets = {
    NATIONAL_ID_KEY: randomBytes(32).toString('hex'),
    FILE_LINK_SECRET: randomBytes(32).toString('hex'),
    CREDENTIAL_KEY_SECRET: randomBytes(32).toString('hex'),
  };
  const servers: Started[] = [];
  let proxy: Awaited<ReturnType<typeof startRoundRobin>> | null = null;
  const startInstance = async (name: string, jobWorkers: boolean) => {
    const port = await freePort();
    const server = await startServer({
      name,
      command: process.execPath,
      args: ['--import', 'tsx', 'api/server/main.ts'],
      cwd: projectDir,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        LANG: process.env.LANG ?? 'C.UTF-8',
        TZ: 'UTC',
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: world.databaseUrl,
        DATABASE_POOL_SIZE: String(settings.poolSize),
        REDIS_URL: args['redis-url'],
        JOB_WORKERS: String(jobWorkers),
        AUTH_JWKS_URL: idp.jwksUrl,
        AUTH_ISSUER: ISSUER,
        AUTH_AUDIENCE: AUDIENCE,
        DATA_DIR: dataDir,
        FILE_STORAGE_DIR: path.join(dataDir, 'files'),
        PUBLIC_BASE_URL: 'http://127.0.0.1',
        // The budgets out of the load's way (the limiter still runs, on Redis): the load measures serving.
        RATE_LIMIT_USER_POINTS: '1000000000',
        RATE_LIMIT_CLIENT_POINTS: '1000000000',
        RATE_LIMIT_ANONYMOUS_POINTS: '1000000000',
        ...secrets,
      },
      port,
      probePath: '/readyz',
      timeoutMs: 120_000,
    });
    servers.push(server);
    return server;
  };
  try {
    const one = await startInstance('api-1', true);
    const tally = new Tally();
    const mix = await buildMix(world, idp, one.origin, settings, tally);
    log(`mix: ${mix.requests.length} requests a cycle, ${mix.players} players, ${mix.selectors} selections`);
    const single = await measure('one instance', one.origin, [one], admin, runDatabase, mix, tally);
    const runs = [single];
    if (!settings.oneOnly) {
      const two = await startInstance('api-2', false);
      proxy = await startRoundRobin([one.origin, two.origin], settings.connections);
      const pair = await measure(
        'two instances (round-robin proxy)',
        proxy.origin,
        [one, two],
        admin,
        runDatabase,
        mix,
        tally,
      );
      pair.perInstance = [...proxy.counts];
      runs.push(pair);
    }
    // What watch time costs on disk: the kept batches and the events' ids, per batch.
    const runDb = new pg.Client({ connectionString: world.databaseUrl });
    await runDb.connect();
    const { rows: viewingRows } = await runDb
      .query<{ batches: string; bytes: string }>(
        `SELECT (SELECT count(*) FROM "ViewingBatch")::text AS batches,
                (pg_total_relation_size('"ViewingBatch"') + pg_total_relation_size('"ViewingEventId"'))::text AS bytes`,
      )
      .finally(() => runDb.end());
    const viewingBatches = Number(viewingRows[0]?.batches ?? 0);
    const viewingBytesPerBatch = viewingBatches ? Number(viewingRows[0]?.bytes ?? 0) / viewingBatches : 0;
    const ratio = runs[1] ? runs[1].requestsPerSecond / single.requestsPerSecond : Number.NaN;
    const context = {
      machine: `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, PostgreSQL and Redis on loopback, load generator and proxy on the same machine`,
      data: `${args.database}, ${template.version}`,
    };
    const report = `${markdown(runs, ratio, context)}\nViewing data on disk: ${viewingBatches} batches of ${settings.eventsPerBatch} events, ${viewingBytesPerBatch.toFixed(0)} bytes a batch (ViewingBatch and ViewingEventId with their indexes).\n`;
    mkdirSync(args.out, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const json = JSON.stringify(
      {
        settings,
        context,
        runs,
        ratio,
        viewingBatches,
        viewingBytesPerBatch,
        totalSeconds: (Date.now() - started) / 1000,
      },
      null,
      2,
    );
    for (const name of [stamp, 'latest']) {
      writeFileSync(path.join(args.out, `${name}.json`), `${json}\n`);
      writeFileSync(path.join(args.out, `${name}.md`), report);
    }
    console.log(`\n${report}`);
    log(
      `done in ${((Date.now() - started) / 1000).toFixed(0)} s; results in ${path.relative(projectDir, args.out)}/latest.{json,md}`,
    );
    const bad = runs.some(
      (run) => run.failures || run.non2xx || run.serverErrors || run.connectionErrors || run.timeouts,
    );
    process.exitCode = bad ? 1 : 0;
  } finally {
    await proxy?.close();
    for (const server of servers) await server.stop();
    await idp.close();
    await admin.query(`DROP DATABASE IF EXISTS "${runDatabase}" WITH (FORCE)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
