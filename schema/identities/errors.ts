import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { ConflictError, ForbiddenActionError, InvalidStateError, NotFoundError } from '../shared/index.js';

defineMessages({
  'CONFLICT.identityTaken': {
    en: 'The sign-on identity "{subject}" of {issuer} is linked to another person.',
    'zh-CN': '{issuer} 的登录身份“{subject}”已关联到其他人。',
  },
  'INVALID_STATE.identityNotLinked': {
    en: 'The person has no sign-on identity "{subject}" of {issuer}.',
    'zh-CN': '此人没有 {issuer} 的登录身份“{subject}”。',
  },
  'IDENTITY.text': {
    en: '{field} must be 1 to 255 characters, none of them a control character',
    'zh-CN': '{field}须为 1 到 255 个字符，且不含控制字符',
  },
});

/** What linking an identity can return besides its payload. */
export const linkIdentityErrors = [InputValidationError, NotFoundError, ForbiddenActionError, ConflictError];
/** What unlinking an identity can return besides its payload. */
export const unlinkIdentityErrors = [InputValidationError, NotFoundError, ForbiddenActionError, InvalidStateError];
