/**
 * Fan-out: turns new feed events into deliveries. For each active subscription, in one transaction holding its row
 * (FOR UPDATE SKIP LOCKED: two instances never fan out one subscription at once), the events after its position
 * (`lastSeq`) of the kinds it subscribed to and in its principal's scope become WebhookDelivery rows, each with its
 * `webhook-deliver` job created in the same transaction, and the position moves on. Idempotent: a second run finds
 * nothing new. Events are numbered at commit in commit order (FeedEvent.seq), so the position never passes an event
 * that commits later.
 */
import { fromPrisma, type PgBoss } from 'pg-boss';
import { v7 as uuidv7 } from 'uuid';
import type { Transaction } from '../db/client.js';
import type { Prisma } from '../db/generated/prisma/client.js';
import type { FeedEventKind, FeedKind } from '../db/generated/prisma/enums.js';
import type { JobDeps } from '../jobs/queue.js';
import { DELIVER_JOB, deliverJobOptions } from './delivery.js';

export const FANOUT_JOB = 'webhook-fanout';
/** Events taken per subscription and transaction. */
export const FANOUT_BATCH = 500;
/** Batches per subscription and run (the next run, a notification or the minute's schedule away, continues). */
const MAX_BATCHES_PER_RUN = 20;

/** Where a principal may receive events, per feed: subtree roots (orgPath prefixes). */
export type PrincipalScope = Record<FeedKind, readonly string[]>;

/**
 * The scope of a subscription's principal now (its role assignments: there is no request viewer in a job); null when
 * it may receive nothing at all (its client revoked, the user deactivated): the position then stays where it is.
 */
export type ScopeOfPrincipal = (tx: Transaction, principalId: string) => Promise<PrincipalScope | null>;

const FEED_OF_KIND: Record<FeedEventKind, FeedKind> = {
  CREDIT_CONFIRMED: 'CREDIT',
  CREDIT_REVERSED: 'CREDIT',
  CERTIFICATE_ISSUED: 'CREDIT',
  CERTIFICATE_REVOKED: 'CREDIT',
  SCHOOL_CLOSED: 'CREDIT',
  PERSON_CHANGED: 'ROSTER',
  PERSON_REMOVED: 'ROSTER',
  SCHOOL_CHANGED: 'ROSTER',
  SCHOOL_REMOVED: 'ROSTER',
  ENROLMENT_CHANGED: 'ROSTER',
  ENROLMENT_REMOVED: 'ROSTER',
};

/** The feed an event kind belongs to. */
export const feedOfKind = (kind: FeedEventKind): FeedKind => FEED_OF_KIND[kind];

/** The events a subscription receives: its kinds, each in its feed's scope. */
export function eventsWhere(events: readonly FeedEventKind[], scope: PrincipalScope): Prisma.FeedEventWhereInput[] {
  const branches: Prisma.FeedEventWhereInput[] = [];
  for (const feed of ['CREDIT', 'ROSTER'] as const) {
    const kinds = events.filter((kind) => FEED_OF_KIND[kind] === feed);
    const roots = scope[feed];
    if (kinds.length && roots.length)
      branches.push({ kind: { in: kinds }, OR: roots.map((root) => ({ orgPath: { startsWith: root } })) });
  }
  return branches;
}

interface LockedSubscription {
  id: string;
  principalId: string;
  events: FeedEventKind[];
  lastSeq: bigint;
}

/** One batch of one subscription; `more` when the batch was full. */
async function fanOutBatch(
  deps: JobDeps,
  boss: PgBoss,
  scopeOf: ScopeOfPrincipal,
  subscriptionId: string,
): Promise<{ created: number; more: boolean }> {
  return deps.db.prisma.$transaction(async (tx) => {
    const [subscription] = await tx.$queryRaw<LockedSubscription[]>`
      SELECT id, "principalId", events::text[] AS events, "lastSeq"
      FROM "WebhookSubscription" WHERE id = ${subscriptionId} AND active
      FOR UPDATE SKIP LOCKED`;
    if (!subscription) return { created: 0, more: false };
    const scope = await scopeOf(tx, subscription.principalId);
    if (!scope) return { created: 0, more: false };
    // Every event numbered up to `high` has committed: reading the events in a later statement sees them all.
    const [{ high }] = (await tx.$queryRaw<Array<{ high: bigint }>>`
      SELECT COALESCE(max(seq), 0)::bigint AS high FROM "FeedEvent"`) as [{ high: bigint }];
    if (high <= subscription.lastSeq) return { created: 0, more: false };
    const branches = eventsWhere(subscription.events, scope);
    const events = branches.length
      ? await tx.feedEvent.findMany({
          where: { seq: { gt: subscription.lastSeq, lte: high }, OR: branches },
          orderBy: { seq: 'asc' },
          take: FANOUT_BATCH,
          select: { id: true, seq: true },
        })
      : [];
    const full = events.length === FANOUT_BATCH;
    const position = full ? (events.at(-1)?.seq ?? high) : high;
    if (events.length) {
      const rows = events.map((event) => ({ id: uuidv7(), subscriptionId, eventId: event.id }));
      await tx.webhookDelivery.createMany({ data: rows });
      const options = deliverJobOptions(deps.integration);
      await boss.insert(
        DELIVER_JOB,
        rows.map((row) => ({ data: { deliveryId: row.id }, ...options })),
        { db: fromPrisma(tx) },
      );
    }
    await tx.webhookSubscription.update({ where: { id: subscriptionId }, data: { lastSeq: position } });
    return { created: events.length, more: full };
  });
}

/** Fans out every active subscription; returns the number of deliveries created. */
export async function fanOut(deps: JobDeps, boss: PgBoss, scopeOf: ScopeOfPrincipal): Promise<number> {
  const subscriptions = await deps.db.prisma.webhookSubscription.findMany({
    where: { active: true },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  let created = 0;
  for (const { id } of subscriptions) {
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch += 1) {
      const result = await fanOutBatch(deps, boss, scopeOf, id);
      created += result.created;
      if (!result.more) break;
    }
  }
  return created;
}

/** The position a new subscription starts from: the newest event now (it receives what happens from now on). */
export async function currentFeedPosition(tx: Transaction): Promise<bigint> {
  const [{ high }] = (await tx.$queryRaw<Array<{ high: bigint }>>`
    SELECT COALESCE(max(seq), 0)::bigint AS high FROM "FeedEvent"`) as [{ high: bigint }];
  return high;
}
