import type { TishengClient } from './client.js';
import {
  SyncFeedAcknowledgeCreditDocument,
  type SyncFeedAcknowledgeCreditMutation,
  SyncFeedAcknowledgeRosterDocument,
  type SyncFeedAcknowledgeRosterMutation,
  type SyncFeedCreditChangeFieldsFragment,
  SyncFeedCreditChangesDocument,
  type SyncFeedRosterChangeFieldsFragment,
  SyncFeedRosterChangesDocument,
} from './generated/graphql.js';

/** Largest page the feeds return. */
export const MAX_FEED_PAGE_SIZE = 1000;

export interface SyncOptions<TChange> {
  /** A client signed in as the sync client (its token: the client's own assertion, or a development token). */
  client: TishengClient;
  /** The cursor saved by the last run; null on the first run (the server resumes after the acknowledged position). */
  loadCursor(): Promise<string | null>;
  /** Stores the cursor after a page was handled (a file, a database row): the next run starts there. */
  saveCursor(cursor: string): Promise<void>;
  /**
   * Stores one page of changes, oldest first. It may see a page again after a crash (before its cursor was saved): make
   * it idempotent, e.g. an upsert keyed by `eventId` or by the record's id.
   */
  handle(changes: readonly TChange[]): Promise<void>;
  /** Changes per page: 1 to 1000 (default 500). */
  pageSize?: number;
  signal?: AbortSignal;
}

export interface SyncResult {
  /** Pages pulled (an empty last page counts). */
  pages: number;
  /** Changes handed to `handle`. */
  changes: number;
  /** Where the run stopped: the saved and acknowledged cursor. */
  cursor: string | null;
}

/** The idempotency key of acknowledging `cursor` in `feed`: the same for a replay after a crash, so it is harmless. */
export const acknowledgementKey = (feed: 'credit' | 'roster', cursor: string) => `sync-${feed}:${cursor}`;

type AckResult =
  | SyncFeedAcknowledgeCreditMutation['acknowledgeCreditRecords']
  | SyncFeedAcknowledgeRosterMutation['acknowledgeRosterChanges'];

interface Page<TChange> {
  changes: readonly TChange[];
  endCursor: string;
  hasMore: boolean;
}

async function run<TChange>(
  feed: 'credit' | 'roster',
  options: SyncOptions<TChange>,
  pull: (after: string | null, first: number) => Promise<Page<TChange> | null>,
  acknowledge: (cursor: string, idempotencyKey: string) => Promise<AckResult>,
): Promise<SyncResult> {
  const pageSize = Math.min(Math.max(1, Math.floor(options.pageSize ?? 500)), MAX_FEED_PAGE_SIZE);
  let cursor = await options.loadCursor();
  let pages = 0;
  let changes = 0;
  for (;;) {
    options.signal?.throwIfAborted();
    const page = await pull(cursor, pageSize);
    if (!page) throw new Error(`sync: the ${feed} feed answered null: is this client signed in as a sync client?`);
    pages += 1;
    if (page.changes.length > 0) {
      await options.handle(page.changes);
      changes += page.changes.length;
    }
    if (page.endCursor !== cursor) {
      await options.saveCursor(page.endCursor);
      const result = await acknowledge(page.endCursor, acknowledgementKey(feed, page.endCursor));
      if (result.__typename !== 'AcknowledgeFeedPayload') {
        const code = (result as { code?: string }).code ?? result.__typename;
        throw new Error(`sync: acknowledging the ${feed} feed failed: ${code}`);
      }
      cursor = page.endCursor;
    }
    if (!page.hasMore) return { pages, changes, cursor };
  }
}

/**
 * Pulls the credit-record feed (confirmed ledger records, reversals, certificates, school closing) until it is up to
 * date: each page goes to `handle`, then its cursor is saved and acknowledged (with an idempotency key derived from the
 * cursor). Resumes from `loadCursor()`; a crash between `handle` and `saveCursor` replays that page, nothing is lost.
 */
export function syncCreditRecords(options: SyncOptions<SyncFeedCreditChangeFieldsFragment>): Promise<SyncResult> {
  const { client, signal } = options;
  const requestOptions = signal ? { signal } : {};
  return run(
    'credit',
    options,
    async (after, first) =>
      (await client.request(SyncFeedCreditChangesDocument, { after, first }, requestOptions)).creditRecordChanges ??
      null,
    async (cursor, idempotencyKey) =>
      (await client.request(SyncFeedAcknowledgeCreditDocument, { input: { cursor, idempotencyKey } }, requestOptions))
        .acknowledgeCreditRecords,
  );
}

/** The same loop over the roster feed (people, schools, enrolments; removals as tombstones). */
export function syncRosterChanges(options: SyncOptions<SyncFeedRosterChangeFieldsFragment>): Promise<SyncResult> {
  const { client, signal } = options;
  const requestOptions = signal ? { signal } : {};
  return run(
    'roster',
    options,
    async (after, first) =>
      (await client.request(SyncFeedRosterChangesDocument, { after, first }, requestOptions)).rosterChanges ?? null,
    async (cursor, idempotencyKey) =>
      (await client.request(SyncFeedAcknowledgeRosterDocument, { input: { cursor, idempotencyKey } }, requestOptions))
        .acknowledgeRosterChanges,
  );
}
