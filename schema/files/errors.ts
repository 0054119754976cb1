import { defineMessages } from '../../api/i18n/messages.js';
import { FILE_TYPES, type FileKind } from '../../api/storage/file-types.js';
import { builder } from '../builder.js';
import { AppError, defineErrorCodes, ErrorInterface } from '../shared/index.js';

const MIB = 1024 * 1024;

defineErrorCodes({
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
