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
  POST_TOO_LONG: {
    description: 'A post (or a notice) is longer than allowed; see `maxLength` and `length`. Nothing was saved.',
    message: {
      en: 'The text has {length} characters; at most {maxLength} are allowed.',
      'zh-CN': '内容有 {length} 个字符，最多允许 {maxLength} 个。',
    },
  },
  TOO_MANY_ATTACHMENTS: {
    description: 'More files were attached than allowed; see `maxAttachments`. Nothing was saved.',
    message: {
      en: 'At most {maxAttachments} files may be attached.',
      'zh-CN': '最多可以附加 {maxAttachments} 个文件。',
    },
  },
  HOST_NOT_ELIGIBLE: {
    description:
      'The person named as host is not an expert (EXPERT) of the programme’s district or one of its schools, nor a class tutor (CLASS_TUTOR) in the district. Nothing was changed.',
    message: {
      en: 'Only an expert or a class tutor of the programme’s district can host.',
      'zh-CN': '只有本项目所在区县的专家或班级辅导者可以担任主持人。',
    },
  },
});

defineMessages({
  'INVALID_STATE.programmeNotRunning': {
    en: 'The programme is not running: its workshops take no new posts, activities or notices.',
    'zh-CN': '项目未在实施中：工作坊不能再发帖、发布活动或公告。',
  },
  'INVALID_STATE.replyToHidden': {
    en: 'The post was hidden by a moderator: it takes no replies.',
    'zh-CN': '该帖子已被主持人隐藏，不能回复。',
  },
  'INVALID_STATE.noClassEnrolment': {
    en: 'No teacher of this class is enrolled in the programme.',
    'zh-CN': '本班没有教师报名该项目。',
  },
  'VALIDATION.activityWindow': {
    en: 'closesAt must be after opensAt',
    'zh-CN': '结束时间必须晚于开始时间',
  },
  'VALIDATION.webUrl': {
    en: '{field} must be an http:// or https:// address',
    'zh-CN': '{field}必须是 http:// 或 https:// 地址',
  },
  'VALIDATION.liveOnly': {
    en: '{field} is only for LIVE_QA activities',
    'zh-CN': '{field}仅适用于在线答疑（LIVE_QA）活动',
  },
  'VALIDATION.elsewhere': {
    en: '{field} belongs to another workshop',
    'zh-CN': '{field}不属于该工作坊',
  },
  'VALIDATION.emptyNotice': {
    en: 'body has no text left once unsafe HTML is removed',
    'zh-CN': '正文去除不安全的 HTML 后没有内容',
  },
});

/** A post or notice longer than allowed. */
export class PostTooLongError extends AppError {
  constructor(
    readonly maxLength: number,
    readonly length: number,
  ) {
    super('POST_TOO_LONG', 'POST_TOO_LONG', { maxLength, length });
    this.name = 'PostTooLongError';
  }
}

builder.objectType(PostTooLongError, {
  name: 'PostTooLongError',
  description: 'The text is longer than allowed; nothing was saved.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    maxLength: t.exposeInt('maxLength', { description: 'Most characters allowed.' }),
    length: t.exposeInt('length', { description: 'Characters sent.' }),
  }),
});

/** More files than allowed. */
export class TooManyAttachmentsError extends AppError {
  constructor(readonly maxAttachments: number) {
    super('TOO_MANY_ATTACHMENTS', 'TOO_MANY_ATTACHMENTS', { maxAttachments });
    this.name = 'TooManyAttachmentsError';
  }
}

builder.objectType(TooManyAttachmentsError, {
  name: 'TooManyAttachmentsError',
  description: 'More files were attached than allowed; nothing was saved.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    maxAttachments: t.exposeInt('maxAttachments', { description: 'Most files one post or notice may carry.' }),
  }),
});

/** The named host may not host workshops of the programme's district. */
export class HostNotEligibleError extends AppError {
  constructor() {
    super('HOST_NOT_ELIGIBLE');
    this.name = 'HostNotEligibleError';
  }
}

builder.objectType(HostNotEligibleError, {
  name: 'HostNotEligibleError',
  description: 'The person named as host is neither an expert nor a class tutor of the district; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: () => ({}),
});

const ACCESS = [NotFoundError, ForbiddenActionError] as const;

/** What `postInWorkshop` can return besides its payload. */
export const postErrors = [
  InputValidationError,
  PostTooLongError,
  TooManyAttachmentsError,
  FileTooLargeError,
  FileTypeNotAllowedError,
  InvalidStateError,
  ...ACCESS,
];
/** What `publishClassNotice` can return besides its payload. */
export const noticeErrors = postErrors;
/** What creating or changing an activity can return besides its payload. */
export const activityErrors = [InputValidationError, HostNotEligibleError, InvalidStateError, ...ACCESS];
/** What `setWorkshopHost` can return besides its payload. */
export const hostErrors = [HostNotEligibleError, ...ACCESS];
/** What pinning, hiding and unhiding a post can return besides its payload. */
export const moderationErrors = [InputValidationError, ...ACCESS];
