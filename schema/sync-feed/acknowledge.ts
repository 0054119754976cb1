/**
 * Acknowledging what a sync client stored: a cursor moves its position in the feed forward (never backwards), event
 * ids mark single changes (out of order). Every acknowledgement carries an idempotency key: the same key with the same
 * body returns the first result without running again, another body is refused (IDEMPOTENCY_KEY_REUSED), so a
 * client's retry after a lost response, or a replay after a crash, is harmless.
 */
import { z } from 'zod';
import type { Context } from '../../api/context.js';
import type { Transaction } from '../../api/db/client.js';
import { builder } from '../builder.js';
import { idempotent, inputIssue, NotFoundError, parseInput, scopeOf } from '../shared/index.js';
import { acknowledgeErrors, InvalidCursorError } from './errors.js';
import { FEED_ACTIONS, OPEN_TO_CLIENTS } from './feeds.js';
import {
  decodeCursor,
  encodeCursor,
  type Feed,
  isEventId,
  MAX_ACK_EVENT_IDS,
  MAX_IDEMPOTENCY_KEY_LENGTH,
} from './rules.js';
import { scopeSql } from './store.js';

/** What an acknowledgement returns (stored as JSON with its idempotency key). */
export interface AcknowledgeResult {
  acknowledgedCursor: string;
  acknowledgedCount: number;
  unknownEventIds: string[];
}

const AcknowledgeFeedPayload = builder.objectRef<AcknowledgeResult>('AcknowledgeFeedPayload').implement({
  description: 'Where the client’s acknowledged position now is, and what this call acknowledged.',
  fields: (t) => ({
    acknowledgedCursor: t.exposeString('acknowledgedCursor', {
      description:
        'The acknowledged position after the call (a cursor of the feed): where a pull without `after` resumes. Acknowledging ' +
        'an older cursor leaves it where it was and reports it.',
    }),
    acknowledgedCount: t.exposeInt('acknowledgedCount', {
      description:
        'Changes of the client’s scope this call acknowledged that were not acknowledged before (0 for a repeated call).',
    }),
    unknownEventIds: t.exposeStringList('unknownEventIds', {
      description:
        'Event ids asked for that are not changes of this feed in the client’s scope (nothing was recorded for them).',
    }),
  }),
});

function inputType(name: string, feed: string) {
  return builder.inputType(name, {
    description: `What to acknowledge in the ${feed} feed: a cursor, event ids, or both; and the idempotency key.`,
    fields: (t) => ({
      cursor: t.string({
        required: false,
        description:
          'Every change up to and including this position is acknowledged (an `endCursor` or a change’s `cursor` of this feed).',
      }),
      eventIds: t.stringList({
        required: false,
        description: `Single changes by event id (at most ${MAX_ACK_EVENT_IDS}), e.g. ones stored out of order.`,
      }),
      idempotencyKey: t.string({
        required: true,
        description:
          `Your key for this request (1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters), e.g. derived from the cursor: the same key with ` +
          'the same body returns the first result; with another body, IDEMPOTENCY_KEY_REUSED. Kept IDEMPOTENCY_TTL_HOURS.',
      }),
    }),
  });
}

const AcknowledgeCreditRecordsInput = inputType('AcknowledgeCreditRecordsInput', 'credit-record');
const AcknowledgeRosterChangesInput = inputType('AcknowledgeRosterChangesInput', 'roster');

const inputSchema = z.object({
  cursor: z.string().max(200).nullish(),
  eventIds: z.array(z.string().max(100)).nullish(),
  idempotencyKey: z.string(),
});

async function acknowledge(
  tx: Transaction,
  context: Context,
  feed: Feed,
  principalId: string,
  position: { seq: bigint; cursor: string } | null,
  eventIds: string[],
): Promise<AcknowledgeResult> {
  const roots = scopeOf(context.viewer, FEED_ACTIONS[feed]);
  let acknowledgedCount = 0;
  let current: bigint;
  if (position) {
    const [end] = await tx.$queryRaw<Array<{ last: bigint }>>`
      SELECT coalesce(max(seq), 0)::bigint AS last FROM "FeedEvent" WHERE feed = ${feed}::"FeedKind"`;
    if (position.seq > (end?.last ?? 0n)) throw new InvalidCursorError('BEYOND_END', position.cursor, feed);
    // Never backwards: of two acknowledgements racing (two keys), the further position stays.
    const [moved] = await tx.$queryRaw<Array<{ before: bigint | null; after: bigint }>>`
      WITH old AS (
        SELECT seq FROM "FeedAcknowledgement"
        WHERE "principalId" = ${principalId} AND feed = ${feed}::"FeedKind" FOR UPDATE
      ), up AS (
        INSERT INTO "FeedAcknowledgement" ("principalId", feed, seq, "acknowledgedAt")
        VALUES (${principalId}, ${feed}::"FeedKind", ${position.seq}, now() AT TIME ZONE 'UTC')
        ON CONFLICT ("principalId", feed) DO UPDATE
          SET seq = GREATEST("FeedAcknowledgement".seq, EXCLUDED.seq),
              "acknowledgedAt" = CASE WHEN EXCLUDED.seq > "FeedAcknowledgement".seq
                THEN EXCLUDED."acknowledgedAt" ELSE "FeedAcknowledgement"."acknowledgedAt" END
        RETURNING seq
      )
      SELECT (SELECT seq FROM old) AS before, (SELECT seq FROM up) AS after`;
    current = moved?.after ?? position.seq;
    const before = moved?.before ?? 0n;
    if (current > before) {
      const [counted] = await tx.$queryRaw<Array<{ n: number }>>`
        SELECT count(*)::int AS n FROM "FeedEvent" e
        WHERE e.feed = ${feed}::"FeedKind" AND e.seq > ${before} AND e.seq <= ${current} AND ${scopeSql(roots)}`;
      acknowledgedCount += counted?.n ?? 0;
    }
  } else {
    const rows = await tx.$queryRaw<Array<{ seq: bigint }>>`
      SELECT seq FROM "FeedAcknowledgement" WHERE "principalId" = ${principalId} AND feed = ${feed}::"FeedKind"`;
    current = rows[0]?.seq ?? 0n;
  }
  const wellFormed = [...new Set(eventIds.filter(isEventId).map((id) => id.toLowerCase()))];
  let known = new Set<string>();
  if (wellFormed.length) {
    const inserted = await tx.$queryRaw<Array<{ eventId: string; fresh: boolean }>>`
      WITH known AS (
        SELECT e.id FROM "FeedEvent" e
        WHERE e.id = ANY(${wellFormed}::text[]) AND e.feed = ${feed}::"FeedKind" AND e.seq IS NOT NULL AND ${scopeSql(roots)}
      ), added AS (
        INSERT INTO "FeedEventAcknowledgement" ("principalId", "eventId", "acknowledgedAt")
        SELECT ${principalId}, id, now() AT TIME ZONE 'UTC' FROM known
        ON CONFLICT DO NOTHING
        RETURNING "eventId"
      )
      SELECT k.id AS "eventId", (a."eventId" IS NOT NULL) AS fresh FROM known k LEFT JOIN added a ON a."eventId" = k.id`;
    known = new Set(inserted.map((row) => row.eventId));
    acknowledgedCount += inserted.filter((row) => row.fresh).length;
  }
  return {
    acknowledgedCursor: encodeCursor(feed, current),
    acknowledgedCount,
    unknownEventIds: eventIds.filter((id) => !known.has(id.toLowerCase())),
  };
}

function acknowledgeField(field: string, feed: Feed, input: ReturnType<typeof inputType>, what: string) {
  const action = FEED_ACTIONS[feed];
  builder.mutationField(field, (t) =>
    t.field({
      type: AcknowledgeFeedPayload,
      extensions: OPEN_TO_CLIENTS,
      description:
        `${what} Only for sync clients (action ${action}). \`cursor\` moves the client’s acknowledged position forward (an older ` +
        'cursor is a no-op that reports the current position; a cursor beyond the feed’s end or of the other feed is INVALID_CURSOR); ' +
        '`eventIds` acknowledge single changes of the client’s scope (others are listed in `unknownEventIds`). The ' +
        '`idempotencyKey` makes it safe to retry: the same key with the same body returns the first result without acknowledging ' +
        'again; another body with a used key is IDEMPOTENCY_KEY_REUSED and changes nothing. One transaction.',
      authorize: {
        action,
        resource: (_root, _args, context) => ({ paths: scopeOf(context.viewer, action), ownerId: null }),
        afterClosing: 'allowed',
        afterClosingReason: 'An acknowledgement is the sync client’s own bookkeeping, not a record of a closed school.',
      },
      errors: { types: acknowledgeErrors, directResult: true },
      args: { input: t.arg({ type: input, required: true, description: 'What to acknowledge, and the key.' }) },
      resolve: async (_root, args, context) => {
        const parsed = parseInput(inputSchema, args.input);
        const key = parsed.idempotencyKey.trim();
        if (!key || key.length > MAX_IDEMPOTENCY_KEY_LENGTH)
          throw inputIssue(['idempotencyKey'], 'VALIDATION.idempotencyKey', { max: MAX_IDEMPOTENCY_KEY_LENGTH });
        const eventIds = parsed.eventIds ?? [];
        if (eventIds.length > MAX_ACK_EVENT_IDS)
          throw inputIssue(['eventIds'], 'VALIDATION.acknowledgeTooMany', { max: MAX_ACK_EVENT_IDS });
        if (!parsed.cursor && eventIds.length === 0) throw inputIssue([], 'VALIDATION.acknowledgeWhat');
        let position: { seq: bigint; cursor: string } | null = null;
        if (parsed.cursor) {
          const decoded = decodeCursor(parsed.cursor, feed);
          if (!decoded.ok) throw new InvalidCursorError(decoded.problem, parsed.cursor, feed);
          position = { seq: decoded.seq, cursor: parsed.cursor };
        }
        // The authorize check let only a sync client (a signed-in user) through.
        const principalId = context.viewer.user?.id;
        if (!principalId) throw new NotFoundError('FeedEvent');
        return idempotent(context, { key, operation: field, body: { cursor: parsed.cursor ?? null, eventIds } }, (tx) =>
          acknowledge(tx, context, feed, principalId, position, eventIds),
        );
      },
    }),
  );
}

acknowledgeField(
  'acknowledgeCreditRecords',
  'CREDIT',
  AcknowledgeCreditRecordsInput,
  'Acknowledges credit-record changes the client stored.',
);
acknowledgeField(
  'acknowledgeRosterChanges',
  'ROSTER',
  AcknowledgeRosterChangesInput,
  'Acknowledges roster changes the client stored.',
);
