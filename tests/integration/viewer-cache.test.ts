/**
 * The viewer cache (VIEWER_CACHE_SECONDS): a token's user and roles are read once, and any change to users, role
 * assignments, organisations or sign-on identities, by whichever writer, applies at the next request, on every API
 * instance. Deactivation and unlinking with the cache on are tested in auth.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ViewerCache } from '../../api/auth/viewer-cache.js';
import { openDatabase } from '../../api/db/client.js';
import { ClassRosterDocument } from '../../sdk/src/generated/graphql.js';
import { TEST_POLICY, type TestApp, testApp } from '../kit/app.js';
import { testServerUrl } from '../kit/database.js';

let t: TestApp;
let cached: TestApp;
let cache: ViewerCache;
beforeAll(async () => {
  t = await testApp();
  await t.world.catalogue();
  // A long time to live: whatever is seen to change below was changed by a notification, not by expiry.
  cache = await ViewerCache.listening(t.db, 600);
  cached = t.variant({ viewers: cache });
});
afterAll(() => t.close());

/** Waits (at most 3 s) until `probe` returns what `done` accepts; returns the last result. */
async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 3000;
  let value = await probe();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    value = await probe();
  }
  return value;
}

async function tutorWorld() {
  const d = await t.world.district();
  const s = await d.school();
  const p = await d.programme({ schools: [s] });
  await p.teacher(s);
  return { s, p };
}

describe('viewer cache', () => {
  it('reads a signed-in viewer once: the next request runs one statement fewer', async () => {
    const { s, p } = await tutorWorld();
    const vars = { classId: s.class.gid, programmeId: p.gid, first: 10 };
    const uncachedCount = (await t.measure(() => t.request(ClassRosterDocument, vars, { as: s.tutor }))).statements;
    await cached.request(ClassRosterDocument, vars, { as: s.tutor });
    const second = await cached.measure(() => cached.request(ClassRosterDocument, vars, { as: s.tutor }));
    expect(second.result.data?.classRoster?.totalCount).toBe(1);
    expect(second.statements).toBe(uncachedCount - 1);
  });

  it('applies a revoked role at the next request, whoever revoked it', async () => {
    const { s, p } = await tutorWorld();
    const vars = { classId: s.class.gid, programmeId: p.gid };
    const roster = async () => (await cached.request(ClassRosterDocument, vars, { as: s.tutor })).data?.classRoster;
    expect(await roster()).not.toBeNull();
    // Straight to the database, as an import or an operator's SQL would: no API code runs.
    await t.db.prisma.roleAssignment.deleteMany({ where: { userId: s.tutor.id, role: 'CLASS_TUTOR' } });
    expect(await eventually(roster, (value) => value === null)).toBeNull();
  });

  it('applies a granted role at the next request', async () => {
    const { s, p } = await tutorWorld();
    const stranger = await s.teacher({ class: null });
    const vars = { classId: s.class.gid, programmeId: p.gid };
    const roster = async () => (await cached.request(ClassRosterDocument, vars, { as: stranger })).data?.classRoster;
    expect(await roster()).toBeNull();
    await t.db.prisma.roleAssignment.create({
      data: { userId: stranger.id, role: 'CLASS_TUTOR', organisationId: s.class.id, orgPath: s.class.path },
    });
    expect(await eventually(roster, (value) => value !== null)).not.toBeNull();
  });

  it('keeps a viewer per issuer and subject', async () => {
    const { s, p } = await tutorWorld();
    const vars = { classId: s.class.gid, programmeId: p.gid };
    await cached.request(ClassRosterDocument, vars, { as: s.tutor });
    expect(cache.get(TEST_POLICY.issuer, s.tutor.login)?.user?.login).toBe(s.tutor.login);
    expect(cache.get('https://another-issuer.example/', s.tutor.login)).toBeUndefined();
  });

  it('keeps nothing for a subject that is not a user', async () => {
    const response = await cached.request(ClassRosterDocument, { classId: 'x' }, { as: 'nobody-at-all' });
    expect(response.status).toBe(401);
    expect(cache.get(TEST_POLICY.issuer, 'nobody-at-all')).toBeUndefined();
  });

  // PGlite is one process: a second instance needs PostgreSQL.
  it.runIf(testServerUrl !== null)(
    'two API instances on one database: a change on one is heard by the other',
    async () => {
      const second = await openDatabase({ kind: 'postgres', url: t.db.url!, poolSize: 2 });
      try {
        const otherCache = await ViewerCache.listening(second, 600);
        const other = t.variant({ db: second, viewers: otherCache });
        const { s, p } = await tutorWorld();
        const vars = { classId: s.class.gid, programmeId: p.gid };
        const roster = async () => (await other.request(ClassRosterDocument, vars, { as: s.tutor })).data?.classRoster;
        expect(await roster()).not.toBeNull();
        expect(otherCache.get(TEST_POLICY.issuer, s.tutor.login)).toBeDefined();
        await t.db.prisma.roleAssignment.deleteMany({ where: { userId: s.tutor.id, role: 'CLASS_TUTOR' } });
        expect(await eventually(roster, (value) => value === null)).toBeNull();
      } finally {
        await second.close();
      }
    },
  );
});
