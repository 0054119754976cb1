import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { ConflictError, ForbiddenActionError, InvalidStateError, NotFoundError } from '../shared/index.js';

defineMessages({
  'VALIDATION.syncClientName': {
    en: 'Give the client a name of 1 to {max} characters',
    'zh-CN': '请填写客户端名称，1 到 {max} 个字符',
  },
  'VALIDATION.syncClientOrganisation': {
    en: 'A sync client is registered for a province or a district',
    'zh-CN': '同步客户端只能登记在省或区县',
  },
  'VALIDATION.syncClientKeysOrUrl': {
    en: 'Give either the public keys (1 to {max}) or the URL of the client’s key set (JWKS), not both',
    'zh-CN': '请提供公钥（1 到 {max} 个）或客户端密钥集（JWKS）的网址，二者选其一',
  },
  'VALIDATION.syncClientKey.notJson': {
    en: 'The key is not a JSON object (a JWK)',
    'zh-CN': '密钥不是 JSON 对象（JWK）',
  },
  'VALIDATION.syncClientKey.notObject': {
    en: 'The key is not a JSON object (a JWK)',
    'zh-CN': '密钥不是 JSON 对象（JWK）',
  },
  'VALIDATION.syncClientKey.privateKey': {
    en: 'This is a private key (it holds {members}): register only the public key, and keep the private key secret',
    'zh-CN': '这是私钥（含有 {members}）：只能登记公钥，私钥须由客户端保密',
  },
  'VALIDATION.syncClientKey.unsupportedKeyType': {
    en: 'Unsupported key: use an EC P-256, RSA (2048 bits or more) or OKP Ed25519 public key',
    'zh-CN': '不支持的密钥类型：请使用 EC P-256、RSA（2048 位及以上）或 OKP Ed25519 公钥',
  },
  'VALIDATION.syncClientKey.badMember': {
    en: 'The key’s member “{member}” is missing or malformed',
    'zh-CN': '密钥的“{member}”成员缺失或格式不正确',
  },
  'VALIDATION.syncClientKey.rsaTooShort': {
    en: 'The RSA key has {bits} bits: at least {min} are required',
    'zh-CN': 'RSA 密钥只有 {bits} 位，至少需要 {min} 位',
  },
  'VALIDATION.syncClientKey.kidMissing': {
    en: 'The key needs a key id (“kid”) of 1 to {max} printable characters',
    'zh-CN': '密钥须有密钥标识（“kid”），1 到 {max} 个可打印字符',
  },
  'VALIDATION.syncClientKey.algMismatch': {
    en: 'The key’s “alg” does not fit its type: use {algorithms}',
    'zh-CN': '密钥的“alg”与密钥类型不符，请使用 {algorithms}',
  },
  'VALIDATION.syncClientKey.useNotSig': {
    en: 'The key’s “use” must be “sig” (signing)',
    'zh-CN': '密钥的“use”须为“sig”（签名）',
  },
  'VALIDATION.syncClientKey.invalid': {
    en: 'The key cannot be read as a public key',
    'zh-CN': '无法将其读取为公钥',
  },
  'VALIDATION.syncClientKey.duplicateKid': {
    en: 'The key id “{kid}” is given twice',
    'zh-CN': '密钥标识“{kid}”重复',
  },
  'VALIDATION.syncClientJwksUrl.invalid': {
    en: 'The key set URL is not a valid URL (at most {max} characters)',
    'zh-CN': '密钥集网址格式不正确（最多 {max} 个字符）',
  },
  'VALIDATION.syncClientJwksUrl.notHttps': {
    en: 'The key set URL must use https',
    'zh-CN': '密钥集网址须使用 https',
  },
  'VALIDATION.syncClientJwksUrl.credentials': {
    en: 'The key set URL must not carry a user name or password',
    'zh-CN': '密钥集网址不能包含用户名或密码',
  },
  'VALIDATION.syncClientKid': {
    en: 'Give the key id (kid) of the key to revoke',
    'zh-CN': '请填写要撤销的密钥标识（kid）',
  },
  'INVALID_STATE.syncClientRevoked': {
    en: 'The sync client is revoked: register a new one.',
    'zh-CN': '该同步客户端已被撤销，请重新登记。',
  },
  'INVALID_STATE.syncClientUsesJwksUrl': {
    en: 'The sync client publishes its keys at its key set URL: rotate them there.',
    'zh-CN': '该同步客户端通过密钥集网址发布密钥，请在该网址轮换密钥。',
  },
  'INVALID_STATE.syncClientTooManyKeys': {
    en: 'The sync client already has {max} active keys: revoke one first.',
    'zh-CN': '该同步客户端已有 {max} 个有效密钥，请先撤销其中一个。',
  },
  'INVALID_STATE.syncClientKeyRevoked': {
    en: 'The key “{kid}” is already revoked.',
    'zh-CN': '密钥“{kid}”已被撤销。',
  },
  'CONFLICT.syncClientKid': {
    en: 'The sync client already has a key with the id “{kid}” (revoked keys keep their id): choose another kid.',
    'zh-CN': '该同步客户端已有标识为“{kid}”的密钥（已撤销的密钥仍占用其标识），请换一个 kid。',
  },
});

export const registerSyncClientErrors = [InputValidationError, NotFoundError, ForbiddenActionError];
export const addSyncClientKeyErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  ConflictError,
];
export const revokeSyncClientKeyErrors = [InputValidationError, NotFoundError, ForbiddenActionError, InvalidStateError];
export const revokeSyncClientErrors = [NotFoundError, ForbiddenActionError, InvalidStateError];
