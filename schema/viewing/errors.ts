import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages, type Locale, translate } from '../../api/i18n/messages.js';
import { ConflictError, NotFoundError } from '../shared/index.js';
import type { ViewingRejectionCode } from './rules.js';

/** The viewing module's wordings: its CONFLICT variant and why an event of a batch was rejected. */
defineMessages({
  'CONFLICT.viewingSessionCourse': {
    en: 'This viewing session belongs to another course; start a new session (a new sessionId) for each course.',
    'zh-CN': '该观看会话属于另一门课程；每门课程请使用新的会话（新的 sessionId）。',
  },
  'CONFLICT.viewingBusy': {
    en: 'Other batches of your viewing arrived at the same moment; send this batch again.',
    'zh-CN': '您的其他观看记录同时到达，请重新发送本批记录。',
  },
  'VIEWING.POSITION_MISSING': {
    en: 'The event has no position (a player that writes NaN or Infinity sends null).',
    'zh-CN': '该事件没有播放位置（NaN 或 Infinity 会被写成 null）。',
  },
  'VIEWING.POSITION_OUT_OF_RANGE': {
    en: 'The position {position} is outside the course (0 to {duration} seconds).',
    'zh-CN': '播放位置 {position} 超出课程范围（0 到 {duration} 秒）。',
  },
  'VIEWING.CLIENT_TIME_IN_FUTURE': {
    en: 'The event claims a time more than 5 minutes after the server’s clock.',
    'zh-CN': '该事件声明的时间比服务器时间晚 5 分钟以上。',
  },
});

/** The message of a rejected event, in the request's language. */
export function describeRejection(
  code: ViewingRejectionCode,
  params: { position: number | null; duration: number },
  locale: Locale,
): string {
  return translate(locale, `VIEWING.${code}`, { position: params.position, duration: params.duration });
}

/**
 * What recording a batch can return besides its payload: bad input (no events, too many, over-long ids), a course
 * that is not on the viewer's study list (NOT_FOUND, like a missing one), a session id reused for another course.
 */
export const recordViewingErrors = [InputValidationError, NotFoundError, ConflictError];
