import { InputValidationError } from '@pothos/plugin-validation';
import { builder } from '../builder.js';
import { FileTooLargeError, ImportFileError } from '../files/index.js';
import {
  AppError,
  ConflictError,
  defineErrorCodes,
  ErrorInterface,
  ForbiddenActionError,
  InvalidStateError,
  NotFoundError,
} from '../shared/index.js';
import type { NationalIdProblem } from '../users/index.js';

defineErrorCodes({
  EXTENSION_TOO_EARLY: {
    description:
      'A selection window can only be extended: the new end (`until`) must be later than now and than the current deadline (`currentDueAt`). Nothing was changed.',
    variants: {
      notInFuture: {
        en: 'The new end of the selection window ({until}) must be in the future.',
        'zh-CN': '新的选学截止时间（{until}）必须晚于当前时间。',
      },
      notLater: {
        en: 'The selection window already closes at {currentDueAt}; the new end ({until}) must be later.',
        'zh-CN': '选学时间已截止于 {currentDueAt}，新的截止时间（{until}）必须更晚。',
      },
    },
  },
  QUOTA_EXCEEDED: {
    description:
      'The school’s quota (名额) of teachers in the batch is used up; see `quota` and `enrolled`. Nothing was changed.',
    message: {
      en: 'The school’s quota for this batch is {quota} teachers and {enrolled} are enrolled.',
      'zh-CN': '学校在该批次的名额为 {quota} 人，已报名 {enrolled} 人。',
    },
  },
  INVALID_NATIONAL_ID: {
    description:
      'A national ID number (居民身份证号) is malformed: 18 characters, a real birth date and a matching GB 11643 check character are required.',
  },
});

/** The school's quota of teachers in the batch is used up. */
export class QuotaExceededError extends AppError {
  constructor(
    readonly quota: number,
    readonly enrolled: number,
  ) {
    super('QUOTA_EXCEEDED', 'QUOTA_EXCEEDED', { quota, enrolled });
    this.name = 'QuotaExceededError';
  }
}

builder.objectType(QuotaExceededError, {
  name: 'QuotaExceededError',
  description: 'The school’s quota (名额) of teachers in the batch is used up; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    quota: t.exposeInt('quota', { description: 'Teachers the school may enrol in the batch.' }),
    enrolled: t.exposeInt('enrolled', { description: 'Teachers of the school already enrolled in the batch.' }),
  }),
});

export const NationalIdProblemEnum = builder.enumType('NationalIdProblem', {
  description: 'What is wrong with a national ID number.',
  values: {
    FORMAT: { description: 'Not 17 digits followed by a digit or X.' },
    BIRTH_DATE: { description: 'The birth date (characters 7–14) is not a real date from 1900 to today.' },
    CHECK_DIGIT: {
      description: 'The check character (GB 11643, ISO 7064 MOD 11-2) does not match: the number is mistyped.',
    },
  } satisfies Record<NationalIdProblem, { description: string }>,
});

/** A national ID number that is not a possible one. */
export class InvalidNationalIdError extends AppError {
  constructor(
    readonly problem: NationalIdProblem,
    birthDate = '',
  ) {
    super('INVALID_NATIONAL_ID', `NATIONAL_ID.${problem}`, { birthDate });
    this.name = 'InvalidNationalIdError';
  }
}

builder.objectType(InvalidNationalIdError, {
  name: 'InvalidNationalIdError',
  description: 'The national ID number (居民身份证号) is not a possible one; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    problem: t.field({
      type: NationalIdProblemEnum,
      description: 'What is wrong with the number.',
      resolve: (error) => error.problem,
    }),
  }),
});

/** A selection window would not be extended: `until` is not in the future, or not after the current deadline. */
export class ExtensionTooEarlyError extends AppError {
  constructor(
    variant: 'notInFuture' | 'notLater',
    readonly until: Date,
    readonly currentDueAt: Date | null,
  ) {
    super('EXTENSION_TOO_EARLY', `EXTENSION_TOO_EARLY.${variant}`, {
      until: until.toISOString(),
      currentDueAt: currentDueAt?.toISOString() ?? '',
    });
    this.name = 'ExtensionTooEarlyError';
  }
}

builder.objectType(ExtensionTooEarlyError, {
  name: 'ExtensionTooEarlyError',
  description:
    'The new end of a selection window is not later than now and than the current deadline; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    until: t.expose('until', { type: 'DateTime', description: 'The end asked for.' }),
    currentDueAt: t.expose('currentDueAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'The deadline now (for a school: the earliest of its teachers’); null when `until` is refused for not being in the future.',
    }),
  }),
});

/** What `extendSelectionWindow` can return besides its payload. */
export const extendSelectionWindowErrors = [
  InputValidationError,
  ExtensionTooEarlyError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
];

/** What `enrolTeacher` can return besides its payload. */
export const enrolTeacherErrors = [
  InputValidationError,
  InvalidNationalIdError,
  QuotaExceededError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  ConflictError,
];

/** What `importEnrolments` can return besides its payload (row problems are reported in the payload). */
export const importEnrolmentsErrors = [
  InputValidationError,
  FileTooLargeError,
  ImportFileError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  ConflictError,
];
