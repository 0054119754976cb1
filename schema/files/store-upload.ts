import { createHash } from 'node:crypto';
import type { PrismaClient } from '../../api/db/client.js';
import type { StoredFile } from '../../api/db/generated/prisma/client.js';
import { chunksOf, type FileStorage, newStorageKey } from '../../api/storage/file-storage.js';
import { detectContent, FILE_TYPES, type FileKind, kindByExtension } from '../../api/storage/file-types.js';
import { FileTooLargeError, FileTypeNotAllowedError } from './errors.js';
import type { UploadedFile } from './upload-scalar.js';

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
  const base = (name.split(/[/\\]/).pop() ?? '').replace(/\p{Cc}/gu, '').trim();
  if (base.length <= MAX_FILENAME_LENGTH) return base || 'file';
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 && base.length - dot <= 10 ? base.slice(dot) : '';
  return base.slice(0, MAX_FILENAME_LENGTH - extension.length) + extension;
}

interface Inspection {
  size: number;
  sha256: string;
}

/**
 * Passes the bytes through while hashing and counting them. Fails as soon as the size passes the
 * limit (the storage then discards what it had written).
 */
async function* inspected(source: AsyncIterable<Uint8Array>, limits: UploadLimits, result: Partial<Inspection>) {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > limits.maxBytes) throw new FileTooLargeError(limits.maxBytes, size);
    hash.update(chunk);
    yield chunk;
  }
  Object.assign(result, { size, sha256: hash.digest('hex') });
}

export interface StagedFile {
  storageKey: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

/**
 * Checks an upload against `limits` (size; extension and detected content, which must name the
 * same allowed kind), streams it into storage while computing its sha256, and returns what the
 * database row needs. A refused type is never written; on any failure nothing is left in storage.
 */
export async function stageUpload(storage: FileStorage, file: UploadedFile, limits: UploadLimits): Promise<StagedFile> {
  const filename = cleanFilename(file.name);
  if (file.size > limits.maxBytes) throw new FileTooLargeError(limits.maxBytes, file.size);
  const kind = kindByExtension(filename, limits.allowedTypes);
  if (!kind) throw new FileTypeNotAllowedError(limits.allowedTypes, 'name');
  if ((await detectContent(file)).kind !== kind) throw new FileTypeNotAllowedError(limits.allowedTypes, 'content');
  const { contentType } = FILE_TYPES[kind];
  const storageKey = newStorageKey();
  const inspection: Partial<Inspection> = {};
  try {
    await storage.put(
      storageKey,
      inspected(chunksOf(file.stream() as ReadableStream<Uint8Array>), limits, inspection),
      contentType,
    );
    const { size, sha256 } = inspection as Inspection;
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
      const stored = await tx.storedFile.create({
        data: { ...staged, orgPath: options.orgPath, uploadedById: options.uploadedById },
      });
      return work(tx, stored);
    });
  } catch (error) {
    await storage.delete(staged.storageKey);
    throw error;
  }
}

/** A file the server generates (an export): its name, type and owner. */
export interface GeneratedFile extends UploadOwner {
  filename: string;
  contentType: string;
}

/**
 * Streams a generated file (an export) into storage while computing its size and sha256, then writes its StoredFile
 * row; returns the row's id. Memory stays flat however large the file; if the row cannot be written, the bytes are
 * deleted again.
 */
export async function storeGenerated(
  prisma: Pick<PrismaClient, 'storedFile'>,
  storage: FileStorage,
  source: AsyncIterable<Uint8Array>,
  file: GeneratedFile,
): Promise<string> {
  const hash = createHash('sha256');
  let size = 0;
  async function* counted() {
    for await (const chunk of source) {
      size += chunk.length;
      hash.update(chunk);
      yield chunk;
    }
  }
  const storageKey = newStorageKey();
  await storage.put(storageKey, counted(), file.contentType);
  try {
    const row = await prisma.storedFile.create({
      data: { storageKey, ...file, size, sha256: hash.digest('hex') },
      select: { id: true },
    });
    return row.id;
  } catch (error) {
    await storage.delete(storageKey);
    throw error;
  }
}
