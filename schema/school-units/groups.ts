import { z } from 'zod';
import { builder } from '../builder.js';
import { loadSchool, Organisation } from '../organisations/index.js';
import { globalIdSchema, parseInput, payloadQuery } from '../shared/index.js';
import { actingAs, User } from '../users/index.js';
import { addMembersErrors, appointErrors, createUnitErrors } from './errors.js';
import {
  assertSchoolUsers,
  createSchoolUnit,
  grantUnitRole,
  loadSchoolUnit,
  MAX_UNIT_NAME_LENGTH,
  unitCodeSchema,
  unitNameSchema,
} from './school-units.js';

/** Most users added to a group at once. */
export const MAX_GROUP_MEMBERS_PER_CALL = 100;

const CreateGroupInput = builder.inputType('CreateGroupInput', {
  description: 'A new teaching-research group (教研组) of a school.',
  fields: (t) => ({
    schoolId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The school; the viewer must be its school admin or a district admin over it.',
    }),
    name: t.string({
      required: true,
      description: `1 to ${MAX_UNIT_NAME_LENGTH} characters; unique among the school’s groups (e.g. 语文教研组).`,
    }),
    code: t.string({
      required: false,
      description:
        'Stable code, unique across the service: 1 to 64 letters, digits, ".", "_" or "-". Default: generated.',
    }),
  }),
});
const createGroupSchema = z.object({ schoolId: globalIdSchema, name: unitNameSchema, code: unitCodeSchema.nullish() });

builder.mutationField('createGroup', (t) =>
  t.prismaField({
    type: 'Organisation',
    description:
      'Creates a teaching-research group (教研组) in a school. Only the school’s admins and its district’s admins may.',
    authorize: {
      action: 'school:manageUnits',
      resource: (_root, args) => ({ kind: 'School', id: args.input.schoolId.id }),
    },
    errors: {
      types: createUnitErrors,
      result: { description: 'The group is created.' },
      dataField: { name: 'group', description: 'The new group.' },
    },
    args: { input: t.arg({ type: CreateGroupInput, required: true, description: 'The school and the group’s name.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(createGroupSchema, args.input);
      const prisma = context.db.prisma;
      const groupId = await prisma.$transaction(async (tx) => {
        const school = await loadSchool(tx, input.schoolId.id);
        return createSchoolUnit(tx, school, 'GROUP', input.name, input.code ?? null);
      });
      return prisma.organisation.findUniqueOrThrow({ ...payloadQuery(query), where: { id: groupId } });
    },
  }),
);

const SetGroupLeaderInput = builder.inputType('SetGroupLeaderInput', {
  description: 'The leader (教研组组长) of a teaching-research group.',
  fields: (t) => ({
    groupId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The group; the viewer must be an admin of its school or district.',
    }),
    userId: t.globalID({ required: true, for: User, description: 'A user of the school (their home organisation).' }),
  }),
});
const setGroupLeaderSchema = z.object({ groupId: globalIdSchema, userId: globalIdSchema });

builder.mutationField('setGroupLeader', (t) =>
  t.prismaField({
    type: 'RoleAssignment',
    description:
      'Makes a user of the school the leader (GROUP_LEADER) of one of its groups, replacing the previous leader; setting the same leader again ' +
      'changes nothing. Only the school’s admins and its district’s admins may.',
    authorize: {
      action: 'school:manageUnits',
      resource: (_root, args) => ({ kind: 'Group', id: args.input.groupId.id }),
    },
    errors: {
      types: appointErrors,
      result: { description: 'The user leads the group.' },
      dataField: { name: 'assignment', description: 'The GROUP_LEADER role on the group.' },
    },
    args: { input: t.arg({ type: SetGroupLeaderInput, required: true, description: 'The group and its leader.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(setGroupLeaderSchema, args.input);
      const prisma = context.db.prisma;
      const assignmentId = await prisma.$transaction(async (tx) => {
        await actingAs(tx, context.viewer.user?.id ?? null);
        const group = await loadSchoolUnit(tx, input.groupId.id, 'GROUP');
        await assertSchoolUsers(tx, context, [input.userId.id], group.schoolId);
        await tx.roleAssignment.deleteMany({
          where: { organisationId: group.id, role: 'GROUP_LEADER', userId: { not: input.userId.id } },
        });
        return grantUnitRole(tx, input.userId.id, 'GROUP_LEADER', group);
      });
      return prisma.roleAssignment.findUniqueOrThrow({ ...payloadQuery(query), where: { id: assignmentId } });
    },
  }),
);

const AddGroupMembersInput = builder.inputType('AddGroupMembersInput', {
  description: 'Users of the school who join a teaching-research group.',
  fields: (t) => ({
    groupId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The group; the viewer must be an admin of its school or district.',
    }),
    userIds: t.globalIDList({
      required: true,
      for: User,
      description: `1 to ${MAX_GROUP_MEMBERS_PER_CALL} users of the school; those already members stay as they are.`,
    }),
  }),
});
const addGroupMembersSchema = z.object({
  groupId: globalIdSchema,
  userIds: z.array(globalIdSchema).min(1).max(MAX_GROUP_MEMBERS_PER_CALL),
});

builder.mutationField('addGroupMembers', (t) =>
  t.prismaField({
    type: 'Organisation',
    description:
      'Adds users of the school to one of its teaching-research groups as members (a TEACHER role on the group). Adding a member twice changes ' +
      'nothing. All or nothing: one user missing or of another school and none is added. Only the school’s admins and its district’s admins may.',
    authorize: {
      action: 'school:manageUnits',
      resource: (_root, args) => ({ kind: 'Group', id: args.input.groupId.id }),
    },
    errors: {
      types: addMembersErrors,
      result: { description: 'The users are members of the group.' },
      dataField: { name: 'group', description: 'The group; query `members` for its members.' },
    },
    args: {
      input: t.arg({ type: AddGroupMembersInput, required: true, description: 'The group and the users who join it.' }),
    },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(addGroupMembersSchema, args.input);
      const prisma = context.db.prisma;
      const groupId = await prisma.$transaction(async (tx) => {
        await actingAs(tx, context.viewer.user?.id ?? null);
        const group = await loadSchoolUnit(tx, input.groupId.id, 'GROUP');
        const userIds = [...new Set(input.userIds.map((user) => user.id))];
        await assertSchoolUsers(tx, context, userIds, group.schoolId);
        await tx.roleAssignment.createMany({
          data: userIds.map((userId) => ({
            userId,
            role: 'TEACHER' as const,
            organisationId: group.id,
            orgPath: group.path,
          })),
          skipDuplicates: true,
        });
        return group.id;
      });
      return prisma.organisation.findUniqueOrThrow({ ...payloadQuery(query), where: { id: groupId } });
    },
  }),
);

const RemoveGroupMemberInput = builder.inputType('RemoveGroupMemberInput', {
  description: 'A member leaving a teaching-research group.',
  fields: (t) => ({
    groupId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The group; the viewer must be an admin of its school or district.',
    }),
    userId: t.globalID({ required: true, for: User, description: 'A user of the school.' }),
  }),
});
const removeGroupMemberSchema = z.object({ groupId: globalIdSchema, userId: globalIdSchema });

builder.mutationField('removeGroupMember', (t) =>
  t.prismaField({
    type: 'Organisation',
    description:
      'Removes a member (their TEACHER role on the group) from a teaching-research group; a leader stays leader. Removing a non-member changes ' +
      'nothing. Only the school’s admins and its district’s admins may.',
    authorize: {
      action: 'school:manageUnits',
      resource: (_root, args) => ({ kind: 'Group', id: args.input.groupId.id }),
    },
    errors: {
      types: appointErrors,
      result: { description: 'The user is no longer a member of the group.' },
      dataField: { name: 'group', description: 'The group; query `members` for its members.' },
    },
    args: {
      input: t.arg({
        type: RemoveGroupMemberInput,
        required: true,
        description: 'The group and the member who leaves it.',
      }),
    },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(removeGroupMemberSchema, args.input);
      const prisma = context.db.prisma;
      const groupId = await prisma.$transaction(async (tx) => {
        await actingAs(tx, context.viewer.user?.id ?? null);
        const group = await loadSchoolUnit(tx, input.groupId.id, 'GROUP');
        await assertSchoolUsers(tx, context, [input.userId.id], group.schoolId);
        await tx.roleAssignment.deleteMany({
          where: { userId: input.userId.id, role: 'TEACHER', organisationId: group.id },
        });
        return group.id;
      });
      return prisma.organisation.findUniqueOrThrow({ ...payloadQuery(query), where: { id: groupId } });
    },
  }),
);
