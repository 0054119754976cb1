/**
 * DATABASE_READ_URL against a real streaming replica: a private primary (initdb, wal_level replica) and a standby
 * made from it with pg_basebackup -R, the API started as `npm start` runs it with both URLs. With the standby's
 * replay paused, a school renamed through the API is renamed on the primary (writes go there) while the district's
 * progress page, routed to the replica, still shows the old name and the organisation page (primary) the new one;
 * once replay resumes, the routed page catches up.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, type Cluster, cleanUp, freePort, privateCluster, startApi, tempDir, tokenFor } from './kit.js';

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const asPostgres = (command: string, args: string[]) =>
  execFileSync('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, command), ...args], { stdio: 'pipe' });

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

const PROGRESS = `query ($programmeId: ID!) { programmeSelectionProgress(programmeId: $programmeId, first: 100) {
  nodes { school { id name } enrolled } } }`;
const ORGANISATION = `query ($id: ID!) { organisation(id: $id) { id name } }`;
const RENAME = `mutation ($input: UpdateSchoolInput!) { updateSchool(input: $input) { __typename
  ... on UpdateSchoolPayload { school { id name } } ... on Error { code message } } }`;

/** A hot standby of `primary`, started on its own port; stopped by `stop`. */
async function standbyOf(primary: Cluster) {
  const dir = tempDir('tisheng-faults-replica-');
  chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  asPostgres('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', data, '-R']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c hot_standby=on`;
  asPostgres('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
  const query = async <T extends pg.QueryResultRow>(database: string, sql: string, values?: unknown[]) => {
    const client = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${port}/${database}` });
    await client.connect();
    try {
      return (await client.query<T>(sql, values)).rows;
    } finally {
      await client.end();
    }
  };
  return {
    url: (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    query,
    stop: () => asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']),
  };
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('read replica (DATABASE_READ_URL)', () => {
  let primary: Cluster;
  let standby: Awaited<ReturnType<typeof standbyOf>>;
  let api: Api;
  let token: string;
  let programmeId: string;
  let school: { id: string; name: string };

  const primaryDb = async <T extends pg.QueryResultRow>(sql: string, values?: unknown[]) => {
    const client = new pg.Client({ connectionString: primary.url.replace(/\/postgres$/, '/tisheng') });
    await client.connect();
    try {
      return (await client.query<T>(sql, values)).rows;
    } finally {
      await client.end();
    }
  };
  const progressNames = async () => {
    const { body } = await api.graphql<{
      programmeSelectionProgress: { nodes: Array<{ school: { id: string; name: string } }> } | null;
    }>(PROGRESS, { programmeId: gid('Programme', programmeId) }, { token });
    expect(body.errors).toBeUndefined();
    return new Map(body.data?.programmeSelectionProgress?.nodes.map((node) => [node.school.id, node.school.name]));
  };

  beforeAll(async () => {
    primary = await privateCluster();
    expect((await primary.query<{ wal_level: string }>('SHOW wal_level'))[0]?.wal_level).toBe('replica');
    await primary.query('CREATE DATABASE tisheng');
    standby = await standbyOf(primary);
    const dataDir = tempDir('tisheng-faults-replica-api-');
    api = await startApi({
      DATABASE_URL: primary.url.replace(/\/postgres$/, '/tisheng'),
      DATABASE_READ_URL: standby.url('tisheng'),
      DATA_DIR: dataDir,
      SEED_DEMO_DATA: 'true',
    });
    token = await tokenFor(dataDir, 'district.admin');
    const [row] = await primaryDb<{ programmeId: string; schoolId: string; name: string }>(
      `SELECT b."programmeId", o.id AS "schoolId", o.name FROM "BatchSchool" bs JOIN "Batch" b ON b.id = bs."batchId"
         JOIN "Organisation" o ON o.id = bs."schoolId" ORDER BY o.name LIMIT 1`,
    );
    if (!row) throw new Error('the demo data has no school in a programme');
    programmeId = row.programmeId;
    school = { id: gid('Organisation', row.schoolId), name: row.name };
  }, 180_000);

  afterAll(async () => {
    try {
      standby?.stop();
    } catch {
      // already stopped
    }
    await cleanUp();
  });

  it('serves the routed page from the standby: it lags while replay is paused, the primary-read page does not', async () => {
    // The standby has replayed the migrations and the demo data: the routed page answers from it.
    const caughtUp = await until(progressNames, (names) => names.get(school.id) === school.name);
    expect(caughtUp.get(school.id)).toBe(school.name);
    const [recovery] = await standby.query<{ inRecovery: boolean }>(
      'tisheng',
      'SELECT pg_is_in_recovery() AS "inRecovery"',
    );
    expect(recovery?.inRecovery).toBe(true);

    await standby.query('tisheng', 'SELECT pg_wal_replay_pause()');
    await until(
      () => standby.query<{ state: string }>('tisheng', 'SELECT pg_get_wal_replay_pause_state() AS state'),
      (rows) => rows[0]?.state === 'paused',
    );
    const renamed = `${school.name}（更名）`;
    const { body } = await api.graphql<{ updateSchool: { __typename: string; school?: { name: string } } }>(
      RENAME,
      { input: { id: school.id, name: renamed } },
      { token },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.updateSchool).toMatchObject({ __typename: 'UpdateSchoolPayload', school: { name: renamed } });

    // The write went to the primary; the paused standby has not seen it.
    const rawId = Buffer.from(school.id, 'base64').toString().split(':')[1];
    expect((await primaryDb<{ name: string }>('SELECT name FROM "Organisation" WHERE id = $1', [rawId]))[0]?.name).toBe(
      renamed,
    );
    expect(
      (await standby.query<{ name: string }>('tisheng', 'SELECT name FROM "Organisation" WHERE id = $1', [rawId]))[0]
        ?.name,
    ).toBe(school.name);

    // The routed page reads the standby (old name); the organisation page reads the primary (new name).
    expect((await progressNames()).get(school.id)).toBe(school.name);
    const direct = await api.graphql<{ organisation: { name: string } | null }>(
      ORGANISATION,
      { id: school.id },
      { token },
    );
    expect(direct.body.data?.organisation?.name).toBe(renamed);

    // Replay resumes: the routed page catches up.
    await standby.query('tisheng', 'SELECT pg_wal_replay_resume()');
    const after = await until(progressNames, (names) => names.get(school.id) === renamed);
    expect(after.get(school.id)).toBe(renamed);
    // The API holds connections to the standby (its own pool).
    const backends = await standby.query<{ n: number }>(
      'postgres',
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = 'tisheng' AND backend_type = 'client backend'`,
    );
    expect(backends[0]?.n).toBeGreaterThan(0);
  }, 120_000);
});
