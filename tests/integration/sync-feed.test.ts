// The change feeds a provincial system pulls (credit records and roster) and their idempotent acknowledgements, through
// the real API against a migrated database, with the SDK's own operations (sdk/operations/sync-feed.graphql) and its
// `syncCreditRecords` helper. The concurrency guarantees (late commits, replays) are in sync-torture.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClient,
  SyncFeedAcknowledgeCreditDocument,
  SyncFeedAcknowledgeRosterDocument,
  type SyncFeedCreditChangeFieldsFragment,
  SyncFeedCreditChangesDocument,
  SyncFeedRosterChangesDocument,
  type SyncFeedRosterChangesQuery,
  syncCreditRecords,
} from '../../sdk/src/index.js';
import { type GraphQLResponse, type TestApp, testApp } from '../kit/app.js';
import type { DistrictWorld, EnrolmentRef, ProgrammeWorld, SchoolWorld, UserRef } from '../kit/world.js';

let t: TestApp;
let d: DistrictWorld;
let s: SchoolWorld;
let p: ProgrammeWorld;
let e: EnrolmentRef;
let client: UserRef;
let otherClient: UserRef;

/** A district-confirmed entry (the ledger is append-only: a reversal is an entry of its own). */
async function confirmedEntry(enrolment: EnrolmentRef, hours: number, reverses?: string) {
  const entry = await t.db.prisma.creditEntry.create({
    data: {
      programmeId: p.id,
      enrolmentId: enrolment.id,
      teacherId: enrolment.teacher.id,
      orgPath: enrolment.orgPath,
      source: reverses ? 'REVERSAL' : 'SCHOOL_PRACTICE',
      category: 'OFFLINE',
      hours,
      reversesId: reverses ?? null,
      basis: reverses ? { reason: 'entered twice' } : {},
      confirmations: {
        create: [
          { level: 'SCHOOL', orgPath: enrolment.orgPath },
          { level: 'DISTRICT', orgPath: enrolment.orgPath },
        ],
      },
    },
    select: { id: true },
  });
  return entry.id;
}

const pull = (as: UserRef | null, variables: { after?: string | null; first?: number; fromBeginning?: boolean }) =>
  t.request(SyncFeedCreditChangesDocument, variables, { as });

const ack = (as: UserRef, input: { cursor?: string; eventIds?: string[]; idempotencyKey: string }) =>
  t.mutate(SyncFeedAcknowledgeCreditDocument, input, { as });

let entries: string[];
let reversal: string;

beforeAll(async () => {
  t = await testApp();
  d = await t.world.district();
  s = await d.school();
  p = await d.programme({ status: 'RUNNING', schools: [s] });
  e = await p.teacher(s);
  client = await t.world.user(d.district, [['SYNC_CLIENT', d.district]]);
  const other = await t.world.district({ in: d });
  otherClient = await t.world.user(other.district, [['SYNC_CLIENT', other.district]]);
  entries = [await confirmedEntry(e, 25), await confirmedEntry(e, 12.5), await confirmedEntry(e, 3)];
  reversal = await confirmedEntry(e, -12.5, entries[1]);
  // An entry confirmed only by the school is not part of the confirmed record yet.
  await t.db.prisma.creditEntry.create({
    data: {
      programmeId: p.id,
      enrolmentId: e.id,
      teacherId: e.teacher.id,
      orgPath: e.orgPath,
      source: 'SCHOOL_PRACTICE',
      category: 'OFFLINE',
      hours: 7,
      confirmations: { create: { level: 'SCHOOL', orgPath: e.orgPath } },
    },
  });
}, 120_000);
afterAll(() => t?.close());

describe('credit-record feed', () => {
  it('gives the district-confirmed records in commit order, reversals as entries of their own, exact hours and UTC times', async () => {
    const { data, errors } = await pull(client, { fromBeginning: true, first: 1000 });
    expect(errors).toBeUndefined();
    const page = data!.creditRecordChanges!;
    expect(page.hasMore).toBe(false);
    expect(page.changes.map((c) => [c.kind, c.subjectId])).toEqual([
      ['CREDIT_CONFIRMED', entries[0]],
      ['CREDIT_CONFIRMED', entries[1]],
      ['CREDIT_CONFIRMED', entries[2]],
      ['CREDIT_REVERSED', reversal],
    ]);
    const sequences = page.changes.map((c) => BigInt(c.sequence));
    expect([...sequences].sort((a, b) => (a < b ? -1 : 1))).toEqual(sequences);
    expect(new Set(page.changes.map((c) => c.eventId)).size).toBe(4);
    const [first, , , reversed] = page.changes;
    expect(first!.record).toMatchObject({
      __typename: 'CreditRecord',
      entryId: entries[0],
      programmeId: p.id,
      enrolmentId: e.id,
      teacherId: e.teacher.id,
      schoolId: s.school.id,
      source: 'SCHOOL_PRACTICE',
      category: 'OFFLINE',
      hours: '25.00',
      reversesId: null,
    });
    expect(reversed!.record).toMatchObject({ hours: '-12.50', reversesId: entries[1], source: 'REVERSAL' });
    const record = first!.record as Extract<
      SyncFeedCreditChangeFieldsFragment['record'],
      { __typename: 'CreditRecord' }
    >;
    expect(record.confirmedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(record.earnedAt).toMatch(/Z$/);
    expect(Buffer.from(record.entryNodeId, 'base64').toString()).toBe(`CreditEntry:${entries[0]}`);
    expect(first!.occurredAt).toMatch(/Z$/);
    // The page's end is the last change's cursor.
    expect(page.endCursor).toBe(reversed!.cursor);
  });

  it('pages with opaque cursors and hasMore, and an empty page keeps its position', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { data } = await pull(client, { after, first: 1, fromBeginning: true });
      const page = data!.creditRecordChanges!;
      seen.push(...page.changes.map((c) => c.subjectId));
      pages += 1;
      after = page.endCursor;
      if (!page.hasMore) break;
    }
    expect(seen).toEqual([...entries, reversal]);
    expect(pages).toBe(4);
    const empty = (await pull(client, { after })).data!.creditRecordChanges!;
    expect(empty).toEqual({ changes: [], endCursor: after, hasMore: false });
  });

  it('shows each client its own scope only, and nobody else anything', async () => {
    const other = (await pull(otherClient, { fromBeginning: true })).data!.creditRecordChanges!;
    expect(other.changes).toEqual([]);
    for (const as of [d.admin, d.provinceAdmin, s.admin, e.teacher, null]) {
      const { data, errors } = await pull(as, { fromBeginning: true });
      expect(errors).toBeUndefined();
      expect(data!.creditRecordChanges).toBeNull();
    }
  });

  it('refuses a cursor it did not issue for this feed, and page sizes outside 1..1000, in the request’s language', async () => {
    const roster = (await t.request(SyncFeedRosterChangesDocument, { fromBeginning: true, first: 1 }, { as: client }))
      .data!.rosterChanges!.endCursor;
    const forged = Buffer.from('f1:CREDIT:1e3').toString('base64url');
    for (const after of ['nonsense', roster, forged, `${roster}=`, 'x'.repeat(300)]) {
      const res = await pull(client, { after });
      expect(res.errors?.[0]?.extensions?.code, after).toBe('INVALID_CURSOR');
      expect(res.data?.creditRecordChanges ?? null).toBeNull();
    }
    const zh = await t.request(SyncFeedCreditChangesDocument, { after: roster }, { as: client, locale: 'zh-CN' });
    expect(zh.errors?.[0]?.message).toMatch(/另一个变更流/);
    for (const first of [0, 1001, -1]) {
      const res = await pull(client, { first });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('reads a page of 1000 with as many statements as a page of 1', async () => {
    const query = `query($first: Int) { creditRecordChanges(first: $first, fromBeginning: true) {
      changes { eventId sequence kind record { __typename ... on CreditRecord { entryId hours } } } endCursor hasMore } }`;
    const small = await t.statementsFor(query, { first: 1 }, { as: client });
    const large = await t.statementsFor(query, { first: 1000 }, { as: client });
    expect(small.data.creditRecordChanges.changes).toHaveLength(1);
    expect(large.data.creditRecordChanges.changes).toHaveLength(4);
    expect(large.count).toBe(small.count);
    expect(small.count).toBeLessThanOrEqual(2);
  });
});

describe('acknowledgements', () => {
  it('move the position forward, never back; a pull without `after` resumes there', async () => {
    const page = (await pull(client, { fromBeginning: true, first: 2 })).data!.creditRecordChanges!;
    const moved = await ack(client, { cursor: page.endCursor, idempotencyKey: 'first-two' });
    expect(moved).toMatchObject({
      __typename: 'AcknowledgeFeedPayload',
      acknowledgedCursor: page.endCursor,
      acknowledgedCount: 2,
      unknownEventIds: [],
    });
    const resumed = (await pull(client, {})).data!.creditRecordChanges!;
    expect(resumed.changes.map((c) => c.subjectId)).toEqual([entries[2], reversal]);
    const older = page.changes[0]!.cursor;
    const back = await ack(client, { cursor: older, idempotencyKey: 'older' });
    expect(back).toMatchObject({ acknowledgedCursor: page.endCursor, acknowledgedCount: 0 });
    const stored = await t.db.prisma.feedAcknowledgement.findUniqueOrThrow({
      where: { principalId_feed: { principalId: client.id, feed: 'CREDIT' } },
    });
    expect(stored.seq.toString()).toBe(page.changes[1]!.sequence);
  });

  it('same key and body: the same result without acknowledging again; same key, other body: IDEMPOTENCY_KEY_REUSED', async () => {
    const all = (await pull(client, { fromBeginning: true, first: 1000 })).data!.creditRecordChanges!;
    const first = await ack(client, { cursor: all.endCursor, idempotencyKey: 'to-the-end' });
    expect(first).toMatchObject({ acknowledgedCursor: all.endCursor, acknowledgedCount: 2 });
    const again = await ack(client, { cursor: all.endCursor, idempotencyKey: 'to-the-end' });
    expect(again).toEqual(first);
    const before = await t.db.prisma.idempotencyRecord.count();
    const reused = await ack(client, { cursor: all.changes[0]!.cursor, idempotencyKey: 'to-the-end' });
    expect(reused).toMatchObject({ __typename: 'IdempotencyKeyReusedError', code: 'IDEMPOTENCY_KEY_REUSED' });
    const zh = await t.mutate(
      SyncFeedAcknowledgeCreditDocument,
      { eventIds: [all.changes[0]!.eventId], idempotencyKey: 'to-the-end' },
      { as: client, locale: 'zh-CN' },
    );
    expect(zh).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect((zh as { message: string }).message).toMatch(/幂等键/);
    expect(await t.db.prisma.idempotencyRecord.count()).toBe(before);
    // Another client's key of the same name is its own.
    const theirs = await ack(otherClient, { eventIds: [all.changes[0]!.eventId], idempotencyKey: 'to-the-end' });
    expect(theirs).toMatchObject({ __typename: 'AcknowledgeFeedPayload', unknownEventIds: [all.changes[0]!.eventId] });
  });

  it('acknowledge single events of the scope; others are reported unknown', async () => {
    const all = (await pull(client, { fromBeginning: true })).data!.creditRecordChanges!;
    const unknown = '00000000-0000-4000-8000-000000000000';
    const result = await ack(client, {
      eventIds: [all.changes[3]!.eventId, unknown, 'not-an-id'],
      idempotencyKey: 'by-id',
    });
    expect(result).toMatchObject({ acknowledgedCount: 1, unknownEventIds: [unknown, 'not-an-id'] });
    expect(
      await t.db.prisma.feedEventAcknowledgement.count({
        where: { principalId: client.id, eventId: all.changes[3]!.eventId },
      }),
    ).toBe(1);
  });

  it('refuse bad input with a code and change nothing', async () => {
    const rosterCursor = (
      await t.request(SyncFeedRosterChangesDocument, { fromBeginning: true, first: 1 }, { as: client })
    ).data!.rosterChanges!.endCursor;
    const beyond = Buffer.from('f1:CREDIT:999999999').toString('base64url');
    const before = await t.db.prisma.feedAcknowledgement.findMany({ where: { principalId: client.id } });
    expect(await ack(client, { cursor: rosterCursor, idempotencyKey: 'bad-1' })).toMatchObject({
      __typename: 'InvalidCursorError',
      code: 'INVALID_CURSOR',
      reason: 'OTHER_FEED',
    });
    expect(await ack(client, { cursor: beyond, idempotencyKey: 'bad-2' })).toMatchObject({ reason: 'BEYOND_END' });
    expect(await ack(client, { cursor: 'garbage', idempotencyKey: 'bad-3' })).toMatchObject({ reason: 'MALFORMED' });
    expect(await ack(client, { idempotencyKey: 'bad-4' })).toMatchObject({ __typename: 'ValidationError' });
    expect(await ack(client, { cursor: beyond, idempotencyKey: ' ' })).toMatchObject({ __typename: 'ValidationError' });
    expect(await t.db.prisma.feedAcknowledgement.findMany({ where: { principalId: client.id } })).toEqual(before);
    expect(await t.db.prisma.idempotencyRecord.count({ where: { key: { startsWith: 'bad-' } } })).toBe(0);
    // People may not acknowledge: the feed does not exist for them.
    expect(await ack(d.admin, { cursor: beyond, idempotencyKey: 'human' })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('roster feed', () => {
  it('gives people without contact details, schools, enrolments, and removals as tombstones', async () => {
    const removed = await p.teacher(s);
    await t.db.prisma.enrolment.delete({ where: { id: removed.id } });
    const changes: Array<{ kind: string; subjectId: string; record: Record<string, unknown> }> = [];
    let after: string | null = null;
    for (;;) {
      const res: GraphQLResponse<SyncFeedRosterChangesQuery> = await t.request(
        SyncFeedRosterChangesDocument,
        { after, first: 1000, fromBeginning: true },
        { as: client },
      );
      const page = res.data!.rosterChanges!;
      changes.push(...(page.changes as typeof changes));
      after = page.endCursor;
      if (!page.hasMore) break;
    }
    const teacher = changes.find((c) => c.kind === 'PERSON_CHANGED' && c.subjectId === e.teacher.id);
    expect(teacher?.record).toMatchObject({
      __typename: 'RosterPerson',
      personId: e.teacher.id,
      login: e.teacher.login,
    });
    expect(JSON.stringify(changes)).not.toMatch(/@test\.invalid|nationalId/);
    expect(changes.find((c) => c.kind === 'SCHOOL_CHANGED' && c.subjectId === s.school.id)?.record).toMatchObject({
      __typename: 'RosterSchool',
      code: s.school.code,
      parentId: d.district.id,
    });
    expect(changes.find((c) => c.kind === 'ENROLMENT_CHANGED' && c.subjectId === e.id)?.record).toMatchObject({
      __typename: 'RosterEnrolment',
      programmeId: p.id,
      teacherId: e.teacher.id,
      schoolId: s.school.id,
    });
    const tombstone = changes.find((c) => c.kind === 'ENROLMENT_REMOVED');
    expect(tombstone).toMatchObject({
      subjectId: removed.id,
      record: {
        __typename: 'RosterRemoval',
        subject: 'ENROLMENT',
        id: removed.id,
        enrolment: { programmeId: p.id, teacherId: removed.teacher.id, schoolId: s.school.id },
      },
    });
    // The other district's client sees none of it.
    const theirs = await t.request(
      SyncFeedRosterChangesDocument,
      { fromBeginning: true, first: 1000 },
      { as: otherClient },
    );
    expect(theirs.data!.rosterChanges!.changes.some((c) => c.subjectId === e.id || c.subjectId === s.school.id)).toBe(
      false,
    );
    const acknowledged = await t.mutate(
      SyncFeedAcknowledgeRosterDocument,
      { cursor: after!, idempotencyKey: 'roster-all' },
      { as: client },
    );
    expect(acknowledged).toMatchObject({ acknowledgedCursor: after });
  });
});

describe('SDK syncCreditRecords', () => {
  it('pulls, saves and acknowledges page by page; a crash after handling a page replays it, nothing is lost', async () => {
    const c = await t.world.user(d.district, [['SYNC_CLIENT', d.district]]);
    const sdk = createClient({
      url: 'http://yoga/graphql',
      getToken: () => t.tokenFor(c),
      fetch: (input, init) => Promise.resolve(t.app.fetch(String(input), init ?? {})),
    });
    let saved: string | null = null;
    const store = new Map<string, string>();
    const handled: string[] = [];
    let crashAfter = 2;
    const options = {
      client: sdk,
      pageSize: 1,
      loadCursor: async () => saved,
      saveCursor: async (cursor: string) => {
        if (crashAfter-- === 0) throw new Error('crash before saving');
        saved = cursor;
      },
      handle: async (changes: readonly SyncFeedCreditChangeFieldsFragment[]) => {
        for (const change of changes) {
          handled.push(change.eventId);
          store.set(change.eventId, change.subjectId);
        }
      },
    };
    await expect(syncCreditRecords(options)).rejects.toThrow('crash before saving');
    expect(handled).toHaveLength(3);
    const result = await syncCreditRecords(options);
    // The third page is handled again (the helper's `handle` is idempotent: keyed by event id).
    expect(handled).toHaveLength(3 + 2);
    expect(handled[2]).toBe(handled[3]);
    expect(result).toMatchObject({ changes: 2 });
    expect([...store.values()]).toEqual([...entries, reversal]);
    const position = await t.db.prisma.feedAcknowledgement.findUniqueOrThrow({
      where: { principalId_feed: { principalId: c.id, feed: 'CREDIT' } },
    });
    expect(saved).toBe(result.cursor);
    expect(Buffer.from(saved!, 'base64url').toString()).toBe(`f1:CREDIT:${position.seq}`);
    // Up to date: another run pulls one empty page and handles nothing.
    expect(await syncCreditRecords(options)).toMatchObject({ pages: 1, changes: 0 });
  });
});

describe('certificates and closing in the credit-record feed', () => {
  it('issue and revocation as explicit changes with the credential URL; a school closing', async () => {
    const p2 = await d.programme({ status: 'RUNNING', schools: [s] });
    const e2 = await p2.teacher(s);
    const start = (await pull(client, { fromBeginning: true, first: 1000 })).data!.creditRecordChanges!.endCursor;
    const key = await t.db.prisma.issuerKey.create({
      data: { kid: `test-${e2.id}`, alg: 'ES256', publicJwk: {}, privateJwk: 'sealed' },
    });
    const certificate = await t.db.prisma.certificate.create({
      data: {
        kind: 'COMPLETION',
        programmeId: p2.id,
        enrolmentId: e2.id,
        teacherId: e2.teacher.id,
        orgPath: e2.orgPath,
        keyId: key.kid,
        credential: 'header.payload.signature',
      },
    });
    await t.db.prisma.certificate.update({
      where: { id: certificate.id },
      data: { revokedAt: new Date('2026-12-02T10:00:00Z'), revocationReason: 'issued in error' },
    });
    await t.db.prisma.schoolCompletion.create({
      data: { programmeId: p2.id, schoolId: s.school.id, orgPath: s.school.path },
    });
    await t.db.prisma.schoolCompletion.update({
      where: { programmeId_schoolId: { programmeId: p2.id, schoolId: s.school.id } },
      data: { closedAt: new Date('2026-12-02T11:00:00Z') },
    });
    const page = (await pull(client, { after: start, first: 1000 })).data!.creditRecordChanges!;
    expect(page.changes.map((c) => c.kind)).toEqual(['CERTIFICATE_ISSUED', 'CERTIFICATE_REVOKED', 'SCHOOL_CLOSED']);
    const [issued, revoked, closed] = page.changes;
    expect(issued!.record).toMatchObject({
      __typename: 'CertificateRecord',
      certificateId: certificate.id,
      kind: 'COMPLETION',
      teacherId: e2.teacher.id,
      revoked: false,
      revokedAt: null,
    });
    expect((issued!.record as { credentialUrl: string }).credentialUrl).toMatch(
      new RegExp(`/credentials/${certificate.id}$`),
    );
    expect(revoked!.record).toMatchObject({
      revoked: true,
      revokedAt: '2026-12-02T10:00:00.000Z',
      revocationReason: 'issued in error',
    });
    expect(closed!.record).toMatchObject({
      __typename: 'SchoolClosingRecord',
      schoolId: s.school.id,
      programmeId: p2.id,
      closedAt: '2026-12-02T11:00:00.000Z',
    });
  });
});
