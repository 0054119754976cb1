import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';

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
  throw new InputValidationError({
    issues: result.error.issues.map((issue) => ({ message: issue.message, path: ['input', ...issue.path] })),
  });
}

/** One input problem reported like a failed zod check (for checks that need the database). */
export function inputIssue(path: Array<string | number>, message: string): InputValidationError {
  return new InputValidationError({ issues: [{ message, path: ['input', ...path] }] });
}
