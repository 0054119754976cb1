import { builder } from '../builder.js';
import { NotFoundError, parseInput, payloadQuery } from '../shared/index.js';
import { actingAs, USER_INCLUDE, userVisibleWhere } from '../users/index.js';
import { revokeRoleErrors } from './errors.js';
import { ROLE_RULES, RoleChangeInput, roleChangeSchema } from './role-change-input.js';
import { assertGrantable, loadPlacement } from './role-grants.js';

const RevokeRolePayload = builder.objectRef<{ userId: string; revoked: boolean }>('RevokeRolePayload').implement({
  description: 'The role is no longer held.',
  fields: (t) => ({
    revoked: t.exposeBoolean('revoked', {
      description:
        'True when the person held the role and it was revoked; false when they did not hold it (nothing changed).',
    }),
    user: t.prismaField({
      type: 'User',
      nullable: true,
      description:
        'The person, with their roles and role history; null when the revoked role was all that made them visible to the viewer.',
      resolve: (query, payload, _args, context) =>
        context.db.prisma.user.findFirst({
          ...payloadQuery(query, USER_INCLUDE),
          where: { id: payload.userId, ...userVisibleWhere(context) },
        }),
    }),
  }),
});

builder.mutationField('revokeRole', (t) =>
  t.field({
    type: RevokeRolePayload,
    description: `Revokes a person’s role on an organisation, recorded in their roleHistory with the viewer as actor; their records stay. Revoking a role not held changes nothing (and records nothing). One may revoke what one may grant: ${ROLE_RULES}`,
    authorize: {
      action: 'people:grantRoles',
      resource: (_root, args) => ({ kind: 'Organisation', id: args.input.organisationId.id }),
    },
    errors: { types: revokeRoleErrors, directResult: true },
    args: {
      input: t.arg({
        type: RoleChangeInput('RevokeRoleInput', 'A role to take from a person on an organisation.'),
        required: true,
        description: 'The person, the role and the organisation.',
      }),
    },
    resolve: async (_root, args, context) => {
      const { userId, role, organisationId } = parseInput(roleChangeSchema, args.input);
      return context.db.prisma.$transaction(async (tx) => {
        await actingAs(tx, context.viewer.user?.id ?? null);
        const organisation = await loadPlacement(tx, organisationId.id);
        assertGrantable(context, role, organisation, { revoke: true });
        const user = await tx.user.findFirst({
          where: { id: userId.id, ...userVisibleWhere(context) },
          select: { id: true },
        });
        if (!user) throw new NotFoundError('User');
        const { count } = await tx.roleAssignment.deleteMany({
          where: { userId: user.id, role, organisationId: organisation.id },
        });
        return { userId: user.id, revoked: count > 0 };
      });
    },
  }),
);
