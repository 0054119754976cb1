import { RoleChangeKind as RoleChangeKindValues, Role as RoleValues } from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { canSeeUser, User } from '../users/index.js';

export const RoleChangeKind = builder.enumType(RoleChangeKindValues, {
  name: 'RoleChangeKind',
  description: 'What happened to a role assignment: GRANTED or REVOKED.',
});

/**
 * One entry of a person's role history: a grant or a revocation, written by the database on every change to role
 * assignments (a mutation, an import, the seed or manual SQL), never updated.
 */
export const RoleChange = builder.prismaNode('RoleChange', {
  id: { field: 'id' },
  // A missing or invisible object resolves to null through node(id), not to an error.
  nullable: true,
  description: 'A role granted to or revoked from a person on one organisation: what, where, by whom and when.',
  findUnique: (id, context) => ({ id, ...context.viewer.within('orgPath') }),
  authScopes: (change) => ({ visible: change.orgPath }),
  fields: (t) => ({
    role: t.expose('role', { type: RoleValues, description: 'The role granted or revoked.' }),
    change: t.expose('change', { type: RoleChangeKind, description: 'GRANTED or REVOKED.' }),
    organisation: t.relation('organisation', { description: 'The organisation the role is held on.' }),
    actor: t.field({
      type: User,
      nullable: true,
      description:
        'Who made the change; null when no one was named (the seed, a system import, manual SQL) or when the viewer cannot see them.',
      // Loaded with the change, with what the User type's check reads (USER_INCLUDE), so no statement of its own.
      select: (_args, _context, nestedSelection) => ({ actor: nestedSelection(true) }),
      resolve: (change, _args, context) => {
        const actor = change.actor as (typeof change.actor & { roleAssignments: Array<{ orgPath: string }> }) | null;
        return actor && canSeeUser(context.viewer, actor) ? actor : null;
      },
    }),
    actorName: t.string({
      nullable: true,
      description:
        'Display name of who made the change (also when the viewer cannot see them); null when no one was named.',
      select: { actor: { select: { displayName: true } } },
      resolve: (change) => change.actor?.displayName ?? null,
    }),
    at: t.expose('createdAt', { type: 'DateTime', description: 'When the change was made.' }),
  }),
});

builder.prismaObjectFields('User', (t) => ({
  roleHistory: t.relatedConnection('roleChanges', {
    cursor: 'id',
    totalCount: true,
    description:
      'Every role granted to or revoked from this person, newest first, on organisations the viewer can see. At most 100 a page.',
    query: (_args, context) => ({
      where: context.viewer.within('orgPath'),
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    }),
  }),
}));
