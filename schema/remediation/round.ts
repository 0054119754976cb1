/**
 * The RemedialRound type (补学): a teacher who failed studies again, in the same programme or the next one, with what
 * they earned and had confirmed carried over. Seen by the teacher and the admins over the school (credit:read);
 * everyone else finds it missing. Also: which enrolments are remedial (not eligible for excellent awards).
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import type { PrismaClient, Transaction } from '../../api/db/client.js';
import { builder } from '../builder.js';
import { historyField } from '../history/index.js';
import { registerResource, scopeOf } from '../shared/index.js';
import {
  type CarriedSummary,
  type CreditCategoryValue,
  type CreditSourceValue,
  carriedEntries,
  carriedSummary,
  type LedgerEntry,
} from './rules.js';

type Db = PrismaClient | Transaction;

/** Who sees a round: the teacher, and the readers of credit hours over the school (credit:read). */
export function canSeeRound(context: Context, round: { teacherId: string; orgPath: string }): boolean {
  const viewer = context.viewer;
  return (
    round.teacherId === viewer.user?.id || scopeOf(viewer, 'credit:read').some((root) => round.orgPath.startsWith(root))
  );
}

/** The same rule as a Prisma filter on RemedialRound (a top-level OR). */
export function roundVisibleWhere(context: Context) {
  const viewer = context.viewer;
  return {
    OR: [
      ...(viewer.user ? [{ enrolment: { teacherId: viewer.user.id } }] : []),
      ...viewer.within('orgPath', scopeOf(viewer, 'credit:read')).OR,
    ],
  };
}

/** What the type-level check reads besides the row itself. */
export const ROUND_INCLUDE = { enrolment: { select: { teacherId: true } } } as const;

/** The hours a round carried over (or, for a round in the same programme, that were earned before it). */
const RemedialCarriedHours = builder.objectRef<CarriedSummary>('RemedialCarriedHours').implement({
  description:
    'What a remedial round carried over: the ledger entries earned and confirmed by the district before it, net of reversals, in hours ' +
    '(two decimals).',
  fields: (t) => ({
    entries: t.exposeInt('entries', { description: 'Ledger entries carried over.' }),
    online: t.exposeFloat('online', { description: 'Online hours carried over.' }),
    offline: t.exposeFloat('offline', { description: 'Offline (practice) hours carried over.' }),
    total: t.exposeFloat('total', { description: 'Hours carried over in all: online + offline.' }),
  }),
});

interface RoundLedgerRow extends LedgerEntry {
  roundId: string;
  same: boolean;
  startedAt: Date;
  /** The round a carried copy was made by (its basis.remedialRoundId); null for other entries. */
  copyRoundId: string | null;
}

/**
 * The carried hours of each round asked about, in one statement: the ledger of each round's enrolment with the
 * district's confirmation times. A round in the same programme copies nothing: what counts is what the carry rule
 * keeps of the entries earned before its start. A round in the next programme counts the copies it made.
 */
export async function loadCarriedHours(db: Db, roundIds: readonly string[]): Promise<Map<string, CarriedSummary>> {
  if (roundIds.length === 0) return new Map();
  const rows = await db.$queryRaw<RoundLedgerRow[]>`
    SELECT r.id AS "roundId", (r."enrolmentId" = r."failedEnrolmentId") AS same, r."startedAt",
           e.id, e.source::text AS source, e.category::text AS category, e.hours::float8 AS hours,
           e."reversesId", e."createdAt", e.basis->>'remedialRoundId' AS "copyRoundId",
           (SELECT min(c."confirmedAt") FROM "CreditConfirmation" c
             WHERE c."entryId" = e.id AND c.level = 'DISTRICT') AS "districtConfirmedAt"
      FROM "RemedialRound" r
      JOIN "CreditEntry" e ON e."enrolmentId" = r."enrolmentId"
     WHERE r.id = ANY(${[...new Set(roundIds)]}::text[])`;
  const byRound = new Map<string, RoundLedgerRow[]>(roundIds.map((id) => [id, []]));
  for (const row of rows) byRound.get(row.roundId)?.push(row);
  return new Map(
    [...byRound].map(([roundId, ledger]) => {
      const first = ledger[0];
      if (!first) return [roundId, carriedSummary([])];
      const kept = first.same
        ? carriedEntries(ledger, first.startedAt)
        : ledger.filter((entry) => entry.copyRoundId === roundId);
      return [roundId, carriedSummary(kept)];
    }),
  );
}

const carriedLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, CarriedSummary>(async (ids) => {
      const found = await loadCarriedHours(context.db.prisma, ids);
      return ids.map((id) => found.get(id) ?? carriedSummary([]));
    }),
);

export const RemedialRound = builder.prismaNode('RemedialRound', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A remedial round (补学) of a teacher who failed a programme: studied in the same programme (on the failed enrolment) or in a later ' +
    'programme of the district (a new enrolment, with the ledger entries earned and confirmed before carried over as marked copies). ' +
    'Remedial teachers are not eligible for excellent awards (此类教师不参加评优). Seen by the teacher and the admins over the school; ' +
    'missing for anyone else.',
  include: ROUND_INCLUDE,
  findUnique: (id, context) => ({ id, ...roundVisibleWhere(context) }),
  authScopes: (round, context) =>
    canSeeRound(context, { teacherId: round.enrolment.teacherId, orgPath: round.orgPath }),
  fields: (t) => ({
    round: t.exposeInt('round', { description: 'The round’s number for the failed enrolment: 1, 2, …' }),
    reason: t.exposeString('reason', {
      nullable: true,
      description: 'Why, and the measures agreed with the programme unit (at most 500 characters).',
    }),
    startedAt: t.expose('startedAt', {
      type: 'DateTime',
      description:
        'When the round started. In a round of the same programme, the ledger entries appended before this are the ones earned before the ' +
        'round.',
    }),
    sameProgramme: t.boolean({
      description: 'True when the round is studied in the failed programme itself (on the failed enrolment).',
      select: { enrolmentId: true, failedEnrolmentId: true },
      resolve: (round) => round.enrolmentId === round.failedEnrolmentId,
    }),
    failedEnrolment: t.relation('failedEnrolment', {
      nullable: true,
      description: 'The enrolment the teacher failed.',
    }),
    enrolment: t.relation('enrolment', {
      nullable: true,
      description: 'The enrolment the round is studied in: the failed one, or the new one in the later programme.',
    }),
    carriedHours: t.field({
      type: RemedialCarriedHours,
      description:
        'What was carried over: in a round of the next programme, the marked copies it made in the new enrolment’s ledger ' +
        '(`CreditEntry.carriedFrom`); in a round of the same programme, the entries of the enrolment earned and confirmed by the district ' +
        'before `startedAt` and not reversed. One statement for a page of rounds.',
      resolve: (round, _args, context) => carriedLoader(context).load(round.id),
    }),
    history: historyField('RemedialRound')(t),
  }),
});

/** A round as actions see it: the teacher owns it; it belongs to the school in the programme it is studied in. */
registerResource('RemedialRound', async (ids, context) => {
  const rows = await context.db.prisma.remedialRound.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, orgPath: true, enrolment: { select: { teacherId: true, programmeId: true } } },
  });
  return new Map(
    rows.map((row) => {
      const round = { teacherId: row.enrolment.teacherId, orgPath: row.orgPath };
      return [
        row.id,
        {
          paths: [row.orgPath],
          ownerId: round.teacherId,
          visible: canSeeRound(context, round),
          programmeId: row.enrolment.programmeId,
        },
      ] as const;
    }),
  );
});

/**
 * The latest remedial round of each enrolment asked about that is remedial: studied in a round, or failed and enrolled
 * in one (moved on to a later programme). One statement; enrolments with no round are absent.
 */
export async function latestRemedialRounds(db: Db, enrolmentIds: readonly string[]): Promise<Map<string, number>> {
  if (enrolmentIds.length === 0) return new Map();
  const ids = [...new Set(enrolmentIds)];
  const rows = await db.$queryRaw<Array<{ id: string; round: number }>>`
    SELECT x.id, max(x.round)::int AS round FROM (
      SELECT "enrolmentId" AS id, round FROM "RemedialRound" WHERE "enrolmentId" = ANY(${ids}::text[])
      UNION ALL
      SELECT "failedEnrolmentId" AS id, round FROM "RemedialRound" WHERE "failedEnrolmentId" = ANY(${ids}::text[])
    ) x GROUP BY x.id`;
  return new Map(rows.map((row) => [row.id, row.round]));
}

/**
 * Which of these enrolments are remedial (补学): studied in a remedial round, or failed and enrolled in one. Such
 * teachers are not eligible for excellent awards (nominations, excellent-trainee certificates). One statement.
 */
export async function remedialEnrolmentIds(db: Db, enrolmentIds: readonly string[]): Promise<Set<string>> {
  return new Set((await latestRemedialRounds(db, enrolmentIds)).keys());
}

const remedialLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, number | null>(async (ids) => {
      const found = await latestRemedialRounds(context.db.prisma, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
);

/** The teacher's own records and the admins over their school. */
const enrolmentReaders = (enrolment: { orgPath: string; teacherId: string }) => ({
  paths: [enrolment.orgPath],
  ownerId: enrolment.teacherId,
});

builder.prismaObjectFields('Enrolment', (t) => ({
  remedialRounds: t.relation('remedialRounds', {
    nullable: true,
    description:
      'The remedial rounds (补学) studied in this enrolment, oldest first: rounds of the same programme (on this enrolment) or the round ' +
      'that enrolled the teacher here from an earlier programme. Empty when none. For the teacher and the admins over the school (action ' +
      'credit:read); null for anyone else.',
    authorize: { action: 'credit:read', resource: enrolmentReaders },
    query: { orderBy: [{ startedAt: 'asc' }, { id: 'asc' }] },
  }),
  remedial: t.boolean({
    nullable: true,
    description:
      'True when the teacher is remedial in this enrolment (补学): studying it in a remedial round, or having failed it and been enrolled ' +
      'in a round: not eligible for excellent awards (此类教师不参加评优). For the teacher, their class’s tutors and the admins over the ' +
      'school (action score:read); null for anyone else. One statement for a page of enrolments.',
    authorize: { action: 'score:read', resource: (enrolment) => ({ kind: 'Enrolment', id: enrolment.id }) },
    resolve: async (enrolment, _args, context) => (await remedialLoader(context).load(enrolment.id)) !== null,
  }),
}));

/** What a carried ledger entry's copy reads of the original. */
export interface CarriedSource extends LedgerEntry {
  basis: unknown;
  evidenceId: string | null;
  confirmations: Array<{ level: 'SCHOOL' | 'DISTRICT'; confirmedById: string | null }>;
}

/** An enrolment's whole ledger as the carry rule reads it, with what a copy needs (one statement). */
export async function loadLedger(db: Db, enrolmentId: string): Promise<CarriedSource[]> {
  const rows = await db.creditEntry.findMany({
    where: { enrolmentId },
    select: {
      id: true,
      source: true,
      category: true,
      hours: true,
      reversesId: true,
      createdAt: true,
      basis: true,
      evidenceId: true,
      confirmations: { select: { level: true, confirmedById: true, confirmedAt: true } },
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map((row) => {
    const district = row.confirmations.filter((c) => c.level === 'DISTRICT').map((c) => c.confirmedAt.getTime());
    return {
      id: row.id,
      source: row.source as CreditSourceValue,
      category: row.category as CreditCategoryValue,
      hours: Number(row.hours),
      reversesId: row.reversesId,
      createdAt: row.createdAt,
      districtConfirmedAt: district.length ? new Date(Math.min(...district)) : null,
      basis: row.basis,
      evidenceId: row.evidenceId,
      confirmations: row.confirmations.map(({ level, confirmedById }) => ({ level, confirmedById })),
    };
  });
}
