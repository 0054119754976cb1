import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import { FileTooLargeError, FileTypeNotAllowedError } from '../files/index.js';
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
  ATTEMPTS_EXHAUSTED: {
    description:
      'The submission has used every attempt the programme allows (`rules.assignments.maxAttempts`): it cannot be returned for rework or resubmitted; it must be marked. See `attempts` and `maxAttempts`.',
    message: {
      en: 'This is attempt {attempts} of at most {maxAttempts}: it cannot be returned or resubmitted again, only marked.',
      'zh-CN': '这已是第 {attempts} 次提交（最多 {maxAttempts} 次），不能再退回或重新提交，只能评分。',
    },
  },
});

const STATUS_EN = '{status, select, SUBMITTED {submitted} RETURNED {returned} MARKED {marked} other {{status}}}';
const STATUS_ZH = '{status, select, SUBMITTED {已提交} RETURNED {已退回} MARKED {已评分} other {{status}}}';

defineMessages({
  'INVALID_STATE.assignmentProgrammeNotOpen': {
    en: 'Assignments can change only while the programme is published or running (it is {status, select, DRAFT {draft} CLOSED {closed} other {{status}}}).',
    'zh-CN':
      '只有项目处于已发布或进行中时才能提交或批改作业（项目当前为{status, select, DRAFT {草稿} CLOSED {已结项} other {{status}}}）。',
  },
  'INVALID_STATE.assignmentLimit': {
    en: 'The programme already has {max} assignments, the most one programme may have.',
    'zh-CN': '本项目已有 {max} 项作业，已达上限。',
  },
  'INVALID_STATE.submissionPending': {
    en: 'The assignment is submitted and waiting for the tutor; it can be submitted again only once it is returned.',
    'zh-CN': '作业已提交，正在等待辅导者批改；只有被退回后才能重新提交。',
  },
  'INVALID_STATE.submissionMarked': {
    en: 'The assignment is already marked; a marked submission is final.',
    'zh-CN': '作业已评分，不能再提交。',
  },
  'INVALID_STATE.submissionNotSubmitted': {
    en: `Only a submitted assignment can be marked or returned (this one is ${STATUS_EN}).`,
    'zh-CN': `只有已提交的作业可以评分或退回（该作业${STATUS_ZH}）。`,
  },
  'INVALID_STATE.submissionNotMarked': {
    en: `Only marked work can be recommended (this one is ${STATUS_EN}).`,
    'zh-CN': `只有已评分的作业可以推荐（该作业${STATUS_ZH}）。`,
  },
  'CONFLICT.submissionStale': {
    en: 'The submission changed meanwhile (it is now at attempt {attempt}); reload it and try again.',
    'zh-CN': '作业刚刚发生了变化（当前为第 {attempt} 次提交），请刷新后重试。',
  },
  'CONFLICT.submissionMeanwhile': {
    en: 'The assignment was submitted meanwhile; reload it and try again.',
    'zh-CN': '该作业刚刚已被提交，请刷新后重试。',
  },
  'CONFLICT.assignmentCode': {
    en: 'The programme already has an assignment with the code "{code}".',
    'zh-CN': '本项目已有编码为“{code}”的作业。',
  },
  'VALIDATION.assignmentAnswerNotAccepted': {
    en: 'This assignment does not accept a {field, select, text {text} other {file}} answer',
    'zh-CN': '该作业不接受{field, select, text {文本} other {文件}}作答',
  },
  'VALIDATION.assignmentAnswerRequired': {
    en: 'Give an answer: {kinds, select, both {a text, a file or both} text {a text} other {a file}}',
    'zh-CN': '请作答：{kinds, select, both {文本、文件或两者} text {文本} other {文件}}',
  },
  'VALIDATION.assignmentAnswerKinds': {
    en: 'An assignment must accept a text answer, a file answer or both',
    'zh-CN': '作业至少要接受文本或文件作答之一',
  },
  'VALIDATION.assignmentMarkRange': {
    en: 'The mark must be a whole number from 0 to {max}',
    'zh-CN': '分数必须是 0 到 {max} 之间的整数',
  },
});

/** The submission has used every attempt the programme allows. */
export class AttemptsExhaustedError extends AppError {
  constructor(
    readonly attempts: number,
    readonly maxAttempts: number,
  ) {
    super('ATTEMPTS_EXHAUSTED', 'ATTEMPTS_EXHAUSTED', { attempts, maxAttempts });
    this.name = 'AttemptsExhaustedError';
  }
}

builder.objectType(AttemptsExhaustedError, {
  name: 'AttemptsExhaustedError',
  interfaces: [ErrorInterface],
  description: 'The submission is at its last allowed attempt: it can only be marked.',
  fields: (t) => ({
    attempts: t.exposeInt('attempts', { description: 'Attempts made.' }),
    maxAttempts: t.exposeInt('maxAttempts', { description: 'Most attempts the programme allows.' }),
  }),
});

/** The tutor decided on an attempt that is no longer the current one (code CONFLICT). */
export class StaleSubmissionError extends AppError {
  constructor(readonly currentAttempt: number) {
    super('CONFLICT', 'CONFLICT.submissionStale', { attempt: currentAttempt });
    this.name = 'StaleSubmissionError';
  }
}

builder.objectType(StaleSubmissionError, {
  name: 'StaleSubmissionError',
  interfaces: [ErrorInterface],
  description:
    'The submission moved on since the tutor loaded it (code CONFLICT): reload and decide on the current attempt.',
  fields: (t) => ({
    currentAttempt: t.exposeInt('currentAttempt', { description: 'The submission’s current attempt.' }),
  }),
});

/** What creating or changing an assignment can return besides the assignment. */
export const manageAssignmentErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  ConflictError,
];
/** What submitting can return besides the submission. */
export const submitAssignmentErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  AttemptsExhaustedError,
  ConflictError,
  FileTooLargeError,
  FileTypeNotAllowedError,
];
/** What marking or returning can return besides the submission. */
export const decideAssignmentErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  AttemptsExhaustedError,
  StaleSubmissionError,
];
/** What recommending can return besides the submission. */
export const recommendAssignmentErrors = [NotFoundError, ForbiddenActionError, InvalidStateError];
