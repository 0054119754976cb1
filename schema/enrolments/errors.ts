import { InputValidationError } from '@pothos/plugin-validation';
import { builder } from '../builder.js';
import {
  AppError,
  ConflictError,
  ErrorInterface,
  ForbiddenActionError,
  InvalidStateError,
  NotFoundError,
} from '../shared/index.js';
import type { NationalIdProblem } from '../users/index.js';

/** The school's quota of teachers in the batch is used up. */
export class QuotaExceededError extends AppError {
  constructor(
    readonly quota: number,
    readonly enrolled: number,
  ) {
    super(`The school’s quota for this batch is ${quota} teachers and ${enrolled} are enrolled.`, 'QUOTA_EXCEEDED');
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
    message: string,
  ) {
    super(message, 'INVALID_NATIONAL_ID');
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

/** An uploaded roster that cannot be read as a whole. */
export class ImportFileError extends AppError {
  constructor(message: string) {
    super(message, 'INVALID_FILE');
    this.name = 'ImportFileError';
  }
}

builder.objectType(ImportFileError, {
  name: 'ImportFileError',
  description:
    'The uploaded file cannot be imported as a whole (not CSV or XLSX, not UTF-8, too large, too many rows, missing columns); nothing was changed.',
  interfaces: [ErrorInterface],
});

/**
 * Typed errors the class and group mutations may return, most specific first: the errors plugin
 * picks the first class the thrown error is an instance of, and AppError is the catch-all.
 */
export const schoolUnitErrors = [InputValidationError, NotFoundError, ForbiddenActionError, ConflictError, AppError];

/** Typed errors `enrolTeacher` may return, most specific first. */
export const enrolmentErrors = [
  InputValidationError,
  InvalidNationalIdError,
  QuotaExceededError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  ConflictError,
  AppError,
];
