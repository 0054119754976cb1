import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import {
  AppError,
  ConflictError,
  defineErrorCodes,
  ErrorInterface,
  ForbiddenActionError,
  InvalidStateError,
  NotFoundError,
} from '../shared/index.js';

defineErrorCodes({
  QUOTA_BELOW_ENROLLED: {
    description:
      'A school’s quota in a batch would fall below the teachers it already has enrolled there; see `quota` and `enrolled`. Nothing was changed.',
    message: {
      en: '{schoolName} already has {enrolled} teachers enrolled in the batch; its quota cannot be {quota}.',
      'zh-CN': '{schoolName}在该批次已报名 {enrolled} 名教师，名额不能设为 {quota}。',
    },
  },
});

/** The programme module's wordings of the shared INVALID_STATE and CONFLICT codes. */
defineMessages({
  'INVALID_STATE.programmeClosed': {
    en: 'The programme is CLOSED; it can no longer change.',
    'zh-CN': '项目已结项（CLOSED），不能再修改。',
  },
  'INVALID_STATE.programmeTransition': {
    en: 'Cannot move the programme from {from} to {to}; only from {allowed}.',
    'zh-CN': '项目不能从 {from} 变为 {to}，只能从 {allowed} 变为 {to}。',
  },
  'INVALID_STATE.rulesOnlyInDraft': {
    en: 'Rules and catalogue change only while DRAFT; the programme is {status}.',
    'zh-CN': '规则和目录只能在草稿（DRAFT）阶段修改；项目当前为 {status}。',
  },
  'INVALID_STATE.programmeChangedMeanwhile': {
    en: 'The programme changed state meanwhile; reload it and try again.',
    'zh-CN': '项目状态刚刚发生了变化，请刷新后重试。',
  },
  'INVALID_STATE.catalogueNotPublished': {
    en: 'The catalogue is {status}; a programme needs a PUBLISHED catalogue.',
    'zh-CN': '该目录为 {status}，项目只能使用已发布（PUBLISHED）的目录。',
  },
  'CONFLICT.batchHasTeachers': {
    en: 'Batch "{name}" has {enrolled} enrolled teachers and cannot be removed.',
    'zh-CN': '批次“{name}”已有 {enrolled} 名教师报名，不能删除。',
  },
  'CONFLICT.programmeCode': {
    en: 'A programme with code "{code}" already exists.',
    'zh-CN': '编码为“{code}”的项目已存在。',
  },
  'VALIDATION.schoolNotSchool': {
    en: '{name} is a {kind}, not a school',
    'zh-CN': '{name}不是学校',
  },
  'VALIDATION.schoolOutsideDistrict': {
    en: '{name} is not in the programme’s district',
    'zh-CN': '{name}不属于本项目所在区县',
  },
  'VALIDATION.schoolGivenTwice': { en: 'the school is given twice', 'zh-CN': '同一所学校出现了两次' },
});

/** A school's quota would fall below the teachers it already has enrolled in the batch. */
export class QuotaBelowEnrolledError extends AppError {
  constructor(
    readonly schoolName: string,
    readonly quota: number,
    readonly enrolled: number,
  ) {
    super('QUOTA_BELOW_ENROLLED', 'QUOTA_BELOW_ENROLLED', { schoolName, quota, enrolled });
    this.name = 'QuotaBelowEnrolledError';
  }
}

builder.objectType(QuotaBelowEnrolledError, {
  name: 'QuotaBelowEnrolledError',
  description: 'A quota would fall below the teachers already enrolled; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    schoolName: t.exposeString('schoolName'),
    quota: t.exposeInt('quota', { description: 'The quota asked for (teachers).' }),
    enrolled: t.exposeInt('enrolled', { description: 'Teachers of the school already enrolled in the batch.' }),
  }),
});

/** What creating a programme can return besides its payload. */
export const createProgrammeErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  ConflictError,
];
/** What changing a programme (its details or its life cycle) can return besides its payload. */
export const changeProgrammeErrors = [InputValidationError, NotFoundError, ForbiddenActionError, InvalidStateError];
/** What enrolling schools in a batch can return besides its payload. */
export const enrolSchoolsErrors = [
  InputValidationError,
  QuotaBelowEnrolledError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
];
