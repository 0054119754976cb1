/**
 * Batches that mean what they say (Xinbei, 2021: two batches, secondary schools 2,000 teachers, primary schools and
 * kindergartens 4,000; teachers select within a week of enrolment): stages restrict a batch's schools, a total quota
 * bounds its schools' quotas, each teacher's selection window is anchored to the batch's window, the district extends
 * one teacher's or one school's window with history, a past roster carries its enrolment dates, and results say
 * what happened. No fake timers: every date is in the past or the future relative to now.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchoolStage } from '../../api/db/generated/prisma/enums.js';
import { selectionWindowClosesAt } from '../../schema/programmes/selection-window.js';
import {
  type BatchInput,
  BatchSchoolsDocument,
  CreateProgrammeDocument,
  EnrolSchoolsDocument,
  EnrolTeacherDocument,
  ExtendSelectionWindowDocument,
  ImportEnrolmentsDocument,
  MyEnrolmentsDocument,
  ProgrammeDocument,
  PublishProgrammeDocument,
  StartProgrammeDocument,
  SubmitSelectionDocument,
  UpdateProgrammeDocument,
} from '../../sdk/src/generated/graphql.js';
import { type Locale, type TestApp, testApp } from '../kit/app.js';
import { daysFromNow, rawId, unique } from '../kit/ids.js';
import { ofType } from '../kit/results.js';
import type { CatalogueRef, DistrictWorld, SchoolWorld } from '../kit/world.js';

let t: TestApp;
let catalogue: CatalogueRef;
beforeAll(async () => {
  t = await testApp();
  catalogue = await t.world.catalogue();
});
afterAll(() => t.close());

const SECONDARY: SchoolStage[] = ['JUNIOR_SECONDARY', 'SENIOR_SECONDARY'];
const PRIMARY_AND_KINDERGARTEN: SchoolStage[] = ['PRIMARY', 'KINDERGARTEN'];

const xinbeiBatches = (overrides: Partial<BatchInput>[] = []): BatchInput[] => [
  {
    name: '第一批（中学）',
    startsOn: '2021-05-01',
    endsOn: '2022-04-30',
    stages: SECONDARY,
    totalQuota: 2000,
    ...overrides[0],
  },
  {
    name: '第二批（小学和幼儿园）',
    startsOn: '2021-06-01',
    endsOn: '2022-05-30',
    stages: PRIMARY_AND_KINDERGARTEN,
    totalQuota: 4000,
    ...overrides[1],
  },
];

/** Xinbei's programme, created in DRAFT through the API by the district's admin. */
async function xinbei(d: DistrictWorld, batches = xinbeiBatches()) {
  const result = await t.mutate(
    CreateProgrammeDocument,
    {
      districtId: d.district.gid,
      code: `xinbei-${unique()}`,
      name: '2021年新北区教师信息技术应用能力提升工程2.0',
      catalogueId: catalogue.gid,
      rules: { selection: { selectionWindowDays: 7, adminSelectsAfterDeadline: true } },
      batches,
    },
    { as: d.admin },
  );
  return ofType(result, 'CreateProgrammePayload').programme;
}

/** Row counts of what batch changes write. */
async function batchRows() {
  const p = t.db.prisma;
  return {
    batches: await p.batch.findMany({ orderBy: { id: 'asc' } }),
    places: await p.batchSchool.findMany({ orderBy: { id: 'asc' } }),
    enrolments: await p.enrolment.findMany({ orderBy: { id: 'asc' } }),
    decisions: await p.decision.count(),
  };
}

const enrolSchools = (batchId: string, schools: Array<[SchoolWorld, number]>, as: DistrictWorld, locale?: Locale) =>
  t.mutate(
    EnrolSchoolsDocument,
    { batchId, schools: schools.map(([s, quota]) => ({ schoolId: s.school.gid, quota })) },
    { as: as.admin, ...(locale ? { locale } : {}) },
  );

describe('stages: a batch takes only schools of its stages', () => {
  it('refuses a primary school in the secondary batch with STAGE_MISMATCH, in both languages, writing nothing', async () => {
    const d = await t.world.district();
    const primary = await d.school({ name: `新北区实验小学 ${unique()}`, stages: ['PRIMARY'] });
    const secondary = await d.school({ stages: ['JUNIOR_SECONDARY'] });
    const p = await xinbei(d);
    const before = await batchRows();
    for (const locale of ['en', 'zh-CN'] as const) {
      const refused = await enrolSchools(
        p.batches[0]!.id,
        [
          [secondary, 100],
          [primary, 100],
        ],
        d,
        locale,
      );
      expect(ofType(refused, 'StageMismatchError')).toMatchObject({
        code: 'STAGE_MISMATCH',
        schoolName: primary.school.name,
        schoolStages: ['PRIMARY'],
        batchName: '第一批（中学）',
        batchStages: SECONDARY,
        message:
          locale === 'en'
            ? `${primary.school.name} (PRIMARY) shares no school stage with batch "第一批（中学）" (JUNIOR_SECONDARY, SENIOR_SECONDARY).`
            : `${primary.school.name}（小学）与批次“第一批（中学）”（初中、高中）没有相同的学段。`,
      });
    }
    expect(await batchRows()).toEqual(before);
    // The same school is welcome in the primary and kindergarten batch.
    const second = await enrolSchools(p.batches[1]!.id, [[primary, 100]], d);
    expect(ofType(second, 'EnrolSchoolsPayload').batch.schools.totalCount).toBe(1);
  });

  it('accepts a school that records no stages (the district decides), and a school of several stages sharing one', async () => {
    const d = await t.world.district();
    const unrecorded = await d.school({ stages: [] });
    const nineYear = await d.school({ stages: ['PRIMARY', 'JUNIOR_SECONDARY'] }); // 九年一贯制
    const p = await xinbei(d);
    const result = await enrolSchools(
      p.batches[0]!.id,
      [
        [unrecorded, 10],
        [nineYear, 10],
      ],
      d,
    );
    expect(ofType(result, 'EnrolSchoolsPayload').batch.schools.totalCount).toBe(2);
  });

  it('refuses a deactivated school with SCHOOL_DEACTIVATED, writing nothing', async () => {
    const d = await t.world.district();
    const closed = await d.school({ stages: ['JUNIOR_SECONDARY'] });
    await t.db.prisma.organisation.update({ where: { id: closed.school.id }, data: { deactivatedAt: new Date() } });
    const p = await xinbei(d);
    const before = await batchRows();
    const en = await enrolSchools(p.batches[0]!.id, [[closed, 10]], d);
    expect(ofType(en, 'SchoolDeactivatedError')).toMatchObject({
      code: 'SCHOOL_DEACTIVATED',
      schoolName: closed.school.name,
      message: `${closed.school.name} is deactivated and cannot be enrolled in a batch.`,
    });
    const zh = await enrolSchools(p.batches[0]!.id, [[closed, 10]], d, 'zh-CN');
    expect(zh).toMatchObject({ message: `${closed.school.name}已停用，不能参加批次。` });
    expect(await batchRows()).toEqual(before);
  });

  it('refuses new stages that a school already in the batch shares none of (STAGE_MISMATCH), changing nothing', async () => {
    const d = await t.world.district();
    const junior = await d.school({ stages: ['JUNIOR_SECONDARY'] });
    const p = await xinbei(d);
    await enrolSchools(p.batches[0]!.id, [[junior, 10]], d);
    const before = await batchRows();
    const result = await t.mutate(
      UpdateProgrammeDocument,
      { id: p.id, batches: xinbeiBatches([{ stages: ['SENIOR_SECONDARY'] }]) },
      { as: d.admin },
    );
    expect(ofType(result, 'StageMismatchError')).toMatchObject({
      schoolName: junior.school.name,
      schoolStages: ['JUNIOR_SECONDARY'],
      batchStages: ['SENIOR_SECONDARY'],
    });
    expect(await batchRows()).toEqual(before);
  });
});

describe('total quota: the schools’ quotas never add up to more than the batch takes', () => {
  it('enrols secondary schools up to 2,000 and refuses one more teacher with TOTAL_QUOTA_EXCEEDED, writing nothing', async () => {
    const d = await t.world.district();
    const [s1, s2, s3] = [
      await d.school({ stages: ['JUNIOR_SECONDARY'] }),
      await d.school({ stages: ['SENIOR_SECONDARY'] }),
      await d.school({ stages: SECONDARY }),
    ];
    const p = await xinbei(d);
    const batchId = p.batches[0]!.id;
    const full = await enrolSchools(
      batchId,
      [
        [s1, 1200],
        [s2, 800],
      ],
      d,
    );
    expect(ofType(full, 'EnrolSchoolsPayload').batch).toMatchObject({ totalQuota: 2000, quotaAllocated: 2000 });

    const before = await batchRows();
    const en = await enrolSchools(batchId, [[s3, 1]], d);
    expect(ofType(en, 'TotalQuotaExceededError')).toMatchObject({
      code: 'TOTAL_QUOTA_EXCEEDED',
      batchName: '第一批（中学）',
      totalQuota: 2000,
      allocated: 2001,
      message:
        'Batch "第一批（中学）" takes at most 2000 teachers in all, but its schools’ quotas would add up to 2001.',
    });
    const zh = await enrolSchools(batchId, [[s1, 1300]], d, 'zh-CN');
    expect(zh).toMatchObject({
      allocated: 2100,
      message: '批次“第一批（中学）”总名额为 2000 人，但各校名额合计将达到 2100 人。',
    });
    expect(await batchRows()).toEqual(before);

    // Moving 100 places from one school to another in one call keeps the total.
    const moved = await enrolSchools(
      batchId,
      [
        [s1, 1300],
        [s2, 700],
      ],
      d,
    );
    expect(ofType(moved, 'EnrolSchoolsPayload').batch.quotaAllocated).toBe(2000);
  });

  it('refuses a total below what the schools already hold, and a negative one; accepts one at the sum', async () => {
    const d = await t.world.district();
    const s = await d.school({ stages: ['PRIMARY'] });
    const p = await xinbei(d);
    await enrolSchools(p.batches[1]!.id, [[s, 3000]], d);
    const before = await batchRows();
    const below = await t.mutate(
      UpdateProgrammeDocument,
      { id: p.id, batches: xinbeiBatches([{}, { totalQuota: 2999 }]) },
      { as: d.admin },
    );
    expect(ofType(below, 'TotalQuotaExceededError')).toMatchObject({
      batchName: '第二批（小学和幼儿园）',
      totalQuota: 2999,
      allocated: 3000,
    });
    const negative = await t.mutate(
      UpdateProgrammeDocument,
      { id: p.id, batches: xinbeiBatches([{ totalQuota: -1 }]) },
      { as: d.admin },
    );
    expect(ofType(negative, 'ValidationError').issues).toEqual([
      { path: ['input', 'batches', '0', 'totalQuota'], message: 'totalQuota must be at least 0' },
    ]);
    expect(await batchRows()).toEqual(before);
    const exact = await t.mutate(
      UpdateProgrammeDocument,
      { id: p.id, batches: xinbeiBatches([{}, { totalQuota: 3000 }]) },
      { as: d.admin },
    );
    expect(ofType(exact, 'UpdateProgrammePayload').programme.batches[1]).toMatchObject({
      totalQuota: 3000,
      quotaAllocated: 3000,
    });
  });

  it('shows the total to everyone who sees the batch, the allocated sum to district and province staff only', async () => {
    const d = await t.world.district();
    const s = await d.school({ stages: ['PRIMARY'] });
    const p = await xinbei(d);
    await enrolSchools(p.batches[1]!.id, [[s, 40]], d);
    const read = async (as: Parameters<TestApp['data']>[2]) =>
      (await t.data(ProgrammeDocument, { id: p.id }, as)).programme?.batches[1];
    expect(await read({ as: d.admin })).toMatchObject({ totalQuota: 4000, quotaAllocated: 40 });
    expect(await read({ as: d.provinceAdmin })).toMatchObject({ totalQuota: 4000, quotaAllocated: 40 });
    expect(await read({ as: s.admin })).toMatchObject({ totalQuota: 4000, quotaAllocated: null });
  });

  it('pages a batch’s schools with the allocated sum in a number of SQL statements flat in the page size', async () => {
    const d = await t.world.district();
    const p = await d.programme({ batches: [{ stages: ['PRIMARY'] }] });
    for (let i = 0; i < 12; i += 1) {
      await p.enrolSchool(await t.world.organisation('SCHOOL', d.district, { stages: ['PRIMARY'] }), { quota: i + 1 });
    }
    const query = `query($id: ID!, $first: Int) { node(id: $id) { ... on Batch { totalQuota quotaAllocated
      schools(first: $first) { totalCount nodes { schoolName quota enrolledCount school { id } } } } } }`;
    const counts: number[] = [];
    for (const first of [1, 5, 12]) {
      await t.statementsFor(query, { id: p.batch.gid, first }, { as: d.admin }); // warm the viewer cache
      const { count, data } = await t.statementsFor(query, { id: p.batch.gid, first }, { as: d.admin });
      expect(data.node.schools.nodes).toHaveLength(first);
      expect(data.node.quotaAllocated).toBe(78);
      counts.push(count);
    }
    expect(new Set(counts).size, `statements at page sizes 1, 5, 12: ${counts}`).toBe(1);
    // The SDK's page of a batch's schools reads the same.
    const page = await t.data(BatchSchoolsDocument, { batchId: p.batch.gid, first: 5 }, { as: d.admin });
    expect(page.node).toMatchObject({ quotaAllocated: 78, schools: { totalCount: 12 } });
  });

  it('counts the allocated sums of every batch on a page of programmes in one statement', async () => {
    const d = await t.world.district();
    const query = `query($first: Int) { programmes(first: $first) { nodes { batches { quotaAllocated } } } }`;
    for (let i = 0; i < 5; i += 1) {
      const s = await t.world.organisation('SCHOOL', d.district, { stages: ['PRIMARY'] });
      await d.programme({ schools: [s], quota: 10, batches: [{}, { name: '第二批' }] });
    }
    await t.statementsFor(query, { first: 1 }, { as: d.admin });
    const one = await t.statementsFor(query, { first: 1 }, { as: d.admin });
    const five = await t.statementsFor(query, { first: 5 }, { as: d.admin });
    expect(five.data.programmes.nodes.flatMap((n: { batches: unknown[] }) => n.batches)).toEqual(
      Array.from({ length: 10 }, () => ({ quotaAllocated: 10 })),
    );
    expect(five.count).toBe(one.count);
  });
});

describe('selection windows anchored to the batch', () => {
  it('refuses a window that closes before it opens, in both languages, writing nothing', async () => {
    const d = await t.world.district();
    const p = await xinbei(d);
    const before = await batchRows();
    for (const [locale, message] of [
      ['en', 'selectionClosesAt must be on or after selectionOpensAt'],
      ['zh-CN', '选学截止时间不能早于选学开始时间'],
    ] as const) {
      const result = await t.mutate(
        UpdateProgrammeDocument,
        {
          id: p.id,
          batches: xinbeiBatches([
            { selectionOpensAt: '2021-05-08T00:00:00Z', selectionClosesAt: '2021-05-01T00:00:00Z' },
          ]),
        },
        { as: d.admin, locale },
      );
      expect(ofType(result, 'ValidationError').issues).toEqual([
        { path: ['input', 'batches', '0', 'selectionClosesAt'], message },
      ]);
    }
    expect(await batchRows()).toEqual(before);
  });

  it('recomputes stored deadlines in SQL exactly as the rule does, for every combination, leaving extended ones', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const p = await d.programme({ status: 'DRAFT', schools: [s], rules: { selection: { selectionWindowDays: 7 } } });
    const enrolledAt = [daysFromNow(-20), daysFromNow(-9), daysFromNow(-1)];
    const enrolments = [];
    for (const at of enrolledAt) {
      const e = await p.teacher(s);
      await t.db.prisma.enrolment.update({ where: { id: e.id }, data: { enrolledAt: at } });
      enrolments.push(e);
    }
    const extended = await p.teacher(s, { selectionDueAt: daysFromNow(30) });
    await t.db.prisma.enrolment.update({ where: { id: extended.id }, data: { selectionDueExtended: true } });

    const opens = daysFromNow(-10);
    const closes = daysFromNow(-2);
    const batch = (window: { opens: Date | null; closes: Date | null }) => ({
      name: '第一批',
      startsOn: '2025-03-01',
      endsOn: '2025-12-31',
      stages: ['PRIMARY' as const],
      selectionOpensAt: window.opens?.toISOString() ?? null,
      selectionClosesAt: window.closes?.toISOString() ?? null,
    });
    const windows = [
      { opens, closes },
      { opens, closes: null },
      { opens: null, closes },
      { opens: null, closes: null },
    ];
    for (const days of [7, undefined]) {
      for (const window of windows) {
        const result = await t.mutate(
          UpdateProgrammeDocument,
          { id: p.gid, rules: { selection: { selectionWindowDays: days ?? null } }, batches: [batch(window)] },
          { as: d.admin },
        );
        ofType(result, 'UpdateProgrammePayload');
        const stored = await t.db.prisma.enrolment.findMany({
          where: { id: { in: enrolments.map((e) => e.id) } },
          select: { id: true, enrolledAt: true, selectionDueAt: true },
        });
        const rules = days === undefined ? {} : { selectionWindowDays: days };
        for (const e of stored) {
          const expected = selectionWindowClosesAt(e.enrolledAt, rules, {
            selectionOpensAt: window.opens,
            selectionClosesAt: window.closes,
          });
          expect(e.selectionDueAt, `days ${days}, ${JSON.stringify(window)}`).toEqual(expected);
        }
        const kept = await t.db.prisma.enrolment.findUniqueOrThrow({ where: { id: extended.id } });
        expect(kept.selectionDueAt!.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
      }
    }
  });
});

/** A RUNNING programme whose first batch's window closed yesterday, with a school and two teachers enrolled through the API. */
async function closedWindow() {
  const d = await t.world.district();
  const s = await d.school({ stages: ['PRIMARY'] });
  const p = await xinbei(
    d,
    xinbeiBatches([
      {},
      {
        selectionOpensAt: daysFromNow(-10).toISOString(),
        selectionClosesAt: daysFromNow(-1).toISOString(),
      },
    ]),
  );
  const batchId = p.batches[1]!.id;
  ofType(await enrolSchools(batchId, [[s, 10]], d), 'EnrolSchoolsPayload');
  ofType(await t.mutate(PublishProgrammeDocument, { id: p.id }, { as: d.admin }), 'PublishProgrammePayload');
  ofType(await t.mutate(StartProgrammeDocument, { id: p.id }, { as: d.admin }), 'StartProgrammePayload');
  const enrol = async () => {
    const login = `t-${unique()}`;
    const result = await t.mutate(
      EnrolTeacherDocument,
      { batchId, schoolId: s.school.gid, teacher: { login, displayName: `教师 ${login}` } },
      { as: s.admin },
    );
    const { enrolment, accountCreated } = ofType(result, 'EnrolTeacherPayload');
    expect(accountCreated).toBe(true);
    return { login, enrolment };
  };
  return { d, s, p, batchId, teachers: [await enrol(), await enrol()] };
}

const submit = (enrolmentId: string, login: string) =>
  t.mutate(SubmitSelectionDocument, { enrolmentId, competencyIds: catalogue.ids('A1', 'B2', 'C3') }, { as: login });

describe('extending selection windows', () => {
  it('lets the extended teacher submit after everyone’s window closed; the other teacher gets WINDOW_CLOSED', async () => {
    const { d, teachers } = await closedWindow();
    const [kept, other] = teachers;
    for (const { enrolment } of teachers) expect(enrolment.selectionWindowOpen).toBe(false);

    const until = daysFromNow(3)
      .toISOString()
      .replace(/\.\d{3}Z$/, '.000Z');
    const result = await t.mutate(
      ExtendSelectionWindowDocument,
      { enrolmentId: kept!.enrolment.id, until, comment: '病假，延长选学时间' },
      { as: d.admin },
    );
    const payload = ofType(result, 'ExtendSelectionWindowPayload');
    expect(payload).toMatchObject({ extended: 1, until });
    expect(payload.enrolment).toMatchObject({
      selectionDueAt: until,
      selectionDueExtended: true,
      selectionWindowOpen: true,
    });
    expect(payload.enrolment?.history.at(-1)).toMatchObject({
      action: 'EXTEND_WINDOW',
      fromState: kept!.enrolment.selectionDueAt,
      toState: until,
      comment: '病假，延长选学时间',
      actorName: d.admin.login,
    });

    expect(ofType(await submit(kept!.enrolment.id, kept!.login), 'SubmitSelectionPayload').selection.status).toBe(
      'APPROVED',
    );
    const refused = ofType(await submit(other!.enrolment.id, other!.login), 'SelectionRejectedError');
    expect(refused.violations.map((v) => v.code)).toEqual(['WINDOW_CLOSED']);
    expect(refused.violations[0]!.closedAt).toBe(other!.enrolment.selectionDueAt);

    // The history is where enrolment history already is; the teacher reads their own.
    const mine = await t.data(MyEnrolmentsDocument, {}, { as: kept!.login });
    expect(mine.enrolments.nodes[0]).toMatchObject({ selectionDueAt: until, selectionDueExtended: true });
  });

  it('a later change of the batch’s window moves the others’ deadlines, not the extended one', async () => {
    const { d, p, teachers } = await closedWindow();
    const [kept, other] = teachers;
    const until = daysFromNow(3);
    ofType(
      await t.mutate(
        ExtendSelectionWindowDocument,
        { enrolmentId: kept!.enrolment.id, until: until.toISOString() },
        { as: d.admin },
      ),
      'ExtendSelectionWindowPayload',
    );
    const reopened = await t.mutate(
      UpdateProgrammeDocument,
      { id: p.id, batches: xinbeiBatches([{}, { selectionClosesAt: daysFromNow(30).toISOString() }]) },
      { as: d.admin },
    );
    ofType(reopened, 'UpdateProgrammePayload');
    const stored = async (id: string) => t.db.prisma.enrolment.findUniqueOrThrow({ where: { id: rawId(id) } });
    const moved = await stored(other!.enrolment.id);
    expect(moved.selectionDueAt).toEqual(new Date(moved.enrolledAt.getTime() + 7 * 86_400_000));
    expect((await stored(kept!.enrolment.id)).selectionDueAt).toEqual(until);
  });

  it('extends a whole school in two statements, teachers with a later deadline keeping theirs, each with history', async () => {
    const { d, s, p, teachers } = await closedWindow();
    const later = daysFromNow(20);
    ofType(
      await t.mutate(
        ExtendSelectionWindowDocument,
        { enrolmentId: teachers[1]!.enrolment.id, until: later.toISOString() },
        { as: d.admin },
      ),
      'ExtendSelectionWindowPayload',
    );
    const until = daysFromNow(5);
    const input = { programmeId: p.id, schoolId: s.school.gid, until: until.toISOString(), comment: '全校延长' };
    const { result, log } = await t.measure(() => t.mutate(ExtendSelectionWindowDocument, input, { as: d.admin }));
    expect(ofType(result, 'ExtendSelectionWindowPayload')).toMatchObject({ extended: 1, enrolment: null });
    expect(log.filter((sql) => /^\s*(INSERT|UPDATE)/i.test(sql))).toHaveLength(2);
    const rows = await t.db.prisma.enrolment.findMany({
      where: { id: { in: teachers.map((x) => rawId(x.enrolment.id)) } },
      select: { id: true, selectionDueAt: true, selectionDueExtended: true },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(rawId(teachers[0]!.enrolment.id))).toMatchObject({
      selectionDueAt: until,
      selectionDueExtended: true,
    });
    expect(byId.get(rawId(teachers[1]!.enrolment.id))).toMatchObject({ selectionDueAt: later });
    const history = await t.db.prisma.decision.findMany({
      where: { subjectType: 'Enrolment', action: 'EXTEND_WINDOW', comment: '全校延长' },
    });
    expect(history.map((h) => [h.subjectId, h.toState])).toEqual([
      [rawId(teachers[0]!.enrolment.id), until.toISOString()],
    ]);
  });

  it('refuses an end that is not later than now or than the deadline (EXTENSION_TOO_EARLY), writing nothing', async () => {
    const { d, s, p, teachers } = await closedWindow();
    const before = await batchRows();
    const [first] = teachers;
    const past = daysFromNow(-3).toISOString();
    const en = await t.mutate(
      ExtendSelectionWindowDocument,
      { enrolmentId: first!.enrolment.id, until: past },
      { as: d.admin },
    );
    expect(ofType(en, 'ExtensionTooEarlyError')).toMatchObject({
      code: 'EXTENSION_TOO_EARLY',
      until: past,
      currentDueAt: null,
      message: `The new end of the selection window (${past}) must be in the future.`,
    });
    const zh = await t.mutate(
      ExtendSelectionWindowDocument,
      { enrolmentId: first!.enrolment.id, until: past },
      { as: d.admin, locale: 'zh-CN' },
    );
    expect(zh).toMatchObject({ message: `新的选学截止时间（${past}）必须晚于当前时间。` });

    // Both teachers extended far; a school-wide extension to an earlier date moves nobody.
    const far = daysFromNow(40).toISOString();
    ofType(
      await t.mutate(
        ExtendSelectionWindowDocument,
        { programmeId: p.id, schoolId: s.school.gid, until: far },
        { as: d.admin },
      ),
      'ExtendSelectionWindowPayload',
    );
    const settled = await batchRows();
    const near = daysFromNow(10).toISOString();
    const notLater = await t.mutate(
      ExtendSelectionWindowDocument,
      { programmeId: p.id, schoolId: s.school.gid, until: near },
      { as: d.admin },
    );
    expect(ofType(notLater, 'ExtensionTooEarlyError')).toMatchObject({
      until: near,
      currentDueAt: far,
      message: `The selection window already closes at ${far}; the new end (${near}) must be later.`,
    });
    const notLaterZh = await t.mutate(
      ExtendSelectionWindowDocument,
      { enrolmentId: first!.enrolment.id, until: near },
      { as: d.admin, locale: 'zh-CN' },
    );
    expect(notLaterZh).toMatchObject({ message: `选学时间已截止于 ${far}，新的截止时间（${near}）必须更晚。` });
    expect(await batchRows()).toEqual(settled);
    expect(settled.decisions).toBe(before.decisions + 2);
  });

  it('refuses a teacher without a window (INVALID_STATE), an input of neither form, a school not in the programme, a closed programme', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const outside = await d.school();
    const p = await d.programme({ schools: [s] });
    const e = await p.teacher(s, { selectionDueAt: null });
    const until = daysFromNow(3).toISOString();
    const before = await batchRows();

    const noWindow = await t.mutate(ExtendSelectionWindowDocument, { enrolmentId: e.gid, until }, { as: d.admin });
    expect(ofType(noWindow, 'InvalidStateError')).toMatchObject({
      code: 'INVALID_STATE',
      message: 'There is no selection deadline to extend: no window is set for these teachers (or none is enrolled).',
    });
    const noWindowZh = await t.mutate(
      ExtendSelectionWindowDocument,
      { enrolmentId: e.gid, until },
      { as: d.admin, locale: 'zh-CN' },
    );
    expect(noWindowZh).toMatchObject({
      message: '没有可以延长的选学截止时间：这些教师没有选学时间限制（或尚无教师报名）。',
    });

    for (const [locale, message] of [
      ['en', 'give either enrolmentId, or programmeId and schoolId'],
      ['zh-CN', '请提供 enrolmentId，或同时提供 programmeId 和 schoolId'],
    ] as const) {
      const neither = await t.mutate(
        ExtendSelectionWindowDocument,
        { enrolmentId: e.gid, programmeId: p.gid, until },
        { as: d.admin, locale },
      );
      expect(ofType(neither, 'ValidationError').issues).toEqual([{ path: ['input'], message }]);
    }

    const notInProgramme = await t.mutate(
      ExtendSelectionWindowDocument,
      { programmeId: p.gid, schoolId: outside.school.gid, until },
      { as: d.admin },
    );
    expect(notInProgramme).toMatchObject({ __typename: 'NotFoundError', message: 'School was not found.' });

    await t.db.prisma.programme.update({ where: { id: p.id }, data: { status: 'CLOSED' } });
    await t.db.prisma.enrolment.update({ where: { id: e.id }, data: { selectionDueAt: daysFromNow(-1) } });
    const closed = await t.mutate(ExtendSelectionWindowDocument, { enrolmentId: e.gid, until }, { as: d.admin });
    expect(closed).toMatchObject({
      code: 'INVALID_STATE',
      message: 'The programme is CLOSED; it can no longer change.',
    });
    const after = await batchRows();
    expect(after.decisions).toBe(before.decisions);
  });

  it('only the district’s admins extend: a school admin is refused, another district finds nothing', async () => {
    const { s, teachers } = await closedWindow();
    const other = await t.world.district();
    const input = { enrolmentId: teachers[0]!.enrolment.id, until: daysFromNow(3).toISOString() };
    expect(await t.mutate(ExtendSelectionWindowDocument, input, { as: s.admin })).toMatchObject({
      __typename: 'ForbiddenActionError',
      code: 'FORBIDDEN_ACTION',
    });
    expect(await t.mutate(ExtendSelectionWindowDocument, input, { as: other.admin })).toMatchObject({
      __typename: 'NotFoundError',
    });
  });
});

describe('a past roster', () => {
  it('imports a past enrolment date: the window has closed and the teacher gets WINDOW_CLOSED', async () => {
    const { s, batchId } = await closedWindow();
    const login = `past-${unique()}`;
    // Reopen the batch's window far ahead, so only the teacher's own date closes theirs.
    await t.db.prisma.batch.update({
      where: { id: rawId(batchId) },
      data: { selectionOpensAt: null, selectionClosesAt: daysFromNow(365) },
    });
    const res = await t.upload(
      ImportEnrolmentsDocument,
      { input: { batchId, schoolId: s.school.gid, file: null } },
      {
        'input.file': {
          bytes: `登录名,姓名,报名日期\n${login},王芳,2021-05-10\n`,
          filename: 'roster-2021.csv',
          contentType: 'text/csv',
        },
      },
      { as: s.admin },
    );
    const imported = ofType(res.data?.importEnrolments, 'ImportEnrolmentsPayload');
    expect(imported).toMatchObject({ written: true, created: 1 });

    const mine = await t.data(MyEnrolmentsDocument, {}, { as: login });
    const enrolment = mine.enrolments.nodes[0]!;
    expect(enrolment).toMatchObject({
      enrolledAt: '2021-05-10T00:00:00.000Z',
      selectionDueAt: '2021-05-17T00:00:00.000Z',
      selectionWindowOpen: false,
    });
    const refused = ofType(await submit(enrolment.id, login), 'SelectionRejectedError');
    expect(refused.violations.map((v) => v.code)).toEqual(['WINDOW_CLOSED']);

    // The same roster again changes nothing, and says so.
    const again = await t.upload(
      ImportEnrolmentsDocument,
      { input: { batchId, schoolId: s.school.gid, file: null } },
      {
        'input.file': {
          bytes: `登录名,姓名,报名日期\n${login},王芳,2021-05-10\n`,
          filename: 'roster-2021.csv',
          contentType: 'text/csv',
        },
      },
      { as: s.admin },
    );
    expect(ofType(again.data?.importEnrolments, 'ImportEnrolmentsPayload')).toMatchObject({
      written: false,
      unchanged: 1,
    });
  });
});

describe('viewer.can: flags only for actions the API has', () => {
  it('flags the administration actions for the roles that hold them', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const query = `{ viewer { can { manageSchools manageDistricts managePeople manageProgrammes } } }`;
    const can = async (as: Parameters<TestApp['gql']>[2]) => (await t.gql(query, {}, as)).data!.viewer.can;
    expect(await can({ as: d.admin })).toEqual({
      manageSchools: true,
      manageDistricts: false,
      managePeople: true,
      manageProgrammes: true,
    });
    expect(await can({ as: d.provinceAdmin })).toEqual({
      manageSchools: false,
      manageDistricts: true,
      managePeople: true,
      manageProgrammes: false,
    });
    expect(await can({ as: s.admin })).toEqual({
      manageSchools: false,
      manageDistricts: false,
      managePeople: true,
      manageProgrammes: false,
    });
    expect(await can({ as: await s.teacher() })).toEqual({
      manageSchools: false,
      manageDistricts: false,
      managePeople: false,
      manageProgrammes: false,
    });
  });

  it('every flag names an action that some operation or field of the schema declares', async () => {
    const { isObjectType } = await import('graphql');
    const { schema } = await import('../../schema/index.js');
    const { CAPABILITIES } = await import('../../schema/viewer/capabilities.js');
    const declared = new Set(
      Object.values(schema.getTypeMap())
        .filter(isObjectType)
        .flatMap((type) => Object.values(type.getFields()))
        .map((field) => (field.extensions as { authorize?: { action: string } }).authorize?.action),
    );
    const unbacked = Object.entries(CAPABILITIES)
      .filter(([, { action }]) => !declared.has(action))
      .map(([name]) => name);
    expect(unbacked).toEqual([]);
  });
});
