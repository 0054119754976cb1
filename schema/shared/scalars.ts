import { localizedError } from '../../api/i18n/localized-errors.js';
import { defineMessages } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';

defineMessages({
  'BAD_USER_INPUT.dateTime': {
    en: 'DateTime must be an ISO-8601 string with a time zone; got {value}.',
    'zh-CN': 'DateTime 须为带时区的 ISO-8601 字符串；收到的是 {value}。',
  },
  'BAD_USER_INPUT.date': {
    en: 'Date must be a real calendar day written "YYYY-MM-DD"; got {value}.',
    'zh-CN': 'Date 须为写作“YYYY-MM-DD”的真实日期；收到的是 {value}。',
  },
});

const shown = (value: unknown) => JSON.stringify(value)?.slice(0, 64) ?? String(value);

builder.scalarType('DateTime', {
  description: 'An instant in time, as an ISO-8601 string with a time zone (UTC on output).',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : null;
    // A GraphQLError, so the message reaches the client instead of being masked.
    if (!date || Number.isNaN(date.getTime())) throw localizedError('BAD_USER_INPUT.dateTime', { value: shown(value) });
    return date;
  },
});

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
    if (!date) throw localizedError('BAD_USER_INPUT.date', { value: shown(value) });
    return date;
  },
});
