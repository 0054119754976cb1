/** Checks of what people type about organisations: names, codes, stages and teacher counts. */
import { z } from 'zod';
import { SchoolStage } from '../../api/db/generated/prisma/enums.js';
import { STAGE_ORDER, stagesProblem } from './rules.js';

/** Longest organisation name, in characters (after trimming). */
export const MAX_ORGANISATION_NAME_LENGTH = 100;
/** Longest organisation code, in characters. */
export const MAX_ORGANISATION_CODE_LENGTH = 64;
/** Most full-time teachers a school may report. */
export const MAX_FULL_TIME_TEACHERS = 100_000;

export const organisationNameSchema = z.string().trim().min(1).max(MAX_ORGANISATION_NAME_LENGTH);

/** The code rule of every organisation (the same as classes' and groups'): letters, digits, ".", "_", "-". */
export const organisationCodeSchema = z
  .string()
  .trim()
  .regex(new RegExp(`^[A-Za-z0-9][A-Za-z0-9._-]{0,${MAX_ORGANISATION_CODE_LENGTH - 1}}$`), 'VALIDATION.code');

export const fullTimeTeachersSchema = z.number().int().min(0).max(MAX_FULL_TIME_TEACHERS);

/** A school's stages: at least one, each once. */
export const schoolStagesSchema = z
  .array(z.enum(SchoolStage))
  .min(1)
  .max(STAGE_ORDER.length)
  .refine((stages) => stagesProblem('SCHOOL', stages)?.problem !== 'REPEATED', 'VALIDATION.repeats');

/** Descriptions of the inputs, shared by the mutations. */
export const INPUT_DESCRIPTIONS = {
  name: `1 to ${MAX_ORGANISATION_NAME_LENGTH} characters (trimmed); unique among the parent’s organisations of the kind.`,
  code:
    `Stable code given by the education authority, unique across the service: 1 to ${MAX_ORGANISATION_CODE_LENGTH} ` +
    'letters, digits, ".", "_" or "-", starting with a letter or digit.',
  stages: 'The school’s stages (学段): at least one, each once; a batch accepts the school when they share one.',
  fullTimeTeachers: `Full-time teachers (专任教师), 0 to ${MAX_FULL_TIME_TEACHERS}: the base of whole-school completion rates.`,
} as const;
