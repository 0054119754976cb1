import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { ForbiddenActionError, InvalidStateError, NotFoundError } from '../shared/index.js';

const PROGRAMME_STATUS_EN = '{status, select, DRAFT {a draft} CLOSED {closed} other {{status}}}';
const PROGRAMME_STATUS_ZH = '{status, select, DRAFT {草稿} CLOSED {已结项} other {{status}}}';

defineMessages({
  'INVALID_STATE.peerReviewNotInProgramme': {
    en: 'The programme has no peer review (its rules set no evidence.peerReview).',
    'zh-CN': '本项目未设置同行评价（项目规则中没有 evidence.peerReview）。',
  },
  'INVALID_STATE.peerReviewProgrammeNotOpen': {
    en: `Peer reviews are allocated and written only while the programme is published or running (it is ${PROGRAMME_STATUS_EN}).`,
    'zh-CN': `只有项目处于已发布或进行中时才能分配或填写同行评价（项目当前为${PROGRAMME_STATUS_ZH}）。`,
  },
  'INVALID_STATE.peerReviewSchoolOutside': {
    en: 'The school is not in the programme’s district, so it has no teachers in the programme.',
    'zh-CN': '该学校不在本项目所属区县，没有参加本项目的教师。',
  },
  'INVALID_STATE.peerReviewCompleted': {
    en: 'This peer review is already completed; a completed review is final.',
    'zh-CN': '该同行评价已完成，不能再修改。',
  },
  'VALIDATION.peerReviewRatingRange': {
    en: 'The rating must be a whole number from 1 to {max}',
    'zh-CN': '评分须为 1 到 {max} 之间的整数',
  },
});

/** What allocating peer reviews can return besides the result. */
export const allocatePeerReviewsErrors = [NotFoundError, ForbiddenActionError, InvalidStateError];
/** What submitting a peer review can return besides the review. */
export const submitPeerReviewErrors = [InputValidationError, NotFoundError, ForbiddenActionError, InvalidStateError];
