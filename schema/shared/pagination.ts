import { z } from 'zod';
import { localizedError } from '../../api/i18n/localized-errors.js';
import { defineMessages, type MessageParams } from '../../api/i18n/messages.js';
import { isIssuedCursor } from './ids.js';

/** Largest page any connection returns; `first`/`last` above it are refused. */
export const MAX_PAGE_SIZE = 100;
/** Page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

defineMessages({
  'BAD_USER_INPUT.pageSize': {
    en: '{arg} must be a whole number from 0 to {max}',
    'zh-CN': '{arg} 须为 0 到 {max} 之间的整数',
  },
  'BAD_USER_INPUT.cursor': {
    en: '{arg} is not a cursor this API issued',
    'zh-CN': '{arg} 不是本接口签发的分页游标',
  },
});

/** Options of the `first`/`last` arguments of every connection. */
export const pageSizeArg = (arg: 'first' | 'last') => ({
  description:
    `${arg === 'first' ? 'Items from the start' : 'Items from the end'}: 0 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}). ` +
    'The fields selected below count once per item toward the request’s cost limit (`extensions.cost`).',
  validate: z.number().refine((size) => Number.isInteger(size) && size >= 0 && size <= MAX_PAGE_SIZE, {
    message: 'BAD_USER_INPUT.pageSize',
    params: { arg, max: MAX_PAGE_SIZE },
  }),
});

/** Options of the `after`/`before` arguments of every connection. */
export const cursorArg = (arg: 'after' | 'before') => ({
  description: `Cursor of the item to start ${arg}, as \`pageInfo\` gave it; any other value is refused before the query runs.`,
  validate: z.string().refine(isIssuedCursor, { message: 'BAD_USER_INPUT.cursor', params: { arg } }),
});

/** Cost of a field whose type is a connection: its sub-selection counts once per item of the requested page. */
export function connectionCost(args: Record<string, unknown>) {
  const size =
    typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : DEFAULT_PAGE_SIZE;
  return { field: 1, multiplier: Math.max(size, 1) };
}

/** An argument that failed its check (page size, cursor): a client error with a code and a message in the request's language. */
export function argumentError(result: { readonly issues: ReadonlyArray<{ readonly message: string }> }) {
  const issue = result.issues[0] as { message: string; params?: MessageParams } | undefined;
  return localizedError(issue?.message ?? 'BAD_USER_INPUT.pageSize', issue?.params ?? {});
}
