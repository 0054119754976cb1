// Personal improvement plans and summaries (提升计划, 提升总结) and the school admin's school-based study review
// (校本研修考核), through the real API against a migrated database.
import { readdir } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ImprovementDecideDocument,
  ImprovementMyPageDocument,
  ImprovementSchoolReviewDocument,
  ImprovementUploadPlanDocument,
  ImprovementUploadSummaryDocument,
} from '../../sdk/src/generated/graphql.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { activity, joinGroup } from '../kit/group-activities.js';
import { docx, exe, pdf } from '../kit/office-files.js';
import { ofType } from '../kit/results.js';
import type { CatalogueRef, DistrictWorld, EnrolmentRef, ProgrammeWorld, SchoolWorld, UserRef } from '../kit/world.js';

let t: TestApp;
let d: DistrictWorld;
let s: SchoolWorld;
let p: ProgrammeWorld;
let national: CatalogueRef;

/** Guangdong: a plan, 25 hours, one summary per selected competency; uploads close with the IMPLEMENTATION phase. */
const GUANGDONG = { planRequired: true, summaryPerCompetency: true, uploadsCloseWithPhase: 'IMPLEMENTATION' };
/** The seed's three points (B1, B4 and a third). */
const POINTS = ['B1', 'B4', 'C7'];

const guangdong = (dw: DistrictWorld, schools: SchoolWorld[], endsOn = '2099-12-31') =>
  dw.programme({
    status: 'RUNNING',
    schools,
    rules: { schoolBasedStudy: GUANGDONG } as never,
    phases: [{ kind: 'IMPLEMENTATION', startsOn: '2025-03-01', endsOn }],
  });

beforeAll(async () => {
  t = await testApp();
  d = await t.world.district();
  s = await d.school();
  p = await guangdong(d, [s]);
  national = await t.world.catalogue();
});
afterAll(() => t.close());

/** Names of the files in the test app's storage folder. */
async function storedFiles(): Promise<string[]> {
  const entries = await readdir(t.files.storage.root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
}

/** Everything a refused upload must leave alone. */
async function snapshot() {
  const prisma = t.db.prisma;
  return {
    stored: await storedFiles(),
    files: await prisma.storedFile.count(),
    documents: await prisma.personalDocument.count(),
    versions: await prisma.personalDocumentVersion.count(),
    decisions: await prisma.decision.count({ where: { subjectType: 'PersonalDocument' } }),
  };
}

const uploadPlan = (e: EnrolmentRef, bytes: Uint8Array, filename: string, as: UserRef = e.teacher) =>
  t.upload(
    ImprovementUploadPlanDocument,
    { input: { enrolmentId: e.gid, file: null } },
    { 'input.file': { bytes, filename } },
    { as },
  );

const uploadSummary = (e: EnrolmentRef, code: string, bytes: Uint8Array, filename: string, as: UserRef = e.teacher) =>
  t.upload(
    ImprovementUploadSummaryDocument,
    { input: { enrolmentId: e.gid, competencyId: national.competency(code).gid, file: null } },
    { 'input.file': { bytes, filename } },
    { as },
  );

const resultOf = <R>(response: { data?: R | null; errors?: unknown }) => {
  expect(response.errors).toBeUndefined();
  return Object.values(response.data as Record<string, unknown>)[0] as AdHoc;
};

/** A teacher of `s` enrolled in `p` with the seed's three points APPROVED, a member of the school's group. */
async function selectedTeacher(programme = p, school = s): Promise<EnrolmentRef> {
  const e = await programme.teacher(school);
  await programme.select(e, POINTS, 'APPROVED');
  await joinGroup(t, e.teacher, school.group);
  return e;
}

const review = (programme: ProgrammeWorld, school: SchoolWorld, extra: { search?: string; first?: number } = {}) =>
  t.data(
    ImprovementSchoolReviewDocument,
    { programmeId: programme.gid, schoolId: school.school.gid, first: 100, ...extra },
    { as: school.admin },
  );

const decide = (e: EnrolmentRef, result: 'PASSED' | 'FAILED', comment?: string, as: UserRef = s.admin) =>
  t.mutate(ImprovementDecideDocument, { enrolmentId: e.gid, result, comment }, { as });

describe('the improvement plan (个人提升计划)', () => {
  it('is uploaded as a PDF and replaced by a DOCX, the first staying in the versions and the history', async () => {
    const e = await selectedTeacher();
    const first = ofType(
      resultOf(await uploadPlan(e, pdf(2000), '张老师教师信息技术应用能力提升计划.pdf')),
      'UploadImprovementPlanPayload',
    ).document;
    expect(first).toMatchObject({
      kind: 'PLAN',
      version: 1,
      competency: null,
      file: { filename: '张老师教师信息技术应用能力提升计划.pdf', contentType: 'application/pdf' },
      versions: [{ version: 1 }],
    });
    const before = await storedFiles();
    const second = ofType(
      resultOf(await uploadPlan(e, docx('提升计划第二稿'), '张老师教师信息技术应用能力提升计划.docx')),
      'UploadImprovementPlanPayload',
    ).document;
    expect(second.id).toBe(first.id);
    expect(second.version).toBe(2);
    expect(second.file.filename).toMatch(/\.docx$/);
    expect(second.versions.map((v: AdHoc) => [v.version, v.file.filename.split('.').pop()])).toEqual([
      [2, 'docx'],
      [1, 'pdf'],
    ]);
    // The old file is kept (one more file in storage, none removed).
    expect((await storedFiles()).length).toBe(before.length + 1);

    const page = (await t.data(ImprovementMyPageDocument, { enrolmentId: e.gid }, { as: e.teacher })).node as AdHoc;
    expect(page.improvementPlan).toMatchObject({ id: first.id, version: 2 });
    const history = await t.gql(
      'query($id: ID!) { node(id: $id) { ... on PersonalDocument { history { action fromState toState } } } }',
      { id: first.id },
      { as: e.teacher },
    );
    expect(history.data.node.history).toEqual([
      { action: 'UPLOAD', fromState: null, toState: 'v1' },
      { action: 'REPLACE', fromState: 'v1', toState: 'v2' },
    ]);
  });

  it('lists one summary slot per selected competency, 未上传 until uploaded', async () => {
    const e = await selectedTeacher();
    ofType(resultOf(await uploadSummary(e, 'B4', pdf(500), 'B4总结.pdf')), 'UploadImprovementSummaryPayload');
    const page = (await t.data(ImprovementMyPageDocument, { enrolmentId: e.gid }, { as: e.teacher })).node as AdHoc;
    expect(page.improvementPlan).toBeNull();
    expect(
      page.improvementSummaries.map((row: AdHoc) => [row.competency.code, row.document?.file.filename ?? null]),
    ).toEqual([
      ['B1', null],
      ['B4', 'B4总结.pdf'],
      ['C7', null],
    ]);
    expect(page.schoolStudyResult).toBeNull();
  });
});

describe('the teacher’s page', () => {
  it('reads the plan and every summary in the same number of statements whatever is uploaded', async () => {
    const e = await selectedTeacher();
    const statements = async () =>
      (await t.measure(() => t.data(ImprovementMyPageDocument, { enrolmentId: e.gid }, { as: e.teacher }))).statements;
    const one = await (async () => {
      ofType(resultOf(await uploadSummary(e, 'B1', pdf(300), 'B1.pdf')), 'UploadImprovementSummaryPayload');
      return statements();
    })();
    ofType(resultOf(await uploadSummary(e, 'B4', pdf(300), 'B4.pdf')), 'UploadImprovementSummaryPayload');
    ofType(resultOf(await uploadSummary(e, 'C7', pdf(300), 'C7.pdf')), 'UploadImprovementSummaryPayload');
    ofType(resultOf(await uploadSummary(e, 'C7', docx(), 'C7.docx')), 'UploadImprovementSummaryPayload');
    expect(await statements()).toBe(one);
    const page = (await t.data(ImprovementMyPageDocument, { enrolmentId: e.gid }, { as: e.teacher })).node as AdHoc;
    expect(page.improvementSummaries.map((row: AdHoc) => row.document.version)).toEqual([1, 1, 2]);
  });
});

describe('refused uploads change nothing and leave no file behind', () => {
  it('a 3 MB summary: FILE_TOO_LARGE (2048 KB at most)', async () => {
    const e = await selectedTeacher();
    const before = await snapshot();
    const result = resultOf(await uploadSummary(e, 'B1', pdf(3 * 1024 * 1024), 'B1总结.pdf'));
    expect(result).toMatchObject({
      __typename: 'FileTooLargeError',
      code: 'FILE_TOO_LARGE',
      maxBytes: 2 * 1024 * 1024,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('a .exe renamed .pdf: FILE_TYPE_NOT_ALLOWED by content; a .txt by name', async () => {
    const e = await selectedTeacher();
    const before = await snapshot();
    const renamed = resultOf(await uploadSummary(e, 'B1', exe(), 'B1总结.pdf'));
    expect(renamed).toMatchObject({
      __typename: 'FileTypeNotAllowedError',
      code: 'FILE_TYPE_NOT_ALLOWED',
      allowedTypes: ['DOC', 'DOCX', 'PDF'],
    });
    const text = resultOf(await uploadPlan(e, new TextEncoder().encode('plan'), 'plan.txt'));
    expect(text).toMatchObject({ __typename: 'FileTypeNotAllowedError' });
    expect(await snapshot()).toEqual(before);
  });

  it('a summary of a competency not selected: NOT_FOUND', async () => {
    const e = await selectedTeacher();
    const before = await snapshot();
    const result = resultOf(await uploadSummary(e, 'A1', pdf(), 'A1总结.pdf'));
    expect(result).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    // Without a submitted or approved selection, no competency has a summary.
    const returned = await p.teacher(s);
    await p.select(returned, POINTS, 'RETURNED');
    expect(resultOf(await uploadSummary(returned, 'B1', pdf(), 'B1总结.pdf'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await snapshot()).toEqual(before);
  });

  it('after the phase ended (校本研修时间结束后将不开放上传和修改): INVALID_STATE, in Chinese and English', async () => {
    const ended = await guangdong(d, [s], '2020-06-30');
    const e = await selectedTeacher(ended);
    const before = await snapshot();
    const en = resultOf(await uploadPlan(e, pdf(), 'plan.pdf'));
    expect(en).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
    expect(en.message).toContain('2020-06-30');
    const zh = resultOf(
      await t.upload(
        ImprovementUploadSummaryDocument,
        { input: { enrolmentId: e.gid, competencyId: national.competency('B1').gid, file: null } },
        { 'input.file': { bytes: pdf(), filename: 'B1.pdf' } },
        { as: e.teacher, locale: 'zh-CN' },
      ),
    );
    expect(zh.message).toContain('不再开放');
    expect(await snapshot()).toEqual(before);
  });

  it('someone else’s enrolment: NOT_FOUND for another teacher, FORBIDDEN_ACTION for the school admin', async () => {
    const e = await selectedTeacher();
    const other = await selectedTeacher();
    const before = await snapshot();
    expect(resultOf(await uploadPlan(e, pdf(), 'plan.pdf', other.teacher))).toMatchObject({ code: 'NOT_FOUND' });
    expect(resultOf(await uploadPlan(e, pdf(), 'plan.pdf', s.admin))).toMatchObject({ code: 'FORBIDDEN_ACTION' });
    expect(await snapshot()).toEqual(before);
  });

  it('two first uploads at once: one wins, the other gets CONFLICT and leaves no file behind', async () => {
    const e = await selectedTeacher();
    const before = await storedFiles();
    const results = await bothPastTheirRead(() =>
      Promise.all([
        uploadPlan(e, pdf(800, 'a'), 'a.pdf').then(resultOf),
        uploadPlan(e, pdf(800, 'b'), 'b.pdf').then(resultOf),
      ]),
    );
    expect(results.map((r) => r.__typename).sort()).toEqual(['ConflictError', 'UploadImprovementPlanPayload']);
    const documents = await t.db.prisma.personalDocument.findMany({ where: { enrolmentId: e.id } });
    expect(documents).toHaveLength(1);
    expect(documents[0]!.version).toBe(1);
    expect(await t.db.prisma.personalDocumentVersion.count({ where: { documentId: documents[0]!.id } })).toBe(1);
    // Only the winner's bytes were kept.
    const added = (await storedFiles()).filter((name) => !before.includes(name));
    const winner = await t.db.prisma.storedFile.findUniqueOrThrow({ where: { id: documents[0]!.fileId } });
    expect(added).toEqual([winner.storageKey]);
  });
});

/**
 * Runs two uploads so that both have read “no document yet” before either writes. On PostgreSQL the documents' table is
 * held in SHARE mode (reads pass, inserts wait) until both uploads wait at their insert; without that, the second could
 * start after the first committed and rightly replace it. PGlite runs one transaction at a time, after both reads.
 */
async function bothPastTheirRead<T>(uploads: () => Promise<T>): Promise<T> {
  if (!t.db.url) return uploads();
  const holder = new pg.Client({ connectionString: t.db.url });
  await holder.connect();
  try {
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE "PersonalDocument" IN SHARE MODE');
    const running = uploads();
    const deadline = Date.now() + 10_000;
    for (;;) {
      // pg_locks, not pg_stat_activity: the latter is a snapshot taken once per transaction.
      const { rows } = await holder.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks
         WHERE relation = '"PersonalDocument"'::regclass AND mode = 'RowExclusiveLock' AND NOT granted`,
      );
      if (rows[0]!.n === 2) break;
      if (Date.now() > deadline) throw new Error(`uploads waiting at their insert: ${rows[0]!.n} of 2`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await holder.query('COMMIT');
    return await running;
  } finally {
    await holder.end();
  }
}

/** Completes a teacher's study: the plan, `hours` of group activities and the summaries of `codes`. */
async function study(
  e: EnrolmentRef,
  school: SchoolWorld,
  programme: ProgrammeWorld,
  hours: number[],
  codes: string[],
) {
  if (hours.length || codes.length) {
    const w = { d, s: school, p: programme, members: [e] };
    for (const h of hours) await activity(t, w, { hours: h, kind: 'OFFLINE' });
  }
  for (const code of codes)
    ofType(resultOf(await uploadSummary(e, code, pdf(400), `${code}.pdf`)), 'UploadImprovementSummaryPayload');
}

describe('the school admin’s review (校本研修考核)', () => {
  it('shows the seed’s row (未上传, 0/25, 0/3, 未完成, 待考核), counts hours up to the cap and totals the school', async () => {
    const school = await d.school();
    const programme = await guangdong(d, [school]);
    const fresh = await selectedTeacher(programme, school);
    await t.db.prisma.user.update({
      where: { id: fresh.teacher.id },
      data: { displayName: 'A 0112测试教师', nationalIdMasked: '440402********1234' },
    });
    const done = await selectedTeacher(programme, school);
    await t.db.prisma.user.update({ where: { id: done.teacher.id }, data: { displayName: 'B 完成教师' } });
    ofType(resultOf(await uploadPlan(done, pdf(), 'plan.pdf')), 'UploadImprovementPlanPayload');
    await study(done, school, programme, [2, 5, 5, 10, 10], POINTS);

    const page = (await review(programme, school)).schoolStudyReview!;
    expect(page.totalCount).toBe(2);
    expect(page.totals).toEqual({ teachers: 2, complete: 1, passed: 0, failed: 0, pending: 2 });
    const [first, second] = page.nodes as AdHoc[];
    expect(first).toMatchObject({
      teacherName: 'A 0112测试教师',
      nationalIdMasked: '440402********1234',
      groups: [school.group.name],
      planRequired: true,
      planUploaded: false,
      plan: null,
      hours: { countedHours: 0, capHours: 25 },
      summaries: { uploaded: 0, required: 3 },
      complete: false,
      missing: ['PLAN', 'HOURS', 'SUMMARIES'],
      result: null,
      decidedAt: null,
    });
    expect(second).toMatchObject({
      teacherName: 'B 完成教师',
      planUploaded: true,
      plan: { version: 1, file: { filename: 'plan.pdf' } },
      // 超出25学时的部分不纳入计算: 32 recorded, 25 counted.
      hours: { recordedHours: 32, countedHours: 25, capHours: 25, reached: true },
      summaries: { uploaded: 3, required: 3 },
      complete: true,
      missing: [],
    });

    const searched = (await review(programme, school, { search: '0112' })).schoolStudyReview!;
    expect(searched.nodes.map((row: AdHoc) => row.teacherName)).toEqual(['A 0112测试教师']);
    expect(searched.totals.teachers).toBe(2);
  });

  it('is the school admin’s alone: null for the teacher, the leader and the district admin', async () => {
    for (const as of [s.leader, d.admin, s.tutor]) {
      const res = await t.data(
        ImprovementSchoolReviewDocument,
        { programmeId: p.gid, schoolId: s.school.gid, first: 10 },
        { as },
      );
      expect(res.schoolStudyReview).toBeNull();
    }
  });

  it('refuses PASSED while incomplete (naming what is missing), fails with a comment, passes once complete', async () => {
    const school = await d.school();
    const programme = await guangdong(d, [school]);
    const e = await selectedTeacher(programme, school);
    const decideHere = (result: 'PASSED' | 'FAILED', comment?: string) => decide(e, result, comment, school.admin);

    const incomplete = (await decideHere('PASSED')) as AdHoc;
    expect(incomplete).toMatchObject({
      __typename: 'SchoolStudyIncompleteError',
      code: 'INVALID_STATE',
      missing: ['PLAN', 'HOURS', 'SUMMARIES'],
    });
    expect(incomplete.message).toContain('0 of 25');
    expect(await decideHere('FAILED')).toMatchObject({ __typename: 'ValidationError', code: 'INVALID_INPUT' });
    expect(await t.db.prisma.schoolStudyReview.count({ where: { enrolmentId: e.id } })).toBe(0);

    const failed = ofType(await decideHere('FAILED', '未上传个人提升计划'), 'DecideSchoolStudyPayload').review;
    expect(failed).toMatchObject({ result: 'FAILED', comment: '未上传个人提升计划' });

    ofType(resultOf(await uploadPlan(e, pdf(), 'plan.pdf')), 'UploadImprovementPlanPayload');
    await study(e, school, programme, [10, 10, 5], ['B1', 'B4']);
    const stillMissing = await decideHere('PASSED');
    expect(stillMissing).toMatchObject({ __typename: 'SchoolStudyIncompleteError', missing: ['SUMMARIES'] });
    await study(e, school, programme, [], ['C7']);

    const passed = ofType(await decideHere('PASSED'), 'DecideSchoolStudyPayload').review;
    expect(passed).toMatchObject({ result: 'PASSED', comment: null });
    expect(passed.history.map((h: AdHoc) => [h.action, h.fromState, h.toState])).toEqual([
      ['DECIDE', 'PENDING', 'FAILED'],
      ['DECIDE', 'FAILED', 'PASSED'],
    ]);
    const row = (await review(programme, school)).schoolStudyReview!.nodes[0] as AdHoc;
    expect(row).toMatchObject({ complete: true, result: 'PASSED' });
    const mine = (await t.data(ImprovementMyPageDocument, { enrolmentId: e.gid }, { as: e.teacher })).node as AdHoc;
    expect(mine.schoolStudyResult).toMatchObject({ result: 'PASSED' });
  });

  it('keeps verdicts once the programme is closed, and says so in Chinese', async () => {
    const school = await d.school();
    const programme = await guangdong(d, [school]);
    const e = await selectedTeacher(programme, school);
    ofType(await decide(e, 'FAILED', '学时不足', school.admin), 'DecideSchoolStudyPayload');
    await t.db.prisma.programme.update({ where: { id: programme.id }, data: { status: 'CLOSED' } });
    const closed = (await t.mutate(
      ImprovementDecideDocument,
      { enrolmentId: e.gid, result: 'FAILED', comment: '改判' },
      { as: school.admin, locale: 'zh-CN' },
    )) as AdHoc;
    expect(closed).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
    expect(closed.message).toContain('已结项');
    const review = await t.db.prisma.schoolStudyReview.findUniqueOrThrow({ where: { enrolmentId: e.id } });
    expect(review.comment).toBe('学时不足');
    const incomplete = (await t.mutate(
      ImprovementDecideDocument,
      { enrolmentId: (await selectedTeacher()).gid, result: 'PASSED' },
      { as: s.admin, locale: 'zh-CN' },
    )) as AdHoc;
    expect(incomplete.message).toBe(
      '校本研修未完成，不能考核通过；尚缺：个人提升计划；校本研修学时（0/25）；个人提升总结（0/3）。',
    );
  });

  it('is the school admin’s decision: FORBIDDEN_ACTION for the teacher and the district admin, NOT_FOUND elsewhere', async () => {
    const e = await selectedTeacher();
    expect(await decide(e, 'FAILED', 'x', e.teacher)).toMatchObject({ code: 'FORBIDDEN_ACTION' });
    expect(await decide(e, 'FAILED', 'x', d.admin)).toMatchObject({ code: 'FORBIDDEN_ACTION' });
    const elsewhere = await t.world.district().school();
    expect(await decide(e, 'FAILED', 'x', elsewhere.admin)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.db.prisma.schoolStudyReview.count({ where: { enrolmentId: e.id } })).toBe(0);
  });

  it('reads in the same number of SQL statements for 1, 10 and 50 teachers', async () => {
    const counts: number[] = [];
    for (const size of [1, 10, 50]) {
      const school = await d.school();
      const programme = await guangdong(d, [school]);
      for (let i = 0; i < size; i += 1) {
        const e = await programme.teacher(school);
        await programme.select(e, POINTS, 'APPROVED');
        await joinGroup(t, e.teacher, school.group);
        await planRow(e);
      }
      const { count, data } = await t.statementsFor(
        `query($p: ID!, $s: ID!) { schoolStudyReview(programmeId: $p, schoolId: $s, first: 100) {
           totalCount totals { teachers complete pending }
           nodes { teacherName nationalIdMasked groups planUploaded plan { id version file { filename } versions { version } }
                   hours { countedHours capHours } summaries { uploaded required } complete missing result } } }`,
        { p: programme.gid, s: school.school.gid },
        { as: school.admin },
      );
      expect(data.schoolStudyReview.nodes).toHaveLength(size);
      expect(data.schoolStudyReview.nodes[0].plan.file.filename).toBe('plan.pdf');
      counts.push(count);
    }
    expect(new Set(counts).size, counts.join(', ')).toBe(1);
  });
});

/** A plan written straight to the database (for read tests). */
async function planRow(e: EnrolmentRef) {
  const prisma = t.db.prisma;
  const file = await prisma.storedFile.create({
    data: {
      storageKey: `plan-${e.id.replaceAll('-', '')}`.slice(0, 40),
      filename: 'plan.pdf',
      contentType: 'application/pdf',
      size: 1,
      sha256: '0'.repeat(64),
      orgPath: e.orgPath,
      uploadedById: e.teacher.id,
    },
  });
  await prisma.personalDocument.create({
    data: {
      enrolmentId: e.id,
      kind: 'PLAN',
      fileId: file.id,
      orgPath: e.orgPath,
      versions: { create: { version: 1, fileId: file.id, uploadedById: e.teacher.id } },
    },
  });
}

describe('who sees the documents', () => {
  it('the teacher and the admins over the school; another teacher, the leader and the tutor see nothing', async () => {
    const e = await selectedTeacher();
    const plan = ofType(resultOf(await uploadPlan(e, pdf(), 'plan.pdf')), 'UploadImprovementPlanPayload').document;
    const other = await selectedTeacher();
    const read = async (as: UserRef) =>
      (await t.gql('query($id: ID!) { node(id: $id) { id } }', { id: plan.id }, { as })).data.node;
    for (const as of [e.teacher, s.admin, d.admin, d.provinceAdmin]) expect(await read(as)).toEqual({ id: plan.id });
    for (const as of [other.teacher, s.leader, s.tutor]) expect(await read(as)).toBeNull();
    // The tutor sees the enrolment, not its school-based study.
    const tutorView = await t.gql(
      'query($id: ID!) { node(id: $id) { ... on Enrolment { id improvementPlan { id } improvementSummaries { document { id } } schoolStudyResult { result } } } }',
      { id: e.gid },
      { as: s.tutor },
    );
    expect(tutorView.data.node).toEqual({
      id: e.gid,
      improvementPlan: null,
      improvementSummaries: null,
      schoolStudyResult: null,
    });
    // Selecting nothing but the type names still works.
    const bare = await t.gql(
      `query($id: ID!, $p: ID!, $s: ID!) {
         node(id: $id) { ... on Enrolment { improvementPlan { __typename } improvementSummaries { __typename document { __typename } } } }
         schoolStudyReview(programmeId: $p, schoolId: $s, first: 100) { nodes { plan { __typename } } } }`,
      { id: e.gid, p: p.gid, s: s.school.gid },
      { as: s.admin },
    );
    expect(bare.errors, JSON.stringify(bare.errors)).toBeUndefined();
    expect(bare.data.node.improvementPlan).toEqual({ __typename: 'PersonalDocument' });
    expect(bare.data.node.improvementSummaries).toHaveLength(3);
    expect(bare.data.schoolStudyReview.nodes.some((row: AdHoc) => row.plan !== null)).toBe(true);
    const adminView = (await t.data(ImprovementMyPageDocument, { enrolmentId: e.gid }, { as: s.admin })).node as AdHoc;
    expect(adminView.improvementPlan.id).toBe(plan.id);
  });
});
