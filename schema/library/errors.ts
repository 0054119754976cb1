import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { ConflictError, ForbiddenActionError, InvalidStateError, NotFoundError } from '../shared/index.js';

defineMessages({
  'INVALID_STATE.libraryShareNotActive': {
    en: 'Only an active share can go into a library (this one was rejected).',
    'zh-CN': '只有有效的共享资源才能收录进资源库（该资源已被驳回）。',
  },
  'INVALID_STATE.librarySubmissionNotMarked': {
    en: 'Only a marked assignment can go into a library.',
    'zh-CN': '只有已批阅的作业才能收录进资源库。',
  },
  'INVALID_STATE.libraryEvidenceNotPassed': {
    en: 'Only evidence assessed as pass or excellent can go into a library.',
    'zh-CN': '只有测评结果为合格或优秀的实践证据才能收录进资源库。',
  },
  'INVALID_STATE.libraryNoticeNotBriefing': {
    en: 'Only a briefing (简报) can go into a library, not an announcement.',
    'zh-CN': '只有简报才能收录进资源库，公告不能。',
  },
  'INVALID_STATE.libraryWithdrawn': {
    en: 'This resource was withdrawn from the library; it cannot be published again.',
    'zh-CN': '该资源已从资源库撤下，不能再次发布。',
  },
  'INVALID_STATE.libraryNotWithdrawable': {
    en: 'Only a resource awaiting consent or published can be withdrawn (this one is {status, select, DECLINED {declined} WITHDRAWN {withdrawn already} other {{status}}}).',
    'zh-CN':
      '只有待作者同意或已发布的资源才能撤下（该资源{status, select, DECLINED {已被作者拒绝} WITHDRAWN {已撤下} other {状态为 {status}}}）。',
  },
  'CONFLICT.libraryAlreadyCurated': {
    en: 'This work is already in that library (its entry is {status, select, AWAITING_CONSENT {awaiting the author’s consent} PUBLISHED {published} DECLINED {declined by the author} WITHDRAWN {withdrawn} other {{status}}}).',
    'zh-CN':
      '该成果已收录进这个资源库（{status, select, AWAITING_CONSENT {等待作者同意} PUBLISHED {已发布} DECLINED {作者已拒绝} WITHDRAWN {已撤下} other {{status}}}）。',
  },
  'VALIDATION.libraryCompetency': {
    en: 'The competency is not in the catalogue of the work’s programme',
    'zh-CN': '该能力点不在成果所属项目的目录中',
  },
  'VALIDATION.libraryNoTitle': {
    en: 'Give a title: the work has none of its own',
    'zh-CN': '请填写标题：该成果本身没有标题',
  },
});

/** What curating can return besides the new resource. */
export const curateErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  ConflictError,
];
/** What the author's answer, a withdrawal and a download can return besides their payload. */
export const resourceErrors = [InputValidationError, NotFoundError, ForbiddenActionError, InvalidStateError];
