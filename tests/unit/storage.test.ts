import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signDownloadToken, verifyDownloadToken } from '../../api/storage/download-link.js';
import { contentDisposition } from '../../api/storage/download-route.js';
import { newStorageKey } from '../../api/storage/file-storage.js';
import { loadOrCreateLinkSecret } from '../../api/storage/link-secret.js';
import { LocalDiskStorage } from '../../api/storage/local-disk.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tisheng-storage-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function readAll(stream: ReadableStream<Uint8Array> | null) {
  expect(stream).not.toBeNull();
  return Buffer.from(await new Response(stream).arrayBuffer());
}

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe('local disk storage', () => {
  it('stores bytes and streams, reads them back, and deletes them', async () => {
    const storage = new LocalDiskStorage(dir);
    const [a, b] = [newStorageKey(), newStorageKey()];
    const bytes = randomBytes(100_000);
    await storage.put(a, bytes, 'application/pdf');
    await storage.put(b, new Blob([bytes.subarray(0, 10), bytes.subarray(10)]).stream(), 'application/pdf');
    expect((await readAll(await storage.get(a))).equals(bytes)).toBe(true);
    expect((await readAll(await storage.get(b))).equals(bytes)).toBe(true);
    expect((await stat(path.join(dir, a.slice(0, 2), a))).mode & 0o777).toBe(0o600);
    await storage.delete(a);
    expect(await storage.get(a)).toBeNull();
    await storage.delete(a); // deleting a missing key is fine
    expect(await filesUnder(dir)).toEqual([b]);
  });

  it('leaves nothing behind when the source fails half-way (no temporary file, no key)', async () => {
    const storage = new LocalDiskStorage(dir);
    const key = newStorageKey();
    async function* failing() {
      yield new Uint8Array(1000);
      throw new Error('client went away');
    }
    await expect(storage.put(key, failing(), 'application/pdf')).rejects.toThrow('client went away');
    expect(await storage.get(key)).toBeNull();
    expect(await filesUnder(dir)).toEqual([]);
  });

  it('refuses keys that are not its own random keys (no paths)', async () => {
    const storage = new LocalDiskStorage(dir);
    for (const key of ['../etc/passwd', '/etc/passwd', 'ab/cd', 'A'.repeat(32), '']) {
      await expect(storage.put(key, new Uint8Array(1), 'text/plain')).rejects.toThrow('Invalid storage key');
      await expect(storage.get(key)).rejects.toThrow('Invalid storage key');
    }
    expect(newStorageKey()).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('development link secret', () => {
  it('is created once in the data directory and reused', async () => {
    const first = loadOrCreateLinkSecret(dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadOrCreateLinkSecret(dir)).toEqual(first);
    expect((await stat(path.join(dir, 'file-link-secret'))).mode & 0o777).toBe(0o600);
  });

  it('refuses a file holding a short secret', async () => {
    await writeFile(path.join(dir, 'file-link-secret'), 'short');
    expect(() => loadOrCreateLinkSecret(dir)).toThrow('shorter than 32 characters');
    expect(await readFile(path.join(dir, 'file-link-secret'), 'utf8')).toBe('short');
  });
});

describe('download link tokens', () => {
  const secret = randomBytes(32);
  const grant = { fileId: 'file-1', userId: 'user-1' };

  it('bind the file and the user until they expire', async () => {
    const now = new Date('2025-03-01T08:00:00Z');
    const token = await signDownloadToken(secret, grant, 300, now);
    expect(await verifyDownloadToken(secret, token, new Date('2025-03-01T08:04:59Z'))).toEqual({ ok: true, grant });
    expect(await verifyDownloadToken(secret, token, new Date('2025-03-01T08:05:00Z'))).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('are invalid when tampered with or signed with another secret', async () => {
    const token = await signDownloadToken(secret, grant, 300);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), fid: 'file-2' }),
    ).toString('base64url');
    expect(await verifyDownloadToken(secret, `${header}.${forged}.${signature}`)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await verifyDownloadToken(randomBytes(32), token)).toEqual({ ok: false, reason: 'invalid' });
    expect(await verifyDownloadToken(secret, 'not.a.token')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('an expired token with a bad signature is invalid, not expired', async () => {
    const token = await signDownloadToken(secret, grant, 1, new Date('2020-01-01T00:00:00Z'));
    expect(await verifyDownloadToken(randomBytes(32), token)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('Content-Disposition', () => {
  it('gives Chinese names as UTF-8 with an ASCII fallback', () => {
    expect(contentDisposition('天长市实验小学 信息化发展规划(2025).docx')).toBe(
      `attachment; filename="_______ _______(2025).docx"; filename*=UTF-8''%E5%A4%A9%E9%95%BF%E5%B8%82%E5%AE%9E%E9%AA%8C%E5%B0%8F%E5%AD%A6%20%E4%BF%A1%E6%81%AF%E5%8C%96%E5%8F%91%E5%B1%95%E8%A7%84%E5%88%92%282025%29.docx`,
    );
    expect(contentDisposition('a "quoted" \\ name.pdf')).toBe(
      `attachment; filename="a _quoted_ _ name.pdf"; filename*=UTF-8''a%20%22quoted%22%20%5C%20name.pdf`,
    );
  });
});
