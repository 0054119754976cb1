import { InputValidationError } from '@pothos/plugin-validation';
import { builder } from '../builder.js';
import { FileTooLargeError } from '../files/index.js';
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
  INVALID_FILE: {
    description:
      'An uploaded file cannot be used as a whole (unreadable, too large, too many rows, missing columns); nothing was changed.',
    variants: {
      duplicateColumn: {
        en: 'Row {row}: two columns are headed "{header}".',
        'zh-CN': '第 {row} 行：有两列的标题都是“{header}”。',
      },
      missingColumns: {
        en: 'Row {row} (the header) lacks the {count, plural, one {column} other {columns}} {columns}.',
        'zh-CN': '第 {row} 行（标题行）缺少以下列：{columns}。',
      },
      tooManyRows: {
        en: 'The file has more than {max} teacher rows; split it.',
        'zh-CN': '文件中的教师超过 {max} 行，请拆分后再导入。',
      },
      empty: {
        en: 'The file is empty: a header row and at least one teacher row are expected.',
        'zh-CN': '文件是空的：需要一个标题行和至少一行教师。',
      },
      notUtf8: {
        en: 'The CSV file is not UTF-8 text; save it as “CSV UTF-8”.',
        'zh-CN': 'CSV 文件不是 UTF-8 编码，请另存为“CSV UTF-8”。',
      },
      csvUnreadable: { en: 'The CSV file cannot be read: {reason}', 'zh-CN': 'CSV 文件无法读取：{reason}' },
      xlsxUnreadable: { en: 'The XLSX file cannot be read.', 'zh-CN': 'XLSX 文件无法读取。' },
      noWorksheet: { en: 'The XLSX file has no worksheet.', 'zh-CN': 'XLSX 文件中没有工作表。' },
      notRoster: {
        en: 'The file is neither an XLSX workbook nor CSV text (old .xls files are not accepted; save as .xlsx or CSV).',
        'zh-CN': '文件既不是 XLSX 工作簿也不是 CSV 文本（不接受旧版 .xls，请另存为 .xlsx 或 CSV）。',
      },
    },
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

/** An uploaded roster that cannot be read as a whole; `variant` says why (INVALID_FILE.variant). */
export class ImportFileError extends AppError {
  constructor(variant: string, params: Record<string, string | number> = {}) {
    super('INVALID_FILE', `INVALID_FILE.${variant}`, params);
    this.name = 'ImportFileError';
  }
}

builder.objectType(ImportFileError, {
  name: 'ImportFileError',
  description:
    'The uploaded file cannot be imported as a whole (not CSV or XLSX, not UTF-8, too large, too many rows, missing columns); nothing was changed.',
  interfaces: [ErrorInterface],
});

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
