import { defineMessages } from '../../api/i18n/messages.js';
import type { TableProblem } from '../../api/spreadsheet/table-file.js';
import { FILE_TYPES, type FileKind } from '../../api/storage/file-types.js';
import { builder } from '../builder.js';
import { AppError, defineErrorCodes, ErrorInterface } from '../shared/index.js';

const MIB = 1024 * 1024;

defineErrorCodes({
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
        en: 'The file has more than {max} rows; split it.',
        'zh-CN': '文件超过 {max} 行数据，请拆分后再导入。',
      },
      empty: {
        en: 'The file is empty: a header row and at least one row are expected.',
        'zh-CN': '文件是空的：需要一个标题行和至少一行数据。',
      },
      notUtf8: {
        en: 'The CSV file is not UTF-8 text; save it as “CSV UTF-8”.',
        'zh-CN': 'CSV 文件不是 UTF-8 编码，请另存为“CSV UTF-8”。',
      },
      csvUnreadable: { en: 'The CSV file cannot be read: {reason}', 'zh-CN': 'CSV 文件无法读取：{reason}' },
      xlsxUnreadable: { en: 'The XLSX file cannot be read.', 'zh-CN': 'XLSX 文件无法读取。' },
      noWorksheet: { en: 'The XLSX file has no worksheet.', 'zh-CN': 'XLSX 文件中没有工作表。' },
      notSpreadsheet: {
        en: 'The file is neither an XLSX workbook nor CSV text (old .xls files are not accepted; save as .xlsx or CSV).',
        'zh-CN': '文件既不是 XLSX 工作簿也不是 CSV 文本（不接受旧版 .xls，请另存为 .xlsx 或 CSV）。',
      },
    },
  },
  FILE_TOO_LARGE: {
    description: 'An uploaded file is larger than the field allows; see `maxBytes`. Nothing was stored.',
    message: {
      en: 'The file is too large: at most {wholeMegabytes, select, yes {{megabytes} MB ({maxBytes} bytes)} other {{maxBytes} bytes}} is allowed.',
      'zh-CN':
        '文件过大：最多允许 {wholeMegabytes, select, yes {{megabytes} MB（{maxBytes} 字节）} other {{maxBytes} 字节}}。',
    },
  },
  FILE_TYPE_NOT_ALLOWED: {
    description:
      'An uploaded file’s name or content is not one of the types the field allows; see `allowedTypes`. Nothing was stored.',
    variants: {
      name: {
        en: 'The file must be {typesEn} (by its extension).',
        'zh-CN': '文件必须是 {typesZh} 格式（按扩展名）。',
      },
      content: {
        en: 'The file’s content is not {typesEn}, whatever its name says.',
        'zh-CN': '文件内容不是 {typesZh} 格式，与文件名无关。',
      },
    },
  },
});

/** Messages of the `Upload` scalar's refusals (GraphQL errors: the value is not a file part) and of download links. */
defineMessages({
  'BAD_USER_INPUT.linkTtl': {
    en: 'ttlSeconds must be a whole number from 1 to {max} (one hour)',
    'zh-CN': 'ttlSeconds 须为 1 到 {max}（一小时）之间的整数',
  },
  'UPLOAD.outputOnly': { en: 'Upload is an input-only scalar.', 'zh-CN': 'Upload 只能用作输入。' },
  'UPLOAD.notAFile': {
    en: 'Upload must be a file part of a multipart request (GraphQL multipart request spec).',
    'zh-CN': 'Upload 必须是 multipart 请求中的一个文件部分（GraphQL multipart request 规范）。',
  },
  'UPLOAD.inline': {
    en: 'Upload cannot be written inline; send the file as a part of a multipart request.',
    'zh-CN': 'Upload 不能直接写在查询中；请把文件作为 multipart 请求的一部分发送。',
  },
});

/** "PDF, DOC or DOCX" and "PDF、DOC 或 DOCX". */
function typeLists(kinds: readonly FileKind[]) {
  const labels = kinds.map((kind) => FILE_TYPES[kind].label);
  const last = labels.at(-1) ?? '';
  const init = labels.slice(0, -1);
  return {
    typesEn: init.length ? `${init.join(', ')} or ${last}` : last,
    typesZh: init.length ? `${init.join('、')} 或 ${last}` : last,
  };
}

/** An upload larger than its field allows; nothing was stored. */
export class FileTooLargeError extends AppError {
  constructor(
    readonly maxBytes: number,
    readonly size: number,
  ) {
    const wholeMegabytes = maxBytes % MIB === 0;
    super('FILE_TOO_LARGE', 'FILE_TOO_LARGE', {
      maxBytes,
      megabytes: maxBytes / MIB,
      wholeMegabytes: wholeMegabytes ? 'yes' : 'no',
    });
    this.name = 'FileTooLargeError';
  }
}

/** An upload whose name or content is not an allowed type; nothing was stored. */
export class FileTypeNotAllowedError extends AppError {
  constructor(
    readonly allowed: readonly FileKind[],
    reason: 'name' | 'content',
  ) {
    super('FILE_TYPE_NOT_ALLOWED', `FILE_TYPE_NOT_ALLOWED.${reason}`, typeLists(allowed));
    this.name = 'FileTypeNotAllowedError';
  }
}

builder.objectType(FileTooLargeError, {
  name: 'FileTooLargeError',
  description: 'The uploaded file is larger than the argument allows; nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    maxBytes: t.exposeInt('maxBytes', { description: 'Largest size allowed, in bytes.' }),
    size: t.exposeInt('size', { description: 'Size of the file sent, in bytes (as far as it was read).' }),
  }),
});

builder.objectType(FileTypeNotAllowedError, {
  name: 'FileTypeNotAllowedError',
  description: 'The uploaded file’s extension or content is not an allowed type; nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    allowedTypes: t.stringList({
      description: 'The types allowed, as upper-case names (e.g. ["PDF", "DOC", "DOCX"]).',
      resolve: (error) => error.allowed.map((kind) => FILE_TYPES[kind].label),
    }),
  }),
});

/** An uploaded table (an import's CSV or XLSX) that cannot be read as a whole; `variant` says why (INVALID_FILE.variant). */
export class ImportFileError extends AppError {
  constructor(variant: TableProblem, params: Record<string, string | number> = {}) {
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
