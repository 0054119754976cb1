/**
 * Rules of rubrics (评价量规): the shape of a version's content (criteria × levels with points, pass and excellent
 * thresholds), scoring one rater's choice of levels, aggregating several raters' points and the outcome of a total.
 * Pure functions of plain data, no GraphQL, no Prisma.
 */
import { z } from 'zod';

/**
 * A key of a criterion or level: letters, digits, "_", "-", "."; 1..64 characters. Messages of failed checks are
 * catalogue keys (schema/rubrics/errors.ts defines them in Chinese and English).
 */
export const RUBRIC_KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
/** Longest name of a criterion or level, in characters. */
export const MAX_RUBRIC_NAME_LENGTH = 200;
/** Longest descriptor of a level, in characters. */
export const MAX_RUBRIC_DESCRIPTOR_LENGTH = 2000;
/** Most criteria in a rubric. */
export const MAX_RUBRIC_CRITERIA = 20;
/** Most levels of one criterion. */
export const MAX_RUBRIC_LEVELS = 10;
/** Most points one level may give. */
export const MAX_LEVEL_POINTS = 1000;

const keySchema = z.string().regex(RUBRIC_KEY, { message: 'VALIDATION.code' });
const nameSchema = z.string().trim().min(1).max(MAX_RUBRIC_NAME_LENGTH);
const optionalName = z.string().trim().min(1).max(MAX_RUBRIC_NAME_LENGTH).nullish();
const descriptorSchema = z.string().trim().min(1).max(MAX_RUBRIC_DESCRIPTOR_LENGTH);
const optionalDescriptor = z.string().trim().min(1).max(MAX_RUBRIC_DESCRIPTOR_LENGTH).nullish();

export const rubricLevelSchema = z.object({
  key: keySchema,
  nameZh: nameSchema,
  nameEn: optionalName,
  points: z.number().finite().min(0).max(MAX_LEVEL_POINTS),
  descriptorZh: descriptorSchema,
  descriptorEn: optionalDescriptor,
});

export const rubricCriterionSchema = z
  .object({
    key: keySchema,
    nameZh: nameSchema,
    nameEn: optionalName,
    levels: z.array(rubricLevelSchema).min(1).max(MAX_RUBRIC_LEVELS),
  })
  .superRefine((criterion, ctx) => {
    const seen = new Set<string>();
    criterion.levels.forEach((level, index) => {
      if (seen.has(level.key))
        ctx.addIssue({ code: 'custom', path: ['levels', index, 'key'], message: 'VALIDATION.repeats' });
      seen.add(level.key);
    });
  });

/** The points a criterion can give at most: its best level's. */
export function criterionMaxPoints(criterion: { levels: readonly { points: number }[] }): number {
  return Math.max(0, ...criterion.levels.map((level) => level.points));
}

/** The content of one rubric version. Keys are unique (criteria in the rubric, levels in a criterion). */
export const rubricContentSchema = z
  .object({
    criteria: z.array(rubricCriterionSchema).min(1).max(MAX_RUBRIC_CRITERIA),
    passPoints: z.number().finite().min(0),
    excellentPoints: z.number().finite().min(0),
  })
  .superRefine((content, ctx) => {
    const seen = new Set<string>();
    content.criteria.forEach((criterion, index) => {
      if (seen.has(criterion.key))
        ctx.addIssue({ code: 'custom', path: ['criteria', index, 'key'], message: 'VALIDATION.repeats' });
      seen.add(criterion.key);
    });
    const max = content.criteria.reduce((sum, criterion) => sum + criterionMaxPoints(criterion), 0);
    if (content.excellentPoints < content.passPoints)
      ctx.addIssue({ code: 'custom', path: ['excellentPoints'], message: 'VALIDATION.rubricExcellentBelowPass' });
    if (content.passPoints > max)
      ctx.addIssue({ code: 'custom', path: ['passPoints'], message: 'VALIDATION.rubricAboveMax', params: { max } });
    if (content.excellentPoints > max)
      ctx.addIssue({
        code: 'custom',
        path: ['excellentPoints'],
        message: 'VALIDATION.rubricAboveMax',
        params: { max },
      });
  });

export type RubricContent = z.infer<typeof rubricContentSchema>;
export type RubricCriterion = RubricContent['criteria'][number];
export type RubricLevel = RubricCriterion['levels'][number];

/** The most points the rubric gives: the sum of every criterion's best level. */
export function maxPoints(content: Pick<RubricContent, 'criteria'>): number {
  return round2(content.criteria.reduce((sum, criterion) => sum + criterionMaxPoints(criterion), 0));
}

/** Rounded to 2 decimals (half away from zero). */
export function round2(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * 100 + Number.EPSILON)) / 100;
}

export type RubricOutcome = 'PASS' | 'EXCELLENT' | 'FAIL';

/** EXCELLENT at or above `excellentPoints`, PASS at or above `passPoints`, else FAIL. */
export function outcomeFor(points: number, passPoints: number, excellentPoints: number): RubricOutcome {
  if (points >= excellentPoints) return 'EXCELLENT';
  if (points >= passPoints) return 'PASS';
  return 'FAIL';
}

export type RubricScoreProblem = {
  criterion: string;
  problem: 'MISSING' | 'UNKNOWN_CRITERION' | 'UNKNOWN_LEVEL';
};

export type RubricScore =
  | { ok: true; points: number; outcome: RubricOutcome }
  | { ok: false; problems: RubricScoreProblem[] };

/**
 * One rater's score: `levels` maps each criterion key to the chosen level key. Every criterion needs a level of its
 * own (MISSING); keys of no criterion are UNKNOWN_CRITERION; a level key outside a criterion's levels (a rubric score
 * outside the criterion's range) is UNKNOWN_LEVEL.
 */
export function scoreRubric(content: RubricContent, levels: Record<string, string>): RubricScore {
  const problems: RubricScoreProblem[] = [];
  let points = 0;
  for (const criterion of content.criteria) {
    const chosen = Object.hasOwn(levels, criterion.key) ? levels[criterion.key] : undefined;
    if (chosen === undefined || chosen === null) {
      problems.push({ criterion: criterion.key, problem: 'MISSING' });
      continue;
    }
    const level = criterion.levels.find((candidate) => candidate.key === chosen);
    if (!level) problems.push({ criterion: criterion.key, problem: 'UNKNOWN_LEVEL' });
    else points += level.points;
  }
  const known = new Set(content.criteria.map((criterion) => criterion.key));
  for (const key of Object.keys(levels))
    if (!known.has(key)) problems.push({ criterion: key, problem: 'UNKNOWN_CRITERION' });
  if (problems.length) return { ok: false, problems };
  const total = round2(points);
  return { ok: true, points: total, outcome: outcomeFor(total, content.passPoints, content.excellentPoints) };
}

/** Several raters' points as one: their mean or median, rounded to 2 decimals. Throws on an empty list. */
export function aggregatePoints(points: readonly number[], how: 'MEAN' | 'MEDIAN'): number {
  if (points.length === 0) throw new Error('aggregatePoints needs at least one score');
  if (how === 'MEAN') return round2(points.reduce((sum, value) => sum + value, 0) / points.length);
  const sorted = [...points].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (index: number) => sorted[index] ?? 0;
  return round2(sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2);
}
