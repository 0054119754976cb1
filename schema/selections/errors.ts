import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import {
  AppError,
  ConflictError,
  defineErrorCodes,
  ForbiddenActionError,
  InvalidStateError,
  NotFoundError,
} from '../shared/index.js';
import { describeViolations } from './messages.js';
import type { SelectionResult, Violation } from './rules.js';

defineErrorCodes({
  RULE_VIOLATION: {
    description:
      'The request breaks the programme’s rules (e.g. a competency selection); see `violations`. Nothing was changed.',
    message: {
      en: 'The selection breaks the programme’s rules: {detailsEn}',
      'zh-CN': '所选能力点不符合项目规则：{detailsZh}',
    },
  },
});

/** The selections module's wordings of the shared INVALID_STATE and CONFLICT codes. */
defineMessages({
  'INVALID_STATE.selectionProgrammeNotOpen': {
    en: 'Selections can change only while the programme is published or running (it is {status, select, DRAFT {draft} PUBLISHED {published} RUNNING {running} CLOSED {closed} other {{status}}}).',
    'zh-CN':
      '只有项目处于已发布或进行中时才能修改选学（项目当前为{status, select, DRAFT {草稿} PUBLISHED {已发布} RUNNING {进行中} CLOSED {已结项} other {{status}}}）。',
  },
  'INVALID_STATE.selectionApproved': {
    en: 'The selection is already approved and cannot be resubmitted.',
    'zh-CN': '该选学已通过审核，不能再次提交。',
  },
  'INVALID_STATE.selectionNotSubmitted': {
    en: 'Only a submitted selection can be reviewed (this one is {status, select, SUBMITTED {submitted} APPROVED {approved} RETURNED {returned} other {{status}}}).',
    'zh-CN':
      '只有已提交的选学可以审核（该选学{status, select, SUBMITTED {已提交} APPROVED {已通过} RETURNED {已退回} other {当前为 {status}}}）。',
  },
  'INVALID_STATE.teacherAlreadySelected': {
    en: 'The teacher has already selected ({status, select, SUBMITTED {submitted} APPROVED {approved} other {{status}}}); review that selection instead.',
    'zh-CN':
      '该教师已经完成选学（{status, select, SUBMITTED {已提交} APPROVED {已通过} other {{status}}}），请审核该选学。',
  },
  'CONFLICT.selectionChanged': {
    en: 'The selection changed meanwhile; reload it and try again.',
    'zh-CN': '选学刚刚发生了变化，请刷新后重试。',
  },
  'CONFLICT.selectionCreatedMeanwhile': {
    en: 'A selection was submitted for this enrolment meanwhile; reload it and try again.',
    'zh-CN': '该报名记录刚刚提交了选学，请刷新后重试。',
  },
});

/** A selection that breaks the rules: returned as a typed result; nothing was changed. */
export class SelectionRejectedError extends AppError {
  constructor(readonly check: SelectionResult) {
    // Both wordings are kept: the message is written in the request's language when it is read.
    super('RULE_VIOLATION', 'RULE_VIOLATION', {
      detailsEn: describeViolations(check.violations, 'en'),
      detailsZh: describeViolations(check.violations, 'zh-CN'),
    });
    this.name = 'SelectionRejectedError';
  }

  get violations(): Violation[] {
    return this.check.violations;
  }
}

/** What checking a selection (a dry run) can return besides the check. */
export const validateSelectionErrors = [InputValidationError, NotFoundError, ForbiddenActionError];
/** What submitting a selection, or selecting on a teacher's behalf, can return besides the selection. */
export const makeSelectionErrors = [
  InputValidationError,
  SelectionRejectedError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  ConflictError,
];
/** What approving or returning a selection can return besides the selection. */
export const reviewSelectionErrors = [InputValidationError, NotFoundError, ForbiddenActionError, InvalidStateError];
