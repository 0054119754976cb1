/**
 * The body of a webhook: `{ "type": "credit.confirmed", "timestamp": "<when the change happened, UTC>", "data": { …the
 * feed event's payload (its timestamps in UTC, with a Z)…, "eventId", "sequence" } }` (the Standard Webhooks shape).
 * Built from the stored event alone, so every retry and replay of an event sends the same bytes.
 */

/** The feed event kinds, as the database names them. */
export const FEED_EVENT_KINDS = [
  'CREDIT_CONFIRMED',
  'CREDIT_REVERSED',
  'CERTIFICATE_ISSUED',
  'CERTIFICATE_REVOKED',
  'SCHOOL_CLOSED',
  'PERSON_CHANGED',
  'PERSON_REMOVED',
  'SCHOOL_CHANGED',
  'SCHOOL_REMOVED',
  'ENROLMENT_CHANGED',
  'ENROLMENT_REMOVED',
] as const;
export type FeedEventKindName = (typeof FEED_EVENT_KINDS)[number];

/** `CREDIT_CONFIRMED` → `credit.confirmed`: the body's `type`. */
export const eventType = (kind: string): string => {
  const [head, ...rest] = kind.toLowerCase().split('_');
  return rest.length ? `${head}.${rest.join('_')}` : (head ?? '');
};

/** A timestamp the triggers wrote without a zone ("2026-12-02T11:48:23.123"): UTC. */
const ZONELESS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/;

/** The payload with every zoneless timestamp marked UTC (`Z`), at any depth. */
export function withUtcTimestamps(value: unknown): unknown {
  if (typeof value === 'string') return ZONELESS.test(value) ? `${value}Z` : value;
  if (Array.isArray(value)) return value.map(withUtcTimestamps);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withUtcTimestamps(inner)]));
  return value;
}

export interface EventForBody {
  id: string;
  seq: bigint | null;
  kind: string;
  payload: unknown;
  occurredAt: Date;
}

/** The exact bytes (as text) POSTed for an event. */
export function webhookBody(event: EventForBody): string {
  return JSON.stringify({
    type: eventType(event.kind),
    timestamp: event.occurredAt.toISOString(),
    data: {
      ...(withUtcTimestamps(event.payload) as Record<string, unknown>),
      eventId: event.id,
      sequence: event.seq === null ? null : event.seq.toString(),
    },
  });
}
