/**
 * The two feeds a provincial system pulls: `creditRecordChanges` (district-confirmed ledger records, reversals,
 * certificates, school closing) and `rosterChanges` (people, schools, enrolments, with tombstones). One statement per
 * page (`seq > cursor ORDER BY seq LIMIT first + 1`), plus one to read the acknowledged position when `after` is
 * omitted; the page size does not change the count.
 */
import type { Context } from '../../api/context.js';
import { builder } from '../builder.js';
import { type Action, OPEN_TO_CLIENTS, scopeOf } from '../shared/index.js';
import { invalidCursorError, pageSizeError } from './errors.js';
import {
  creditRecordOf,
  DEFAULT_FEED_PAGE,
  decodeCursor,
  encodeCursor,
  type Feed,
  MAX_FEED_PAGE,
  pageOf,
  rosterRecordOf,
  validPageSize,
} from './rules.js';
import { acknowledgedSeq, readEvents } from './store.js';
import { CreditRecordChangePage, type PageShape, RosterChangePage } from './types.js';

export { OPEN_TO_CLIENTS };

export const FEED_ACTIONS: Record<Feed, Action> = { CREDIT: 'sync:readCredit', ROSTER: 'sync:readRoster' };

interface FeedArgs {
  after?: string | null;
  first?: number | null;
  fromBeginning?: boolean | null;
}

/** A page of `feed` for the viewer: its scope, from `after` (or its acknowledged position, or the beginning). */
async function readPage<Record>(
  context: Context,
  feed: Feed,
  args: FeedArgs,
  toRecord: (kind: string, payload: { [key: string]: unknown }) => Record,
): Promise<PageShape<Record>> {
  const first = args.first ?? DEFAULT_FEED_PAGE;
  if (!validPageSize(first)) throw pageSizeError();
  let after: bigint;
  if (args.after) {
    const decoded = decodeCursor(args.after, feed);
    if (!decoded.ok) throw invalidCursorError(decoded.problem, args.after, feed);
    after = decoded.seq;
  } else if (args.fromBeginning) {
    after = 0n;
  } else {
    const principalId = context.viewer.user?.id;
    after = principalId ? await acknowledgedSeq(context.db.prisma, principalId, feed) : 0n;
  }
  const roots = scopeOf(context.viewer, FEED_ACTIONS[feed]);
  const rows = await readEvents(context.db.prisma, feed, after, first + 1, roots);
  const page = pageOf(rows, first, feed, after);
  return {
    changes: page.rows.map((row) => ({
      eventId: row.id,
      seq: row.seq,
      kind: row.kind,
      subjectId: row.subjectId,
      occurredAt: row.occurredAt,
      cursor: encodeCursor(feed, row.seq),
      record: toRecord(row.kind, row.payload),
    })),
    endCursor: page.endCursor,
    hasMore: page.hasMore,
  };
}

const description = (feed: string, what: string) =>
  `${what} Only for sync clients (a provincial or district system; action ${feed}): every change in their scope, in commit ` +
  'order; null for anyone else. `after`: an `endCursor` (or a change’s `cursor`) from an earlier page of this feed; ' +
  'without it, the page starts after the client’s acknowledged position (or at the beginning with `fromBeginning: true`, ' +
  `or when nothing was acknowledged). \`first\`: 1 to ${MAX_FEED_PAGE} changes (default ${DEFAULT_FEED_PAGE}). Commit ` +
  'order is the guarantee: a change committed late by a slow transaction is numbered when it commits, so it comes after ' +
  'every cursor issued before and is never skipped. A cursor this API did not issue for this feed is refused with ' +
  'INVALID_CURSOR; one statement per page whatever its size.';

/** The arguments both feeds take. */
const feedArgs = () =>
  builder.args((t) => ({
    after: t.string({
      required: false,
      description: 'Start after this cursor (opaque; from a page of this feed).',
    }),
    first: t.int({
      required: false,
      defaultValue: DEFAULT_FEED_PAGE,
      description: `Changes in the page: 1 to ${MAX_FEED_PAGE} (default ${DEFAULT_FEED_PAGE}).`,
    }),
    fromBeginning: t.boolean({
      required: false,
      defaultValue: false,
      description: 'Without `after`: start at the feed’s beginning instead of after the acknowledged position.',
    }),
  }));

/** A page costs its page size (1 to MAX_FEED_PAGE). */
const feedComplexity = (args: { first?: number | null }) => ({
  field: 1,
  multiplier: Math.max(1, Math.min(args.first ?? DEFAULT_FEED_PAGE, MAX_FEED_PAGE)),
});

builder.queryField('creditRecordChanges', (t) =>
  t.field({
    type: CreditRecordChangePage,
    nullable: true,
    extensions: OPEN_TO_CLIENTS,
    description: description(
      'sync:readCredit',
      'The credit-record feed: district-confirmed ledger entries (CREDIT_CONFIRMED), reversals as entries of their own ' +
        '(CREDIT_REVERSED), certificates issued and revoked, schools closed (结项).',
    ),
    args: feedArgs(),
    complexity: feedComplexity,
    authorize: {
      action: 'sync:readCredit',
      resource: (_root, _args, context) => ({ paths: scopeOf(context.viewer, 'sync:readCredit'), ownerId: null }),
    },
    resolve: (_root, args, context) => readPage(context, 'CREDIT', args, creditRecordOf),
  }),
);

builder.queryField('rosterChanges', (t) =>
  t.field({
    type: RosterChangePage,
    nullable: true,
    extensions: OPEN_TO_CLIENTS,
    description: description(
      'sync:readRoster',
      'The roster feed, so a province can mirror who is in which programme: people (no contact details, no national ID ' +
        'number), schools and enrolments as they are after each change; removals as tombstones (*_REMOVED, ids only).',
    ),
    args: feedArgs(),
    complexity: feedComplexity,
    authorize: {
      action: 'sync:readRoster',
      resource: (_root, _args, context) => ({ paths: scopeOf(context.viewer, 'sync:readRoster'), ownerId: null }),
    },
    resolve: (_root, args, context) => readPage(context, 'ROSTER', args, rosterRecordOf),
  }),
);
