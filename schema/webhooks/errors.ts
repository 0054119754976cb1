/** The webhooks module's wordings (zh-CN and en) and what each mutation can return besides its payload. */
import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { ForbiddenActionError, IdempotencyKeyReusedError, InvalidStateError, NotFoundError } from '../shared/index.js';

const PROBLEM_EN =
  '{problem, select, NOT_HTTPS {it must use https} CREDENTIALS {it must not contain a user name or password} ' +
  'TOO_LONG {it may have at most {max} characters} PRIVATE_HOST {its host is, or resolves to, an address of a private network} ' +
  'UNRESOLVABLE {its host name does not resolve} other {it is not an absolute https URL}}';
const PROBLEM_ZH =
  '{problem, select, NOT_HTTPS {须使用 https} CREDENTIALS {不能包含用户名或密码} TOO_LONG {最多 {max} 个字符} ' +
  'PRIVATE_HOST {其主机是（或解析为）内网地址} UNRESOLVABLE {其主机名无法解析} other {不是完整的 https 地址}}';

defineMessages({
  'VALIDATION.webhookUrl': {
    en: `The webhook URL is refused: ${PROBLEM_EN}.`,
    'zh-CN': `Webhook 地址不可用：${PROBLEM_ZH}。`,
  },
  'VALIDATION.webhookEvents': {
    en: 'Subscribe to at least one event kind',
    'zh-CN': '请至少订阅一种事件',
  },
  'VALIDATION.webhookIdempotencyKey': {
    en: 'Give an idempotency key of 1 to {max} characters',
    'zh-CN': '请提供 1 到 {max} 个字符的幂等键',
  },
  'VALIDATION.webhookNothingToChange': {
    en: 'Give the URL, the events or whether it is active',
    'zh-CN': '请提供要修改的地址、事件或启用状态',
  },
  'INVALID_STATE.webhookSubscriptionLimit': {
    en: 'A sync client may have at most {max} webhook subscriptions: delete one first.',
    'zh-CN': '每个同步客户端最多 {max} 个 Webhook 订阅，请先删除一个。',
  },
  'INVALID_STATE.webhookDeliveryPending': {
    en: 'The delivery is still being attempted; replay it once it is delivered or in the dead-letter list.',
    'zh-CN': '该投递仍在重试中；投递成功或进入死信列表后才能重放。',
  },
  'INVALID_STATE.webhookSubscriptionInactive': {
    en: 'The subscription is inactive: activate it before replaying its deliveries.',
    'zh-CN': '该订阅已停用，请先启用再重放其投递。',
  },
  'INVALID_STATE.webhookQueueUnavailable': {
    en: 'Webhook deliveries cannot be queued on this server (it runs without the job queue); try again later.',
    'zh-CN': '本服务器未启用任务队列，无法安排 Webhook 投递，请稍后再试。',
  },
});

export const createErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  IdempotencyKeyReusedError,
];
export const updateErrors = [InputValidationError, NotFoundError, ForbiddenActionError];
export const subscriptionErrors = [NotFoundError, ForbiddenActionError];
export const replayErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  IdempotencyKeyReusedError,
];
