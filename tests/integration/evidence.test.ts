import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDownloadToken } from '../../api/storage/download-link.js';
import {
  EvidenceAddArtefactDocument,
  EvidenceDetailDocument,
  EvidencePageDocument,
  EvidenceRemoveArtefactDocument,
  EvidenceSetPublishConsentDocument,
  EvidenceSubmitDocument,
} from '../../sdk/src/generated/graphql.js';
import { type AdHoc, type TestApp, testApp, type UploadPart } from '../kit/app.js';
import { competencyId, joinGroup } from '../kit/evidence.js';
import { gid, rawId, unique } from '../kit/ids.js';
import { mp4 } from '../kit/media.js';
import { exe, pdf, png } from '../kit/office-files.js';
import { ofType } from '../kit/results.js';
import type { DistrictWorld, EnrolmentRef, ProgrammeWorld, SchoolWorld, UserRef } from '../kit/world.js';

let t: TestApp;
let d: DistrictWorld;
let s: SchoolWorld;

/** The Guangdong spec of 跨学科学习活动设计: one activity plan, two student works with comments, a ≤ 5 min video. */
const SLOTS = [
  {
    key: 'plan',
    kind: 'PLAN',
    nameZh: '活动设计方案',
    nameEn: 'Activity plan',
    count: 1,
    maxCount: 1,
    formats: ['pdf', 'doc', 'docx'],
    maxBytes: 2 * 1024 * 1024,
    teacherVisible: false,
    commentRequired: false,
  },
  {
    key: 'studentWork',
    kind: 'STUDENT_WORK',
    nameZh: '学生作品',
    nameEn: 'Student work',
    count: 2,
    maxCount: 2,
    formats: ['pdf', 'jpg', 'png'],
    maxBytes: 5 * 1024 * 1024,
    teacherVisible: false,
    commentRequired: true,
  },
  {
    key: 'reflection',
    kind: 'REFLECTION_VIDEO',
    nameZh: '反思视频',
    nameEn: 'Reflection video',
    count: 1,
    maxCount: 1,
    formats: ['mp4'],
    maxBytes: 50 * 1024 * 1024,
    maxVideoSeconds: 300,
    teacherVisible: true,
    commentRequired: false,
  },
];

const CRITERIA = [
  {
    key: 'design',
    nameZh: '设计',
    levels: [
      { key: 'good', nameZh: '优', points: 50, descriptorZh: '设计完整' },
      { key: 'fair', nameZh: '中', points: 30, descriptorZh: '基本完整' },
    ],
  },
];

/** The programme's own spec (an override) of each competency code, with a rubric of its own. */
async function specs(p: ProgrammeWorld, codes: string[]) {
  const prisma = t.db.prisma;
  const rubric = await prisma.rubric.create({
    data: {
      key: `evidence-${unique()}`,
      titleZh: '实践证据量规',
      orgPath: d.district.path,
      versions: { create: { version: 1, criteria: CRITERIA, passPoints: 30, excellentPoints: 45 } },
    },
  });
  for (const code of codes) {
    await prisma.assessmentSpec.create({
      data: {
        competencyId: await competencyId(prisma, p.catalogueId, code),
        programmeId: p.id,
        artefacts: SLOTS,
        guidanceZh: '按测评规范提交',
        rubricId: rubric.id,
        orgPath: d.district.path,
      },
    });
  }
}

/** A programme with evidence rules, the Guangdong spec on `codes`. */
async function programme(
  evidence: Record<string, unknown> = {},
  codes = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'],
  extra = {},
) {
  const p = await d.programme({ schools: [s], rules: { evidence, ...extra } as AdHoc });
  await specs(p, codes);
  return p;
}

/** A teacher enrolled in the programme with `codes` APPROVED. */
async function teacher(p: ProgrammeWorld, codes = ['C1'], school = s) {
  const e = await p.teacher(school);
  await p.select(e, codes, 'APPROVED');
  return e;
}

const competency = (p: ProgrammeWorld, code: string) =>
  competencyId(t.db.prisma, p.catalogueId, code).then((id) => gid('Competency', id));

async function add(
  e: EnrolmentRef,
  p: ProgrammeWorld,
  slot: string,
  file: UploadPart,
  options: { code?: string; comment?: string; as?: UserRef } = {},
) {
  const response = await t.upload(
    EvidenceAddArtefactDocument,
    {
      input: {
        enrolmentId: e.gid,
        competencyId: await competency(p, options.code ?? 'C1'),
        slot,
        file: null,
        ...(options.comment ? { comment: options.comment } : {}),
      },
    },
    { 'input.file': file },
    { as: options.as ?? e.teacher },
  );
  expect(response.errors).toBeUndefined();
  return response.data?.addEvidenceArtefact as AdHoc;
}

/** Every slot filled: a plan, two student works with comments, and a 4:59 video. */
async function complete(e: EnrolmentRef, p: ProgrammeWorld, code = 'C1') {
  ofType(await add(e, p, 'plan', { bytes: pdf(), filename: '活动方案.pdf' }, { code }), 'AddEvidenceArtefactPayload');
  for (const n of [1, 2])
    ofType(
      await add(e, p, 'studentWork', { bytes: png(), filename: `作品${n}.png` }, { code, comment: `点评 ${n}` }),
      'AddEvidenceArtefactPayload',
    );
  const last = ofType(
    await add(e, p, 'reflection', { bytes: mp4(4 * 60 + 59), filename: '反思.mp4' }, { code }),
    'AddEvidenceArtefactPayload',
  );
  return last.evidence;
}

const submit = (input: { evidenceId: string; expectedVersion: number; note?: string }, as: UserRef) =>
  t.mutate(EvidenceSubmitDocument, input, { as });

const detail = async (id: string, as: UserRef) => (await t.data(EvidenceDetailDocument, { id }, { as })).node as AdHoc;

/** Names of the files in the app's storage folder. */
async function storedFiles(): Promise<string[]> {
  const entries = await readdir(t.files.storage.root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

/** Rows and bytes that must not change when something is refused. */
async function footprint() {
  const prisma = t.db.prisma;
  return {
    files: await prisma.storedFile.count(),
    artefacts: await prisma.evidenceArtefact.count(),
    versions: await prisma.evidenceVersion.count(),
    evidence: await prisma.evidence.findMany({ orderBy: { id: 'asc' } }),
    decisions: await prisma.decision.count({ where: { subjectType: 'Evidence' } }),
    bytes: (await storedFiles()).length,
  };
}

beforeAll(async () => {
  t = await testApp();
  d = await t.world.district();
  s = await d.school();
});
afterAll(() => t.close());

describe('preparing and submitting evidence', () => {
  it('takes each artefact into its slot, reads the video’s duration and submits to the group leader', async () => {
    const p = await programme();
    const e = await teacher(p);
    await joinGroup(t.db.prisma, e.teacher, s.group);
    const evidence = await complete(e, p);
    expect(evidence).toMatchObject({ status: 'DRAFT', version: 1, submittedAt: null });
    expect(evidence.artefacts.map((a: AdHoc) => [a.slot, a.position, a.comment])).toEqual([
      ['plan', 0, null],
      ['reflection', 0, null],
      ['studentWork', 0, '点评 1'],
      ['studentWork', 1, '点评 2'],
    ]);
    const video = evidence.artefacts.find((a: AdHoc) => a.slot === 'reflection');
    expect(video.durationSeconds).toBe(299);
    expect(video.file).toMatchObject({ filename: '反思.mp4', contentType: 'video/mp4' });

    const submitted = ofType(
      await submit({ evidenceId: evidence.id, expectedVersion: 1, note: '请审阅' }, e.teacher),
      'SubmitEvidencePayload',
    ).evidence;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', version: 1 });
    expect(submitted.currentVersion).toMatchObject({ version: 1, note: '请审阅' });
    expect(submitted.currentVersion?.submittedAt).not.toBeNull();
    const row = await t.db.prisma.evidence.findFirstOrThrow({ where: { enrolmentId: e.id } });
    expect(row).toMatchObject({ groupPath: s.group.path, orgPath: s.school.path });
    expect(row.firstSubmittedAt).toEqual(row.submittedAt);

    // The group leader and the school admin see it now, with the author's name.
    expect(await detail(evidence.id, s.leader)).toMatchObject({ status: 'SUBMITTED', authorName: expect.any(String) });
    expect((await detail(evidence.id, s.admin)).currentVersion.artefacts).toHaveLength(4);
    // The leader works in the group, not the school, and still downloads the artefacts (through the evidence).
    const forLeader = await detail(evidence.id, s.leader);
    const leaderVideo = forLeader.currentVersion.artefacts.find((a: AdHoc) => a.slot === 'reflection');
    const download = await t.fetch(leaderVideo.file.downloadUrl);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(mp4(4 * 60 + 59));
    const history = await t.db.prisma.decision.findMany({ where: { subjectId: rawId(evidence.id) } });
    expect(history.map((h) => [h.action, h.fromState, h.toState, h.actorId])).toEqual([
      ['SUBMIT', 'DRAFT', 'SUBMITTED', e.teacher.id],
    ]);

    // Under review nothing changes.
    const before = await footprint();
    const late = await add(e, p, 'plan', { bytes: pdf(), filename: 'again.pdf' });
    expect(late).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
    const again = await submit({ evidenceId: evidence.id, expectedVersion: 1 }, e.teacher);
    expect(again).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
    const removed = await t.mutate(
      EvidenceRemoveArtefactDocument,
      { artefactId: evidence.artefacts[0].id },
      { as: e.teacher },
    );
    expect(removed).toMatchObject({ code: 'INVALID_STATE' });
    expect(await footprint()).toEqual(before);
  });

  it('sends evidence straight to the school without group review or without a group', async () => {
    const p = await programme({ groupReview: false });
    const e = await teacher(p);
    await joinGroup(t.db.prisma, e.teacher, s.group);
    const evidence = await complete(e, p);
    ofType(await submit({ evidenceId: evidence.id, expectedVersion: 1 }, e.teacher), 'SubmitEvidencePayload');
    expect((await t.db.prisma.evidence.findUniqueOrThrow({ where: { id: rawId(evidence.id) } })).groupPath).toBeNull();

    const grouped = await programme();
    const loner = await teacher(grouped);
    const own = await complete(loner, grouped);
    ofType(await submit({ evidenceId: own.id, expectedVersion: 1 }, loner.teacher), 'SubmitEvidencePayload');
    expect((await t.db.prisma.evidence.findUniqueOrThrow({ where: { id: rawId(own.id) } })).groupPath).toBeNull();
  });
});

describe('bad input: a coded error, nothing changed, no file left behind', () => {
  let p: ProgrammeWorld;
  beforeAll(async () => {
    p = await programme();
  });

  it('refuses a 5:01 video and accepts a 4:59 one for a ≤ 5 minute artefact', async () => {
    const e = await teacher(p);
    ofType(await add(e, p, 'plan', { bytes: pdf(), filename: 'plan.pdf' }), 'AddEvidenceArtefactPayload');
    const before = await footprint();
    const long = await add(e, p, 'reflection', { bytes: mp4(5 * 60 + 1, { moovAtEnd: true }), filename: 'long.mp4' });
    expect(long).toMatchObject({
      __typename: 'VideoTooLongError',
      code: 'VIDEO_TOO_LONG',
      maxSeconds: 300,
      actualSeconds: 301,
      message: 'The video lasts 5:01; this artefact allows at most 5:00.',
    });
    expect(await footprint()).toEqual(before);
    const inChinese = await t.upload(
      EvidenceAddArtefactDocument,
      { input: { enrolmentId: e.gid, competencyId: await competency(p, 'C1'), slot: 'reflection', file: null } },
      { 'input.file': { bytes: mp4(301, { timescale: 90_000, version: 1 }), filename: 'long.mp4' } },
      { as: e.teacher, locale: 'zh-CN' },
    );
    expect((inChinese.data as AdHoc).addEvidenceArtefact.message).toBe('视频时长为 5:01，该材料最长允许 5:00。');

    // A truncated MP4 has no readable duration: refused too.
    const whole = mp4(200, { moovAtEnd: true });
    const cut = await add(e, p, 'reflection', { bytes: whole.subarray(0, whole.length - 40), filename: 'cut.mp4' });
    expect(cut).toMatchObject({ __typename: 'VideoDurationUnreadableError', code: 'VIDEO_DURATION_UNREADABLE' });
    expect(await footprint()).toEqual(before);

    const fine = ofType(
      await add(e, p, 'reflection', { bytes: mp4(4 * 60 + 59, { timescale: 600 }), filename: 'fine.mp4' }),
      'AddEvidenceArtefactPayload',
    );
    expect(fine.evidence.artefacts.find((a: AdHoc) => a.slot === 'reflection').durationSeconds).toBe(299);
    expect((await footprint()).bytes).toBe(before.bytes + 1);
  });

  it('refuses a .exe renamed .pdf, a wrong format and a file too large', async () => {
    const e = await teacher(p);
    const before = await footprint();
    const renamed = await add(e, p, 'plan', { bytes: exe(), filename: '方案.pdf' });
    expect(renamed).toMatchObject({
      __typename: 'FileTypeNotAllowedError',
      code: 'FILE_TYPE_NOT_ALLOWED',
      allowedTypes: ['PDF', 'DOC', 'DOCX'],
    });
    const wrongName = await add(e, p, 'plan', { bytes: png(), filename: 'plan.png' });
    expect(wrongName).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED' });
    const notVideo = await add(e, p, 'reflection', { bytes: pdf(), filename: 'video.mp4' });
    expect(notVideo).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED' });
    const big = await add(e, p, 'plan', { bytes: pdf(3 * 1024 * 1024), filename: 'big.pdf' });
    expect(big).toMatchObject({ __typename: 'FileTooLargeError', code: 'FILE_TOO_LARGE', maxBytes: 2 * 1024 * 1024 });
    // The first upload would have created the evidence: it was not created.
    expect(await footprint()).toEqual(before);
    expect(await t.db.prisma.evidence.count({ where: { enrolmentId: e.id } })).toBe(0);
  });

  it('checks the slot: unknown, comment required, full', async () => {
    const e = await teacher(p);
    const before = await footprint();
    const unknown = await add(e, p, 'lessonVideo', { bytes: mp4(10), filename: 'v.mp4' });
    expect(unknown).toMatchObject({ __typename: 'ValidationError', code: 'INVALID_INPUT' });
    expect(unknown.issues[0].path).toEqual(['input', 'slot']);
    const noComment = await add(e, p, 'studentWork', { bytes: png(), filename: 'w.png' });
    expect(noComment).toMatchObject({ code: 'INVALID_INPUT' });
    expect(noComment.issues[0].path).toEqual(['input', 'comment']);
    expect(await footprint()).toEqual(before);

    ofType(await add(e, p, 'plan', { bytes: pdf(), filename: 'plan.pdf' }), 'AddEvidenceArtefactPayload');
    const after = await footprint();
    const full = await add(e, p, 'plan', { bytes: pdf(), filename: 'plan2.pdf' });
    expect(full).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
    expect(full.message).toContain('Activity plan');
    expect(await footprint()).toEqual(after);
  });

  it('refuses a missing artefact at submit, listing the slots', async () => {
    const e = await teacher(p);
    ofType(await add(e, p, 'plan', { bytes: pdf(), filename: 'plan.pdf' }), 'AddEvidenceArtefactPayload');
    const evidence = ofType(
      await add(e, p, 'studentWork', { bytes: png(), filename: 'w.png' }, { comment: '好' }),
      'AddEvidenceArtefactPayload',
    ).evidence;
    const before = await footprint();
    const refused = await submit({ evidenceId: evidence.id, expectedVersion: 1 }, e.teacher);
    expect(refused).toMatchObject({
      __typename: 'MissingArtefactsError',
      code: 'MISSING_ARTEFACTS',
      missing: [
        { slot: 'studentWork', required: 2, present: 1, nameZh: '学生作品' },
        { slot: 'reflection', required: 1, present: 0 },
      ],
    });
    expect((refused as AdHoc).message).toBe(
      'Some required artefacts are missing: Student work (1/2), Reflection video (0/1).',
    );
    expect(await footprint()).toEqual(before);
  });

  it('refuses a stale expectedVersion', async () => {
    const e = await teacher(p);
    const evidence = await complete(e, p);
    const before = await footprint();
    const stale = await submit({ evidenceId: evidence.id, expectedVersion: 2 }, e.teacher);
    expect(stale).toMatchObject({ __typename: 'StaleEvidenceError', code: 'CONFLICT', currentVersion: 1 });
    expect(await footprint()).toEqual(before);
  });

  it('refuses a competency the teacher did not select, and a closed programme', async () => {
    const e = await teacher(p, ['C1']);
    const before = await footprint();
    const other = await add(e, p, 'plan', { bytes: pdf(), filename: 'plan.pdf' }, { code: 'C2' });
    expect(other).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      message: 'Competency was not found.',
    });
    const closed = await programme();
    const late = await teacher(closed);
    await t.db.prisma.programme.update({ where: { id: closed.id }, data: { status: 'CLOSED' } });
    const refused = await add(late, closed, 'plan', { bytes: pdf(), filename: 'plan.pdf' });
    expect(refused).toMatchObject({ code: 'INVALID_STATE' });
    expect(await footprint()).toEqual(before);
  });

  it('refuses another teacher’s enrolment as missing', async () => {
    const e = await teacher(p);
    const other = await teacher(p);
    const before = await footprint();
    const refused = await add(e, p, 'plan', { bytes: pdf(), filename: 'plan.pdf' }, { as: other.teacher });
    expect(refused).toMatchObject({ code: 'NOT_FOUND' });
    expect(await footprint()).toEqual(before);
  });
});

describe('concurrent requests', () => {
  it('takes two first uploads at once into one evidence, and only one file into a slot with room for one', async () => {
    const p = await programme();
    const e = await teacher(p);
    const [plan, video] = await Promise.all([
      add(e, p, 'plan', { bytes: pdf(), filename: 'plan.pdf' }),
      add(e, p, 'reflection', { bytes: mp4(120), filename: 'v.mp4' }),
    ]);
    ofType(plan, 'AddEvidenceArtefactPayload');
    ofType(video, 'AddEvidenceArtefactPayload');
    const rows = await t.db.prisma.evidence.findMany({ where: { enrolmentId: e.id }, include: { versions: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.versions.map((v) => v.version)).toEqual([1]);

    const other = await teacher(p);
    const bytes = (await storedFiles()).length;
    const results = await Promise.all(
      ['a.pdf', 'b.pdf', 'c.pdf'].map((filename) => add(other, p, 'plan', { bytes: pdf(), filename })),
    );
    expect(results.map((r) => r.__typename).sort()).toEqual([
      'AddEvidenceArtefactPayload',
      'InvalidStateError',
      'InvalidStateError',
    ]);
    expect((await storedFiles()).length).toBe(bytes + 1);
    expect(
      await t.db.prisma.evidenceArtefact.count({ where: { version: { evidence: { enrolmentId: other.id } } } }),
    ).toBe(1);
  });

  it('submits one version once when two submissions race', async () => {
    const p = await programme();
    const e = await teacher(p);
    const evidence = await complete(e, p);
    const results = await Promise.all(
      [1, 2].map(() => submit({ evidenceId: evidence.id, expectedVersion: 1 }, e.teacher)),
    );
    expect(results.map((r) => r.__typename).sort()).toEqual(['InvalidStateError', 'SubmitEvidencePayload']);
    expect(await t.db.prisma.decision.count({ where: { subjectId: rawId(evidence.id), action: 'SUBMIT' } })).toBe(1);
  });
});

describe('return, revise, resubmit', () => {
  it('revises a returned evidence as version 2 and keeps version 1', async () => {
    const p = await programme();
    const e = await teacher(p);
    const evidence = await complete(e, p);
    ofType(await submit({ evidenceId: evidence.id, expectedVersion: 1 }, e.teacher), 'SubmitEvidencePayload');
    const id = rawId(evidence.id);
    // The reviewer returns it (the evidence-review module's work, simulated).
    await t.db.prisma.evidence.update({ where: { id }, data: { status: 'RETURNED' } });
    const submitReturned = await submit({ evidenceId: evidence.id, expectedVersion: 1 }, e.teacher);
    expect(submitReturned).toMatchObject({ code: 'INVALID_STATE' });

    // The plan slot is full: removing the old plan starts version 2 without it, the others copied.
    const oldPlan = evidence.artefacts.find((a: AdHoc) => a.slot === 'plan');
    const filesBefore = await storedFiles();
    const revised = ofType(
      await t.mutate(EvidenceRemoveArtefactDocument, { artefactId: oldPlan.id }, { as: e.teacher }),
      'RemoveEvidenceArtefactPayload',
    ).evidence;
    expect(revised).toMatchObject({ status: 'DRAFT', version: 2 });
    expect(revised.artefacts.map((a: AdHoc) => a.slot)).toEqual(['reflection', 'studentWork', 'studentWork']);
    // Version 1 still holds the old plan's file.
    expect(await storedFiles()).toEqual(filesBefore);

    ofType(await add(e, p, 'plan', { bytes: pdf(0, 'v2'), filename: '方案v2.pdf' }), 'AddEvidenceArtefactPayload');
    const stale = await submit({ evidenceId: evidence.id, expectedVersion: 1 }, e.teacher);
    expect(stale).toMatchObject({ __typename: 'StaleEvidenceError', currentVersion: 2 });
    const resubmitted = ofType(
      await submit({ evidenceId: evidence.id, expectedVersion: 2 }, e.teacher),
      'SubmitEvidencePayload',
    ).evidence;
    expect(resubmitted).toMatchObject({ status: 'SUBMITTED', version: 2 });

    const page = await detail(evidence.id, e.teacher);
    expect(page.versions.map((v: AdHoc) => [v.version, v.artefacts.length, v.submittedAt !== null])).toEqual([
      [1, 4, true],
      [2, 4, true],
    ]);
    expect(page.versions[0].artefacts.find((a: AdHoc) => a.slot === 'plan').file.filename).toBe('活动方案.pdf');
    expect(page.versions[1].artefacts.find((a: AdHoc) => a.slot === 'plan').file.filename).toBe('方案v2.pdf');
    const row = await t.db.prisma.evidence.findUniqueOrThrow({ where: { id } });
    expect(row.firstSubmittedAt!.getTime()).toBeLessThan(row.submittedAt!.getTime());
    const history = await t.db.prisma.decision.findMany({ where: { subjectId: id }, orderBy: { createdAt: 'asc' } });
    expect(history.map((h) => [h.action, h.fromState, h.toState])).toEqual([
      ['SUBMIT', 'DRAFT', 'SUBMITTED'],
      ['REVISE', 'RETURNED', 'DRAFT'],
      ['RESUBMIT', 'DRAFT', 'SUBMITTED'],
    ]);
  });

  it('removes a draft’s artefact with its file, and refuses a version past maxVersions', async () => {
    const p = await programme({ maxVersions: 1 });
    const e = await teacher(p);
    const evidence = ofType(
      await add(e, p, 'plan', { bytes: pdf(), filename: 'plan.pdf' }),
      'AddEvidenceArtefactPayload',
    ).evidence;
    const bytes = (await storedFiles()).length;
    const files = await t.db.prisma.storedFile.count();
    const removed = ofType(
      await t.mutate(EvidenceRemoveArtefactDocument, { artefactId: evidence.artefacts[0].id }, { as: e.teacher }),
      'RemoveEvidenceArtefactPayload',
    ).evidence;
    expect(removed.artefacts).toEqual([]);
    expect((await storedFiles()).length).toBe(bytes - 1);
    expect(await t.db.prisma.storedFile.count()).toBe(files - 1);

    const full = await complete(e, p);
    ofType(await submit({ evidenceId: full.id, expectedVersion: 1 }, e.teacher), 'SubmitEvidencePayload');
    await t.db.prisma.evidence.update({ where: { id: rawId(full.id) }, data: { status: 'RETURNED' } });
    const before = await footprint();
    const refused = await add(e, p, 'studentWork', { bytes: png(), filename: 'w.png' }, { comment: '新' });
    expect(refused).toMatchObject({ code: 'INVALID_STATE' });
    expect(refused.message).toContain('1 versions');
    expect(await footprint()).toEqual(before);
  });
});

describe('the online-study gate (Yiyuan: 参与线上研修并且成绩合格的，方有资格参加测评)', () => {
  it('refuses submission until the teacher’s online study passed', async () => {
    const scoring = {
      scoring: {
        passThreshold: 60,
        items: [
          { kind: 'WATCH_MINUTES', key: 'watch', nameZh: '观看', nameEn: 'Watching', points: 100, requiredMinutes: 60 },
        ],
      },
    };
    const p = await programme({ requireOnlinePass: true }, ['C1'], scoring);
    const e = await teacher(p);
    const evidence = await complete(e, p);
    const before = await footprint();
    const refused = await submit({ evidenceId: evidence.id, expectedVersion: 1 }, e.teacher);
    expect(refused).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
    const zh = await t.mutate(
      EvidenceSubmitDocument,
      { evidenceId: evidence.id, expectedVersion: 1 },
      {
        as: e.teacher,
        locale: 'zh-CN',
      },
    );
    expect((zh as AdHoc).message).toContain('参与线上研修并且成绩合格的，方有资格参加测评');
    expect(await footprint()).toEqual(before);

    await t.db.prisma.enrolment.update({ where: { id: e.id }, data: { studyRequiredSeconds: 3600 } });
    ofType(await submit({ evidenceId: evidence.id, expectedVersion: 1 }, e.teacher), 'SubmitEvidencePayload');

    // Without a scoring scheme there is nothing to pass: no gate.
    const unscored = await programme({ requireOnlinePass: true }, ['C1']);
    const other = await teacher(unscored);
    const own = await complete(other, unscored);
    ofType(await submit({ evidenceId: own.id, expectedVersion: 1 }, other.teacher), 'SubmitEvidencePayload');
  });
});

describe('the teacher’s evidence page', () => {
  it('lists every selected competency with its spec and evidence, in statements flat in their number', async () => {
    const codes = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'];
    const p = await programme({}, codes);
    const query = `query ($id: ID!) { node(id: $id) { ... on Enrolment { evidence {
      competency { code nameZh } spec { id artefacts { key count maxVideoSeconds } }
      evidence { id status version author { id } authorName programme { id } enrolment { id }
        artefacts { slot durationSeconds file { filename downloadUrl } }
        versions { version artefacts { slot } } currentVersion { version } history { action } } } } } }`;
    const counts: number[] = [];
    for (const n of [1, 3, 6]) {
      const e = await teacher(p, codes.slice(0, n));
      for (const code of codes.slice(0, n))
        ofType(
          await add(e, p, 'plan', { bytes: pdf(), filename: `${code}.pdf` }, { code }),
          'AddEvidenceArtefactPayload',
        );
      const { count, data } = await t.statementsFor(query, { id: e.gid }, { as: e.teacher });
      expect(data.node.evidence).toHaveLength(n);
      expect(data.node.evidence.map((entry: AdHoc) => entry.competency.code)).toEqual(codes.slice(0, n));
      for (const entry of data.node.evidence) {
        expect(entry.spec.artefacts.map((slot: AdHoc) => slot.key)).toEqual(['plan', 'studentWork', 'reflection']);
        expect(entry.evidence).toMatchObject({ status: 'DRAFT', version: 1, enrolment: { id: e.gid } });
        expect(entry.evidence.author).toEqual({ id: e.teacher.gid });
        expect(entry.evidence.artefacts[0].file.downloadUrl).toMatch(/^\/files\//);
      }
      counts.push(count);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[2]).toBe(counts[0]);
  });

  it('shows an entry without evidence before the first upload, and the SDK page', async () => {
    const p = await programme();
    const e = await teacher(p, ['C2', 'C1']);
    ofType(await add(e, p, 'plan', { bytes: pdf(), filename: 'plan.pdf' }), 'AddEvidenceArtefactPayload');
    const page = (await t.data(EvidencePageDocument, { enrolmentId: e.gid }, { as: e.teacher })).node as AdHoc;
    expect(page.evidence.map((entry: AdHoc) => [entry.competency.code, entry.evidence?.status ?? null])).toEqual([
      ['C2', null],
      ['C1', 'DRAFT'],
    ]);
    // A class tutor sees the enrolment but not the evidence page; the school admin sees submitted evidence only.
    expect(((await t.data(EvidencePageDocument, { enrolmentId: e.gid }, { as: s.tutor })).node as AdHoc).evidence).toBe(
      null,
    );
    const forAdmin = (await t.data(EvidencePageDocument, { enrolmentId: e.gid }, { as: s.admin })).node as AdHoc;
    expect(forAdmin.evidence.map((entry: AdHoc) => entry.evidence)).toEqual([null, null]);
  });
});

describe('who sees evidence', () => {
  it('hides a teacher’s evidence from the other teachers of the school, and drafts from everyone but the author', async () => {
    const p = await programme();
    const e = await teacher(p);
    const colleague = await teacher(p);
    const evidence = await complete(e, p);
    const id = evidence.id;
    for (const viewer of [colleague.teacher, s.admin, s.leader, d.admin]) expect(await detail(id, viewer)).toBeNull();
    ofType(await submit({ evidenceId: id, expectedVersion: 1 }, e.teacher), 'SubmitEvidencePayload');
    expect(await detail(id, colleague.teacher)).toBeNull();
    const colleaguePage = await t.gql(
      `query ($id: ID!) { node(id: $id) { id } }`,
      { id: e.gid },
      { as: colleague.teacher },
    );
    expect(colleaguePage.data.node).toBeNull();
    expect(await detail(id, s.admin)).toMatchObject({ status: 'SUBMITTED' });
    expect(await detail(id, d.admin)).toMatchObject({ status: 'SUBMITTED' });

    // Returned and revised: reviewers see version 1 only, not the draft version 2.
    await t.db.prisma.evidence.update({ where: { id: rawId(id) }, data: { status: 'RETURNED' } });
    const work = evidence.artefacts.find((a: AdHoc) => a.slot === 'studentWork');
    ofType(
      await t.mutate(EvidenceRemoveArtefactDocument, { artefactId: work.id }, { as: e.teacher }),
      'RemoveEvidenceArtefactPayload',
    );
    const forAdmin = await detail(id, s.admin);
    expect(forAdmin).toMatchObject({ status: 'DRAFT', version: 2, currentVersion: null });
    expect(forAdmin.versions.map((v: AdHoc) => v.version)).toEqual([1]);
    const forAuthor = await detail(id, e.teacher);
    expect(forAuthor.versions.map((v: AdHoc) => v.version)).toEqual([1, 2]);
    expect(forAuthor.currentVersion.version).toBe(2);
  });

  it('lets an allocated peer in another school download the artefacts, and nobody else outside', async () => {
    const p = await programme({ peerReview: { reviewsPerPiece: 1, blind: true } });
    const other = await d.school();
    await p.enrolSchool(other);
    const e = await teacher(p);
    const evidence = await complete(e, p);
    ofType(await submit({ evidenceId: evidence.id, expectedVersion: 1 }, e.teacher), 'SubmitEvidencePayload');
    const peer = await teacher(p, ['C1'], other);
    const stranger = await teacher(p, ['C1'], other);
    const c1 = await competencyId(t.db.prisma, p.catalogueId, 'C1');
    await t.db.prisma.peerReview.create({
      data: {
        evidenceId: rawId(evidence.id),
        programmeId: p.id,
        competencyId: c1,
        reviewerId: peer.teacher.id,
        reviewerEnrolmentId: peer.id,
        orgPath: other.school.path,
      },
    });

    const forPeer = await detail(evidence.id, peer.teacher);
    // Blind peer review: no author's name.
    expect(forPeer).toMatchObject({ status: 'SUBMITTED', authorName: null });
    const plan = forPeer.currentVersion.artefacts.find((a: AdHoc) => a.slot === 'plan');
    const response = await t.fetch(plan.file.downloadUrl);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(pdf());
    const enrolment = await t.gql(
      `query ($id: ID!) { node(id: $id) { ... on Evidence { enrolment { id } author { id } } } }`,
      { id: evidence.id },
      { as: peer.teacher },
    );
    expect(enrolment.data.node).toEqual({ enrolment: null, author: null });

    // A teacher it is not allocated to finds nothing, and a link made for them is refused.
    expect(await detail(evidence.id, stranger.teacher)).toBeNull();
    const fileId = (
      await t.db.prisma.evidenceArtefact.findFirstOrThrow({
        where: { slot: 'plan', version: { evidenceId: rawId(evidence.id) } },
      })
    ).fileId;
    const token = await signDownloadToken(t.files.linkSecret, { fileId, userId: stranger.teacher.id }, 300);
    expect((await t.fetch(`/files/${token}`)).status).toBe(404);
    // The group leader of the author's school is not the stranger's either: same school only.
    expect(await detail(evidence.id, other.leader)).toBeNull();
  });

  it('hides the author from the school’s raters under blind review until the outcome is settled', async () => {
    const p = await programme({ blindReview: true, groupReview: true });
    const e = await teacher(p);
    await joinGroup(t.db.prisma, e.teacher, s.group);
    const evidence = await complete(e, p);
    ofType(await submit({ evidenceId: evidence.id, expectedVersion: 1 }, e.teacher), 'SubmitEvidencePayload');
    expect((await detail(evidence.id, s.admin)).authorName).toBeNull();
    expect((await detail(evidence.id, s.leader)).authorName).toBe(e.teacher.displayName);
    expect((await detail(evidence.id, d.admin)).authorName).toBe(e.teacher.displayName);
    expect((await detail(evidence.id, e.teacher)).authorName).toBe(e.teacher.displayName);
    await t.db.prisma.evidence.update({
      where: { id: rawId(evidence.id) },
      data: { status: 'ASSESSED', outcome: 'PASS', assessedAt: new Date() },
    });
    expect((await detail(evidence.id, s.admin)).authorName).toBe(e.teacher.displayName);
  });
});

describe('publication consent', () => {
  it('records the teacher’s consent and its withdrawal once each', async () => {
    const p = await programme();
    const e = await teacher(p);
    const evidence = ofType(
      await add(e, p, 'plan', { bytes: pdf(), filename: 'plan.pdf' }),
      'AddEvidenceArtefactPayload',
    ).evidence;
    const set = (consent: boolean, as: UserRef = e.teacher) =>
      t.mutate(EvidenceSetPublishConsentDocument, { evidenceId: evidence.id, consent }, { as });
    expect(ofType(await set(true), 'SetEvidencePublishConsentPayload').evidence.publishConsent).toBe(true);
    ofType(await set(true), 'SetEvidencePublishConsentPayload');
    expect(ofType(await set(false), 'SetEvidencePublishConsentPayload').evidence.publishConsent).toBe(false);
    const history = await t.db.prisma.decision.findMany({
      where: { subjectId: rawId(evidence.id) },
      orderBy: { createdAt: 'asc' },
    });
    expect(history.map((h) => h.action)).toEqual(['CONSENT_PUBLISH', 'WITHDRAW_CONSENT']);
    expect(await set(true, s.admin)).toMatchObject({ code: 'NOT_FOUND' });
  });
});
