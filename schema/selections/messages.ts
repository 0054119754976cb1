/**
 * Wording of the selection rules' violations, in zh-CN and en, keyed `RULE_VIOLATION.<violation code>`.
 * The numbers are the violation's own (the same the `SelectionViolation` fields carry); dimension
 * names come from the catalogue where the check had them, else the dimension's code.
 */
import { defineMessages, type Locale, type MessageParams, translate } from '../../api/i18n/messages.js';
import type { Violation, ViolationCode } from './rules.js';

const VIOLATION_MESSAGES = {
  EMPTY_SELECTION: { en: 'No competency points are selected.', 'zh-CN': '未选择任何能力点。' },
  DUPLICATE_COMPETENCY: { en: 'Selected more than once: {codes}.', 'zh-CN': '以下能力点被重复选择：{codes}。' },
  UNKNOWN_COMPETENCY: {
    en: "Not in the programme's catalogue: {codes}.",
    'zh-CN': '以下能力点不在本项目的目录中：{codes}。',
  },
  OUTSIDE_SCHOOL_RANGE: {
    en: 'Outside the range the school allows: {codes}.',
    'zh-CN': '以下能力点不在学校框定的范围内：{codes}。',
  },
  CREDITS_BELOW_MIN: {
    en: 'Selected points total {actual, plural, one {# credit} other {# credits}}; at least {required} are required.',
    'zh-CN': '所选能力点共 {actual} 学分，至少需要 {required} 学分。',
  },
  TOO_FEW_POINTS: {
    en: '{actual, plural, one {# point} other {# points}} selected; at least {required} are required.',
    'zh-CN': '已选 {actual} 个能力点，至少需要 {required} 个。',
  },
  TOO_MANY_POINTS: {
    en: '{actual, plural, one {# point} other {# points}} selected; at most {allowed} are allowed.',
    'zh-CN': '已选 {actual} 个能力点，最多只能选 {allowed} 个。',
  },
  SINGLE_DIMENSION: {
    en: 'All selected points are in one dimension ({dimension}); choose points from more than one dimension.',
    'zh-CN': '所选能力点都属于同一维度（{dimension}），请从不止一个维度中选择。',
  },
  TOO_FEW_DIMENSIONS: {
    en: 'Selected points cover {actual, plural, one {# dimension} other {# dimensions}}; at least {required} are required.',
    'zh-CN': '所选能力点覆盖 {actual} 个维度，至少需要 {required} 个。',
  },
  WINDOW_CLOSED: { en: 'The selection window closed at {closedAt}.', 'zh-CN': '选学时间已于 {closedAt} 截止。' },
  WINDOW_STILL_OPEN: {
    en: "The selection window is open until {closesAt}; the school admin may select on a teacher's behalf only after it closes.",
    'zh-CN': '教师的选学时间到 {closesAt} 为止；截止之后学校管理员才能代为选择。',
  },
  ON_BEHALF_NOT_ALLOWED: {
    en:
      "{reason, select, DISABLED {This programme does not let the school admin select on a teacher's behalf.} " +
      "other {This programme has no selection deadline, so the school admin cannot select on a teacher's behalf.}}",
    'zh-CN':
      '{reason, select, DISABLED {本项目不允许学校管理员代教师选择。} other {本项目没有选学截止时间，学校管理员不能代教师选择。}}',
  },
} as const satisfies Record<ViolationCode, { en: string; 'zh-CN': string }>;

defineMessages(
  Object.fromEntries(Object.entries(VIOLATION_MESSAGES).map(([code, message]) => [`RULE_VIOLATION.${code}`, message])),
);

/** A list of competency codes as each language writes one. */
const listOf = (codes: readonly string[], locale: Locale) => codes.join(locale === 'zh-CN' ? '、' : ', ');

/** The numbers and names a violation's message shows. */
function violationParams(v: Violation, locale: Locale): MessageParams {
  switch (v.code) {
    case 'EMPTY_SELECTION':
      return {};
    case 'DUPLICATE_COMPETENCY':
    case 'UNKNOWN_COMPETENCY':
    case 'OUTSIDE_SCHOOL_RANGE':
      return { codes: listOf(v.codes, locale) };
    case 'CREDITS_BELOW_MIN':
    case 'TOO_FEW_POINTS':
    case 'TOO_FEW_DIMENSIONS':
      return { actual: v.actual, required: v.required };
    case 'TOO_MANY_POINTS':
      return { actual: v.actual, allowed: v.allowed };
    case 'SINGLE_DIMENSION': {
      const names = v.dimensionNames;
      return { dimension: names ? (locale === 'zh-CN' ? names.nameZh : names.nameEn) : v.dimension };
    }
    case 'WINDOW_CLOSED':
      return { closedAt: v.closedAt.toISOString() };
    case 'WINDOW_STILL_OPEN':
      return { closesAt: v.closesAt.toISOString() };
    case 'ON_BEHALF_NOT_ALLOWED':
      return { reason: v.reason };
  }
}

/** A clear message for one violation, with its numbers, in `locale`. */
export function describeViolation(v: Violation, locale: Locale): string {
  return translate(locale, `RULE_VIOLATION.${v.code}`, violationParams(v, locale));
}

/** Every violation's message in `locale`, as one text. */
export function describeViolations(violations: readonly Violation[], locale: Locale): string {
  return violations.map((v) => describeViolation(v, locale)).join(locale === 'zh-CN' ? '' : ' ');
}
