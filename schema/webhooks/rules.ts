/** The pure rules of webhook subscriptions. */
import { FEED_EVENT_KINDS, type FeedEventKindName } from '../../api/webhooks/body.js';

/** Most subscriptions one sync client may have. */
export const MAX_SUBSCRIPTIONS = 20;
/** Longest idempotency key. */
export const MAX_IDEMPOTENCY_KEY = 200;

/** The kinds subscribed to, each once, in the feed's order; null when none. */
export function normaliseEvents(events: readonly string[]): FeedEventKindName[] | null {
  const chosen = FEED_EVENT_KINDS.filter((kind) => events.includes(kind));
  return chosen.length ? chosen : null;
}

/** The key trimmed, or null when empty or too long. */
export function idempotencyKeyOf(key: string): string | null {
  const trimmed = key.trim();
  return trimmed && trimmed.length <= MAX_IDEMPOTENCY_KEY ? trimmed : null;
}

export type DeliveryStateName = 'PENDING' | 'DELIVERED' | 'DEAD';

/** A delivery may be replayed once the queue is done with it: delivered, or dead (the dead-letter list). */
export const replayable = (state: DeliveryStateName): boolean => state !== 'PENDING';
