import { createHash } from 'node:crypto';
import type { PrismaClient } from '../../api/db/client.js';
import type { StoredFile } from '../../api/db/generated/prisma/client.js';
import { newStorageKey, type FileStorage } from '../../api/storage/file-storage.js';
import { contentMatches, FILE_TYPES, HEAD_BYTES, headRulesOut, kindByExtension, TAIL_BYTES, type FileKind } from '../../api/storage/file-types.js';
import type { UploadedFile } from './upload-scalar.js';
import { FileTooLargeError, FileTypeNotAllowedError } from './errors.js';

export type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export interface UploadLimits {
  allowedTypes: readonly FileKind[];
  /** Largest size accepted, in bytes. */
  maxBytes: number;
}

export interface UploadOwner {
  /** Path of the organisation owning the file: viewers who can see it may download it. */
  orgPath: string;
  uploadedById: string;
}

/** Longest stored file name, in characters (the extension is kept). */
const MAX_FILENAME_LENGTH = 200;

/** The name without any folder part or control characters, at most 200 characters. */
export function cleanFilename(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[/\\]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (base.length <= MAX_FILENAME_LENGTH) return base || 'file';
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 && base.length - dot <= 10 ? base.slice(dot) : '';
  return base.slice(0, MAX_FILENAME_LENGTH - extension.length) + extension;
}

async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

interface Inspection {
  size: number;
  sha256: string;
  head: Uint8Array;
  tail: Uint8Array;
}

/**
 * Passes the bytes through while hashing and counting them, keeping the first and last bytes for
 * the type check. Fails as soon as the size passes the limit or the first bytes rule out `kind`
 * (the storage then discards what it had written).
 */
async function* inspected(source: AsyncIterable<Uint8Array>, kind: FileKind, limits: UploadLimits, result: Partial<Inspection>) {
  const hash = createHash('sha256');
  let size = 0;
  let head = new Uint8Array(0);
  let headChecked = false;
  const tail: Uint8Array[] = [];
  let tailBytes = 0;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > limits.maxBytes) throw new FileTooLargeError(limits.maxBytes, size);
    hash.update(chunk);
    if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
    if (!headChecked && head.length >= 8) {
      headChecked = true;
      if (headRulesOut(kind, head)) throw new FileTypeNotAllowedError(limits.allowedTypes, 'content');
    }
    tail.push(chunk);
    tailBytes += chunk.length;
    while (tail.length > 1 && tailBytes - tail[0]!.length >= TAIL_BYTES) tailBytes -= tail.shift()!.length;
    yield chunk;
  }
  const joined = Buffer.concat(tail);
  Object.assign(result, { size, sha256: hash.digest('hex'), head, tail: joined.subarray(Math.max(0, joined.length - TAIL_BYTES)) });
}

export interface StagedFile {
  storageKey: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

/**
 * Checks an upload against `limits` (size, extension, and content signature), streams it into
 * storage while computing its sha256, and returns what the database row needs. On any failure
 * nothing is left in storage.
 */
export async function stageUpload(storage: FileStorage, file: UploadedFile, limits: UploadLimits): Promise<StagedFile> {
  const filename = cleanFilename(file.name);
  if (file.size > limits.maxBytes) throw new FileTooLargeError(limits.maxBytes, file.size);
  const kind = kindByExtension(filename, limits.allowedTypes);
  if (!kind) throw new FileTypeNotAllowedError(limits.allowedTypes, 'name');
  const { contentType } = FILE_TYPES[kind];
  const storageKey = newStorageKey();
  const inspection: Partial<Inspection> = {};
  try {
    await storage.put(storageKey, inspected(chunksOf(file.stream() as ReadableStream<Uint8Array>), kind, limits, inspection), contentType);
    const { size, sha256, head, tail } = inspection as Inspection;
    if (!contentMatches(kind, head, tail, size)) throw new FileTypeNotAllowedError(limits.allowedTypes, 'content');
    return { storageKey, filename, contentType, size, sha256 };
  } catch (error) {
    await storage.delete(storageKey);
    throw error;
  }
}

/**
 * Stores an upload and its StoredFile row, then runs `work` in the same transaction as the row
 * (attach the file to its record, write history). If the transaction fails, the stored bytes
 * are deleted again, so storage never holds bytes without a row.
 */
export async function storeUpload<T>(
  prisma: PrismaClient,
  storage: FileStorage,
  file: UploadedFile,
  options: UploadLimits & UploadOwner,
  work: (tx: Transaction, stored: StoredFile) => Promise<T>,
): Promise<T> {
  const staged = await stageUpload(storage, file, options);
  try {
    return await prisma.$transaction(async (tx) => {
      const stored = await tx.storedFile.create({ data: { ...staged, orgPath: options.orgPath, uploadedById: options.uploadedById } });
      return work(tx, stored);
    });
  } catch (error) {
    await storage.delete(staged.storageKey);
    throw error;
  }
}
