import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { SelfReviewError, StaleEvidenceError } from '../evidence/index.js';
import { ConflictError, ForbiddenActionError, InvalidStateError, NotFoundError } from '../shared/index.js';
import type { ReviewRefusal } from './rules.js';

const STATUS_EN =
  '{status, select, DRAFT {a draft} SUBMITTED {submitted} GROUP_REVIEWED {passed on by the group leader} ASSESSED {assessed} RETURNED {returned for rework} other {{status}}}';
const STATUS_ZH =
  '{status, select, DRAFT {仍是草稿} SUBMITTED {已提交} GROUP_REVIEWED {已由教研组长审核} ASSESSED {已测评} RETURNED {已退回修改} other {{status}}}';

defineMessages({
  'INVALID_STATE.evidenceNoGroupReview': {
    en: 'This evidence has no group review (the teacher was in no teaching-research group, or the programme sends evidence straight to the school).',
    'zh-CN': '该实践证据无需教研组审核（教师不在教研组中，或项目规定直接由学校测评）。',
  },
  'INVALID_STATE.evidenceNotAwaitingGroup': {
    en: `Only submitted evidence waits for the group leader (this one is ${STATUS_EN}).`,
    'zh-CN': `只有已提交的实践证据等待教研组长审核（该证据${STATUS_ZH}）。`,
  },
  'INVALID_STATE.evidenceNotAwaitingSchool': {
    en: `The evidence is not waiting for the school’s assessment (it is ${STATUS_EN}).`,
    'zh-CN': `该实践证据当前不在等待学校测评（该证据${STATUS_ZH}）。`,
  },
  'INVALID_STATE.evidenceNotAwaitingExpert': {
    en: `Only assessed evidence can be re-reviewed (this one is ${STATUS_EN}).`,
    'zh-CN': `只有已测评的实践证据可以复评（该证据${STATUS_ZH}）。`,
  },
  'INVALID_STATE.evidenceLastVersion': {
    en: 'This is version {version} of at most {maxVersions}: it cannot be returned for rework again, only assessed.',
    'zh-CN': '这已是第 {version} 版（最多 {maxVersions} 版），不能再退回修改，只能测评。',
  },
  'INVALID_STATE.evidenceNotSampled': {
    en: 'Only evidence the district sampled for expert re-review can be re-reviewed.',
    'zh-CN': '只有被区县抽取复评的实践证据才能由专家复评。',
  },
  'INVALID_STATE.evidenceNoRubric': {
    en: 'The competency has no assessment specification with a rubric in this programme, so the evidence cannot be scored.',
    'zh-CN': '该能力点在本项目中没有带评价量规的测评规范，无法评分。',
  },
  'CONFLICT.evidenceAlreadyAssessed': {
    en: 'You have already assessed version {version} of this evidence; an assessment is never changed.',
    'zh-CN': '您已测评过该实践证据的第 {version} 版，测评结果不能更改。',
  },
  'CONFLICT.evidenceAlreadyReReviewed': {
    en: 'You have already re-reviewed this evidence.',
    'zh-CN': '您已复评过该实践证据。',
  },
  'VALIDATION.evidenceRubricMissing': {
    en: 'Choose a level for the criterion “{criterion}”',
    'zh-CN': '请为评价指标“{criterion}”选择等级',
  },
  'VALIDATION.evidenceRubricUnknownCriterion': {
    en: 'The rubric has no criterion “{criterion}”; its criteria are: {criteria}',
    'zh-CN': '评价量规中没有评价指标“{criterion}”，其指标为：{criteria}',
  },
  'VALIDATION.evidenceRubricUnknownLevel': {
    en: 'The criterion “{criterion}” has no level “{level}”; its levels are: {levels}',
    'zh-CN': '评价指标“{criterion}”没有等级“{level}”，可选等级为：{levels}',
  },
  'VALIDATION.evidenceSchoolOutside': {
    en: 'This is not a school of the programme’s district',
    'zh-CN': '该学校不属于本项目所在区县',
  },
});

/** The typed error for a refused decision. */
export function refusalError(refusal: ReviewRefusal) {
  switch (refusal.code) {
    case 'STALE':
      return new StaleEvidenceError(refusal.currentVersion);
    case 'SELF_REVIEW':
      return new SelfReviewError();
    case 'NO_GROUP_REVIEW':
      return new InvalidStateError('evidenceNoGroupReview');
    case 'NOT_AWAITING':
      return new InvalidStateError(
        refusal.stage === 'GROUP'
          ? 'evidenceNotAwaitingGroup'
          : refusal.stage === 'SCHOOL'
            ? 'evidenceNotAwaitingSchool'
            : 'evidenceNotAwaitingExpert',
        { status: refusal.status },
      );
    case 'LAST_VERSION':
      return new InvalidStateError('evidenceLastVersion', {
        version: refusal.version,
        maxVersions: refusal.maxVersions,
      });
    case 'NOT_SAMPLED':
      return new InvalidStateError('evidenceNotSampled');
  }
}

/** What a group review, an assessment, a return or an expert re-review can return besides the evidence. */
export const reviewEvidenceErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  StaleEvidenceError,
  SelfReviewError,
  ConflictError,
];
/** What sampling can return besides the sampled evidence. */
export const sampleEvidenceErrors = [InputValidationError, NotFoundError, ForbiddenActionError];
/** What exporting the result sheet can return besides the file. */
export const exportResultsErrors = [InputValidationError, NotFoundError, ForbiddenActionError];
