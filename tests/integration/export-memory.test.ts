// A streaming export's memory stays flat: 100,000 district-confirmed credit records (inserted with generate_series;
// the ledger is append-only, INSERT is fine, and the feed triggers write their events too) exported as NDJSON and as
// XLSX, the process's RSS sampled every 50 ms (and after every batch) during the run: growth under 50 MB. The figures
// are logged (`[export-memory] …`) for the README.
//
// PostgreSQL only (TEST_DATABASE_URL): on the embedded database the 100,000-row insert alone takes minutes through the
// feed triggers, and its WebAssembly heap (the database's own memory, in this process) grows with the queries, so the
// process's RSS would measure PGlite rather than the export (measured: NDJSON +66 MB, mostly the heap, in 8 minutes).
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../api/db/generated/prisma/enums.js';
import { runExportJob } from '../../api/exports/job.js';
import { type TestApp, testApp } from '../kit/app.js';
import type { DistrictWorld } from '../kit/world.js';

const RECORDS = 100_000;
const TEACHERS = 50;
const LIMIT_MB = 50;
const MB = 1024 * 1024;
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/** A full garbage collection before the baseline, so the baseline holds no garbage of the set-up. */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

let t: TestApp;
let d: DistrictWorld;

beforeAll(async () => {
  if (!onPostgres) return;
  t = await testApp();
  d = await t.world.district();
  const s = await d.school();
  const p = await d.programme({ status: 'RUNNING', schools: [s] });
  const enrolments = [];
  for (const teacher of await s.teachers(TEACHERS)) enrolments.push(await p.enrol(teacher, s));
  const ids = enrolments.map((e) => e.id);
  const started = performance.now();
  await t.db.prisma.$executeRaw`
    INSERT INTO "CreditEntry" (id, "programmeId", "enrolmentId", "teacherId", "orgPath", source, category, hours, basis, "createdAt")
    SELECT gen_random_uuid()::text, e."programmeId", e.id, e."teacherId", e."orgPath", 'MANUAL_ENTRY', 'OFFLINE',
      (1 + g % 40) / 4.0, '{}', now()
    FROM generate_series(1, ${RECORDS}::int) g
    JOIN "Enrolment" e ON e.id = (${ids}::text[])[1 + g % ${TEACHERS}::int]`;
  await t.db.prisma.$executeRaw`
    INSERT INTO "CreditConfirmation" (id, "entryId", level, "orgPath", "confirmedAt")
    SELECT gen_random_uuid()::text, c.id, 'DISTRICT', c."orgPath", now() - interval '1 second'
    FROM "CreditEntry" c WHERE c."programmeId" = ${p.id}`;
  await t.db.prisma.$executeRaw`ANALYZE "CreditEntry", "CreditConfirmation"`;
  console.log(
    `[export-memory] inserted ${RECORDS} district-confirmed records in ${Math.round(performance.now() - started)} ms (${onPostgres ? 'PostgreSQL' : 'PGlite'})`,
  );
}, 600_000);

afterAll(async () => {
  await t?.close();
});

const newJob = (format: ExportFormat, dataset: 'CREDIT_RECORDS' | 'SCHOOLS') =>
  t.db.prisma.exportJob.create({
    data: {
      requestedById: d.admin.id,
      organisationId: d.district.id,
      orgPath: d.district.path,
      dataset,
      format,
      expiresAt: new Date(Date.now() + 3_600_000),
    },
  });

async function measure(format: ExportFormat) {
  // A small export first: the code paths are compiled and the format's modules loaded outside the measure.
  await runExportJob({ db: t.db, files: t.files, keepHours: 1 }, (await newJob(format, 'SCHOOLS')).id);
  const job = await newJob(format, 'CREDIT_RECORDS');
  collectGarbage();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const spaces = () =>
    getHeapSpaceStatistics()
      .filter((space) => space.space_size > 4 * MB)
      .map((space) => `${space.space_name} ${(space.space_size / MB).toFixed(0)}`)
      .join(', ');
  const before = spaces();
  let atPeak = before;
  const sample = () => {
    const rss = process.memoryUsage().rss;
    if (rss > peak) {
      peak = rss;
      atPeak = spaces();
    }
  };
  const timer = setInterval(sample, 50);
  const started = performance.now();
  try {
    // A full collection every 10 batches (10,000 rows): RSS then shows what the export holds, not the garbage V8 lets
    // pile up before its next major collection (without it, one XLSX run of two in CI peaked at +59 MB, the other at
    // +44 MB, with the same live data: V8's heap sizing, not the export).
    let batches = 0;
    const onBatch = () => {
      if (++batches % 10 === 0) collectGarbage();
      sample();
    };
    expect(await runExportJob({ db: t.db, files: t.files, keepHours: 1 }, job.id, { onBatch })).toBe('SUCCEEDED');
  } finally {
    clearInterval(timer);
    sample();
  }
  const ms = Math.round(performance.now() - started);
  const done = await t.db.prisma.exportJob.findUniqueOrThrow({ where: { id: job.id } });
  const growth = (peak - baseline) / MB;
  console.log(
    `[export-memory] ${format}: ${done.rowsDone} rows, ${(Number(done.bytes) / MB).toFixed(1)} MB file in ${ms} ms; ` +
      `RSS ${(baseline / MB).toFixed(0)} MB before, peak ${(peak / MB).toFixed(0)} MB, growth ${growth.toFixed(1)} MB ` +
      `(limit ${LIMIT_MB} MB; ${onPostgres ? 'PostgreSQL' : 'PGlite'}); V8 heap spaces (MB) before: ${before}; at the peak: ${atPeak}`,
  );
  expect(done.rowsDone).toBe(RECORDS);
  expect(growth).toBeLessThan(LIMIT_MB);
}

describe.skipIf(!onPostgres)('a streaming export of 100,000 records (PostgreSQL)', () => {
  it('NDJSON: RSS grows less than 50 MB', () => measure('NDJSON'), 600_000);
  it('XLSX: RSS grows less than 50 MB', () => measure('XLSX'), 600_000);
});
