// `npm run worker`: the job workers alone (webhook deliveries and their fan-out, exports, housekeeping: pg-boss) on the
// configured database, without the HTTP API. Run the API with JOB_WORKERS=false and as many workers as the jobs need;
// they share the queue (a job is held by one worker at a time, and a killed worker's job is retried once its lease
// runs out). Same configuration as the API (DATABASE_URL, FILE_STORAGE_DIR or S3_BUCKET, CREDENTIAL_KEY_SECRET…), same
// graceful stop: on SIGTERM running jobs finish before the pool closes.
import '../../schema/index.js'; // the modules declaring jobs (defineJob) register them at import, as in the API
import { flushCreditChecks } from '../../schema/credit-hours/index.js';
import { migrate } from '../db/migrator.js';
import { startJobQueue } from '../jobs/queue.js';
import { rootLogger } from '../observability/logger.js';
import {
  configOrFail,
  configuredFiles,
  openConfiguredDatabaseOrFail,
  type StartFailure,
  startFailure,
} from './runtime.js';
import { stopGracefullyOn } from './shutdown.js';

const fail: StartFailure = startFailure('tisheng worker');
const config = configOrFail(fail);
if (config.database.kind !== 'postgres') {
  // The embedded database belongs to one process (its data directory is locked): the API runs its jobs itself.
  fail('DATABASE_URL: a separate worker needs PostgreSQL (on the embedded database the API runs the jobs)');
}

const db = await openConfiguredDatabaseOrFail(config, fail);
// Workers and API instances may start in any order: whichever comes first migrates (under an advisory lock).
try {
  await migrate(db.sql);
} catch (error) {
  await db.close();
  fail(`DATABASE_URL: migrating the database failed: ${(error as Error).message}`);
}

const files = configuredFiles(config);
const jobs = await startJobQueue(
  { db, files, integration: config.integration, baseUrl: config.certificates.baseUrl },
  { workers: true },
).catch(async (error: unknown) => {
  await db.close();
  fail(`job queue: ${(error as Error).message}`);
});
rootLogger().info('tisheng worker: running the job workers (no HTTP API)');

stopGracefullyOn(['SIGTERM', 'SIGINT'], (signal) => {
  rootLogger().info(`tisheng worker: ${signal}: finishing running jobs`);
  return [
    { name: 'the job queue', run: () => jobs.stop() },
    { name: 'credit checks', run: () => flushCreditChecks() },
    { name: 'the database', run: () => db.close() },
  ];
});
