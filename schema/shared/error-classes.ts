import { defineMessages, type Message, type MessageParams, translate } from '../../api/i18n/messages.js';

/** An error code with its description (for the `ErrorCode` enum) and its messages (for people). */
export interface ErrorCodeSpec {
  description: string;
  /** The code's message, or its wordings by variant (`CODE.variant` in the catalogue). */
  message?: Message;
  variants?: Record<string, Message>;
}

const codes = new Map<string, string>();

/**
 * Declares a module's error codes: each module keeps its codes and their zh-CN and en messages in
 * its own errors file; schema/index.ts gathers every code into the one `ErrorCode` enum.
 */
export function defineErrorCodes<const C extends Record<string, ErrorCodeSpec>>(specs: C): { [K in keyof C]: K } {
  for (const [code, spec] of Object.entries(specs)) {
    if (codes.has(code)) throw new Error(`error code ${code} is defined twice`);
    codes.set(code, spec.description);
    if (spec.message) defineMessages({ [code]: spec.message });
    for (const [variant, message] of Object.entries(spec.variants ?? {}))
      defineMessages({ [`${code}.${variant}`]: message });
  }
  return Object.fromEntries(Object.keys(specs).map((code) => [code, code])) as { [K in keyof C]: K };
}

/** Every declared error code with its description, in declaration order. */
export function declaredErrorCodes(): ReadonlyMap<string, string> {
  return codes;
}

/**
 * Base class of expected, typed errors: returned as results, never masked. `messageKey` is the
 * code or `CODE.variant`; the message is written in the request's language from the catalogue,
 * with `params` (the same numbers the error's fields carry).
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly messageKey: string = code,
    readonly params: MessageParams = {},
  ) {
    super(translate('en', messageKey, params));
    this.name = 'AppError';
  }
}

/** The object does not exist or the viewer may not see it; `what` is its type name. */
export class NotFoundError extends AppError {
  constructor(what: string) {
    super('NOT_FOUND', 'NOT_FOUND', { what });
    this.name = 'NotFoundError';
  }
}

/** `CODE.variant`, or `variant` itself when it is already a full catalogue key (it holds a dot). */
const keyOf = (code: string, variant: string) => (variant.includes('.') ? variant : `${code}.${variant}`);

/** The object is not in a state that allows the action: `variant` says which (INVALID_STATE.variant). */
export class InvalidStateError extends AppError {
  constructor(variant: string, params: MessageParams = {}) {
    super('INVALID_STATE', keyOf('INVALID_STATE', variant), params);
    this.name = 'InvalidStateError';
  }
}

/** The change conflicts with existing data: `variant` says which (CONFLICT.variant). */
export class ConflictError extends AppError {
  constructor(variant: string, params: MessageParams = {}) {
    super('CONFLICT', keyOf('CONFLICT', variant), params);
    this.name = 'ConflictError';
  }
}

/** The viewer can see the object but no role of theirs grants the action on it. */
export class ForbiddenActionError extends AppError {
  constructor(
    readonly action: string,
    roles: readonly string[],
  ) {
    super('FORBIDDEN_ACTION', 'FORBIDDEN_ACTION', { action, roles: roles.join(', ') });
    this.name = 'ForbiddenActionError';
  }
}

/**
 * The school closed (结项) in the programme the object belongs to: once the district accepted its closing, every
 * write to that school's records in the programme is refused (schema/shared/authz/closing.ts); reads still work.
 */
export class ClosedError extends AppError {
  constructor() {
    super('CLOSED');
    this.name = 'ClosedError';
  }
}

const OBJECT_NAMES_ZH =
  'School {学校} Class {班级} Group {教研组} District {区县} Organisation {组织} Programme {项目} Batch {批次} ' +
  'Enrolment {报名记录} Selection {选学} User {用户} Catalogue {目录} Competency {能力点} SchoolRange {学校选学范围} ' +
  'SchoolPlan {学校规划} StoredFile {文件} Course {课程} Workshop {工作坊} WorkshopActivity {工作坊活动} ' +
  'WorkshopPost {帖子} ClassNotice {班级公告} Share {共享资源} Assignment {研修作业} AssignmentSubmission {作业提交} ' +
  'GroupActivity {校本研修活动} ExcellentNomination {优秀学员推荐} TutorEvaluation {辅导者考核} ' +
  'Rubric {评价量规} RubricVersion {量规版本} AssessmentSpec {测评规范} Evidence {实践证据} EvidenceArtefact {证据材料} ' +
  'PeerReview {同行评价} PersonalDocument {个人提升文档} CreditEntry {学时记录} SchoolCompletion {整校推进记录} ' +
  'SchoolProofItem {证明材料} SchoolExpertAssessment {专家考核} Certificate {证书} RemedialRound {补学记录} ' +
  'SyncClient {同步客户端} SyncClientKey {同步客户端密钥} ExportJob {导出任务} WebhookSubscription {Webhook 订阅} ' +
  'WebhookDelivery {Webhook 投递} FeedEvent {变更记录} Survey {问卷} SurveyTemplate {问卷模板} ' +
  'SurveyQuestion {问卷题目} LibraryResource {生成性资源}';

defineErrorCodes({
  NOT_FOUND: {
    description: 'The object does not exist, or the viewer may not see it (the two are indistinguishable).',
    message: { en: '{what} was not found.', 'zh-CN': `{what, select, ${OBJECT_NAMES_ZH} other {{what}}}不存在。` },
  },
  INVALID_INPUT: {
    description: 'An argument failed validation; see `issues`.',
    message: { en: 'The input is not valid; see the issues.', 'zh-CN': '输入不正确，详见各项问题。' },
  },
  INVALID_STATE: { description: 'The object is not in a state that allows this action.' },
  CONFLICT: { description: 'The change conflicts with existing data (a duplicate, a stale version).' },
  FORBIDDEN_ACTION: {
    description: 'The viewer can see the object but no role of theirs grants this action on it.',
    message: {
      en: 'Your roles do not allow this ({action}; it needs one of: {roles}).',
      'zh-CN': '您的角色无权执行此操作（{action}，需要以下角色之一：{roles}）。',
    },
  },
  CLOSED: {
    description:
      'The school has closed (结项) in this programme: its records there can no longer change (reads still work).',
    message: {
      en: 'This school has closed (结项) in this programme; its records can no longer change.',
      'zh-CN': '该学校已在此项目结项，记录不可再修改。',
    },
  },
});
