import { z } from 'zod';
import { MAX_SELECTED_COMPETENCIES } from '../evaluation.js';

/** Longest review comment, in characters. */
export const MAX_REVIEW_COMMENT_LENGTH = 500;

/** Competency global IDs as given, `min` to 30 of them; unknown ones become UNKNOWN_COMPETENCY violations. */
export const competencyIdsSchema = (min: number) =>
  z
    .array(z.string())
    .min(min, `competencyIds must hold at least ${min} competency`)
    .max(MAX_SELECTED_COMPETENCIES, `competencyIds must hold at most ${MAX_SELECTED_COMPETENCIES} competencies`);

export const optionalCommentSchema = z
  .string()
  .trim()
  .max(MAX_REVIEW_COMMENT_LENGTH, `comment must be at most ${MAX_REVIEW_COMMENT_LENGTH} characters`)
  .nullish()
  .transform((comment) => comment || null);

export const requiredCommentSchema = z
  .string()
  .trim()
  .min(1, 'comment must not be empty')
  .max(MAX_REVIEW_COMMENT_LENGTH, `comment must be at most ${MAX_REVIEW_COMMENT_LENGTH} characters`);
