/**
 * What only a real process can show: the entry point starting on a fresh embedded database and answering, a bad
 * configuration or an unreachable database stopping it with one line, the data directory's lock, SIGTERM, and the
 * token CLI. Everything else about configuration is unit-tested (tests/unit/config.test.ts). Each test spawns as few
 * processes as it can, and the tests run side by side.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';

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
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
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
      if (until?.test(stdout)) resolve({ code: null, stdout, stderr, child });
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
    expect(server.stdout).toMatch(/seeded the national catalogue/);
    const port = /:(\d+)\/graphql/.exec(server.stdout)![1];
    const graphql = async (query: string, authorization?: string) => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query }),
      });
      return ((await res.json()) as { data: unknown }).data;
    };
    expect(await graphql('{ catalogues(first: 1) { nodes { competencies(first: 30) { totalCount } } } }')).toEqual({
      catalogues: { nodes: [{ competencies: { totalCount: 30 } }] },
    });
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);

    // The data directory is locked while the server runs.
    const second = await start({ DATA_DIR: dataDir });
    expect(second.code).toBe(1);
    expect(second.stderr.trim()).toMatch(
      /^tisheng: cannot start: DATA_DIR: the embedded database in .* is in use by another process \(pid \d+\)/,
    );

    // A token printed while the server holds the database (the login is then not checked) is accepted by it.
    const whileRunning = await token(['--login', 'school.admin'], { DATA_DIR: dataDir });
    expect(whileRunning.code).toBe(0);
    const jwt = whileRunning.stdout.trim();
    expect(jwt.split('.')).toHaveLength(3);
    expect(await graphql('{ viewer { user { login } } }', `Bearer ${jwt}`)).toEqual({
      viewer: { user: { login: 'school.admin' } },
    });

    const exited = new Promise<number | null>((resolve) => server.child.on('exit', resolve));
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);

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
});
