/**
 * The feeds' error codes and messages (zh-CN and en): a cursor this API did not issue for this feed, a page size out of
 * range, and what the acknowledgements return besides their payload.
 */
import { InputValidationError } from '@pothos/plugin-validation';
import { localizedError } from '../../api/i18n/localized-errors.js';
import { defineMessages } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import {
  AppError,
  defineErrorCodes,
  ErrorInterface,
  IdempotencyKeyReusedError,
  NotFoundError,
} from '../shared/index.js';
import { type CursorProblem, type Feed, MAX_FEED_PAGE } from './rules.js';

defineErrorCodes({
  INVALID_CURSOR: {
    description:
      'The feed cursor is not one this API issued for this feed (malformed, of the other feed, or beyond the feed’s end): ' +
      'pass back an `endCursor` exactly as a page of the same feed gave it.',
    variants: {
      MALFORMED: {
        en: 'The cursor {cursor} is not a feed cursor this API issued; pass back an endCursor exactly as a page gave it.',
        'zh-CN': '游标 {cursor} 不是本接口签发的变更游标，请原样传回分页结果中的 endCursor。',
      },
      OTHER_FEED: {
        en: 'The cursor {cursor} belongs to the other feed; use a cursor of the {feed, select, CREDIT {credit-record} other {roster}} feed.',
        'zh-CN':
          '游标 {cursor} 属于另一个变更流，请使用{feed, select, CREDIT {学时记录} other {人员名册}}变更流的游标。',
      },
      BEYOND_END: {
        en: 'The cursor {cursor} lies beyond the end of the feed: acknowledge only cursors a page gave you.',
        'zh-CN': '游标 {cursor} 超出了变更流的末尾，只能确认分页结果给出的游标。',
      },
    },
  },
});

defineMessages({
  'BAD_USER_INPUT.feedPageSize': {
    en: 'first must be a whole number from 1 to {max}',
    'zh-CN': 'first 须为 1 到 {max} 之间的整数',
  },
  'VALIDATION.idempotencyKey': {
    en: 'Give an idempotency key of 1 to {max} characters',
    'zh-CN': '请提供 1 到 {max} 个字符的幂等键',
  },
  'VALIDATION.acknowledgeWhat': {
    en: 'Give a cursor or event ids to acknowledge',
    'zh-CN': '请提供要确认的游标或变更记录 ID',
  },
  'VALIDATION.acknowledgeTooMany': {
    en: 'Acknowledge at most {max} event ids at once',
    'zh-CN': '一次最多确认 {max} 条变更记录',
  },
});

export type InvalidCursorReason = CursorProblem | 'BEYOND_END';

const shown = (cursor: string) => JSON.stringify(cursor.length > 64 ? `${cursor.slice(0, 64)}…` : cursor);

/** The cursor is not one this API issued for this feed. */
export class InvalidCursorError extends AppError {
  constructor(
    readonly reason: InvalidCursorReason,
    readonly cursor: string,
    feed: Feed,
  ) {
    super('INVALID_CURSOR', `INVALID_CURSOR.${reason}`, { cursor: shown(cursor), feed });
    this.name = 'InvalidCursorError';
  }
}

/** The same refusal as a GraphQL error, for the feed reads (a bad argument, like a bad page size). */
export const invalidCursorError = (reason: InvalidCursorReason, cursor: string, feed: Feed) =>
  localizedError(`INVALID_CURSOR.${reason}`, { cursor: shown(cursor), feed });

export const pageSizeError = () => localizedError('BAD_USER_INPUT.feedPageSize', { max: MAX_FEED_PAGE });

export const InvalidCursorReasonEnum = builder.enumType('InvalidCursorReason', {
  description: 'Why a feed cursor was refused.',
  values: {
    MALFORMED: { description: 'Not a feed cursor this API issued.' },
    OTHER_FEED: { description: 'A cursor of the other feed (credit records vs roster).' },
    BEYOND_END: { description: 'A position past the feed’s last event (never issued).' },
  } satisfies Record<InvalidCursorReason, { description: string }>,
});

builder.objectType(InvalidCursorError, {
  name: 'InvalidCursorError',
  interfaces: [ErrorInterface],
  description: 'The feed cursor is not one this API issued for this feed: nothing was changed.',
  fields: (t) => ({
    reason: t.field({ type: InvalidCursorReasonEnum, description: 'Why.', resolve: (error) => error.reason }),
  }),
});

/** What an acknowledgement can return besides its payload. */
export const acknowledgeErrors = [InputValidationError, InvalidCursorError, IdempotencyKeyReusedError, NotFoundError];
