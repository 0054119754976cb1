import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import {
  AppError,
  defineErrorCodes,
  ErrorInterface,
  ForbiddenActionError,
  InvalidStateError,
  NotFoundError,
} from '../shared/index.js';

defineErrorCodes({
  NOT_AN_ENTERED_INDICATOR: {
    description:
      'The key names no indicator of the programme’s tutor evaluation (`source` null), or one the data computes (`source` its source): only ' +
      'ENTERED indicators are entered by the district. Nothing was stored.',
    message: {
      en: '{source, select, NONE {The tutor evaluation has no indicator “{key}”.} other {The indicator “{key}” is computed from the data ({source}); only entered indicators can be entered.}}',
      'zh-CN':
        '{source, select, NONE {辅导者考核中没有指标“{key}”。} other {指标“{key}”由平台数据自动计算（{source}），不能人工评定。}}',
    },
  },
  BELOW_EXCELLENT_THRESHOLD: {
    description:
      'The tutor’s total is below the programme’s `rules.tutorEvaluation.excellentThreshold`, so they cannot be recognised as an excellent ' +
      'tutor (优秀班级辅导者). Nothing was stored.',
    message: {
      en: 'The tutor’s evaluation totals {total}, below the {threshold} an excellent tutor needs.',
      'zh-CN': '该辅导者考核得分 {total} 分，低于优秀班级辅导者要求的 {threshold} 分。',
    },
  },
});

defineMessages({
  'INVALID_STATE.tutorEvaluationNotSet': {
    en: 'The programme does not evaluate its class tutors (its rules have no tutorEvaluation section).',
    'zh-CN': '本项目未设置班级辅导者考核方案。',
  },
});

/** The key is not an ENTERED indicator of the programme. */
export class NotAnEnteredIndicatorError extends AppError {
  constructor(
    readonly key: string,
    readonly source: string | null,
  ) {
    super('NOT_AN_ENTERED_INDICATOR', 'NOT_AN_ENTERED_INDICATOR', { key, source: source ?? 'NONE' });
    this.name = 'NotAnEnteredIndicatorError';
  }
}

builder.objectType(NotAnEnteredIndicatorError, {
  name: 'NotAnEnteredIndicatorError',
  interfaces: [ErrorInterface],
  description: 'The key is not an indicator the district enters.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The key given.' }),
    source: t.exposeString('source', {
      nullable: true,
      description: 'The indicator’s source when it is computed (PASS_RATE …); null when there is no such indicator.',
    }),
  }),
});

/** The total is below the excellent threshold. */
export class BelowExcellentThresholdError extends AppError {
  constructor(
    readonly total: number,
    readonly threshold: number,
  ) {
    super('BELOW_EXCELLENT_THRESHOLD', 'BELOW_EXCELLENT_THRESHOLD', { total, threshold });
    this.name = 'BelowExcellentThresholdError';
  }
}

builder.objectType(BelowExcellentThresholdError, {
  name: 'BelowExcellentThresholdError',
  interfaces: [ErrorInterface],
  description: 'The tutor’s total is below what an excellent tutor needs.',
  fields: (t) => ({
    total: t.exposeFloat('total', { description: 'The tutor’s total, out of 100.' }),
    threshold: t.exposeFloat('threshold', { description: 'The programme’s excellentThreshold.' }),
  }),
});

export const enterErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  NotAnEnteredIndicatorError,
];
export const recogniseErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  BelowExcellentThresholdError,
];
