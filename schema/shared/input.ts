import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import type { MessageParams } from '../../api/i18n/messages.js';
import { problem, problemsFrom } from './validation-issues.js';

/** A decoded `t.globalID` input value (its type was already checked by the relay plugin). */
export const globalIdSchema = z.object({ id: z.string() });

/**
 * Validates a mutation's `input` with zod; on failure throws the `ValidationError` result with
 * issue paths starting at "input". Checked in resolvers, not with `validate:`, so that the
 * failure is a typed result rather than a GraphQL error.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InputValidationError({ issues: problemsFrom(result.error.issues, ['input']) });
}

/** One input problem reported like a failed zod check (for checks that need the database). */
export function inputIssue(
  path: Array<string | number>,
  key: string,
  params: MessageParams = {},
): InputValidationError {
  return new InputValidationError({ issues: [problem(['input', ...path], key, params)] });
}
