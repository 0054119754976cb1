// `npm run keys:rotate`: makes a new certificate issuer key the current one and retires the others. Retired keys stay
// in the published key set (/.well-known/jwks.json), so every credential they signed still verifies; new credentials
// and status lists are signed with the new key by every API instance (they read the current key from the database).
// `npm run keys:rotate -- --list` only lists the keys.
import { parseArgs } from 'node:util';
import { publishedJwks, rotateIssuerKey } from '../certificates/keys.js';
import { ConfigError, loadConfig } from '../config.js';
import { DataDirLockedError } from '../db/data-dir-lock.js';
import { migrationStatus } from '../db/migrator.js';
import { openConfiguredDatabase } from './runtime.js';

function fail(message: string): never {
  console.error(`keys: ${message}`);
  process.exit(1);
}

const { values } = (() => {
  try {
    return parseArgs({ options: { list: { type: 'boolean', default: false } } });
  } catch (error) {
    return fail(`${(error as Error).message}\nusage: npm run keys:rotate [-- --list]`);
  }
})();
const config = (() => {
  try {
    return loadConfig();
  } catch (error) {
    return fail(error instanceof ConfigError ? error.message : String(error));
  }
})();
const db = await openConfiguredDatabase(config).catch((error: unknown) => {
  if (error instanceof DataDirLockedError)
    fail(`DATA_DIR: ${error.message} (stop the server using the embedded database first)`);
  return fail(`cannot open the database: ${(error as Error).message}`);
});
try {
  if ((await migrationStatus(db.sql)).pending.length)
    fail('the database is not set up yet: start the API once, or run npm run db:migrate');
  if (!values.list) {
    const { kid, retired } = await rotateIssuerKey(db.prisma, config.certificates.keySecret);
    console.log(`keys: the current issuer key is now ${kid}${retired.length ? `; retired ${retired.join(', ')}` : ''}`);
  }
  const keys = await db.prisma.issuerKey.findMany({
    orderBy: { createdAt: 'asc' },
    select: { kid: true, alg: true, createdAt: true, retiredAt: true },
  });
  for (const key of keys)
    console.log(
      `${key.kid}  ${key.alg}  created ${key.createdAt.toISOString()}  ${key.retiredAt ? `retired ${key.retiredAt.toISOString()}` : 'CURRENT'}`,
    );
  console.log(
    `keys: ${(await publishedJwks(db.prisma)).keys.length} published at ${config.certificates.baseUrl}/.well-known/jwks.json`,
  );
} finally {
  await db.close();
}
