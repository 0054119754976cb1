import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { ConflictError, ForbiddenActionError, InvalidStateError, NotFoundError } from '../shared/index.js';

const KIND_EN = '{kind, select, COMPLETION {Completion} other {Excellent-trainee}}';
const KIND_ZH = '{kind, select, COMPLETION {结业证书} other {优秀学员证书}}';

defineMessages({
  'INVALID_STATE.certificatesNotIssued': {
    en: `${KIND_EN} certificates are not issued in this programme (rules.certificates).`,
    'zh-CN': `本项目不颁发${KIND_ZH}（项目规则 certificates）。`,
  },
  'INVALID_STATE.certificateProgrammeDraft': {
    en: 'A draft programme issues no certificates: publish it first.',
    'zh-CN': '项目尚为草稿，不能颁发证书，请先发布项目。',
  },
  'INVALID_STATE.certificateSchoolOutside': {
    en: 'The school is not in the programme’s district.',
    'zh-CN': '该学校不属于本项目所在的区县。',
  },
  'INVALID_STATE.certificateAlreadyRevoked': {
    en: 'The certificate is already revoked.',
    'zh-CN': '该证书已被撤销。',
  },
  'CONFLICT.certificatesMeanwhile': {
    en: 'Certificates were issued meanwhile; run it again (it issues only what is missing).',
    'zh-CN': '证书刚刚已被颁发，请重试（只会补发尚未颁发的证书）。',
  },
  'VALIDATION.certificateRevocationReason': {
    en: 'Give the reason for revoking, at most {max} characters',
    'zh-CN': '请填写撤销原因，最多 {max} 个字符',
  },
  'CERTIFICATE.IN_REMEDIATION': {
    en: 'The teacher is in remedial study (补学): not eligible for the excellent-trainee certificate.',
    'zh-CN': '该教师正在补学，不参加评优，不颁发优秀学员证书。',
  },
});

export const issueCertificatesErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  ConflictError,
];
export const revokeCertificateErrors = [InputValidationError, NotFoundError, ForbiddenActionError, InvalidStateError];
