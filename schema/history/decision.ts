import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import type { PrismaClient } from '../../api/db/client.js';
import type { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { PrimedLoader } from '../shared/index.js';

type Writer = Pick<PrismaClient, 'decision'>;

export interface DecisionInput {
  /** GraphQL type name of the record ("Selection", "Programme", …). */
  subjectType: string;
  subjectId: string;
  actorId: string | null;
  action: string;
  fromState?: string | null;
  toState?: string | null;
  comment?: string | null;
  /** Path of the organisation owning the record. */
  orgPath: string;
}

/** Appends one entry to a record's history; call it inside the transaction that changes the record. */
export function recordDecision(db: Writer, input: DecisionInput) {
  return db.decision.create({
    data: {
      ...input,
      fromState: input.fromState ?? null,
      toState: input.toState ?? null,
      comment: input.comment ?? null,
    },
  });
}

/**
 * What the `history` loader reads of an entry: the columns its fields and readers use (not the subject's type or the
 * owner's path, which the loader's key already settles) and its actor's name (the only field read from the user).
 */
export const DECISION_ROW_QUERY = {
  select: {
    id: true,
    subjectId: true,
    actorId: true,
    action: true,
    fromState: true,
    toState: true,
    comment: true,
    createdAt: true,
    actor: { select: { displayName: true } },
  },
} as const satisfies Prisma.DecisionFindManyArgs;

export type DecisionRow = Prisma.DecisionGetPayload<typeof DECISION_ROW_QUERY>;

const historyLoaders = createContextCache(() => new Map<string, PrimedLoader<string, DecisionRow[]>>());

function historyLoader(context: Context, subjectType: string): PrimedLoader<string, DecisionRow[]> {
  const loaders = historyLoaders(context);
  let loader = loaders.get(subjectType);
  if (!loader) {
    loader = new PrimedLoader(
      new DataLoader(async (ids: readonly string[]) => {
        const rows = await context.db.prisma.decision.findMany({
          ...DECISION_ROW_QUERY,
          where: { subjectType, subjectId: { in: [...ids] } },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        });
        const bySubject = new Map<string, DecisionRow[]>(ids.map((id) => [id, []]));
        for (const row of rows) bySubject.get(row.subjectId)?.push(row);
        return ids.map((id) => bySubject.get(id) ?? []);
      }),
    );
    loaders.set(subjectType, loader);
  }
  return loader;
}

/**
 * The history of records of one type, oldest first, for every record asked about in the request in one statement:
 * the `history` fields (`historyField`), and modules that show a record's history filtered by who asks.
 */
export function historyOf(
  context: Context,
  subjectType: string,
  subjectId: string,
): DecisionRow[] | Promise<DecisionRow[]> {
  return historyLoader(context, subjectType).load(subjectId);
}

/**
 * Hands the request's history loader the histories a page statement already read (every record's complete history,
 * oldest first, as `historyOf` would load it), so the `history` fields of that page issue no statement.
 */
export function primeHistory(context: Context, subjectType: string, histories: Map<string, DecisionRow[]>): void {
  const loader = historyLoader(context, subjectType);
  for (const [subjectId, rows] of histories) loader.prime(subjectId, rows);
}

// A plain object type, not a prismaObject: decisions are only ever read through the history loader, which loads
// everything the fields need, so nothing is re-read per field.
export const Decision = builder.objectRef<DecisionRow>('Decision').implement({
  description: 'One entry of a record’s history: who did what, when, from which state to which, and why.',
  fields: (t) => ({
    id: t.exposeID('id'),
    action: t.exposeString('action', {
      description: 'What was done (e.g. SUBMIT, APPROVE, RETURN, SELECT_ON_BEHALF).',
    }),
    fromState: t.exposeString('fromState', { nullable: true }),
    toState: t.exposeString('toState', { nullable: true }),
    comment: t.exposeString('comment', { nullable: true }),
    at: t.expose('createdAt', { type: 'DateTime' }),
    actorName: t.string({
      nullable: true,
      description: 'Display name of who did it; null for the system.',
      resolve: (decision) => decision.actor?.displayName ?? null,
    }),
  }),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * A `history` field for a record type: its decisions, oldest first, loaded for every record on
 * the page in one query.
 */
export function historyField<Parent extends { id: string }>(subjectType: string) {
  return (t: Pick<PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>, 'field'>) =>
    t.field({
      type: [Decision],
      description:
        'Every transition of this record, oldest first: who, when, from which state to which, and the comment.',
      resolve: (parent, _args, context) => historyOf(context, subjectType, parent.id),
    });
}
