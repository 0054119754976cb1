import { z } from 'zod';
import { MAX_SELECTED_COMPETENCIES } from '../evaluation.js';

/** Longest review comment, in characters. */
export const MAX_REVIEW_COMMENT_LENGTH = 500;

/** Competency global IDs as given, `min` to 30 of them; unknown ones become UNKNOWN_COMPETENCY violations. */
export const competencyIdsSchema = (min: number) => z.array(z.string()).min(min).max(MAX_SELECTED_COMPETENCIES);

export const optionalCommentSchema = z
  .string()
  .trim()
  .max(MAX_REVIEW_COMMENT_LENGTH)
  .nullish()
  .transform((comment) => comment || null);

export const requiredCommentSchema = z.string().trim().min(1).max(MAX_REVIEW_COMMENT_LENGTH);
