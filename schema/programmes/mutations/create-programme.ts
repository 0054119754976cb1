import { z } from 'zod';
import { Prisma } from '../../../api/db/generated/prisma/client.js';
import { builder } from '../../builder.js';
import { Catalogue } from '../../catalogues/index.js';
import { recordDecision } from '../../history/index.js';
import { Organisation } from '../../organisations/index.js';
import { ConflictError, globalIdSchema, parseInput, payloadQuery } from '../../shared/index.js';
import { createProgrammeErrors } from '../errors.js';
import {
  BatchInput,
  batchesSchema,
  codeSchema,
  descriptionSchema,
  MAX_BATCHES,
  nameSchema,
  ProgrammePhaseInput,
  phasesSchema,
  rulesInputSchema,
} from '../input.js';
import { ProgrammeRulesInput } from '../rules-types.js';
import { batchRows } from './batch-rows.js';
import { assertPublishedCatalogue } from './catalogue-check.js';

const CreateProgrammeInput = builder.inputType('CreateProgrammeInput', {
  description: 'A new programme, created in DRAFT.',
  fields: (t) => ({
    districtId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The district running it; the viewer must be its district admin.',
    }),
    code: t.string({
      required: true,
      description: 'Stable code, unique across the service: 1 to 64 letters, digits, ".", "_" or "-".',
    }),
    name: t.string({ required: true, description: '1 to 200 characters.' }),
    description: t.string({ required: false, description: 'At most 4000 characters.' }),
    catalogueId: t.globalID({ required: true, for: Catalogue, description: 'A published catalogue version.' }),
    rules: t.field({ type: ProgrammeRulesInput, required: true }),
    phases: t.field({
      type: [ProgrammePhaseInput],
      required: false,
      description: 'At most 4, one per kind. Default: none.',
    }),
    batches: t.field({
      type: [BatchInput],
      required: false,
      description: `At most ${MAX_BATCHES}, names unique. Default: none.`,
    }),
  }),
});

const createProgrammeSchema = z.object({
  districtId: globalIdSchema,
  code: codeSchema,
  name: nameSchema,
  description: descriptionSchema.nullish(),
  catalogueId: globalIdSchema,
  rules: rulesInputSchema,
  phases: phasesSchema.nullish().transform((phases) => phases ?? []),
  batches: batchesSchema.nullish().transform((batches) => batches ?? []),
});

builder.mutationField('createProgramme', (t) =>
  t.prismaField({
    type: 'Programme',
    description:
      'Creates a programme in DRAFT for a district. Only the district’s admins may; the catalogue must be published.',
    authorize: {
      action: 'programme:create',
      resource: (_root, args) => ({ kind: 'District', id: args.input.districtId.id }),
    },
    errors: { types: createProgrammeErrors, dataField: { name: 'programme', description: 'The new programme.' } },
    args: { input: t.arg({ type: CreateProgrammeInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(createProgrammeSchema, args.input);
      const prisma = context.db.prisma;
      const district = await prisma.organisation.findUniqueOrThrow({
        where: { id: input.districtId.id },
        select: { id: true, path: true },
      });
      await assertPublishedCatalogue(context, input.catalogueId.id);
      if (await prisma.programme.findUnique({ where: { code: input.code }, select: { id: true } })) {
        throw new ConflictError('programmeCode', { code: input.code });
      }

      try {
        const created = await prisma.$transaction(async (tx) => {
          const programme = await tx.programme.create({
            data: {
              districtId: district.id,
              orgPath: district.path,
              code: input.code,
              name: input.name,
              description: input.description || null,
              catalogueId: input.catalogueId.id,
              rules: input.rules as Prisma.InputJsonValue,
              phases: { createMany: { data: input.phases } },
              batches: { createMany: { data: batchRows(input.batches) } },
            },
            select: { id: true },
          });
          await recordDecision(tx, {
            subjectType: 'Programme',
            subjectId: programme.id,
            actorId: context.viewer.user?.id ?? null,
            action: 'CREATE',
            toState: 'DRAFT',
            orgPath: district.path,
          });
          return programme;
        });
        return await prisma.programme.findUniqueOrThrow({ ...payloadQuery(query), where: { id: created.id } });
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
          throw new ConflictError('programmeCode', { code: input.code });
        }
        throw error;
      }
    },
  }),
);
