// The rule what-if (previewRulesChange) through the real server: on the Tianchang demo data, raising the pass mark from
// 80 to 85 lists exactly the teachers with 80–84 points (expected values computed here from the raw rows, by the
// scheme's own arithmetic, not by the engine); lowering the completion threshold makes a school cross; a proposal
// equal to the current rules changes nothing; item minimums, hour rules and the excellent quota; typed validation
// errors that name the proposal's field and save nothing; paging by cursor; one school; the "now" side equal to the
// completion module's own verdicts; and the statements per request, the same at changed-page sizes 1, 10 and 50 and a
// fixed number per chunk.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../api/paths.js';
import { loadCompletionStates } from '../../schema/completion/index.js';
import { loadCreditSums } from '../../schema/credit-hours/index.js';
import { parseProgrammeRules } from '../../schema/programmes/index.js';
import { PREVIEW_CHUNK_SIZE, previewOf } from '../../schema/rules-preview/index.js';
import { loadChunk, loadHourSums, scoreFactsOf } from '../../schema/rules-preview/stream.js';
import { loadScoreFacts } from '../../schema/scoring/index.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { gid } from '../kit/ids.js';

const OPERATIONS = readFileSync(`${projectRoot}/sdk/operations/rules-preview.graphql`, 'utf8');

let t: TestApp;
let programme: { id: string; gid: string };
const schools: Record<string, { id: string; gid: string }> = {};

beforeAll(async () => {
  t = await testApp();
  await t.world.demo();
  const row = await t.db.prisma.programme.findUniqueOrThrow({
    where: { code: 'tianchang-2022' },
    select: { id: true },
  });
  programme = { id: row.id, gid: gid('Programme', row.id) };
  for (const code of ['demo-school-1', 'demo-school-2']) {
    const school = await t.db.prisma.organisation.findUniqueOrThrow({ where: { code }, select: { id: true } });
    schools[code] = { id: school.id, gid: gid('Organisation', school.id) };
  }
}, 120_000);
afterAll(() => t.close());

interface Proposal {
  passThreshold?: number;
  itemMinimums?: Array<Record<string, unknown>>;
  hours?: Record<string, unknown>;
  completionThreshold?: number;
  completionPopulation?: string;
  excellentQuotaRate?: number;
}

async function preview(
  proposal: Proposal,
  options: {
    schoolId?: string;
    changedFirst?: number;
    changedAfter?: string;
    as?: string;
    locale?: 'en' | 'zh-CN';
  } = {},
): Promise<AdHoc> {
  const { as = 'district.admin', locale, ...paging } = options;
  const res = await t.gql(
    OPERATIONS,
    { programmeId: programme.gid, proposal, changedFirst: 100, ...paging },
    { as, ...(locale ? { locale } : {}) },
  );
  expect(res.errors).toBeUndefined();
  return res.data.previewRulesChange;
}

/**
 * The demo teachers' Tianchang points from the raw rows: credited minutes (CourseProgress) → 50 × min(1, m / 1200);
 * counted discussions (ActivityParticipation) → 10 each, at most 50; passed with ≥ 1200 minutes, ≥ 3 discussions and
 * a total at the pass mark. Qualified: passed and ≥ 30 online hours confirmed at least by the school.
 */
async function expectations() {
  const rows = await t.db.sql.query<{
    enrolmentId: string;
    login: string;
    schoolId: string;
    seconds: number;
    discussions: number;
    online: number;
  }>(
    `SELECT e.id AS "enrolmentId", u.login, e."schoolId",
            coalesce((SELECT sum(cp."creditedSeconds") FROM "CourseProgress" cp WHERE cp."enrolmentId" = e.id), 0)::int AS seconds,
            (SELECT count(*) FROM "ActivityParticipation" a WHERE a."enrolmentId" = e.id)::int AS discussions,
            coalesce((SELECT sum(c.hours) FROM "CreditEntry" c WHERE c."enrolmentId" = e.id AND c.category = 'ONLINE'
                        AND EXISTS (SELECT 1 FROM "CreditConfirmation" k WHERE k."entryId" = c.id)), 0)::float8 AS online
       FROM "Enrolment" e JOIN "User" u ON u.id = e."teacherId"
      WHERE e."programmeId" = $1 ORDER BY e.id`,
    [programme.id],
  );
  return rows.map((row) => {
    const minutes = Math.floor(row.seconds / 60);
    const total = Math.round((50 * Math.min(1, minutes / 1200) + Math.min(50, 10 * row.discussions)) * 100) / 100;
    const passes = (mark: number) => minutes >= 1200 && row.discussions >= 3 && total >= mark;
    return { ...row, minutes, total, passes, qualifies: (mark: number) => passes(mark) && row.online >= 30 };
  });
}

describe('the Tianchang demo (pass at 80)', () => {
  it('has teachers below 80, at 80–84 and at 85 or more', async () => {
    const teachers = await expectations();
    expect(teachers.filter((x) => x.total < 80).length).toBeGreaterThan(0);
    expect(teachers.filter((x) => x.total >= 80 && x.total < 85).length).toBeGreaterThan(0);
    expect(teachers.filter((x) => x.total >= 85).length).toBeGreaterThan(0);
  });

  it('raising the pass mark from 80 to 85 lists exactly the teachers with 80–84 points', async () => {
    const teachers = await expectations();
    const band = teachers.filter((x) => x.total >= 80 && x.total < 85);
    // Every one of them passes now (the demo's 80–84 teachers completed both items).
    expect(band.every((x) => x.passes(80))).toBe(true);
    const result = await preview({ passThreshold: 85 });
    expect(result.__typename).toBe('RulesPreview');
    expect(result.currentRules.scoring.passThreshold).toBe(80);
    expect(result.proposedRules.scoring.passThreshold).toBe(85);
    const changed = result.changedTeachers.edges.map((edge: AdHoc) => edge.node);
    expect(changed.map((node: AdHoc) => node.login)).toEqual(band.map((x) => x.login));
    expect(result.changedTeachers.totalCount).toBe(band.length);
    expect(result.changedTeachers.pageInfo.hasNextPage).toBe(false);
    for (const node of changed) {
      const expected = band.find((x) => x.login === node.login)!;
      expect(node).toMatchObject({
        enrolmentId: gid('Enrolment', expected.enrolmentId),
        scoreNow: expected.total,
        scoreProposed: expected.total,
        verdictNow: 'PASSED',
        // The study phase ended in 2022: not passing is FAILED.
        verdictProposed: 'FAILED',
        qualifiedNow: expected.qualifies(80),
        qualifiedProposed: false,
      });
    }
    expect(result.totals).toMatchObject({
      teachers: teachers.length,
      passedNow: teachers.filter((x) => x.passes(80)).length,
      passedProposed: teachers.filter((x) => x.passes(85)).length,
      qualifiedNow: teachers.filter((x) => x.qualifies(80)).length,
      qualifiedProposed: teachers.filter((x) => x.qualifies(85)).length,
      changed: band.length,
      schools: 2,
    });
    for (const school of result.schools) {
      const mine = teachers.filter((x) => gid('Organisation', x.schoolId) === school.schoolId);
      expect(school).toMatchObject({
        teachers: mine.length,
        passedNow: mine.filter((x) => x.passes(80)).length,
        passedProposed: mine.filter((x) => x.passes(85)).length,
      });
    }
  });

  it('a proposal equal to the current rules changes nothing', async () => {
    for (const proposal of [
      {},
      { passThreshold: 80, completionThreshold: 0.9, excellentQuotaRate: 0.15, hours: { minOnline: 30 } },
      {
        itemMinimums: [
          { key: 'workshop', minPoints: 30 },
          { key: 'courses', requiredMinutes: 1200 },
        ],
      },
    ]) {
      const result = await preview(proposal);
      expect(result.totals.changed).toBe(0);
      expect(result.changedTeachers).toMatchObject({ totalCount: 0, edges: [] });
      expect(result.totals.passedProposed).toBe(result.totals.passedNow);
      expect(result.totals.qualifiedProposed).toBe(result.totals.qualifiedNow);
      expect(result.totals.eligibleProposed).toBe(result.totals.eligibleNow);
      expect(result.totals.excellentPlacesProposed).toBe(result.totals.excellentPlacesNow);
      for (const school of result.schools) {
        expect(school.crossing).toBe('NONE');
        expect(school.completionProposed).toEqual(school.completionNow);
      }
    }
  });

  it('lowering the completion threshold makes a school cross', async () => {
    const teachers = await expectations();
    const result = await preview({ completionThreshold: 0.6 });
    const crossings: Record<string, string> = {};
    for (const [code, school] of Object.entries(schools)) {
      const mine = teachers.filter((x) => x.schoolId === school.id);
      const qualified = mine.filter((x) => x.qualifies(80)).length;
      const now = qualified / mine.length >= 0.9;
      const proposed = qualified / mine.length >= 0.6;
      const expected = now === proposed ? 'NONE' : proposed ? 'UP' : 'DOWN';
      const row = result.schools.find((s: AdHoc) => s.schoolId === school.gid);
      expect(row.crossing).toBe(expected);
      expect(row.completionNow).toMatchObject({ threshold: 0.9, eligible: now, denominator: mine.length });
      expect(row.completionProposed).toMatchObject({ threshold: 0.6, eligible: proposed });
      crossings[code] = row.crossing;
    }
    // demo-school-1: 4 of its 6 demo teachers qualify (0.67): not at 90%, at 60%.
    expect(crossings['demo-school-1']).toBe('UP');
    expect(result.totals.crossingUp).toBe(Object.values(crossings).filter((c) => c === 'UP').length);
    // Qualification itself does not change with the threshold.
    expect(result.totals.changed).toBe(0);
    // And back: raising it above what a school reaches makes it cross down.
    const down = await preview({ completionThreshold: 0.5, passThreshold: 90 });
    expect(down.totals.eligibleNow).toBe(0);
  });

  it('item minimums, hour rules and the excellent quota', async () => {
    const teachers = await expectations();
    // At least 40 points of discussions: the teachers passing with 3 discussions no longer pass.
    const minimum = await preview({ itemMinimums: [{ key: 'workshop', minPoints: 40 }] });
    expect(minimum.changedTeachers.edges.map((edge: AdHoc) => edge.node.login)).toEqual(
      teachers.filter((x) => x.passes(80) && x.discussions < 4).map((x) => x.login),
    );
    // 40 online hours: everyone qualified now stops qualifying; no score verdict changes.
    const hours = await preview({ hours: { minOnline: 40 } });
    expect(hours.totals).toMatchObject({ passedProposed: hours.totals.passedNow, qualifiedProposed: 0 });
    expect(hours.changedTeachers.totalCount).toBe(teachers.filter((x) => x.qualifies(80)).length);
    for (const edge of hours.changedTeachers.edges)
      expect(edge.node).toMatchObject({ verdictNow: 'PASSED', verdictProposed: 'PASSED', qualifiedProposed: false });
    expect(hours.proposedRules.hours).toMatchObject({ minOnline: 40, minOffline: null });
    // Half of a class may be excellent: floor(0.5 × enrolled) places instead of floor(0.15 × enrolled).
    // (demo-school-2's demo teachers are in its class; demo-school-1's are in none, so its class keeps the demo's own.)
    const quota = await preview({ excellentQuotaRate: 0.5 });
    const classes = quota.schools.flatMap((school: AdHoc) => school.classes);
    expect(classes.map((klass: AdHoc) => klass.enrolled)).toEqual([4]);
    for (const klass of classes) {
      expect(klass.placesNow).toBe(Math.floor(0.15 * klass.enrolled));
      expect(klass.placesProposed).toBe(Math.floor(0.5 * klass.enrolled));
    }
    expect(quota.totals.excellentPlacesProposed).toBe(
      classes.reduce((sum: number, c: AdHoc) => sum + c.placesProposed, 0),
    );
  });

  it('pages the changed teachers by cursor, in enrolment order', async () => {
    const all = await preview({ passThreshold: 95 });
    const logins = all.changedTeachers.edges.map((edge: AdHoc) => edge.node.login);
    expect(logins.length).toBeGreaterThan(2);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await preview({ passThreshold: 95 }, { changedFirst: 2, ...(after ? { changedAfter: after } : {}) });
      seen.push(...page.changedTeachers.edges.map((edge: AdHoc) => edge.node.login));
      expect(page.changedTeachers.totalCount).toBe(logins.length);
      if (!page.changedTeachers.pageInfo.hasNextPage) break;
      after = page.changedTeachers.pageInfo.endCursor;
    }
    expect(seen).toEqual(logins);
  });

  it('one school: its own tally; a school not in the programme is NOT_FOUND', async () => {
    const district = await preview({ passThreshold: 85 });
    const one = await preview({ passThreshold: 85 }, { schoolId: schools['demo-school-1']!.gid });
    expect(one.schoolId).toBe(schools['demo-school-1']!.gid);
    expect(one.schools).toHaveLength(1);
    const row = district.schools.find((s: AdHoc) => s.schoolId === schools['demo-school-1']!.gid);
    expect(one.schools[0]).toEqual(row);
    expect(one.totals).toMatchObject({
      teachers: row.teachers,
      passedNow: row.passedNow,
      changed: row.changed,
      schools: 1,
    });
    for (const edge of one.changedTeachers.edges) expect(edge.node.schoolId).toBe(schools['demo-school-1']!.gid);
    const klass = await t.db.prisma.organisation.findUniqueOrThrow({ where: { code: 'demo-school-1-class-1' } });
    const other = await preview({}, { schoolId: gid('Organisation', klass.id) });
    expect(other).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });

  it('reads the same facts as the scoring module and the ledger, set-based per chunk', async () => {
    const chunk = await loadChunk(t.db.prisma, programme.id, null, null, 1000);
    const ids = chunk.map((row) => row.enrolmentId);
    expect(ids).toEqual([...ids].sort());
    const scoring = await loadScoreFacts(t.db.prisma, ids);
    for (const row of chunk) expect(scoreFactsOf(row)).toEqual(scoring.get(row.enrolmentId)?.facts);
    const fold = (sums: Array<{ enrolmentId: string; category: string; state: string; hours: number }>) => {
      const out = new Map<string, number>();
      for (const sum of sums) {
        const key = `${sum.enrolmentId}|${sum.category}|${sum.state}`;
        out.set(key, Math.round(((out.get(key) ?? 0) + sum.hours) * 100) / 100);
      }
      return Object.fromEntries([...out].sort());
    };
    expect(fold(await loadHourSums(t.db.prisma, ids))).toEqual(fold(await loadCreditSums(t.db.prisma, ids)));
    const one = await loadChunk(t.db.prisma, programme.id, schools['demo-school-2']!.id, null, 2);
    expect(one.map((row) => row.schoolId)).toEqual([schools['demo-school-2']!.id, schools['demo-school-2']!.id]);
    const next = await loadChunk(t.db.prisma, programme.id, null, ids[2]!, 2);
    expect(next.map((row) => row.enrolmentId)).toEqual(ids.slice(3, 5));
  });

  it('the verdicts now equal the completion module’s', async () => {
    const result = await preview({});
    const states = await loadCompletionStates(
      t.db.prisma,
      Object.values(schools).map((school) => ({ programmeId: programme.id, schoolId: school.id })),
    );
    for (const school of Object.values(schools)) {
      const state = states.get(`${programme.id}:${school.id}`)!;
      const row = result.schools.find((s: AdHoc) => s.schoolId === school.gid);
      expect(row.teachers).toBe(state.teachers.length);
      expect(row.qualifiedNow).toBe(state.qualifiedCount);
      expect(row.completionNow).toMatchObject({
        rate: state.rate.rate,
        eligible: state.rate.eligible,
        needed: state.rate.needed,
      });
    }
  });
});

describe('bad input: a typed error, in both languages, and nothing saved', () => {
  it('names the proposal’s field', async () => {
    const before = await t.db.prisma.programme.findUniqueOrThrow({ where: { id: programme.id } });
    const cases: Array<[Proposal, string]> = [
      [{ passThreshold: -1 }, 'proposal.passThreshold'],
      [{ completionThreshold: 1.5 }, 'proposal.completionThreshold'],
      [{ excellentQuotaRate: 2 }, 'proposal.excellentQuotaRate'],
      [{ hours: { minOfflineShare: 3 } }, 'proposal.hours.minOfflineShare'],
      [{ itemMinimums: [{ key: 'nope', minPoints: 1 }] }, 'proposal.itemMinimums.0.key'],
      [{ itemMinimums: [{ key: 'courses', minPoints: 1 }] }, 'proposal.itemMinimums.0.minPoints'],
      [{ itemMinimums: [{ key: 'workshop', minPoints: 60 }] }, 'proposal.itemMinimums.0.minPoints'],
      [
        {
          itemMinimums: [
            { key: 'workshop', minPoints: 20 },
            { key: 'workshop', minPoints: 30 },
          ],
        },
        'proposal.itemMinimums.1.key',
      ],
    ];
    for (const [proposal, path] of cases) {
      const en = await preview(proposal);
      expect(en.__typename, JSON.stringify(proposal)).toBe('ValidationError');
      expect(en.code).toBe('INVALID_INPUT');
      expect(en.issues.map((issue: AdHoc) => issue.path.join('.'))).toContain(path);
      const zh = await preview(proposal, { locale: 'zh-CN' });
      expect(zh.issues[0].message).not.toBe(en.issues[0].message);
      expect(zh.issues[0].message).toMatch(/[\u4e00-\u9fff]/);
    }
    const page = await t.gql(
      OPERATIONS,
      { programmeId: programme.gid, proposal: {}, changedFirst: 101 },
      { as: 'district.admin' },
    );
    expect(page.data.previewRulesChange.issues[0].path).toEqual(['changedFirst']);
    const cursor = await t.gql(
      OPERATIONS,
      { programmeId: programme.gid, proposal: {}, changedAfter: 'bm9wZQ==' },
      { as: 'district.admin' },
    );
    expect(cursor.data.previewRulesChange.issues[0].path).toEqual(['changedAfter']);
    expect(await t.db.prisma.programme.findUniqueOrThrow({ where: { id: programme.id } })).toEqual(before);
  });

  it('a programme without scoring has no pass mark to change', async () => {
    const yiyuan = await t.db.prisma.programme.findUniqueOrThrow({ where: { code: 'yiyuan-2021' } });
    expect(parseProgrammeRules(yiyuan.rules).scoring).toBeUndefined();
    const res = await t.gql(
      OPERATIONS,
      { programmeId: gid('Programme', yiyuan.id), proposal: { passThreshold: 60 } },
      { as: 'district.admin' },
    );
    expect(res.data.previewRulesChange).toMatchObject({ __typename: 'ValidationError', code: 'INVALID_INPUT' });
    expect(res.data.previewRulesChange.issues[0].path).toEqual(['proposal', 'passThreshold']);
  });

  it('is null for those who may not preview (a denied programme looks missing)', async () => {
    for (const as of ['school.admin', 'teacher', 'class.tutor', 'expert']) {
      const res = await t.gql(OPERATIONS, { programmeId: programme.gid, proposal: {} }, { as });
      expect(res.errors).toBeUndefined();
      expect(res.data.previewRulesChange).toBeNull();
    }
    const province = await preview({}, { as: 'province.admin' });
    expect(province.__typename).toBe('RulesPreview');
  });
});

describe('SQL statements', () => {
  it('the same at changed-page sizes 1, 10 and 50', async () => {
    const counts: number[] = [];
    for (const changedFirst of [1, 10, 50]) {
      // Once to warm the viewer cache, then counted.
      await preview({ passThreshold: 95 }, { changedFirst });
      const { count, data } = await t.statementsFor(
        OPERATIONS,
        { programmeId: programme.gid, proposal: { passThreshold: 95 }, changedFirst },
        { as: 'district.admin' },
      );
      expect(data.previewRulesChange.__typename).toBe('RulesPreview');
      counts.push(count);
    }
    console.log(`[statements] previewRulesChange at 1, 10, 50: ${JSON.stringify(counts)}`);
    expect(counts[1]).toBe(counts[0]);
    expect(counts[2]).toBe(counts[0]);
    // The Programme resource, the programme, its schools, one chunk (enrolments with score facts, ledger sums), the
    // classes.
    expect(counts[0]).toBeLessThanOrEqual(8);
  });

  it('a fixed number per chunk, the same result at any chunk size', async () => {
    const current = parseProgrammeRules(
      (await t.db.prisma.programme.findUniqueOrThrow({ where: { id: programme.id } })).rules,
    );
    const proposed = { ...current, scoring: { ...current.scoring!, passThreshold: 85 } };
    const phase = { studyEnded: true, maxMark: 100 };
    const run = (chunkSize: number) =>
      t.measure(() =>
        previewOf(t.db.prisma, {
          programmeId: programme.id,
          schoolId: null,
          now: { rules: current, phase },
          proposed: { rules: proposed, phase },
          first: 5,
          after: null,
          chunkSize,
        }),
      );
    const whole = await run(PREVIEW_CHUNK_SIZE);
    const teachers = whole.result.totals.teachers;
    expect(teachers).toBeGreaterThan(6);
    const twos = await run(2);
    const threes = await run(3);
    expect(twos.result).toEqual(whole.result);
    expect(threes.result).toEqual(whole.result);
    // Per chunk: the enrolments with their score facts, the ledger's sums (2); fixed: the schools and the classes (2).
    // A stream whose last chunk is full reads one more, empty, chunk.
    const expected = (size: number) => 2 + (Math.floor(teachers / size) + 1) + Math.ceil(teachers / size);
    expect(whole.statements).toBe(expected(PREVIEW_CHUNK_SIZE));
    expect(twos.statements).toBe(expected(2));
    expect(threes.statements).toBe(expected(3));
  });
});
