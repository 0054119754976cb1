/**
 * The CreditEntry type (学时记录): one append-only line of a teacher's credit-hour ledger, with what produced it, its
 * confirmations and the reversal that corrected it. Seen by the teacher and the admins over the school (credit:read);
 * everyone else finds it missing.
 */
import { createContextCache } from '@pothos/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import {
  CreditCategory as CreditCategoryValues,
  CreditLevel as CreditLevelValues,
  CreditSource as CreditSourceValues,
} from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { registerResource, scopeOf } from '../shared/index.js';

export const CreditSource = builder.enumType(CreditSourceValues, {
  name: 'CreditSource',
  description:
    'What produced a credit-hour entry: ONLINE_STUDY (credited automatically when the online study passes), SCHOOL_PRACTICE ' +
    '(offline practice the school entered), GROUP_ACTIVITY (completed school-based group activities), MANUAL_ENTRY (entered by ' +
    'an admin), REVERSAL (a correction: the negated hours of the entry it reverses).',
});

export const CreditCategory = builder.enumType(CreditCategoryValues, {
  name: 'CreditCategory',
  description: 'ONLINE: online study hours (线上); OFFLINE: practice and school-based hours (线下/实践).',
});

export const CreditLevel = builder.enumType(CreditLevelValues, {
  name: 'CreditLevel',
  description: 'Who confirmed an entry: SCHOOL (学校确认) or DISTRICT (区县审核确认).',
});

/** Who sees a teacher's ledger: the teacher, and the admins over the school (credit:read). */
export function canSeeCreditEntry(context: Context, entry: { teacherId: string; orgPath: string }): boolean {
  const viewer = context.viewer;
  return (
    entry.teacherId === viewer.user?.id || scopeOf(viewer, 'credit:read').some((root) => entry.orgPath.startsWith(root))
  );
}

/** The same rule as a Prisma filter on CreditEntry. */
export function creditEntryVisibleWhere(context: Context) {
  const viewer = context.viewer;
  return {
    OR: [
      ...(viewer.user ? [{ teacherId: viewer.user.id }] : []),
      ...viewer.within('orgPath', scopeOf(viewer, 'credit:read')).OR,
    ],
  };
}

/** Display names of people by id, one statement per request (who entered or confirmed entries on a page). */
const namesLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, string | null>(async (ids) => {
      const rows = await context.db.prisma.user.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, displayName: true },
      });
      const byId = new Map(rows.map((row) => [row.id, row.displayName]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
);

/** Group activities by id with what the query selects of them: one statement for every entry of a page. */
const activityLoaders = createContextCache(() => new Map<string, DataLoader<string, unknown>>());
function loadActivities(context: Context, query: object, ids: readonly string[]) {
  const key = JSON.stringify(query);
  const loaders = activityLoaders(context);
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader(async (wanted: readonly string[]) => {
      const rows = (await context.db.prisma.groupActivity.findMany({
        ...query,
        where: { id: { in: [...wanted] } },
      })) as Array<{ id: string }>;
      const byId = new Map(rows.map((row) => [row.id, row]));
      return wanted.map((id) => byId.get(id) ?? null);
    });
    loaders.set(key, loader);
  }
  return loader.loadMany([...ids]);
}

/** The stored basis (JSON) of an entry, as its source writes it. */
interface BasisShape {
  source: string;
  score?: number;
  minutes?: number;
  activityIds?: string[];
  evidenceIds?: string[];
  reason?: string;
}

const basisOf = (entry: { source: string; basis: unknown }): BasisShape => {
  const basis = (entry.basis && typeof entry.basis === 'object' ? entry.basis : {}) as Record<string, unknown>;
  const strings = (value: unknown) =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
  return {
    source: entry.source,
    score: typeof basis.score === 'number' ? basis.score : undefined,
    minutes: typeof basis.minutes === 'number' ? basis.minutes : undefined,
    activityIds: strings(basis.activityIds),
    evidenceIds: strings(basis.evidenceIds),
    reason: typeof basis.reason === 'string' ? basis.reason : undefined,
  };
};

export const CreditBasis = builder.objectRef<BasisShape>('CreditBasis').implement({
  description:
    'What produced a credit-hour entry, by its source: the online score and credited minutes (ONLINE_STUDY), the group ' +
    'activities (GROUP_ACTIVITY), the evidence pieces (SCHOOL_PRACTICE), the reason (REVERSAL). Fields that do not apply are null.',
  fields: (t) => ({
    score: t.float({
      nullable: true,
      description: 'ONLINE_STUDY: the online study’s total score (points) when it passed.',
      resolve: (basis) => basis.score ?? null,
    }),
    minutes: t.int({
      nullable: true,
      description: 'ONLINE_STUDY: the credited viewing minutes then.',
      resolve: (basis) => basis.minutes ?? null,
    }),
    activityIds: t.idList({
      nullable: true,
      description: 'GROUP_ACTIVITY: the completed group activities credited (GroupActivity global IDs).',
      resolve: (basis) =>
        basis.activityIds ? basis.activityIds.map((id) => encodeGlobalID('GroupActivity', id)) : null,
    }),
    activities: t.prismaField({
      type: ['GroupActivity'],
      nullable: { list: true, items: true },
      description:
        'GROUP_ACTIVITY: the completed group activities credited (null items for those the viewer may not see). Read in one ' +
        'statement for the page.',
      resolve: async (query, basis, _args, context) =>
        basis.activityIds
          ? ((await loadActivities(context, query, basis.activityIds)).map((row) =>
              row instanceof Error ? null : row,
            ) as never)
          : null,
    }),
    evidenceIds: t.idList({
      nullable: true,
      description: 'SCHOOL_PRACTICE: the evidence pieces the hours were entered for (Evidence global IDs).',
      resolve: (basis) => (basis.evidenceIds ? basis.evidenceIds.map((id) => encodeGlobalID('Evidence', id)) : null),
    }),
    reason: t.string({
      nullable: true,
      description: 'REVERSAL: why the entry was reversed.',
      resolve: (basis) => basis.reason ?? null,
    }),
  }),
});

export const CreditState = builder.enumType('CreditState', {
  description: 'How far an entry is confirmed (from its confirmations).',
  values: {
    PENDING: { description: 'Not confirmed yet (待确认).' },
    SCHOOL_CONFIRMED: { description: 'Confirmed by the school (学校已确认); online hours are, automatically.' },
    DISTRICT_CONFIRMED: { description: 'Confirmed by the district (区县审核确认): final.' },
  } as const,
});

/** An entry's state from its confirmations' levels. */
export const stateOf = (levels: readonly { level: string }[]) =>
  levels.some((c) => c.level === 'DISTRICT')
    ? ('DISTRICT_CONFIRMED' as const)
    : levels.some((c) => c.level === 'SCHOOL')
      ? ('SCHOOL_CONFIRMED' as const)
      : ('PENDING' as const);

export const CreditConfirmation = builder.prismaObject('CreditConfirmation', {
  description: 'A confirmation of a credit-hour entry, by the school or the district (append-only, like the ledger).',
  fields: (t) => ({
    level: t.expose('level', { type: CreditLevel, description: 'SCHOOL or DISTRICT.' }),
    at: t.expose('confirmedAt', { type: 'DateTime', description: 'When it was confirmed.' }),
    automatic: t.boolean({
      description: 'True when it was confirmed automatically (online hours, at the school level).',
      select: { confirmedById: true },
      resolve: (confirmation) => confirmation.confirmedById === null,
    }),
    byId: t.id({
      nullable: true,
      description: 'Who confirmed it (a User global ID); null when automatic.',
      select: { confirmedById: true },
      resolve: (confirmation) =>
        confirmation.confirmedById ? encodeGlobalID('User', confirmation.confirmedById) : null,
    }),
    byName: t.string({
      nullable: true,
      description: 'The display name of who confirmed it; null when automatic.',
      select: { confirmedById: true },
      resolve: (confirmation, _args, context) =>
        confirmation.confirmedById ? namesLoader(context).load(confirmation.confirmedById) : null,
    }),
  }),
});

const CONFIRMATIONS_SELECT = {
  confirmations: { select: { level: true }, orderBy: [{ confirmedAt: 'asc' }, { id: 'asc' }] },
} as const;

export const CreditEntry = builder.prismaNode('CreditEntry', {
  id: { field: 'id' },
  nullable: true,
  description:
    'One line of a teacher’s credit-hour ledger (学时台账). Entries are never edited or deleted (the database refuses it): a ' +
    'correction is a REVERSAL entry with the negated hours. Its state comes from its confirmations: PENDING, then ' +
    'SCHOOL_CONFIRMED, then DISTRICT_CONFIRMED. Seen by the teacher and the admins over the school; missing for anyone else.',
  findUnique: (id, context) => ({ id, ...creditEntryVisibleWhere(context) }),
  authScopes: (entry, context) => canSeeCreditEntry(context, entry),
  fields: (t) => ({
    source: t.expose('source', { type: CreditSource, description: 'What produced it.' }),
    category: t.expose('category', { type: CreditCategory, description: 'ONLINE or OFFLINE hours.' }),
    hours: t.float({
      description: 'Hours (two decimals); negative only for a REVERSAL.',
      select: { hours: true },
      resolve: (entry) => Number(entry.hours),
    }),
    state: t.field({
      type: CreditState,
      description: 'PENDING, SCHOOL_CONFIRMED or DISTRICT_CONFIRMED: its highest confirmation.',
      select: CONFIRMATIONS_SELECT,
      resolve: (entry) => stateOf(entry.confirmations),
    }),
    confirmations: t.relation('confirmations', {
      description: 'Its confirmations, oldest first (SCHOOL, then DISTRICT).',
      query: { orderBy: [{ confirmedAt: 'asc' }, { id: 'asc' }] },
    }),
    basis: t.field({
      type: CreditBasis,
      description: 'What produced it (the fields of its source).',
      select: { source: true, basis: true },
      resolve: (entry) => basisOf(entry),
    }),
    evidence: t.relation('evidence', {
      nullable: true,
      description: 'The evidence the hours were entered for, when one piece (null otherwise or when not visible).',
    }),
    automatic: t.boolean({
      description: 'True when credited automatically (online study, group activities); false when a person entered it.',
      select: { enteredById: true },
      resolve: (entry) => entry.enteredById === null,
    }),
    enteredById: t.id({
      nullable: true,
      description: 'Who entered it (a User global ID); null when credited automatically.',
      select: { enteredById: true },
      resolve: (entry) => (entry.enteredById ? encodeGlobalID('User', entry.enteredById) : null),
    }),
    enteredByName: t.string({
      nullable: true,
      description: 'The display name of who entered it; null when credited automatically.',
      select: { enteredById: true },
      resolve: (entry, _args, context) => (entry.enteredById ? namesLoader(context).load(entry.enteredById) : null),
    }),
    note: t.exposeString('note', { nullable: true, description: 'A note entered with it.' }),
    reverses: t.relation('reverses', {
      nullable: true,
      description: 'REVERSAL: the entry it reverses.',
    }),
    reversedBy: t.relation('reversedBy', {
      nullable: true,
      description: 'The reversal that corrected this entry, if any (an entry is reversed at most once).',
    }),
    reversed: t.boolean({
      description: 'True once a reversal corrected this entry.',
      select: { reversedBy: { select: { id: true } } },
      resolve: (entry) => entry.reversedBy !== null,
    }),
    carriedFrom: t.relation('carriedFrom', {
      nullable: true,
      description:
        'Remediation (补学): the earlier round’s entry this one carries over; null when earned in this round.',
    }),
    carriedOver: t.boolean({
      description: 'True when carried over from an earlier round (补学), not earned in this one.',
      select: { carriedFromId: true },
      resolve: (entry) => entry.carriedFromId !== null,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was appended.' }),
    programme: t.relation('programme', { description: 'The programme it counts in.' }),
    enrolment: t.relation('enrolment', { description: 'The teacher’s enrolment it belongs to.' }),
  }),
});

/** An entry as actions see it: the teacher owns it; it belongs to the school in its programme. */
registerResource('CreditEntry', async (ids, context) => {
  const rows = await context.db.prisma.creditEntry.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, orgPath: true, teacherId: true, programmeId: true },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        paths: [row.orgPath],
        ownerId: row.teacherId,
        visible: canSeeCreditEntry(context, row),
        programmeId: row.programmeId,
      },
    ]),
  );
});
