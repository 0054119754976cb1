// The credit-hour ledger (学时) through the real API: online hours credited automatically when the online study passes
// (after a real progress write, once, also when checks race), group-activity hours up to the cap, reversals, the
// append-only ledger enforced by the database, the transcript, Xinbei's withheld offline hours and statement counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../api/db/client.js';
import { creditEarnedHours, flushCreditChecks } from '../../schema/credit-hours/index.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { testServerUrl } from '../kit/database.js';
import { activity, type GroupWorld, groupWorld } from '../kit/group-activities.js';
import type { EnrolmentRef, UserRef } from '../kit/world.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await flushCreditChecks();
  await t.close();
});

/** Online study passes with one completed group activity (100 points for one, pass at 100). */
const ONE_ACTIVITY_PASSES = {
  items: [
    {
      kind: 'PER_UNIT',
      key: 'group',
      nameZh: '校本研修',
      nameEn: 'Group activities',
      unit: 'GROUP_ACTIVITY',
      pointsPerUnit: 100,
      maxPoints: 100,
    },
  ],
  passThreshold: 100,
};

async function setRules(programmeId: string, rules: Record<string, unknown>) {
  await t.db.prisma.programme.update({
    where: { id: programmeId },
    data: { rules: { version: 1, selection: {}, ...rules } },
  });
}

/** A group world whose programme passes online study with one completed activity and credits hours as given. */
async function hoursWorld(hours: Record<string, unknown>, members = 2, schoolBasedStudy = { hoursCap: 25 }) {
  const w = await groupWorld(t, { members });
  await setRules(w.p.id, { scoring: ONE_ACTIVITY_PASSES, hours, schoolBasedStudy });
  return w;
}

const ENTRIES = `query($id: ID!) { node(id: $id) { ... on Enrolment {
  creditHours { online offline total withheldOffline awaitingConfirmation passed lines { code required actual met message } }
  creditEntries(first: 50) { totalCount edges { node { id source category hours state automatic reversed carriedOver
    basis { score minutes activityIds reason activities { id title } }
    confirmations { level automatic byName } reverses { id } reversedBy { id } } } }
} } }`;

async function ledger(e: EnrolmentRef, as: UserRef | { login: string } = e.teacher, locale: 'en' | 'zh-CN' = 'en') {
  const res = await t.gql(ENTRIES, { id: e.gid }, { as, locale });
  expect(res.errors).toBeUndefined();
  return res.data.node as AdHoc;
}
const entriesOf = (node: AdHoc) => node.creditEntries.edges.map((edge: AdHoc) => edge.node);

const COMPLETE = `mutation($input: CompleteGroupActivityInput!) { completeGroupActivity(input: $input) {
  __typename ... on Error { code message } } }`;
const REVERSE = `mutation($input: ReverseCreditEntryInput!) { reverseCreditEntry(input: $input) {
  __typename ... on ReverseCreditEntryPayload { reversal { id source category hours state reverses { id }
    basis { reason } confirmations { level byName } } }
  ... on Error { code message } } }`;
const RECOMPUTE = `mutation($input: RecomputeCreditHoursInput!) { recomputeCreditHours(input: $input) {
  __typename ... on RecomputeCreditHoursPayload { checked appended } ... on Error { code message } } }`;

async function completeAsLeader(w: GroupWorld, spec: { hours?: number } = {}) {
  const made = await activity(t, w, { completed: false, hours: spec.hours ?? 2, participants: [] });
  const res = await t.gql(COMPLETE, { input: { activityId: made.gid } }, { as: w.s.leader });
  expect(res.data?.completeGroupActivity.__typename, JSON.stringify(res)).toBe('CompleteGroupActivityPayload');
  return made;
}

describe('automatic crediting', () => {
  it('credits the online hours once the online study passes (after a real progress write), confirmed at the school level', async () => {
    const w = await hoursWorld({ onlineHours: 30, minTotal: 50, minOnline: 25, minOfflineShare: 0.5 });
    const [e] = w.members as [EnrolmentRef];
    expect(entriesOf(await ledger(e))).toEqual([]);
    await completeAsLeader(w);
    await flushCreditChecks();
    const node = await ledger(e);
    const entries = entriesOf(node);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      source: 'ONLINE_STUDY',
      category: 'ONLINE',
      hours: 30,
      state: 'SCHOOL_CONFIRMED',
      automatic: true,
      basis: { score: 100, minutes: 0, activityIds: null },
      confirmations: [{ level: 'SCHOOL', automatic: true, byName: null }],
    });
    // Yiyuan: 30 online, no practice yet → the total and the share fail, explained.
    expect(node.creditHours).toMatchObject({ online: 30, offline: 0, total: 30, passed: false });
    const share = node.creditHours.lines.find((line: AdHoc) => line.code === 'OFFLINE_SHARE');
    expect(share.message).toBe('Practice is only 0% of the counted hours, at least 50% required.');

    // More progress, another check, a sweep: never a second entry.
    await completeAsLeader(w);
    await flushCreditChecks();
    const swept = await t.gql(RECOMPUTE, { input: { programmeId: w.p.gid } }, { as: w.d.admin });
    expect(swept.data.recomputeCreditHours).toEqual({
      __typename: 'RecomputeCreditHoursPayload',
      checked: 2,
      appended: 0,
    });
    expect(entriesOf(await ledger(e))).toHaveLength(1);
  });

  it('credits nothing while the study does not pass, and nothing for a school that closed', async () => {
    const w = await hoursWorld({ onlineHours: 30 }, 1);
    const [e] = w.members as [EnrolmentRef];
    const swept = await t.gql(
      RECOMPUTE,
      { input: { programmeId: w.p.gid, schoolId: w.s.school.gid } },
      { as: w.s.admin },
    );
    expect(swept.data.recomputeCreditHours).toMatchObject({ checked: 1, appended: 0 });
    await activity(t, w, { completed: true });
    await t.db.prisma.schoolCompletion.create({
      data: { programmeId: w.p.id, schoolId: w.s.school.id, orgPath: w.s.school.path, closedAt: new Date() },
    });
    expect((await creditEarnedHours(t.db.prisma, [e.id])).appended).toBe(0);
    await t.db.prisma.$executeRaw`UPDATE "SchoolCompletion" SET "closedAt" = NULL WHERE "schoolId" = ${w.s.school.id}`;
    expect((await creditEarnedHours(t.db.prisma, [e.id])).appended).toBe(1);
  });

  it('credits completed group activities up to the cap, PENDING, with the activities as the basis', async () => {
    const w = await hoursWorld({ onlineHours: 25, creditGroupActivities: true }, 1, { hoursCap: 5 });
    const [e] = w.members as [EnrolmentRef];
    const first = await activity(t, w, { completed: true, hours: 2 });
    const swept = await t.gql(RECOMPUTE, { input: { programmeId: w.p.gid } }, { as: w.d.admin });
    expect(swept.data.recomputeCreditHours).toMatchObject({ checked: 1, appended: 2 });
    let entries = entriesOf(await ledger(e));
    const group = entries.find((entry: AdHoc) => entry.source === 'GROUP_ACTIVITY');
    expect(group).toMatchObject({
      category: 'OFFLINE',
      hours: 2,
      state: 'PENDING',
      automatic: true,
      basis: { activityIds: [first.gid], activities: [{ id: first.gid }] },
      confirmations: [],
    });
    // 2 + 5 = 7 recorded, cap 5: 3 more hours, for the second activity only; then nothing more.
    const second = await completeAsLeader(w, { hours: 5 });
    await flushCreditChecks();
    entries = entriesOf(await ledger(e));
    const groups = entries.filter((entry: AdHoc) => entry.source === 'GROUP_ACTIVITY');
    expect(groups.map((entry: AdHoc) => [entry.hours, entry.basis.activityIds])).toEqual([
      [3, [second.gid]],
      [2, [first.gid]],
    ]);
    await completeAsLeader(w, { hours: 2 });
    await flushCreditChecks();
    expect(entriesOf(await ledger(e)).filter((entry: AdHoc) => entry.source === 'GROUP_ACTIVITY')).toHaveLength(2);
  });

  it('two checks at once (two API instances on PostgreSQL) append one entry', async () => {
    const w = await hoursWorld({ onlineHours: 30 }, 3);
    await activity(t, w, { completed: true });
    const ids = w.members.map((e) => e.id);
    const second = testServerUrl ? await openDatabase({ kind: 'postgres', url: t.db.url!, poolSize: 4 }) : null;
    try {
      const runs = await Promise.all([
        creditEarnedHours(t.db.prisma, ids),
        creditEarnedHours(second?.prisma ?? t.db.prisma, ids),
        creditEarnedHours(t.db.prisma, [...ids].reverse()),
      ]);
      expect(runs.reduce((sum, run) => sum + run.appended, 0)).toBe(3);
    } finally {
      await second?.close();
    }
    const counts = await t.db.prisma.creditEntry.groupBy({
      by: ['enrolmentId'],
      where: { enrolmentId: { in: ids } },
      _count: true,
    });
    expect(counts.map((row) => row._count)).toEqual([1, 1, 1]);
    expect(await t.db.prisma.creditConfirmation.count({ where: { entry: { enrolmentId: { in: ids } } } })).toBe(3);
  });
});

describe('corrections are reversals', () => {
  it('a reversal negates the entry; both stay; the totals net out; a second reversal is a CONFLICT', async () => {
    const w = await hoursWorld({ onlineHours: 30, minOnline: 25 }, 1);
    const [e] = w.members as [EnrolmentRef];
    await activity(t, w, { completed: true });
    await creditEarnedHours(t.db.prisma, [e.id]);
    const [online] = entriesOf(await ledger(e));
    expect((await ledger(e)).creditHours).toMatchObject({ online: 30, passed: true });

    const empty = await t.gql(REVERSE, { input: { entryId: online.id, reason: '  ' } }, { as: w.s.admin });
    expect(empty.data.reverseCreditEntry).toMatchObject({ __typename: 'ValidationError', code: 'INVALID_INPUT' });
    const long = await t.gql(REVERSE, { input: { entryId: online.id, reason: 'x'.repeat(501) } }, { as: w.s.admin });
    expect(long.data.reverseCreditEntry).toMatchObject({ code: 'INVALID_INPUT' });
    const byTeacher = await t.gql(REVERSE, { input: { entryId: online.id, reason: 'mine' } }, { as: e.teacher });
    expect(byTeacher.data.reverseCreditEntry).toMatchObject({ code: 'FORBIDDEN_ACTION' });
    const other = await t.world.district();
    const byOther = await t.gql(REVERSE, { input: { entryId: online.id, reason: 'no' } }, { as: other.admin });
    expect(byOther.data.reverseCreditEntry).toMatchObject({ code: 'NOT_FOUND' });

    const res = await t.gql(REVERSE, { input: { entryId: online.id, reason: '重复认定' } }, { as: w.s.admin });
    expect(res.data.reverseCreditEntry).toMatchObject({
      __typename: 'ReverseCreditEntryPayload',
      reversal: {
        source: 'REVERSAL',
        category: 'ONLINE',
        hours: -30,
        state: 'SCHOOL_CONFIRMED',
        reverses: { id: online.id },
        basis: { reason: '重复认定' },
        confirmations: [{ level: 'SCHOOL', byName: w.s.admin.displayName }],
      },
    });
    const reversalId = res.data.reverseCreditEntry.reversal.id;
    const node = await ledger(e);
    expect(entriesOf(node).map((entry: AdHoc) => [entry.source, entry.hours, entry.reversed])).toEqual([
      ['REVERSAL', -30, false],
      ['ONLINE_STUDY', 30, true],
    ]);
    expect(node.creditHours).toMatchObject({ online: 0, total: 0, passed: false });

    const again = await t.gql(REVERSE, { input: { entryId: online.id, reason: 'again' } }, { as: w.d.admin });
    expect(again.data.reverseCreditEntry).toMatchObject({ code: 'CONFLICT' });
    const ofReversal = await t.gql(REVERSE, { input: { entryId: reversalId, reason: 'undo' } }, { as: w.d.admin });
    expect(ofReversal.data.reverseCreditEntry).toMatchObject({ code: 'INVALID_STATE' });
    expect(await t.db.prisma.creditEntry.count({ where: { enrolmentId: e.id } })).toBe(2);
  });

  it('a district admin’s reversal is confirmed at both levels; two reversals at once give one and a CONFLICT', async () => {
    const w = await hoursWorld({ onlineHours: 30 }, 1);
    const [e] = w.members as [EnrolmentRef];
    await activity(t, w, { completed: true });
    await creditEarnedHours(t.db.prisma, [e.id]);
    const [online] = entriesOf(await ledger(e));
    const results = await Promise.all([
      t.gql(REVERSE, { input: { entryId: online.id, reason: 'a' } }, { as: w.d.admin }),
      t.gql(REVERSE, { input: { entryId: online.id, reason: 'b' } }, { as: w.d.admin }),
    ]);
    const kinds = results
      .map((res) => res.data.reverseCreditEntry.__typename ?? res.data.reverseCreditEntry.code)
      .sort();
    expect(kinds).toEqual(['ConflictError', 'ReverseCreditEntryPayload']);
    const done = results.find((res) => res.data.reverseCreditEntry.reversal)!.data.reverseCreditEntry.reversal;
    expect(done.state).toBe('DISTRICT_CONFIRMED');
    expect(done.confirmations.map((c: AdHoc) => c.level)).toEqual(['SCHOOL', 'DISTRICT']);
  });

  it('UPDATE, DELETE and TRUNCATE on the ledger fail at the database; an orgPath-only rewrite works', async () => {
    const w = await hoursWorld({ onlineHours: 30 }, 1);
    const [e] = w.members as [EnrolmentRef];
    await activity(t, w, { completed: true });
    await creditEarnedHours(t.db.prisma, [e.id]);
    const entry = await t.db.prisma.creditEntry.findFirstOrThrow({ where: { enrolmentId: e.id } });
    const sql = t.db.prisma;
    await expect(sql.$executeRaw`UPDATE "CreditEntry" SET hours = 50 WHERE id = ${entry.id}`).rejects.toThrow(
      /append-only/,
    );
    await expect(sql.$executeRaw`DELETE FROM "CreditEntry" WHERE id = ${entry.id}`).rejects.toThrow(/append-only/);
    await expect(
      sql.$executeRaw`UPDATE "CreditConfirmation" SET level = 'DISTRICT' WHERE "entryId" = ${entry.id}`,
    ).rejects.toThrow(/append-only/);
    await expect(sql.$executeRaw`DELETE FROM "CreditConfirmation" WHERE "entryId" = ${entry.id}`).rejects.toThrow(
      /append-only/,
    );
    await expect(sql.$executeRaw`TRUNCATE "CreditConfirmation"`).rejects.toThrow(/append-only/);
    await expect(sql.creditEntry.update({ where: { id: entry.id }, data: { note: 'x' } })).rejects.toThrow();
    const moved = `${entry.orgPath}moved/`;
    expect(await sql.$executeRaw`UPDATE "CreditEntry" SET "orgPath" = ${moved} WHERE id = ${entry.id}`).toBe(1);
    expect(
      await sql.$executeRaw`UPDATE "CreditConfirmation" SET "orgPath" = ${moved} WHERE "entryId" = ${entry.id}`,
    ).toBe(1);
    expect((await sql.creditEntry.findUniqueOrThrow({ where: { id: entry.id } })).hours.toNumber()).toBe(30);
  });
});

describe('Xinbei: offline hours only after the peer reviews', () => {
  it('withholds offline hours with the reason until the teacher’s peer reviews are done', async () => {
    const w = await groupWorld(t, { members: 1 });
    await setRules(w.p.id, {
      scoring: ONE_ACTIVITY_PASSES,
      hours: { onlineHours: 25, minOnline: 25, minOffline: 25 },
      evidence: { peerReview: { reviewsPerPiece: 1, requiredForOfflineHours: true } },
    });
    const [e] = w.members as [EnrolmentRef];
    await activity(t, w, { completed: true });
    await creditEarnedHours(t.db.prisma, [e.id]);
    const offline = await t.db.prisma.creditEntry.create({
      data: {
        programmeId: w.p.id,
        enrolmentId: e.id,
        teacherId: e.teacher.id,
        orgPath: e.orgPath,
        source: 'SCHOOL_PRACTICE',
        category: 'OFFLINE',
        hours: 25,
        enteredById: w.s.admin.id,
        confirmations: { create: { level: 'SCHOOL', confirmedById: w.s.admin.id, orgPath: e.orgPath } },
      },
    });
    const before = (await ledger(e, e.teacher, 'zh-CN')).creditHours;
    expect(before).toMatchObject({ online: 25, offline: 0, total: 25, withheldOffline: 25, passed: false });
    expect(before.lines[0]).toEqual({
      code: 'OFFLINE_AWAITS_PEER_REVIEWS',
      required: null,
      actual: 25,
      met: false,
      message: '25 线下学时暂不计入：完成分配的同行评价后才能获得相应的学时。',
    });
    expect(offline.hours.toNumber()).toBe(25);
    expect(before.lines.find((line: AdHoc) => line.code === 'OFFLINE')).toMatchObject({ actual: 0, met: false });
  });
});

const TRANSCRIPT = `query($teacherId: ID) { creditTranscript(teacherId: $teacherId) {
  countedHours confirmedHours
  years { year countedHours confirmedHours programmes }
  programmes { year countedHours confirmedHours programme { id } hours { total passed }
    entries(first: 20) { edges { node { source hours state reverses { id } } } } }
} }`;

describe('the transcript and who sees the ledger', () => {
  it('shows every programme across years, both entries of a correction and the right totals', async () => {
    const w = await hoursWorld({ onlineHours: 30, countFrom: 'SCHOOL_CONFIRMED' }, 1);
    const [e] = w.members as [EnrolmentRef];
    await activity(t, w, { completed: true });
    await creditEarnedHours(t.db.prisma, [e.id]);
    // A second programme of an earlier year with a district-confirmed practice entry of 12 hours.
    const earlier = await w.d.programme({
      status: 'RUNNING',
      schools: [w.s],
      batches: [{ startsOn: '2024-03-01', endsOn: '2024-12-31' }],
    });
    await setRules(earlier.id, { hours: { onlineHours: 10 } });
    const e2 = await earlier.enrol(e.teacher, w.s);
    const practice = await t.db.prisma.creditEntry.create({
      data: {
        programmeId: earlier.id,
        enrolmentId: e2.id,
        teacherId: e.teacher.id,
        orgPath: e2.orgPath,
        source: 'SCHOOL_PRACTICE',
        category: 'OFFLINE',
        hours: 12,
        enteredById: w.s.admin.id,
        confirmations: {
          create: [
            { level: 'SCHOOL', confirmedById: w.s.admin.id, orgPath: e2.orgPath },
            { level: 'DISTRICT', confirmedById: w.d.admin.id, orgPath: e2.orgPath },
          ],
        },
      },
    });
    const [online] = entriesOf(await ledger(e));
    await t.gql(REVERSE, { input: { entryId: online.id, reason: 'wrong' } }, { as: w.s.admin });
    // Re-credited by the next check (the study still passes): the ledger shows the three entries, net 30.
    await creditEarnedHours(t.db.prisma, [e.id]);

    const res = await t.gql(TRANSCRIPT, {}, { as: e.teacher });
    const transcript = res.data.creditTranscript;
    expect(transcript.countedHours).toBe(42);
    expect(transcript.confirmedHours).toBe(12);
    expect(transcript.years).toEqual([
      { year: 2025, countedHours: 30, confirmedHours: 0, programmes: 1 },
      { year: 2024, countedHours: 12, confirmedHours: 12, programmes: 1 },
    ]);
    const [current, past] = transcript.programmes;
    expect(current.entries.edges.map((edge: AdHoc) => [edge.node.source, edge.node.hours])).toEqual([
      ['ONLINE_STUDY', 30],
      ['REVERSAL', -30],
      ['ONLINE_STUDY', 30],
    ]);
    expect(current.hours).toEqual({ total: 30, passed: true });
    expect(past).toMatchObject({ year: 2024, countedHours: 12, confirmedHours: 12, programme: { id: earlier.gid } });
    expect(past.entries.edges[0].node).toMatchObject({
      source: 'SCHOOL_PRACTICE',
      hours: 12,
      state: 'DISTRICT_CONFIRMED',
    });
    void practice;

    // The school and district admins see it; another teacher, another school's admin, another district do not.
    const byGid = { teacherId: e.teacher.gid };
    expect((await t.gql(TRANSCRIPT, byGid, { as: w.s.admin })).data.creditTranscript.countedHours).toBe(42);
    expect((await t.gql(TRANSCRIPT, byGid, { as: w.d.admin })).data.creditTranscript.countedHours).toBe(42);
    const otherSchool = await w.d.school();
    const peer = await w.p.teacher(w.s);
    const other = await t.world.district();
    for (const as of [peer.teacher, otherSchool.admin, other.admin, w.s.leader])
      expect((await t.gql(TRANSCRIPT, byGid, { as })).data.creditTranscript).toBeNull();
    expect((await t.gql(TRANSCRIPT, {}, {})).data.creditTranscript).toBeNull();
  });

  it('a teacher sees their own ledger; schools their teachers’; districts theirs; nobody else (looks missing)', async () => {
    const w = await hoursWorld({ onlineHours: 30 }, 2);
    const [e, peer] = w.members as [EnrolmentRef, EnrolmentRef];
    await activity(t, w, { completed: true });
    await creditEarnedHours(t.db.prisma, [e.id]);
    const [entry] = entriesOf(await ledger(e));
    const NODE = `query($id: ID!) { node(id: $id) { ... on CreditEntry { id hours } } }`;
    for (const as of [e.teacher, w.s.admin, w.d.admin, w.d.provinceAdmin])
      expect((await t.gql(NODE, { id: entry.id }, { as })).data.node).toEqual({ id: entry.id, hours: 30 });
    const otherSchool = await w.d.school();
    const other = await t.world.district();
    for (const as of [peer.teacher, w.s.leader, w.s.tutor, otherSchool.admin, other.admin]) {
      expect((await t.gql(NODE, { id: entry.id }, { as })).data.node).toBeNull();
      const node = await ledger(e, as);
      expect(node === null || (node.creditEntries === null && node.creditHours === null)).toBe(true);
    }
  });
});

describe('statement counts', () => {
  it('the ledger page and the hours cost the same statements for 2 and 12 entries', async () => {
    const w = await hoursWorld({ onlineHours: 30, creditGroupActivities: true }, 2, { hoursCap: 100 });
    const [small, large] = w.members as [EnrolmentRef, EnrolmentRef];
    // One activity of both, then ten more of the large one's, each credited on its own: 2 and 12 entries.
    await activity(t, w, { completed: true, participants: [small, large] });
    await creditEarnedHours(t.db.prisma, [small.id, large.id]);
    for (let i = 0; i < 10; i += 1) {
      await activity(t, w, { completed: true, participants: [large] });
      await creditEarnedHours(t.db.prisma, [large.id]);
    }
    const count = async (e: EnrolmentRef) => {
      const { count, data } = await t.statementsFor(ENTRIES, { id: e.gid }, { as: e.teacher });
      return { count, entries: data.node.creditEntries.totalCount };
    };
    const a = await count(small);
    const b = await count(large);
    expect(a.entries).toBe(2);
    expect(b.entries).toBe(12);
    expect(b.count).toBe(a.count);
  });

  it('a credit check costs the same statements for 2 and 8 enrolments (crediting or already credited)', async () => {
    const w = await hoursWorld({ onlineHours: 30, creditGroupActivities: true }, 10);
    await activity(t, w, { completed: true });
    const ids = w.members.map((e) => e.id);
    const crediting = async (batch: string[]) =>
      (await t.measure(() => creditEarnedHours(t.db.prisma, batch))).statements;
    const [two, eight] = [await crediting(ids.slice(0, 2)), await crediting(ids.slice(2))];
    // The first check also reads the programme's rules (then cached while the programme is unchanged).
    expect(eight).toBeLessThanOrEqual(two);
    expect(two - eight).toBeLessThanOrEqual(1);
    expect(await t.db.prisma.creditEntry.count({ where: { enrolmentId: { in: ids } } })).toBe(20);
    const [twoAgain, eightAgain] = [await crediting(ids.slice(0, 2)), await crediting(ids.slice(2))];
    expect(eightAgain).toBe(twoAgain);
    // Already credited: the ledger state and nothing else (no scores, no transaction).
    expect(eightAgain).toBeLessThanOrEqual(2);
  });
});
