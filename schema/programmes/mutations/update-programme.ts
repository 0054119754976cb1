import { z } from 'zod';
import type { Prisma } from '../../../api/db/generated/prisma/client.js';
import { builder } from '../../builder.js';
import { Catalogue } from '../../catalogues/index.js';
import { recordDecision } from '../../history/index.js';
import { ConflictError, globalIdSchema, InvalidStateError, parseInput, payloadQuery } from '../../shared/index.js';
import { batchAcceptsSchool, withinTotalQuota } from '../batch-rules.js';
import { recomputeSelectionDeadlines } from '../batch-windows.js';
import { StageMismatchError, TotalQuotaExceededError, updateProgrammeErrors } from '../errors.js';
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
import { parseProgrammeRules } from '../rules.js';
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
        `Replaces the batches, matched by name (at most ${MAX_BATCHES}): a named batch is updated (every field, so an omitted totalQuota or window end clears it), ` +
        'a new name is created, a batch left out is deleted with its school quotas (refused with CONFLICT when teachers are enrolled in it). ' +
        'Refused too: a totalQuota below the quotas its schools already hold (TOTAL_QUOTA_EXCEEDED), stages an enrolled school shares none of (STAGE_MISMATCH). ' +
        'A changed selection window recomputes its teachers’ deadlines, except those extended one by one.',
    }),
  }),
});

const sameTime = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * Replaces a programme's batches, matched by name: updates the named ones, creates new names and
 * deletes the rest. Refused: deleting a batch with enrolled teachers (CONFLICT), a total quota
 * below what the batch's schools already hold (TOTAL_QUOTA_EXCEEDED), stages that an enrolled school
 * shares none of (STAGE_MISMATCH). Returns whether a batch's selection window changed.
 */
async function replaceBatches(
  tx: Prisma.TransactionClient,
  programmeId: string,
  batches: BatchesValue,
): Promise<{ windowsChanged: boolean }> {
  // Serialises with enrolSchools, which locks the batch before checking its total.
  await tx.$queryRaw`SELECT id FROM "Batch" WHERE "programmeId" = ${programmeId} FOR UPDATE`;
  const existing = await tx.batch.findMany({
    where: { programmeId },
    select: {
      id: true,
      name: true,
      stages: true,
      selectionOpensAt: true,
      selectionClosesAt: true,
      _count: { select: { enrolments: true } },
    },
  });
  const kept = new Set(batches.map((batch) => batch.name));
  const dropped = existing.filter((batch) => !kept.has(batch.name));
  const busy = dropped.find((batch) => batch._count.enrolments > 0);
  if (busy) throw new ConflictError('batchHasTeachers', { name: busy.name, enrolled: busy._count.enrolments });

  const byName = new Map(existing.map((batch) => [batch.name, batch]));
  const updates = batches.flatMap((batch, position) => {
    const old = byName.get(batch.name);
    return old ? [{ old, batch, position }] : [];
  });
  const totalled = updates.filter((u) => u.batch.totalQuota !== null);
  if (totalled.length) {
    const sums = await tx.batchSchool.groupBy({
      by: ['batchId'],
      where: { batchId: { in: totalled.map((u) => u.old.id) } },
      _sum: { quota: true },
    });
    const allocated = new Map(sums.map((row) => [row.batchId, row._sum.quota ?? 0]));
    for (const { old, batch } of totalled) {
      const sum = allocated.get(old.id) ?? 0;
      if (batch.totalQuota !== null && !withinTotalQuota(batch.totalQuota, sum))
        throw new TotalQuotaExceededError(batch.name, batch.totalQuota, sum);
    }
  }
  // Only a batch whose stages changed can now refuse a school it took.
  const restaged = updates.filter(
    ({ old, batch }) => [...batch.stages].sort().join() !== [...old.stages].sort().join(),
  );
  if (restaged.length) {
    const places = await tx.batchSchool.findMany({
      where: { batchId: { in: restaged.map((u) => u.old.id) } },
      select: { batchId: true, school: { select: { name: true, stages: true } } },
      orderBy: [{ school: { name: 'asc' } }, { id: 'asc' }],
    });
    for (const { old, batch } of restaged) {
      const refused = places.find((p) => p.batchId === old.id && !batchAcceptsSchool(batch.stages, p.school.stages));
      if (refused) throw new StageMismatchError(refused.school.name, refused.school.stages, batch.name, batch.stages);
    }
  }

  if (dropped.length) await tx.batch.deleteMany({ where: { id: { in: dropped.map((batch) => batch.id) } } });
  const fresh = batches.flatMap((batch, position) =>
    byName.has(batch.name) ? [] : [{ ...batch, position, programmeId }],
  );
  if (fresh.length) await tx.batch.createMany({ data: fresh });
  for (const { old, batch, position } of updates) {
    await tx.batch.update({ where: { id: old.id }, data: { ...batch, position }, select: { id: true } });
  }
  const windowsChanged = updates.some(
    ({ old, batch }) =>
      !sameTime(old.selectionOpensAt, batch.selectionOpensAt) ||
      !sameTime(old.selectionClosesAt, batch.selectionClosesAt),
  );
  return { windowsChanged };
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
      'Changes a programme’s name, description, phases or batches (their dates, stages, total quotas and selection windows; until CLOSED), and its rules or catalogue (only while DRAFT). ' +
      'Only the district’s admins may. All or nothing.',
    authorize: { action: 'programme:manage', resource: (_root, args) => ({ kind: 'Programme', id: args.input.id.id }) },
    errors: {
      types: updateProgrammeErrors,
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
          const { windowsChanged } = batches
            ? await replaceBatches(tx, programme.id, batches)
            : { windowsChanged: false };
          if (windowsChanged || input.rules != null) {
            const stored = await tx.programme.findUniqueOrThrow({
              where: { id: programme.id },
              select: { rules: true },
            });
            const days = parseProgrammeRules(stored.rules).selection.selectionWindowDays;
            await recomputeSelectionDeadlines(tx, programme.id, days);
          }
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
