/**
 * A full upload volume: FILE_STORAGE_DIR on a small tmpfs. An upload that does not fit gets the typed error
 * STORAGE_FULL (HTTP 507, zh-CN and en), writes no StoredFile row and leaves no temporary file; the API keeps serving,
 * and an upload that fits is stored.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Api,
  type Cluster,
  cleanUp,
  onCleanUp,
  privateCluster,
  startApi,
  tempDir,
  tokenFor,
  uploadTo,
} from './kit.js';

const VOLUME_BYTES = 1024 * 1024;
const TOO_BIG_BYTES = 3 * 1024 * 1024;
const FITS_BYTES = 64 * 1024;

const UPLOAD = `mutation ($input: UploadSchoolPlanInput!) { uploadSchoolPlan(input: $input) {
  __typename ... on UploadSchoolPlanPayload { schoolPlan { uploadedAt } } ... on Error { code } } }`;

let cluster: Cluster;
let api: Api;
let volume: string;
let token: string;
let schoolId: string;
let programmeIds: string[];
beforeAll(async () => {
  cluster = await privateCluster();
  const dataDir = tempDir('tisheng-faults-storage-');
  volume = tempDir('tisheng-faults-volume-');
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${VOLUME_BYTES}`, 'tmpfs', volume]);
  onCleanUp(() => {
    execFileSync('umount', ['-l', volume]);
  });
  api = await startApi({
    DATABASE_URL: cluster.url,
    DATA_DIR: dataDir,
    SEED_DEMO_DATA: 'true',
    FILE_STORAGE_DIR: volume,
  });
  token = await tokenFor(dataDir, 'school.admin');
  const [school] = await cluster.query<{ id: string }>(`SELECT id FROM "Organisation" WHERE code = 'demo-school-1'`);
  schoolId = encodeGlobalID('Organisation', school!.id);
  programmeIds = (await cluster.query<{ id: string }>(`SELECT id FROM "Programme" ORDER BY code`)).map((row) =>
    encodeGlobalID('Programme', row.id),
  );
});
afterAll(cleanUp);

/** A PDF of `size` bytes (its header is what the content check reads). */
const pdf = (size: number) => {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
  bytes.set(new TextEncoder().encode('\n%%EOF\n'), size - 7);
  return { name: 'plan.pdf', type: 'application/pdf', bytes };
};

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );

const storedFiles = async () =>
  (await cluster.query<{ n: number }>(`SELECT count(*)::int AS n FROM "StoredFile"`))[0]!.n;

describe('a full upload volume', () => {
  it('answers STORAGE_FULL, writes no row, leaves no temporary file, and keeps serving', async () => {
    // A programme of the school that takes its plan now (no selection gate in the way).
    let programmeId: string | undefined;
    for (const candidate of programmeIds) {
      const res = await uploadTo(api.origin, UPLOAD, { schoolId, programmeId: candidate }, pdf(FITS_BYTES), token);
      if ((res.body.data?.uploadSchoolPlan as { __typename?: string })?.__typename === 'UploadSchoolPlanPayload') {
        programmeId = candidate;
        break;
      }
    }
    expect(programmeId).toBeDefined();
    const rowsBefore = await storedFiles();
    const filesBefore = filesIn(volume);

    for (const locale of ['en', 'zh-CN']) {
      const full = await uploadTo(api.origin, UPLOAD, { schoolId, programmeId }, pdf(TOO_BIG_BYTES), token, locale);
      expect(full.status).toBe(507);
      expect(full.body.errors?.[0]).toMatchObject({
        extensions: { code: 'STORAGE_FULL' },
        message: expect.stringContaining(locale === 'en' ? 'file storage is full' : '文件存储空间已满'),
      });
    }
    expect(await storedFiles()).toBe(rowsBefore);
    expect(filesIn(volume)).toEqual(filesBefore);
    expect(filesIn(volume).filter((file) => file.endsWith('.tmp'))).toEqual([]);

    // Still serving: reads, and an upload that fits.
    const read = await api.graphql('{ catalogues(first: 1) { nodes { id } } }');
    expect(read.status).toBe(200);
    const fits = await uploadTo(api.origin, UPLOAD, { schoolId, programmeId }, pdf(FITS_BYTES), token);
    expect(fits.body.data?.uploadSchoolPlan).toMatchObject({ __typename: 'UploadSchoolPlanPayload' });
    expect(await storedFiles()).toBe(rowsBefore + 1);
    console.log(
      `[faults] storage full: ${TOO_BIG_BYTES}-byte upload on a ${VOLUME_BYTES}-byte volume refused twice (507 STORAGE_FULL), ` +
        `StoredFile rows ${rowsBefore} → ${rowsBefore} → ${rowsBefore + 1} after a ${FITS_BYTES}-byte upload; files on the volume ${filesBefore.length} → ${filesIn(volume).length}`,
    );
  });
});
