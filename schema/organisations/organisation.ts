import type { Context } from '../../api/context.js';
import {
  type OrganisationKind as OrganisationKindValue,
  SchoolStage as SchoolStageValues,
} from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { historyField } from '../history/index.js';
import { registerResource } from '../shared/index.js';
import { OrganisationKind, Role } from './enums.js';
import { loadSchoolTotals, loadTeacherCounts, SchoolTotals } from './totals.js';
import { parentPathOf } from './tree.js';

/** Leaves out deactivated organisations unless they are asked for. */
const activeWhere = (includeDeactivated: boolean | null | undefined) =>
  includeDeactivated ? {} : { deactivatedAt: null };

const includeDeactivatedArg = (description: string) => ({ type: 'Boolean' as const, required: false, description });

/**
 * An organisation: province, city, district, school, class or teaching-research group. Viewers
 * see the subtrees their role assignments are scoped to; anything else is missing.
 */
export const Organisation = builder.prismaNode('Organisation', {
  id: { field: 'id' },
  // A missing or invisible object resolves to null through node(id), not to an error.
  nullable: true,
  description: 'A node of the province → city → district → school → class / group tree.',
  findUnique: (id, context) => ({ id, ...context.viewer.within('path') }),
  authScopes: (organisation) => ({ visible: organisation.path }),
  fields: (t) => ({
    kind: t.expose('kind', { type: OrganisationKind }),
    code: t.exposeString('code', { description: 'Stable code given by the education authority; unique.' }),
    name: t.exposeString('name'),
    // The SchoolStage enum of the programmes module (batches' stages), referred to by its values.
    stages: t.expose('stages', {
      type: [SchoolStageValues],
      description: 'The school’s stages (学段), youngest first; empty for anything but a school.',
    }),
    fullTimeTeachers: t.exposeInt('fullTimeTeachers', {
      nullable: true,
      description:
        'Full-time teachers (专任教师) the school reports: the base of whole-school completion rates (Guangdong’s 95%, Xinbei’s 30%). Null when not given and for anything but a school.',
    }),
    active: t.boolean({
      description: 'False once deactivated: kept with its records and readable by ID, closed to new work.',
      resolve: (organisation) => organisation.deactivatedAt === null,
    }),
    deactivatedAt: t.expose('deactivatedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was deactivated; null while active.',
    }),
    teacherCount: t.loadable({
      type: 'Int',
      description:
        'People holding the TEACHER role on this organisation itself (for a school: its teachers; deactivated people left out). Counted in SQL for the whole page at once.',
      load: (ids: string[], context: Context) => loadTeacherCounts(ids, context),
      resolve: (organisation) => organisation.id,
    }),
    schoolTotals: t.loadable({
      type: SchoolTotals,
      description:
        'Totals of the schools at or below this organisation: active and deactivated schools, full-time teachers, teachers. Counted in SQL for the whole page at once.',
      load: (paths: string[], context: Context) => loadSchoolTotals(paths, context),
      resolve: (organisation) => organisation.path,
    }),
    history: historyField('Organisation')(t),
    parent: t.prismaField({
      type: 'Organisation',
      nullable: true,
      description: 'The organisation above this one; null at the top of the viewer’s subtree.',
      select: { parentId: true, path: true },
      resolve: (query, organisation, _args, context) => {
        const parentPath = parentPathOf(organisation.path);
        if (!organisation.parentId || !parentPath || !context.viewer.canSee(parentPath)) return null;
        return context.db.prisma.organisation.findUnique({ ...query, where: { id: organisation.parentId } });
      },
    }),
    children: t.relatedConnection('children', {
      cursor: 'id',
      description:
        'Organisations directly below this one, by kind then name; deactivated ones only with `includeDeactivated`. At most 100 a page.',
      totalCount: true,
      args: {
        kind: t.arg({ type: OrganisationKind, required: false, description: 'Only children of this kind.' }),
        includeDeactivated: t.arg(includeDeactivatedArg('Also list deactivated children (default false).')),
      },
      query: (args) => ({
        where: { ...(args.kind ? { kind: args.kind } : {}), ...activeWhere(args.includeDeactivated) },
        orderBy: [{ kind: 'asc' }, { name: 'asc' }, { id: 'asc' }],
      }),
    }),
    members: t.relatedConnection('roleAssignments', {
      cursor: 'id',
      description: 'People holding a role on this organisation itself (not on organisations below it).',
      totalCount: true,
      args: { role: t.arg({ type: Role, required: false, description: 'Only members holding this role.' }) },
      query: (args) => ({
        where: args.role ? { role: args.role } : {},
        orderBy: [{ role: 'asc' }, { id: 'asc' }],
      }),
    }),
  }),
});

function organisationsWhere(
  kind: OrganisationKindValue | null | undefined,
  includeDeactivated: boolean | null | undefined,
  context: Context,
) {
  const scope = kind ? { kind, ...context.viewer.within('path') } : { path: { in: [...context.viewer.roots] } };
  return { ...scope, ...activeWhere(includeDeactivated) };
}

builder.queryFields((t) => ({
  organisations: t.prismaConnection({
    type: 'Organisation',
    cursor: 'id',
    totalCount: (_root, args, context) =>
      context.db.prisma.organisation.count({
        where: organisationsWhere(args.kind, args.includeDeactivated, context),
      }),
    description:
      'Organisations visible to the viewer: without `kind`, the top of each subtree they are scoped to ' +
      '(a district for a district admin, a school for a school admin); with `kind`, every visible organisation of that kind. ' +
      'Deactivated organisations are left out unless `includeDeactivated`; each stays readable by ID. ' +
      'Empty for anonymous viewers. At most 100 a page.',
    args: {
      kind: t.arg({ type: OrganisationKind, required: false, description: 'Every visible organisation of this kind.' }),
      includeDeactivated: t.arg(includeDeactivatedArg('Also list deactivated organisations (default false).')),
    },
    resolve: (query, _root, args, context) =>
      context.db.prisma.organisation.findMany({
        ...query,
        // Nested pages (children, members) are limited after Prisma's joins have built every related row, so a
        // page of 50 schools of 100 members each built 5,000 members to return 1,000: one statement per level
        // (the same for any page size) is cheaper here.
        relationLoadStrategy: 'query',
        where: organisationsWhere(args.kind, args.includeDeactivated, context),
        orderBy: [{ kind: 'asc' }, { name: 'asc' }, { id: 'asc' }],
      }),
  }),
  organisation: t.prismaField({
    type: 'Organisation',
    nullable: true,
    description: 'One organisation by ID, deactivated or not; null when missing or outside the viewer’s subtrees.',
    args: { id: t.arg.globalID({ required: true, for: Organisation }) },
    resolve: (query, _root, args, context) =>
      context.db.prisma.organisation.findFirst({
        ...query,
        where: { id: args.id.id, ...context.viewer.within('path') },
      }),
  }),
}));

/**
 * Organisations as authorization checks see them, of the kind asked for: visible within the viewer's
 * subtrees, or, with `onLine`, also above them (a district to its schools' staff, who read its programmes).
 */
function organisationsOfKind(kind: OrganisationKindValue | null, { onLine = false } = {}) {
  return async (ids: readonly string[], context: Context) => {
    const rows = await context.db.prisma.organisation.findMany({
      where: { id: { in: [...ids] }, ...(kind ? { kind } : {}) },
      select: { id: true, path: true },
    });
    const visible = (path: string) => (onLine ? context.viewer.isOnLine(path) : context.viewer.canSee(path));
    return new Map(rows.map((row) => [row.id, { paths: [row.path], ownerId: null, visible: visible(row.path) }]));
  };
}

registerResource('Organisation', organisationsOfKind(null));
registerResource('Province', organisationsOfKind('PROVINCE'));
registerResource('City', organisationsOfKind('CITY'));
registerResource('District', organisationsOfKind('DISTRICT', { onLine: true }));
registerResource('School', organisationsOfKind('SCHOOL'));
registerResource('Class', organisationsOfKind('CLASS'));
registerResource('Group', organisationsOfKind('GROUP'));
