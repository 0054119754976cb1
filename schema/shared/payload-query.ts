/**
 * The Prisma query for a mutation's payload object. When a client selects nothing of the payload
 * (`{ submitSelection(input: …) { __typename } }`), plugin-prisma plans `{ select: {} }`, which
 * Prisma refuses; read the row's scalars instead.
 */
export function payloadQuery<Query extends { select?: object }>(query: Query, include?: object): Query {
  if (!query.select || Object.keys(query.select).length > 0) return query;
  // The type's own `include` (what its authorization check reads) still has to come along.
  return { ...query, select: undefined, ...(include ? { include } : {}) };
}
