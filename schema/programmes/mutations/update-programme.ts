import { z } from 'zod';
import type { Prisma } from '../../../api/db/generated/prisma/client.js';
import { builder } from '../../builder.js';
import { Catalogue } from '../../catalogues/index.js';
import { recordDecision } from '../../history/index.js';
import { ConflictError, globalIdSchema, InvalidStateError, parseInput, payloadQuery } from '../../shared/index.js';
import { changeProgrammeErrors } from '../errors.js';
import {
  type BatchesValue,
  BatchInput,
  batchesSchema,
  descriptionSchema,
  MAX_BATCHES,
  nameSchema,
  ProgrammePhaseInput,
  phasesSchema,
  rulesInputSchema,
} from '../input.js';
import { Programme } from '../programme.js';
import { ProgrammeRulesInput } from '../rules-types.js';
import { assertPublishedCatalogue } from './catalogue-check.js';
import { loadProgrammeForChange } from './load.js';

const UpdateProgrammeInput = builder.inputType('UpdateProgrammeInput', {
  description: 'Changes to a programme; omitted (or null) fields stay as they are.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: Programme }),
    name: t.string({ required: false, description: '1 to 200 characters.' }),
    description: t.string({ required: false, description: 'At most 4000 characters; an empty string clears it.' }),
    rules: t.field({
      type: ProgrammeRulesInput,
      required: false,
      description: 'Replaces the rules; only while DRAFT.',
    }),
    catalogueId: t.globalID({
      required: false,
      for: Catalogue,
      description: 'A published catalogue version; only while DRAFT.',
    }),
    phases: t.field({
      type: [ProgrammePhaseInput],
      required: false,
      description: 'Replaces every phase: at most 4, one per kind.',
    }),
    batches: t.field({
      type: [BatchInput],
      required: false,
      description:
        `Replaces the batches, matched by name (at most ${MAX_BATCHES}): a named batch is updated, a new name is created, ` +
        'a batch left out is deleted with its school quotas (refused with CONFLICT when teachers are enrolled in it).',
    }),
  }),
});

/**
 * Replaces a programme's batches, matched by name: updates the named ones, creates new names and
 * deletes the rest, refusing (CONFLICT) to delete a batch with enrolled teachers.
 */
async function replaceBatches(tx: Prisma.TransactionClient, programmeId: string, batches: BatchesValue) {
  const existing = await tx.batch.findMany({
    where: { programmeId },
    select: { id: true, name: true, _count: { select: { enrolments: true } } },
  });
  const kept = new Set(batches.map((batch) => batch.name));
  const dropped = existing.filter((batch) => !kept.has(batch.name));
  const busy = dropped.find((batch) => batch._count.enrolments > 0);
  if (busy) throw new ConflictError('batchHasTeachers', { name: busy.name, enrolled: busy._count.enrolments });
  if (dropped.length) await tx.batch.deleteMany({ where: { id: { in: dropped.map((batch) => batch.id) } } });
  const byName = new Map(existing.map((batch) => [batch.name, batch.id]));
  const fresh = batches.flatMap((batch, position) =>
    byName.has(batch.name) ? [] : [{ ...batch, position, programmeId }],
  );
  if (fresh.length) await tx.batch.createMany({ data: fresh });
  for (const [position, batch] of batches.entries()) {
    const id = byName.get(batch.name);
    if (id) await tx.batch.update({ where: { id }, data: { ...batch, position }, select: { id: true } });
  }
}

const updateProgrammeSchema = z.object({
  id: globalIdSchema,
  name: nameSchema.nullish(),
  description: descriptionSchema.nullish(),
  rules: rulesInputSchema.nullish(),
  catalogueId: globalIdSchema.nullish(),
  phases: phasesSchema.nullish(),
  batches: batchesSchema.nullish(),
});

builder.mutationField('updateProgramme', (t) =>
  t.prismaField({
    type: 'Programme',
    description:
      'Changes a programme’s name, description, phases or batches (until CLOSED), and its rules or catalogue (only while DRAFT). ' +
      'Only the district’s admins may. All or nothing.',
    authorize: { action: 'programme:manage', resource: (_root, args) => ({ kind: 'Programme', id: args.input.id.id }) },
    errors: {
      types: [...changeProgrammeErrors, ConflictError],
      dataField: { name: 'programme', description: 'The programme after the change.' },
    },
    args: { input: t.arg({ type: UpdateProgrammeInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(updateProgrammeSchema, args.input);
      const programme = await loadProgrammeForChange(context, input.id.id);
      const changesRules =
        input.rules != null || (input.catalogueId != null && input.catalogueId.id !== programme.catalogueId);
      if (changesRules && programme.status !== 'DRAFT') {
        throw new InvalidStateError('rulesOnlyInDraft', { status: programme.status });
      }
      if (input.catalogueId) await assertPublishedCatalogue(context, input.catalogueId.id);

      const data: Prisma.ProgrammeUncheckedUpdateInput = {
        ...(input.name != null ? { name: input.name } : {}),
        ...(input.description != null ? { description: input.description || null } : {}),
        ...(input.rules != null ? { rules: input.rules as Prisma.InputJsonValue } : {}),
        ...(input.catalogueId != null ? { catalogueId: input.catalogueId.id } : {}),
      };
      const phases = input.phases;
      const batches = input.batches;

      const changed = Object.keys(data).length > 0 || phases != null || batches != null;
      if (changed) {
        await context.db.prisma.$transaction(async (tx) => {
          // Conditional on the state read above, so a concurrent publish or close wins cleanly.
          const { count } = await tx.programme.updateMany({
            where: { id: programme.id, status: programme.status },
            data: { ...data, updatedAt: new Date() },
          });
          if (count === 0) throw new InvalidStateError('programmeChangedMeanwhile');
          if (batches) await replaceBatches(tx, programme.id, batches);
          if (phases) {
            await tx.programmePhase.deleteMany({ where: { programmeId: programme.id } });
            if (phases.length)
              await tx.programmePhase.createMany({
                data: phases.map((phase) => ({ ...phase, programmeId: programme.id })),
              });
          }
          await recordDecision(tx, {
            subjectType: 'Programme',
            subjectId: programme.id,
            actorId: context.viewer.user?.id ?? null,
            action: 'UPDATE',
            fromState: programme.status,
            toState: programme.status,
            orgPath: programme.orgPath,
          });
        });
      }
      return context.db.prisma.programme.findUniqueOrThrow({ ...payloadQuery(query), where: { id: programme.id } });
    },
  }),
);
