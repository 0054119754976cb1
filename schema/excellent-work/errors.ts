import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import {
  AppError,
  ConflictError,
  defineErrorCodes,
  ErrorInterface,
  ForbiddenActionError,
  InvalidStateError,
  NotFoundError,
} from '../shared/index.js';

defineErrorCodes({
  CONSENT_REQUIRED: {
    description:
      'Excellent work is published province-wide only with the teacher’s consent (`Evidence.publishConsent`, which only the teacher sets). ' +
      'Nothing was changed.',
    message: {
      en: 'The teacher has not consented to publishing this work; it can be published once they do.',
      'zh-CN': '该教师未同意公开此成果，教师同意后方可发布。',
    },
  },
});

const STATUS_EN =
  '{status, select, DRAFT {a draft} SUBMITTED {submitted} GROUP_REVIEWED {with the school’s raters} RETURNED {returned} other {assessed}}';
const STATUS_ZH =
  '{status, select, DRAFT {为草稿} SUBMITTED {已提交待审} GROUP_REVIEWED {待学校评审} RETURNED {已退回} other {已评定}}';
const OUTCOME_EN = '{outcome, select, PASS {pass} FAIL {fail} EXCELLENT {excellent} other {not settled}}';
const OUTCOME_ZH = '{outcome, select, PASS {合格} FAIL {不合格} EXCELLENT {优秀} other {未评定}}';

defineMessages({
  'INVALID_STATE.excellentWorkNotExcellent': {
    en: `Only evidence assessed as excellent can be published (this one is ${STATUS_EN}, outcome: ${OUTCOME_EN}).`,
    'zh-CN': `只有考核为优秀的实践证据才能发布（该证据${STATUS_ZH}，结果：${OUTCOME_ZH}）。`,
  },
  'INVALID_STATE.excellentWorkNotPublished': {
    en: 'The evidence is not published, so there is nothing to withdraw.',
    'zh-CN': '该实践证据尚未发布，无需撤回。',
  },
  'CONFLICT.excellentWorkStale': {
    en: 'The evidence changed meanwhile (it is now at version {version}); reload it and try again.',
    'zh-CN': '该实践证据刚刚发生了变化（当前为第 {version} 版），请刷新后重试。',
  },
  'EXCELLENT_WORK.noSubject': { en: 'Not given', 'zh-CN': '未填写' },
});

/** The teacher has not consented to publication. */
export class PublishConsentRequiredError extends AppError {
  constructor() {
    super('CONSENT_REQUIRED', 'CONSENT_REQUIRED');
    this.name = 'PublishConsentRequiredError';
  }
}

builder.objectType(PublishConsentRequiredError, {
  name: 'PublishConsentRequiredError',
  interfaces: [ErrorInterface],
  description: 'The teacher has not consented to province-wide publication of this work (code CONSENT_REQUIRED).',
});

/** What publishing can return besides the evidence. */
export const publishErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  ConflictError,
  PublishConsentRequiredError,
];
/** What withdrawing a publication can return besides the evidence. */
export const withdrawErrors = [InputValidationError, NotFoundError, ForbiddenActionError, InvalidStateError];
