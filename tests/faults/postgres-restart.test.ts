/**
 * PostgreSQL stops under load and comes back. While it is down, every request fails fast (within the connect timeout
 * and a margin, never hanging) with HTTP 503 and the code DATABASE_UNAVAILABLE, in the request's language, and /readyz
 * answers 503; once it is back, the same API process serves again by itself. Multi-row writes (people imports of
 * IMPORT_ROWS rows, one transaction each) are all or nothing throughout: every import's logins are all there or none.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, type Cluster, cleanUp, privateCluster, startApi, tempDir, tokenFor, uploadTo } from './kit.js';

const CONNECT_TIMEOUT_SECONDS = 2;
/** How much longer than the connect timeout a failing request may take. */
const FAIL_FAST_MARGIN_MS = 3_000;
const IMPORT_ROWS = 40;
const READERS = 4;
const WRITERS = 2;

const READ = '{ catalogues(first: 1) { nodes { competencies(first: 30) { totalCount } } } }';
const IMPORT = `mutation ($input: ImportPeopleInput!) { importPeople(input: $input) {
  __typename ... on ImportPeoplePayload { created written } ... on Error { code } } }`;

interface Outcome {
  kind: 'read' | 'import';
  startedAt: number;
  endedAt: number;
  status: number;
  code: string | null;
  ok: boolean;
  prefix?: string;
}

let cluster: Cluster;
let api: Api;
let token: string;
let schoolId: string;
beforeAll(async () => {
  cluster = await privateCluster();
  const dataDir = tempDir('tisheng-faults-restart-');
  api = await startApi({
    DATABASE_URL: cluster.url,
    DATA_DIR: dataDir,
    SEED_DEMO_DATA: 'true',
    DATABASE_CONNECT_TIMEOUT_SECONDS: String(CONNECT_TIMEOUT_SECONDS),
  });
  token = await tokenFor(dataDir, 'school.admin');
  const [school] = await cluster.query<{ id: string }>(`SELECT id FROM "Organisation" WHERE code = 'demo-school-1'`);
  schoolId = encodeGlobalID('Organisation', school!.id);
});
afterAll(cleanUp);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function read(): Promise<Outcome> {
  const startedAt = Date.now();
  try {
    const { status, body } = await api.graphql(READ, {}, { signal: AbortSignal.timeout(30_000) });
    const code = body.errors?.[0]?.extensions?.code ?? null;
    return { kind: 'read', startedAt, endedAt: Date.now(), status, code, ok: status === 200 && !body.errors };
  } catch (error) {
    return { kind: 'read', startedAt, endedAt: Date.now(), status: 0, code: (error as Error).name, ok: false };
  }
}

let imports = 0;
async function importPeople(): Promise<Outcome> {
  imports += 1;
  const prefix = `fault${process.pid}i${imports}r`;
  const rows = Array.from({ length: IMPORT_ROWS }, (_, i) => `${prefix}${i},导入教师${i}`);
  const startedAt = Date.now();
  try {
    const { status, body } = await uploadTo(
      api.origin,
      IMPORT,
      { organisationId: schoolId },
      { name: 'people.csv', type: 'text/csv', bytes: ['login,name', ...rows].join('\n') },
      token,
    );
    const result = body.data?.importPeople as { __typename: string; created?: number; code?: string } | undefined;
    const ok = status === 200 && result?.__typename === 'ImportPeoplePayload' && result.created === IMPORT_ROWS;
    const code = body.errors?.[0]?.extensions?.code ?? result?.code ?? null;
    return { kind: 'import', startedAt, endedAt: Date.now(), status, code, ok, prefix };
  } catch (error) {
    return {
      kind: 'import',
      startedAt,
      endedAt: Date.now(),
      status: 0,
      code: (error as Error).name,
      ok: false,
      prefix,
    };
  }
}

describe('PostgreSQL restart under load', () => {
  it('fails fast with DATABASE_UNAVAILABLE while down, recovers by itself, and leaves no half-written import', async () => {
    const outcomes: Outcome[] = [];
    let running = true;
    const loop = (work: () => Promise<Outcome>) =>
      (async () => {
        while (running) {
          outcomes.push(await work());
          await sleep(50);
        }
      })();
    const load = [
      ...Array.from({ length: READERS }, () => loop(read)),
      ...Array.from({ length: WRITERS }, () => loop(importPeople)),
    ];

    await sleep(3_000);
    cluster.stop('immediate');
    const downAt = Date.now();
    await sleep(1_500);
    const readyDown = await fetch(`${api.origin}/readyz`);
    const zh = await api.graphql(READ, {}, { locale: 'zh-CN' });
    await sleep(2_500);
    const upAt = Date.now();
    cluster.start();
    // Recovery: the same process serves again without a restart.
    const recoveredBy = Date.now() + 30_000;
    while (Date.now() < recoveredBy && outcomes.filter((o) => o.startedAt > upAt && o.ok).length < 10) await sleep(200);
    running = false;
    await Promise.all(load);
    const readyUp = await fetch(`${api.origin}/readyz`);

    const during = outcomes.filter((o) => o.startedAt > downAt + 200 && o.endedAt < upAt);
    const after = outcomes.filter((o) => o.startedAt > upAt);
    const recoveredAfterMs = Math.min(...after.filter((o) => o.ok).map((o) => o.endedAt)) - upAt;
    console.log(
      `[faults] restart: ${outcomes.length} requests (${outcomes.filter((o) => o.kind === 'import').length} imports); ` +
        `${during.length} during the outage, all failed in at most ${Math.max(...during.map((o) => o.endedAt - o.startedAt))} ms; ` +
        `${after.filter((o) => o.ok).length}/${after.length} after the restart succeeded, the first ${recoveredAfterMs} ms after PostgreSQL started`,
    );

    expect(during.length).toBeGreaterThan(0);
    for (const outcome of during) {
      expect(outcome).toMatchObject({ ok: false, status: 503, code: 'DATABASE_UNAVAILABLE' });
      expect(outcome.endedAt - outcome.startedAt).toBeLessThan(CONNECT_TIMEOUT_SECONDS * 1000 + FAIL_FAST_MARGIN_MS);
    }
    expect(zh.status).toBe(503);
    expect(zh.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('数据库暂时不可用'),
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
    expect(readyDown.status).toBe(503);
    expect(readyUp.status).toBe(200);
    expect(after.filter((o) => o.ok).length).toBeGreaterThanOrEqual(10);
    expect(api.process.exitCode).toBeNull();
    // Nothing but DATABASE_UNAVAILABLE (or success) anywhere: no masked INTERNAL_SERVER_ERROR, no hang.
    expect(outcomes.filter((o) => !o.ok && o.code !== 'DATABASE_UNAVAILABLE')).toEqual([]);

    // All or nothing: each import's logins are all there (exactly when it answered success) or none.
    const counts = new Map(
      (
        await cluster.query<{ prefix: string; n: number }>(
          `SELECT substring(login from '^(fault\\d+i\\d+r)') AS prefix, count(*)::int AS n FROM "User"
            WHERE login LIKE 'fault%' GROUP BY 1`,
        )
      ).map((row) => [row.prefix, row.n]),
    );
    const importOutcomes = outcomes.filter((o) => o.kind === 'import');
    for (const outcome of importOutcomes) {
      const n = counts.get(outcome.prefix!) ?? 0;
      expect([0, IMPORT_ROWS]).toContain(n);
      if (outcome.ok) expect(n).toBe(IMPORT_ROWS);
    }
    console.log(
      `[faults] restart: imports ${importOutcomes.filter((o) => o.ok).length} written whole, ` +
        `${importOutcomes.filter((o) => !o.ok).length} refused; ${[...counts.values()].reduce((a, b) => a + b, 0)} rows, none partial`,
    );
  });
});
