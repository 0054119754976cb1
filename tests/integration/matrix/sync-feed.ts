/**
 * Rows of the sync feeds (provincial sync, issue 14): open to sync clients only. A tenant's sync client sees its own
 * district's changes and acknowledges them; another district's changes are not in its feed (and their event ids come
 * back as unknown); people find no feed at all (null, NOT_FOUND). Each tenant gets a district-confirmed entry and its
 * confirmed reversal (net zero hours: no other row's outcome moves), so the credit feed has something to show.
 */
import { randomUUID } from 'node:crypto';
import type { UserRef } from '../../kit/world.js';
import { ask, matrix, type Outcome, type Row, type Tenant } from './kit.js';

interface Objects {
  entryId: string;
  creditEventId: string;
  rosterEventId: string;
}

const objects = (x: Tenant) => x.extra.syncFeed as Objects;

export async function prepare(target: Tenant): Promise<void> {
  const prisma = matrix.t.db.prisma;
  const e = target.enrolment;
  const confirmations = {
    create: [
      { level: 'SCHOOL' as const, orgPath: e.orgPath },
      { level: 'DISTRICT' as const, orgPath: e.orgPath },
    ],
  };
  const base = {
    programmeId: target.p.id,
    enrolmentId: e.id,
    teacherId: e.teacher.id,
    orgPath: e.orgPath,
    category: 'OFFLINE' as const,
  };
  const entry = await prisma.creditEntry.create({
    data: { ...base, source: 'SCHOOL_PRACTICE', hours: 1, confirmations },
    select: { id: true },
  });
  await prisma.creditEntry.create({
    data: { ...base, source: 'REVERSAL', hours: -1, reversesId: entry.id, basis: { reason: 'matrix' }, confirmations },
  });
  const credit = await prisma.feedEvent.findFirstOrThrow({ where: { subjectId: entry.id, kind: 'CREDIT_CONFIRMED' } });
  const roster = await prisma.feedEvent.findFirstOrThrow({ where: { subjectId: e.id, kind: 'ENROLMENT_CHANGED' } });
  target.extra.syncFeed = { entryId: entry.id, creditEventId: credit.id, rosterEventId: roster.id } satisfies Objects;
}

/** Whether `as` finds the subject in the feed, reading it from the beginning. */
const inFeed =
  (field: 'creditRecordChanges' | 'rosterChanges', subject: (x: Tenant) => string): Row['run'] =>
  async (x, as) => {
    let after: string | null = null;
    for (;;) {
      const page = await ask(
        `query($after: String) { ${field}(after: $after, first: 1000, fromBeginning: true) { changes { subjectId } endCursor hasMore } }`,
        { after },
        as,
      );
      if (!page) return 'missing';
      if (page.changes.some((change: { subjectId: string }) => change.subjectId === subject(x))) return 'allowed';
      if (!page.hasMore) return 'missing';
      after = page.endCursor;
    }
  };

/** Acknowledging the tenant's event by id: `allowed` when it was in the viewer's scope, `missing` otherwise. */
const acknowledges =
  (field: string, inputType: string, eventId: (x: Tenant) => string): Row['run'] =>
  async (x: Tenant, as: UserRef | null): Promise<Outcome> => {
    const result = await ask(
      `mutation($input: ${inputType}!) { ${field}(input: $input) { __typename ... on AcknowledgeFeedPayload { unknownEventIds } } }`,
      { input: { eventIds: [eventId(x)], idempotencyKey: randomUUID() } },
      as,
    );
    if (result.__typename === 'NotFoundError') return 'missing';
    if (result.__typename === 'ForbiddenActionError') return 'forbidden';
    if (result.__typename !== 'AcknowledgeFeedPayload') throw new Error(`${field}: ${result.__typename}`);
    return result.unknownEventIds.length ? 'missing' : 'allowed';
  };

const CLIENT_ONLY = { syncClient: 'allowed' } as const;

export const rows: Record<string, Row> = {
  'Query.creditRecordChanges': {
    run: inFeed('creditRecordChanges', (x) => objects(x).entryId),
    own: CLIENT_ONLY,
    clients: true,
  },
  'Query.rosterChanges': {
    run: inFeed('rosterChanges', (x) => x.enrolment.id),
    own: CLIENT_ONLY,
    clients: true,
  },
  'Mutation.acknowledgeCreditRecords': {
    run: acknowledges('acknowledgeCreditRecords', 'AcknowledgeCreditRecordsInput', (x) => objects(x).creditEventId),
    own: CLIENT_ONLY,
    clients: true,
  },
  'Mutation.acknowledgeRosterChanges': {
    run: acknowledges('acknowledgeRosterChanges', 'AcknowledgeRosterChangesInput', (x) => objects(x).rosterEventId),
    own: CLIENT_ONLY,
    clients: true,
  },
};
