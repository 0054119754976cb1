import { randomBytes } from 'node:crypto';

/** Bytes to store: a whole buffer, or a stream read once. */
export type StorableBytes = Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/**
 * Where uploaded files' bytes live. Keys come from `newStorageKey()` (random, never a path a
 * user supplied); file metadata (name, type, size, sha256, owner) is kept in the database.
 */
export interface FileStorage {
  /** Stores the bytes under `key`, atomically: a reader sees all of them or none. */
  put(key: string, bytes: StorableBytes, contentType: string): Promise<void>;
  /** The bytes under `key` as a stream, or null when there are none. */
  get(key: string): Promise<ReadableStream<Uint8Array> | null>;
  /** Removes the bytes under `key`; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** What resolvers and the download route need: the storage and the secret that signs download links. */
export interface FileServices {
  storage: FileStorage;
  /** HMAC key for download links (at least 32 bytes). */
  linkSecret: Uint8Array;
}

const KEY_PATTERN = /^[0-9a-f]{32}$/;

/** A fresh random key: 128 bits as 32 hex digits. */
export function newStorageKey(): string {
  return randomBytes(16).toString('hex');
}

/** Refuses anything that is not a key made by `newStorageKey` (so no key can name a path). */
export function assertStorageKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new Error(`Invalid storage key "${key.slice(0, 40)}"`);
}

/** The chunks of a web stream, read through its reader; cancels the stream when the consumer stops early. */
export async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      yield next.value;
    }
    finished = true;
  } finally {
    if (!finished) await reader.cancel();
    reader.releaseLock();
  }
}
