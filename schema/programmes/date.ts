import { GraphQLError } from 'graphql';
import { builder } from '../builder.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" into midnight UTC of that day; null for anything else (including 2023-02-30). */
export function parseDay(value: unknown): Date | null {
  if (typeof value !== 'string' || !DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? date : null;
}

/** "YYYY-MM-DD" of a calendar date stored as midnight UTC (Postgres `date` columns). */
export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A calendar date without a time zone, "YYYY-MM-DD" (as in 2022-09-01). */
export const DateScalar = builder.scalarType('Date', {
  description: 'A calendar date without time or time zone, as "YYYY-MM-DD" (e.g. "2022-09-01").',
  serialize: (value) => formatDay(value),
  parseValue: (value) => {
    const date = parseDay(value);
    // A GraphQLError, so the server does not mask the message as an unexpected error.
    if (!date)
      throw new GraphQLError(`Date must be a real calendar day written "YYYY-MM-DD"; got ${JSON.stringify(value)}.`);
    return date;
  },
});
