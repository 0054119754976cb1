import { InputValidationError } from '@pothos/plugin-validation';
import type { SchoolStage as SchoolStageValue } from '../../api/db/generated/prisma/enums.js';
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
import { SchoolStage } from './enums.js';

defineErrorCodes({
  QUOTA_BELOW_ENROLLED: {
    description:
      'A school’s quota in a batch would fall below the teachers it already has enrolled there; see `quota` and `enrolled`. Nothing was changed.',
    message: {
      en: '{schoolName} already has {enrolled} teachers enrolled in the batch; its quota cannot be {quota}.',
      'zh-CN': '{schoolName}在该批次已报名 {enrolled} 名教师，名额不能设为 {quota}。',
    },
  },
  STAGE_MISMATCH: {
    description:
      'A school’s recorded stages (学段) share none with the stages of the batch it would be in; see `schoolName`, `schoolStages` and `batchStages`. Nothing was changed.',
    message: {
      en: '{schoolName} ({schoolStages}) shares no school stage with batch "{batchName}" ({batchStages}).',
      'zh-CN': '{schoolName}（{schoolStagesZh}）与批次“{batchName}”（{batchStagesZh}）没有相同的学段。',
    },
  },
  SCHOOL_DEACTIVATED: {
    description: 'The school is deactivated: it keeps its records but takes no new work. Nothing was changed.',
    message: {
      en: '{schoolName} is deactivated and cannot be enrolled in a batch.',
      'zh-CN': '{schoolName}已停用，不能参加批次。',
    },
  },
  TOTAL_QUOTA_EXCEEDED: {
    description:
      'The schools’ quotas in a batch would add up to more than the batch’s total quota; see `totalQuota` and `allocated`. Nothing was changed.',
    message: {
      en: 'Batch "{batchName}" takes at most {totalQuota} teachers in all, but its schools’ quotas would add up to {allocated}.',
      'zh-CN': '批次“{batchName}”总名额为 {totalQuota} 人，但各校名额合计将达到 {allocated} 人。',
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
  'VALIDATION.closesBeforeOpens': {
    en: 'selectionClosesAt must be on or after selectionOpensAt',
    'zh-CN': '选学截止时间不能早于选学开始时间',
  },
});

/** Chinese names of the school stages, for messages. */
const STAGE_NAMES_ZH: Readonly<Record<SchoolStageValue, string>> = {
  KINDERGARTEN: '幼儿园',
  PRIMARY: '小学',
  JUNIOR_SECONDARY: '初中',
  SENIOR_SECONDARY: '高中',
  VOCATIONAL: '中职',
};
const stageList = (stages: readonly SchoolStageValue[], zh: boolean) =>
  stages.map((stage) => (zh ? STAGE_NAMES_ZH[stage] : stage)).join(zh ? '、' : ', ');

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

/** A school's recorded stages share none with the batch's. */
export class StageMismatchError extends AppError {
  constructor(
    readonly schoolName: string,
    readonly schoolStages: readonly SchoolStageValue[],
    readonly batchName: string,
    readonly batchStages: readonly SchoolStageValue[],
  ) {
    super('STAGE_MISMATCH', 'STAGE_MISMATCH', {
      schoolName,
      batchName,
      schoolStages: stageList(schoolStages, false),
      schoolStagesZh: stageList(schoolStages, true),
      batchStages: stageList(batchStages, false),
      batchStagesZh: stageList(batchStages, true),
    });
    this.name = 'StageMismatchError';
  }
}

builder.objectType(StageMismatchError, {
  name: 'StageMismatchError',
  description: 'The school’s stages share none with the batch’s; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    schoolName: t.exposeString('schoolName'),
    schoolStages: t.field({
      type: [SchoolStage],
      description: 'The school’s recorded stages.',
      resolve: (error) => [...error.schoolStages],
    }),
    batchName: t.exposeString('batchName'),
    batchStages: t.field({
      type: [SchoolStage],
      description: 'The stages the batch is for.',
      resolve: (error) => [...error.batchStages],
    }),
  }),
});

/** The school is deactivated: closed to new work. */
export class SchoolDeactivatedError extends AppError {
  constructor(readonly schoolName: string) {
    super('SCHOOL_DEACTIVATED', 'SCHOOL_DEACTIVATED', { schoolName });
    this.name = 'SchoolDeactivatedError';
  }
}

builder.objectType(SchoolDeactivatedError, {
  name: 'SchoolDeactivatedError',
  description: 'The school is deactivated and takes no new work; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ schoolName: t.exposeString('schoolName') }),
});

/** The schools' quotas in a batch would add up to more than its total quota. */
export class TotalQuotaExceededError extends AppError {
  constructor(
    readonly batchName: string,
    readonly totalQuota: number,
    readonly allocated: number,
  ) {
    super('TOTAL_QUOTA_EXCEEDED', 'TOTAL_QUOTA_EXCEEDED', { batchName, totalQuota, allocated });
    this.name = 'TotalQuotaExceededError';
  }
}

builder.objectType(TotalQuotaExceededError, {
  name: 'TotalQuotaExceededError',
  description: 'The schools’ quotas would add up to more than the batch’s total quota; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    batchName: t.exposeString('batchName'),
    totalQuota: t.exposeInt('totalQuota', { description: 'The batch’s total quota (teachers across its schools).' }),
    allocated: t.exposeInt('allocated', {
      description: 'What the schools’ quotas would add up to (teachers).',
    }),
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
/** What updating a programme can return besides its payload: its batches may be refused too. */
export const updateProgrammeErrors = [
  ...changeProgrammeErrors,
  ConflictError,
  TotalQuotaExceededError,
  StageMismatchError,
];
/** What enrolling schools in a batch can return besides its payload. */
export const enrolSchoolsErrors = [
  InputValidationError,
  QuotaBelowEnrolledError,
  TotalQuotaExceededError,
  StageMismatchError,
  SchoolDeactivatedError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
];
