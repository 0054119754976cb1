import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Shortest accepted download-link secret, in characters (and so bytes). */
export const MIN_LINK_SECRET_LENGTH = 32;

/**
 * The development secret for download links, kept in the data directory and created on first
 * use (like the development JWT key); production sets FILE_LINK_SECRET instead.
 */
export function loadOrCreateLinkSecret(dataDir: string): Uint8Array {
  const file = path.join(dataDir, 'file-link-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < MIN_LINK_SECRET_LENGTH)
    throw new Error(`${file} holds a secret shorter than ${MIN_LINK_SECRET_LENGTH} characters`);
  return new TextEncoder().encode(secret);
}

/** A secret given as text (FILE_LINK_SECRET) as key bytes. */
export function linkSecretFrom(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
