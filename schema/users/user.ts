import { getRefFromModel } from '@pothos/plugin-prisma';
import type { Viewer } from '../../api/auth/viewer.js';
import type { Context } from '../../api/context.js';
import { SchoolStage } from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { registerResource } from '../shared/index.js';

/** Users are visible to themselves and to viewers whose subtree holds their home or one of their roles. */
export function userVisibleWhere(context: Context) {
  const own = context.viewer.user ? [{ id: context.viewer.user.id }] : [];
  return {
    OR: [
      ...own,
      ...context.viewer.within('orgPath').OR,
      { roleAssignments: { some: context.viewer.within('orgPath') } },
    ],
  };
}

/** Whether the viewer may see a user loaded with their home path and role paths (USER_INCLUDE). */
export function canSeeUser(
  viewer: Viewer,
  user: { id: string; orgPath: string; roleAssignments: ReadonlyArray<{ orgPath: string }> },
): boolean {
  return (
    user.id === viewer.user?.id ||
    viewer.canSee(user.orgPath) ||
    user.roleAssignments.some((assignment) => viewer.canSee(assignment.orgPath))
  );
}

/** A user's personal data belongs to the user and to their home organisation. */
export const personalData = (user: { id: string; orgPath: string }) => ({ paths: [user.orgPath], ownerId: user.id });

/** Order of a user's role assignments. */
const ROLE_ORDER = [{ role: 'asc' }, { id: 'asc' }] as const;

/**
 * What the type-level check reads besides the row itself: the paths of the user's roles, in the order the
 * `roleAssignments` field lists them, so that field's selection merges into this one (a list of users stays one
 * statement).
 */
export const USER_INCLUDE = { roleAssignments: { select: { orgPath: true }, orderBy: [...ROLE_ORDER] } } as const;

/** A personal field: shown to the user and to the admins over their home organisation (action user:readPersonal). */
const PERSONAL =
  'shown to the user and to school, district or province admins over their home organisation (action user:readPersonal); null for others';

export const User = builder.prismaNode('User', {
  id: { field: 'id' },
  // A missing or invisible object resolves to null through node(id), not to an error.
  nullable: true,
  description: 'A person (or a provincial system’s machine client) known to Tisheng.',
  findUnique: (id, context) => ({ id, ...userVisibleWhere(context) }),
  // The role paths come with the user (a lateral join of the same statement), so the check reads nothing more.
  include: USER_INCLUDE,
  authScopes: (user, context) => canSeeUser(context.viewer, user),
  fields: (t) => ({
    login: t.exposeString('login', { description: 'Stable login name.' }),
    displayName: t.exposeString('displayName'),
    email: t.string({
      nullable: true,
      description: `Contact e-mail: ${PERSONAL}.`,
      select: { email: true, orgPath: true },
      authorize: { action: 'user:readPersonal', resource: personalData },
      resolve: (user) => user.email,
    }),
    phone: t.string({
      nullable: true,
      description: `Contact phone number (digits, spaces, hyphens, brackets): ${PERSONAL} and when none was given.`,
      select: { phone: true, orgPath: true },
      authorize: { action: 'user:readPersonal', resource: personalData },
      resolve: (user) => user.phone,
    }),
    teachingSubject: t.string({
      nullable: true,
      description: `Subject the person teaches (语文, 数学, 信息技术 …): ${PERSONAL} and when none was given.`,
      select: { teachingSubject: true, orgPath: true },
      authorize: { action: 'user:readPersonal', resource: personalData },
      resolve: (user) => user.teachingSubject,
    }),
    stage: t.field({
      type: SchoolStage,
      nullable: true,
      description: `School stage (学段) the person teaches at: ${PERSONAL} and when none was given.`,
      select: { stage: true, orgPath: true },
      authorize: { action: 'user:readPersonal', resource: personalData },
      resolve: (user) => user.stage,
    }),
    employeeNumber: t.string({
      nullable: true,
      description: `Employee number (工号) given by the school or district: ${PERSONAL} and when none was given.`,
      select: { employeeNumber: true, orgPath: true },
      authorize: { action: 'user:readPersonal', resource: personalData },
      resolve: (user) => user.employeeNumber,
    }),
    active: t.boolean({
      description:
        'False once the person is deactivated: their records stay, and their tokens are refused (401) from the next request.',
      select: { deactivatedAt: true },
      resolve: (user) => user.deactivatedAt === null,
    }),
    deactivatedAt: t.expose('deactivatedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the person was deactivated; null while active.',
    }),
    organisation: t.field({
      type: Organisation,
      nullable: true,
      description:
        'Home organisation (a school for teachers, a district for district staff); null when it lies outside the viewer’s subtrees, ' +
        'exactly like a missing one (a class tutor or group leader sees their class or group, not their school).',
      // Loaded with the user (no statement of its own) and checked with the Organisation type's own rule.
      select: (_args, _context, nestedSelection) => ({ organisation: nestedSelection(true) }),
      resolve: (user, _args, context) => (context.viewer.canSee(user.organisation.path) ? user.organisation : null),
    }),
    roleAssignments: t.field({
      // The organisations module's RoleAssignment type, found by its model.
      type: [getRefFromModel('RoleAssignment', builder)],
      description: 'The roles this user holds on organisations the viewer can see, by role.',
      // The same relation query as USER_INCLUDE's, filtered here: a filter in SQL would be a second query per user.
      select: (_args, _context, nestedSelection) => ({
        roleAssignments: nestedSelection({ orderBy: [...ROLE_ORDER] }),
      }),
      resolve: (user, _args, context) =>
        user.roleAssignments.filter((assignment) => context.viewer.canSee(assignment.orgPath)),
    }),
  }),
});

registerResource('User', async (ids, context) => {
  const users = await context.db.prisma.user.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, orgPath: true, roleAssignments: { select: { orgPath: true } } },
  });
  const viewer = context.viewer;
  return new Map(
    users.map((user) => [user.id, { paths: [user.orgPath], ownerId: user.id, visible: canSeeUser(viewer, user) }]),
  );
});
