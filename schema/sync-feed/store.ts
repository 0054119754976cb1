/**
 * The feeds' SQL: a page of events after a position (one statement), the acknowledged position, and the scope filter.
 * Every statement is tagged `$queryRaw`: nothing the client sends is spliced into SQL.
 */
import type { Transaction } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import type { Feed } from './rules.js';

type Queryable = Pick<Transaction, '$queryRaw'>;

export interface FeedEventRow {
  id: string;
  seq: bigint;
  kind: string;
  subjectId: string;
  programmeId: string | null;
  payload: Record<string, unknown>;
  occurredAt: Date;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Rows whose orgPath lies in one of the viewer's subtrees (no roots: none). */
export function scopeSql(roots: readonly string[]): Prisma.Sql {
  if (roots.length === 0) return Prisma.sql`false`;
  return Prisma.sql`e."orgPath" LIKE ANY(${roots.map((root) => `${escapeLike(root)}%`)}::text[])`;
}

/** Up to `limit` committed events of `feed` after `after` in the scope, in commit order: one statement. */
export function readEvents(db: Queryable, feed: Feed, after: bigint, limit: number, roots: readonly string[]) {
  return db.$queryRaw<FeedEventRow[]>`
    SELECT e.id, e.seq, e.kind::text AS kind, e."subjectId", e."programmeId", e.payload, e."occurredAt"
    FROM "FeedEvent" e
    WHERE e.feed = ${feed}::"FeedKind" AND e.seq > ${after} AND ${scopeSql(roots)}
      -- A registered sync client's service user is not a person of the roster.
      AND NOT (e.kind IN ('PERSON_CHANGED', 'PERSON_REMOVED')
               AND EXISTS (SELECT 1 FROM "SyncClient" s WHERE s."userId" = e."subjectId"))
    ORDER BY e.seq
    LIMIT ${limit}`;
}

/** The principal's acknowledged position in `feed` (0: nothing acknowledged). */
export async function acknowledgedSeq(db: Queryable, principalId: string, feed: Feed): Promise<bigint> {
  const rows = await db.$queryRaw<Array<{ seq: bigint }>>`
    SELECT seq FROM "FeedAcknowledgement" WHERE "principalId" = ${principalId} AND feed = ${feed}::"FeedKind"`;
  return rows[0]?.seq ?? 0n;
}
