import { seedDemoIfEmpty, seedReferenceData } from '../../prisma/seed/seed.js';
import { flushCreditChecks } from '../../schema/credit-hours/index.js';
import { SyncClientKeyStore } from '../auth/sync-clients.js';
import { ViewerCache } from '../auth/viewer-cache.js';
import { developmentKeyIssuer } from '../config.js';
import { migrate } from '../db/migrator.js';
import { openEventBus } from '../events/index.js';
import { openRateLimiter } from '../http/rate-limit.js';
import { startJobQueue } from '../jobs/queue.js';
import { rootLogger } from '../observability/logger.js';
import { createMetrics, metricsEnabled } from '../observability/metrics.js';
import { startTracing } from '../observability/tracing.js';
import { developmentSignIn } from './graphiql.js';
import { listen } from './listen.js';
import {
  configOrFail,
  configuredDevKey,
  configuredFiles,
  openConfiguredDatabaseOrFail,
  type StartFailure,
  startFailure,
  trustedIssuers,
} from './runtime.js';
import { stopGracefullyOn } from './shutdown.js';
import { createApp } from './yoga.js';

const started = Date.now();
// JSON lines on stdout at LOG_LEVEL (api/observability/logger.ts); a start-up failure stays one plain line on stderr.
const log = rootLogger();

const fail: StartFailure = startFailure('tisheng');
const config = configOrFail(fail);
const db = await openConfiguredDatabaseOrFail(config, fail);

try {
  const applied = await migrate(db.sql);
  if (applied.length) log.info(`tisheng: applied migrations ${applied.join(', ')}`);
} catch (error) {
  await db.close();
  const where = config.database.kind === 'postgres' ? 'DATABASE_URL' : 'DATA_DIR';
  fail(`${where}: migrating the database failed: ${(error as Error).message}`);
}

// The reference data goes into every database that lacks it (PostgreSQL or embedded); the demo data only into an
// empty one, when SEED_DEMO_DATA says so (by default on the embedded database, not on PostgreSQL).
try {
  const added = await seedReferenceData(db.prisma);
  if (added.length) log.info(`tisheng: seeded the reference data: ${added.join('; ')}`);
  if (config.seedDemoData && (await seedDemoIfEmpty(db.prisma))) {
    log.info('tisheng: empty database: seeded the demo district, its people and programmes (SEED_DEMO_DATA)');
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
const files = configuredFiles(config);
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
// Traces over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set; metrics where METRICS_* say (a listener of their own with
// METRICS_PORT, else on the API port: behind METRICS_TOKEN, open outside production, nowhere in production).
const tracing = config.tracing ? startTracing(config.tracing) : null;
const metrics = metricsEnabled(config.metrics)
  ? createMetrics({ db, jobs, caches: { viewer: viewers, sync_client_keys: syncClientKeys } }, config.metrics)
  : null;
const metricsListener =
  metrics && config.metrics.listener
    ? await metrics
        .listen(config.metrics.listener.host, config.metrics.listener.port)
        .catch((error: NodeJS.ErrnoException) =>
          fail(
            `METRICS_PORT: cannot listen on ${config.metrics.listener?.host}:${config.metrics.listener?.port}: ${error.code ?? error.message}`,
          ),
        )
    : null;
// ── rate limits ──
// Query-cost budgets: shared through Redis with REDIS_URL (kept in this process while Redis is unreachable).
const rateLimiter = await openRateLimiter(config.rateLimits, config.redisUrl, { log });
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
  tokenCacheSeconds: config.tokenCacheSeconds,
  events,
  certificates: config.certificates,
  jobs,
  integration: config.integration,
  audience: config.auth.audience,
  syncClientKeys,
  // ── rate limits ──
  rateLimiter,
  // ── observability ──
  logger: log,
  metrics,
  tracing,
  // ── object storage and persisted documents ──
  persistedDocuments: config.persistedDocuments,
});

const running = await listen(app, config.host, config.port).catch((error: NodeJS.ErrnoException) =>
  fail(`PORT: cannot listen on ${config.host}:${config.port}: ${error.code ?? error.message}`),
);
log.info(
  `tisheng: ready in ${((Date.now() - started) / 1000).toFixed(1)} s on ${running.url}/graphql ` +
    `(${config.database.kind === 'pglite' ? `embedded database in ${config.database.dataDir}` : 'PostgreSQL'}` +
    `${events.kind === 'redis' ? ', live events through Redis' : ''}` +
    `${config.graphiql ? ', GraphiQL on' : ''}; trusted issuers: ${config.auth.issuers.map((i) => i.issuer).join(', ')})` +
    `${metricsListener ? `; metrics on ${metricsListener.url}` : ''}${tracing ? '; traces to OTLP' : ''}`,
);

// SIGTERM / SIGINT: new connections are refused, in-flight requests finish (up to 10 s), running jobs finish (up to
// 30 s; an unfinished one is retried after a restart), then the credit checks the last requests and jobs scheduled run
// (idempotent: a lost one is redone by the next change or by recomputeCreditHours), and only then do the live events
// and the database pool close: nothing uses the pool after it ended.
stopGracefullyOn(['SIGTERM', 'SIGINT'], (signal) => {
  log.info(`tisheng: ${signal}: finishing in-flight requests`);
  return [
    { name: 'the HTTP server', run: () => running.close() },
    { name: 'rate limits', run: () => rateLimiter.close() },
    // ── observability ── (the metrics listener; the spans still pending are exported)
    { name: 'the metrics listener', run: async () => metricsListener?.close() },
    { name: 'traces', run: async () => tracing?.shutdown() },
    { name: 'the job queue', run: () => jobs.stop() },
    { name: 'credit checks', run: () => flushCreditChecks() },
    { name: 'live events', run: () => events.close() },
    { name: 'the database', run: () => db.close() },
  ];
});
