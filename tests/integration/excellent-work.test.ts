/**
 * Excellent work (优秀成果) through the API: school and district admins publish excellent evidence province-wide with
 * the teacher's consent (Xinbei: 考核为优秀的由校级管理员将该学员应用成果上传至平台供全省教师学习点评使用), teachers of the province
 * read the library, and the school's report measures the teachers with published videos against the programme's target
 * (视频总数为该校专任教师数30%以上, 普及到每门学科).
 */
import { randomBytes } from 'node:crypto';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDownloadToken } from '../../api/storage/download-link.js';
import {
  ExcellentWorkLibraryDocument,
  ExcellentWorkPublishDocument,
  ExcellentWorkSchoolReportDocument,
  ExcellentWorkWithdrawDocument,
} from '../../sdk/src/generated/graphql.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { type EvidenceRowOptions, evidenceRow } from '../kit/evidence.js';
import { mp4 } from '../kit/media.js';
import { ofType } from '../kit/results.js';
import type {
  DistrictWorld,
  EnrolmentRef,
  ProgrammeOptions,
  ProgrammeWorld,
  SchoolWorld,
  UserRef,
} from '../kit/world.js';

/** Xinbei's target: 30% of the full-time teachers, every subject. */
const XINBEI_RULES = {
  evidence: { excellentWork: { targetRate: 0.3, everySubject: true } },
} as ProgrammeOptions['rules'];

let t: TestApp;
let d: DistrictWorld;
let s: SchoolWorld;
let p: ProgrammeWorld;
/** A school of another district of the same province, and one of another province. */
let neighbour: SchoolWorld;
let foreign: SchoolWorld;

beforeAll(async () => {
  t = await testApp();
  d = await t.world.district();
  s = await d.school({ fullTimeTeachers: 40 });
  p = await d.programme({ rules: XINBEI_RULES, schools: [s] });
  neighbour = await (await t.world.district({ in: d })).school();
  foreign = await (await t.world.district()).school();
}, 60_000);
afterAll(() => t.close());

const prisma = () => t.db.prisma;

/** A teacher of the school enrolled in the programme, teaching `subject`. */
async function teacherOf(
  subject: string | null,
  school: SchoolWorld = s,
  programme: ProgrammeWorld = p,
): Promise<EnrolmentRef> {
  const e = await programme.teacher(school);
  await prisma().user.update({ where: { id: e.teacher.id }, data: { teachingSubject: subject } });
  return e;
}

/** Adds an MP4 artefact (bytes in storage too) to the current version of an evidence; returns the file's id. */
async function addVideo(evidenceId: string, e: EnrolmentRef): Promise<string> {
  const evidence = await prisma().evidence.findUniqueOrThrow({ where: { id: evidenceId }, select: { version: true } });
  const version = await prisma().evidenceVersion.findUniqueOrThrow({
    where: { evidenceId_version: { evidenceId, version: evidence.version } },
    select: { id: true },
  });
  const bytes = mp4(120);
  const storageKey = randomBytes(16).toString('hex');
  await t.files.storage.put(storageKey, bytes, 'video/mp4');
  const file = await prisma().storedFile.create({
    data: {
      storageKey,
      filename: 'reflection.mp4',
      contentType: 'video/mp4',
      size: bytes.length,
      sha256: '0'.repeat(64),
      orgPath: e.orgPath,
      uploadedById: e.teacher.id,
    },
  });
  await prisma().evidenceArtefact.create({
    data: { versionId: version.id, slot: 'reflection', fileId: file.id, durationSeconds: 120 },
  });
  return file.id;
}

/** Excellent evidence of `code` (ASSESSED, EXCELLENT, consent given unless said), with a video unless `video: false`. */
async function excellent(
  e: EnrolmentRef,
  code: string,
  options: EvidenceRowOptions & { video?: boolean } = {},
  programme: ProgrammeWorld = p,
) {
  const row = await evidenceRow(prisma(), e, programme, code, {
    status: 'ASSESSED',
    outcome: 'EXCELLENT',
    points: 95,
    publishConsent: true,
    ...options,
  });
  const videoFileId = options.video === false ? null : await addVideo(row.id, e);
  return { ...row, videoFileId };
}

const publish = (evidenceId: string, expectedVersion: number, as: UserRef | null, locale?: 'en' | 'zh-CN') =>
  t.mutate(ExcellentWorkPublishDocument, { evidenceId, expectedVersion }, { as, ...(locale ? { locale } : {}) });
const withdraw = (evidenceId: string, reason: string, as: UserRef) =>
  t.mutate(ExcellentWorkWithdrawDocument, { evidenceId, reason }, { as });
const library = async (as: UserRef | null, filters: Record<string, unknown> = {}) =>
  (await t.data(ExcellentWorkLibraryDocument, { first: 100, ...filters }, { as })).publishedEvidence;
const listed = async (as: UserRef | null, id: string, filters: Record<string, unknown> = {}) =>
  (await library(as, filters)).nodes.some((node) => node?.id === id);

/** What publishing must leave as it was. */
async function snapshot(evidenceId: string) {
  const [evidence, history] = await Promise.all([
    prisma().evidence.findUniqueOrThrow({
      where: { id: evidenceId },
      select: { publishedAt: true, publishedById: true, version: true, status: true, updatedAt: true },
    }),
    prisma().decision.count({ where: { subjectType: 'Evidence', subjectId: evidenceId } }),
  ]);
  return { evidence, history };
}

describe('publishing excellent evidence', () => {
  it('the school admin publishes ASSESSED excellent work with consent; PUBLISH in its history; twice changes nothing', async () => {
    const e = await teacherOf('数学');
    const work = await excellent(e, 'A1');
    const result = ofType(await publish(work.gid, 1, s.admin), 'PublishExcellentEvidencePayload');
    expect(result.evidence).toMatchObject({ id: work.gid, publishConsent: true, outcome: 'EXCELLENT' });
    expect(result.evidence?.publishedAt).toBeTruthy();
    expect(result.evidence?.publication).toMatchObject({
      authorName: e.teacher.displayName,
      schoolName: s.school.name,
      subject: '数学',
      hasVideo: true,
    });
    expect(result.evidence?.history.map((entry) => [entry.action, entry.actorName])).toEqual([
      ['PUBLISH', s.admin.displayName],
    ]);
    const stored = await prisma().evidence.findUniqueOrThrow({ where: { id: work.id } });
    expect(stored.publishedById).toBe(s.admin.id);

    const before = await snapshot(work.id);
    const again = ofType(await publish(work.gid, 1, s.admin), 'PublishExcellentEvidencePayload');
    expect(again.evidence?.publishedAt).toBe(result.evidence?.publishedAt);
    expect(await snapshot(work.id)).toEqual(before);
  });

  it('the district admin may publish too', async () => {
    const work = await excellent(await teacherOf('语文'), 'A2');
    ofType(await publish(work.gid, 1, d.admin), 'PublishExcellentEvidencePayload');
  });

  it('refuses without the teacher’s consent: CONSENT_REQUIRED in English and Chinese, nothing changes', async () => {
    const work = await excellent(await teacherOf('数学'), 'A1', { publishConsent: false });
    const before = await snapshot(work.id);
    expect(await publish(work.gid, 1, s.admin)).toEqual({
      __typename: 'PublishConsentRequiredError',
      code: 'CONSENT_REQUIRED',
      message: 'The teacher has not consented to publishing this work; it can be published once they do.',
    });
    expect(await publish(work.gid, 1, s.admin, 'zh-CN')).toMatchObject({
      code: 'CONSENT_REQUIRED',
      message: '该教师未同意公开此成果，教师同意后方可发布。',
    });
    expect(await snapshot(work.id)).toEqual(before);
  });

  it('refuses work not assessed as excellent with INVALID_STATE, nothing changes', async () => {
    const pass = await excellent(await teacherOf('数学'), 'A1', { outcome: 'PASS' });
    const pending = await excellent(await teacherOf('数学'), 'A1', { status: 'GROUP_REVIEWED', outcome: null });
    for (const [work, en, zh] of [
      [pass, /assessed, outcome: pass/, /已评定，结果：合格/],
      [pending, /with the school’s raters, outcome: not settled/, /待学校评审，结果：未评定/],
    ] as const) {
      const before = await snapshot(work.id);
      expect(await publish(work.gid, 1, s.admin)).toMatchObject({
        __typename: 'InvalidStateError',
        code: 'INVALID_STATE',
        message: expect.stringMatching(en),
      });
      expect(await publish(work.gid, 1, s.admin, 'zh-CN')).toMatchObject({ message: expect.stringMatching(zh) });
      expect(await snapshot(work.id)).toEqual(before);
    }
  });

  it('refuses a stale version with CONFLICT, nothing changes', async () => {
    const work = await excellent(await teacherOf('数学'), 'A1', { version: 2 });
    const before = await snapshot(work.id);
    expect(await publish(work.gid, 1, s.admin)).toMatchObject({
      __typename: 'ConflictError',
      code: 'CONFLICT',
      message: 'The evidence changed meanwhile (it is now at version 2); reload it and try again.',
    });
    expect(await publish(work.gid, 1, s.admin, 'zh-CN')).toMatchObject({ message: expect.stringContaining('第 2 版') });
    expect(await snapshot(work.id)).toEqual(before);
    ofType(await publish(work.gid, 2, s.admin), 'PublishExcellentEvidencePayload');
  });

  it('is refused to the author (FORBIDDEN_ACTION) and missing for another province’s admin, nothing changes', async () => {
    const e = await teacherOf('数学');
    const work = await excellent(e, 'A1');
    const before = await snapshot(work.id);
    expect(await publish(work.gid, 1, e.teacher)).toMatchObject({ code: 'FORBIDDEN_ACTION' });
    expect(await publish(work.gid, 1, s.tutor)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await publish(work.gid, 1, foreign.admin)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await publish(work.gid, 1, neighbour.admin)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await publish(work.gid, 1, null)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await snapshot(work.id)).toEqual(before);
  });
});

describe('the province-wide library', () => {
  it('lists published work to teachers of the province, not of another province nor anonymous callers', async () => {
    const e = await teacherOf('英语');
    const work = await excellent(e, 'B2');
    const reader = await neighbour.teacher();
    const stranger = await foreign.teacher();
    expect(await listed(reader, work.gid)).toBe(false);
    ofType(await publish(work.gid, 1, s.admin), 'PublishExcellentEvidencePayload');

    const page = await library(reader);
    const item = page.nodes.find((node) => node?.id === work.gid);
    expect(item).toMatchObject({
      competency: { code: 'B2' },
      outcome: 'EXCELLENT',
      publication: { authorName: e.teacher.displayName, schoolName: s.school.name, subject: '英语', hasVideo: true },
    });
    // The node itself is public within the province too.
    const node = await t.gql(
      'query($id: ID!) { node(id: $id) { id ... on Evidence { publication { authorName } } } }',
      {
        id: work.gid,
      },
      { as: reader },
    );
    expect(node.data.node).toEqual({ id: work.gid, publication: { authorName: e.teacher.displayName } });

    expect(await listed(stranger, work.gid)).toBe(false);
    expect(await library(null)).toMatchObject({ totalCount: 0, nodes: [] });
    const hidden = await t.gql('query($id: ID!) { node(id: $id) { id } }', { id: work.gid }, { as: stranger });
    expect(hidden.data.node).toBeNull();
  });

  it('newest first, filtered by programme, competency and subject; hasVideo false without a video', async () => {
    const dd = await t.world.district();
    const ss = await dd.school();
    const pp = await dd.programme({ rules: XINBEI_RULES, schools: [ss] });
    const reader = await ss.teacher();
    const math = await excellent(await teacherOf('数学', ss, pp), 'A1', { video: false }, pp);
    const chinese = await excellent(await teacherOf('语文', ss, pp), 'A2', {}, pp);
    for (const work of [math, chinese]) ofType(await publish(work.gid, 1, ss.admin), 'PublishExcellentEvidencePayload');

    const all = await library(reader);
    expect(all.totalCount).toBe(2);
    expect(all.nodes.map((node) => [node?.id, node?.publication?.hasVideo])).toEqual([
      [chinese.gid, true],
      [math.gid, false],
    ]);
    const ids = async (filters: Record<string, unknown>) => (await library(reader, filters)).nodes.map((n) => n?.id);
    expect(await ids({ subject: '数学' })).toEqual([math.gid]);
    expect(await ids({ subject: '物理' })).toEqual([]);
    const catalogue = await t.world.catalogue();
    expect(await ids({ competencyId: catalogue.competency('A2').gid })).toEqual([chinese.gid]);
    expect(await ids({ programmeId: pp.gid })).toEqual([chinese.gid, math.gid]);
    expect(await ids({ programmeId: p.gid })).toEqual([]);
    const first = await library(reader, { first: 1 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await library(reader, { first: 1, after: first.pageInfo.endCursor });
    expect(second.nodes.map((n) => n?.id)).toEqual([math.gid]);
  });

  it('published work whose teacher withdrew consent is no longer listed nor counted', async () => {
    const e = await teacherOf('数学');
    const work = await excellent(e, 'C1');
    ofType(await publish(work.gid, 1, s.admin), 'PublishExcellentEvidencePayload');
    const reader = await neighbour.teacher();
    expect(await listed(reader, work.gid)).toBe(true);
    // The teacher withdraws consent (the evidence module's setEvidencePublishConsent).
    const withdrawn = await t.gql(
      'mutation($input: SetEvidencePublishConsentInput!) { setEvidencePublishConsent(input: $input) { __typename } }',
      { input: { evidenceId: work.gid, consent: false } },
      { as: e.teacher },
    );
    expect(withdrawn.data.setEvidencePublishConsent.__typename).toBe('SetEvidencePublishConsentPayload');
    expect((await prisma().evidence.findUniqueOrThrow({ where: { id: work.id } })).publishConsent).toBe(false);
    expect(await listed(reader, work.gid)).toBe(false);
    const node = await t.gql(
      'query($id: ID!) { node(id: $id) { ... on Evidence { publication { authorName } } } }',
      {
        id: work.gid,
      },
      { as: s.admin },
    );
    expect(node.data.node.publication).toBeNull();
  });

  it('a published video’s file: another province’s teacher can never download it', async () => {
    const work = await excellent(await teacherOf('数学'), 'C2');
    ofType(await publish(work.gid, 1, s.admin), 'PublishExcellentEvidencePayload');
    const stranger = await foreign.teacher();
    const token = await signDownloadToken(t.files.linkSecret, { fileId: work.videoFileId!, userId: stranger.id }, 300);
    const res = await t.fetch(`/files/${token}`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    // The school's own admin downloads it (the file belongs to the school).
    const own = await signDownloadToken(t.files.linkSecret, { fileId: work.videoFileId!, userId: s.admin.id }, 300);
    const ok = await t.fetch(`/files/${own}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('video/mp4');
  });

  it('a teacher of the province downloads a published video through its artefact’s downloadUrl', async () => {
    const work = await excellent(await teacherOf('数学'), 'C3');
    ofType(await publish(work.gid, 1, s.admin), 'PublishExcellentEvidencePayload');
    const reader = await neighbour.teacher();
    const item = (await library(reader)).nodes.find((node) => node?.id === work.gid);
    const video = item?.artefacts.find((artefact) => artefact.slot === 'reflection');
    expect(video?.file).toMatchObject({ contentType: 'video/mp4', filename: 'reflection.mp4' });
    const download = await t.fetch(video!.file!.downloadUrl);
    expect(download.status).toBe(200);
    expect(
      Buffer.from(await download.arrayBuffer())
        .subarray(4, 8)
        .toString('latin1'),
    ).toBe('ftyp');
  });
});

describe('withdrawing a publication', () => {
  it('unpublishes with the reason (WITHDRAW in the history); again is INVALID_STATE; a blank reason is refused', async () => {
    const work = await excellent(await teacherOf('数学'), 'A3');
    ofType(await publish(work.gid, 1, s.admin), 'PublishExcellentEvidencePayload');
    const reader = await neighbour.teacher();
    expect(await listed(reader, work.gid)).toBe(true);

    const blank = await withdraw(work.gid, '   ', s.admin);
    expect(blank).toMatchObject({ __typename: 'ValidationError', code: 'INVALID_INPUT' });
    expect(await listed(reader, work.gid)).toBe(true);

    const done = ofType(
      await withdraw(work.gid, '视频含学生肖像，需重新处理', s.admin),
      'WithdrawPublishedEvidencePayload',
    );
    expect(done.evidence).toMatchObject({ publishedAt: null, publication: null });
    expect(done.evidence?.history.map((entry) => [entry.action, entry.comment])).toEqual([
      ['PUBLISH', null],
      ['WITHDRAW', '视频含学生肖像，需重新处理'],
    ]);
    expect(await listed(reader, work.gid)).toBe(false);
    expect(await prisma().evidence.findUniqueOrThrow({ where: { id: work.id } })).toMatchObject({
      publishedAt: null,
      publishedById: null,
    });

    const before = await snapshot(work.id);
    expect(await withdraw(work.gid, 'again', s.admin)).toMatchObject({
      __typename: 'InvalidStateError',
      message: 'The evidence is not published, so there is nothing to withdraw.',
    });
    expect(await withdraw(work.gid, 'again', neighbour.admin)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await snapshot(work.id)).toEqual(before);
    // It may be published again.
    ofType(await publish(work.gid, 1, s.admin), 'PublishExcellentEvidencePayload');
  });
});

describe('the school’s excellent-work report', () => {
  /** A school of `fullTimeTeachers` with its teachers by subject, of whom the first `videos` have published video work. */
  async function schoolWith(
    fullTimeTeachers: number | null,
    groups: Array<[string | null, number, number]>,
    rules: ProgrammeOptions['rules'] = XINBEI_RULES,
  ) {
    const dd = await t.world.district();
    const ss = await dd.school({ fullTimeTeachers });
    const pp = await dd.programme({ rules, schools: [ss] });
    const pending: Array<{ gid: string }> = [];
    for (const [subject, count, videos] of groups) {
      for (let i = 0; i < count; i++) {
        const e = await teacherOf(subject, ss, pp);
        if (i < videos) await excellent(e, 'A1', { published: true }, pp);
        else if (i === videos) pending.push(await excellent(e, 'A1', {}, pp));
      }
    }
    const report = async (as: UserRef = ss.admin) =>
      (await t.data(ExcellentWorkSchoolReportDocument, { programmeId: pp.gid, schoolId: ss.school.gid }, { as }))
        .schoolExcellentWorkReport;
    return { dd, ss, pp, pending, report };
  }

  it('Xinbei: 40 full-time teachers, 11 with published videos of the 12 needed; the 12th published meets the target', async () => {
    // 20 enrolled teachers: 8 语文 (5 with videos), 7 数学 (4), 4 英语 (2), 1 without a subject.
    const { ss, pp, pending, report } = await schoolWith(40, [
      ['语文', 8, 5],
      ['数学', 7, 4],
      ['英语', 4, 2],
      [null, 1, 0],
    ]);
    const before = await report();
    expect(before).toMatchObject({
      fullTimeTeachers: 40,
      enrolledTeachers: 20,
      base: 'FULL_TIME_TEACHERS',
      baseCount: 40,
      teachersWithPublishedVideos: 11,
      publishedVideos: 11,
      targetRate: 0.3,
      requiredTeachers: 12,
      meetsRate: false,
      everySubject: true,
      everySubjectCovered: true,
      meetsTarget: false,
    });
    expect(before?.rate).toBeCloseTo(0.275);
    expect(before?.subjects).toEqual([
      {
        subject: '数学',
        label: '数学',
        enrolledTeachers: 7,
        teachersWithPublishedVideos: 4,
        publishedVideos: 4,
        covered: true,
        required: true,
      },
      {
        subject: '英语',
        label: '英语',
        enrolledTeachers: 4,
        teachersWithPublishedVideos: 2,
        publishedVideos: 2,
        covered: true,
        required: true,
      },
      {
        subject: '语文',
        label: '语文',
        enrolledTeachers: 8,
        teachersWithPublishedVideos: 5,
        publishedVideos: 5,
        covered: true,
        required: true,
      },
      {
        subject: null,
        label: 'Not given',
        enrolledTeachers: 1,
        teachersWithPublishedVideos: 0,
        publishedVideos: 0,
        covered: false,
        required: false,
      },
    ]);
    const zh = await t.data(
      ExcellentWorkSchoolReportDocument,
      { programmeId: pp.gid, schoolId: ss.school.gid },
      { as: ss.admin, locale: 'zh-CN' },
    );
    expect(zh.schoolExcellentWorkReport?.subjects.at(-1)?.label).toBe('未填写');

    // The 12th: the school admin publishes a 语文 teacher's excellent video.
    ofType(await publish(pending[0]!.gid, 1, ss.admin), 'PublishExcellentEvidencePayload');
    expect(await report()).toMatchObject({
      teachersWithPublishedVideos: 12,
      requiredTeachers: 12,
      meetsRate: true,
      everySubjectCovered: true,
      meetsTarget: true,
    });
  });

  it('counts only published, consented video work: not a PDF, not unpublished, not withdrawn consent', async () => {
    const { ss, pp, report } = await schoolWith(null, [['数学', 2, 1]]);
    const pdf = await excellent(await teacherOf('物理', ss, pp), 'A1', { published: true, video: false }, pp);
    const unpublished = await excellent(await teacherOf('化学', ss, pp), 'A1', {}, pp);
    const withdrawn = await excellent(await teacherOf('生物', ss, pp), 'A1', { published: true }, pp);
    await prisma().evidence.update({ where: { id: withdrawn.id }, data: { publishConsent: false } });
    const result = await report();
    expect(result).toMatchObject({
      fullTimeTeachers: null,
      base: 'ENROLLED_TEACHERS',
      baseCount: 5,
      enrolledTeachers: 5,
      teachersWithPublishedVideos: 1,
      requiredTeachers: 2,
      meetsRate: false,
      everySubjectCovered: false,
      meetsTarget: false,
    });
    expect(result?.subjects.map((row) => [row.subject, row.covered])).toEqual([
      ['化学', false],
      ['数学', true],
      ['物理', false],
      ['生物', false],
    ]);
    expect([pdf, unpublished].length).toBe(2);
  });

  it('without a target in the rules: counts, and null verdicts', async () => {
    const { report } = await schoolWith(10, [['数学', 3, 1]], {});
    expect(await report()).toMatchObject({
      baseCount: 10,
      teachersWithPublishedVideos: 1,
      targetRate: null,
      requiredTeachers: null,
      meetsRate: null,
      everySubject: null,
      meetsTarget: null,
    });
  });

  it('is for the admins over the school: null for its teachers, another school’s admin, another programme’s district', async () => {
    const { dd, ss, pp, report } = await schoolWith(10, [['数学', 1, 1]]);
    expect(await report(dd.admin)).toMatchObject({ teachersWithPublishedVideos: 1 });
    expect(await report(dd.provinceAdmin)).toMatchObject({ teachersWithPublishedVideos: 1 });
    const teacher = await ss.teacher();
    const ask = (as: UserRef, programmeId = pp.gid, schoolId = ss.school.gid) =>
      t.gql(print(ExcellentWorkSchoolReportDocument), { programmeId, schoolId }, { as });
    for (const as of [teacher, ss.tutor, ss.leader, s.admin, foreign.admin]) {
      const res = await ask(as);
      expect(res.errors, as.login).toBeUndefined();
      expect(res.data.schoolExcellentWorkReport, as.login).toBeNull();
    }
    // A programme of another district, and an organisation that is not a school.
    expect((await ask(ss.admin, p.gid)).data.schoolExcellentWorkReport).toBeNull();
    expect((await ask(dd.admin, pp.gid, dd.district.gid)).data.schoolExcellentWorkReport).toBeNull();
  });
});

describe('statement counts', () => {
  it('the library and the report cost the same number of statements for 1, 10 and 50 teachers', async () => {
    const counts: string[] = [];
    for (const size of [1, 10, 50]) {
      const dd = await t.world.district();
      const ss = await dd.school({ fullTimeTeachers: 60 });
      const pp = await dd.programme({ rules: XINBEI_RULES, schools: [ss] });
      const subjects = ['语文', '数学', '英语', null];
      for (let i = 0; i < size; i++) {
        const e = await teacherOf(subjects[i % subjects.length] ?? null, ss, pp);
        await excellent(e, 'A1', { published: true, video: i % 2 === 0 }, pp);
      }
      const reader = await ss.teacher();
      const lib = await t.statementsFor(print(ExcellentWorkLibraryDocument), { first: 100 }, { as: reader });
      expect((lib.data as AdHoc).publishedEvidence.nodes).toHaveLength(size);
      const rep = await t.statementsFor(
        print(ExcellentWorkSchoolReportDocument),
        { programmeId: pp.gid, schoolId: ss.school.gid },
        { as: ss.admin },
      );
      expect((rep.data as AdHoc).schoolExcellentWorkReport.enrolledTeachers).toBe(size);
      counts.push(`${lib.count}/${rep.count}`);
    }
    expect(new Set(counts).size, `library/report statements at 1, 10, 50: ${counts}`).toBe(1);
  }, 120_000);
});
