import { z } from 'zod';
import { builder } from '../builder.js';
import { loadSchool, Organisation } from '../organisations/index.js';
import { globalIdSchema, parseInput, payloadQuery } from '../shared/index.js';
import { actingAs, User } from '../users/index.js';
import { appointErrors, createUnitErrors } from './errors.js';
import {
  assertSchoolUsers,
  createSchoolUnit,
  grantUnitRole,
  loadSchoolUnit,
  MAX_UNIT_NAME_LENGTH,
  unitCodeSchema,
  unitNameSchema,
} from './school-units.js';

const CreateClassInput = builder.inputType('CreateClassInput', {
  description: 'A new class (班级) of a school.',
  fields: (t) => ({
    schoolId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The school; the viewer must be its school admin or a district admin over it.',
    }),
    name: t.string({
      required: true,
      description: `1 to ${MAX_UNIT_NAME_LENGTH} characters; unique among the school’s classes.`,
    }),
    code: t.string({
      required: false,
      description:
        'Stable code, unique across the service: 1 to 64 letters, digits, ".", "_" or "-". Default: generated.',
    }),
  }),
});
const createClassSchema = z.object({ schoolId: globalIdSchema, name: unitNameSchema, code: unitCodeSchema.nullish() });

builder.mutationField('createClass', (t) =>
  t.prismaField({
    type: 'Organisation',
    description:
      'Creates a class (班级) in a school. Only the school’s admins and its district’s admins may. Programmes that form one class per school use the school’s first class.',
    authorize: {
      action: 'school:manageUnits',
      resource: (_root, args) => ({ kind: 'School', id: args.input.schoolId.id }),
    },
    errors: {
      types: createUnitErrors,
      result: { description: 'The class is created.' },
      dataField: { name: 'class', description: 'The new class.' },
    },
    args: { input: t.arg({ type: CreateClassInput, required: true, description: 'The school and the class’s name.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(createClassSchema, args.input);
      const prisma = context.db.prisma;
      const classId = await prisma.$transaction(async (tx) => {
        const school = await loadSchool(tx, input.schoolId.id);
        return createSchoolUnit(tx, school, 'CLASS', input.name, input.code ?? null);
      });
      return prisma.organisation.findUniqueOrThrow({ ...payloadQuery(query), where: { id: classId } });
    },
  }),
);

const AssignClassTutorInput = builder.inputType('AssignClassTutorInput', {
  description: 'A class tutor (班级辅导者) for a class.',
  fields: (t) => ({
    classId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The class; the viewer must be an admin of its school or district.',
    }),
    userId: t.globalID({ required: true, for: User, description: 'A user of the school (their home organisation).' }),
  }),
});
const assignClassTutorSchema = z.object({ classId: globalIdSchema, userId: globalIdSchema });

builder.mutationField('assignClassTutor', (t) =>
  t.prismaField({
    type: 'RoleAssignment',
    description:
      'Makes a user of the school a tutor (CLASS_TUTOR) of one of its classes; a class may have several. Assigning a tutor twice changes nothing. ' +
      'Only the school’s admins and its district’s admins may.',
    authorize: {
      action: 'school:manageUnits',
      resource: (_root, args) => ({ kind: 'Class', id: args.input.classId.id }),
    },
    errors: {
      types: appointErrors,
      result: { description: 'The user tutors the class.' },
      dataField: { name: 'assignment', description: 'The CLASS_TUTOR role on the class.' },
    },
    args: { input: t.arg({ type: AssignClassTutorInput, required: true, description: 'The class and the user.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(assignClassTutorSchema, args.input);
      const prisma = context.db.prisma;
      const assignmentId = await prisma.$transaction(async (tx) => {
        await actingAs(tx, context.viewer.user?.id ?? null);
        const klass = await loadSchoolUnit(tx, input.classId.id, 'CLASS');
        await assertSchoolUsers(tx, context, [input.userId.id], klass.schoolId);
        return grantUnitRole(tx, input.userId.id, 'CLASS_TUTOR', klass);
      });
      return prisma.roleAssignment.findUniqueOrThrow({ ...payloadQuery(query), where: { id: assignmentId } });
    },
  }),
);
