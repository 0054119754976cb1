import { expect } from 'vitest';

/**
 * The member of a result union with this `__typename`, typed as that member; any other member fails the test.
 *
 *   const { selection } = ofType(await t.mutate(SubmitSelectionDocument, input, { as }), 'SubmitSelectionPayload');
 */
export function ofType<T extends { __typename?: string }, N extends NonNullable<T['__typename']>>(
  value: T | null | undefined,
  typename: N,
): Extract<T, { __typename?: N }> {
  expect(value?.__typename, JSON.stringify(value)).toBe(typename);
  return value as Extract<T, { __typename?: N }>;
}
