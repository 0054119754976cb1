/**
 * npm run bench [-- options]: how fast Tisheng serves the portal pages, against the physical floor (node:http + pg,
 * one statement) and a peer (PostGraphile 5), on this machine. See README.md, "Performance".
 *
 *   1. data:     the bench database (tests/bench/data.ts), built or reused;
 *   2. builds:   Tisheng's production build, the floor, the peer's and autocannon's installs (on demand);
 *   3. counting: each server once more through a counting proxy: SQL statements per request at page sizes 1, 10, 50
 *                (and the measured one), every body checked;
 *   4. checks:   the floor's bytes equal Tisheng's (without `extensions`) for several viewers and page sizes; the
 *                peer's content equals the database's;
 *   5. load:     warm-up, then interleaved rounds (each round runs every scenario on every server, in rotating
 *                order); medians of requests/s, p50/p99, server CPU and DB CPU per request, RSS;
 *   6. heap:     a Tisheng started with a heap probe: live heap after warm-up and after N more requests;
 *   7. report:   tests/bench/results/<time>.json and .md (and latest.*); the table is printed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { type IdentityProvider, startIdentityProvider } from './auth.js';
import { type BenchWorld, prepareBenchDatabase } from './data.js';
import { type CheckedRequest, type HttpRequest, type LoadResult, runLoad } from './load.js';
import { startStatementCounter } from './pg-counter.js';
import type { Started } from './processes.js';
import { renderReport } from './report.js';
import {
  COUNTED_PAGE_SIZES,
  checkBody,
  checkPeerBody,
  peerRequest,
  readTruth,
  requestFor,
  SCENARIOS,
  type Scenario,
  sha256,
  type Truth,
  type ViewerKey,
} from './scenarios.js';
import {
  benchDir,
  buildTisheng,
  cacheDir,
  ensureInstalled,
  peerDir,
  projectDir,
  type ServerName,
  type ServerOptions,
  startNamedServer,
  transpileFloor,
} from './servers.js';
import { runViewingIngest, type ViewingIngestResult } from './viewing-ingest.js';

// ---------------------------------------------------------------------------------------------------------------
// Options

/**
 * What a plain `npm run bench` measures: the pages issue 8 sets targets for, with the baselines (under 10 minutes).
 * Each later module's pages run with `--scenarios all` or by name.
 */
const READ_PATH_SCENARIOS = [
  'class-dashboard',
  'school-progress',
  'district-progress',
  'district-progress-1',
  'programmes',
  'organisations',
  'teacher-home',
];

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string', default: '10' },
    'heap-requests': { type: 'string' },
    'heap-seconds': { type: 'string' },
    'heap-warmup': { type: 'string' },
    'count-requests': { type: 'string' },
    servers: { type: 'string', default: 'tisheng,floor,peer' },
    scenarios: { type: 'string' },
    'admin-url': {
      type: 'string',
      default: process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    },
    database: { type: 'string', default: 'tisheng_bench' },
    'rebuild-data': { type: 'boolean', default: false },
    dist: { type: 'string' },
    node: { type: 'string', default: process.execPath },
    out: { type: 'string', default: path.join(benchDir, 'results') },
    'check-targets': { type: 'boolean', default: false },
    'deadline-minutes': { type: 'string', default: '40' },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});

if (args.help) {
  console.log(`npm run bench -- [options]
  --quick                 short runs (1 round of 2 s, 1 s warm-up, heap over 10 s): checks the harness, not the figures
  --rounds N              interleaved rounds (default 3)
  --duration S            seconds per scenario, server and round (default 8)
  --warmup S              warm-up seconds per scenario and server (default 4)
  --connections N         concurrent connections (default 10)
  --heap-requests N       requests between the two heap readings (default 100000) ...
  --heap-seconds S        ... or as many as fit in S seconds, whichever is fewer (default 90; 0: no limit)
  --heap-warmup S         seconds of requests before the first heap reading (default 15)
  --count-requests N      requests per statement count (default 3)
  --servers LIST          tisheng,floor,peer (default all)
  --scenarios LIST        default: the read-path pages of issue 8 (${READ_PATH_SCENARIOS.join(',')}), about 8 minutes;
                          all: every page (about 25 minutes); or a list of
                          ${SCENARIOS.map((s) => s.id).join(',')},viewing-ingest
                          (viewing-ingest: 200 players posting 10-event batches to recordViewing for --duration
                          seconds, 20 by default, then bare INSERTs of the same batches; runs only when named)
  --admin-url URL         a PostgreSQL server where the user may create databases (env BENCH_DATABASE_URL)
  --database NAME         the bench database (default tisheng_bench)
  --rebuild-data          rebuild the data even when its version matches
  --dist DIR              run an existing build (e.g. dist after npm run build) instead of building
  --node PATH             run the servers on another Node (e.g. Node 24)
  --out DIR               where results go (default tests/bench/results)
  --check-targets         exit 1 when a target of issue 8 is missed`);
  process.exit(0);
}

const num = (value: string | undefined, fallback: number) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`not a number: ${value}`);
  return n;
};

const quick = args.quick;
const settings = {
  quick,
  rounds: num(args.rounds, quick ? 1 : 3),
  durationSeconds: num(args.duration, quick ? 2 : 8),
  warmupSeconds: num(args.warmup, quick ? 1 : 4),
  connections: num(args.connections, 10),
  heapRequests: num(args['heap-requests'], quick ? 3_000 : 100_000),
  heapSeconds: num(args['heap-seconds'], quick ? 10 : 90),
  heapWarmupSeconds: num(args['heap-warmup'], quick ? 3 : 15),
  countRequests: Math.max(1, num(args['count-requests'], quick ? 2 : 3)),
  servers: args.servers.split(',').map((s) => s.trim()) as ServerName[],
  scenarios:
    args.scenarios === 'all'
      ? SCENARIOS.map((s) => s.id)
      : args.scenarios
        ? args.scenarios.split(',').map((s) => s.trim())
        : READ_PATH_SCENARIOS,
  database: args.database,
  node: args.node,
  poolSize: 10,
};
for (const server of settings.servers) {
  if (!['tisheng', 'floor', 'peer'].includes(server)) throw new Error(`unknown server ${server}`);
}
const VIEWING_INGEST = 'viewing-ingest';
const viewingIngest = settings.scenarios.includes(VIEWING_INGEST);
for (const id of settings.scenarios) {
  if (id !== VIEWING_INGEST && !SCENARIOS.some((s) => s.id === id)) throw new Error(`unknown scenario ${id}`);
}
const scenarios = SCENARIOS.filter((s) => settings.scenarios.includes(s.id));
const classDashboard = SCENARIOS[0]!;

const started = Date.now();
const log = (line: string) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const deadline = setTimeout(() => {
  console.error(`bench: stopped after ${args['deadline-minutes']} minutes (--deadline-minutes)`);
  process.exit(2);
}, num(args['deadline-minutes'], 40) * 60_000);
deadline.unref();

// ---------------------------------------------------------------------------------------------------------------
// What each server answers

/** A scenario as one server answers it: its request at a page size, and how its body is checked. */
interface Job {
  server: ServerName;
  scenario: Scenario;
  request(first: number | undefined): HttpRequest;
  check(first: number | undefined, body: string): string | null;
}

function jobsFor(server: ServerName, world: BenchWorld, truth: Truth, tokens: Record<ViewerKey, string>): Job[] {
  if (server === 'tisheng') {
    return scenarios.map((scenario) => ({
      server,
      scenario,
      request: (first) => requestFor(scenario, world, tokens[scenario.viewer], first),
      check: (first, body) => checkBody(scenario, truth, first, body),
    }));
  }
  if (!scenarios.includes(classDashboard)) return [];
  if (server === 'floor') {
    return [
      {
        server,
        scenario: classDashboard,
        request: (first) => requestFor(classDashboard, world, tokens.tutor, first),
        check: (first, body) => checkBody(classDashboard, truth, first, body),
      },
    ];
  }
  return [
    {
      server,
      scenario: classDashboard,
      request: (first) => peerRequest(world, tokens.tutor, first ?? 20),
      check: (first, body) => checkPeerBody(truth, first ?? 20, body),
    },
  ];
}

const pageSizes = (scenario: Scenario): Array<number | undefined> =>
  scenario.page ? [...new Set([...COUNTED_PAGE_SIZES, scenario.page.measured])].sort((a, b) => a - b) : [undefined];

async function send(origin: string, request: HttpRequest) {
  const response = await fetch(`${origin}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: AbortSignal.timeout(60_000),
  });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

async function sendChecked(origin: string, job: Job, first: number | undefined): Promise<Buffer> {
  const { status, bytes } = await send(origin, job.request(first));
  const body = bytes.toString('utf8');
  const problem = status === 200 ? job.check(first, body) : `HTTP ${status}: ${body.slice(0, 300)}`;
  if (problem) throw new Error(`${job.server} / ${job.scenario.id} (first: ${first ?? '-'}): ${problem}`);
  return bytes;
}

// ---------------------------------------------------------------------------------------------------------------

interface CountResult {
  server: ServerName;
  scenario: string;
  /** Page size → statements per request. */
  statements: Record<string, number>;
}

interface RunRecord {
  round: number;
  server: ServerName;
  scenario: string;
  pageSize: number | null;
  result: LoadResult;
}

interface HeapResult {
  requests: number;
  limitedBy: 'requests' | 'seconds';
  warmupRequests: number;
  before: NodeJS.MemoryUsage;
  after: NodeJS.MemoryUsage;
  ratio: number;
}

async function main() {
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverageAtStart: os.loadavg(),
  };
  const serverNode = execFileSync(settings.node, ['--version'], { encoding: 'utf8' }).trim();
  log(
    `${machine.cpus} CPUs (${machine.cpuModel}), load average ${machine.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')}; servers on Node ${serverNode}`,
  );
  if (settings.quick) log('--quick: short runs check the harness; their figures are not measurements');

  // 1. Tools (the viewing-ingest scenario alone needs neither autocannon nor the peer)
  if (scenarios.length) await ensureInstalled(benchDir, log);
  if (settings.servers.includes('peer') && scenarios.includes(classDashboard)) await ensureInstalled(peerDir, log);

  // 2. Data
  const world = await prepareBenchDatabase({
    adminUrl: args['admin-url'],
    database: settings.database,
    rebuild: args['rebuild-data'],
    log: (line) => log(`data: ${line}`),
  });
  log(`data: ${world.version} (${world.built ? `built in ${world.buildSeconds.toFixed(1)} s` : 'reused'})`);
  const truth = await readTruth(world);

  // 3. Builds
  let dist = args.dist ? path.resolve(args.dist) : path.join(cacheDir, 'dist');
  if (settings.servers.includes('tisheng') && !args.dist) {
    const t = Date.now();
    await buildTisheng(dist);
    log(`tisheng: production build (tsc -p tsconfig.build.json) in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  }
  dist = path.resolve(dist);
  // The floor and the peer are baselines of the class dashboard only (issue 8): other scenarios run on Tisheng alone.
  const baselines = settings.servers.filter((s) => s !== 'tisheng');
  if (baselines.length && scenarios.some((s) => s !== classDashboard))
    log(
      `${baselines.join(' and ')}: baselines of class-dashboard only${scenarios.includes(classDashboard) ? '' : ' (not selected): not started'}`,
    );
  const floorJs =
    settings.servers.includes('floor') && scenarios.includes(classDashboard) ? await transpileFloor() : undefined;
  if (settings.servers.includes('peer') && scenarios.includes(classDashboard)) {
    const client = new pg.Client({ connectionString: world.databaseUrl });
    await client.connect();
    await client.query(readFileSync(path.join(peerDir, 'setup.sql'), 'utf8'));
    await client.end();
  }

  const idp: IdentityProvider = await startIdentityProvider();
  const viewers = Object.keys(world.subjects) as ViewerKey[];
  const tokens = Object.fromEntries(
    await Promise.all(viewers.map(async (v) => [v, await idp.token(world.subjects[v])])),
  ) as Record<ViewerKey, string>;
  const serverOptions = (databaseUrl: string): ServerOptions => ({
    node: settings.node,
    databaseUrl,
    jwksUrl: idp.jwksUrl,
    poolSize: settings.poolSize,
    dist,
    ...(floorJs
      ? { floorJs, floorQuerySha256: sha256(JSON.parse(requestFor(classDashboard, world, '', 1).body ?? '{}').query) }
      : {}),
  });
  let viewing: ViewingIngestResult | null = null;
  if (viewingIngest) {
    viewing = await runViewingIngest({
      world,
      idp,
      start: () => startNamedServer('tisheng', serverOptions(world.databaseUrl)),
      poolSize: settings.poolSize,
      players: 200,
      eventsPerBatch: 10,
      warmupSeconds: quick ? 2 : 5,
      seconds: num(args.duration, quick ? 5 : 20),
      log,
    });
    mkdirSync(args.out, { recursive: true });
    writeFileSync(path.join(args.out, 'viewing-ingest-latest.json'), JSON.stringify(viewing, null, 2));
    writeFileSync(path.join(args.out, 'viewing-ingest-latest.md'), `${viewing.markdown}\n`);
    console.log(`\n${viewing.markdown}\n`);
    if (scenarios.length === 0) {
      await idp.close();
      return;
    }
  }
  const jobs = Object.fromEntries(settings.servers.map((s) => [s, jobsFor(s, world, truth, tokens)])) as Record<
    ServerName,
    Job[]
  >;

  // 4. Statement counts, through the counting proxy (separate server instances)
  const counts: CountResult[] = [];
  const dbUrl = new URL(world.databaseUrl);
  for (const server of settings.servers) {
    if (jobs[server].length === 0) continue;
    const counter = await startStatementCounter({ host: dbUrl.hostname, port: Number(dbUrl.port || 5432) });
    const viaProxy = new URL(world.databaseUrl);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(counter.port);
    const instance = await startNamedServer(server, {
      ...serverOptions(viaProxy.toString()),
      label: `${server} (counting)`,
    });
    try {
      for (const job of jobs[server]) {
        const statements: Record<string, number> = {};
        for (const first of pageSizes(job.scenario)) {
          await sendChecked(instance.origin, job, first);
          counter.reset();
          for (let i = 0; i < settings.countRequests; i += 1) await sendChecked(instance.origin, job, first);
          statements[String(first ?? '-')] = Math.round((counter.count / settings.countRequests) * 10) / 10;
        }
        counts.push({ server, scenario: job.scenario.id, statements });
        log(
          `count: ${server} / ${job.scenario.id}: ${Object.entries(statements)
            .map(([p, n]) => `${p === '-' ? '' : `page ${p}: `}${n}`)
            .join(', ')} statements per request`,
        );
      }
    } finally {
      await instance.stop();
      await counter.close();
    }
  }

  // 5. Measured servers, checks, warm-up and interleaved rounds
  const running = new Map<ServerName, Started>();
  const runs: RunRecord[] = [];
  const checks: { floorBytes: string[]; peerContent: string | null } = { floorBytes: [], peerContent: null };
  try {
    for (const server of settings.servers) {
      if (jobs[server].length === 0) continue;
      running.set(server, await startNamedServer(server, serverOptions(world.databaseUrl)));
    }
    const tisheng = running.get('tisheng');
    const floor = running.get('floor');
    if (tisheng && floor) {
      // The floor's body must be Tisheng's, byte for byte, without `extensions`, for each viewer and page size.
      const cases: Array<[ViewerKey, number]> = [
        ['tutor', 1],
        ['tutor', 10],
        ['tutor', 50],
        ['schoolAdmin', 50],
        ['districtAdmin', 50],
        ['otherTutor', 50],
      ];
      for (const [viewer, first] of cases) {
        const request = requestFor(classDashboard, world, tokens[viewer], first);
        const [a, b] = await Promise.all([send(tisheng.origin, request), send(floor.origin, request)]);
        const text = a.bytes.toString('utf8');
        const parsed = JSON.parse(text) as Record<string, unknown>;
        if (JSON.stringify(parsed) !== text) throw new Error('tisheng: response is not in JSON.stringify form');
        delete parsed.extensions;
        const expected = JSON.stringify(parsed);
        if (a.status !== 200 || b.status !== 200 || b.bytes.toString('utf8') !== expected) {
          writeFileSync(path.join(cacheDir, 'floor-mismatch-tisheng.json'), expected);
          writeFileSync(path.join(cacheDir, 'floor-mismatch-floor.json'), b.bytes);
          throw new Error(
            `floor: body differs from Tisheng's for ${viewer}, first ${first} (HTTP ${a.status}/${b.status}; both kept in ${path.relative(projectDir, cacheDir)}/floor-mismatch-*.json)`,
          );
        }
        checks.floorBytes.push(`${viewer} first ${first}: ${b.bytes.length} bytes equal`);
      }
      log(
        `check: the floor's bodies equal Tisheng's (${cases.length} cases: tutor at 1/10/50, school admin, district admin, another class's tutor)`,
      );
    }
    const peer = running.get('peer');
    if (peer) {
      await sendChecked(peer.origin, jobs.peer[0]!, 50);
      checks.peerContent = 'same teachers, selections, points and history as the database, in the same order';
      log(`check: the peer's roster has the database's content`);
    }

    // References (checked once) and warm-up; the warm-up rate sizes each measured run to about --duration seconds.
    const references = new Map<Job, Buffer>();
    const rates = new Map<Job, number>();
    const pairs = settings.servers.flatMap((server) => (running.has(server) ? jobs[server] : []));
    for (const job of pairs) {
      const first = job.scenario.page?.measured;
      references.set(job, await sendChecked(running.get(job.server)!.origin, job, first));
    }
    const load = (job: Job, amount: number) =>
      runLoad({
        origin: running.get(job.server)!.origin,
        pid: running.get(job.server)!.pid,
        database: settings.database,
        requests: [checkedRequest(job, references.get(job)!)],
        connections: settings.connections,
        amount,
        timeoutSeconds: 60,
      });
    for (const job of pairs) {
      const probe = await load(job, settings.connections * 2);
      assertClean(job, probe);
      const warm = Math.max(settings.connections * 2, Math.round(probe.requestsPerSecond * settings.warmupSeconds));
      const result = await load(job, warm);
      assertClean(job, result);
      rates.set(job, result.requestsPerSecond);
      log(
        `warm-up: ${job.server} / ${job.scenario.id}: ${result.requests} requests, ${result.requestsPerSecond.toFixed(1)} req/s`,
      );
    }
    for (let round = 0; round < settings.rounds; round += 1) {
      for (const scenario of scenarios) {
        const here = pairs.filter((job) => job.scenario === scenario);
        // Rotate the servers' order every round, so no server always runs first (or right after another).
        const ordered = here.map((_, i) => here[(i + round) % here.length]!);
        for (const job of ordered) {
          const amount = Math.max(settings.connections * 2, Math.round(rates.get(job)! * settings.durationSeconds));
          const result = await load(job, amount);
          assertClean(job, result);
          runs.push({
            round: round + 1,
            server: job.server,
            scenario: scenario.id,
            pageSize: scenario.page?.measured ?? null,
            result,
          });
          log(
            `round ${round + 1}: ${job.server} / ${scenario.id}: ${result.requestsPerSecond.toFixed(1)} req/s, p50 ${result.latencyMs.p50} ms, ` +
              `p99 ${result.latencyMs.p99} ms, CPU ${result.cpuMsPerRequest.toFixed(2)} ms/req, other load ${(result.otherCpuShare * 100).toFixed(0)}%`,
          );
        }
      }
    }
  } finally {
    for (const instance of running.values()) await instance.stop();
  }

  // 6. Heap
  let heap: HeapResult | null = null;
  if (settings.servers.includes('tisheng') && settings.heapRequests > 0) {
    heap = await heapPass(world, truth, tokens, serverOptions(world.databaseUrl));
    log(
      `heap: ${(heap.before.heapUsed / 2 ** 20).toFixed(1)} MiB after warm-up, ${(heap.after.heapUsed / 2 ** 20).toFixed(1)} MiB after ${heap.requests} more requests (×${heap.ratio.toFixed(3)})`,
    );
  }
  await idp.close();

  // 7. Report
  const meta = {
    date: new Date().toISOString(),
    commit: gitDescribe(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine: { ...machine, loadAverageAtEnd: os.loadavg() },
    node: { bench: process.version, servers: serverNode },
    postgres: await postgresVersion(world.databaseUrl),
    data: { version: world.version, built: world.built, buildSeconds: world.buildSeconds },
    settings,
    totalSeconds: (Date.now() - started) / 1000,
  };
  const report = renderReport({ meta, scenarios, counts, runs, checks, heap });
  mkdirSync(args.out, { recursive: true });
  const stamp = meta.date.replace(/[:.]/g, '-');
  const json = JSON.stringify({ meta, counts, runs, checks, heap, summary: report.summary }, null, 2);
  for (const name of [stamp, 'latest']) {
    writeFileSync(path.join(args.out, `${name}.json`), json);
    writeFileSync(path.join(args.out, `${name}.md`), report.markdown);
  }
  console.log(`\n${report.markdown}`);
  if (viewing) console.log(`\n${viewing.markdown}`);
  log(`results in ${path.relative(projectDir, path.join(args.out, `${stamp}.{json,md}`))} (and latest.*)`);
  if (args['check-targets'] && report.summary.targetsMissed.length) {
    console.error(`bench: targets missed: ${report.summary.targetsMissed.join('; ')}`);
    process.exitCode = 1;
  }
}

function checkedRequest(job: Job, reference: Buffer): CheckedRequest {
  const first = job.scenario.page?.measured;
  return { request: job.request(first), reference, check: (body) => job.check(first, body) };
}

function assertClean(job: Job, result: LoadResult) {
  if (result.failures.length) {
    throw new Error(
      `${job.server} / ${job.scenario.id}: wrong responses under load:\n  ${result.failures.join('\n  ')}`,
    );
  }
}

/** A Tisheng with the heap probe: live heap (after a full GC) after warm-up, and after N more requests of every page. */
async function heapPass(
  world: BenchWorld,
  truth: Truth,
  tokens: Record<ViewerKey, string>,
  options: ServerOptions,
): Promise<HeapResult> {
  const instance = await startNamedServer('tisheng', {
    ...options,
    nodeArgs: ['--expose-gc', '--require', path.join(benchDir, 'heap-probe.cjs')],
    label: 'tisheng (heap probe)',
  });
  try {
    const jobs = jobsFor('tisheng', world, truth, tokens);
    const mix: CheckedRequest[] = [];
    for (const job of jobs)
      mix.push(checkedRequest(job, await sendChecked(instance.origin, job, job.scenario.page?.measured)));
    const reading = async () => {
      const line = new Promise<NodeJS.MemoryUsage>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('heap probe: no answer to SIGUSR2 in 30 s')), 30_000);
        const off = instance.onStderrLine((text) => {
          if (!text.startsWith('bench-heap ')) return;
          clearTimeout(timer);
          off();
          resolve(JSON.parse(text.slice('bench-heap '.length)));
        });
      });
      process.kill(instance.pid, 'SIGUSR2');
      return line;
    };
    const load = (amount: number) =>
      runLoad({
        origin: instance.origin,
        pid: instance.pid,
        database: settings.database,
        requests: mix,
        connections: settings.connections,
        amount,
        timeoutSeconds: 60,
      });
    // Warm-up: every page, for --heap-warmup seconds (sized from a first short run's rate).
    const probe = await load(mix.length * settings.connections);
    if (probe.failures.length) throw new Error(`heap warm-up: ${probe.failures.join('; ')}`);
    const warm = await load(Math.max(mix.length, Math.round(probe.requestsPerSecond * settings.heapWarmupSeconds)));
    if (warm.failures.length) throw new Error(`heap warm-up: ${warm.failures.join('; ')}`);
    const before = await reading();
    const fitting =
      settings.heapSeconds > 0 ? Math.round(warm.requestsPerSecond * settings.heapSeconds) : Number.POSITIVE_INFINITY;
    const requests = Math.max(mix.length, Math.min(settings.heapRequests, fitting));
    const result = await load(requests);
    if (result.failures.length) throw new Error(`heap pass: ${result.failures.join('; ')}`);
    const after = await reading();
    return {
      requests: result.requests,
      limitedBy: requests < settings.heapRequests ? 'seconds' : 'requests',
      warmupRequests: probe.requests + warm.requests,
      before,
      after,
      ratio: after.heapUsed / before.heapUsed,
    };
  } finally {
    await instance.stop();
  }
}

function gitDescribe(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectDir, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'api', 'schema', 'prisma'], {
      cwd: projectDir,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${commit} + uncommitted changes in api/, schema/ or prisma/` : commit;
  } catch {
    return 'unknown';
  }
}

async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]?.v ?? 'unknown';
  } finally {
    await client.end();
  }
}

main()
  .catch((error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  // Servers were stopped on the way out; the exit handler (processes.ts) kills any child still alive.
  .finally(() => process.exit());
