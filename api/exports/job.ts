/**
 * Running an export (the durable job `export-run`) and its housekeeping (`export-cleanup`).
 *
 * A run counts the rows, then reads them in keyset batches of EXPORT_BATCH_ROWS and streams them through the format's
 * writer straight into the file storage (LocalDiskStorage.put takes a stream: the file appears atomically when
 * complete), recording rowsDone after every batch. Memory stays flat whatever the row count: one batch and the
 * writer's buffers. The file's key is derived from the job's id, so a retry (after a crash or a failure) starts again
 * from scratch and overwrites the same file; a finished or expired job is left alone.
 */
import { PassThrough } from 'node:stream';
import type { Database } from '../db/client.js';
import { defineJob, type JobDeps } from '../jobs/queue.js';
import { assertStorageKey, type FileServices } from '../storage/file-storage.js';
import { DATASETS, EXPORT_BATCH_ROWS, type ExportScope } from './datasets.js';
import { exportWriter, FORMAT_FILES } from './writers.js';

export const EXPORT_RUN_JOB = 'export-run';
export const EXPORT_CLEANUP_JOB = 'export-cleanup';
/** Retries after a failed run (then the job is FAILED with the last error). */
export const EXPORT_RETRY_LIMIT = 2;
/** The lease of a run, in seconds: a run held longer (its process died) is retried. */
export const EXPORT_LEASE_SECONDS = 30 * 60;
/** Longest error text kept on the job. */
const MAX_ERROR_LENGTH = 500;

export interface ExportRunDeps {
  /** `replica` reads the rows (an export tolerates replication lag); `prisma` keeps the job's state. */
  db: Pick<Database, 'prisma' | 'replica'>;
  files: FileServices;
  /** Hours a finished file is kept (integration.exportKeepHours). */
  keepHours: number;
}

export interface ExportRunOptions {
  /** The last attempt: a failure marks the job FAILED (else it goes back to QUEUED for the retry). */
  finalAttempt?: boolean;
  /** Rows per batch (tests). */
  batchRows?: number;
  /** Called after every batch with the rows written so far (tests, the bench). */
  onBatch?: (rowsDone: number) => void | Promise<void>;
}

/** The storage key of a job's file: its id's 32 hex digits (a uuid), so a retry overwrites the same file. */
export function exportFileKey(jobId: string): string {
  const key = jobId.replaceAll('-', '').toLowerCase();
  assertStorageKey(key);
  return key;
}

/** Counts bytes flowing to the storage. */
async function* counting(source: AsyncIterable<Uint8Array>, total: { bytes: number }) {
  for await (const chunk of source) {
    total.bytes += chunk.byteLength;
    yield chunk;
  }
}

/**
 * Runs export job `jobId` to its end: SUCCEEDED with its file, or (when `finalAttempt`) FAILED with the error;
 * a failure before the final attempt sets the job back to QUEUED and throws (the queue retries it).
 * Returns the job's final state, or null when there was nothing to run (missing, already finished or expired).
 */
export async function runExportJob(
  deps: ExportRunDeps,
  jobId: string,
  options: ExportRunOptions = {},
): Promise<'SUCCEEDED' | 'FAILED' | null> {
  const prisma = deps.db.prisma;
  const job = await prisma.exportJob.findUnique({ where: { id: jobId } });
  if (!job || job.state === 'SUCCEEDED' || job.state === 'EXPIRED' || job.state === 'FAILED') return null;
  const startedAt = new Date();
  const dataset = DATASETS[job.dataset];
  const scope: ExportScope = { orgPath: job.orgPath, programmeId: job.programmeId, cutoff: startedAt };
  const key = exportFileKey(job.id);
  const batchRows = options.batchRows ?? EXPORT_BATCH_ROWS;
  try {
    const rowsTotal = await dataset.count(deps.db.replica, scope);
    const claimed = await prisma.exportJob.updateMany({
      where: { id: job.id, state: { in: ['QUEUED', 'RUNNING'] } },
      data: { state: 'RUNNING', startedAt, rowsDone: 0, rowsTotal, error: null, fileKey: null, bytes: null },
    });
    if (claimed.count === 0) return null;

    const out = new PassThrough();
    const total = { bytes: 0 };
    const stored = deps.files.storage.put(key, counting(out, total), FORMAT_FILES[job.format].contentType);
    // When the storage fails, the writer's next write fails too (instead of waiting for a drain that never comes);
    // the storage's error surfaces when awaited below, never as an unhandled rejection or error event meanwhile.
    out.on('error', () => {});
    stored.catch((error: Error) => out.destroy(error));
    const writer = exportWriter(job.format, out, dataset.columns, job.dataset);
    let rowsDone = 0;
    try {
      let after = '';
      for (;;) {
        const rows = await dataset.batch(deps.db.replica, scope, after, batchRows);
        if (rows.length === 0) break;
        await writer.writeRows(rows);
        rowsDone += rows.length;
        after = rows[rows.length - 1]?.[dataset.cursor] ?? after;
        await prisma.exportJob.update({ where: { id: job.id }, data: { rowsDone } });
        await options.onBatch?.(rowsDone);
        if (rows.length < batchRows) break;
      }
      await writer.end();
    } catch (error) {
      out.destroy(error as Error);
      const storageError: unknown = await stored.then(
        () => null,
        (failure: unknown) => failure,
      );
      throw storageError ?? error;
    }
    await stored;
    const finishedAt = new Date();
    const done = await prisma.exportJob.updateMany({
      where: { id: job.id, state: 'RUNNING' },
      data: {
        state: 'SUCCEEDED',
        fileKey: key,
        bytes: BigInt(total.bytes),
        rowsDone,
        finishedAt,
        expiresAt: new Date(finishedAt.getTime() + deps.keepHours * 3_600_000),
      },
    });
    if (done.count === 0) await deps.files.storage.delete(key);
    return done.count === 1 ? 'SUCCEEDED' : null;
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH);
    await deps.files.storage.delete(key).catch(() => {});
    await prisma.exportJob.updateMany({
      where: { id: job.id, state: { in: ['QUEUED', 'RUNNING'] } },
      data: options.finalAttempt
        ? { state: 'FAILED', error: message, finishedAt: new Date() }
        : { state: 'QUEUED', error: message },
    });
    if (options.finalAttempt) return 'FAILED';
    throw error;
  }
}

/**
 * Deletes the files of exports past their `expiresAt` and marks them EXPIRED (jobs that never finished too).
 * Returns how many jobs expired.
 */
export async function expireExportJobs(
  deps: { db: Pick<Database, 'prisma'>; files: FileServices },
  now = new Date(),
): Promise<number> {
  const prisma = deps.db.prisma;
  let expired = 0;
  for (;;) {
    const due = await prisma.exportJob.findMany({
      where: { expiresAt: { lte: now }, state: { not: 'EXPIRED' } },
      select: { id: true, fileKey: true },
      orderBy: { expiresAt: 'asc' },
      take: 200,
    });
    if (due.length === 0) return expired;
    for (const job of due) {
      // The file first: a crash in between leaves a job to expire again, never a file nobody deletes.
      await deps.files.storage.delete(job.fileKey ?? exportFileKey(job.id));
    }
    const marked = await prisma.exportJob.updateMany({
      where: { id: { in: due.map((job) => job.id) }, state: { not: 'EXPIRED' } },
      data: { state: 'EXPIRED', fileKey: null },
    });
    expired += marked.count;
  }
}

const runDeps = (deps: JobDeps): ExportRunDeps => ({
  db: deps.db,
  files: deps.files,
  keepHours: deps.integration.exportKeepHours,
});

defineJob<{ jobId: string }>({
  name: EXPORT_RUN_JOB,
  queue: {
    retryLimit: EXPORT_RETRY_LIMIT,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: EXPORT_LEASE_SECONDS,
  },
  async handle(jobs, deps) {
    for (const job of jobs) {
      await runExportJob(runDeps(deps), job.data.jobId, { finalAttempt: job.retryCount >= EXPORT_RETRY_LIMIT });
    }
  },
});

/** Every 10 minutes: expired exports' files are deleted. */
defineJob({
  name: EXPORT_CLEANUP_JOB,
  schedule: '*/10 * * * *',
  async handle(_jobs, deps) {
    await expireExportJobs(deps);
  },
});
