// The tutor console (classProgress) and the weekly statistics (postClassStatistics, Organisation.classStatistics)
// through the API: rates and at-risk reasons on a hand-made class, registration through User.lastSeenAt, the frozen
// snapshot, and the statement count of the console at 1, 10 and 50 teachers.
import ExcelJS from 'exceljs';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ClassProgressDocument,
  ClassStatisticsDocument,
  ExportProgrammeLearningProgressDocument,
  PostClassStatisticsDocument,
  ProgrammeLearningProgressDocument,
  SchoolLearningProgressDocument,
} from '../../sdk/src/generated/graphql.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { daysFromNow } from '../kit/ids.js';
import { workshopWorld } from '../kit/workshops.js';
import type { EnrolmentRef, ProgrammeWorld, UserRef } from '../kit/world.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const day = (offset: number) => new Date(`${daysFromNow(offset).toISOString().slice(0, 10)}T00:00:00.000Z`);

/** One WATCH_MINUTES item of 1000 minutes (100 points, pass at 60); study window from 10 days ago to 10 days ahead. */
async function scheme(programme: { id: string }) {
  await t.db.prisma.programme.update({
    where: { id: programme.id },
    data: {
      rules: {
        version: 1,
        selection: {},
        scoring: {
          passThreshold: 60,
          items: [
            {
              kind: 'WATCH_MINUTES',
              key: 'watch',
              nameZh: '观看',
              nameEn: 'Watch',
              points: 100,
              requiredMinutes: 1000,
            },
          ],
        },
      },
    },
  });
  await t.db.prisma.programmePhase.upsert({
    where: { programmeId_kind: { programmeId: programme.id, kind: 'IMPLEMENTATION' } },
    create: { programmeId: programme.id, kind: 'IMPLEMENTATION', startsOn: day(-10), endsOn: day(10) },
    update: { startsOn: day(-10), endsOn: day(10) },
  });
}

const credit = (e: EnrolmentRef, required: number, elective = 0) =>
  t.db.prisma.enrolment.update({
    where: { id: e.id },
    data: { studyRequiredSeconds: { increment: required * 60 }, studyElectiveSeconds: { increment: elective * 60 } },
  });

/** A request as the user: they have now used the API. */
const visit = (user: UserRef) => t.gql('query { viewer { __typename } }', {}, { as: user });

const progressOf = async (classGid: string, p: ProgrammeWorld, as: UserRef | null, first = 100) =>
  (await t.data(ClassProgressDocument, { classId: classGid, programmeId: p.gid, first }, { as }))
    .classProgress as AdHoc;

describe('the tutor console', () => {
  let w: Awaited<ReturnType<typeof workshopWorld>>;
  let a: EnrolmentRef;
  let b: EnrolmentRef;
  let c: EnrolmentRef;
  let d: EnrolmentRef;

  beforeAll(async () => {
    w = await workshopWorld(t);
    await scheme(w.p);
    a = await w.p.teacher(w.s, { displayName: '甲 A' });
    b = await w.p.teacher(w.s, { displayName: '乙 B' });
    c = await w.p.teacher(w.s, { displayName: '丙 C' });
    d = await w.p.teacher(w.s, { displayName: '丁 D' });
    for (const e of [a, b, d]) await visit(e.teacher);
    await credit(a, 1000);
    await credit(b, 100);
    await credit(d, 0, 450);
  });

  it('records that people use the API, at most once an hour', async () => {
    const before = await t.db.prisma.user.findUniqueOrThrow({ where: { id: a.teacher.id } });
    expect(before.lastSeenAt).toBeInstanceOf(Date);
    expect(Date.now() - (before.lastSeenAt as Date).getTime()).toBeLessThan(10 * 60_000);
    await visit(a.teacher);
    const after = await t.db.prisma.user.findUniqueOrThrow({ where: { id: a.teacher.id } });
    expect(after.lastSeenAt).toEqual(before.lastSeenAt);
    const never = await t.db.prisma.user.findUniqueOrThrow({ where: { id: c.teacher.id } });
    expect(never.lastSeenAt).toBeNull();
  });

  it('gives each teacher’s facts, the class’s rates and the at-risk list with reasons', async () => {
    const progress = await progressOf(w.s.class.gid, w.p, w.s.tutor);
    expect(progress.totals).toEqual({
      enrolled: 4,
      registered: 3,
      started: 3,
      passed: 1,
      failed: 0,
      inProgress: 3,
      registrationRate: 0.75,
      studyRate: 0.75,
      passRate: 0.25,
    });
    // 1000 minutes × 10 to 11 elapsed days of 21.
    expect(progress.expectedMinutes).toBeGreaterThanOrEqual(476);
    expect(progress.expectedMinutes).toBeLessThanOrEqual(524);
    const rows = progress.teachers.nodes as AdHoc[];
    expect(rows.map((row) => row.teacherName)).toEqual(['丁 D', '丙 C', '乙 B', '甲 A'].sort());
    const rowOf = (e: EnrolmentRef) => rows.find((row) => row.teacher.id === e.teacher.gid);
    expect(rowOf(a)).toMatchObject({
      registered: true,
      started: true,
      requiredMinutes: 1000,
      score: 100,
      verdict: 'PASSED',
    });
    expect(rowOf(d)).toMatchObject({ electiveMinutes: 450, score: 45, verdict: 'IN_PROGRESS' });
    expect(rowOf(c)).toMatchObject({ registered: false, started: false, score: 0, lastActivityAt: null });
    const risk = Object.fromEntries((progress.atRisk as AdHoc[]).map((row) => [row.teacherName, row.reasons]));
    expect(risk).toEqual({
      '乙 B': ['BEHIND_SCHEDULE'],
      '丙 C': ['NOT_REGISTERED', 'NOT_STARTED', 'BEHIND_SCHEDULE'],
    });
  });

  it('is for the class’s tutor and the admins over it; missing for others', async () => {
    expect(await progressOf(w.s.class.gid, w.p, w.s.admin)).not.toBeNull();
    expect(await progressOf(w.s.class.gid, w.p, w.d.admin)).not.toBeNull();
    expect(await progressOf(w.s.class.gid, w.p, a.teacher)).toBeNull();
    expect(await progressOf(w.s.class.gid, w.p, w.s.leader)).toBeNull();
    expect(await progressOf(w.s.class.gid, w.p, null)).toBeNull();
    const other = await t.world.district();
    expect(await progressOf(w.s.class.gid, w.p, other.admin)).toBeNull();
  });

  it('freezes the weekly statistics: later learning does not change a posted snapshot', async () => {
    const posted = await t.data(
      PostClassStatisticsDocument,
      { input: { classId: w.s.class.gid, programmeId: w.p.gid } },
      { as: w.s.tutor },
    );
    const result = posted.postClassStatistics as AdHoc;
    expect(result.__typename).toBe('PostClassStatisticsPayload');
    const post = await t.db.prisma.workshopPost.findUniqueOrThrow({ where: { id: result.statistics.postId } });
    expect(post.body).toContain('学情通报');
    expect(post.authorId).toBe(w.s.tutor.id);

    await credit(b, 900);
    const live = await progressOf(w.s.class.gid, w.p, w.s.tutor);
    expect(live.totals.passed).toBe(2);

    const list = await t.data(
      ClassStatisticsDocument,
      { classId: w.s.class.gid, programmeId: w.p.gid, first: 10 },
      { as: w.s.tutor },
    );
    const snapshots = (list.node as AdHoc).classStatistics;
    expect(snapshots.totalCount).toBe(1);
    const frozen = snapshots.nodes[0].progress;
    expect(frozen.totals.passed).toBe(1);
    expect(frozen.totals.passRate).toBe(0.25);
    expect(frozen.teachers.nodes.find((row: AdHoc) => row.teacherName === '乙 B').requiredMinutes).toBe(100);
    expect(frozen.atRisk.map((row: AdHoc) => row.teacherName)).toContain('乙 B');
  });

  it('refuses statistics from anyone but the class’s tutor, changing nothing', async () => {
    const before = await t.db.prisma.classProgressSnapshot.count();
    for (const as of [w.s.admin, w.d.admin, a.teacher]) {
      const posted = await t.gql(
        'mutation($input: PostClassStatisticsInput!) { postClassStatistics(input: $input) { __typename ... on Error { code } } }',
        { input: { classId: w.s.class.gid, programmeId: w.p.gid } },
        { as },
      );
      expect(['ForbiddenActionError', 'NotFoundError']).toContain(
        (posted.data as AdHoc).postClassStatistics.__typename,
      );
    }
    expect(await t.db.prisma.classProgressSnapshot.count()).toBe(before);
  });
});

describe('SQL statements of the tutor console', () => {
  it('are the same for 1, 10 and 50 teachers', async () => {
    const d = await t.world.district();
    const schools = [await d.school(), await d.school(), await d.school()];
    const p = await d.programme({ schools });
    await scheme(p);
    const counts: number[] = [];
    for (const [i, size] of [1, 10, 50].entries()) {
      const s = schools[i] as (typeof schools)[number];
      for (let n = 0; n < size; n += 1) {
        const e = await p.teacher(s);
        await credit(e, n * 10);
      }
      const { count, data } = await t.statementsFor(
        print(ClassProgressDocument),
        { classId: s.class.gid, programmeId: p.gid, first: 100 },
        { as: s.tutor },
      );
      expect((data as AdHoc).classProgress.teachers.nodes).toHaveLength(size);
      counts.push(count);
    }
    console.log(`[statements] class progress: ${counts.join(', ')} at 1, 10, 50 teachers`);
    expect(counts[1]).toBe(counts[0]);
    expect(counts[2]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(8);
  });
});

describe('the school and district consoles', () => {
  it('give a school’s rates and classes, and every school’s rates sorted', async () => {
    const d = await t.world.district();
    const good = await d.school({ name: '一中' });
    const poor = await d.school({ name: '二中' });
    const empty = await d.school({ name: '三中' });
    const p = await d.programme({ schools: [good, poor, empty] });
    await scheme(p);
    const g1 = await p.teacher(good);
    const g2 = await p.teacher(good);
    await p.teacher(poor);
    await visit(g1.teacher);
    await credit(g1, 1000);
    await credit(g2, 10);

    const school = (
      await t.data(
        SchoolLearningProgressDocument,
        { programmeId: p.gid, schoolId: good.school.gid },
        { as: good.admin },
      )
    ).schoolLearningProgress as AdHoc;
    expect(school.totals).toMatchObject({ enrolled: 2, registered: 1, started: 2, passed: 1, inProgress: 1 });
    expect(school.totals).toMatchObject({ registrationRate: 0.5, studyRate: 1, passRate: 0.5 });
    expect(school.excellentNominated).toBe(0);
    const classRow = (school.classes as AdHoc[]).find((row) => row.organisation.id === good.class.gid);
    expect(classRow.totals).toMatchObject({ enrolled: 2, passRate: 0.5 });

    const asDistrict = async (orderBy: string) =>
      (
        (
          await t.data(
            ProgrammeLearningProgressDocument,
            { programmeId: p.gid, orderBy: orderBy as never, first: 10 },
            { as: d.admin },
          )
        ).programmeLearningProgress as AdHoc
      ).nodes.map((row: AdHoc) => [row.organisation.id, row.totals.enrolled, row.totals.passRate]);
    const byPass = await asDistrict('PASS_RATE_DESC');
    expect(byPass[0]).toEqual([good.school.gid, 2, 0.5]);
    expect(
      byPass
        .slice(1)
        .map((row: unknown[]) => row[0])
        .sort(),
    ).toEqual([poor.school.gid, empty.school.gid].sort());
    expect((await asDistrict('PASS_RATE_ASC')).at(-1)?.[0]).toBe(good.school.gid);
    const byName = await asDistrict('NAME_ASC');
    expect(byName.map((row: unknown[]) => row[0])).toEqual(
      [
        [good.school.gid, '一中'],
        [poor.school.gid, '二中'],
        [empty.school.gid, '三中'],
      ]
        .sort((a, b) => (a[1] as string).localeCompare(b[1] as string, 'zh-CN'))
        .map((pair) => pair[0]),
    );
    const byStudy = await asDistrict('STUDY_RATE_ASC');
    expect(byStudy.at(-1)?.[0]).toBe(good.school.gid);
    expect(byStudy).toHaveLength(3);

    // Others find nothing.
    expect(
      (
        await t.data(
          SchoolLearningProgressDocument,
          { programmeId: p.gid, schoolId: good.school.gid },
          { as: poor.admin },
        )
      ).schoolLearningProgress,
    ).toBeNull();
    expect(
      (await t.data(ProgrammeLearningProgressDocument, { programmeId: p.gid, first: 10 }, { as: good.admin }))
        .programmeLearningProgress,
    ).toBeNull();
  });

  it('run the same number of SQL statements for 1, 10 and 50 schools', async () => {
    const counts: number[] = [];
    for (const size of [1, 10, 50]) {
      const d = await t.world.district();
      const schools = [];
      for (let i = 0; i < size; i += 1) schools.push(await d.school());
      const p = await d.programme({ schools });
      await scheme(p);
      for (const s of schools) await credit(await p.teacher(s), 5);
      const { count, data } = await t.statementsFor(
        print(ProgrammeLearningProgressDocument),
        { programmeId: p.gid, first: 100 },
        { as: d.admin },
      );
      expect((data as AdHoc).programmeLearningProgress.nodes).toHaveLength(size);
      counts.push(count);
    }
    console.log(`[statements] programme learning progress: ${counts.join(', ')} at 1, 10, 50 schools`);
    expect(counts[1]).toBe(counts[0]);
    expect(counts[2]).toBe(counts[0]);
  });
});

describe('the district console export', () => {
  it('writes every school’s rates as CSV and XLSX, formula-like names made inert', async () => {
    const d = await t.world.district();
    const plain = await d.school({ name: '一中' });
    const formula = await d.school({ name: '=HYPERLINK("http://x","y")' });
    const p = await d.programme({ schools: [plain, formula] });
    await scheme(p);
    await credit(await p.teacher(plain), 1000);
    await p.teacher(formula);

    const exported = async (format: 'CSV' | 'XLSX') => {
      const result = (
        await t.data(
          ExportProgrammeLearningProgressDocument,
          { input: { programmeId: p.gid, format } },
          { as: d.admin },
        )
      ).exportProgrammeLearningProgress as AdHoc;
      expect(result.__typename).toBe('ExportProgrammeLearningProgressPayload');
      const response = await t.fetch(result.file.downloadUrl);
      expect(response.status).toBe(200);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(bytes.length).toBe(result.file.size);
      return { file: result.file, bytes };
    };

    const csv = await exported('CSV');
    expect(csv.file.filename).toMatch(/\.csv$/);
    const lines = new TextDecoder()
      .decode(csv.bytes)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines).toContain('一中,1,0,1,1,0,0,0,1,1');
    expect(lines).toContain(`"'=HYPERLINK(""http://x"",""y"")",1,0,0,0,0,1,0,0,0`);

    const xlsx = await exported('XLSX');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes.buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const values = (sheet?.getSheetValues() ?? []).filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(values).toHaveLength(3);
    expect(values).toContainEqual(['一中', 1, 0, 1, 1, 0, 0, 0, 1, 1]);
    expect(values).toContainEqual([`'=HYPERLINK("http://x","y")`, 1, 0, 0, 0, 0, 1, 0, 0, 0]);

    const refused = await t.gql(
      'mutation($input: ExportProgrammeLearningProgressInput!) { exportProgrammeLearningProgress(input: $input) { __typename } }',
      { input: { programmeId: p.gid, format: 'CSV' } },
      { as: plain.admin },
    );
    expect(['ForbiddenActionError', 'NotFoundError']).toContain(
      (refused.data as AdHoc).exportProgrammeLearningProgress.__typename,
    );
  });
});
