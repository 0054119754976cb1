/**
 * The API process killed and stopped: kill -9 in the middle of a bulk people import (its transaction has written rows,
 * not committed) leaves none of them, and the import can be redone whole after a restart; SIGTERM lets a slow
 * in-flight request (an import whose upload is still arriving) finish and commit, then exits 0 without touching the
 * closed database pool.
 */
import { request } from 'node:http';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, cleanUp, privateCluster, startApi, tempDir, tokenFor, uploadTo } from './kit.js';

/** The largest import the API takes (README "Importing people"): long enough to be killed mid-write. */
const BIG_IMPORT_ROWS = 5_000;
const SLOW_IMPORT_ROWS = 200;
/** How long the slow request's upload keeps arriving after SIGTERM. */
const TRICKLE_MS = 2_500;

const IMPORT = `mutation ($input: ImportPeopleInput!) { importPeople(input: $input) {
  __typename ... on ImportPeoplePayload { created written } ... on Error { code } } }`;

let cluster: Cluster;
let dataDir: string;
let env: Record<string, string>;
let schoolId: string;
beforeAll(async () => {
  cluster = await privateCluster();
  dataDir = tempDir('tisheng-faults-kill-');
  env = { DATABASE_URL: cluster.url, DATA_DIR: dataDir, SEED_DEMO_DATA: 'true' };
});
afterAll(cleanUp);

const csvOf = (prefix: string, rows: number) =>
  ['login,name', ...Array.from({ length: rows }, (_, i) => `${prefix}${i},导入教师${i}`)].join('\n');

const countOf = async (prefix: string) =>
  (await cluster.query<{ n: number }>(`SELECT count(*)::int AS n FROM "User" WHERE login LIKE $1`, [`${prefix}%`]))[0]!
    .n;

/** Transactions of the API that have written something (an xid) and not committed. */
const writingTransactions = async () =>
  (
    await cluster.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`,
    )
  )[0]!.n;

describe('kill -9 during a bulk import', () => {
  it('leaves no partial rows, and the import is redone whole after a restart', async () => {
    let api = await startApi(env);
    const token = await tokenFor(dataDir, 'school.admin');
    const [school] = await cluster.query<{ id: string }>(`SELECT id FROM "Organisation" WHERE code = 'demo-school-1'`);
    schoolId = encodeGlobalID('Organisation', school!.id);
    const prefix = 'killed.import.';
    const file = { name: 'people.csv', type: 'text/csv', bytes: csvOf(prefix, BIG_IMPORT_ROWS) };

    const answer = uploadTo(api.origin, IMPORT, { organisationId: schoolId }, file, token).catch(
      (error: Error) => error,
    );
    const deadline = Date.now() + 60_000;
    while ((await writingTransactions()) === 0) {
      if (Date.now() > deadline) throw new Error(`the import never started writing:\n${api.output}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    api.kill('SIGKILL');
    expect(await api.exited).toBeNull(); // killed by the signal
    expect(await answer).toBeInstanceOf(Error); // the client saw the connection drop, not an answer
    // The server rolls back the dead connection's transaction.
    const settled = Date.now() + 10_000;
    while ((await writingTransactions()) > 0 && Date.now() < settled)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await countOf(prefix)).toBe(0);

    api = await startApi(env);
    const redone = await uploadTo(api.origin, IMPORT, { organisationId: schoolId }, file, token);
    expect(redone.body.data?.importPeople).toMatchObject({
      __typename: 'ImportPeoplePayload',
      created: BIG_IMPORT_ROWS,
      written: true,
    });
    expect(await countOf(prefix)).toBe(BIG_IMPORT_ROWS);
    console.log(
      `[faults] kill -9 mid-import: ${BIG_IMPORT_ROWS}-row import killed while writing: 0 rows left; redone: ${await countOf(prefix)} rows`,
    );

    // Graceful shutdown (same server): a slow in-flight request finishes after SIGTERM, then the process exits 0.
    const slowPrefix = 'slow.import.';
    const boundary = `tisheng${Date.now()}`;
    const head =
      `--${boundary}\r\ncontent-disposition: form-data; name="operations"\r\n\r\n` +
      `${JSON.stringify({ query: IMPORT, variables: { input: { organisationId: schoolId, file: null } } })}\r\n` +
      `--${boundary}\r\ncontent-disposition: form-data; name="map"\r\n\r\n{"0":["variables.input.file"]}\r\n` +
      `--${boundary}\r\ncontent-disposition: form-data; name="0"; filename="people.csv"\r\ncontent-type: text/csv\r\n\r\n`;
    const csv = csvOf(slowPrefix, SLOW_IMPORT_ROWS);
    const tail = `\r\n--${boundary}--\r\n`;
    const url = new URL(`${api.origin}/graphql`);
    const slow = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: {
            'content-type': `multipart/form-data; boundary=${boundary}`,
            authorization: `Bearer ${token}`,
            'x-graphql-yoga-csrf': '1',
          },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => {
            body += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.write(head + csv.slice(0, csv.length / 2));
      setTimeout(() => {
        const sentAt = Date.now();
        api.kill('SIGTERM');
        // The rest of the upload trickles in after the signal.
        const rest = csv.slice(csv.length / 2);
        const pieces = 5;
        const step = Math.ceil(rest.length / pieces);
        let piece = 0;
        const timer = setInterval(() => {
          req.write(rest.slice(piece * step, (piece + 1) * step));
          piece += 1;
          if (piece === pieces) {
            clearInterval(timer);
            req.end(tail);
            console.log(`[faults] shutdown: upload completed ${Date.now() - sentAt} ms after SIGTERM`);
          }
        }, TRICKLE_MS / pieces);
      }, 300);
    });
    const answered = await slow;
    const code = await api.exited;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body).data.importPeople).toMatchObject({ created: SLOW_IMPORT_ROWS, written: true });
    expect(await countOf(slowPrefix)).toBe(SLOW_IMPORT_ROWS);
    expect(code).toBe(0);
    expect(api.output).toContain('SIGTERM: finishing in-flight requests');
    expect(api.output).toContain('SIGTERM: stopped');
    expect(api.output).not.toMatch(/Cannot use a pool|stopping .*:/);
    // Refused after the signal: new connections.
    await expect(fetch(`${api.origin}/healthz`)).rejects.toThrow();
  });
});
