import type { Context } from '../../api/context.js';
import type { ProgrammeStatus as ProgrammeStatusValue } from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { historyField } from '../history/index.js';
import { Organisation } from '../organisations/index.js';
import { DateScalar } from '../shared/index.js';
import { PhaseKind, ProgrammeStatus } from './enums.js';
import { parseProgrammeRules } from './rules.js';
import { ProgrammeRules } from './rules-types.js';
import { onViewerLineWhere } from './visibility.js';

/**
 * A training programme (培训项目) a district runs for its schools. Visible to viewers whose
 * subtrees contain the district and to everyone holding a role inside it; missing to others.
 */
export const Programme = builder.prismaNode('Programme', {
  id: { field: 'id' },
  // A missing or invisible object resolves to null through node(id), not to an error.
  nullable: true,
  description: 'A training programme (培训项目) a district runs for its schools: catalogue, rules, phases and batches.',
  findUnique: (id, context) => ({ id, ...onViewerLineWhere(context) }),
  authScopes: (programme, context) => context.viewer.isOnLine(programme.orgPath),
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable code, unique across the service (e.g. "tianchang-2022").' }),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    status: t.expose('status', { type: ProgrammeStatus }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    districtName: t.string({
      description: 'Name of the district running the programme (readable by everyone who sees the programme).',
      select: { district: { select: { name: true } } },
      resolve: (programme) => programme.district.name,
    }),
    district: t.prismaField({
      type: 'Organisation',
      nullable: true,
      description:
        'The district running the programme; null when the viewer works below it (a school’s staff cannot see the district itself).',
      select: { districtId: true, orgPath: true },
      resolve: (query, programme, _args, context) => {
        if (!context.viewer.canSee(programme.orgPath)) return null;
        return context.db.prisma.organisation.findUnique({ ...query, where: { id: programme.districtId } });
      },
    }),
    catalogue: t.relation('catalogue', {
      description: 'The catalogue version whose competencies teachers select from.',
    }),
    rules: t.field({
      type: ProgrammeRules,
      description: 'The programme’s rules, upgraded to the current rules version.',
      select: { rules: true },
      resolve: (programme) => parseProgrammeRules(programme.rules),
    }),
    phases: t.relation('phases', {
      description: 'The programme’s phases with their dates, in phase order (at most 4, one per kind).',
      query: { orderBy: { kind: 'asc' } },
    }),
    batches: t.relation('batches', {
      description: 'The programme’s batches (批次), in the order given (at most 20).',
      query: { orderBy: [{ position: 'asc' }, { id: 'asc' }] },
    }),
    history: historyField('Programme')(t),
  }),
});

export const ProgrammePhase = builder.prismaObject('ProgrammePhase', {
  description: 'A phase of a programme and its dates (inclusive).',
  fields: (t) => ({
    kind: t.expose('kind', { type: PhaseKind }),
    startsOn: t.expose('startsOn', { type: DateScalar, description: 'First day of the phase.' }),
    endsOn: t.expose('endsOn', { type: DateScalar, description: 'Last day of the phase (on or after startsOn).' }),
  }),
});

interface ProgrammesArgs {
  status?: ProgrammeStatusValue | null;
  districtId?: { id: string } | null;
}

function programmesWhere(args: ProgrammesArgs, context: Context) {
  return {
    ...onViewerLineWhere(context),
    ...(args.status ? { status: args.status } : {}),
    ...(args.districtId ? { districtId: args.districtId.id } : {}),
  };
}

builder.queryFields((t) => ({
  programmes: t.prismaConnection({
    type: 'Programme',
    cursor: 'id',
    description:
      'Programmes visible to the viewer (those of their district, or of the districts in their subtree), newest first. ' +
      'At most 100 a page. Empty for anonymous viewers.',
    totalCount: (_root, args, context) => context.db.prisma.programme.count({ where: programmesWhere(args, context) }),
    args: {
      status: t.arg({ type: ProgrammeStatus, required: false, description: 'Only programmes in this state.' }),
      districtId: t.arg.globalID({
        required: false,
        for: Organisation,
        description: 'Only programmes of this district.',
      }),
    },
    resolve: (query, _root, args, context) =>
      context.db.prisma.programme.findMany({
        ...query,
        where: programmesWhere(args, context),
        // ids are uuid v7, so id order is creation order.
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
  programme: t.prismaField({
    type: 'Programme',
    nullable: true,
    description: 'One programme by ID; null when missing or not visible to the viewer.',
    args: { id: t.arg.globalID({ required: true, for: Programme }) },
    resolve: (query, _root, args, context) =>
      context.db.prisma.programme.findFirst({ ...query, where: { id: args.id.id, ...onViewerLineWhere(context) } }),
  }),
}));
