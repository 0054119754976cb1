// Bulk exports through the API, the job queue and the download route: every dataset in every format round-trips
// (NDJSON, CSV and XLSX parsed back) with exactly the scope's rows (another district's absent), progress while a run
// goes, the signed link (works; tampered, expired, someone else's or an expired export refused), who sees a job, a sync
// client exporting its own scope, idempotency keys, bad input, a failing run, cleanup and statement counts.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportDataset, ExportFormat } from '../../api/db/generated/prisma/enums.js';
import { signExportToken } from '../../api/exports/download-link.js';
import { expireExportJobs, runExportJob } from '../../api/exports/job.js';
import type { FileStorage } from '../../api/storage/file-storage.js';
import {
  type ExportJobFieldsFragment,
  ExportsJobDocument,
  ExportsJobsDocument,
  ExportsStartDocument,
} from '../../sdk/src/generated/graphql.js';
import { type TestApp, testApp } from '../kit/app.js';
import type { DistrictWorld, EnrolmentRef, ProgrammeWorld, SchoolWorld, UserRef } from '../kit/world.js';

let t: TestApp;
let d: DistrictWorld;
let s: SchoolWorld;
let p: ProgrammeWorld;
let p2: ProgrammeWorld;
let other: DistrictWorld;
let client: UserRef;
let otherClient: UserRef;

/** Ids each dataset should hold for district A (and B's, which must never appear). */
const expected = {
  CREDIT_RECORDS: [] as string[],
  PEOPLE: [] as string[],
  SCHOOLS: [] as string[],
  ENROLMENTS: [] as string[],
};
const absent = {
  CREDIT_RECORDS: [] as string[],
  PEOPLE: [] as string[],
  SCHOOLS: [] as string[],
  ENROLMENTS: [] as string[],
};
/** Credit entries of programme p only (for the programme export). */
const inProgramme: string[] = [];
let reversal: { id: string; reversesId: string };

const CURSOR: Record<ExportDataset, string> = {
  CREDIT_RECORDS: 'entryId',
  PEOPLE: 'personId',
  SCHOOLS: 'schoolId',
  ENROLMENTS: 'enrolmentId',
};

/** An entry in the ledger, confirmed by the school and (unless `district: false`) the district. */
async function entry(
  enrolment: EnrolmentRef,
  programmeId: string,
  hours: number,
  options: { district?: boolean; reversesId?: string } = {},
) {
  const row = await t.db.prisma.creditEntry.create({
    data: {
      programmeId,
      enrolmentId: enrolment.id,
      teacherId: enrolment.teacher.id,
      orgPath: enrolment.orgPath,
      source: options.reversesId ? 'REVERSAL' : 'MANUAL_ENTRY',
      category: 'OFFLINE',
      hours,
      reversesId: options.reversesId ?? null,
      confirmations: {
        create: [
          { level: 'SCHOOL', orgPath: enrolment.orgPath },
          ...(options.district === false ? [] : [{ level: 'DISTRICT' as const, orgPath: enrolment.orgPath }]),
        ],
      },
    },
    select: { id: true },
  });
  return row.id;
}

beforeAll(async () => {
  t = await testApp({ jobs: true });
  d = await t.world.district();
  s = await d.school();
  p = await d.programme({ status: 'RUNNING', schools: [s] });
  p2 = await d.programme({ status: 'RUNNING', schools: [s] });
  other = await t.world.district({ in: d });
  const os = await other.school();
  const op = await other.programme({ status: 'RUNNING', schools: [os] });
  client = await t.world.user(d.district, [['SYNC_CLIENT', d.district]]);
  otherClient = await t.world.user(other.district, [['SYNC_CLIENT', other.district]]);

  // Hostile text: a formula-like name (CSV injection) and one with a comma, quotes and a line break.
  const a = await p.teacher(s, { displayName: '=HYPERLINK("http://evil","x")' });
  const b = await p.teacher(s, { displayName: 'Wang, "Li"\n王丽' });
  const c = await p.teacher(s);
  const b2 = await p2.enrol(b.teacher, s);
  const first = await entry(a, p.id, 12.5);
  const second = await entry(b, p.id, 30);
  const reversed = await entry(a, p.id, -12.5, { reversesId: first });
  reversal = { id: reversed, reversesId: first };
  await entry(c, p.id, 8, { district: false }); // school-confirmed only: not in the record yet
  const elsewhere = await entry(b2, p2.id, 4);
  expected.CREDIT_RECORDS.push(first, second, reversed, elsewhere);
  inProgramme.push(first, second, reversed);
  expected.ENROLMENTS.push(a.id, b.id, c.id, b2.id);
  expected.SCHOOLS.push(s.school.id);
  const people = await t.db.prisma.user.findMany({
    where: { orgPath: { startsWith: d.district.path }, roleAssignments: { none: { role: 'SYNC_CLIENT' } } },
    select: { id: true },
  });
  expected.PEOPLE.push(...people.map((person) => person.id));

  const x = await op.teacher(os);
  absent.CREDIT_RECORDS.push(await entry(x, op.id, 9));
  absent.ENROLMENTS.push(x.id);
  absent.SCHOOLS.push(os.school.id);
  absent.PEOPLE.push(x.teacher.id, os.admin.id, client.id);
}, 60_000);

afterAll(async () => {
  await t?.close();
});

type Job = ExportJobFieldsFragment;

async function start(input: Record<string, unknown>, as: UserRef = d.admin) {
  return t.mutate(ExportsStartDocument, input as never, { as });
}

async function started(input: Record<string, unknown>, as: UserRef = d.admin): Promise<Job> {
  const result = await start(input, as);
  if (result.__typename !== 'StartExportPayload') throw new Error(JSON.stringify(result));
  expect(result.exportJob.state).toBe('QUEUED');
  return result.exportJob;
}

async function finished(id: string, as: UserRef = d.admin): Promise<Job> {
  const until = Date.now() + 60_000;
  for (;;) {
    const { exportJob } = await t.data(ExportsJobDocument, { id }, { as });
    if (!exportJob) throw new Error('the export job is not visible');
    if (exportJob.state === 'SUCCEEDED' || exportJob.state === 'FAILED') return exportJob;
    if (Date.now() > until) throw new Error(`export ${id} still ${exportJob.state}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Parses a downloaded file into rows keyed by column name (everything as text). */
async function rowsOf(format: ExportFormat, bytes: Uint8Array): Promise<Array<Record<string, string | null>>> {
  const text = () => new TextDecoder().decode(bytes);
  if (format === 'NDJSON')
    return text()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  if (format === 'CSV') return parse(text(), { bom: true, columns: true, relax_quotes: false });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Array<Record<string, string | null>> = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(
      Object.fromEntries(
        header.map((key, i) => {
          const value = values[i];
          return [
            key,
            value === undefined || value === null ? null : value instanceof Date ? value.toISOString() : String(value),
          ];
        }),
      ),
    );
  });
  return rows;
}

async function download(job: Job) {
  expect(job.downloadUrl).toMatch(/^\/exports\/[\w-]+\.[\w-]+\.[\w-]+$/);
  const response = await t.fetch(job.downloadUrl!);
  expect(response.status).toBe(200);
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe('every dataset in every format', () => {
  const DATASETS: ExportDataset[] = ['CREDIT_RECORDS', 'PEOPLE', 'SCHOOLS', 'ENROLMENTS'];
  const FORMATS: ExportFormat[] = ['NDJSON', 'CSV', 'XLSX'];
  const jobs = new Map<string, Promise<Job>>();

  beforeAll(async () => {
    // All twelve queued at once; the worker runs them one after the other.
    for (const dataset of DATASETS)
      for (const format of FORMATS)
        jobs.set(`${dataset}/${format}`, started({ organisationId: d.district.gid, dataset, format }));
    await Promise.all(jobs.values());
  }, 60_000);

  for (const dataset of DATASETS)
    for (const format of FORMATS)
      it(`${dataset} as ${format} holds the district's rows only`, async () => {
        const job = await finished((await jobs.get(`${dataset}/${format}`)!).id);
        expect(job).toMatchObject({ state: 'SUCCEEDED', progress: 1, error: null });
        expect(job.rowsDone).toBe(expected[dataset].length);
        expect(job.rowsTotal).toBe(expected[dataset].length);
        const { response, bytes } = await download(job);
        expect(job.bytes).toBe(bytes.byteLength);
        expect(response.headers.get('content-length')).toBe(String(bytes.byteLength));
        const rows = await rowsOf(format, bytes);
        const ids = rows.map((row) => row[CURSOR[dataset]]);
        expect([...ids].sort()).toEqual([...expected[dataset]].sort());
        expect(ids).toEqual([...ids].sort()); // in id order
        for (const id of absent[dataset]) expect(ids).not.toContain(id);
        if (dataset === 'CREDIT_RECORDS') {
          const row = rows.find((r) => r.entryId === reversal.id)!;
          expect(row).toMatchObject({ reversesId: reversal.reversesId, source: 'REVERSAL', category: 'OFFLINE' });
          expect(Number(row.hours)).toBe(-12.5);
          expect(row.confirmedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
          const names = rows.map((r) => r.teacherName);
          // Spreadsheets get the formula-like name made inert; NDJSON keeps it as it is.
          expect(names).toContain(
            format === 'NDJSON' ? '=HYPERLINK("http://evil","x")' : '\'=HYPERLINK("http://evil","x")',
          );
          expect(names).toContain('Wang, "Li"\n王丽');
        }
        if (dataset === 'PEOPLE') {
          for (const row of rows) expect(Object.keys(row)).not.toEqual(expect.arrayContaining(['phone', 'email']));
          expect(Object.keys(rows[0]!)).toEqual([
            'personId',
            'login',
            'displayName',
            'employeeNumber',
            'teachingSubject',
            'stage',
            'organisationId',
            'organisationCode',
            'organisationName',
            'roles',
            'deactivatedAt',
            'createdAt',
          ]);
        }
      });

  it('serves CSV with a byte order mark, CRLF lines and an RFC 6266 file name', async () => {
    const job = await finished((await jobs.get('CREDIT_RECORDS/CSV')!).id);
    const { response, bytes } = await download(job);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('\r\n');
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const disposition = response.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="[^"]+-credit-records-\d{8}\.csv"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toContain(d.district.name);
  });
});

describe('scope', () => {
  it('a programme export holds that programme’s records only', async () => {
    const job = await finished((await started({ programmeId: p.gid, dataset: 'CREDIT_RECORDS', format: 'NDJSON' })).id);
    const rows = await rowsOf('NDJSON', (await download(job)).bytes);
    expect(rows.map((row) => row.entryId).sort()).toEqual([...inProgramme].sort());
    expect(job.programmeId).toBe(p.gid);
  });

  it('a province admin exports the whole province; a sync client its own district only', async () => {
    const job = await finished(
      (await started({ organisationId: d.province.gid, dataset: 'SCHOOLS', format: 'NDJSON' }, d.provinceAdmin)).id,
      d.provinceAdmin,
    );
    const ids = (await rowsOf('NDJSON', (await download(job)).bytes)).map((row) => row.schoolId);
    expect(ids).toEqual(expect.arrayContaining([...expected.SCHOOLS, ...absent.SCHOOLS]));

    const mine = await finished(
      (await started({ organisationId: d.district.gid, dataset: 'CREDIT_RECORDS', format: 'CSV' }, client)).id,
      client,
    );
    const rows = await rowsOf('CSV', (await download(mine)).bytes);
    expect(rows.map((row) => row.entryId).sort()).toEqual([...expected.CREDIT_RECORDS].sort());
    // Another district is missing to it, and so is anyone else's job.
    expect(
      await start({ organisationId: d.district.gid, dataset: 'PEOPLE', format: 'CSV' }, otherClient),
    ).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
    });
    expect((await t.data(ExportsJobDocument, { id: mine.id }, { as: otherClient })).exportJob).toBeNull();
  });
});

describe('who sees a job', () => {
  it('only its requester: other admins of the scope, other districts and the teacher find nothing', async () => {
    const job = await started({ organisationId: d.district.gid, dataset: 'SCHOOLS', format: 'CSV' });
    for (const as of [d.provinceAdmin, other.admin, client, s.admin])
      expect((await t.data(ExportsJobDocument, { id: job.id }, { as })).exportJob).toBeNull();
    expect((await t.data(ExportsJobDocument, { id: job.id })).exportJob).toBeNull();
    const node = await t.gql('query($id: ID!) { node(id: $id) { id } }', { id: job.id }, { as: other.admin });
    expect(node.data?.node ?? null).toBeNull();
    await finished(job.id);
  });

  it('lists the viewer’s jobs newest first, with flat statement counts', async () => {
    const { exportJobs } = await t.data(ExportsJobsDocument, { first: 100 }, { as: client });
    expect(exportJobs.totalCount).toBeGreaterThan(0);
    const all = await t.data(ExportsJobsDocument, { first: 100 }, { as: d.admin });
    const ids = all.exportJobs.nodes.map((job) => job.id);
    expect(ids.length).toBeGreaterThan(12);
    expect(ids).not.toEqual(expect.arrayContaining(exportJobs.nodes.map((job) => job.id)));
    const query =
      'query($first: Int) { exportJobs(first: $first) { totalCount nodes { id state progress downloadUrl } } }';
    const one = await t.statementsFor(query, { first: 1 }, { as: d.admin });
    const many = await t.statementsFor(query, { first: 20 }, { as: d.admin });
    expect(many.count).toBe(one.count);
  });
});

describe('refusals', () => {
  it('refuses bad input, other kinds of organisation and viewers without export:run', async () => {
    expect(await start({ dataset: 'SCHOOLS', format: 'CSV' })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(
      await start({ organisationId: d.district.gid, programmeId: p.gid, dataset: 'SCHOOLS', format: 'CSV' }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await start({ organisationId: s.school.gid, dataset: 'SCHOOLS', format: 'CSV' })).toMatchObject({
      code: 'INVALID_STATE',
    });
    expect(await start({ programmeId: p.gid, dataset: 'SCHOOLS', format: 'CSV' }, s.admin)).toMatchObject({
      code: 'FORBIDDEN_ACTION',
    });
    expect(await start({ organisationId: d.district.gid, dataset: 'SCHOOLS', format: 'CSV' }, s.admin)).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await start({ organisationId: other.district.gid, dataset: 'SCHOOLS', format: 'CSV' })).toMatchObject({
      code: 'NOT_FOUND',
    });
    const anonymous = await t.request(ExportsStartDocument, {
      input: { organisationId: d.district.gid, dataset: 'SCHOOLS', format: 'CSV' },
    });
    expect(anonymous.data?.startExport).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('an idempotency key returns the first job; reused with another input it is refused', async () => {
    const input = { organisationId: d.district.gid, dataset: 'ENROLMENTS', format: 'NDJSON', idempotencyKey: 'k-1' };
    const first = await started(input);
    const again = await start(input);
    expect(again).toMatchObject({ __typename: 'StartExportPayload', exportJob: { id: first.id } });
    expect(await start({ ...input, format: 'CSV' })).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    const ids = (await t.data(ExportsJobsDocument, { first: 100 }, { as: d.admin })).exportJobs.nodes.map(
      (job) => job.id,
    );
    expect(ids.filter((id) => id === first.id)).toHaveLength(1);
    await finished(first.id);
  });
});

describe('without a job queue', () => {
  it('refuses with EXPORTS_UNAVAILABLE and writes nothing', async () => {
    const plain = await testApp();
    try {
      const dd = await plain.world.district();
      const result = await plain.mutate(
        ExportsStartDocument,
        { organisationId: dd.district.gid, dataset: 'SCHOOLS', format: 'CSV' },
        { as: dd.admin },
      );
      expect(result).toMatchObject({ __typename: 'ExportsUnavailableError', code: 'EXPORTS_UNAVAILABLE' });
      expect(await plain.db.prisma.exportJob.count()).toBe(0);
    } finally {
      await plain.close();
    }
  });
});

/** A job row with no queued run, for running by hand. */
async function handJob(dataset: ExportDataset = 'CREDIT_RECORDS', format: ExportFormat = 'NDJSON') {
  return t.db.prisma.exportJob.create({
    data: {
      requestedById: d.admin.id,
      organisationId: d.district.id,
      orgPath: d.district.path,
      dataset,
      format,
      expiresAt: new Date(Date.now() + 3_600_000),
    },
  });
}

describe('running', () => {
  it('shows its progress while it runs', async () => {
    const job = await handJob();
    const gid = Buffer.from(`ExportJob:${job.id}`).toString('base64');
    const seen: Array<Pick<Job, 'state' | 'progress' | 'rowsDone' | 'rowsTotal'>> = [];
    await runExportJob({ db: t.db, files: t.files, keepHours: 1 }, job.id, {
      batchRows: 1,
      onBatch: async () => {
        const { exportJob } = await t.data(ExportsJobDocument, { id: gid }, { as: d.admin });
        seen.push({ ...exportJob!, downloadUrl: undefined } as never);
      },
    });
    const total = expected.CREDIT_RECORDS.length;
    expect(seen.map((x) => x.state)).toEqual(Array(total).fill('RUNNING'));
    expect(seen.map((x) => x.rowsDone)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(seen.map((x) => x.progress)).toEqual(Array.from({ length: total }, (_, i) => (i + 1) / total));
    expect(seen.every((x) => x.rowsTotal === total)).toBe(true);
    const done = await t.data(ExportsJobDocument, { id: gid }, { as: d.admin });
    expect(done.exportJob).toMatchObject({ state: 'SUCCEEDED', progress: 1, rowsDone: total });
  });

  it('a failing run goes back to the queue, and fails for good on its last attempt; a finished job is left alone', async () => {
    const job = await handJob();
    const broken: FileStorage = {
      put: async () => {
        throw new Error('disk full');
      },
      get: async () => null,
      delete: async () => {},
    };
    const deps = { db: t.db, files: { ...t.files, storage: broken }, keepHours: 1 };
    await expect(runExportJob(deps, job.id)).rejects.toThrow('disk full');
    expect(await t.db.prisma.exportJob.findUnique({ where: { id: job.id } })).toMatchObject({
      state: 'QUEUED',
      error: 'disk full',
    });
    expect(await runExportJob(deps, job.id, { finalAttempt: true })).toBe('FAILED');
    expect(await t.db.prisma.exportJob.findUnique({ where: { id: job.id } })).toMatchObject({
      state: 'FAILED',
      error: 'disk full',
    });
    expect(await runExportJob({ db: t.db, files: t.files, keepHours: 1 }, job.id)).toBeNull();
  });

  it('a retry starts again and overwrites the same file', async () => {
    const job = await handJob('SCHOOLS', 'CSV');
    const deps = { db: t.db, files: t.files, keepHours: 1 };
    await runExportJob(deps, job.id);
    const firstKey = (await t.db.prisma.exportJob.findUniqueOrThrow({ where: { id: job.id } })).fileKey;
    await t.db.prisma.exportJob.update({ where: { id: job.id }, data: { state: 'RUNNING' } }); // as if it crashed
    expect(await runExportJob(deps, job.id)).toBe('SUCCEEDED');
    const again = await t.db.prisma.exportJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(again.fileKey).toBe(firstKey);
    expect(again.rowsDone).toBe(expected.SCHOOLS.length);
  });
});

describe('the download link', () => {
  let job: Job;
  beforeAll(async () => {
    job = await finished((await started({ organisationId: d.district.gid, dataset: 'SCHOOLS', format: 'XLSX' })).id);
  });

  it('is minted afresh at every read and works without a token', async () => {
    const { response, bytes } = await download(job);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect((await rowsOf('XLSX', bytes)).map((row) => row.schoolId)).toEqual(expected.SCHOOLS);
    const head = await t.fetch(job.downloadUrl!, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect((await t.fetch(job.downloadUrl!, { method: 'POST' })).status).toBe(405);
  });

  it('refuses a tampered link (403), an expired one (410) and one minted for someone else (404)', async () => {
    const token = job.downloadUrl!.slice('/exports/'.length);
    const [h, payload, sig] = token.split('.');
    const flipped = `${h}.${payload}.${sig!.slice(0, -2)}${sig!.endsWith('AA') ? 'BB' : 'AA'}`;
    const tampered = await t.fetch(`/exports/${flipped}`, { locale: 'zh-CN' });
    expect(tampered.status).toBe(403);
    expect(await tampered.json()).toMatchObject({ error: { code: 'INVALID_LINK', message: '导出文件下载链接无效。' } });
    expect((await t.fetch('/exports/not-a-token')).status).toBe(403);
    const jobId = Buffer.from(job.id, 'base64').toString().split(':')[1]!;
    // A file download link's token is not an export link (another audience).
    const expired = await signExportToken(
      t.files.linkSecret,
      { jobId, userId: d.admin.id },
      60,
      new Date(Date.now() - 3_600_000),
    );
    const gone = await t.fetch(`/exports/${expired}`);
    expect(gone.status).toBe(410);
    expect(await gone.json()).toMatchObject({ error: { code: 'LINK_EXPIRED' } });
    for (const userId of [d.provinceAdmin.id, other.admin.id]) {
      const foreign = await signExportToken(t.files.linkSecret, { jobId, userId });
      expect((await t.fetch(`/exports/${foreign}`)).status).toBe(404);
    }
  });

  it('stops working once the export expired: the file is deleted, the job EXPIRED', async () => {
    const url = job.downloadUrl!;
    const jobId = Buffer.from(job.id, 'base64').toString().split(':')[1]!;
    const row = await t.db.prisma.exportJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(await expireExportJobs({ db: t.db, files: t.files }, new Date(row.expiresAt.getTime() + 1))).toBeGreaterThan(
      0,
    );
    const response = await t.fetch(url);
    expect(response.status).toBe(410);
    expect(await response.json()).toMatchObject({ error: { code: 'EXPORT_EXPIRED' } });
    expect(await t.files.storage.get(row.fileKey!)).toBeNull();
    const { exportJob } = await t.data(ExportsJobDocument, { id: job.id }, { as: d.admin });
    expect(exportJob).toMatchObject({ state: 'EXPIRED', downloadUrl: null });
  });
});
