/**
 * Input objects shared by the programme mutations, and the zod schemas that validate them.
 * Limits live here and are stated in the descriptions.
 */
import { z } from 'zod';
import { builder } from '../builder.js';
import { DateScalar } from '../shared/index.js';
import { PhaseKind, SchoolStage } from './enums.js';
import { rulesInputSchema } from './rules-types.js';

/** Most batches a programme holds. */
export const MAX_BATCHES = 20;
/** Most phases a programme holds (one per phase kind). */
export const MAX_PHASES = 4;
/** Longest programme or batch name, in characters. */
export const MAX_NAME_LENGTH = 200;
/** Longest programme description, in characters. */
export const MAX_DESCRIPTION_LENGTH = 4000;
/** Longest comment on a state change, in characters. */
export const MAX_COMMENT_LENGTH = 2000;
/** Largest total quota of one batch (teachers across all its schools). */
export const MAX_TOTAL_QUOTA = 10_000_000;

export const ProgrammePhaseInput = builder.inputType('ProgrammePhaseInput', {
  description: 'A phase and its dates (inclusive).',
  fields: (t) => ({
    kind: t.field({ type: PhaseKind, required: true, description: 'At most one phase of each kind.' }),
    startsOn: t.field({ type: DateScalar, required: true, description: 'First day.' }),
    endsOn: t.field({ type: DateScalar, required: true, description: 'Last day; on or after startsOn.' }),
  }),
});

export const BatchInput = builder.inputType('BatchInput', {
  description:
    'A batch (批次): a name unique within the programme, its dates (inclusive) and the school stages it is for.',
  fields: (t) => ({
    name: t.string({
      required: true,
      description: `1 to ${MAX_NAME_LENGTH} characters; unique within the programme. Updates match batches by name.`,
    }),
    startsOn: t.field({ type: DateScalar, required: true, description: 'First day.' }),
    endsOn: t.field({ type: DateScalar, required: true, description: 'Last day; on or after startsOn.' }),
    stages: t.field({
      type: [SchoolStage],
      required: true,
      description:
        'School stages the batch is for: 1 to 5, no repeats. A school whose recorded stages share none of them cannot be enrolled (STAGE_MISMATCH).',
    }),
    totalQuota: t.int({
      required: false,
      description: `Most teachers the batch takes across all its schools (Xinbei: 2,000): 0 to ${MAX_TOTAL_QUOTA}. The schools’ quotas may not add up to more (TOTAL_QUOTA_EXCEEDED). Omitted or null: no total.`,
    }),
    selectionOpensAt: t.field({
      type: 'DateTime',
      required: false,
      description:
        'Teachers’ selection windows start no earlier than this: a teacher enrolled before it gets selectionWindowDays from here. Omitted or null: from enrolment.',
    }),
    selectionClosesAt: t.field({
      type: 'DateTime',
      required: false,
      description:
        'No teacher’s selection window runs past this (unless the district extends it for them); on or after selectionOpensAt. Omitted or null: no cap. ' +
        'Changing either end recomputes the deadlines of the batch’s teachers, except those extended one by one.',
    }),
  }),
});

export const nameSchema = z.string().trim().min(1).max(MAX_NAME_LENGTH);
export const descriptionSchema = z.string().trim().max(MAX_DESCRIPTION_LENGTH);
export const commentSchema = z.string().trim().max(MAX_COMMENT_LENGTH);
export const codeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'VALIDATION.code');

const dateRange = <T extends { startsOn: Date; endsOn: Date }>(value: T, ctx: z.RefinementCtx) => {
  if (value.startsOn > value.endsOn)
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'VALIDATION.endsBeforeStart' });
};

const selectionWindowRange = (
  value: { selectionOpensAt: Date | null; selectionClosesAt: Date | null },
  ctx: z.RefinementCtx,
) => {
  if (value.selectionOpensAt && value.selectionClosesAt && value.selectionOpensAt > value.selectionClosesAt)
    ctx.addIssue({ code: 'custom', path: ['selectionClosesAt'], message: 'VALIDATION.closesBeforeOpens' });
};

/** Reports the second and later occurrences of a key in a list, at `[index, field]`. */
const unique =
  <T>(field: keyof T & string, key: (item: T) => string) =>
  (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const k = key(item);
      if (seen.has(k))
        ctx.addIssue({
          code: 'custom',
          path: [index, field],
          message: 'VALIDATION.givenTwice',
          params: { field, value: k },
        });
      seen.add(k);
    });
  };

export const phasesSchema = z
  .array(
    z
      .object({
        kind: z.enum(['PREPARATION', 'IMPLEMENTATION', 'SUMMARY', 'FOLLOW_UP']),
        startsOn: z.date(),
        endsOn: z.date(),
      })
      .superRefine(dateRange),
  )
  .max(MAX_PHASES)
  .superRefine(unique('kind', (phase) => phase.kind));

export const batchesSchema = z
  .array(
    z
      .object({
        name: nameSchema,
        startsOn: z.date(),
        endsOn: z.date(),
        stages: z
          .array(z.enum(['KINDERGARTEN', 'PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'VOCATIONAL']))
          .min(1)
          .refine((stages) => new Set(stages).size === stages.length, 'VALIDATION.repeats'),
        totalQuota: z
          .int()
          .min(0)
          .max(MAX_TOTAL_QUOTA)
          .nullish()
          .transform((total) => total ?? null),
        selectionOpensAt: z
          .date()
          .nullish()
          .transform((at) => at ?? null),
        selectionClosesAt: z
          .date()
          .nullish()
          .transform((at) => at ?? null),
      })
      .superRefine(dateRange)
      .superRefine(selectionWindowRange),
  )
  .max(MAX_BATCHES)
  .superRefine(unique('name', (batch) => batch.name));

export type PhasesValue = z.infer<typeof phasesSchema>;
export type BatchesValue = z.infer<typeof batchesSchema>;

export { rulesInputSchema };
