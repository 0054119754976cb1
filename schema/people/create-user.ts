import { z } from 'zod';
import { Role } from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { ConflictError, globalIdSchema, parseInput, payloadQuery } from '../shared/index.js';
import { actingAs, USER_INCLUDE } from '../users/index.js';
import { createUserErrors } from './errors.js';
import { MAX_LOGIN_LENGTH, personFields } from './person-fields.js';
import { detailColumns, detailFields, detailsSchema, displayNameDescription, withoutRaces } from './person-input.js';
import { checkGrants, loadHome } from './role-grants.js';

/** Most roles granted with one new person. */
export const MAX_ROLES_PER_USER = 20;

export const RoleGrantInput = builder.inputType('RoleGrantInput', {
  description: 'A role on one organisation.',
  fields: (t) => ({
    role: t.field({ type: Role, required: true, description: 'The role (not SYNC_CLIENT).' }),
    organisationId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The organisation the role is held on; its kind must suit the role.',
    }),
  }),
});

const CreateUserInput = builder.inputType('CreateUserInput', {
  description: 'A new person, their home organisation, details and first roles.',
  fields: (t) => ({
    organisationId: t.globalID({
      required: true,
      for: Organisation,
      description:
        'Home organisation: a school, district or province the viewer manages people of (a school or district admin over it, a province admin).',
    }),
    login: t.string({
      required: true,
      description: `Login, unique: 1 to ${MAX_LOGIN_LENGTH} letters (A–Z, a–z), digits, ".", "_", "-" or "@", beginning with a letter or digit. Tokens of the development key name it as \`sub\`; it never changes.`,
    }),
    displayName: t.string({ required: true, description: displayNameDescription }),
    ...detailFields(t),
    roles: t.field({
      type: [RoleGrantInput],
      required: false,
      description: `Roles to grant at once: 0 to ${MAX_ROLES_PER_USER}, each one the viewer may grant (see grantRole). Default: none.`,
    }),
  }),
});

const createUserSchema = z.object({
  organisationId: globalIdSchema,
  login: personFields.login,
  displayName: personFields.displayName,
  ...detailsSchema,
  roles: z
    .array(z.object({ role: z.enum(Role), organisationId: globalIdSchema }))
    .max(MAX_ROLES_PER_USER)
    .nullish(),
});

builder.mutationField('createUser', (t) =>
  t.prismaField({
    type: 'User',
    description:
      'Creates a person with a home organisation (a school, district or province), their details and optionally their first roles. ' +
      'Logins and national ID numbers are unique (CONFLICT). School admins create people of their school, district admins of their ' +
      'district, province admins of their province (action people:manage); each role given must be one the viewer may grant (see grantRole).',
    authorize: {
      action: 'people:manage',
      resource: (_root, args) => ({ kind: 'Organisation', id: args.input.organisationId.id }),
    },
    errors: {
      types: createUserErrors,
      result: { description: 'The person is created.' },
      dataField: { name: 'user', description: 'The new person.' },
    },
    args: { input: t.arg({ type: CreateUserInput, required: true, description: 'The person.' }) },
    resolve: async (query, _root, args, context) => {
      const { organisationId, login, displayName, roles, ...details } = parseInput(createUserSchema, args.input);
      const prisma = context.db.prisma;
      const userId = await withoutRaces(() =>
        prisma.$transaction(async (tx) => {
          await actingAs(tx, context.viewer.user?.id ?? null);
          const home = await loadHome(tx, organisationId.id, 'organisationId');
          const grants = await checkGrants(
            tx,
            context,
            (roles ?? []).map((grant) => ({ role: grant.role, organisationId: grant.organisationId.id })),
          );
          if (await tx.user.findUnique({ where: { login }, select: { id: true } }))
            throw new ConflictError('PEOPLE.loginTaken', { login });
          const columns = await detailColumns(tx, details, context.keys.nationalId, null);
          const unique = new Map(grants.map((grant) => [`${grant.role}@${grant.organisation.id}`, grant]));
          const user = await tx.user.create({
            data: {
              ...columns,
              login,
              displayName,
              organisation: { connect: { id: home.id } },
              orgPath: home.path,
              roleAssignments: {
                create: [...unique.values()].map(({ role, organisation }) => ({
                  role,
                  organisationId: organisation.id,
                  orgPath: organisation.path,
                })),
              },
            },
            select: { id: true },
          });
          return user.id;
        }),
      );
      return prisma.user.findUniqueOrThrow({ ...payloadQuery(query, USER_INCLUDE), where: { id: userId } });
    },
  }),
);
