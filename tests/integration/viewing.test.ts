// Server-verified watch time through the real API and database: the spoofing suite (each trick earns no extra
// second, bad events get codes, nothing else changes), an honest session, documents, roll-ups, retention.
// The server's clock is faked (Date only) so a 20-minute session runs in a second.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../api/db/client.js';
import { moduleSeconds } from '../../schema/viewing/index.js';
import { purgeViewingAudit } from '../../schema/viewing/purge.js';
import { RecordViewingDocument } from '../../sdk/src/generated/graphql.js';
import { type TestApp, testApp } from '../kit/app.js';
import { testServerUrl } from '../kit/database.js';
import { unique } from '../kit/ids.js';
import { ofType } from '../kit/results.js';
import { type CourseRef, type ViewingWorld, viewingWorld } from '../kit/viewing.js';
import type { UserRef } from '../kit/world.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

let now = 0;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  now = Date.UTC(2026, 3, 1, 8, 0, 0);
  vi.setSystemTime(now);
});
afterEach(() => {
  vi.useRealTimers();
});
/** Moves the server's clock on. */
const wait = (seconds: number) => {
  now += seconds * 1000;
  vi.setSystemTime(now);
};

type Kind = 'PLAY' | 'PAUSE' | 'SEEK' | 'HEARTBEAT' | 'END';
interface Event {
  clientEventId: string;
  kind: Kind;
  position: number | null;
  at?: string;
}
const ev = (kind: Kind, position: number | null, extra: Partial<Event> = {}): Event => ({
  clientEventId: unique() + unique(),
  kind,
  position,
  ...extra,
});
/** Heartbeats every 10 s of position from `from` (exclusive) to `to` (inclusive). */
const heartbeats = (from: number, to: number, step = 10) =>
  Array.from({ length: Math.round((to - from) / step) }, (_, i) => ev('HEARTBEAT', from + (i + 1) * step));

const post = async (as: UserRef, course: CourseRef, sessionId: string, events: Event[], app: TestApp = t) =>
  app.mutate(RecordViewingDocument, { courseId: course.gid, sessionId, events }, { as });
const payload = async (as: UserRef, course: CourseRef, sessionId: string, events: Event[], app: TestApp = t) =>
  ofType(await post(as, course, sessionId, events, app), 'RecordViewingPayload');

/** Everything a batch may change except the audit trail. */
async function state(v: ViewingWorld) {
  const prisma = t.db.prisma;
  const teacherId = v.teacher.id;
  const [progress, sessions, lease, enrolment, eventIds] = await Promise.all([
    prisma.$queryRaw`SELECT "courseId", "segments"::text AS segments, "creditedSeconds" FROM "CourseProgress"
                      WHERE "teacherId" = ${teacherId} ORDER BY "courseId"`,
    prisma.viewingSession.findMany({ where: { teacherId }, orderBy: { clientSessionId: 'asc' } }),
    prisma.viewingLease.findUnique({ where: { teacherId } }),
    prisma.enrolment.findUniqueOrThrow({
      where: { id: v.enrolment.id },
      select: { studyRequiredSeconds: true, studyElectiveSeconds: true },
    }),
    prisma.viewingEventId.count({ where: { teacherId } }),
  ]);
  return { progress, sessions, lease, enrolment, eventIds };
}

const credited = async (v: ViewingWorld, course: CourseRef) =>
  (
    await t.db.prisma.courseProgress.findUnique({
      where: { enrolmentId_courseId: { enrolmentId: v.enrolment.id, courseId: course.id } },
      select: { creditedSeconds: true },
    })
  )?.creditedSeconds ?? 0;

/** An honest player at 1×: PLAY at 0, then every `interval` seconds a batch of heartbeats up to where it is. */
async function honest(v: ViewingWorld, course: CourseRef, seconds: number, interval = 30, sessionId = unique()) {
  await payload(v.teacher, course, sessionId, [ev('PLAY', 0)]);
  let position = 0;
  while (position < seconds) {
    wait(interval);
    const next = Math.min(seconds, position + interval);
    await payload(v.teacher, course, sessionId, heartbeats(position, next, 10));
    position = next;
  }
  return sessionId;
}

describe('an honest player', () => {
  it('a 20-minute session at 1× earns 20 minutes (± one batch interval), rolled up into required minutes', async () => {
    const v = await viewingWorld(t);
    await honest(v, v.video, 1200, 30);
    const total = await credited(v, v.video);
    expect(Math.abs(total - 1200)).toBeLessThanOrEqual(30);
    const after = await state(v);
    expect(after.enrolment).toEqual({ studyRequiredSeconds: total, studyElectiveSeconds: 0 });
    expect(after.progress).toEqual([{ courseId: v.video.id, segments: `{[0,${total})}`, creditedSeconds: total }]);
    expect(after.sessions[0]?.creditedSeconds).toBe(total);
  });

  it('re-watching earns nothing twice; an elective counts as elective minutes and per module', async () => {
    const v = await viewingWorld(t);
    await honest(v, v.elective, 300);
    expect(await credited(v, v.elective)).toBe(300);
    // The same five minutes again, in a new session: nothing new.
    wait(200);
    await honest(v, v.elective, 300);
    expect(await credited(v, v.elective)).toBe(300);
    // Then later stretches: only new seconds count.
    wait(200);
    const s = unique();
    await payload(v.teacher, v.elective, s, [ev('PLAY', 250)]);
    wait(60);
    const last = await payload(v.teacher, v.elective, s, heartbeats(250, 310, 10));
    expect(last).toMatchObject({ creditedSeconds: 10, courseCreditedSeconds: 310, studyElectiveSeconds: 310 });
    expect(last.studyRequiredSeconds).toBe(0);
    const modules = await moduleSeconds(t.db.prisma, [v.enrolment.id]);
    expect(modules.get(v.enrolment.id)).toEqual([{ module: '专业发展', requiredSeconds: 0, electiveSeconds: 310 }]);
  });

  it('a batch reports the session as LIVE; END releases it (IDLE)', async () => {
    const v = await viewingWorld(t);
    const s = unique();
    expect((await payload(v.teacher, v.video, s, [ev('PLAY', 0)])).status).toBe('LIVE');
    wait(20);
    const ended = await payload(v.teacher, v.video, s, [ev('HEARTBEAT', 10), ev('END', 20)]);
    expect(ended).toMatchObject({ status: 'IDLE', creditedSeconds: 20 });
  });
});

describe('spoofing: each trick earns no extra second', () => {
  it('a jump to the end (a HEARTBEAT far ahead, or a SEEK) earns at most the time that passed', async () => {
    const v = await viewingWorld(t);
    const s = unique();
    await payload(v.teacher, v.video, s, [ev('PLAY', 0)]);
    wait(30);
    const jump = await payload(v.teacher, v.video, s, [ev('HEARTBEAT', 1790), ev('END', 1800)]);
    expect(jump.creditedSeconds).toBe(30);
    const s2 = unique();
    wait(5);
    await payload(v.teacher, v.video, s2, [ev('PLAY', 100)]);
    wait(30);
    const seek = await payload(v.teacher, v.video, s2, [ev('SEEK', 1700), ev('HEARTBEAT', 1710), ev('END', 1800)]);
    // The SEEK plays nothing: only 1700..1730 (the first 30 s after it) count.
    expect(seek.creditedSeconds).toBe(30);
    expect(await credited(v, v.video)).toBe(60);
  });

  it('16× playback earns 1× (the programme’s maxPlaybackRate), and 2× where the programme allows it', async () => {
    const v = await viewingWorld(t);
    const s = unique();
    await payload(v.teacher, v.video, s, [ev('PLAY', 0)]);
    for (let i = 0; i < 3; i += 1) {
      wait(30);
      await payload(v.teacher, v.video, s, heartbeats(i * 480, (i + 1) * 480, 48));
    }
    expect(await credited(v, v.video)).toBe(90);

    const fast = await viewingWorld(t, { maxPlaybackRate: 2 });
    const f = unique();
    await payload(fast.teacher, fast.video, f, [ev('PLAY', 0)]);
    wait(30);
    expect((await payload(fast.teacher, fast.video, f, heartbeats(0, 480, 48))).creditedSeconds).toBe(60);
  });

  it('two parallel sessions: the second earns nothing while the first is live, then takes over', async () => {
    const v = await viewingWorld(t);
    const [a, b] = [unique(), unique()];
    expect((await payload(v.teacher, v.video, a, [ev('PLAY', 0)])).status).toBe('LIVE');
    expect((await payload(v.teacher, v.elective, b, [ev('PLAY', 0)])).status).toBe('OTHER_SESSION_LIVE');
    for (let i = 0; i < 4; i += 1) {
      wait(30);
      const [ra, rb] = [
        await payload(v.teacher, v.video, a, heartbeats(i * 30, (i + 1) * 30)),
        await payload(v.teacher, v.elective, b, heartbeats(i * 30, (i + 1) * 30)),
      ];
      expect([ra.status, ra.creditedSeconds]).toEqual(['LIVE', 30]);
      expect([rb.status, rb.creditedSeconds]).toEqual(['OTHER_SESSION_LIVE', 0]);
    }
    // The first ends: the second takes the lease and earns from its next batch on.
    wait(1);
    await payload(v.teacher, v.video, a, [ev('END', 121)]);
    wait(29);
    const takeover = await payload(v.teacher, v.elective, b, heartbeats(120, 150));
    expect([takeover.status, takeover.creditedSeconds]).toEqual(['LIVE', 0]);
    wait(30);
    expect((await payload(v.teacher, v.elective, b, heartbeats(150, 180))).creditedSeconds).toBe(30);
    const after = await state(v);
    expect(after.enrolment.studyRequiredSeconds + after.enrolment.studyElectiveSeconds).toBe(121 + 30);
  });

  it('a first tab that goes silent loses the lease after viewing.sessionIdleSeconds', async () => {
    const v = await viewingWorld(t, { sessionIdleSeconds: 60 });
    const [a, b] = [unique(), unique()];
    await payload(v.teacher, v.video, a, [ev('PLAY', 0)]);
    wait(30);
    expect((await payload(v.teacher, v.video, b, [ev('PLAY', 0)])).status).toBe('OTHER_SESSION_LIVE');
    wait(31);
    expect((await payload(v.teacher, v.video, b, [ev('HEARTBEAT', 30)])).status).toBe('LIVE');
    wait(10);
    // The first tab comes back: the second is live now, so the first earns nothing.
    expect(await payload(v.teacher, v.video, a, [ev('HEARTBEAT', 600)])).toMatchObject({
      status: 'OTHER_SESSION_LIVE',
      creditedSeconds: 0,
    });
  });

  it('a replayed batch is ignored (idempotent) and changes nothing', async () => {
    const v = await viewingWorld(t);
    const s = unique();
    await payload(v.teacher, v.video, s, [ev('PLAY', 0)]);
    wait(30);
    const batch = heartbeats(0, 30);
    expect((await payload(v.teacher, v.video, s, batch)).creditedSeconds).toBe(30);
    const before = await state(v);
    wait(30);
    const replay = await payload(v.teacher, v.video, s, batch);
    expect(replay).toMatchObject({
      accepted: 0,
      ignored: 3,
      rejected: [],
      creditedSeconds: 0,
      courseCreditedSeconds: 30,
    });
    // From another session too.
    const other = await payload(v.teacher, v.video, s, batch);
    expect(other.ignored).toBe(3);
    expect(await state(v)).toEqual(before);
    // The same id twice in one batch counts once.
    const twice = ev('HEARTBEAT', 60);
    expect(await payload(v.teacher, v.video, s, [twice, twice])).toMatchObject({ accepted: 1, creditedSeconds: 30 });
  });

  it('events claiming a future time are rejected with a code; a position far ahead earns only the time that passed', async () => {
    const v = await viewingWorld(t);
    const s = unique();
    await payload(v.teacher, v.video, s, [ev('PLAY', 0)]);
    wait(30);
    const before = await state(v);
    const future = new Date(now + 3600_000).toISOString();
    const res = await payload(v.teacher, v.video, s, [
      ev('HEARTBEAT', 30, { at: future }),
      ev('END', 1800, { at: future }),
    ]);
    expect(res.rejected.map((r) => r.code)).toEqual(['CLIENT_TIME_IN_FUTURE', 'CLIENT_TIME_IN_FUTURE']);
    expect(res.rejected[0]?.message).toBe('The event claims a time more than 5 minutes after the server’s clock.');
    expect(res).toMatchObject({ accepted: 0, creditedSeconds: 0 });
    expect(await state(v)).toEqual(before);
    // A clock a little ahead (within the tolerance) is fine; the time it names is not used.
    const soon = new Date(now + 60_000).toISOString();
    expect((await payload(v.teacher, v.video, s, [ev('HEARTBEAT', 30, { at: soon })])).creditedSeconds).toBe(30);
  });

  it('negative, NaN and past-the-end positions are rejected with codes and change nothing; the valid rest counts', async () => {
    const v = await viewingWorld(t);
    const s = unique();
    await payload(v.teacher, v.video, s, [ev('PLAY', 0)]);
    wait(30);
    const before = await state(v);
    const bad = [ev('HEARTBEAT', -5), ev('HEARTBEAT', Number.NaN), ev('HEARTBEAT', 1800.5), ev('SEEK', -1)];
    const res = await payload(v.teacher, v.video, s, bad);
    expect(res.rejected.map((r) => [r.clientEventId, r.code])).toEqual([
      [bad[0]!.clientEventId, 'POSITION_OUT_OF_RANGE'],
      [bad[1]!.clientEventId, 'POSITION_MISSING'],
      [bad[2]!.clientEventId, 'POSITION_OUT_OF_RANGE'],
      [bad[3]!.clientEventId, 'POSITION_OUT_OF_RANGE'],
    ]);
    expect(res.rejected[0]?.message).toBe('The position -5 is outside the course (0 to 1800 seconds).');
    expect(await state(v)).toEqual(before);
    const audit = await t.db.prisma.viewingBatch.findFirstOrThrow({
      where: { teacherId: v.teacher.id },
      orderBy: { id: 'desc' },
    });
    expect(audit.rejected).toHaveLength(4);
    // A batch mixing good and bad events: the good ones count, the bad ones are reported.
    const mixed = await payload(v.teacher, v.video, s, [ev('HEARTBEAT', 15), ev('HEARTBEAT', -1), ev('HEARTBEAT', 30)]);
    expect(mixed).toMatchObject({ accepted: 2, creditedSeconds: 30 });
    expect(mixed.rejected.map((r) => r.code)).toEqual(['POSITION_OUT_OF_RANGE']);
  });

  it('a course outside the teacher’s list is NOT_FOUND and writes nothing', async () => {
    const v = await viewingWorld(t);
    const before = await state(v);
    const res = await post(v.teacher, v.outside, unique(), [ev('PLAY', 0)]);
    expect(res).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(await state(v)).toEqual(before);
    expect(await t.db.prisma.viewingBatch.count({ where: { courseId: v.outside.id } })).toBe(0);
    // Another teacher's course list is not this teacher's either, and a non-teacher reports nothing.
    const stranger = await (await viewingWorld(t)).teacher;
    expect((await post(stranger, v.video, unique(), [ev('PLAY', 0)])).__typename).toBe('NotFoundError');
    expect((await post(v.s.tutor, v.video, unique(), [ev('PLAY', 0)])).__typename).toBe('NotFoundError');
  });

  it('a burst of HEARTBEATs without a PLAY earns nothing', async () => {
    const v = await viewingWorld(t);
    const s = unique();
    await payload(v.teacher, v.video, s, heartbeats(0, 100, 1));
    for (let i = 1; i <= 3; i += 1) {
      wait(30);
      const res = await payload(v.teacher, v.video, s, heartbeats(i * 100, (i + 1) * 100, 1));
      expect(res).toMatchObject({ accepted: 100, creditedSeconds: 0 });
    }
    expect(await credited(v, v.video)).toBe(0);
  });

  it('a session id reused for another course is a CONFLICT and changes nothing', async () => {
    const v = await viewingWorld(t);
    const s = unique();
    await payload(v.teacher, v.video, s, [ev('PLAY', 0)]);
    const before = await state(v);
    wait(30);
    expect(await post(v.teacher, v.elective, s, [ev('HEARTBEAT', 30)])).toMatchObject({
      __typename: 'ConflictError',
      code: 'CONFLICT',
    });
    expect(await state(v)).toEqual(before);
  });

  it('refuses malformed batches whole (no events, too many, over-long ids)', async () => {
    const v = await viewingWorld(t);
    for (const events of [[], Array.from({ length: 101 }, (_, i) => ev('HEARTBEAT', i))]) {
      expect((await post(v.teacher, v.video, unique(), events)).__typename).toBe('ValidationError');
    }
    expect((await post(v.teacher, v.video, 'x'.repeat(101), [ev('PLAY', 0)])).__typename).toBe('ValidationError');
    expect(await t.db.prisma.viewingBatch.count({ where: { teacherId: v.teacher.id } })).toBe(0);
  });
});

describe('documents', () => {
  it('earn the time between batches while open (HEARTBEATs), capped at their reading time', async () => {
    const v = await viewingWorld(t);
    const s = unique();
    await payload(v.teacher, v.document, s, [ev('PLAY', 0)]);
    wait(60);
    // A burst of heartbeats earns the 60 s that passed, no more.
    expect((await payload(v.teacher, v.document, s, heartbeats(0, 50, 1))).creditedSeconds).toBe(60);
    for (let i = 0; i < 12; i += 1) {
      wait(60);
      await payload(v.teacher, v.document, s, [ev('HEARTBEAT', 0)]);
    }
    expect(await credited(v, v.document)).toBe(600);
    // Closed, then heartbeats: nothing.
    await payload(v.teacher, v.document, s, [ev('PAUSE', 0)]);
    const v2 = await viewingWorld(t);
    const s2 = unique();
    await payload(v2.teacher, v2.document, s2, [ev('HEARTBEAT', 0)]);
    wait(60);
    expect((await payload(v2.teacher, v2.document, s2, [ev('HEARTBEAT', 0)])).creditedSeconds).toBe(0);
  });
});

describe('concurrency', () => {
  it('the same batch and parallel sessions posted at once earn no more than the time that passed', async () => {
    const v = await viewingWorld(t);
    const [a, b] = [unique(), unique()];
    await payload(v.teacher, v.video, a, [ev('PLAY', 0)]);
    await payload(v.teacher, v.elective, b, [ev('PLAY', 0)]);
    wait(30);
    const batch = heartbeats(0, 30);
    const results = await Promise.all([
      ...Array.from({ length: 4 }, () => payload(v.teacher, v.video, a, batch)),
      ...Array.from({ length: 4 }, (_, i) => payload(v.teacher, v.elective, b, heartbeats(0, 30 + i))),
      ...Array.from({ length: 4 }, () => payload(v.teacher, v.video, a, heartbeats(30, 60))),
    ]);
    const sum = results.reduce((total, r) => total + r.creditedSeconds, 0);
    // Exactly one batch of the live session earns the 30 s; every other one finds its budget spent.
    expect(sum).toBe(30);
    const after = await state(v);
    expect(after.enrolment.studyRequiredSeconds + after.enrolment.studyElectiveSeconds).toBe(sum);
  });

  it.runIf(testServerUrl !== null)('two API instances on one database behave like one', async () => {
    const second = await openDatabase({ kind: 'postgres', url: t.db.url!, poolSize: 4 });
    try {
      const other = t.variant({ db: second });
      const v = await viewingWorld(t);
      const [a, b] = [unique(), unique()];
      await payload(v.teacher, v.video, a, [ev('PLAY', 0)]);
      await payload(v.teacher, v.video, b, [ev('PLAY', 0)], other);
      wait(30);
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          payload(v.teacher, v.video, i % 2 ? a : b, heartbeats(0, 30 + i * 60), i % 2 ? t : other),
        ),
      );
      expect(results.reduce((total, r) => total + r.creditedSeconds, 0)).toBe(30);
    } finally {
      await second.close();
    }
  });
});

describe('cost', () => {
  it('a batch costs the same number of SQL statements with 1, 10 or 50 events', async () => {
    const v = await viewingWorld(t);
    const s = unique();
    await payload(v.teacher, v.video, s, [ev('PLAY', 0)]);
    const counts: number[] = [];
    let position = 0;
    for (const size of [1, 10, 50]) {
      wait(60);
      const { statements } = await t.measure(() =>
        payload(v.teacher, v.video, s, heartbeats(position, position + size, 1)),
      );
      position += size;
      counts.push(statements);
    }
    expect(new Set(counts).size).toBe(1);
    // The viewer (not cached in tests), the study-list check, the read of lease, session and known event ids, and
    // one guarded write: no transaction while no other batch of the teacher races this one.
    expect(counts[0]).toBe(4);
  });
});

describe('retention', () => {
  it('purges raw batches older than the programme’s viewing.rawRetentionDays, and old event ids; credit stays', async () => {
    const v = await viewingWorld(t, { rawRetentionDays: 10 });
    const s = unique();
    await payload(v.teacher, v.video, s, [ev('PLAY', 0)]);
    wait(30);
    await payload(v.teacher, v.video, s, heartbeats(0, 30));
    const day = 86_400_000;
    const old = new Date(now - 11 * day);
    await t.db.prisma.viewingBatch.updateMany({ where: { teacherId: v.teacher.id }, data: { receivedAt: old } });
    // A newer batch stays.
    await payload(v.teacher, v.video, s, [ev('PAUSE', 30)]);
    const ancient = new Date(now - 4000 * day);
    await t.db.prisma.viewingEventId.updateMany({ where: { teacherId: v.teacher.id }, data: { receivedAt: ancient } });
    const result = await purgeViewingAudit(t.db.prisma, new Date(now));
    expect(result.batches).toBeGreaterThanOrEqual(2);
    expect(result.eventIdRetentionDays).toBeGreaterThanOrEqual(180);
    expect(await t.db.prisma.viewingBatch.count({ where: { teacherId: v.teacher.id } })).toBe(1);
    expect(await t.db.prisma.viewingEventId.count({ where: { teacherId: v.teacher.id } })).toBe(0);
    expect(await credited(v, v.video)).toBe(30);
  });
});
