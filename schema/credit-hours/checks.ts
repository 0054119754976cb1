/**
 * Credit checks after progress changes: the write paths (through the live module's publish calls) hand over the
 * enrolments whose progress changed; they are gathered for a short while, de-duplicated, and checked in batches
 * (creditEarnedHours), never failing the write. Viewing ingest is hot (thousands of events a second), so an enrolment
 * whose hours are all on the ledger is remembered for a while (a bounded set) and skipped, and an enrolment of a
 * programme known to credit no hours costs nothing.
 */
import type { PrismaClient } from '../../api/db/client.js';
import { CREDIT_CHUNK, creditEarnedHours, programmeCreditsHours } from './auto-credit.js';

/** How long changes are gathered before a check runs (ms). */
export const CREDIT_CHECK_DELAY_MS = 250;
/** How long a settled enrolment is skipped (ms): programme rules may change, an entry may be reversed elsewhere. */
const SETTLED_TTL_MS = 10 * 60 * 1000;
/** Most settled enrolments remembered per database (oldest forgotten first). */
const SETTLED_MAX = 100_000;

interface Queue {
  db: PrismaClient;
  pending: Set<string>;
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
  /** Enrolment id → until when it is skipped. */
  settled: Map<string, number>;
}

const queues = new WeakMap<PrismaClient, Queue>();
/** Queues with checks pending or under way (what flushCreditChecks waits for). */
const active = new Set<Queue>();

function queueOf(db: PrismaClient): Queue {
  let queue = queues.get(db);
  if (!queue) {
    queue = { db, pending: new Set(), timer: null, running: null, settled: new Map() };
    queues.set(db, queue);
  }
  return queue;
}

/** An enrolment whose progress changed, with its programme (known programmes without hour rules are skipped). */
export interface CreditCheckTarget {
  id: string;
  programmeId?: string;
}

/** Schedules a credit check of these enrolments (batched, de-duplicated); never throws. */
export function scheduleCreditChecks(db: PrismaClient, enrolments: readonly CreditCheckTarget[]): void {
  if (enrolments.length === 0) return;
  const queue = queueOf(db);
  const now = Date.now();
  for (const enrolment of enrolments) {
    if (enrolment.programmeId && programmeCreditsHours(enrolment.programmeId) === false) continue;
    const until = queue.settled.get(enrolment.id);
    if (until !== undefined) {
      if (until > now) continue;
      queue.settled.delete(enrolment.id);
    }
    queue.pending.add(enrolment.id);
  }
  if (queue.pending.size === 0 || queue.timer) return;
  active.add(queue);
  queue.timer = setTimeout(() => {
    queue.timer = null;
    void drain(queue);
  }, CREDIT_CHECK_DELAY_MS);
  queue.timer.unref();
}

/** Forgets that an enrolment is settled (after a reversal in this process, so it is checked again). */
export function unsettleCreditCheck(db: PrismaClient, enrolmentIds: readonly string[]): void {
  const queue = queues.get(db);
  if (!queue) return;
  for (const id of enrolmentIds) queue.settled.delete(id);
}

/** Runs the pending checks, one batch at a time (a check arriving meanwhile waits for the next batch). */
function drain(queue: Queue): Promise<void> {
  if (queue.running) return queue.running;
  queue.running = (async () => {
    try {
      while (queue.pending.size) {
        const ids = [...queue.pending].slice(0, CREDIT_CHUNK * 4);
        for (const id of ids) queue.pending.delete(id);
        try {
          const { settled } = await creditEarnedHours(queue.db, ids);
          const until = Date.now() + SETTLED_TTL_MS;
          for (const id of settled) {
            queue.settled.delete(id);
            queue.settled.set(id, until);
          }
          while (queue.settled.size > SETTLED_MAX) queue.settled.delete(queue.settled.keys().next().value as string);
        } catch (error) {
          console.warn(`tisheng: credit hours: a credit check failed: ${(error as Error).message}`);
        }
      }
    } finally {
      queue.running = null;
      if (queue.pending.size === 0 && !queue.timer) active.delete(queue);
    }
  })();
  return queue.running;
}

/**
 * Runs every pending credit check now and waits for the checks under way (tests; a graceful shutdown before closing
 * the database). `db` limits it to one database.
 */
export async function flushCreditChecks(db?: PrismaClient): Promise<void> {
  const targets = db ? [queues.get(db)].filter((queue) => queue !== undefined) : [...active];
  await Promise.all(
    targets.map(async (queue) => {
      if (queue.timer) {
        clearTimeout(queue.timer);
        queue.timer = null;
      }
      await drain(queue);
      if (queue.pending.size) await drain(queue);
    }),
  );
}
