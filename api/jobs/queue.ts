/**
 * Durable jobs (pg-boss, in the `pgboss` schema of the same database): webhook deliveries, exports and their
 * housekeeping. On PostgreSQL the queue has a small pool of its own; on the embedded database it shares the PGlite
 * instance through pg-boss's PGlite adapter. Jobs survive a restart: a job a killed process held is retried once its
 * lease expires (pg-boss `expireInSeconds`), so handlers must be idempotent.
 *
 * Modules declare their jobs at import (`defineJob`); `startJobQueue` creates the queues, the schedules and, where this
 * instance runs workers (JOB_WORKERS), the workers. Every instance can send.
 */
import { fromPglite, fromPrisma, type Job, PgBoss, type Queue, type SendOptions, type WorkOptions } from 'pg-boss';
import type { Database, Transaction } from '../db/client.js';
import type { IntegrationSettings } from '../integration/settings.js';
import { rootLogger } from '../observability/logger.js';
import type { FileServices } from '../storage/file-storage.js';

/** What job handlers run with. */
export interface JobDeps {
  db: Database;
  files: FileServices;
  integration: IntegrationSettings;
  /** The API's public address (download links in webhook bodies and exports). */
  baseUrl: string;
}

export interface JobDefinition<Data extends object> {
  name: string;
  /** The queue's policy: retries, backoff, lease (expireInSeconds), dead letter… (pg-boss `Queue` options). */
  queue?: Omit<Queue, 'name'>;
  /** Worker options (batch size, polling interval). */
  work?: WorkOptions;
  /** A cron schedule (UTC) sending the job with `{}` (pg-boss `schedule`), for housekeeping. */
  schedule?: string;
  /** Runs a batch of jobs (one unless `work.batchSize` says otherwise); throwing fails them (retried per the policy). */
  handle(jobs: Job<Data>[], deps: JobDeps): Promise<void>;
}

// biome-ignore lint/suspicious/noExplicitAny: definitions of every data shape live in one registry.
const definitions = new Map<string, JobDefinition<any>>();

/** Declares a job (once, by the module owning it, at import). */
export function defineJob<Data extends object>(definition: JobDefinition<Data>): JobDefinition<Data> {
  if (definitions.has(definition.name)) throw new Error(`job ${definition.name} is defined twice`);
  definitions.set(definition.name, definition);
  return definition;
}

type Starter = (queue: JobQueue, deps: JobDeps) => Promise<(() => Promise<void>) | undefined>;
const starters: Starter[] = [];

/**
 * Runs `start` when a queue with workers starts (e.g. listening for feed notifications to send fan-out jobs); what it
 * returns runs when the queue stops.
 */
export function onWorkersStart(start: Starter): void {
  starters.push(start);
}

export interface JobQueue {
  readonly boss: PgBoss;
  /**
   * Sends a job; with `tx`, inside that Prisma transaction (the job exists exactly when the transaction commits).
   * Returns the job's id (null when a singleton key folded it into a pending one).
   */
  send<Data extends object>(
    name: string,
    data: Data,
    options?: SendOptions & { tx?: Transaction },
  ): Promise<string | null>;
  /** Stops taking jobs, waits for running ones (up to `timeoutMs`), then closes the queue's connections. */
  stop(timeoutMs?: number): Promise<void>;
  /**
   * Why the queue cannot answer (stopping or stopped, its schema unreachable or not installed), or null when it can:
   * /readyz reports it.
   */
  unavailable(): Promise<string | null>;
  /** Jobs per queue and state (pg-boss's counts, refreshed by its monitor): the metrics' gauges. */
  sizes(): Promise<QueueSize[]>;
}

/** The jobs of one queue by state. */
export interface QueueSize {
  name: string;
  /** Waiting to run (deferred and blocked ones included). */
  queued: number;
  active: number;
  /** Waiting for their start time. */
  deferred: number;
  /** Failed and still retained. */
  failed: number;
}

export const JOB_SCHEMA = 'pgboss';

/** Starts the queue over `deps.db`: creates every defined queue and schedule, and the workers when `workers`. */
export async function startJobQueue(deps: JobDeps, { workers }: { workers: boolean }): Promise<JobQueue> {
  const backend = deps.db.jobBackend;
  const boss =
    backend.kind === 'postgres'
      ? new PgBoss({ connectionString: backend.url, schema: JOB_SCHEMA, max: 3, application_name: 'tisheng-jobs' })
      : new PgBoss({ db: fromPglite(backend.pglite), backend: 'pglite', schema: JOB_SCHEMA });
  boss.on('error', (error: Error) => rootLogger().warn({ err: error }, 'job queue error'));
  let state: 'running' | 'stopping' | 'stopped' = 'running';
  boss.on('stopped', () => {
    state = 'stopped';
  });
  await boss.start();
  for (const definition of definitions.values()) {
    if (definition.queue?.deadLetter && !(await boss.getQueue(definition.queue.deadLetter))) {
      await boss.createQueue(definition.queue.deadLetter);
    }
    if (!(await boss.getQueue(definition.name))) await boss.createQueue(definition.name, definition.queue);
    else if (definition.queue) {
      // A queue's policy and partitioning are fixed at creation (pg-boss refuses to change them): update the rest.
      const { policy: _policy, partition: _partition, ...changeable } = definition.queue;
      await boss.updateQueue(definition.name, changeable);
    }
    if (definition.schedule) await boss.schedule(definition.name, definition.schedule, {});
  }
  const stoppers: Array<() => Promise<void>> = [];
  const queue: JobQueue = {
    boss,
    send(name, data, options = {}) {
      const { tx, ...sendOptions } = options;
      return boss.send(name, data, tx ? { ...sendOptions, db: fromPrisma(tx) } : sendOptions);
    },
    async stop(timeoutMs = 30_000) {
      if (state === 'running') state = 'stopping';
      for (const stop of stoppers.splice(0)) await stop();
      await boss.stop({ graceful: true, timeout: timeoutMs });
      state = 'stopped';
    },
    async unavailable() {
      if (state !== 'running') return `job queue ${state}`;
      try {
        // One statement on the queue's own connections, reading its schema's version table.
        return (await boss.schemaVersion()) === null ? 'job queue schema not installed' : null;
      } catch {
        return 'job queue unreachable';
      }
    },
    async sizes() {
      const queues = await boss.getQueues();
      return queues.map(({ name, queuedCount, activeCount, deferredCount, failedCount }) => ({
        name,
        queued: queuedCount,
        active: activeCount,
        deferred: deferredCount,
        failed: failedCount,
      }));
    },
  };
  if (workers) {
    for (const definition of definitions.values()) {
      await boss.work(definition.name, definition.work ?? {}, (jobs) => definition.handle(jobs, deps));
    }
    for (const start of starters) {
      const stop = await start(queue, deps);
      if (stop) stoppers.push(stop);
    }
  }
  return queue;
}
