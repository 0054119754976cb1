/**
 * The restore drill (README, "Backups"): a migrated database holding data (the demo data, plus a change made
 * through the API) is dumped with `pg_dump -Fc`, restored with `pg_restore` into a new database, and the API started
 * on the restored database answers the portal's queries exactly as it did on the original; every table holds the same
 * rows. Runs on private databases of the server in TEST_DATABASE_URL (default the shared 127.0.0.1:5432), dropped
 * afterwards.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { print } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MyEnrolmentsDocument,
  OrganisationsDocument,
  ProgrammeSelectionProgressDocument,
  ProgrammesDocument,
  ViewerDocument,
} from '../../sdk/src/generated/graphql.js';
import { type Api, cleanUp, startApi, tempDir, tokenFor } from './kit.js';

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const SERVER = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const suffix = `${process.pid}_${Date.now().toString(36)}`;
const SOURCE = `tisheng_backup_src_${suffix}`;
const RESTORED = `tisheng_backup_restored_${suffix}`;

const urlOf = (database: string) => {
  const url = new URL(SERVER);
  url.pathname = `/${database}`;
  return url.toString();
};

async function sql<T extends pg.QueryResultRow>(database: string, text: string, values?: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: urlOf(database) });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

/** Each user's view of the portal pages: the queries compared before the dump and after the restore. */
async function answers(api: Api, dataDir: string, programmeId: string) {
  const asked: Array<[login: string, document: Parameters<typeof print>[0], variables: Record<string, unknown>]> = [
    ['district.admin', ViewerDocument, {}],
    ['district.admin', ProgrammesDocument, { first: 50 }],
    ['district.admin', OrganisationsDocument, { first: 50 }],
    ['district.admin', ProgrammeSelectionProgressDocument, { programmeId: gid('Programme', programmeId), first: 100 }],
    ['teacher', MyEnrolmentsDocument, { first: 20 }],
  ];
  const out: unknown[] = [];
  for (const [login, document, variables] of asked) {
    const token = await tokenFor(dataDir, login);
    const { status, body } = await api.graphql(print(document), variables, { token });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    out.push({ login, data: body.data });
  }
  return out;
}

/** Rows of every table of the application's schema (not the job queue's, whose housekeeping runs on its own). */
async function rowCounts(database: string): Promise<Record<string, number>> {
  const tables = await sql<{ name: string; quoted: string }>(
    database,
    `SELECT tablename AS name, quote_ident(tablename) AS quoted FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name, quoted } of tables) {
    counts[name] = (await sql<{ n: number }>(database, `SELECT count(*)::int AS n FROM ${quoted}`))[0]?.n ?? -1;
  }
  return counts;
}

describe('backup and restore (pg_dump -Fc, pg_restore)', () => {
  const dataDir = tempDir('tisheng-faults-backup-');
  const dump = path.join(dataDir, 'tisheng.dump');
  let api: Api | null = null;

  beforeAll(async () => {
    await sql('postgres', `CREATE DATABASE ${SOURCE}`);
  });

  afterAll(async () => {
    api?.kill('SIGKILL');
    await cleanUp();
    for (const database of [SOURCE, RESTORED])
      await sql('postgres', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  it('restores a dump into a new database that answers as the original did', async () => {
    api = await startApi({ DATABASE_URL: urlOf(SOURCE), DATA_DIR: dataDir, SEED_DEMO_DATA: 'true' });
    const [programme] = await sql<{ id: string; schoolId: string; name: string }>(
      SOURCE,
      `SELECT b."programmeId" AS id, o.id AS "schoolId", o.name FROM "BatchSchool" bs
         JOIN "Batch" b ON b.id = bs."batchId" JOIN "Organisation" o ON o.id = bs."schoolId" ORDER BY o.name LIMIT 1`,
    );
    if (!programme) throw new Error('the demo data has no school in a programme');
    // A change made through the API after seeding: the dump must carry it.
    const renamed = await api.graphql(
      `mutation ($input: UpdateSchoolInput!) { updateSchool(input: $input) { __typename } }`,
      { input: { id: gid('Organisation', programme.schoolId), name: `${programme.name}（备份演练）` } },
      { token: await tokenFor(dataDir, 'district.admin') },
    );
    expect(renamed.body.data).toEqual({ updateSchool: { __typename: 'UpdateSchoolPayload' } });
    const before = await answers(api, dataDir, programme.id);
    expect(JSON.stringify(before)).toContain('（备份演练）');
    api.kill('SIGTERM');
    await api.exited;
    api = null;
    const countsBefore = await rowCounts(SOURCE);
    expect(countsBefore.Organisation).toBeGreaterThan(0);

    execFileSync(path.join(PG_BIN, 'pg_dump'), ['-Fc', '--no-owner', '-f', dump, '-d', urlOf(SOURCE)], {
      stdio: 'pipe',
    });
    await sql('postgres', `CREATE DATABASE ${RESTORED}`);
    execFileSync(
      path.join(PG_BIN, 'pg_restore'),
      ['--no-owner', '--exit-on-error', '-j', '2', '-d', urlOf(RESTORED), dump],
      {
        stdio: 'pipe',
      },
    );
    expect(await rowCounts(RESTORED)).toEqual(countsBefore);

    // The API on the restored database: no migration left to apply, the same answers.
    api = await startApi({ DATABASE_URL: urlOf(RESTORED), DATA_DIR: dataDir });
    const ready = await fetch(`${api.origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await answers(api, dataDir, programme.id)).toEqual(before);
  }, 400_000);
});
