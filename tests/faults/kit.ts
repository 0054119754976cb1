/**
 * What the fault tests run on: a PostgreSQL cluster of their own (initdb in a temporary folder, started on a free
 * port, removed afterwards: stopping it never disturbs the shared server), the API and the job worker as real child
 * processes (`node --import tsx …`, as `npm start` and `npm run worker` run them), and development tokens for the
 * demo logins. Every process started here is killed when the test file ends, however it ends.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadOrCreateDevKey, signDevToken } from '../../api/auth/dev-keys.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

const cleanups: Array<() => void | Promise<void>> = [];

/** Stops everything this file started (afterAll). */
export async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.warn(`[faults] clean-up: ${(error as Error).message}`);
    }
  }
}

/** Runs `cleanup` in cleanUp, before what was registered earlier (a mount before its folder's removal). */
export function onCleanUp(cleanup: () => void | Promise<void>): void {
  cleanups.push(cleanup);
}

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

/** A PostgreSQL cluster owned by this test file (user postgres, trust on 127.0.0.1). */
export interface Cluster {
  url: string;
  port: number;
  /** pg_ctl stop in `mode` (fast: connections closed; immediate: the server just dies). */
  stop(mode?: 'fast' | 'immediate'): void;
  start(): void;
  query<T extends pg.QueryResultRow>(sql: string, values?: unknown[]): Promise<T[]>;
}

const asPostgres = (command: string, args: string[]) =>
  execFileSync('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, command), ...args], { stdio: 'pipe' });

export async function privateCluster(): Promise<Cluster> {
  const dir = tempDir('tisheng-faults-pg-');
  chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  asPostgres('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
  const start = () => asPostgres('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
  const stop = (mode: 'fast' | 'immediate' = 'fast') => asPostgres('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
  start();
  cleanups.push(() => {
    try {
      stop('immediate');
    } catch {
      // already stopped
    }
  });
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    stop,
    start,
    async query(sql, values) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query(sql, values)).rows;
      } finally {
        await client.end();
      }
    },
  };
}

/** A child process (the API or the worker) and what it printed. */
export interface Child {
  process: ChildProcess;
  readonly output: string;
  /** Resolves with the exit code (null when killed by a signal) once it exits. */
  exited: Promise<number | null>;
  /** Waits until the output matches `pattern` (or throws after `timeoutMs`, or when the process exits first). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  kill(signal: NodeJS.Signals): void;
}

/** Runs `script` (relative to the repository) as `npm start` does, with `env` only (plus PATH and HOME). */
export function spawnScript(script: string, env: Record<string, string>): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return {
    process: child,
    get output() {
      return output;
    },
    exited,
    kill: (signal) => child.kill(signal),
    async waitFor(pattern, timeoutMs = 90_000) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(output)) {
        if (child.exitCode !== null || child.signalCode !== null)
          throw new Error(`${script} exited (${child.exitCode ?? child.signalCode}) before ${pattern}:\n${output}`);
        if (Date.now() > deadline) throw new Error(`${script}: no ${pattern} within ${timeoutMs} ms:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

/** A started API: its address, its process, and requests to it. */
export interface Api extends Child {
  origin: string;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; signal?: AbortSignal; locale?: string },
  ): Promise<{ status: number; body: GraphqlBody<T> }>;
}

export interface GraphqlBody<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Starts the API on `env` (DATABASE_URL, DATA_DIR …) on a free port and waits for its ready line. */
export async function startApi(env: Record<string, string>): Promise<Api> {
  const port = await freePort();
  const child = spawnScript('api/server/main.ts', {
    HOST: '127.0.0.1',
    PORT: String(port),
    NODE_ENV: 'development',
    ...env,
  });
  await child.waitFor(/ready in/);
  const origin = `http://127.0.0.1:${port}`;
  return Object.assign(child, {
    origin,
    async graphql<T>(
      query: string,
      variables: Record<string, unknown> = {},
      options: { token?: string; signal?: AbortSignal; locale?: string } = {},
    ) {
      const res = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-language': options.locale ?? 'en',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
        signal: options.signal,
      });
      return { status: res.status, body: (await res.json()) as GraphqlBody<T> };
    },
  });
}

/** A development token for a seeded login, signed with the key in `dataDir` (the API's DATA_DIR). */
export async function tokenFor(dataDir: string, login: string): Promise<string> {
  const key = await loadOrCreateDevKey(dataDir);
  return signDevToken(key, { subject: login, issuer: 'tisheng-dev', audience: 'tisheng-api' });
}

/** Sends a multipart GraphQL request with one file at `variables.input.file`. */
export async function uploadTo(
  origin: string,
  query: string,
  input: Record<string, unknown>,
  file: { name: string; type: string; bytes: Uint8Array<ArrayBuffer> | string },
  token: string,
  locale = 'en',
): Promise<{ status: number; body: GraphqlBody<Record<string, unknown>> }> {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query, variables: { input: { ...input, file: null } } }));
  form.set('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.set('0', new Blob([file.bytes], { type: file.type }), file.name);
  const res = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'x-graphql-yoga-csrf': '1', 'accept-language': locale },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as GraphqlBody<Record<string, unknown>> };
}
