// The feed's commit-order guarantee under load, on PostgreSQL (PGlite has one connection: nothing interleaves there).
// Two sync clients pull the credit-record feed in loops while writers append district confirmations and reversals and
// slow transactions commit late; when the writers stop, the clients drain. Each client must end with exactly the
// ledger's district-confirmed entries: no duplicate, no gap. A plain timestamp or insert-time sequence cursor fails
// this (a late commit lands behind a cursor already handed out); the feed numbers events at commit, so it cannot.
// Then 1,000 replayed acknowledgements: the same key and body always give the same result.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SyncFeedAcknowledgeCreditDocument,
  SyncFeedCreditChangesDocument,
  type SyncFeedCreditChangesQuery,
} from '../../sdk/src/index.js';
import { type GraphQLResponse, type TestApp, testApp } from '../kit/app.js';
import type { DistrictWorld, EnrolmentRef, ProgrammeWorld, UserRef } from '../kit/world.js';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let t: TestApp;
let d: DistrictWorld;
let p: ProgrammeWorld;
let enrolments: EnrolmentRef[];
const pools: pg.Client[] = [];

/** A raw connection of its own (a transaction the API knows nothing about, as another writer's would be). */
async function connection(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: t.db.url! });
  await client.connect();
  pools.push(client);
  return client;
}

/** Appends an entry with its school and district confirmations inside the connection's open transaction. */
async function appendConfirmed(db: pg.Client, e: EnrolmentRef, hours: number, reverses: string | null = null) {
  const id = randomUUID();
  await db.query(
    `INSERT INTO "CreditEntry" (id, "programmeId", "enrolmentId", "teacherId", "orgPath", source, category, hours, "reversesId")
     VALUES ($1, $2, $3, $4, $5, $6, 'OFFLINE', $7, $8)`,
    [id, p.id, e.id, e.teacher.id, e.orgPath, reverses ? 'REVERSAL' : 'SCHOOL_PRACTICE', hours, reverses],
  );
  await db.query(
    `INSERT INTO "CreditConfirmation" (id, "entryId", level, "orgPath") VALUES ($1, $2, 'SCHOOL', $4), ($3, $2, 'DISTRICT', $4)`,
    [randomUUID(), id, randomUUID(), e.orgPath],
  );
  return id;
}

/** The same through Prisma (one transaction: the API's own write path). */
async function appendConfirmedPrisma(e: EnrolmentRef, hours: number, reverses: string | null = null) {
  const entry = await t.db.prisma.creditEntry.create({
    data: {
      programmeId: p.id,
      enrolmentId: e.id,
      teacherId: e.teacher.id,
      orgPath: e.orgPath,
      source: reverses ? 'REVERSAL' : 'SCHOOL_PRACTICE',
      category: 'OFFLINE',
      hours,
      reversesId: reverses,
      confirmations: {
        create: [
          { level: 'SCHOOL', orgPath: e.orgPath },
          { level: 'DISTRICT', orgPath: e.orgPath },
        ],
      },
    },
    select: { id: true },
  });
  return entry.id;
}

interface Received {
  eventId: string;
  sequence: bigint;
  kind: string;
  subjectId: string;
  reversesId: string | null;
}

async function pullPage(as: UserRef, after: string | null, first: number) {
  const res = await t.request(SyncFeedCreditChangesDocument, { after, first }, { as });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.creditRecordChanges!;
}

const received = (page: Awaited<ReturnType<typeof pullPage>>): Received[] =>
  page.changes.map((c) => ({
    eventId: c.eventId,
    sequence: BigInt(c.sequence),
    kind: c.kind,
    subjectId: c.subjectId,
    reversesId: c.record.__typename === 'CreditRecord' ? (c.record.reversesId ?? null) : null,
  }));

beforeAll(async () => {
  if (!onPostgres) return;
  t = await testApp();
  d = await t.world.district();
  const schools = [await d.school(), await d.school()];
  p = await d.programme({ status: 'RUNNING', schools });
  enrolments = [];
  for (let i = 0; i < 12; i += 1) enrolments.push(await p.teacher(schools[i % 2]!));
}, 120_000);
afterAll(async () => {
  for (const client of pools) await client.end().catch(() => {});
  await t?.close();
});

describe.skipIf(!onPostgres)('sync torture (PostgreSQL)', () => {
  it('a late commit is not skipped: A inserts, B inserts and commits, the client sees B; A commits, the next pull gets A', async () => {
    const client = await t.world.user(d.district, [['SYNC_CLIENT', d.district]]);
    let cursor = (await pullPage(client, null, 1000)).endCursor;
    const a = await connection();
    const b = await connection();
    await a.query('BEGIN');
    const late = await appendConfirmed(a, enrolments[0]!, 4);
    await b.query('BEGIN');
    const early = await appendConfirmed(b, enrolments[1]!, 5);
    await b.query('COMMIT');

    const first = await pullPage(client, cursor, 1000);
    expect(first.changes.map((c) => c.subjectId)).toEqual([early]);
    cursor = first.endCursor;

    await a.query('COMMIT');
    const second = await pullPage(client, cursor, 1000);
    expect(second.changes.map((c) => c.subjectId)).toEqual([late]);
    expect(BigInt(second.changes[0]!.sequence)).toBeGreaterThan(BigInt(first.changes[0]!.sequence));
    // Written first, committed last: a cursor on the write time (or an insert-time sequence) would have passed it.
    const events = await t.db.prisma.feedEvent.findMany({ where: { subjectId: { in: [late, early] } } });
    const at = (id: string) => events.find((event) => event.subjectId === id)!.occurredAt.getTime();
    expect(at(late)).toBeLessThanOrEqual(at(early));
  });

  it('two clients pulling while confirmations, reversals and late commits interleave end with exactly the ledger', async () => {
    const clientA = await t.world.user(d.district, [['SYNC_CLIENT', d.district]]);
    const clientB = await t.world.user(d.district, [['SYNC_CLIENT', d.district]]);
    let writing = true;
    const rolledBack: string[] = [];

    // Writers: confirmations through Prisma, reversals of earlier entries, and transactions that commit late.
    const writer = async (seed: number) => {
      const mine: Array<{ id: string; e: EnrolmentRef; hours: number }> = [];
      for (let i = 0; i < 40; i += 1) {
        const e = enrolments[(seed * 7 + i) % enrolments.length]!;
        if (i % 5 === 4 && mine.length) {
          const target = mine.shift()!;
          await appendConfirmedPrisma(target.e, -target.hours, target.id);
        } else {
          const hours = 1 + (i % 3);
          mine.push({ id: await appendConfirmedPrisma(e, hours), e, hours });
        }
        if (i % 8 === 0) await sleep(3);
      }
    };
    const lateWriter = async () => {
      const db = await connection();
      for (let i = 0; i < 6; i += 1) {
        await db.query('BEGIN');
        const id = await appendConfirmed(db, enrolments[i]!, 2);
        await sleep(150); // others commit and the clients pull meanwhile
        if (i === 3) {
          await db.query('ROLLBACK');
          rolledBack.push(id);
        } else {
          await db.query('COMMIT');
        }
      }
    };

    // Client A keeps its cursor; client B acknowledges each page and pulls without `after` (the server's position).
    const clientLoop = async (as: UserRef, acknowledging: boolean) => {
      const got: Received[] = [];
      let cursor: string | null = null;
      let pages = 0;
      for (;;) {
        const writersDone = !writing;
        const page = await pullPage(as, acknowledging ? null : cursor, 1 + ((pages * 13) % 40));
        pages += 1;
        got.push(...received(page));
        if (acknowledging && page.changes.length) {
          const result = await t.mutate(
            SyncFeedAcknowledgeCreditDocument,
            { cursor: page.endCursor, idempotencyKey: `b:${page.endCursor}` },
            { as },
          );
          expect(result.__typename).toBe('AcknowledgeFeedPayload');
        }
        cursor = page.endCursor;
        if (!page.hasMore && writersDone) return { got, pages };
        if (!page.hasMore) await sleep(2);
      }
    };

    const readers = Promise.all([clientLoop(clientA, false), clientLoop(clientB, true)]);
    await Promise.all([writer(1), writer(2), lateWriter()]);
    writing = false;
    const [a, b] = await readers;

    const ledger = await t.db.prisma.creditConfirmation.findMany({
      where: { level: 'DISTRICT', entry: { programmeId: p.id } },
      select: { entryId: true, entry: { select: { reversesId: true } } },
    });
    const expected = ledger.map((row) => row.entryId).sort();
    const feedCount = await t.db.prisma.feedEvent.count({
      where: { feed: 'CREDIT', orgPath: { startsWith: d.district.path } },
    });
    for (const { got, pages } of [a, b]) {
      expect(pages).toBeGreaterThan(3);
      // No duplicate, commit order.
      expect(new Set(got.map((c) => c.eventId)).size).toBe(got.length);
      for (let i = 1; i < got.length; i += 1) expect(got[i]!.sequence > got[i - 1]!.sequence).toBe(true);
      // Exactly the ledger: every district confirmation, reversals as explicit entries, nothing rolled back.
      expect(got.map((c) => c.subjectId).sort()).toEqual(expected);
      expect(got).toHaveLength(feedCount);
      const reversals = got.filter((c) => c.kind === 'CREDIT_REVERSED');
      expect(reversals.length).toBe(ledger.filter((row) => row.entry.reversesId).length);
      for (const r of reversals) expect(expected).toContain(r.reversesId);
      for (const id of rolledBack) expect(got.some((c) => c.subjectId === id)).toBe(false);
    }
    expect(a.got.map((c) => c.eventId)).toEqual(b.got.map((c) => c.eventId));
    // B's acknowledged position is the feed's end.
    const position = await t.db.prisma.feedAcknowledgement.findUniqueOrThrow({
      where: { principalId_feed: { principalId: clientB.id, feed: 'CREDIT' } },
    });
    expect(position.seq).toBe(b.got.at(-1)!.sequence);

    // 1,000 replayed acknowledgements: 20 keys, each sent 50 times with its body, shuffled, 10 at a time.
    const all = await pullAll(clientA);
    expect(all.length).toBeGreaterThan(40);
    const cursors = Array.from({ length: 20 }, (_, i) => all[Math.round((i * (all.length - 1)) / 19)]!);
    const calls = cursors.flatMap((cursor, i) => Array.from({ length: 50 }, () => ({ cursor, key: `replay-${i}` })));
    for (let i = calls.length - 1; i > 0; i -= 1) {
      const j = Math.floor(Math.random() * (i + 1));
      [calls[i], calls[j]] = [calls[j]!, calls[i]!];
    }
    expect(calls).toHaveLength(1000);
    const results = new Map<string, unknown[]>();
    for (let i = 0; i < calls.length; i += 10) {
      const batch = calls.slice(i, i + 10);
      const answers = await Promise.all(
        batch.map((call) =>
          t.mutate(
            SyncFeedAcknowledgeCreditDocument,
            { cursor: call.cursor, idempotencyKey: call.key },
            { as: clientA },
          ),
        ),
      );
      batch.forEach((call, k) => {
        results.set(call.key, [...(results.get(call.key) ?? []), answers[k]]);
      });
    }
    for (const [key, answers] of results) {
      expect(answers[0], key).toMatchObject({ __typename: 'AcknowledgeFeedPayload' });
      for (const answer of answers) expect(answer, key).toEqual(answers[0]);
    }
    const furthest = cursors.map((c) => BigInt(Buffer.from(c, 'base64url').toString().split(':')[2]!));
    const stored = await t.db.prisma.feedAcknowledgement.findUniqueOrThrow({
      where: { principalId_feed: { principalId: clientA.id, feed: 'CREDIT' } },
    });
    expect(stored.seq).toBe([...furthest].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)).at(-1));
    expect(await t.db.prisma.idempotencyRecord.count({ where: { principalId: clientA.id } })).toBe(20);
    // A used key with another body: refused, nothing changed.
    const reused = await t.mutate(
      SyncFeedAcknowledgeCreditDocument,
      { cursor: cursors[0]!, idempotencyKey: 'replay-1' },
      { as: clientA },
    );
    expect(reused).toMatchObject({ __typename: 'IdempotencyKeyReusedError', code: 'IDEMPOTENCY_KEY_REUSED' });
  }, 180_000);
});

/** Every change's cursor of the feed, from the beginning. */
async function pullAll(as: UserRef): Promise<string[]> {
  const cursors: string[] = [];
  let after: string | null = null;
  for (;;) {
    const res: GraphQLResponse<SyncFeedCreditChangesQuery> = await t.request(
      SyncFeedCreditChangesDocument,
      { after, first: 1000, fromBeginning: true },
      { as },
    );
    const page = res.data!.creditRecordChanges!;
    cursors.push(...page.changes.map((c) => c.cursor));
    after = page.endCursor;
    if (!page.hasMore) return cursors;
  }
}
