/**
 * What only a real process can show: the entry point starting on a fresh embedded database and on a fresh PostgreSQL
 * database and answering, a bad configuration or an unreachable database stopping it with one line, the data
 * directory's lock, SIGTERM, GraphiQL's `?as=` in production, and the token CLI (one line on stdout; the login checked
 * in the database, or by the running server that holds it). Everything else about configuration is unit-tested
 * (tests/unit/config.test.ts). Each test spawns as few processes as it can, and the tests run side by side.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDevKey, signDevToken } from '../../api/auth/dev-keys.js';
import { testServerUrl } from '../kit/database.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  // A failed assertion must not leave a server running: kill each one's process group.
  for (const child of children) {
    if (child.exitCode !== null || !child.pid) continue;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  child: ChildProcess;
}

/**
 * Runs a script as `npm start` and `npm run token` do (one node process with tsx's loader, no parent relaying
 * signals) with only `env`; resolves with what it printed when it exits, or once its output matches `until`.
 */
function run(script: string, args: string[], env: Record<string, string>, until?: RegExp): Promise<Run> {
  return runCommand(process.execPath, ['--import', 'tsx', script, ...args], env, until);
}

function runCommand(command: string, args: string[], env: Record<string, string>, until?: RegExp): Promise<Run> {
  const child = spawn(command, args, {
    cwd: root,
    detached: true,
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...env },
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  return new Promise((resolve) => {
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      // The output keeps growing after the ready line: read it live (a failed stop prints it).
      if (until?.test(stdout))
        resolve({
          code: null,
          get stdout() {
            return stdout;
          },
          get stderr() {
            return stderr;
          },
          child,
        });
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr, child }));
  });
}

/** The API's entry point on a data directory of its own (unless `env` names one), on a free port. */
const start = (env: Record<string, string>, until?: RegExp) =>
  run('api/server/main.ts', [], { DATA_DIR: tempDir('tisheng-start-'), PORT: '0', HOST: '127.0.0.1', ...env }, until);

const token = (args: string[], env: Record<string, string>) => run('api/server/token-cli.ts', args, env);

/** A port nothing listens on (it was free a moment ago). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

/** The port a started server printed in its ready line. */
const portOf = (server: Run) => /:(\d+)\/graphql/.exec(server.stdout)![1]!;

async function graphqlAt(port: string, query: string, authorization?: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string; problem?: string } }> };
}

/** The README's first query: the national catalogue's competencies, without a token. */
const README_QUERY = '{ catalogues(first: 1) { nodes { competencies(first: 30) { totalCount } } } }';

/** Stops a started server with SIGTERM and resolves with its exit code. */
async function stop(server: Run): Promise<number | null> {
  const exited =
    server.child.exitCode !== null
      ? server.child.exitCode
      : await new Promise<number | null>((resolve) => {
          server.child.on('exit', resolve);
          server.child.kill('SIGTERM');
        });
  if (exited !== 0) console.error(`[startup] exit ${exited}; stderr:\n${server.stderr.slice(-3000)}`);
  return exited;
}

/** A JWT on one line and nothing else: what `$(npm run -s token …)` captures. */
const ONE_TOKEN_LINE = /^[\w-]+\.[\w-]+\.[\w-]+\n$/;

/** The PostgreSQL server the start-up test creates its database on, when one answers. */
const postgresServer = testServerUrl ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
async function adminQuery(sql: string, database = 'postgres') {
  const url = new URL(postgresServer);
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}
const postgresAnswers = await adminQuery('SELECT 1').then(
  () => true,
  () => false,
);

describe.concurrent('start-up', () => {
  it('a bad configuration line stops it with one line naming the variable, no stack trace', async () => {
    const result = await start({ DATABASE_URL: 'nonsense' });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^tisheng: cannot start: DATABASE_URL: /);
    expect(result.stderr).not.toMatch(/\bat .*\(/);
  }, 60_000);

  it('an unreachable PostgreSQL stops it with a clear line', async () => {
    const result = await start({ DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^tisheng: cannot start: DATABASE_URL: /);
  }, 60_000);

  it('npm run token refuses to run in production', async () => {
    const result = await token(['--login', 'teacher'], {
      NODE_ENV: 'production',
      AUTH_JWKS_URL: 'https://idp.example/jwks',
      AUTH_ISSUER: 'https://idp.example/',
      NATIONAL_ID_KEY: 'k'.repeat(32),
      FILE_LINK_SECRET: 's'.repeat(32),
      CREDENTIAL_KEY_SECRET: 'c'.repeat(32),
      PUBLIC_BASE_URL: 'https://tisheng.example',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/refused: development tokens are never issued in production/);
    expect(result.stdout).toBe('');
  }, 60_000);

  it('starts on an empty embedded database, seeds it and answers; the token CLI’s tokens work; a second process is refused; SIGTERM stops it', async () => {
    const dataDir = tempDir('tisheng-data-');

    // Before the first start there is nothing to issue a token for.
    const empty = await token(['--login', 'school.admin'], { DATA_DIR: dataDir });
    expect(empty.code).toBe(1);
    expect(empty.stderr.trim()).toMatch(/^token: the database is not set up yet: start the API once/);

    const server = await start({ DATA_DIR: dataDir }, /ready in/);
    expect(server.stdout).toMatch(/seeded the reference data: National ICT Capability 2\.0/);
    expect(server.stdout).toMatch(/seeded the demo district/);
    const port = portOf(server);
    const graphql = async (query: string, authorization?: string) => (await graphqlAt(port, query, authorization)).data;
    expect(await graphql(README_QUERY)).toEqual({ catalogues: { nodes: [{ competencies: { totalCount: 30 } }] } });
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);

    // The data directory is locked while the server runs.
    const second = await start({ DATA_DIR: dataDir });
    expect(second.code).toBe(1);
    expect(second.stderr.trim()).toMatch(
      /^tisheng: cannot start: DATA_DIR: the embedded database in .* is in use by another process \(pid \d+\)/,
    );

    // While the server holds the embedded database, the CLI asks it whether the login exists.
    const atServer = { DATA_DIR: dataDir, PORT: port, HOST: '127.0.0.1' };
    const whileRunning = await token(['--login', 'school.admin'], atServer);
    expect(whileRunning.code).toBe(0);
    expect(whileRunning.stdout).toMatch(ONE_TOKEN_LINE);
    const jwt = whileRunning.stdout.trim();
    expect(await graphql('{ viewer { user { login } } }', `Bearer ${jwt}`)).toEqual({
      viewer: { user: { login: 'school.admin' } },
    });
    const unknownWhileRunning = await token(['--login', 'nobody'], atServer);
    expect(unknownWhileRunning.code).toBe(1);
    expect(unknownWhileRunning.stdout).toBe('');
    expect(unknownWhileRunning.stderr.trim()).toBe('token: no user with login "nobody"');
    // Neither check possible (no server at that port): refused, with what to do.
    const nowhere = await token(['--login', 'school.admin'], { ...atServer, PORT: String(await freePort()) });
    expect(nowhere.code).toBe(1);
    expect(nowhere.stdout).toBe('');
    expect(nowhere.stderr).toMatch(
      /^token: cannot check the login: a running server \(pid \d+\) holds the embedded database in .*, and no Tisheng server answers at http:\/\/127\.0\.0\.1:\d+\/graphql \(ECONNREFUSED\); run this with the PORT and HOST the server was started with\n$/,
    );
    // Through npm, as a shell captures it: `$(npm run -s token -- --login school.admin)`.
    const npm = await runCommand('npm', ['run', '-s', 'token', '--', '--login', 'school.admin'], atServer);
    expect(npm.code).toBe(0);
    expect(npm.stdout).toMatch(ONE_TOKEN_LINE);

    expect(await stop(server)).toBe(0);

    // With the server stopped the CLI checks the login: an unknown one is refused, a seeded one gets a token signed
    // with the same development key the server accepted.
    const unknown = await token(['--login', 'nobody'], { DATA_DIR: dataDir });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no user with login "nobody"/);
    const checked = await token(['--login', 'school.admin'], { DATA_DIR: dataDir });
    expect(checked.code).toBe(0);
    const checkedJwt = checked.stdout.trim();
    expect(checkedJwt.split('.')).toHaveLength(3);
    expect(decodeProtectedHeader(checkedJwt).kid).toBe(decodeProtectedHeader(jwt).kid);
    expect(decodeJwt(checkedJwt).sub).toBe('school.admin');
  }, 180_000);

  it('in production, GraphiQL’s ?as= does nothing and the development key is neither made nor trusted', async () => {
    const dataDir = tempDir('tisheng-prod-');
    const server = await start(
      {
        DATA_DIR: dataDir,
        NODE_ENV: 'production',
        GRAPHIQL: 'true',
        SEED_DEMO_DATA: 'true',
        // Never fetched: no token of this provider is sent.
        AUTH_JWKS_URL: 'http://127.0.0.1:9/jwks',
        AUTH_ISSUER: 'https://sso.example/',
        NATIONAL_ID_KEY: 'k'.repeat(32),
        FILE_LINK_SECRET: 's'.repeat(32),
        CREDENTIAL_KEY_SECRET: 'c'.repeat(32),
        PUBLIC_BASE_URL: 'https://tisheng.example',
      },
      /ready in/,
    );
    try {
      expect(server.stdout).toMatch(/trusted issuers: https:\/\/sso\.example\/\)/);
      const port = portOf(server);
      const res = await fetch(`http://127.0.0.1:${port}/graphql?as=school.admin`, { headers: { accept: 'text/html' } });
      const html = await res.text();
      const options = /renderYogaGraphiQL\(\s*window\.document\.querySelector\('#root'\),\s*(\{.*\}),\s*\);/.exec(
        html,
      )?.[1];
      expect(JSON.parse(options ?? 'null')).toMatchObject({ title: 'Tisheng GraphiQL' });
      expect(JSON.parse(options ?? 'null')).not.toHaveProperty('headers');
      expect(options).not.toMatch(/Bearer ey|no active user/);
      expect(existsSync(path.join(dataDir, 'dev-signing-key.json'))).toBe(false);
      const key = await generateDevKey();
      const devToken = await signDevToken(key, {
        subject: 'school.admin',
        issuer: 'tisheng-dev',
        audience: 'tisheng-api',
      });
      const refused = await graphqlAt(port, '{ viewer { user { login } } }', `Bearer ${devToken}`);
      expect(refused.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', problem: 'UNKNOWN_ISSUER' });
    } finally {
      expect(await stop(server)).toBe(0);
    }
  }, 180_000);

  it.runIf(postgresAnswers)(
    'on a fresh PostgreSQL database: applies the migrations, seeds the reference data once (two instances starting together) and no demo data unless SEED_DEMO_DATA=true',
    async () => {
      const name = `tisheng_start_${process.pid}_${randomBytes(4).toString('hex')}`;
      await adminQuery(`CREATE DATABASE "${name}"`);
      const url = new URL(postgresServer);
      url.pathname = `/${name}`;
      const DATABASE_URL = url.toString();
      const count = async (table: string) =>
        Number((await adminQuery(`SELECT count(*) AS n FROM "${table}"`, name))[0]?.n);
      try {
        const [first, second] = await Promise.all([
          start({ DATABASE_URL }, /ready in/),
          start({ DATABASE_URL }, /ready in/),
        ]);
        try {
          expect(first!.code, first!.stderr).toBeNull();
          expect(second!.code, second!.stderr).toBeNull();
          // Exactly one of them applied the migrations and seeded the reference data; neither seeded demo data.
          const both = first!.stdout + second!.stdout;
          expect(both.match(/applied migrations/g)).toHaveLength(1);
          expect(
            both.match(/seeded the reference data: National ICT Capability 2\.0 .*; ICT leadership standard/g),
          ).toHaveLength(1);
          expect(both).not.toMatch(/demo/);
          for (const server of [first!, second!]) {
            expect((await graphqlAt(portOf(server), README_QUERY)).data).toEqual({
              catalogues: { nodes: [{ competencies: { totalCount: 30 } }] },
            });
          }
          expect(await count('Catalogue')).toBe(2);
          expect(await count('User')).toBe(0);
          expect(await count('Organisation')).toBe(0);

          // The CLI opens PostgreSQL itself (no lock): no demo user there.
          const unknown = await token(['--login', 'school.admin'], {
            DATABASE_URL,
            DATA_DIR: tempDir('tisheng-token-'),
          });
          expect(unknown.code).toBe(1);
          expect(unknown.stderr.trim()).toBe('token: no user with login "school.admin"');
        } finally {
          await Promise.all([stop(first!), stop(second!)]);
        }

        // Opted in, the demo data goes into the (still organisation-free) database; the reference data is not repeated.
        const demo = await start({ DATABASE_URL, SEED_DEMO_DATA: 'true' }, /ready in/);
        try {
          expect(demo.stdout).toMatch(/seeded the demo district/);
          expect(demo.stdout).not.toMatch(/reference data/);
          expect(await count('Catalogue')).toBe(2);
          expect(await count('User')).toBeGreaterThan(0);
        } finally {
          expect(await stop(demo)).toBe(0);
        }
      } finally {
        await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }
    },
    180_000,
  );
});
