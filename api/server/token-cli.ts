// `npm run -s token -- --login <login>`: prints a development token for a user, and nothing else, on stdout (one
// line, for `$(npm run -s token -- --login school.admin)`); messages go to stderr.
import { parseArgs } from 'node:util';
import { loadOrCreateDevKey, signDevToken } from '../auth/dev-keys.js';
import { SUBJECT } from '../auth/jwt.js';
import { type Config, ConfigError, developmentKeyIssuer, type IssuerConfig, loadConfig } from '../config.js';
import type { Database } from '../db/client.js';
import { DataDirLockedError } from '../db/data-dir-lock.js';
import { migrationStatus } from '../db/migrator.js';
import { openConfiguredDatabase } from './runtime.js';

// Whatever a library logs must not reach stdout, which holds the token alone.
console.log = console.error;
console.info = console.error;

function fail(message: string): never {
  console.error(`token: ${message}`);
  process.exit(1);
}

const USAGE =
  'usage: npm run -s token -- --login <login> [--expires 8h]   (seeded logins: teacher, class.tutor, group.leader, ' +
  'school.admin, district.admin, expert, province.admin, sync.client)';

const { values } = (() => {
  try {
    return parseArgs({ options: { login: { type: 'string' }, expires: { type: 'string', default: '8h' } } });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
})();
const config: Config = (() => {
  try {
    return loadConfig();
  } catch (error) {
    return fail(error instanceof ConfigError ? error.message : String(error));
  }
})();
if (config.env === 'production')
  fail('refused: development tokens are never issued in production (NODE_ENV=production)');
const issuer: IssuerConfig = developmentKeyIssuer(config) ?? fail('refused: the development key is not trusted');
const login = values.login ?? fail(USAGE);
if (!SUBJECT.test(login)) fail(`no user with login "${login}"`);

/** Why the database refuses the login (not set up, no such user, deactivated), or null when it is an active user's. */
async function loginProblem(db: Database): Promise<string | null> {
  if ((await migrationStatus(db.sql)).pending.length) {
    return 'the database is not set up yet: start the API once (npm start migrates and seeds it), or run npm run db:migrate && npm run db:seed';
  }
  const user = await db.prisma.user.findUnique({ where: { login }, select: { deactivatedAt: true } });
  if (!user) return `no user with login "${login}"`;
  if (user.deactivatedAt) return `the user "${login}" is deactivated: their tokens are refused`;
  return null;
}

/** Checks the login in the configured database; the lock's holder when a running server holds the embedded one. */
async function checkInDatabase(): Promise<{ pid: number } | null> {
  let db: Database;
  try {
    db = await openConfiguredDatabase(config);
  } catch (error) {
    if (error instanceof DataDirLockedError) return { pid: error.pid };
    return fail(`cannot open the database: ${(error as Error).message}`);
  }
  let problem: string | null;
  try {
    problem = await loginProblem(db);
  } catch (error) {
    problem = `cannot read the database: ${(error as Error).message}`;
  } finally {
    await db.close();
  }
  if (problem) fail(problem);
  return null;
}

/**
 * Asks the running server who the token is: the server holds the embedded database, so it is the one that can say
 * whether the login exists. Its 401 says why a token is refused (`extensions.problem`).
 */
async function checkWithServer(token: string, pid: number): Promise<void> {
  // A server listening on every interface answers on the loopback one.
  const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host === '::' ? '::1' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${config.port}/graphql`;
  const cannot = (why: string) =>
    fail(
      `cannot check the login: a running server (pid ${pid}) holds the embedded database in ${config.dataDir}, ` +
        `and ${why}; run this with the PORT and HOST the server was started with`,
    );
  if (config.port === 0) cannot('PORT is 0, so there is no server to ask');
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { user { login } } }' }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    const cause = (error as Error & { cause?: { code?: string } }).cause;
    return cannot(`no Tisheng server answers at ${url} (${cause?.code ?? (error as Error).message})`);
  }
  const body = (await response.json().catch(() => null)) as {
    data?: { viewer?: { user?: { login?: string } } | null } | null;
    errors?: Array<{ message?: string; extensions?: { code?: string; problem?: string } }>;
  } | null;
  if (body?.data?.viewer?.user?.login === login) return;
  const problem = body?.errors?.[0]?.extensions?.problem;
  if (problem === 'UNKNOWN_USER') fail(`no user with login "${login}"`);
  if (problem === 'DEACTIVATED') fail(`the user "${login}" is deactivated: their tokens are refused`);
  cannot(
    `the server at ${url} did not accept the token (HTTP ${response.status}: ${body?.errors?.[0]?.message ?? 'no answer'}); ` +
      'is it another server, or started with another DATA_DIR?',
  );
}

const locked = await checkInDatabase();
const key = await loadOrCreateDevKey(config.dataDir);
const token = await signDevToken(key, {
  subject: login,
  issuer: issuer.issuer,
  audience: issuer.audience,
  expiresIn: values.expires,
}).catch(() => fail(`--expires: "${values.expires}" is not a duration such as 30m, 8h or 2d`));
if (locked) await checkWithServer(token, locked.pid);
process.stdout.write(`${token}\n`);
