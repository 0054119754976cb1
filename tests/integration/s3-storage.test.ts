/**
 * Uploaded files in an S3-compatible bucket (api/storage/s3.ts), against a real local S3 server (s3rver, started here on
 * a free loopback port over a temporary folder): the storage contract, a large streamed file sent as a multipart
 * upload, a failed stream leaving nothing behind, and an upload through the API downloaded through its signed link.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HeadObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { createLocalJWKSet } from 'jose';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/server/yoga.js';
import { newStorageKey } from '../../api/storage/file-storage.js';
import { S3Storage, type S3StorageSettings, s3ClientFor } from '../../api/storage/s3.js';
import { createClient } from '../../sdk/src/client.js';
import { SchoolPlanDocument, UploadSchoolPlanDocument } from '../../sdk/src/generated/graphql.js';
import { TEST_POLICY, type TestApp, testApp } from '../kit/app.js';
import { pdf } from '../kit/office-files.js';

const BUCKET = 'tisheng-files';
const MiB = 1024 * 1024;

let server: S3rver;
let directory: string;
let settings: S3StorageSettings;
let storage: S3Storage;
let client: S3Client;
/** The S3 commands `storage` sent, by name (recorded by a middleware on its client). */
const commands: string[] = [];

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'tisheng-s3rver-'));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = await server.run();
  settings = {
    bucket: BUCKET,
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    // s3rver's fixed development credentials.
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    forcePathStyle: true,
    partSizeBytes: 5 * MiB,
    queueSize: 2,
  };
  const storageClient = s3ClientFor(settings);
  storageClient.middlewareStack.add(
    (next, context) => (args) => {
      commands.push(context.commandName ?? '?');
      return next(args);
    },
    { step: 'initialize', name: 'recordCommands' },
  );
  storage = new S3Storage(settings, storageClient);
  client = s3ClientFor(settings);
});

afterAll(async () => {
  storage?.close();
  client?.destroy();
  await server?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function bytesOf(stream: ReadableStream<Uint8Array> | null): Promise<Buffer | null> {
  if (!stream) return null;
  return Buffer.from(await new Response(stream).arrayBuffer());
}

/** `total` bytes of deterministic content, produced `chunk` bytes at a time and never held whole. */
function streamOf(total: number, chunk = 64 * 1024, failAt?: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (failAt !== undefined && sent >= failAt) {
        controller.error(new Error('the client went away'));
        return;
      }
      if (sent >= total) {
        controller.close();
        return;
      }
      const size = Math.min(chunk, total - sent);
      const bytes = new Uint8Array(size);
      for (let i = 0; i < size; i++) bytes[i] = (sent + i) % 251;
      sent += size;
      controller.enqueue(bytes);
    },
  });
}

function expectedBytes(total: number): Buffer {
  const bytes = Buffer.alloc(total);
  for (let i = 0; i < total; i++) bytes[i] = i % 251;
  return bytes;
}

async function keysInBucket(): Promise<string[]> {
  const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
  return (listed.Contents ?? []).map((object) => object.Key ?? '').sort();
}

describe('S3Storage', () => {
  it('stores, reads and deletes bytes; a missing key reads as null and deletes without error', async () => {
    const key = newStorageKey();
    const bytes = new TextEncoder().encode('天长市实验小学 信息化发展规划');
    await storage.put(key, bytes, 'text/plain; charset=utf-8');
    expect((await bytesOf(await storage.get(key)))?.toString('utf8')).toBe('天长市实验小学 信息化发展规划');
    const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(head).toMatchObject({ ContentType: 'text/plain; charset=utf-8', ContentLength: bytes.length });

    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
    expect(await storage.get(newStorageKey())).toBeNull();
  });

  it('refuses keys not made by newStorageKey', async () => {
    for (const key of ['../etc/passwd', 'a/b', 'ABCDEF0123456789ABCDEF0123456789', '']) {
      await expect(storage.put(key, new Uint8Array(1), 'text/plain')).rejects.toThrow(/Invalid storage key/);
      await expect(storage.get(key)).rejects.toThrow(/Invalid storage key/);
      await expect(storage.delete(key)).rejects.toThrow(/Invalid storage key/);
    }
  });

  it('streams a large file in as a multipart upload and back out unchanged', async () => {
    const key = newStorageKey();
    const total = 21 * MiB + 12_345;
    commands.length = 0;
    await storage.put(key, streamOf(total), 'video/mp4');
    // 21 MiB in 5 MiB parts: five parts, then the object appears whole.
    expect(commands).toEqual([
      'CreateMultipartUploadCommand',
      ...Array(5).fill('UploadPartCommand'),
      'CompleteMultipartUploadCommand',
    ]);
    const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(head.ContentLength).toBe(total);
    const back = await bytesOf(await storage.get(key));
    expect(back?.length).toBe(total);
    expect(sha256(back!)).toBe(sha256(expectedBytes(total)));
    await storage.delete(key);
  });

  it('an async iterable is stored like a stream', async () => {
    const key = newStorageKey();
    async function* parts() {
      yield new TextEncoder().encode('第一段,');
      yield new TextEncoder().encode('第二段');
    }
    await storage.put(key, parts(), 'text/plain');
    expect((await bytesOf(await storage.get(key)))?.toString('utf8')).toBe('第一段,第二段');
    await storage.delete(key);
  });

  it('a stream failing half-way stores nothing, small or multipart', async () => {
    const before = await keysInBucket();
    const small = newStorageKey();
    commands.length = 0;
    await expect(storage.put(small, streamOf(MiB, 64 * 1024, 256 * 1024), 'application/pdf')).rejects.toThrow(
      /the client went away/,
    );
    // The source failed before a part was full: nothing was sent.
    expect(commands).toEqual([]);
    expect(await storage.get(small)).toBeNull();

    const large = newStorageKey();
    commands.length = 0;
    // After two parts are up the source fails: the upload is aborted, never completed. (s3rver does not implement
    // AbortMultipartUpload and answers it with MethodNotAllowed, which lib-storage reports instead of the source's
    // error; S3 and other stores abort it.)
    await expect(storage.put(large, streamOf(16 * MiB, 64 * 1024, 12 * MiB), 'application/pdf')).rejects.toThrow(
      /the client went away|method is not allowed/,
    );
    expect(commands).toContain('AbortMultipartUploadCommand');
    expect(commands).not.toContain('CompleteMultipartUploadCommand');
    expect(await storage.get(large)).toBeNull();
    expect(await keysInBucket()).toEqual(before);
  });
});

describe('the API with S3 storage', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(() => t?.close());

  it('stores an upload in the bucket and serves it through its signed /files/ link', async () => {
    const files = { storage, linkSecret: randomBytes(32) };
    const app = createApp({
      db: t.db,
      keys: createLocalJWKSet({ keys: [t.key.publicJwk] }),
      policy: TEST_POLICY,
      graphiql: false,
      files,
      defaultLocale: 'en',
    });
    const d = await t.world.district();
    const one = await d.school();
    const p = await d.programme({ schools: [one] });
    const sdk = createClient({
      url: 'http://yoga/graphql',
      token: await t.tokenFor(one.admin),
      fetch: async (input, init) => app.fetch(new Request(input, init)),
    });

    const bytes = pdf(300_000, '天长市实验小学');
    const before = await keysInBucket();
    const { uploadSchoolPlan } = await sdk.request(UploadSchoolPlanDocument, {
      input: {
        programmeId: p.gid,
        schoolId: one.school.gid,
        file: new File([bytes], '天长市实验小学 信息化发展规划.pdf', { type: 'application/pdf' }),
      },
    });
    expect(uploadSchoolPlan.__typename).toBe('UploadSchoolPlanPayload');
    const row = await t.db.prisma.storedFile.findFirstOrThrow({ where: { sha256: sha256(bytes) } });
    expect(await keysInBucket()).toEqual([...before, row.storageKey].sort());

    const { schoolPlan } = await sdk.request(SchoolPlanDocument, { programmeId: p.gid, schoolId: one.school.gid });
    const link = schoolPlan?.file.downloadUrl;
    expect(link).toMatch(/^\/files\//);
    const response = await app.fetch(`http://yoga${link}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const downloaded = Buffer.from(await response.arrayBuffer());
    expect(sha256(downloaded)).toBe(sha256(bytes));

    // The bytes gone from the bucket: the link answers 404, it does not fail.
    await storage.delete(row.storageKey);
    expect((await app.fetch(`http://yoga${link}`)).status).toBe(404);
  });
});
