// `npm run token -- --login <name>`: prints a development token for a seeded user.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.js';
import { loadOrCreateDevKey, signDevToken } from './auth/dev-keys.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { openConfiguredDatabase } from './runtime.js';

function fail(message: string): never {
  console.error(`token: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({ options: { login: { type: 'string' }, expires: { type: 'string', default: '8h' } } });
let config;
try {
  config = loadConfig();
} catch (error) {
  fail(error instanceof ConfigError ? error.message : String(error));
}
if (config.env === 'production') fail('refused: development tokens are never issued in production (NODE_ENV=production)');
if (config.auth.jwksUrl) fail('refused: AUTH_JWKS_URL is set, so the API trusts an identity provider, not the development key');
if (!values.login) fail('usage: npm run token -- --login <login>   (seeded logins: teacher, class.tutor, group.leader, school.admin, district.admin, expert, sync.client)');

// Seeded users' JWT subject is their login. The subject is checked against the database when it
// can be opened; a running server holds the embedded database's lock, and then the check is skipped.
let subject = values.login;
try {
  const db = await openConfiguredDatabase(config);
  try {
    const user = await db.prisma.user.findUnique({ where: { login: values.login }, select: { authSubject: true } });
    if (!user) fail(`no user with login "${values.login}"`);
    subject = user.authSubject;
  } finally {
    await db.close();
  }
} catch (error) {
  if (!(error instanceof DataDirLockedError)) throw error;
  console.error('token: the running server holds the embedded database; the login was not checked');
}
const key = await loadOrCreateDevKey(config.dataDir);
console.log(await signDevToken(key, { subject, issuer: config.auth.issuer, audience: config.auth.audience, expiresIn: values.expires }));
