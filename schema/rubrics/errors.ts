import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { ConflictError, ForbiddenActionError, InvalidStateError, NotFoundError } from '../shared/index.js';

defineMessages({
  'VALIDATION.rubricExcellentBelowPass': {
    en: 'excellentPoints must be at least passPoints',
    'zh-CN': '优秀分数线不能低于合格分数线',
  },
  'VALIDATION.rubricAboveMax': {
    en: '{field} must be at most the rubric’s most points ({max})',
    'zh-CN': '{field}不能高于量规满分（{max}）',
  },
  'VALIDATION.rubricJson': {
    en: 'json is not valid JSON',
    'zh-CN': 'json 不是有效的 JSON',
  },
  'VALIDATION.rubricCaseShape': {
    en: '{field} is not a valid CASE CFRubric: {problem}',
    'zh-CN': '{field}不是有效的 CASE CFRubric：{problem}',
  },
  'VALIDATION.rubricThresholdsMissing': {
    en: 'The CFRubric carries no pass and excellent points: give passPoints and excellentPoints',
    'zh-CN': '该 CFRubric 未包含合格与优秀分数线，请填写 passPoints 和 excellentPoints',
  },
  'VALIDATION.rubricKeyMissing': {
    en: 'The CFRubric carries no key: give key',
    'zh-CN': '该 CFRubric 未包含量规编码，请填写 key',
  },
  'VALIDATION.rubricOwner': {
    en: 'Rubrics belong to a district or a province',
    'zh-CN': '评价量规只能属于区县或省级机构',
  },
  'CONFLICT.rubricKey': {
    en: 'The organisation already has a rubric with the key "{key}".',
    'zh-CN': '该机构已有编码为“{key}”的评价量规。',
  },
  'CONFLICT.rubricVersion': {
    en: 'The rubric changed meanwhile (its latest version is {version}); reload it and try again.',
    'zh-CN': '评价量规刚刚已被修改（最新版本为第 {version} 版），请刷新后重试。',
  },
});

/** What writing a rubric can return besides the rubric. */
export const manageRubricErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  ConflictError,
];
