import { seedIfEmpty } from '../../prisma/seed/seed.js';
import { ViewerCache } from '../auth/viewer-cache.js';
import { ConfigError, loadConfig } from '../config.js';
import { DataDirLockedError } from '../db/data-dir-lock.js';
import { migrate } from '../db/migrator.js';
import { linkSecretFrom, loadOrCreateLinkSecret } from '../storage/link-secret.js';
import { LocalDiskStorage } from '../storage/local-disk.js';
import { listen } from './listen.js';
import { configuredKeySet, openConfiguredDatabase } from './runtime.js';
import { createApp } from './yoga.js';

const started = Date.now();

function fail(message: string): never {
  console.error(`tisheng: cannot start: ${message}`);
  process.exit(1);
}

const config = (() => {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
})();

const db = await openConfiguredDatabase(config).catch((error: unknown) => {
  if (error instanceof DataDirLockedError) fail(`DATA_DIR: ${error.message}`);
  fail(`cannot open the database: ${(error as Error).message}`);
});

try {
  const applied = await migrate(db.sql);
  if (applied.length) console.log(`tisheng: applied migrations ${applied.join(', ')}`);
} catch (error) {
  await db.close();
  const where = config.database.kind === 'postgres' ? 'DATABASE_URL' : 'DATA_DIR';
  fail(`${where}: migrating the database failed: ${(error as Error).message}`);
}

if (config.database.kind === 'pglite' && config.database.seedDemoData) {
  const seeded = await seedIfEmpty(db.prisma);
  if (seeded) console.log('tisheng: empty embedded database: seeded the national catalogue and demo data');
}

const keys = await configuredKeySet(config);
const viewers = config.viewerCacheSeconds > 0 ? await ViewerCache.listening(db, config.viewerCacheSeconds) : null;
const app = createApp({
  db,
  keys,
  policy: { issuer: config.auth.issuer, audience: config.auth.audience, algorithms: config.auth.algorithms },
  graphiql: config.graphiql,
  nationalIdKey: config.nationalIdKey,
  files: {
    storage: new LocalDiskStorage(config.files.storageDir),
    linkSecret: config.files.linkSecret
      ? linkSecretFrom(config.files.linkSecret)
      : loadOrCreateLinkSecret(config.dataDir),
  },
  logging: config.logLevel,
  limits: config.limits,
  maxJsonBytes: config.maxJsonBytes,
  security: config.security,
  defaultLocale: config.defaultLocale,
  viewers,
});

const running = await listen(app, config.host, config.port).catch((error: NodeJS.ErrnoException) =>
  fail(`PORT: cannot listen on ${config.host}:${config.port}: ${error.code ?? error.message}`),
);
console.log(
  `tisheng: ready in ${((Date.now() - started) / 1000).toFixed(1)} s on ${running.url}/graphql ` +
    `(${config.database.kind === 'pglite' ? `embedded database in ${config.database.dataDir}` : 'PostgreSQL'}` +
    `${config.graphiql ? ', GraphiQL on' : ''})`,
);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`tisheng: ${signal}: finishing in-flight requests`);
  await running.close();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
