import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import { FileTooLargeError, FileTypeNotAllowedError } from '../files/index.js';
import {
  AppError,
  defineErrorCodes,
  ErrorInterface,
  ForbiddenActionError,
  InvalidStateError,
  NotFoundError,
} from '../shared/index.js';

defineErrorCodes({
  SHARE_LIMIT_REACHED: {
    description:
      'The teacher already has as many counted (ACTIVE) shares in the programme as its rules allow (`rules.shares.maxPerTeacher`); see `max`. Nothing was stored.',
    message: {
      en: 'You already have {max, plural, one {# share} other {# shares}} in this programme, the most it allows.',
      'zh-CN': '您在本项目中已有 {max} 项共享，已达上限。',
    },
  },
});

defineMessages({
  'INVALID_STATE.shareProgrammeNotOpen': {
    en: 'Shares can change only while the programme is published or running (it is {status, select, DRAFT {draft} CLOSED {closed} other {{status}}}).',
    'zh-CN':
      '只有项目处于已发布或进行中时才能共享资源（项目当前为{status, select, DRAFT {草稿} CLOSED {已结项} other {{status}}}）。',
  },
  'INVALID_STATE.shareRejectDisabled': {
    en: 'This programme does not let tutors reject shares.',
    'zh-CN': '本项目不允许辅导者驳回共享资源。',
  },
  'INVALID_STATE.shareAlreadyRejected': {
    en: 'The share is already rejected.',
    'zh-CN': '该共享资源已被驳回。',
  },
  'VALIDATION.shareLinkOrFile': {
    en: 'Give either a link (url) or a file, not both and not neither',
    'zh-CN': '请提供链接（url）或文件之一，不能同时提供，也不能都不提供',
  },
  'VALIDATION.shareUrl': {
    en: '{field} must be an http:// or https:// address of at most {max} characters',
    'zh-CN': '{field}必须是以 http:// 或 https:// 开头、不超过 {max} 个字符的地址',
  },
  'VALIDATION.shareCompetency': {
    en: 'The competency is not in the programme’s catalogue',
    'zh-CN': '该能力点不在本项目的目录中',
  },
});

/** A new share would pass the programme's limit of counted shares per teacher. */
export class ShareLimitError extends AppError {
  constructor(readonly max: number) {
    super('SHARE_LIMIT_REACHED', 'SHARE_LIMIT_REACHED', { max });
    this.name = 'ShareLimitError';
  }
}

builder.objectType(ShareLimitError, {
  name: 'ShareLimitError',
  interfaces: [ErrorInterface],
  description: 'The teacher has reached the programme’s limit of counted shares.',
  fields: (t) => ({
    max: t.exposeInt('max', { description: 'Most ACTIVE shares a teacher may have in the programme.' }),
  }),
});

/** What sharing can return besides the share. */
export const shareResourceErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  ShareLimitError,
  FileTooLargeError,
  FileTypeNotAllowedError,
];
/** What rejecting a share can return besides the share. */
export const rejectShareErrors = [InputValidationError, NotFoundError, ForbiddenActionError, InvalidStateError];
