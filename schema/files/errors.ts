import { describeKinds, FILE_TYPES, type FileKind } from '../../api/storage/file-types.js';
import { builder } from '../builder.js';
import { AppError, ErrorInterface } from '../shared/index.js';

const MIB = 1024 * 1024;

/** "20 MB (20971520 bytes)" for whole mebibytes, else "4096 bytes". */
export function describeBytes(bytes: number): string {
  return bytes % MIB === 0 ? `${bytes / MIB} MB (${bytes} bytes)` : `${bytes} bytes`;
}

/** An upload larger than its field allows; nothing was stored. */
export class FileTooLargeError extends AppError {
  constructor(
    readonly maxBytes: number,
    readonly size: number,
  ) {
    super(`The file is too large: at most ${describeBytes(maxBytes)} is allowed.`, 'FILE_TOO_LARGE');
    this.name = 'FileTooLargeError';
  }
}

/** An upload whose name or content is not an allowed type; nothing was stored. */
export class FileTypeNotAllowedError extends AppError {
  constructor(
    readonly allowed: readonly FileKind[],
    reason: 'name' | 'content',
  ) {
    super(
      reason === 'name'
        ? `The file must be ${describeKinds(allowed)} (by its extension).`
        : `The file’s content is not ${describeKinds(allowed)}, whatever its name says.`,
      'FILE_TYPE_NOT_ALLOWED',
    );
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
