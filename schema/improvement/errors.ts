import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import { FileTooLargeError, FileTypeNotAllowedError } from '../files/index.js';
import {
  AppError,
  ConflictError,
  ErrorInterface,
  ForbiddenActionError,
  InvalidStateError,
  NotFoundError,
} from '../shared/index.js';
import type { StudyRequirement } from './rules.js';

const PHASE_EN =
  '{phase, select, PREPARATION {preparation} IMPLEMENTATION {implementation} SUMMARY {summary} FOLLOW_UP {follow-up} other {{phase}}}';
const PHASE_ZH =
  '{phase, select, PREPARATION {准备} IMPLEMENTATION {实施} SUMMARY {总结} FOLLOW_UP {跟进} other {{phase}}}';

defineMessages({
  'INVALID_STATE.improvementProgrammeNotOpen': {
    en: 'Plans, summaries and verdicts can change only while the programme is published or running (it is {status, select, DRAFT {draft} CLOSED {closed} other {{status}}}).',
    'zh-CN':
      '只有项目处于已发布或进行中时才能上传提升计划、提升总结或进行校本研修考核（项目当前为{status, select, DRAFT {草稿} CLOSED {已结项} other {{status}}}）。',
  },
  'INVALID_STATE.improvementUploadsClosed': {
    en: `Uploads are closed: the programme’s ${PHASE_EN} phase ended on {endsOn}; plans and summaries can no longer be uploaded or replaced.`,
    'zh-CN': `校本研修时间已结束（项目${PHASE_ZH}阶段已于 {endsOn} 结束），不再开放提升计划和提升总结的上传和修改。`,
  },
  'INVALID_STATE.schoolStudyIncomplete': {
    en: 'Only complete school-based study can pass; missing: {plan, select, yes {the improvement plan; } other {}}{hours, select, yes {hours ({counted} of {cap}); } other {}}{summaries, select, yes {summaries ({uploaded} of {required})} other {}}.',
    'zh-CN':
      '校本研修未完成，不能考核通过；尚缺：{plan, select, yes {个人提升计划；} other {}}{hours, select, yes {校本研修学时（{counted}/{cap}）；} other {}}{summaries, select, yes {个人提升总结（{uploaded}/{required}）} other {}}。',
  },
  'CONFLICT.personalDocumentMeanwhile': {
    en: 'The document was uploaded meanwhile; reload it and try again.',
    'zh-CN': '该文件刚刚已被上传，请刷新后重试。',
  },
  'CONFLICT.schoolStudyVerdictMeanwhile': {
    en: 'The verdict was changed meanwhile; reload the page and try again.',
    'zh-CN': '考核结果刚刚已被修改，请刷新后重试。',
  },
  'VALIDATION.schoolStudyCommentRequired': {
    en: 'Say why the school-based study fails',
    'zh-CN': '请填写不通过的原因',
  },
  'VALIDATION.schoolStudyCommentLength': {
    en: 'The comment may have at most {max} characters',
    'zh-CN': '意见最多 {max} 个字符',
  },
});

export const SchoolStudyRequirement = builder.enumType('SchoolStudyRequirement', {
  description: 'What a teacher’s school-based study (校本研修) can lack.',
  values: {
    PLAN: { description: 'The personal improvement plan (个人提升计划), when the programme requires one.' },
    HOURS: { description: 'School-based hours up to the cap (校本研修学时, 25 in Guangdong).' },
    SUMMARIES: {
      description: 'A summary (个人提升总结) for each selected competency, when the programme asks for them.',
    },
  } as const,
});

/** PASSED for school-based study that is not complete (code INVALID_STATE): `missing` says what it lacks. */
export class SchoolStudyIncompleteError extends AppError {
  constructor(
    readonly missing: StudyRequirement[],
    facts: { counted: number; cap: number; uploaded: number; required: number },
  ) {
    super('INVALID_STATE', 'INVALID_STATE.schoolStudyIncomplete', {
      plan: missing.includes('PLAN') ? 'yes' : 'no',
      hours: missing.includes('HOURS') ? 'yes' : 'no',
      summaries: missing.includes('SUMMARIES') ? 'yes' : 'no',
      ...facts,
    });
    this.name = 'SchoolStudyIncompleteError';
  }
}

builder.objectType(SchoolStudyIncompleteError, {
  name: 'SchoolStudyIncompleteError',
  interfaces: [ErrorInterface],
  description:
    'The teacher’s school-based study is not complete, so it cannot pass (code INVALID_STATE); it can still fail with a comment.',
  fields: (t) => ({
    missing: t.field({
      type: [SchoolStudyRequirement],
      description: 'What it lacks: PLAN, HOURS and/or SUMMARIES.',
      resolve: (error) => error.missing,
    }),
  }),
});

/** What uploading a plan or summary can return besides the document. */
export const uploadDocumentErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  ConflictError,
  FileTooLargeError,
  FileTypeNotAllowedError,
];

/** What deciding can return besides the verdict. */
export const decideSchoolStudyErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  SchoolStudyIncompleteError,
  ConflictError,
];
