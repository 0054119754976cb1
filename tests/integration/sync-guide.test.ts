// The README's "Provincial sync" guide is a program that works: its complete example (sdk/examples/provincial-sync.ts)
// runs against the real API listening on a port, first as the script a province would run (a process of its own), then
// again after more confirmations, a reversal and a crash; and the README shows exactly that file.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../../api/server/listen.js';
import { hoursByTeacher, type Mirror, provincialSync } from '../../sdk/examples/provincial-sync.js';
import { type TestApp, testApp } from '../kit/app.js';
import type { EnrolmentRef, ProgrammeWorld, UserRef } from '../kit/world.js';

const EXAMPLE = 'sdk/examples/provincial-sync.ts';
const START = '<!-- provincial-sync-example -->';
const END = '<!-- /provincial-sync-example -->';

let t: TestApp;
let server: RunningServer;
let url: string;
let dir: string;
let p: ProgrammeWorld;
let e1: EnrolmentRef;
let e2: EnrolmentRef;
let client: UserRef;

async function confirmed(e: EnrolmentRef, hours: number, reverses: string | null = null) {
  const entry = await t.db.prisma.creditEntry.create({
    data: {
      programmeId: p.id,
      enrolmentId: e.id,
      teacherId: e.teacher.id,
      orgPath: e.orgPath,
      source: reverses ? 'REVERSAL' : 'SCHOOL_PRACTICE',
      category: 'OFFLINE',
      hours,
      reversesId: reverses,
      confirmations: {
        create: [
          { level: 'SCHOOL', orgPath: e.orgPath },
          { level: 'DISTRICT', orgPath: e.orgPath },
        ],
      },
    },
    select: { id: true },
  });
  return entry.id;
}

beforeAll(async () => {
  t = await testApp();
  const d = await t.world.district();
  const s = await d.school();
  p = await d.programme({ status: 'RUNNING', schools: [s] });
  e1 = await p.teacher(s);
  e2 = await p.teacher(s);
  client = await t.world.user(d.district, [['SYNC_CLIENT', d.district]]);
  server = await listen(t.app, '127.0.0.1', 0);
  url = `${server.url}/graphql`;
  dir = await mkdtemp(path.join(tmpdir(), 'tisheng-sync-guide-'));
}, 120_000);
afterAll(async () => {
  await server?.close(1000);
  await t?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Runs the example as a script, as a province would: `node --import tsx provincial-sync.ts <url> <file>`. */
function runScript(file: string, token: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', EXAMPLE, url, file],
      { env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', TISHENG_TOKEN: token }, timeout: 60_000 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stdout}\n${stderr}`)) : resolve(stdout),
    );
  });
}

describe('the Provincial sync guide', () => {
  it('mirrors the confirmed records, then only what changed, reversals included', async () => {
    const a = await confirmed(e1, 25);
    const b = await confirmed(e1, 12.5);
    const c = await confirmed(e2, 30);
    const file = path.join(dir, 'mirror.json');

    const printed = await runScript(file, await t.tokenFor(client));
    expect(printed).toMatch(/^3 changes in 1 pages; 3 entries mirrored/);
    let mirror = JSON.parse(await readFile(file, 'utf8')) as Mirror;
    expect(Object.keys(mirror.entries).sort()).toEqual([a, b, c].sort());
    expect(hoursByTeacher(mirror)).toEqual({ [e1.teacher.id]: '37.50', [e2.teacher.id]: '30.00' });

    // A reversal and a new entry; the next run pulls only those two.
    const r = await confirmed(e1, -12.5, b);
    const d2 = await confirmed(e2, 0.25);
    const second = await provincialSync({ url, file, getToken: () => t.tokenFor(client) });
    expect(second.changes).toBe(2);
    mirror = second.mirror;
    expect(mirror.entries[r]).toMatchObject({ reversesId: b, hours: '-12.50' });
    expect(hoursByTeacher(mirror)).toEqual({ [e1.teacher.id]: '25.00', [e2.teacher.id]: '30.25' });
    expect(Object.keys(mirror.entries)).toContain(d2);

    // The acknowledged position is the mirror's cursor.
    const acknowledged = await t.db.prisma.feedAcknowledgement.findUniqueOrThrow({
      where: { principalId_feed: { principalId: client.id, feed: 'CREDIT' } },
    });
    expect(Buffer.from(mirror.cursor!, 'base64url').toString()).toBe(`f1:CREDIT:${acknowledged.seq}`);

    // Up to date: nothing new.
    expect((await provincialSync({ url, file, getToken: () => t.tokenFor(client) })).changes).toBe(0);
  }, 120_000);

  it('is shown in the README exactly as the example file (importing the published package)', async () => {
    const readme = await readFile('README.md', 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, `README.md has no ${START} … ${END} block`).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const block = /```ts\n([\s\S]*?)```/.exec(readme.slice(start, end))?.[1];
    const example = (await readFile(EXAMPLE, 'utf8')).replace("from '../src/index.js'", "from '@tisheng/sdk'");
    expect(block).toBe(example);
  });
});
