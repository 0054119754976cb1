/**
 * The teacher's evidence page: one entry per competency of their SUBMITTED or APPROVED selection, with the
 * competency, its effective assessment specification and the evidence so far (null before the first upload).
 *
 * Decision: each kind of data is read once for the whole page (the selected competencies, the competencies, the
 * specs, the evidence with whatever the client selects of it, its versions), so the page costs the same number of
 * statements for 1 or 6 competencies. The competencies and evidence are read with the client's selection (the Prisma
 * query plugin-prisma plans for the field), batched by a loader per query.
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import { AssessmentSpec, specKey, specLoader } from '../assessment-specs/index.js';
import { builder } from '../builder.js';
import { Competency } from '../catalogues/index.js';
import { Evidence } from './evidence.js';
import { SELECTED_STATUSES } from './prepare.js';
import { evidenceVisibleWhere } from './visibility.js';

interface EvidenceEntry {
  enrolmentId: string;
  programmeId: string;
  competencyId: string;
}

type Query = { select?: Record<string, unknown>; include?: Record<string, unknown> };

/** The query with `fields` read too (added to a `select`; an `include` reads every column anyway). */
function alsoReading(query: Query, fields: readonly string[]): Query {
  if (!query.select) return query;
  return { ...query, select: { ...query.select, ...Object.fromEntries(fields.map((field) => [field, true])) } };
}

/** Loaders per planned query: the rows every entry of the page asks for with the same selection, in one statement. */
const loadersByQuery = createContextCache(() => new Map<string, DataLoader<string, unknown>>());

function loaderFor<T>(
  context: Context,
  name: string,
  query: Query,
  load: (keys: readonly string[]) => Promise<Map<string, T>>,
): DataLoader<string, T | null> {
  const loaders = loadersByQuery(context);
  const key = `${name}:${JSON.stringify(query)}`;
  let loader = loaders.get(key) as DataLoader<string, T | null> | undefined;
  if (!loader) {
    loader = new DataLoader<string, T | null>(async (keys) => {
      const found = await load(keys);
      return keys.map((id) => found.get(id) ?? null);
    });
    loaders.set(key, loader as DataLoader<string, unknown>);
  }
  return loader;
}

const EvidenceEntryRef = builder.objectRef<EvidenceEntry>('EvidenceEntry').implement({
  description:
    'One selected competency on the teacher’s evidence page: the competency, what to submit for it (its assessment specification), ' +
    'and the evidence so far.',
  fields: (t) => ({
    competency: t.prismaField({
      type: Competency,
      description: 'The selected competency.',
      resolve: async (query, entry, _args, context) => {
        const planned = alsoReading(query as Query, ['id']);
        const loader = loaderFor(context, 'competency', planned, async (ids) => {
          const rows = (await context.db.prisma.competency.findMany({
            ...(planned as object),
            where: { id: { in: [...ids] } },
          })) as Array<{ id: string }>;
          return new Map(rows.map((row) => [row.id, row]));
        });
        const row = await loader.load(entry.competencyId);
        if (!row) throw new Error(`competency ${entry.competencyId} vanished`);
        return row as never;
      },
    }),
    spec: t.field({
      type: AssessmentSpec,
      nullable: true,
      description:
        'Its effective assessment specification (the programme’s override, or the catalogue’s); null while it has none.',
      resolve: (entry, _args, context) => specLoader(context).load(specKey(entry.programmeId, entry.competencyId)),
    }),
    evidence: t.prismaField({
      type: Evidence,
      nullable: true,
      description: 'The teacher’s evidence of it; null before the first artefact is uploaded.',
      resolve: async (query, entry, _args, context) => {
        const planned = alsoReading(query as Query, ['enrolmentId', 'competencyId']);
        const loader = loaderFor(context, 'evidence', planned, async (keys) => {
          const pairs = keys.map((key) => key.split(':') as [string, string]);
          const rows = (await context.db.prisma.evidence.findMany({
            ...(planned as object),
            where: {
              enrolmentId: { in: [...new Set(pairs.map(([enrolmentId]) => enrolmentId))] },
              competencyId: { in: [...new Set(pairs.map(([, competencyId]) => competencyId))] },
              ...evidenceVisibleWhere(context),
            },
          })) as Array<{ enrolmentId: string; competencyId: string }>;
          return new Map(rows.map((row) => [`${row.enrolmentId}:${row.competencyId}`, row]));
        });
        return (await loader.load(`${entry.enrolmentId}:${entry.competencyId}`)) as never;
      },
    }),
  }),
});

builder.prismaObjectFields('Enrolment', (t) => ({
  evidence: t.field({
    type: [EvidenceEntryRef],
    nullable: true,
    description:
      'The teacher’s evidence page (实践证据): one entry per competency of their SUBMITTED or APPROVED selection, in selection order, ' +
      'with what to submit and the evidence so far. For the teacher and the admins over the school (action evidence:read); null for ' +
      'others. Other viewers than the teacher see only evidence that was submitted.',
    select: { id: true, programmeId: true, teacherId: true, orgPath: true },
    authorize: {
      action: 'evidence:read',
      resource: (enrolment) => ({ paths: [enrolment.orgPath], ownerId: enrolment.teacherId }),
    },
    resolve: async (enrolment, _args, context) => {
      const items = await context.db.prisma.selectionItem.findMany({
        where: { selection: { enrolmentId: enrolment.id, status: { in: [...SELECTED_STATUSES] } } },
        orderBy: [{ position: 'asc' }],
        select: { competencyId: true },
      });
      return items.map((item) => ({
        enrolmentId: enrolment.id,
        programmeId: enrolment.programmeId,
        competencyId: item.competencyId,
      }));
    },
  }),
}));
