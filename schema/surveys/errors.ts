/** The surveys module's error codes and wordings (zh-CN and en), and what each mutation can return besides its payload. */
import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import {
  AppError,
  defineErrorCodes,
  ErrorInterface,
  ForbiddenActionError,
  InvalidStateError,
  NotFoundError,
} from '../shared/index.js';

defineErrorCodes({
  SURVEY_NOT_IN_AUDIENCE: {
    description:
      'The viewer sees the survey (they manage it or read its results) but is not in its audience, so may not answer it. Nothing was stored.',
    message: {
      en: 'You are not in this survey’s audience, so you cannot answer it.',
      'zh-CN': '您不在本问卷的调查对象范围内，无法作答。',
    },
  },
  SURVEY_ANONYMOUS: {
    description:
      'The survey is anonymous: its responses are never listed with their respondents (only aggregated results are shown).',
    message: {
      en: 'This survey is anonymous: its responses cannot be listed by respondent.',
      'zh-CN': '本问卷为匿名问卷，不能按作答人列出答卷。',
    },
  },
});

const KIND_ZH =
  '{kind, select, SINGLE_CHOICE {单选题} MULTIPLE_CHOICE {多选题} SCALE {量表题} MATRIX {矩阵题} TEXT {填空题} other {{kind}}}';
const KIND_EN =
  '{kind, select, SINGLE_CHOICE {a single-choice question} MULTIPLE_CHOICE {a multiple-choice question} SCALE {a scale question} ' +
  'MATRIX {a matrix question} TEXT {a text question} other {{kind}}}';

defineMessages({
  'VALIDATION.surveyKey': {
    en: '{field} must be letters, digits, ".", "_" or "-", starting with a letter or digit',
    'zh-CN': '{field}须由字母、数字、“.”、“_”或“-”组成，并以字母或数字开头',
  },
  'VALIDATION.surveyOptionsNeeded': {
    en: 'A choice question needs at least two options',
    'zh-CN': '选择题至少需要两个选项',
  },
  'VALIDATION.surveyRowsNeeded': {
    en: 'A matrix question needs at least one row',
    'zh-CN': '矩阵题至少需要一行',
  },
  'VALIDATION.surveyNotForKind': {
    en: `{field} does not apply to ${KIND_EN}`,
    'zh-CN': `${KIND_ZH}不能设置 {field}`,
  },
  'VALIDATION.surveyScaleOrder': {
    en: 'The scale must run from a lower to a higher rating, within 1 to 5 (here {min} to {max})',
    'zh-CN': '量表须从低到高、在 1 到 5 之间（当前为 {min} 到 {max}）',
  },
  'VALIDATION.surveyMaxChoices': {
    en: 'maxChoices may be at most the number of options ({max})',
    'zh-CN': '最多可选项数不能超过选项数（{max}）',
  },
  'VALIDATION.surveyTooManyQuestions': {
    en: 'A survey may have at most {max} questions',
    'zh-CN': '一份问卷最多 {max} 道题',
  },
  'VALIDATION.surveySectionsOrTemplate': {
    en: 'Give either sections or a template, not both',
    'zh-CN': '请提供题目（sections）或模板（templateId）之一，不能同时提供',
  },
  'VALIDATION.surveyWindow': {
    en: '{problem, select, CLOSES_BEFORE_OPENS {closesAt must be after opensAt} ALREADY_CLOSED {closesAt must be in the future} other {the window is not valid}}',
    'zh-CN':
      '{problem, select, CLOSES_BEFORE_OPENS {截止时间须晚于开始时间} ALREADY_CLOSED {截止时间须晚于当前时间} other {作答时间不正确}}',
  },
  'VALIDATION.surveyAudience': {
    en:
      '{problem, select, ORGANISATION_KIND {The audience {kind} is drawn from {expected}, not from a {actual}} ' +
      'PROGRAMME_MISSING {A programme’s teachers need the programme (programmeId)} ' +
      'PROGRAMME_NOT_FOR_KIND {Only PROGRAMME_TEACHERS takes a programme} other {The audience is not valid}}',
    'zh-CN':
      '{problem, select, ORGANISATION_KIND {调查对象 {kind} 须选择{expected}，不能选择{actual}} ' +
      'PROGRAMME_MISSING {项目参训教师须指定项目（programmeId）} PROGRAMME_NOT_FOR_KIND {只有 PROGRAMME_TEACHERS 可以指定项目} ' +
      'other {调查对象不正确}}',
  },
  'VALIDATION.surveyAnswer': {
    en:
      '{problem, select, UNKNOWN_QUESTION {The question is not one of this survey’s} QUESTION_TWICE {Question {question} is answered twice} ' +
      `REQUIRED {Question {question} must be answered} NOT_FOR_KIND {{field} does not apply to question {question} (${KIND_EN})} ` +
      'UNKNOWN_OPTION {Question {question} has no option {option}} OPTION_TWICE {Option {option} of question {question} is chosen twice} ' +
      'ONE_CHOICE {Question {question} takes one option} TOO_MANY_CHOICES {Question {question} takes at most {max} options} ' +
      'OUT_OF_RANGE {Ratings of question {question} run from {min} to {max}} UNKNOWN_ROW {Question {question} has no row {row}} ' +
      'ROW_TWICE {Row {row} of question {question} is rated twice} ROWS_MISSING {Rate every row of question {question} ({missing} missing)} ' +
      'TEXT_TOO_LONG {The answer to question {question} may have at most {max} characters} other {The answer is not valid}}',
    'zh-CN':
      '{problem, select, UNKNOWN_QUESTION {该题目不属于本问卷} QUESTION_TWICE {第 {question} 题重复作答} REQUIRED {第 {question} 题为必答题} ' +
      `NOT_FOR_KIND {第 {question} 题（${KIND_ZH}）不能填写 {field}} UNKNOWN_OPTION {第 {question} 题没有选项 {option}} ` +
      'OPTION_TWICE {第 {question} 题的选项 {option} 重复选择} ONE_CHOICE {第 {question} 题只能选一项} ' +
      'TOO_MANY_CHOICES {第 {question} 题最多选 {max} 项} OUT_OF_RANGE {第 {question} 题的评分须在 {min} 到 {max} 之间} ' +
      'UNKNOWN_ROW {第 {question} 题没有行 {row}} ROW_TWICE {第 {question} 题的行 {row} 重复评分} ' +
      'ROWS_MISSING {第 {question} 题须对每一行评分（缺 {missing} 行）} TEXT_TOO_LONG {第 {question} 题的回答最多 {max} 个字符} other {回答不正确}}',
  },
  'VALIDATION.surveyCatalogue': {
    en: 'Only a published catalogue can be turned into a self-assessment',
    'zh-CN': '只有已发布的目录才能生成自评问卷',
  },
  'INVALID_STATE.surveyNotDraft': {
    en: 'The survey is {status, select, PUBLISHED {published} CLOSED {closed} other {{status}}}: only a draft can be {action, select, update {edited} delete {deleted} publish {published} other {changed}}.',
    'zh-CN':
      '问卷{status, select, PUBLISHED {已发布} CLOSED {已关闭} other {状态为 {status}}}，只有草稿才能{action, select, update {修改} delete {删除} publish {发布} other {更改}}。',
  },
  'INVALID_STATE.surveyNoQuestions': {
    en: 'A survey needs at least one question before it is published.',
    'zh-CN': '问卷至少需要一道题目才能发布。',
  },
  'INVALID_STATE.surveyWindow': {
    en: 'The survey cannot be published: {problem, select, ALREADY_CLOSED {its window has already closed} other {its window is not valid}}.',
    'zh-CN': '问卷无法发布：{problem, select, ALREADY_CLOSED {作答时间已截止} other {作答时间不正确}}。',
  },
  'INVALID_STATE.surveyNotPublished': {
    en: 'Only a published survey can be closed (it is {status, select, DRAFT {a draft} CLOSED {closed already} other {{status}}}).',
    'zh-CN': '只有已发布的问卷才能关闭（当前{status, select, DRAFT {为草稿} CLOSED {已关闭} other {为 {status}}}）。',
  },
  'INVALID_STATE.surveyNotOpen': {
    en: 'The survey takes no answers now: {problem, select, NOT_PUBLISHED {it is not published} NOT_YET_OPEN {it opens at {opensAt}} CLOSED {it has closed} other {it is not open}}.',
    'zh-CN':
      '问卷当前不接受作答：{problem, select, NOT_PUBLISHED {尚未发布} NOT_YET_OPEN {将于 {opensAt} 开始} CLOSED {已截止} other {未开放}}。',
  },
  'INVALID_STATE.surveyAudienceInactive': {
    en: 'The audience organisation is deactivated.',
    'zh-CN': '调查对象所在组织已停用。',
  },
});

/** The viewer sees the survey but is not in its audience. */
export class NotInAudienceError extends AppError {
  constructor() {
    super('SURVEY_NOT_IN_AUDIENCE');
    this.name = 'NotInAudienceError';
  }
}

builder.objectType(NotInAudienceError, {
  name: 'SurveyNotInAudienceError',
  interfaces: [ErrorInterface],
  description: 'The viewer sees the survey but is not in its audience, so may not answer it.',
});

export const createErrors = [InputValidationError, NotFoundError, ForbiddenActionError, InvalidStateError];
export const updateErrors = [InputValidationError, NotFoundError, ForbiddenActionError, InvalidStateError];
export const transitionErrors = [NotFoundError, ForbiddenActionError, InvalidStateError];
export const submitErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  NotInAudienceError,
];
