import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { ConflictError, ForbiddenActionError, InvalidStateError, NotFoundError } from '../shared/index.js';

defineMessages({
  'CONFLICT.unitName': {
    en: 'The school already has a {kind, select, CLASS {class} other {group}} named "{name}".',
    'zh-CN': '学校已有名为“{name}”的{kind, select, CLASS {班级} other {教研组}}。',
  },
  'CONFLICT.codeTaken': { en: 'The code "{code}" is taken.', 'zh-CN': '编码“{code}”已被使用。' },
  'CONFLICT.notSchoolUsers': {
    en: 'Not users of this school: {logins}. Only the school’s own users may join its classes and groups.',
    'zh-CN': '以下用户不属于本校：{logins}。只有本校的用户可以加入本校的班级和教研组。',
  },
});

/** What creating a class or group can return besides its payload. */
export const createUnitErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  ConflictError,
  InvalidStateError,
];
/** What appointing a tutor or leader, or removing a member, can return besides its payload. */
export const appointErrors = [NotFoundError, ForbiddenActionError, ConflictError];
/** What adding group members can return besides its payload (the list has a size limit). */
export const addMembersErrors = [InputValidationError, NotFoundError, ForbiddenActionError, ConflictError];
