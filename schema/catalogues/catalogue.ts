import type { Context } from '../../api/context.js';
import type { CatalogueKind as CatalogueKindValue } from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { DistributionCell } from './distribution.js';
import { distributionOf } from './distribution-loader.js';
import { CatalogueKind, CatalogueStatus } from './enums.js';
import { catalogueVisibleWhere } from './visibility.js';

export const Catalogue = builder.prismaNode('Catalogue', {
  id: { field: 'id' },
  // A missing or invisible object resolves to null through node(id), not to an error.
  nullable: true,
  description:
    'One version of a competency framework: the national 30-point catalogue (2019), a province’s variant, or the ' +
    'principals’ ICT-leadership standard. Programmes point at one version. Published versions are public.',
  findUnique: (id, context) => ({ id, ...catalogueVisibleWhere(context) }),
  include: { ownerOrganisation: { select: { path: true } } },
  authScopes: (catalogue) =>
    catalogue.status === 'DRAFT' ? { visible: catalogue.ownerOrganisation?.path ?? '\u0000no-owner' } : true,
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'Stable code of the framework, shared by its versions (e.g. "national-2019").',
    }),
    version: t.exposeString('version', { description: 'Version label, unique within the code.' }),
    kind: t.expose('kind', { type: CatalogueKind }),
    status: t.expose('status', { type: CatalogueStatus }),
    nameZh: t.exposeString('nameZh', { description: 'Name in Chinese.' }),
    nameEn: t.exposeString('nameEn', { description: 'Name in English.' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    dimensions: t.relation('dimensions', {
      description:
        'Groupings of the catalogue’s items (for the teacher catalogue: the four dimensions), in catalogue order.',
      query: { orderBy: { position: 'asc' } },
    }),
    environments: t.relation('environments', {
      description: 'Teaching environments, in catalogue order; empty where the framework has none.',
      query: { orderBy: { position: 'asc' } },
    }),
    competencies: t.relatedConnection('competencies', {
      cursor: 'id',
      description:
        'Items of the catalogue in catalogue order, optionally filtered by dimension and environment code. At most 100 a page.',
      totalCount: true,
      args: {
        dimension: t.arg.string({
          required: false,
          description: 'Only items of the dimension with this code (e.g. "LEARNING_GUIDANCE").',
        }),
        environment: t.arg.string({
          required: false,
          description: 'Only items of the environment with this code (e.g. "BLENDED").',
        }),
      },
      query: (args) => ({
        where: {
          ...(args.dimension ? { dimension: { code: args.dimension } } : {}),
          ...(args.environment ? { environment: { code: args.environment } } : {}),
        },
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
      }),
    }),
    distribution: t.field({
      type: [DistributionCell],
      description:
        'How many items, and how many credits, each dimension × environment pair holds (non-empty pairs only).',
      resolve: (catalogue, _args, context) => distributionOf(context).load(catalogue.id),
    }),
    totalCredits: t.int({
      nullable: true,
      description: 'Sum of the items’ credits; null where the framework gives none.',
      resolve: async (catalogue, _args, context) => {
        const cells = await distributionOf(context).load(catalogue.id);
        return cells.some((cell) => cell.credits !== null)
          ? cells.reduce((sum, cell) => sum + (cell.credits ?? 0), 0)
          : null;
      },
    }),
  }),
});

interface CataloguesArgs {
  kind?: CatalogueKindValue | null;
  code?: string | null;
}

function cataloguesWhere(args: CataloguesArgs, context: Context) {
  return {
    ...catalogueVisibleWhere(context),
    ...(args.kind ? { kind: args.kind } : {}),
    ...(args.code ? { code: args.code } : {}),
  };
}

builder.queryFields((t) => ({
  catalogues: t.prismaConnection({
    type: 'Catalogue',
    cursor: 'id',
    totalCount: (_root, args, context) => context.db.prisma.catalogue.count({ where: cataloguesWhere(args, context) }),
    description:
      'Catalogue versions visible to the viewer (every published one; drafts of the viewer’s organisations), teacher catalogues first. At most 100 a page.',
    args: {
      kind: t.arg({ type: CatalogueKind, required: false }),
      code: t.arg.string({ required: false, description: 'Only versions of this framework code.' }),
    },
    resolve: (query, _root, args, context) =>
      context.db.prisma.catalogue.findMany({
        ...query,
        where: cataloguesWhere(args, context),
        orderBy: [{ kind: 'asc' }, { code: 'asc' }, { version: 'desc' }, { id: 'asc' }],
      }),
  }),
  catalogue: t.prismaField({
    type: 'Catalogue',
    nullable: true,
    description: 'One catalogue version by ID; null when missing or not visible.',
    args: { id: t.arg.globalID({ required: true, for: Catalogue }) },
    resolve: (query, _root, args, context) =>
      context.db.prisma.catalogue.findFirst({ ...query, where: { id: args.id.id, ...catalogueVisibleWhere(context) } }),
  }),
}));
