import { builder } from '../builder.js';
import { NotFoundError, parseInput, payloadQuery } from '../shared/index.js';
import { actingAs, USER_INCLUDE, userVisibleWhere } from '../users/index.js';
import { grantRoleErrors } from './errors.js';
import { ROLE_RULES, RoleChangeInput, roleChangeSchema } from './role-change-input.js';
import { assertActive, assertGrantable, loadPlacement } from './role-grants.js';

builder.mutationField('grantRole', (t) =>
  t.prismaField({
    type: 'User',
    description: `Grants a person a role on an organisation, recorded in their roleHistory with the viewer as actor. Granting a role already held changes nothing (and records nothing). ${ROLE_RULES}`,
    authorize: {
      action: 'people:grantRoles',
      resource: (_root, args) => ({ kind: 'Organisation', id: args.input.organisationId.id }),
    },
    errors: {
      types: grantRoleErrors,
      result: { description: 'The person holds the role.' },
      dataField: { name: 'user', description: 'The person, with their roles and role history.' },
    },
    args: {
      input: t.arg({
        type: RoleChangeInput('GrantRoleInput', 'A role to grant a person on an organisation.'),
        required: true,
        description: 'The person, the role and the organisation.',
      }),
    },
    resolve: async (query, _root, args, context) => {
      const { userId, role, organisationId } = parseInput(roleChangeSchema, args.input);
      const prisma = context.db.prisma;
      await prisma.$transaction(async (tx) => {
        await actingAs(tx, context.viewer.user?.id ?? null);
        const organisation = await loadPlacement(tx, organisationId.id);
        assertGrantable(context, role, organisation);
        assertActive(organisation);
        const user = await tx.user.findFirst({
          where: { id: userId.id, ...userVisibleWhere(context) },
          select: { id: true },
        });
        if (!user) throw new NotFoundError('User');
        await tx.roleAssignment.createMany({
          data: [{ userId: user.id, role, organisationId: organisation.id, orgPath: organisation.path }],
          skipDuplicates: true,
        });
      });
      return prisma.user.findUniqueOrThrow({ ...payloadQuery(query, USER_INCLUDE), where: { id: userId.id } });
    },
  }),
);
