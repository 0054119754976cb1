// `npm run token -- --login <name>`: prints a development token for a seeded user.
import { parseArgs } from 'node:util';
import { loadOrCreateDevKey, signDevToken } from '../auth/dev-keys.js';
import { type Config, ConfigError, loadConfig } from '../config.js';
import type { Database } from '../db/client.js';
import { DataDirLockedError } from '../db/data-dir-lock.js';
import { migrationStatus } from '../db/migrator.js';
import { openConfiguredDatabase } from './runtime.js';

function fail(message: string): never {
  console.error(`token: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({ options: { login: { type: 'string' }, expires: { type: 'string', default: '8h' } } });
const config: Config = (() => {
  try {
    return loadConfig();
  } catch (error) {
    return fail(error instanceof ConfigError ? error.message : String(error));
  }
})();
if (config.env === 'production')
  fail('refused: development tokens are never issued in production (NODE_ENV=production)');
if (config.auth.jwksUrl)
  fail('refused: AUTH_JWKS_URL is set, so the API trusts an identity provider, not the development key');
if (!values.login)
  fail(
    'usage: npm run token -- --login <login>   (seeded logins: teacher, class.tutor, group.leader, school.admin, district.admin, expert, sync.client)',
  );

// Seeded users' JWT subject is their login. The subject is checked against the database when it
// can be opened; a running server holds the embedded database's lock, and then the check is skipped.
async function subjectOf(login: string): Promise<string> {
  let db: Database;
  try {
    db = await openConfiguredDatabase(config);
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) fail((error as Error).message);
    console.error('token: the running server holds the embedded database; the login was not checked');
    return login;
  }
  try {
    if ((await migrationStatus(db.sql)).pending.length) {
      return Promise.reject(
        new Error(
          'the database is not set up yet: start the API once (npm start migrates and seeds it), or run npm run db:migrate && npm run db:seed',
        ),
      );
    }
    const user = await db.prisma.user.findUnique({ where: { login }, select: { login: true } });
    if (!user) return Promise.reject(new Error(`no user with login "${login}"`));
    return user.login;
  } finally {
    await db.close();
  }
}

const subject = await subjectOf(values.login).catch((error: Error) => fail(error.message));
const key = await loadOrCreateDevKey(config.dataDir);
console.log(
  await signDevToken(key, {
    subject,
    issuer: config.auth.issuer,
    audience: config.auth.audience,
    expiresIn: values.expires,
  }),
);
