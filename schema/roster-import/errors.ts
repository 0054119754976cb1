import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import {
  MAX_ONEROSTER_ENTRIES,
  MAX_ONEROSTER_ROWS,
  type OneRosterFileProblem,
  type OneRosterFileVariant,
} from '../../api/standards/oneroster-csv.js';
import { builder } from '../builder.js';
import { FileTooLargeError } from '../files/index.js';
import {
  AppError,
  ConflictError,
  defineErrorCodes,
  ErrorInterface,
  ForbiddenActionError,
  NotFoundError,
} from '../shared/index.js';
import type { RosterProblemCode } from './plan.js';

defineErrorCodes({
  INVALID_ROSTER_FILE: {
    description:
      'The OneRoster bundle cannot be imported as a whole: not a zip, over a limit (entries, inflated bytes, rows: a zip bomb is stopped ' +
      'while inflating), no manifest or an unsupported version, a file the manifest lists missing, a required column missing, not UTF-8. ' +
      'See `problem`. Nothing was changed.',
    variants: {
      notZip: { en: 'The file is not a readable zip archive.', 'zh-CN': '文件不是可读取的 zip 压缩包。' },
      tooLarge: {
        en: 'The zip is too large: at most {maxBytes} bytes.',
        'zh-CN': 'zip 文件过大：最多 {maxBytes} 字节。',
      },
      tooManyEntries: {
        en: 'The zip holds more than {max} entries.',
        'zh-CN': 'zip 文件中的条目超过 {max} 个。',
      },
      entryTooLarge: {
        en: '{file} inflates to more than {maxBytes} bytes.',
        'zh-CN': '{file} 解压后超过 {maxBytes} 字节。',
      },
      inflatedTooLarge: {
        en: 'The files inflate to more than {maxBytes} bytes together.',
        'zh-CN': '文件解压后合计超过 {maxBytes} 字节。',
      },
      unsupportedCompression: {
        en: '{file} uses a compression method other than deflate.',
        'zh-CN': '{file} 使用了 deflate 以外的压缩方式。',
      },
      noManifest: {
        en: 'The zip has no manifest.csv at its top level.',
        'zh-CN': 'zip 文件顶层没有 manifest.csv。',
      },
      manifestVersion: {
        en: 'manifest.csv names OneRoster version “{version}”; 1.2 (or 1.1) is expected.',
        'zh-CN': 'manifest.csv 中的 OneRoster 版本为“{version}”，应为 1.2（或 1.1）。',
      },
      manifestValue: {
        en: 'manifest.csv: {property} is “{value}”; bulk, delta or absent is expected.',
        'zh-CN': 'manifest.csv：{property} 的值为“{value}”，应为 bulk、delta 或 absent。',
      },
      missingFile: {
        en: 'The manifest lists {file}, but the zip lacks it.',
        'zh-CN': '清单列出了 {file}，但 zip 中没有该文件。',
      },
      missingColumns: {
        en: '{file} lacks the {count, plural, one {column} other {columns}} {columns}.',
        'zh-CN': '{file} 缺少以下列：{columns}。',
      },
      notUtf8: { en: '{file} is not UTF-8 text.', 'zh-CN': '{file} 不是 UTF-8 编码的文本。' },
      csvUnreadable: { en: '{file} cannot be read as CSV: {reason}', 'zh-CN': '{file} 无法按 CSV 读取：{reason}' },
      tooManyRows: {
        en: '{file} has more than {max} rows; split the bundle.',
        'zh-CN': '{file} 超过 {max} 行数据，请拆分后再导入。',
      },
      nothingToImport: {
        en: 'The bundle has no rows in orgs.csv, users.csv, classes.csv or enrollments.csv.',
        'zh-CN': '压缩包中的 orgs.csv、users.csv、classes.csv、enrollments.csv 都没有数据行。',
      },
    },
  },
});

defineMessages({
  'ROSTER.concurrentChange': {
    en: 'Another change to the same schools, classes or people was saved meanwhile; nothing was changed. Try again.',
    'zh-CN': '这些学校、班级或人员刚刚被其他操作修改，本次未做任何更改，请重试。',
  },
  'ROSTER_ROW.MISSING_VALUE': { en: '{column} is missing.', 'zh-CN': '缺少 {column}。' },
  'ROSTER_ROW.INVALID_VALUE': {
    en: '{column} “{value}” is not a valid value here.',
    'zh-CN': '{column} 的值“{value}”无效。',
  },
  'ROSTER_ROW.FORMULA_LIKE_VALUE': {
    en: '{column} must not begin with =, +, -, @, a tab or a carriage return (a spreadsheet would read it as a formula).',
    'zh-CN': '{column} 不能以 =、+、-、@、制表符或回车开头（电子表格会把它当作公式）。',
  },
  'ROSTER_ROW.DUPLICATE_SOURCED_ID': {
    en: 'sourcedId {sourcedId} is also on line {line} of this file.',
    'zh-CN': 'sourcedId {sourcedId} 与本文件第 {line} 行重复。',
  },
  'ROSTER_ROW.DUPLICATE_ROW': {
    en: 'The username {login} is also on line {line}.',
    'zh-CN': '用户名 {login} 与第 {line} 行重复。',
  },
  'ROSTER_ROW.UNKNOWN_ROLE': {
    en: '“{role}” is not a OneRoster role.',
    'zh-CN': '“{role}”不是 OneRoster 角色。',
  },
  'ROSTER_ROW.UNSUPPORTED_ROLE': {
    en: 'The role {role} is not imported: users may be teacher, student, administrator, principal or siteAdministrator; enrollments teacher or student.',
    'zh-CN':
      '不导入角色 {role}：用户角色只能是 teacher、student、administrator、principal 或 siteAdministrator；选课角色只能是 teacher 或 student。',
  },
  'ROSTER_ROW.UNKNOWN_REFERENCE': {
    en: '“{reference}” names no row of the bundle and no school or class of the district.',
    'zh-CN': '“{reference}”既不是压缩包中的行，也不是本区县的学校或班级。',
  },
  'ROSTER_ROW.REFERENCED_ROW_IN_ERROR': {
    en: '“{reference}” names line {line} of {file, select, ORGS {orgs.csv} USERS {users.csv} CLASSES {classes.csv} other {enrollments.csv}}, which has an error.',
    'zh-CN':
      '“{reference}”指向 {file, select, ORGS {orgs.csv} USERS {users.csv} CLASSES {classes.csv} other {enrollments.csv}} 第 {line} 行，该行有错误。',
  },
  'ROSTER_ROW.WRONG_DISTRICT': {
    en: '{code} is not the district imported into ({district}).',
    'zh-CN': '{code} 不是本次导入的区县（{district}）。',
  },
  'ROSTER_ROW.UNSUPPORTED_ORG_TYPE': {
    en: 'Organisations of type {type} are not imported; only district and school.',
    'zh-CN': '不导入类型为 {type} 的组织，只导入 district 和 school。',
  },
  'ROSTER_ROW.CODE_TAKEN': {
    en: 'The code {code} belongs to another organisation.',
    'zh-CN': '编码 {code} 已属于其他组织。',
  },
  'ROSTER_ROW.NAME_TAKEN': {
    en: 'Another school or class of the same parent is named “{name}”.',
    'zh-CN': '同一上级下已有名为“{name}”的学校或班级。',
  },
  'ROSTER_ROW.OTHER_SCHOOL': {
    en: '{login} is not at home in the school of class {code}.',
    'zh-CN': '{login} 不属于班级 {code} 所在的学校。',
  },
  'ROSTER_ROW.NOT_ENROLLED': {
    en: '{login} is not enrolled in the programme; enrol them first.',
    'zh-CN': '{login} 未报名该项目，请先报名。',
  },
  'ROSTER_ROW.SCHOOL_IN_PROGRAMME': {
    en: 'School {code} has teachers in a running programme and cannot be deactivated.',
    'zh-CN': '学校 {code} 有教师正在参加进行中的项目，不能停用。',
  },
  'ROSTER_ROW.SCHOOL_CLOSED': {
    en: '{login}’s school has closed (结项) in the programme: class placements no longer change.',
    'zh-CN': '{login} 所在学校已在该项目中结项，班级安排不能再更改。',
  },
});

export const RosterProblemCodeEnum = builder.enumType('OneRosterProblemCode', {
  description: 'Why a row of a OneRoster bundle cannot be imported.',
  values: {
    MISSING_VALUE: { description: 'A required cell is blank.' },
    INVALID_VALUE: {
      description: 'A value is malformed or outside its limits (a code, a name, a status, an e-mail…).',
    },
    FORMULA_LIKE_VALUE: {
      description:
        'A cell begins with =, +, -, @, a tab or a carriage return (CSV injection); refused rather than stored.',
    },
    DUPLICATE_SOURCED_ID: { description: 'An earlier row of the same file has the same sourcedId.' },
    DUPLICATE_ROW: { description: 'An earlier row has the same username (or national ID, identity).' },
    UNKNOWN_ROLE: { description: 'The role is not in the OneRoster 1.2 vocabulary.' },
    UNSUPPORTED_ROLE: {
      description: 'A OneRoster role Tisheng does not import (guardian, parent, districtAdministrator…).',
    },
    UNKNOWN_REFERENCE: {
      description: 'A sourcedId names no row of the bundle and no school or class of the district.',
    },
    REFERENCED_ROW_IN_ERROR: { description: 'The row refers to a row that has an error itself.' },
    WRONG_DISTRICT: { description: 'A district row (or a school’s parent) is not the district imported into.' },
    UNSUPPORTED_ORG_TYPE: { description: 'An org type other than district or school.' },
    CODE_TAKEN: {
      description: 'The school or class code belongs to another organisation (codes are unique across the service).',
    },
    NAME_TAKEN: { description: 'Another school of the district (or class of the school) has the name.' },
    OTHER_SCHOOL: {
      description: 'The enrolled person is not at home in the class’s school (or is enrolled through another school).',
    },
    NOT_ENROLLED: { description: 'A student enrollment with a programme given, for a person not enrolled in it.' },
    SCHOOL_IN_PROGRAMME: { description: 'A school to deactivate has teachers in a running programme.' },
    SCHOOL_CLOSED: {
      description:
        'A student enrollment would move or clear a class placement in a school that closed (结项) in the programme.',
    },
    MISSING_FIELD: { description: 'People rules: a required field of a new person is blank.' },
    INVALID_NATIONAL_ID: { description: 'People rules: not a possible national ID number.' },
    LOGIN_TAKEN: {
      description: 'The username belongs to a person at home outside the school (or outside the district).',
    },
    NATIONAL_ID_TAKEN: { description: 'People rules: the national ID number belongs to another person.' },
    IDENTITY_TAKEN: { description: 'People rules: the identity belongs to another person.' },
    IDENTITY_BEYOND_SCOPE: { description: 'People rules: see importPeople.' },
    UNKNOWN_ORGANISATION: { description: 'People rules: a role names an organisation that does not exist.' },
    ROLE_NOT_GRANTABLE: { description: 'People rules: the importer may not grant the role there.' },
  } satisfies Record<RosterProblemCode, { description: string }>,
});

const VARIANTS: readonly OneRosterFileVariant[] = [
  'notZip',
  'tooLarge',
  'tooManyEntries',
  'entryTooLarge',
  'inflatedTooLarge',
  'unsupportedCompression',
  'noManifest',
  'manifestVersion',
  'manifestValue',
  'missingFile',
  'missingColumns',
  'notUtf8',
  'csvUnreadable',
  'tooManyRows',
  'nothingToImport',
];

export const OneRosterFileProblemEnum = builder.enumType('OneRosterFileProblem', {
  description: `Why a OneRoster bundle cannot be imported as a whole (limits: ${MAX_ONEROSTER_ENTRIES} entries, ${MAX_ONEROSTER_ROWS} rows a file).`,
  values: Object.fromEntries(
    VARIANTS.map((variant) => [variant.replace(/([A-Z])/g, '_$1').toUpperCase(), { value: variant }]),
  ),
});

/** A bundle that cannot be used as a whole; nothing was changed. */
export class RosterFileError extends AppError {
  readonly problem: OneRosterFileVariant;
  constructor(cause: OneRosterFileProblem) {
    super('INVALID_ROSTER_FILE', `INVALID_ROSTER_FILE.${cause.variant}`, cause.params);
    this.problem = cause.variant;
    this.name = 'RosterFileError';
  }
}

builder.objectType(RosterFileError, {
  name: 'OneRosterFileError',
  description: 'The OneRoster bundle cannot be imported as a whole (see `problem`); nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    problem: t.field({ type: OneRosterFileProblemEnum, description: 'Why.', resolve: (error) => error.problem }),
  }),
});

/** What importOneRoster can return besides its payload (row problems are reported in the payload). */
export const importOneRosterErrors = [
  InputValidationError,
  FileTooLargeError,
  RosterFileError,
  NotFoundError,
  ForbiddenActionError,
  ConflictError,
];
