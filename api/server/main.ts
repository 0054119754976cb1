import { seedDemoIfEmpty, seedReferenceData } from '../../prisma/seed/seed.js';
import { flushCreditChecks } from '../../schema/credit-hours/index.js';
import { SyncClientKeyStore } from '../auth/sync-clients.js';
import { ViewerCache } from '../auth/viewer-cache.js';
import { ConfigError, developmentKeyIssuer, loadConfig } from '../config.js';
import { DataDirLockedError } from '../db/data-dir-lock.js';
import { migrate } from '../db/migrator.js';
import { openEventBus } from '../events/index.js';
import { startJobQueue } from '../jobs/queue.js';
import { linkSecretFrom, loadOrCreateLinkSecret } from '../storage/link-secret.js';
import { LocalDiskStorage } from '../storage/local-disk.js';
import { developmentSignIn } from './graphiql.js';
import { listen } from './listen.js';
import { configuredDevKey, openConfiguredDatabase, trustedIssuers } from './runtime.js';
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

// The reference data goes into every database that lacks it (PostgreSQL or embedded); the demo data only into an
// empty one, when SEED_DEMO_DATA says so (by default on the embedded database, not on PostgreSQL).
try {
  const added = await seedReferenceData(db.prisma);
  if (added.length) console.log(`tisheng: seeded the reference data: ${added.join('; ')}`);
  if (config.seedDemoData && (await seedDemoIfEmpty(db.prisma))) {
    console.log('tisheng: empty database: seeded the demo district, its people and programmes (SEED_DEMO_DATA)');
  }
} catch (error) {
  await db.close();
  fail(`seeding the database failed: ${(error as Error).message}`);
}

const devKey = await configuredDevKey(config);
const developmentIssuer = developmentKeyIssuer(config);
const viewers = config.viewerCacheSeconds > 0 ? await ViewerCache.listening(db, config.viewerCacheSeconds) : null;
// Sync clients' keys, dropped on every SyncClient or SyncClientKey change (a revocation applies at the next request).
const syncClientKeys = await SyncClientKeyStore.listening(db);
const events = await openEventBus(config.redisUrl).catch(async (error: unknown) => {
  await db.close();
  fail(`REDIS_URL: cannot connect: ${(error as Error).message}`);
});
const files = {
  storage: new LocalDiskStorage(config.files.storageDir),
  linkSecret: config.files.linkSecret
    ? linkSecretFrom(config.files.linkSecret)
    : loadOrCreateLinkSecret(config.dataDir),
};
// The durable job queue (webhook deliveries, exports) starts with the API; JOB_WORKERS=false leaves the work to other
// instances.
const jobs = await startJobQueue(
  { db, files, integration: config.integration, baseUrl: config.certificates.baseUrl },
  { workers: config.jobWorkers },
).catch(async (error: unknown) => {
  await events.close();
  await db.close();
  fail(`job queue: ${(error as Error).message}`);
});
// ── observability ──
// ── rate limits ──
// ── object storage and persisted documents ──
const app = createApp({
  db,
  issuers: trustedIssuers(config, devKey),
  graphiql: config.graphiql,
  // GraphiQL's ?as=<login>: only outside production, where the development key is trusted.
  graphiqlSignIn:
    config.env !== 'production' && devKey && developmentIssuer
      ? developmentSignIn(db, devKey, developmentIssuer)
      : undefined,
  nationalIdKey: config.nationalIdKey,
  files,
  logging: config.logLevel,
  limits: config.limits,
  maxJsonBytes: config.maxJsonBytes,
  security: config.security,
  defaultLocale: config.defaultLocale,
  viewers,
  events,
  certificates: config.certificates,
  jobs,
  integration: config.integration,
  audience: config.auth.audience,
  syncClientKeys,
  // ── rate limits ──
  // ── observability ──
  // ── object storage and persisted documents ──
});

const running = await listen(app, config.host, config.port).catch((error: NodeJS.ErrnoException) =>
  fail(`PORT: cannot listen on ${config.host}:${config.port}: ${error.code ?? error.message}`),
);
console.log(
  `tisheng: ready in ${((Date.now() - started) / 1000).toFixed(1)} s on ${running.url}/graphql ` +
    `(${config.database.kind === 'pglite' ? `embedded database in ${config.database.dataDir}` : 'PostgreSQL'}` +
    `${events.kind === 'redis' ? ', live events through Redis' : ''}` +
    `${config.graphiql ? ', GraphiQL on' : ''}; trusted issuers: ${config.auth.issuers.map((i) => i.issuer).join(', ')})`,
);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`tisheng: ${signal}: finishing in-flight requests`);
  await running.close();
  // Credit checks scheduled by the last writes run before the pool closes (they are idempotent: a lost one is redone
  // by the next change or by recomputeCreditHours).
  await flushCreditChecks().catch((error: Error) => console.warn(`tisheng: credit checks: ${error.message}`));
  // Running jobs (a delivery, an export) finish before the pool closes; an unfinished one is retried after a restart.
  await jobs.stop().catch((error: Error) => console.warn(`tisheng: job queue: ${error.message}`));
  await events.close();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
