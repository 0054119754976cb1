import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { ConflictError, ForbiddenActionError, InvalidStateError, NotFoundError } from '../shared/index.js';

/** Longest reason of a reversal, in characters. */
export const MAX_REVERSAL_REASON_LENGTH = 500;

defineMessages({
  'INVALID_STATE.creditEntryIsReversal': {
    en: 'A reversal cannot be reversed: to correct it, enter the hours again.',
    'zh-CN': '冲销记录不能再被冲销：如需更正，请重新录入学时。',
  },
  'CONFLICT.creditEntryAlreadyReversed': {
    en: 'This entry has already been reversed; an entry is reversed at most once.',
    'zh-CN': '该学时记录已被冲销，每条记录只能冲销一次。',
  },
  'VALIDATION.creditReversalReasonRequired': {
    en: 'Say why the entry is reversed',
    'zh-CN': '请填写冲销原因',
  },
  'VALIDATION.creditReversalReasonLength': {
    en: 'The reason may have at most {max} characters',
    'zh-CN': '冲销原因最多 {max} 个字符',
  },
});

/** What reversing an entry can return besides the reversal. */
export const reverseCreditEntryErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  ConflictError,
];

/** What a recompute can return besides its count. */
export const recomputeCreditHoursErrors = [InputValidationError, NotFoundError, ForbiddenActionError];
