/**
 * A province's cities and districts (action `province:manageDistricts`, province admins): create cities and
 * districts, rename and re-code districts.
 */
import { z } from 'zod';
import { builder } from '../builder.js';
import { globalIdSchema, inputIssue, parseInput, payloadQuery } from '../shared/index.js';
import { writeOrganisationErrors } from './errors.js';
import { INPUT_DESCRIPTIONS, organisationCodeSchema, organisationNameSchema } from './input.js';
import { Organisation } from './organisation.js';
import { mayHoldChild, PARENT_KINDS } from './rules.js';
import { createOrganisation, loadOrganisation, updateOrganisation } from './writes.js';

const newRegionFields = {
  name: organisationNameSchema,
  code: organisationCodeSchema.nullish(),
};

const CreateCityInput = builder.inputType('CreateCityInput', {
  description: 'A new city (市) of a province.',
  fields: (t) => ({
    provinceId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The province; the viewer must be its province admin.',
    }),
    name: t.string({ required: true, description: INPUT_DESCRIPTIONS.name }),
    code: t.string({ required: false, description: `${INPUT_DESCRIPTIONS.code} Default: generated.` }),
  }),
});
const createCitySchema = z.object({ provinceId: globalIdSchema, ...newRegionFields });

builder.mutationField('createCity', (t) =>
  t.prismaField({
    type: 'Organisation',
    description: 'Creates a city in a province. Only the province’s admins may.',
    authorize: {
      action: 'province:manageDistricts',
      resource: (_root, args) => ({ kind: 'Province', id: args.input.provinceId.id }),
    },
    errors: {
      types: writeOrganisationErrors,
      result: { description: 'The city is created.' },
      dataField: { name: 'city', description: 'The new city.' },
    },
    args: { input: t.arg({ type: CreateCityInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(createCitySchema, args.input);
      const prisma = context.db.prisma;
      const cityId = await prisma.$transaction(async (tx) => {
        const province = await loadOrganisation(tx, input.provinceId.id);
        return createOrganisation(tx, province, 'CITY', { name: input.name, code: input.code ?? null });
      });
      return prisma.organisation.findUniqueOrThrow({ ...payloadQuery(query), where: { id: cityId } });
    },
  }),
);

const CreateDistrictInput = builder.inputType('CreateDistrictInput', {
  description: 'A new district (区/县) of a province, directly or in one of its cities.',
  fields: (t) => ({
    parentId: t.globalID({
      required: true,
      for: Organisation,
      description: 'A province or one of its cities; the viewer must be the province’s admin.',
    }),
    name: t.string({ required: true, description: INPUT_DESCRIPTIONS.name }),
    code: t.string({ required: false, description: `${INPUT_DESCRIPTIONS.code} Default: generated.` }),
  }),
});
const createDistrictSchema = z.object({ parentId: globalIdSchema, ...newRegionFields });

builder.mutationField('createDistrict', (t) =>
  t.prismaField({
    type: 'Organisation',
    description:
      'Creates a district in a province or one of its cities (a province admin then grants its district admins their role). ' +
      'Only the province’s admins may.',
    authorize: {
      action: 'province:manageDistricts',
      resource: (_root, args) => ({ kind: 'Organisation', id: args.input.parentId.id }),
    },
    errors: {
      types: writeOrganisationErrors,
      result: { description: 'The district is created.' },
      dataField: { name: 'district', description: 'The new district.' },
    },
    args: { input: t.arg({ type: CreateDistrictInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(createDistrictSchema, args.input);
      const prisma = context.db.prisma;
      const districtId = await prisma.$transaction(async (tx) => {
        const parent = await loadOrganisation(tx, input.parentId.id);
        if (!mayHoldChild(parent.kind, 'DISTRICT'))
          throw inputIssue(['parentId'], 'VALIDATION.parentKind', {
            field: 'parentId',
            kinds: PARENT_KINDS.DISTRICT.join(),
          });
        return createOrganisation(tx, parent, 'DISTRICT', { name: input.name, code: input.code ?? null });
      });
      return prisma.organisation.findUniqueOrThrow({ ...payloadQuery(query), where: { id: districtId } });
    },
  }),
);

const UpdateDistrictInput = builder.inputType('UpdateDistrictInput', {
  description: 'A district’s new name or code; omitted (or null) fields stay as they are.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: Organisation, description: 'The district.' }),
    name: t.string({ required: false, description: INPUT_DESCRIPTIONS.name }),
    code: t.string({ required: false, description: INPUT_DESCRIPTIONS.code }),
  }),
});
const updateDistrictSchema = z.object({
  id: globalIdSchema,
  name: organisationNameSchema.nullish(),
  code: organisationCodeSchema.nullish(),
});

builder.mutationField('updateDistrict', (t) =>
  t.prismaField({
    type: 'Organisation',
    description: 'Renames or re-codes a district. Only the admins of its province may.',
    authorize: {
      action: 'province:manageDistricts',
      resource: (_root, args) => ({ kind: 'District', id: args.input.id.id }),
    },
    errors: {
      types: writeOrganisationErrors,
      result: { description: 'The district is changed.' },
      dataField: { name: 'district', description: 'The district after the change.' },
    },
    args: { input: t.arg({ type: UpdateDistrictInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(updateDistrictSchema, args.input);
      const prisma = context.db.prisma;
      await prisma.$transaction(async (tx) => {
        const district = await loadOrganisation(tx, input.id.id);
        await updateOrganisation(tx, district, { name: input.name, code: input.code });
      });
      return prisma.organisation.findUniqueOrThrow({ ...payloadQuery(query), where: { id: input.id.id } });
    },
  }),
);
