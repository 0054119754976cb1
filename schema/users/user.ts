import type { Context } from '../../api/context.js';
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

/** A user's personal data belongs to the user and to their home organisation. */
export const personalData = (user: { id: string; orgPath: string }) => ({ paths: [user.orgPath], ownerId: user.id });

export const User = builder.prismaNode('User', {
  id: { field: 'id' },
  // A missing or invisible object resolves to null through node(id), not to an error.
  nullable: true,
  description: 'A person (or a provincial system’s machine client) known to Tisheng.',
  findUnique: (id, context) => ({ id, ...userVisibleWhere(context) }),
  // The role paths come with the user (a lateral join of the same statement), so the check reads nothing more.
  include: { roleAssignments: { select: { orgPath: true } } },
  authScopes: (user, context) =>
    user.id === context.viewer.user?.id ||
    context.viewer.canSee(user.orgPath) ||
    user.roleAssignments.some((assignment) => context.viewer.canSee(assignment.orgPath)),
  fields: (t) => ({
    login: t.exposeString('login', { description: 'Stable login name.' }),
    displayName: t.exposeString('displayName'),
    email: t.string({
      nullable: true,
      description:
        'Contact e-mail: shown to the user and to school or district admins over their home organisation (action user:readPersonal); null for others.',
      select: { email: true, orgPath: true },
      authorize: { action: 'user:readPersonal', resource: personalData },
      resolve: (user) => user.email,
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
    roleAssignments: t.relation('roleAssignments', {
      description: 'The roles this user holds on organisations the viewer can see.',
      query: (_args, context) => ({
        where: context.viewer.within('orgPath'),
        orderBy: [{ role: 'asc' }, { id: 'asc' }],
      }),
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
    users.map((user) => [
      user.id,
      {
        paths: [user.orgPath],
        ownerId: user.id,
        visible:
          user.id === viewer.user?.id ||
          viewer.canSee(user.orgPath) ||
          user.roleAssignments.some((assignment) => viewer.canSee(assignment.orgPath)),
      },
    ]),
  );
});
