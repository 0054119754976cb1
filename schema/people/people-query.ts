import { z } from 'zod';
import type { Context } from '../../api/context.js';
import type { Prisma } from '../../api/db/generated/prisma/client.js';
import { Role } from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { loadResource } from '../shared/index.js';

/** Longest search text of the people page, in characters. */
export const MAX_PEOPLE_SEARCH_LENGTH = 100;

interface PeopleArgs {
  organisationId: { id: string };
  role?: Role | null;
  search?: string | null;
  includeDeactivated?: boolean | null;
}

/** `LIKE` pattern characters taken literally. */
const literal = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/**
 * The people of an organisation (the field's `authorize` has checked the viewer manages them): users whose home
 * lies at or below it, or who hold a role at or below it (with `role`: who hold that role there).
 */
async function peopleWhere(args: PeopleArgs, context: Context): Promise<Prisma.UserWhereInput> {
  const organisation = await loadResource(context, 'Organisation', args.organisationId.id);
  const path = organisation?.paths[0];
  if (!path) return { id: { in: [] } };
  const within = { startsWith: path };
  const conditions: Prisma.UserWhereInput[] = [
    args.role
      ? { roleAssignments: { some: { role: args.role, orgPath: within } } }
      : { OR: [{ orgPath: within }, { roleAssignments: { some: { orgPath: within } } }] },
  ];
  if (!args.includeDeactivated) conditions.push({ deactivatedAt: null });
  const search = args.search?.trim();
  if (search) {
    const contains = { contains: literal(search), mode: 'insensitive' as const };
    conditions.push({ OR: [{ displayName: contains }, { login: contains }, { employeeNumber: contains }] });
  }
  return { AND: conditions };
}

builder.queryField('people', (t) =>
  t.prismaConnection({
    type: 'User',
    cursor: 'id',
    nullable: true,
    description:
      'The people page of an organisation (a school, district or province): people whose home is the organisation or below it, or who hold a ' +
      'role there, by name. For the admins who manage its people (action people:manage); null for anyone else and when the organisation ' +
      'is missing. At most 100 a page.',
    authorize: {
      action: 'people:manage',
      resource: (_root, args) => ({ kind: 'Organisation', id: args.organisationId.id }),
    },
    totalCount: async (_root, args, context) =>
      context.db.prisma.user.count({ where: await peopleWhere(args, context) }),
    args: {
      organisationId: t.arg.globalID({ required: true, for: Organisation, description: 'The organisation.' }),
      role: t.arg({
        type: Role,
        required: false,
        description: 'Only people holding this role on the organisation or below it.',
      }),
      search: t.arg.string({
        required: false,
        description: `Only people whose name, login or employee number contains this text (any case): at most ${MAX_PEOPLE_SEARCH_LENGTH} characters.`,
        validate: z.string().refine((search) => search.length <= MAX_PEOPLE_SEARCH_LENGTH, {
          message: 'BAD_USER_INPUT.peopleSearch',
          params: { max: MAX_PEOPLE_SEARCH_LENGTH },
        }),
      }),
      includeDeactivated: t.arg.boolean({
        required: false,
        description: 'Also list deactivated people (their `active` is false). Default false.',
      }),
    },
    resolve: async (query, _root, args, context) =>
      context.db.prisma.user.findMany({
        ...query,
        where: await peopleWhere(args, context),
        orderBy: [{ displayName: 'asc' }, { id: 'asc' }],
      }),
  }),
);
