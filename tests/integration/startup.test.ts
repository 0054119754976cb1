import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const dirs: string[] = [];
const servers: ChildProcess[] = [];
afterAll(() => {
  // A failed assertion must not leave a server running: kill each one's process group.
  for (const server of servers) {
    if (server.exitCode !== null || !server.pid) continue;
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs the real entry point with `env` and collects what it prints until it exits (or `until` matches). */
function start(env: Record<string, string>, until?: RegExp) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tisheng-start-'));
  dirs.push(dataDir);
  // As `npm start` runs it: one node process with tsx's loader (no tsx parent relaying signals).
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/server/main.ts'], {
    cwd: root,
    detached: true,
    env: {
      PATH: process.env.PATH!,
      HOME: process.env.HOME ?? '/tmp',
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      ...env,
    },
  });
  servers.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise<{ code: number | null; stdout: string; stderr: string; child: typeof child }>((resolve) => {
    child.stdout.on('data', () => {
      if (until?.test(stdout)) resolve({ code: null, stdout, stderr, child });
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr, child }));
  });
}

/** Runs `npm run token`'s script with `env`; resolves with its exit code and output. */
function token(args: string[], env: Record<string, string>) {
  const child = spawn(tsx, ['api/server/token-cli.ts', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  );
}

describe('npm run token', () => {
  it('refuses to run in production', async () => {
    const result = await token(['--login', 'teacher'], {
      NODE_ENV: 'production',
      AUTH_JWKS_URL: 'https://idp.example/jwks',
      AUTH_ISSUER: 'https://idp.example/',
      NATIONAL_ID_KEY: 'k'.repeat(32),
      FILE_LINK_SECRET: 's'.repeat(32),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/refused: development tokens are never issued in production/);
    expect(result.stdout).toBe('');
  });

  it('prints a development token for a seeded user that the server accepts', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tisheng-token-'));
    dirs.push(dataDir);
    const empty = await token(['--login', 'school.admin'], { DATA_DIR: dataDir });
    expect(empty.code).toBe(1);
    expect(empty.stderr.trim()).toMatch(/^token: the database is not set up yet: start the API once/);
    const seeded = spawnSync(tsx, ['prisma/seed/index.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', DATA_DIR: dataDir },
    });
    expect(seeded.status).toBe(0);
    const unknown = await token(['--login', 'nobody'], { DATA_DIR: dataDir });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no user with login "nobody"/);
    const result = await token(['--login', 'school.admin'], { DATA_DIR: dataDir });
    expect(result.code).toBe(0);
    const jwt = result.stdout.trim();
    expect(jwt.split('.')).toHaveLength(3);
    const server = await start({ DATA_DIR: dataDir }, /ready in/);
    const port = /:(\d+)\/graphql/.exec(server.stdout)![1];
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt}` },
      body: JSON.stringify({ query: '{ viewer { user { login } } }' }),
    });
    expect(((await res.json()) as { data: unknown }).data).toEqual({ viewer: { user: { login: 'school.admin' } } });
    const exited = new Promise((resolve) => server.child.on('exit', resolve));
    server.child.kill('SIGTERM');
    await exited;
  }, 90_000);
});

describe('start-up', () => {
  it.each([
    [{ DATABASE_URL: 'nonsense' }, 'DATABASE_URL'],
    [{ AUTH_JWKS_URL: 'not a url' }, 'AUTH_JWKS_URL'],
    [{ PORT: 'eighty' }, 'PORT'],
  ])('bad configuration %o stops with one line naming %s, no stack trace', async (env, variable) => {
    const result = await start(env);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^tisheng: cannot start: ${variable}: `));
    expect(result.stderr).not.toMatch(/\bat .*\(/);
  });

  it('an unreachable PostgreSQL stops with a clear line', async () => {
    const result = await start({ DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^tisheng: cannot start: DATABASE_URL: /);
  });

  it('starts on an empty embedded database, seeds it, refuses a second process on the same directory, and stops on SIGTERM', async () => {
    const first = await start({}, /ready in/);
    expect(first.stdout).toMatch(/seeded the national catalogue/);
    const port = /:(\d+)\/graphql/.exec(first.stdout)![1];
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ catalogues(first: 1) { nodes { competencies(first: 30) { totalCount } } } }' }),
    });
    expect(((await res.json()) as { data: unknown }).data).toEqual({
      catalogues: { nodes: [{ competencies: { totalCount: 30 } }] },
    });
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);

    const dataDir = /embedded database in (\S+?)\/pglite/.exec(first.stdout)![1]!;
    const second = await start({ DATA_DIR: dataDir });
    expect(second.code).toBe(1);
    expect(second.stderr.trim()).toMatch(
      /^tisheng: cannot start: DATA_DIR: the embedded database in .* is in use by another process \(pid \d+\)/,
    );

    const exited = new Promise<number | null>((resolve) => first.child.on('exit', resolve));
    first.child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 90_000);
});
