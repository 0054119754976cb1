import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { localizedError } from '../i18n/localized-errors.js';
import { defineMessages } from '../i18n/messages.js';
import { assertStorageKey, type FileStorage, type StorableBytes } from './file-storage.js';

defineMessages({
  STORAGE_FULL: {
    en: 'The file storage is full: the file was not stored and nothing was changed. Try again later or tell the administrator.',
    'zh-CN': '文件存储空间已满：文件未保存，也未做任何更改。请稍后重试或联系管理员。',
  },
});

/** Errors of a volume with no room left (ENOSPC) or a quota reached (EDQUOT). */
const NO_ROOM = new Set(['ENOSPC', 'EDQUOT']);

/**
 * The error a client gets when the volume is full: code STORAGE_FULL, HTTP 507 (Insufficient Storage). The upload's
 * transaction never starts (the bytes are stored first), so no StoredFile row is written, and the partial temporary
 * file is removed.
 */
export const storageFull = () => localizedError('STORAGE_FULL', {}, { http: { status: 507 } });

/**
 * Files on local disk under `root`, fanned out by the key's first two hex digits
 * (`root/3f/3fa9…`). Writes go to a temporary name in the same folder and are renamed into
 * place, so a crash never leaves a half-written file under a real key.
 */
export class LocalDiskStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathOf(key: string) {
    assertStorageKey(key);
    return path.join(this.root, key.slice(0, 2), key);
  }

  async put(key: string, bytes: StorableBytes, _contentType: string): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      throw NO_ROOM.has(error.code ?? '') ? storageFull() : error;
    });
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    // Open before streaming: a stream that opens lazily could create the file after a failed
    // pipeline's clean-up, leaving it behind.
    const handle = await open(temporary, 'wx', 0o600).catch((error: NodeJS.ErrnoException) => {
      throw NO_ROOM.has(error.code ?? '') ? storageFull() : error;
    });
    try {
      const source =
        bytes instanceof Uint8Array ? Readable.from([bytes]) : Readable.from(bytes as AsyncIterable<Uint8Array>);
      await pipeline(source, handle.createWriteStream());
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      if (NO_ROOM.has((error as NodeJS.ErrnoException).code ?? '')) throw storageFull();
      throw error;
    }
  }

  async get(key: string): Promise<ReadableStream<Uint8Array> | null> {
    try {
      const handle = await open(this.pathOf(key), 'r');
      return Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
