/**
 * Wording of score lines in zh-CN and en, keyed `SCORE_LINE.<kind>.<code>`. The numbers are the line's own (the same
 * the ScoreLine fields carry) plus the rule's (see engine.ts `params`).
 */
import { defineMessages, type Locale, translate } from '../../api/i18n/messages.js';
import type { ScoreLine } from './engine.js';

const UNIT_EN =
  '{unit, select, WORKSHOP_PARTICIPATION {{counted, plural, one {# workshop discussion joined} other {# workshop discussions joined}}} ' +
  'SHARE {{counted, plural, one {# share} other {# shares}}} ' +
  'other {{counted, plural, one {# group activity completed} other {# group activities completed}}}}';
const UNIT_ZH =
  '{unit, select, WORKSHOP_PARTICIPATION {参与工作坊研讨 {counted} 次} SHARE {分享资源或文章 {counted} 篇} other {完成校本研修活动 {counted} 次}}';
const MISSING_UNIT_EN =
  '{unit, select, WORKSHOP_PARTICIPATION {{missing, plural, one {# more discussion} other {# more discussions}}} ' +
  'SHARE {{missing, plural, one {# more share} other {# more shares}}} ' +
  'other {{missing, plural, one {# more activity} other {# more activities}}}}';
const MISSING_UNIT_ZH =
  '{unit, select, WORKSHOP_PARTICIPATION {{missing} 次研讨} SHARE {{missing} 篇分享} other {{missing} 次活动}}';

defineMessages({
  'SCORE_LINE.WATCH_MINUTES.SCORE_ITEM_COMPLETE': {
    en: '{counted} of {required} minutes credited: {points} of {maxPoints} points. Complete.',
    'zh-CN': '已认定学习时长 {counted} 分钟（要求 {required} 分钟）：得 {points} 分（满分 {maxPoints} 分），已完成。',
  },
  'SCORE_LINE.WATCH_MINUTES.SCORE_MINUTES_SHORT': {
    en: '{counted} of {required} minutes credited: {points} of {maxPoints} points ({maxPoints} × {counted} / {required}). {missing} more minutes needed{requiredCourseMissing, plural, =0 {} other {, # of them in required courses}}.',
    'zh-CN':
      '已认定学习时长 {counted} 分钟（要求 {required} 分钟）：得 {points} 分（{maxPoints} × {counted} / {required}），还差 {missing} 分钟{requiredCourseMissing, plural, =0 {} other {，其中必修课程 # 分钟}}。',
  },
  'SCORE_LINE.WATCH_MINUTES.SCORE_REQUIRED_COURSES_SHORT': {
    en:
      '{counted} of {required} minutes credited ({points} of {maxPoints} points), but only {requiredCourseCounted} of the ' +
      '{requiredCourseMinutes} minutes required in required courses: {missing} more minutes of required courses needed.',
    'zh-CN':
      '已认定学习时长 {counted} 分钟（要求 {required} 分钟，得 {points} 分），但必修课程仅 {requiredCourseCounted} 分钟，' +
      '要求不少于 {requiredCourseMinutes} 分钟：还需学习必修课程 {missing} 分钟。',
  },
  'SCORE_LINE.PER_UNIT.SCORE_ITEM_COMPLETE': {
    en: `${UNIT_EN} × {pointsPerUnit} points (at most {maxPoints}): {points} points. Complete.`,
    'zh-CN': `${UNIT_ZH}，每次 {pointsPerUnit} 分（最多 {maxPoints} 分）：得 {points} 分，已完成。`,
  },
  'SCORE_LINE.PER_UNIT.SCORE_BELOW_MINIMUM': {
    en: `${UNIT_EN} × {pointsPerUnit} points (at most {maxPoints}): {points} points, below the minimum of {minPoints}. ${MISSING_UNIT_EN} needed.`,
    'zh-CN': `${UNIT_ZH}，每次 {pointsPerUnit} 分（最多 {maxPoints} 分）：得 {points} 分，低于最低要求 {minPoints} 分，还需 ${MISSING_UNIT_ZH}。`,
  },
  'SCORE_LINE.MARK_WEIGHT.SCORE_ITEM_COMPLETE': {
    en: 'Marked {counted} × {weightPercent}%: {points} of {maxPoints} points. Complete.',
    'zh-CN': '辅导者评分 {counted} × {weightPercent}%：得 {points} 分（满分 {maxPoints} 分），已完成。',
  },
  'SCORE_LINE.MARK_WEIGHT.SCORE_BELOW_MINIMUM': {
    en: 'Marked {counted} × {weightPercent}%: {points} points, below the minimum of {minPoints}; a mark of at least {required} is needed.',
    'zh-CN':
      '辅导者评分 {counted} × {weightPercent}%：得 {points} 分，低于最低要求 {minPoints} 分；评分须不低于 {required} 分。',
  },
  'SCORE_LINE.MARK_WEIGHT.SCORE_NOT_MARKED': {
    en: 'Not marked yet: 0 of {maxPoints} points; a mark of at least {required} × {weightPercent}% is needed (at least {minPoints} points).',
    'zh-CN':
      '尚未评分：0 分（满分 {maxPoints} 分）；评分须不低于 {required} 分（× {weightPercent}% 不少于 {minPoints} 分）。',
  },
  'SCORE_LINE.GROUP_HOURS.SCORE_ITEM_COMPLETE': {
    en: '{recordedHours} hours recorded, {counted} counted (cap {capHours}): {points} of {maxPoints} points. Complete.',
    'zh-CN':
      '已记录 {recordedHours} 学时，计入 {counted} 学时（上限 {capHours} 学时）：得 {points} 分（满分 {maxPoints} 分），已完成。',
  },
  'SCORE_LINE.GROUP_HOURS.SCORE_HOURS_SHORT': {
    en: '{recordedHours} of {required} hours recorded (cap {capHours}): {points} of {maxPoints} points. {missing} more hours needed.',
    'zh-CN':
      '已记录 {recordedHours} 学时（要求 {required} 学时，上限 {capHours} 学时）：得 {points} 分（满分 {maxPoints} 分），还差 {missing} 学时。',
  },
});

/** A line's explanation in `locale`. */
export function lineMessage(locale: Locale, line: ScoreLine): string {
  return translate(locale, `SCORE_LINE.${line.kind}.${line.code}`, line.params);
}
