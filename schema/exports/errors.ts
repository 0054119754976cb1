/** The exports module's codes, wordings and what startExport can return besides its payload. */
import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import {
  AppError,
  defineErrorCodes,
  ErrorInterface,
  ForbiddenActionError,
  IdempotencyKeyReusedError,
  InvalidStateError,
  NotFoundError,
} from '../shared/index.js';

defineErrorCodes({
  EXPORTS_UNAVAILABLE: {
    description:
      'This API instance runs without its job queue, so it cannot start exports; try again later (nothing was changed).',
    message: {
      en: 'Exports cannot be started right now (the job queue is not running); try again later.',
      'zh-CN': '当前无法发起导出（任务队列未运行），请稍后再试。',
    },
  },
});

defineMessages({
  'INVALID_STATE.exportOrganisationKind': {
    en: 'Only a district or a province can be exported (this is {kind, select, SCHOOL {a school} CITY {a city} CLASS {a class} GROUP {a group} other {{kind}}}).',
    'zh-CN':
      '只能导出区县或省的数据（所选组织为{kind, select, SCHOOL {学校} CITY {地市} CLASS {班级} GROUP {教研组} other {{kind}}}）。',
  },
  'VALIDATION.exportScope': {
    en: 'Give exactly one of organisationId and programmeId.',
    'zh-CN': 'organisationId 与 programmeId 须且只能填写其中一个。',
  },
});

/** The job queue is not running in this instance: the export cannot be started. */
export class ExportsUnavailableError extends AppError {
  constructor() {
    super('EXPORTS_UNAVAILABLE');
    this.name = 'ExportsUnavailableError';
  }
}

builder.objectType(ExportsUnavailableError, {
  name: 'ExportsUnavailableError',
  description: 'The API instance cannot start exports now (its job queue is not running); nothing was changed.',
  interfaces: [ErrorInterface],
});

export const startExportErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  IdempotencyKeyReusedError,
  ExportsUnavailableError,
];
