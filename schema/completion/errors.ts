import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import { FileTooLargeError, FileTypeNotAllowedError } from '../files/index.js';
import {
  AppError,
  ClosedError,
  ConflictError,
  ErrorInterface,
  ForbiddenActionError,
  InvalidStateError,
  NotFoundError,
} from '../shared/index.js';

const STATE_EN =
  '{state, select, OPEN {open} APPLIED {applied} RETURNED {returned} ACCEPTED {accepted} other {{state}}}';
const STATE_ZH = '{state, select, OPEN {未申请} APPLIED {已申请} RETURNED {已退回} ACCEPTED {已结项} other {{state}}}';

defineMessages({
  'VALIDATION.proofItemUnknown': {
    en: 'The programme’s proof list has no item “{key}”',
    'zh-CN': '本项目的证明清单中没有“{key}”这一项',
  },
  'VALIDATION.proofItemFileOrText': {
    en: 'Send either a file or a text (not both, not neither)',
    'zh-CN': '请上传文件或填写文本（二者选其一）',
  },
  'VALIDATION.proofItemTextNotAllowed': {
    en: 'This item ({form}) must be uploaded as a file; only lists and plan texts may be entered as text',
    'zh-CN': '该项（{form}）须上传文件；只有列表和计划文本可直接填写',
  },
  'VALIDATION.proofItemTextLength': {
    en: 'The text may have at most {max} characters',
    'zh-CN': '文本最多 {max} 个字符',
  },
  'VALIDATION.selfAssessmentRange': {
    en: 'The self-assessment score must be from 0 to {max}',
    'zh-CN': '自评分须在 0 到 {max} 之间',
  },
  'VALIDATION.completionNoteLength': {
    en: 'The note may have at most {max} characters',
    'zh-CN': '说明最多 {max} 个字符',
  },
  'VALIDATION.expertsTooMany': {
    en: 'At most {max} experts score a school in this programme',
    'zh-CN': '本项目每所学校最多指派 {max} 名专家',
  },
  'VALIDATION.expertsNone': {
    en: 'Name at least one expert',
    'zh-CN': '请至少指派一名专家',
  },
  'VALIDATION.expertsRepeat': {
    en: 'An expert is named twice',
    'zh-CN': '专家重复',
  },
  'VALIDATION.notDistrictExpert': {
    en: 'This person is not an expert (EXPERT) of the programme’s district',
    'zh-CN': '该人员不是本项目所在区县的专家（EXPERT）',
  },
  'VALIDATION.rubricVersionUnknown': {
    en: 'The rubric has no version {version}',
    'zh-CN': '该量规没有第 {version} 版',
  },
  'VALIDATION.schoolRubricMissing': {
    en: 'Choose a level for criterion “{criterion}”',
    'zh-CN': '请为评价指标“{criterion}”选择等级',
  },
  'VALIDATION.schoolRubricUnknownCriterion': {
    en: 'The rubric has no criterion “{criterion}” (its criteria: {criteria})',
    'zh-CN': '量规中没有评价指标“{criterion}”（可选：{criteria}）',
  },
  'VALIDATION.schoolRubricUnknownLevel': {
    en: 'Criterion “{criterion}” has no level “{level}” (its levels: {levels})',
    'zh-CN': '评价指标“{criterion}”没有等级“{level}”（可选：{levels}）',
  },
  'VALIDATION.closingCommentRequired': {
    en: 'Say why the closing application is returned',
    'zh-CN': '退回结项申请时请填写原因',
  },
  'INVALID_STATE.completionUnderReview': {
    en: 'The school applied to close; its proof list and self-assessment can change only after the district returns the application.',
    'zh-CN': '学校已申请结项，区县退回申请之前不能修改证明清单或自评。',
  },
  'INVALID_STATE.completionNoExperts': {
    en: 'This programme has no expert assessment (rules.completion.expertsPerSchool is 0).',
    'zh-CN': '本项目不进行专家绩效考核（每校专家数为 0）。',
  },
  'INVALID_STATE.completionAssessmentConfirmed': {
    en: 'The district already confirmed the school’s assessment; it can no longer change.',
    'zh-CN': '区县已确认该校的考核结果，不能再修改。',
  },
  'INVALID_STATE.completionExpertsNotScored': {
    en: '{scored} of the {assigned} assigned experts have scored the school; all must score before the result is confirmed.',
    'zh-CN': '已指派 {assigned} 名专家，{scored} 名已评分；全部评分后才能确认考核结果。',
  },
  'INVALID_STATE.closingNotApplied': {
    en: `Only an application to close can be decided; the school’s closing is ${STATE_EN}.`,
    'zh-CN': `只能审核已提交的结项申请；该校当前结项状态为${STATE_ZH}。`,
  },
  'INVALID_STATE.closingShortfall': {
    en: 'The school cannot apply to close yet: {rate, select, short {{qualified} of {denominator} teachers qualified, {needed} needed ({threshold}%); } other {}}{proof, select, short {{missing} required proof items missing; } other {}}{assessment, select, short {the expert assessment is not confirmed; } other {}}{state, select, APPLIED {it has already applied} ACCEPTED {it has closed} other {}}.',
    'zh-CN':
      '学校暂不能申请结项：{rate, select, short {合格 {qualified}/{denominator} 人，需 {needed} 人（{threshold}%）；} other {}}{proof, select, short {缺少 {missing} 项必备证明材料；} other {}}{assessment, select, short {专家绩效考核结果尚未确认；} other {}}{state, select, APPLIED {已提交申请} ACCEPTED {已结项} other {}}。',
  },
  'CONFLICT.closingDecidedMeanwhile': {
    en: 'The closing was decided or changed meanwhile; reload the page.',
    'zh-CN': '结项状态刚刚已被更改，请刷新页面。',
  },
  'CONFLICT.proofItemMeanwhile': {
    en: 'The item was uploaded meanwhile; reload it and try again.',
    'zh-CN': '该证明材料刚刚已被上传，请刷新后重试。',
  },
  'CONFLICT.completionChangedMeanwhile': {
    en: 'The school’s completion was changed meanwhile; reload the page and try again.',
    'zh-CN': '整校推进记录刚刚已被修改，请刷新后重试。',
  },
});

export const ClosingShortfallCode = builder.enumType('ClosingShortfallCode', {
  description: 'What keeps a school from applying to close (结项).',
  values: {
    RATE_BELOW_THRESHOLD: { description: 'Fewer qualified teachers than the threshold needs (`needed`).' },
    PROOF_ITEMS_MISSING: { description: 'Required items of the proof list are not provided (`missingItems`).' },
    ASSESSMENT_NOT_CONFIRMED: {
      description: 'The programme has an expert assessment and the district has not confirmed its result.',
    },
    ALREADY_APPLIED: { description: 'The school applied already and waits for the district’s decision.' },
  } as const,
});
export type ClosingShortfall =
  | 'RATE_BELOW_THRESHOLD'
  | 'PROOF_ITEMS_MISSING'
  | 'ASSESSMENT_NOT_CONFIRMED'
  | 'ALREADY_APPLIED';

/** applyToClose refused (code INVALID_STATE): `shortfalls` names every reason, with the numbers. */
export class ClosingShortfallError extends AppError {
  constructor(
    readonly shortfalls: ClosingShortfall[],
    readonly facts: {
      qualified: number;
      denominator: number;
      needed: number;
      threshold: number;
      missingItems: string[];
      state: string;
    },
  ) {
    super('INVALID_STATE', 'INVALID_STATE.closingShortfall', {
      rate: shortfalls.includes('RATE_BELOW_THRESHOLD') ? 'short' : 'ok',
      proof: shortfalls.includes('PROOF_ITEMS_MISSING') ? 'short' : 'ok',
      assessment: shortfalls.includes('ASSESSMENT_NOT_CONFIRMED') ? 'short' : 'ok',
      qualified: facts.qualified,
      denominator: facts.denominator,
      needed: facts.needed,
      threshold: Math.round(facts.threshold * 10_000) / 100,
      missing: facts.missingItems.length,
      state: facts.state,
    });
    this.name = 'ClosingShortfallError';
  }
}

builder.objectType(ClosingShortfallError, {
  name: 'ClosingShortfallError',
  interfaces: [ErrorInterface],
  description:
    'The school cannot apply to close yet (code INVALID_STATE): every shortfall is named, with the numbers. Nothing changed.',
  fields: (t) => ({
    shortfalls: t.field({
      type: [ClosingShortfallCode],
      description: 'Every reason, in order.',
      resolve: (error) => error.shortfalls,
    }),
    qualifiedCount: t.int({ description: 'Qualified teachers now.', resolve: (error) => error.facts.qualified }),
    denominator: t.int({
      description: 'Teachers the rate counts (enrolled, or full-time).',
      resolve: (error) => error.facts.denominator,
    }),
    needed: t.int({
      description: 'Least qualified teachers that reach the threshold.',
      resolve: (error) => error.facts.needed,
    }),
    missingItems: t.stringList({
      description: 'Keys of the required proof items not provided.',
      resolve: (error) => error.facts.missingItems,
    }),
  }),
});

const common = [InputValidationError, NotFoundError, ForbiddenActionError, ClosedError];

export const uploadProofItemErrors = [
  ...common,
  InvalidStateError,
  ConflictError,
  FileTooLargeError,
  FileTypeNotAllowedError,
];
export const completionWriteErrors = [...common, InvalidStateError, ConflictError];
export const applyToCloseErrors = [...common, ClosingShortfallError, InvalidStateError, ConflictError];
