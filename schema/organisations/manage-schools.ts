/**
 * A district's schools (action `district:manageSchools`, district admins): create, rename, re-code, set stages and
 * full-time teachers, deactivate and reactivate.
 */
import { z } from 'zod';
import { SchoolStage } from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { recordDecision } from '../history/index.js';
import { actingUserId, globalIdSchema, parseInput, payloadQuery } from '../shared/index.js';
import { deactivateSchoolErrors, reactivateErrors, SchoolInProgrammeError, writeOrganisationErrors } from './errors.js';
import {
  fullTimeTeachersSchema,
  INPUT_DESCRIPTIONS,
  organisationCodeSchema,
  organisationNameSchema,
  schoolStagesSchema,
} from './input.js';
import { Organisation } from './organisation.js';
import { deactivationBlock, orderedStages } from './rules.js';
import {
  assertActive,
  createOrganisation,
  loadOrganisation,
  schoolParticipation,
  updateOrganisation,
} from './writes.js';

const schoolPayload = (description: string) => ({
  result: { description },
  dataField: { name: 'school', description: 'The school after the change.' },
});

const CreateSchoolInput = builder.inputType('CreateSchoolInput', {
  description: 'A new school of a district.',
  fields: (t) => ({
    districtId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The district; the viewer must be its district admin. Refused while it is deactivated.',
    }),
    name: t.string({ required: true, description: INPUT_DESCRIPTIONS.name }),
    code: t.string({ required: false, description: `${INPUT_DESCRIPTIONS.code} Default: generated.` }),
    stages: t.field({ type: [SchoolStage], required: true, description: INPUT_DESCRIPTIONS.stages }),
    fullTimeTeachers: t.int({ required: true, description: INPUT_DESCRIPTIONS.fullTimeTeachers }),
  }),
});
const createSchoolSchema = z.object({
  districtId: globalIdSchema,
  name: organisationNameSchema,
  code: organisationCodeSchema.nullish(),
  stages: schoolStagesSchema,
  fullTimeTeachers: fullTimeTeachersSchema,
});

builder.mutationField('createSchool', (t) =>
  t.prismaField({
    type: 'Organisation',
    description:
      'Creates a school in a district, with its stages and full-time teachers. Only the district’s admins may; another ' +
      'district’s admin finds the district missing (NOT_FOUND).',
    authorize: {
      action: 'district:manageSchools',
      resource: (_root, args) => ({ kind: 'District', id: args.input.districtId.id }),
    },
    errors: { types: writeOrganisationErrors, ...schoolPayload('The school is created.') },
    args: { input: t.arg({ type: CreateSchoolInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(createSchoolSchema, args.input);
      const prisma = context.db.prisma;
      const schoolId = await prisma.$transaction(async (tx) => {
        const district = await loadOrganisation(tx, input.districtId.id);
        return createOrganisation(tx, district, 'SCHOOL', {
          name: input.name,
          code: input.code ?? null,
          stages: orderedStages(input.stages),
          fullTimeTeachers: input.fullTimeTeachers,
        });
      });
      return prisma.organisation.findUniqueOrThrow({ ...payloadQuery(query), where: { id: schoolId } });
    },
  }),
);

const UpdateSchoolInput = builder.inputType('UpdateSchoolInput', {
  description: 'Changes to a school; omitted (or null) fields stay as they are.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: Organisation, description: 'The school.' }),
    name: t.string({ required: false, description: INPUT_DESCRIPTIONS.name }),
    code: t.string({ required: false, description: INPUT_DESCRIPTIONS.code }),
    stages: t.field({ type: [SchoolStage], required: false, description: INPUT_DESCRIPTIONS.stages }),
    fullTimeTeachers: t.int({ required: false, description: INPUT_DESCRIPTIONS.fullTimeTeachers }),
  }),
});
const updateSchoolSchema = z.object({
  id: globalIdSchema,
  name: organisationNameSchema.nullish(),
  code: organisationCodeSchema.nullish(),
  stages: schoolStagesSchema.nullish(),
  fullTimeTeachers: fullTimeTeachersSchema.nullish(),
});

builder.mutationField('updateSchool', (t) =>
  t.prismaField({
    type: 'Organisation',
    description:
      'Renames or re-codes a school, or changes its stages or full-time teachers (deactivated schools too). Only the ' +
      'admins of its district may.',
    authorize: {
      action: 'district:manageSchools',
      resource: (_root, args) => ({ kind: 'School', id: args.input.id.id }),
    },
    errors: { types: writeOrganisationErrors, ...schoolPayload('The school is changed.') },
    args: { input: t.arg({ type: UpdateSchoolInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(updateSchoolSchema, args.input);
      const prisma = context.db.prisma;
      await prisma.$transaction(async (tx) => {
        const school = await loadOrganisation(tx, input.id.id);
        await updateOrganisation(tx, school, { ...input, stages: input.stages ? orderedStages(input.stages) : null });
      });
      return prisma.organisation.findUniqueOrThrow({ ...payloadQuery(query), where: { id: input.id.id } });
    },
  }),
);

const SchoolRefInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({ id: t.globalID({ required: true, for: Organisation, description: 'The school.' }) }),
  });
const schoolRefSchema = z.object({ id: globalIdSchema });

const DeactivateSchoolInput = SchoolRefInput('DeactivateSchoolInput', 'A school to deactivate.');
const ReactivateSchoolInput = SchoolRefInput('ReactivateSchoolInput', 'A deactivated school to reactivate.');

builder.mutationField('deactivateSchool', (t) =>
  t.prismaField({
    type: 'Organisation',
    description:
      'Deactivates a school: it keeps its classes, groups, people and records and stays readable by ID, but lists leave ' +
      'it out unless asked (`includeDeactivated`). Refused (SCHOOL_IN_PROGRAMME) while teachers of it are enrolled in a ' +
      'RUNNING programme. Deactivating it again changes nothing. Only the admins of its district may.',
    authorize: {
      action: 'district:manageSchools',
      resource: (_root, args) => ({ kind: 'School', id: args.input.id.id }),
    },
    errors: { types: deactivateSchoolErrors, ...schoolPayload('The school is deactivated.') },
    args: { input: t.arg({ type: DeactivateSchoolInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { id } = parseInput(schoolRefSchema, args.input).id;
      const prisma = context.db.prisma;
      await prisma.$transaction(async (tx) => {
        const school = await loadOrganisation(tx, id);
        if (school.deactivatedAt) return;
        const block = deactivationBlock(await schoolParticipation(tx, id));
        if (block) throw new SchoolInProgrammeError('deactivate', school.name, block);
        await tx.organisation.update({ where: { id }, data: { deactivatedAt: new Date() }, select: { id: true } });
        await recordDecision(tx, {
          subjectType: 'Organisation',
          subjectId: id,
          actorId: actingUserId(context),
          action: 'DEACTIVATE',
          fromState: 'ACTIVE',
          toState: 'DEACTIVATED',
          orgPath: school.path,
        });
      });
      return prisma.organisation.findUniqueOrThrow({ ...payloadQuery(query), where: { id } });
    },
  }),
);

builder.mutationField('reactivateSchool', (t) =>
  t.prismaField({
    type: 'Organisation',
    description:
      'Reactivates a deactivated school (refused while its district is deactivated); reactivating an active school ' +
      'changes nothing. Only the admins of its district may.',
    authorize: {
      action: 'district:manageSchools',
      resource: (_root, args) => ({ kind: 'School', id: args.input.id.id }),
    },
    errors: { types: reactivateErrors, ...schoolPayload('The school is active.') },
    args: { input: t.arg({ type: ReactivateSchoolInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { id } = parseInput(schoolRefSchema, args.input).id;
      const prisma = context.db.prisma;
      await prisma.$transaction(async (tx) => {
        const school = await loadOrganisation(tx, id);
        if (!school.deactivatedAt) return;
        if (school.parentId) assertActive(await loadOrganisation(tx, school.parentId));
        await tx.organisation.update({ where: { id }, data: { deactivatedAt: null }, select: { id: true } });
        await recordDecision(tx, {
          subjectType: 'Organisation',
          subjectId: id,
          actorId: actingUserId(context),
          action: 'REACTIVATE',
          fromState: 'DEACTIVATED',
          toState: 'ACTIVE',
          orgPath: school.path,
        });
      });
      return prisma.organisation.findUniqueOrThrow({ ...payloadQuery(query), where: { id } });
    },
  }),
);
