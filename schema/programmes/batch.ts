import type { Context } from '../../api/context.js';
import { builder } from '../builder.js';
import { DateScalar } from '../shared/index.js';
import { SchoolStage } from './enums.js';
import { onViewerLineWhere } from './visibility.js';

/** What the type-level check reads besides the row itself (a batch is visible with its programme). */
export const BATCH_INCLUDE = { programme: { select: { orgPath: true } } } as const;

export const Batch = builder.prismaNode('Batch', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A batch (批次) of a programme: dates, the school stages it is for, and the schools enrolled with their quotas.',
  findUnique: (id, context) => ({ id, programme: onViewerLineWhere(context) }),
  include: BATCH_INCLUDE,
  authScopes: (batch, context) => context.viewer.isOnLine(batch.programme.orgPath),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Unique within the programme.' }),
    startsOn: t.expose('startsOn', { type: DateScalar, description: 'First day of the batch.' }),
    endsOn: t.expose('endsOn', { type: DateScalar, description: 'Last day of the batch (on or after startsOn).' }),
    stages: t.expose('stages', {
      type: [SchoolStage],
      description:
        'School stages the batch is for: a school whose recorded stages share none of them cannot be enrolled in it.',
    }),
    totalQuota: t.exposeInt('totalQuota', {
      nullable: true,
      description:
        'Most teachers the batch takes across all its schools (Xinbei: 2,000); the schools’ quotas may not add up to more. Null: no total.',
    }),
    quotaAllocated: t.loadable({
      type: 'Int',
      nullable: true,
      description:
        'What the quotas of the batch’s schools add up to (teachers; counted in SQL for the whole page at once). ' +
        'For those who read every school’s progress (action programme:readProgress: district and province staff); null for others.',
      authorize: {
        action: 'programme:readProgress',
        resource: (batch) => ({ paths: [batch.programme.orgPath], ownerId: null }),
      },
      load: async (batchIds: string[], context: Context) => {
        const rows = await context.db.prisma.batchSchool.groupBy({
          by: ['batchId'],
          where: { batchId: { in: batchIds } },
          _sum: { quota: true },
        });
        const sums = new Map(rows.map((row) => [row.batchId, row._sum.quota ?? 0]));
        return batchIds.map((id) => sums.get(id) ?? 0);
      },
      resolve: (batch) => batch.id,
    }),
    selectionOpensAt: t.expose('selectionOpensAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'Teachers’ selection windows start no earlier than this: one enrolled before it has the programme’s selectionWindowDays from here. Null: from enrolment.',
    }),
    selectionClosesAt: t.expose('selectionClosesAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'No teacher’s selection window runs past this, unless the district extended it for them (extendSelectionWindow). Null: no cap.',
    }),
    programme: t.relation('programme'),
    schools: t.relatedConnection('schools', {
      cursor: 'id',
      totalCount: true,
      description:
        'Schools enrolled in the batch with their quotas, by school name. District staff see every school; a school’s staff only their own. At most 100 a page.',
      query: (_args, context: Context) => ({
        where: onViewerLineWhere(context),
        orderBy: [{ school: { name: 'asc' } }, { id: 'asc' }],
      }),
    }),
  }),
});

/** Key of a school in a batch, for the enrolled-count loader. */
const pairKey = (batchId: string, schoolId: string) => `${batchId}/${schoolId}`;

export const BatchSchool = builder.prismaObject('BatchSchool', {
  description: 'A school enrolled in a batch, with its quota (名额) of teachers.',
  fields: (t) => ({
    id: t.exposeID('id'),
    schoolName: t.string({ select: { school: { select: { name: true } } }, resolve: (row) => row.school.name }),
    school: t.prismaField({
      type: 'Organisation',
      nullable: true,
      description: 'The school; null for viewers below it (a class tutor sees the quota but not the school object).',
      select: { schoolId: true, orgPath: true },
      resolve: (query, row, _args, context) =>
        context.viewer.canSee(row.orgPath)
          ? context.db.prisma.organisation.findUnique({ ...query, where: { id: row.schoolId } })
          : null,
    }),
    quota: t.exposeInt('quota', { description: 'Most teachers of the school the batch takes; 0 or more.' }),
    enrolledCount: t.loadable({
      type: 'Int',
      description: 'Teachers of the school enrolled in the batch (counted in SQL for the whole page at once).',
      load: async (keys: string[], context: Context) => {
        const pairs = keys.map((key) => {
          const [batchId, schoolId] = key.split('/') as [string, string];
          return { batchId, schoolId };
        });
        const rows = await context.db.prisma.enrolment.groupBy({
          by: ['batchId', 'schoolId'],
          where: { OR: pairs },
          _count: { _all: true },
        });
        const counts = new Map(rows.map((row) => [pairKey(row.batchId, row.schoolId), row._count._all]));
        return keys.map((key) => counts.get(key) ?? 0);
      },
      resolve: (row) => pairKey(row.batchId, row.schoolId),
    }),
  }),
});
