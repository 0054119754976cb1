import type { z } from 'zod';
import { defineMessages, hasMessage, type Locale, type MessageParams, translate } from '../../api/i18n/messages.js';

/**
 * One problem with an input, as a mutation's `ValidationError` reports it. `key` is a catalogue key
 * for checks the schema words itself (a `custom` refinement, a pattern); otherwise the zod issue
 * (its code and numbers) is described in the request's language.
 */
export interface ValidationProblem {
  path: Array<string | number>;
  key: string | null;
  params: MessageParams;
  issue: z.core.$ZodIssue | null;
  /** English, for logs and for Pothos. */
  message: string;
}

defineMessages({
  'VALIDATION.empty': { en: '{field} must not be empty', 'zh-CN': '{field}不能为空' },
  'VALIDATION.tooLong': { en: '{field} must be at most {max} characters', 'zh-CN': '{field}最多 {max} 个字符' },
  'VALIDATION.tooShort': { en: '{field} must be at least {min} characters', 'zh-CN': '{field}至少 {min} 个字符' },
  'VALIDATION.tooManyItems': {
    en: '{field} may list at most {max, plural, one {# item} other {# items}}',
    'zh-CN': '{field}最多 {max} 项',
  },
  'VALIDATION.tooFewItems': {
    en: '{field} must list at least {min, plural, one {# item} other {# items}}',
    'zh-CN': '{field}至少 {min} 项',
  },
  'VALIDATION.numberTooSmall': { en: '{field} must be at least {min}', 'zh-CN': '{field}不能小于 {min}' },
  'VALIDATION.numberNotAbove': { en: '{field} must be greater than {min}', 'zh-CN': '{field}必须大于 {min}' },
  'VALIDATION.numberTooBig': { en: '{field} must be at most {max}', 'zh-CN': '{field}不能大于 {max}' },
  'VALIDATION.numberNotBelow': { en: '{field} must be less than {max}', 'zh-CN': '{field}必须小于 {max}' },
  'VALIDATION.notInteger': { en: '{field} must be a whole number', 'zh-CN': '{field}必须是整数' },
  'VALIDATION.email': { en: '{field} must be an e-mail address', 'zh-CN': '{field}必须是电子邮件地址' },
  'VALIDATION.oneOf': { en: '{field} must be one of {values}', 'zh-CN': '{field}必须是以下之一：{values}' },
  'VALIDATION.invalid': { en: '{field} is not valid', 'zh-CN': '{field}不正确' },
  'VALIDATION.unknownKeys': { en: '{field} has unknown keys: {keys}', 'zh-CN': '{field}包含未知的键：{keys}' },
  'VALIDATION.formulaLike': {
    en: '{field} must not begin with =, +, -, @, a tab or a carriage return (a spreadsheet would read it as a formula)',
    'zh-CN': '{field}不能以 =、+、-、@、制表符或回车开头（电子表格会把它当作公式）',
  },
  'VALIDATION.notAFile': { en: '{field} must be an uploaded file', 'zh-CN': '{field}必须是上传的文件' },
  'VALIDATION.noSpaces': { en: '{field} must not contain spaces', 'zh-CN': '{field}不能包含空格' },
  'VALIDATION.code': {
    en: '{field} must be 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit',
    'zh-CN': '{field}须为 1 到 64 个字母、数字、“.”、“_”或“-”，以字母或数字开头',
  },
  'VALIDATION.endsBeforeStart': { en: 'endsOn must be on or after startsOn', 'zh-CN': '结束日期不能早于开始日期' },
  'VALIDATION.givenTwice': { en: '{field} "{value}" is given twice', 'zh-CN': '{field}“{value}”重复出现' },
  'VALIDATION.repeats': { en: '{field} must not repeat', 'zh-CN': '{field}不能重复' },
});

const fieldOf = (path: ReadonlyArray<PropertyKey>): string => {
  const last = [...path].reverse().find((part) => typeof part === 'string');
  return typeof last === 'string' ? last : 'input';
};

/** The catalogue key and numbers describing a zod issue the schema did not word itself. */
function describeZodIssue(issue: z.core.$ZodIssue): { key: string; params: MessageParams } {
  const field = fieldOf(issue.path);
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return { key: min <= 1 ? 'VALIDATION.empty' : 'VALIDATION.tooShort', params: { field, min } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { key: 'VALIDATION.tooFewItems', params: { field, min } };
      return {
        key: issue.inclusive === false ? 'VALIDATION.numberNotAbove' : 'VALIDATION.numberTooSmall',
        params: { field, min },
      };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'VALIDATION.tooLong', params: { field, max } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { key: 'VALIDATION.tooManyItems', params: { field, max } };
      return {
        key: issue.inclusive === false ? 'VALIDATION.numberNotBelow' : 'VALIDATION.numberTooBig',
        params: { field, max },
      };
    }
    case 'invalid_format':
      return { key: issue.format === 'email' ? 'VALIDATION.email' : 'VALIDATION.invalid', params: { field } };
    case 'invalid_value':
      return { key: 'VALIDATION.oneOf', params: { field, values: issue.values.map(String).join(', ') } };
    case 'unrecognized_keys':
      return { key: 'VALIDATION.unknownKeys', params: { field, keys: issue.keys.join(', ') } };
    case 'invalid_type':
      return { key: issue.expected === 'int' ? 'VALIDATION.notInteger' : 'VALIDATION.invalid', params: { field } };
    default:
      return { key: 'VALIDATION.invalid', params: { field } };
  }
}

/** Turns zod's issues into problems; issue paths are prefixed with `prefix` (e.g. "input"). */
export function problemsFrom(issues: readonly z.core.$ZodIssue[], prefix: Array<string | number>): ValidationProblem[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path.map((part) => (typeof part === 'number' ? part : String(part)))];
    const own = hasMessage(issue.message);
    const params: MessageParams = own
      ? { field: fieldOf(issue.path), ...((issue as { params?: MessageParams }).params ?? {}) }
      : {};
    const { key, params: described } = own ? { key: issue.message, params } : describeZodIssue(issue);
    return { path, key, params: described, issue, message: translate('en', key, described) };
  });
}

/** One problem found by a check that needs the database, with a catalogue key and its numbers. */
export function problem(path: Array<string | number>, key: string, params: MessageParams = {}): ValidationProblem {
  return { path, key, params, issue: null, message: translate('en', key, params) };
}

/** The problem's message in `locale`. */
export function describeProblem(problem: ValidationProblem, locale: Locale): string {
  return problem.key ? translate(locale, problem.key, problem.params) : problem.message;
}
