/**
 * Load runs with autocannon (tests/bench/package.json, installed on demand): a fixed number of requests over N
 * keep-alive connections, every response checked, and the server's CPU read from /proc around the run.
 *
 * autocannon 9 hands `onResponse` a body it decodes chunk by chunk (`body += buffer`), which turns a UTF-8
 * character split across two TCP reads into U+FFFD: Chinese names broke about one response in seven here. The
 * bench therefore makes each connection keep the raw chunks (setupClient below) and compares bytes. That relies on
 * autocannon's internals, pinned by the exact version; a change is detected and stops the run.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { backendsDelta, cpuMs, databaseBackendsCpu, machineCpu, rssBytes } from './processes.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface HttpRequest {
  /** POST for GraphQL; GET for the standards routes (no body). */
  method: 'POST' | 'GET';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface CheckedRequest {
  request: HttpRequest;
  /** A body already checked; a response with exactly these bytes passes without another check. */
  reference: Buffer;
  /** Null when `body` is right, else what is wrong. */
  check(body: string): string | null;
}

export interface LoadOptions {
  origin: string;
  /** The server's process, whose CPU and memory are read. */
  pid: number;
  /** The database whose backends' CPU is read. */
  database: string;
  requests: CheckedRequest[];
  connections: number;
  /** Requests to make (all of them complete, so CPU per request is exact). */
  amount: number;
  /** Seconds a request may take before it counts as an error. */
  timeoutSeconds: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; mean: number; max: number };
  /** Server CPU (user + system, all threads) per request, ms. */
  cpuMsPerRequest: number;
  /** CPU of the PostgreSQL backends of the bench database per request, ms. */
  dbCpuMsPerRequest: number;
  /** Share of the machine's CPU (all cores) used by processes other than the server, PostgreSQL's backends and the bench. */
  otherCpuShare: number;
  /** Resident memory of the server after the run, bytes. */
  rssBytes: number;
  /** Responses whose bytes differed from the reference but passed the check. */
  variants: number;
  failures: string[];
}

type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
interface AutocannonResult {
  requests: { total: number };
  /** Seconds, rounded up to the sample tick after the last response. */
  duration: number;
  latency: { p50: number; p90: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

let loaded: Autocannon | undefined;
function autocannon(): Autocannon {
  // Resolved from tests/bench/node_modules (npm ci --prefix tests/bench), not the project's dependencies.
  loaded ??= createRequire(path.join(here, 'package.json'))('autocannon') as Autocannon;
  return loaded;
}

interface PendingResponse {
  body: string | Buffer[];
}

/** Makes an autocannon connection keep each response's raw chunks instead of a string decoded chunk by chunk. */
function keepRawBodies(client: {
  pipelinedRequests?: { addBody?: unknown; peek?: () => PendingResponse | undefined };
}) {
  const queue = client.pipelinedRequests;
  if (!queue || typeof queue.addBody !== 'function' || typeof queue.peek !== 'function') {
    throw new Error('autocannon internals changed (pipelinedRequests.addBody/peek): see tests/bench/load.ts');
  }
  const peek = queue.peek.bind(queue);
  queue.addBody = (data: Buffer) => {
    const pending = peek();
    if (!pending) return;
    if (typeof pending.body === 'string') pending.body = [];
    pending.body.push(Buffer.from(data));
  };
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const failures: string[] = [];
  let variants = 0;
  let checked = 0;
  let lastResponse = 0;
  const fail = (message: string) => {
    if (failures.length < 5) failures.push(message);
  };
  const requests = options.requests.map((entry) => ({
    ...entry.request,
    onResponse: (status: number, body: string | Buffer[]) => {
      lastResponse = performance.now();
      checked += 1;
      if (typeof body === 'string' && body !== '') {
        fail('autocannon passed a decoded body: its internals changed, see tests/bench/load.ts');
        return;
      }
      const bytes = typeof body === 'string' ? Buffer.alloc(0) : Buffer.concat(body);
      if (status !== 200) {
        fail(`HTTP ${status}: ${bytes.toString('utf8').slice(0, 300)}`);
        return;
      }
      if (bytes.equals(entry.reference)) return;
      const problem = entry.check(bytes.toString('utf8'));
      if (problem) fail(problem);
      else variants += 1;
    },
  }));
  const cpuBefore = cpuMs(options.pid);
  const dbBefore = databaseBackendsCpu(options.database);
  const machineBefore = machineCpu();
  const selfBefore = process.cpuUsage();
  const startedAt = performance.now();
  const result = await autocannon()({
    url: options.origin,
    connections: options.connections,
    pipelining: 1,
    amount: options.amount,
    timeout: options.timeoutSeconds,
    requests,
    setupClient: keepRawBodies,
    // autocannon notices the end of a run at its next sample; its own duration is rounded up to that.
    sampleInt: 100,
  });
  const selfUsage = process.cpuUsage(selfBefore);
  const machineAfter = machineCpu();
  const dbAfter = databaseBackendsCpu(options.database);
  const cpuAfter = cpuMs(options.pid);
  const total = result.requests.total;
  // From the start to the last response: autocannon's `duration` ends at a sample tick, not at the last response.
  const seconds = lastResponse > startedAt ? (lastResponse - startedAt) / 1000 : result.duration;
  if (result.errors || result.timeouts) fail(`${result.errors} connection errors, ${result.timeouts} timeouts`);
  if (result.non2xx && failures.length === 0) fail(`${result.non2xx} responses were not 2xx`);
  if (checked !== total) fail(`${total} responses but ${checked} checked`);
  const serverMs = cpuAfter - cpuBefore;
  const dbMs = backendsDelta(dbBefore, dbAfter);
  const selfMs = (selfUsage.user + selfUsage.system) / 1000;
  const machineTotal = machineAfter.totalMs - machineBefore.totalMs;
  const other = machineAfter.busyMs - machineBefore.busyMs - serverMs - dbMs - selfMs;
  return {
    requests: total,
    seconds,
    requestsPerSecond: total / seconds,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      mean: result.latency.average,
      max: result.latency.max,
    },
    cpuMsPerRequest: total ? serverMs / total : 0,
    dbCpuMsPerRequest: total ? dbMs / total : 0,
    otherCpuShare: machineTotal > 0 ? Math.max(0, other) / machineTotal : 0,
    rssBytes: rssBytes(options.pid),
    variants,
    failures,
  };
}
