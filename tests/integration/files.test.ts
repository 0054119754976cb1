import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SelectionStatus } from '../../api/db/generated/prisma/enums.js';
import { listen } from '../../api/server/listen.js';
import { signDownloadToken } from '../../api/storage/download-link.js';
import { storeUpload } from '../../schema/files/store-upload.js';
import { SchoolPlanDocument, UploadSchoolPlanDocument } from '../../sdk/src/generated/graphql.js';
import { type Actor, type TestApp, testApp, type UploadPart } from '../kit/app.js';
import { compoundFile, doc, docx, elf, exe, pdf } from '../kit/office-files.js';
import { ofType } from '../kit/results.js';
import type { OrgRef, ProgrammeOptions } from '../kit/world.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t?.close());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Names of the files in the test app's storage folder. */
async function storedFiles(): Promise<string[]> {
  const entries = await readdir(t.files.storage.root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
}

/** A district with two schools in a programme's batch, a teacher at each; uploads and reads the first school's plan. */
async function setup(options: ProgrammeOptions = {}) {
  const d = await t.world.district();
  const [one, two] = [await d.school(), await d.school()];
  const p = await d.programme({ schools: [one, two], ...options });
  const upload = (part: UploadPart, as: Actor | null = one.admin, school: OrgRef = one.school) =>
    t.upload(
      UploadSchoolPlanDocument,
      { input: { programmeId: p.gid, schoolId: school.gid, file: null } },
      { 'input.file': part },
      { as },
    );
  const plan = (as: Actor | null, ttl?: number) =>
    t.request(
      SchoolPlanDocument,
      { programmeId: p.gid, schoolId: one.school.gid, ...(ttl === undefined ? {} : { downloadTtlSeconds: ttl }) },
      { as },
    );
  /** The download link of the plan as `as` sees it. */
  const link = async (as: Actor) => (await plan(as)).data!.schoolPlan!.file.downloadUrl;
  return {
    d,
    one,
    two,
    p,
    teacher: await one.teacher(),
    otherTeacher: await two.teacher({ class: null }),
    upload,
    plan,
    link,
  };
}

const download = (url: string, method = 'GET') => t.fetch(url, { method });

/** Rows and bytes an upload writes; a refused upload must leave them as they were. */
async function snapshot() {
  const [files, plans, decisions] = await Promise.all([
    t.db.prisma.storedFile.count(),
    t.db.prisma.schoolPlan.count(),
    t.db.prisma.decision.count({ where: { subjectType: 'SchoolPlan' } }),
  ]);
  return { files, plans, decisions, stored: await storedFiles() };
}

const uploadedPlan = (result: { data?: ResultOf<typeof UploadSchoolPlanDocument> | null }) =>
  ofType(result.data?.uploadSchoolPlan, 'UploadSchoolPlanPayload').schoolPlan;

describe('uploadSchoolPlan', () => {
  it('stores the plan sent as a multipart request, with its sha256 and history', async () => {
    const s = await setup();
    const bytes = pdf(50_000, '天长市实验小学');
    const before = await storedFiles();
    const res = await s.upload({ bytes, filename: '天长市实验小学 信息化发展规划.pdf', contentType: 'text/plain' });
    expect(res.errors).toBeUndefined();
    const plan = uploadedPlan(res);
    expect(plan.file).toMatchObject({
      filename: '天长市实验小学 信息化发展规划.pdf',
      contentType: 'application/pdf',
      size: bytes.length,
      sha256: sha256(bytes),
    });
    expect(plan.file.downloadUrl).toMatch(/^\/files\/[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(plan.uploadedByName).toBe(s.one.admin.login);
    expect(plan.history.map(({ action, comment, actorName }) => ({ action, comment, actorName }))).toEqual([
      {
        action: 'UPLOAD',
        comment: `sha256 ${sha256(bytes)}: 天长市实验小学 信息化发展规划.pdf (${bytes.length} bytes)`,
        actorName: s.one.admin.login,
      },
    ]);
    const row = await t.db.prisma.storedFile.findFirstOrThrow({ where: { sha256: sha256(bytes) } });
    expect(row).toMatchObject({ orgPath: s.one.school.path, uploadedById: s.one.admin.id });
    expect(await storedFiles()).toEqual([...before, row.storageKey].sort());
  });

  it('replaces the plan on a new upload, keeping the old file and both uploads in the history', async () => {
    const s = await setup();
    const first = docx('第一版');
    const second = doc();
    await s.upload({ bytes: first, filename: 'plan.docx' });
    const plan = uploadedPlan(await s.upload({ bytes: second, filename: 'plan-v2.doc' }));
    expect(plan.file).toMatchObject({
      filename: 'plan-v2.doc',
      contentType: 'application/msword',
      sha256: sha256(second),
    });
    expect(plan.history.map((h) => h.comment)).toEqual([
      `sha256 ${sha256(first)}: plan.docx (${first.length} bytes)`,
      `sha256 ${sha256(second)}: plan-v2.doc (${second.length} bytes); replaces sha256 ${sha256(first)}`,
    ]);
    expect(await t.db.prisma.schoolPlan.count({ where: { programmeId: s.p.id } })).toBe(1);
    expect(await t.db.prisma.storedFile.count({ where: { orgPath: s.one.school.path } })).toBe(2);
  });

  it.each([
    ['just over 20 MB', 20 * 1024 * 1024 + 1],
    ['26 MB (above the 25 MB Yoga refused by default)', 26 * 1024 * 1024],
  ])('refuses a file of %s with the typed FILE_TOO_LARGE, storing nothing', async (_what, size) => {
    const s = await setup();
    const before = await snapshot();
    const res = await s.upload({ bytes: pdf(size), filename: 'plan.pdf' });
    expect(res.status).toBe(200);
    expect(res.data!.uploadSchoolPlan).toEqual({
      __typename: 'FileTooLargeError',
      code: 'FILE_TOO_LARGE',
      message: 'The file is too large: at most 20 MB (20971520 bytes) is allowed.',
      maxBytes: 20971520,
      size,
    });
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    [
      'another extension',
      { bytes: pdf(), filename: 'plan.txt' },
      'The file must be PDF, DOC or DOCX (by its extension).',
    ],
    [
      'a spreadsheet',
      { bytes: docx(), filename: 'plan.xlsx' },
      'The file must be PDF, DOC or DOCX (by its extension).',
    ],
    [
      'an executable named .pdf',
      { bytes: exe(), filename: 'plan.pdf' },
      'The file’s content is not PDF, DOC or DOCX, whatever its name says.',
    ],
    [
      'an executable named .docx',
      { bytes: exe(), filename: 'plan.docx' },
      'The file’s content is not PDF, DOC or DOCX, whatever its name says.',
    ],
    [
      'a Windows executable with %PDF- at byte 64 named .pdf',
      { bytes: exe(64), filename: 'plan.pdf' },
      'The file’s content is not PDF, DOC or DOCX, whatever its name says.',
    ],
    [
      'a Linux executable with %PDF- at byte 64 named .pdf',
      { bytes: elf(), filename: 'plan.pdf' },
      'The file’s content is not PDF, DOC or DOCX, whatever its name says.',
    ],
    [
      'an Excel 97 workbook named .doc',
      { bytes: compoundFile(['Workbook']), filename: 'plan.doc' },
      'The file’s content is not PDF, DOC or DOCX, whatever its name says.',
    ],
    [
      'a PDF named .docx',
      { bytes: pdf(), filename: 'plan.docx' },
      'The file’s content is not PDF, DOC or DOCX, whatever its name says.',
    ],
  ])('refuses %s with FILE_TYPE_NOT_ALLOWED, storing nothing', async (_what, part, message) => {
    const s = await setup();
    const before = await snapshot();
    const res = await s.upload(part);
    expect(res.data!.uploadSchoolPlan).toEqual({
      __typename: 'FileTypeNotAllowedError',
      code: 'FILE_TYPE_NOT_ALLOWED',
      message,
      allowedTypes: ['PDF', 'DOC', 'DOCX'],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('lets only the school’s admins upload: teachers and district admins get FORBIDDEN_ACTION, other schools’ admins NOT_FOUND', async () => {
    const s = await setup();
    const before = await snapshot();
    for (const [who, code] of [
      [s.teacher, 'FORBIDDEN_ACTION'],
      [s.d.admin, 'FORBIDDEN_ACTION'],
      [s.two.admin, 'NOT_FOUND'],
    ] as const) {
      const res = await s.upload({ bytes: pdf(), filename: 'plan.pdf' }, who);
      expect(res.data!.uploadSchoolPlan).toMatchObject({ code });
    }
    const anonymous = await s.upload({ bytes: pdf(), filename: 'plan.pdf' }, null);
    expect(anonymous.data?.uploadSchoolPlan).toMatchObject({ code: 'NOT_FOUND', message: 'School was not found.' });
    expect(await snapshot()).toEqual(before);
  });

  it('needs the school in the programme (NOT_FOUND) and a programme that is not CLOSED (INVALID_STATE)', async () => {
    const s = await setup();
    const elsewhere = await s.d.programme({ schools: [s.two] });
    const before = await snapshot();
    const res = await t.upload(
      UploadSchoolPlanDocument,
      { input: { programmeId: elsewhere.gid, schoolId: s.one.school.gid, file: null } },
      { 'input.file': { bytes: pdf(), filename: 'plan.pdf' } },
      { as: s.one.admin },
    );
    expect(res.data!.uploadSchoolPlan).toMatchObject({ code: 'NOT_FOUND', message: 'Programme was not found.' });
    const closed = await setup({ status: 'CLOSED' });
    expect((await closed.upload({ bytes: pdf(), filename: 'plan.pdf' })).data!.uploadSchoolPlan).toMatchObject({
      code: 'INVALID_STATE',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a multipart request declaring more than 32 MB with 413 before reading it', async () => {
    const s = await setup();
    const before = await snapshot();
    const res = await t.fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'multipart/form-data; boundary=x',
        'x-graphql-yoga-csrf': '1',
        'content-length': String(32 * 1024 * 1024 + 1),
        authorization: `Bearer ${await t.tokenFor(s.one.admin)}`,
      },
      body: '--x--',
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }] });
    expect(await snapshot()).toEqual(before);
  });

  it('deletes the stored bytes when the database transaction fails', async () => {
    const s = await setup();
    const before = await snapshot();
    const file = new File([pdf()], 'plan.pdf');
    const options = {
      allowedTypes: ['pdf'] as const,
      maxBytes: 1024 * 1024,
      orgPath: s.one.school.path,
      uploadedById: s.one.admin.id,
    };
    await expect(
      storeUpload(t.db.prisma, t.files.storage, file, options, async (tx) => {
        await tx.schoolPlan.create({
          data: {
            programmeId: s.p.id,
            schoolId: s.one.school.id,
            orgPath: s.one.school.path,
            fileId: 'no-such-file',
            uploadedById: s.one.admin.id,
          },
        });
      }),
    ).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});

describe('the plan gate', () => {
  it('refuses the upload until (submitted + approved) / enrolled reaches the gate: 8 of 10 at 0.9 is refused, 9 of 10 allowed', async () => {
    const s = await setup({ rules: { selection: { schoolPlanGateRate: 0.9 } } });
    const statuses: SelectionStatus[] = [
      'SUBMITTED',
      'APPROVED',
      'APPROVED',
      'SUBMITTED',
      'APPROVED',
      'APPROVED',
      'APPROVED',
      'APPROVED',
      'RETURNED',
    ];
    for (let i = 0; i < 10; i += 1) {
      const enrolment = await s.p.enrol(await s.one.teacher({ class: null }), s.one.school);
      const status = statuses[i];
      if (status) await s.p.select(enrolment, ['A1'], status);
    }
    const before = await snapshot();
    const refused = await s.upload({ bytes: pdf(), filename: 'plan.pdf' });
    expect(refused.data!.uploadSchoolPlan).toEqual({
      __typename: 'GateNotReachedError',
      code: 'GATE_NOT_REACHED',
      message: '8 of 10 teachers (80%) have selected; the plan can be uploaded at 90%.',
      selected: 8,
      enrolled: 10,
      rate: 0.8,
      gateRate: 0.9,
    });
    expect(await snapshot()).toEqual(before);

    await t.db.prisma.selection.updateMany({
      where: { enrolment: { programmeId: s.p.id }, status: 'RETURNED' },
      data: { status: 'SUBMITTED' },
    });
    const allowed = await s.upload({ bytes: pdf(), filename: 'plan.pdf' });
    expect(allowed.data!.uploadSchoolPlan.__typename).toBe('UploadSchoolPlanPayload');
  });

  it('refuses a school with nobody enrolled when a gate is set', async () => {
    const s = await setup({ rules: { selection: { schoolPlanGateRate: 0.9 } } });
    const res = await s.upload({ bytes: pdf(), filename: 'plan.pdf' });
    expect(res.data!.uploadSchoolPlan).toMatchObject({
      code: 'GATE_NOT_REACHED',
      message: '0 of 0 teachers (0%) have selected; the plan can be uploaded at 90%.',
    });
  });
});

describe('schoolPlan and downloads', () => {
  it('is visible to whoever can see the school; null for other schools and districts', async () => {
    const s = await setup();
    await s.upload({ bytes: pdf(), filename: 'plan.pdf' });
    const other = await t.world.district();
    const otherSchool = await other.school();
    for (const viewer of [s.one.admin, s.teacher, s.d.admin]) {
      const res = await s.plan(viewer);
      expect(res.errors).toBeUndefined();
      expect(res.data!.schoolPlan!.file.filename).toBe('plan.pdf');
    }
    for (const viewer of [s.otherTeacher, s.two.admin, other.admin, otherSchool.admin, null]) {
      const res = await s.plan(viewer);
      expect(res.errors).toBeUndefined();
      expect(res.data!.schoolPlan).toBeNull();
    }
  });

  it('downloads the exact bytes through a signed link, with a UTF-8 file name and no caching', async () => {
    const s = await setup();
    const bytes = docx('规划正文', 100_000);
    await s.upload({ bytes, filename: '信息化发展规划.docx' });
    const url = await s.link(s.teacher);
    const res = await download(url);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-length': String(bytes.length),
      'content-disposition': `attachment; filename="_______.docx"; filename*=UTF-8''${encodeURIComponent('信息化发展规划.docx')}`,
      'cache-control': 'private, no-store',
      etag: `"${sha256(bytes)}"`,
      'x-content-type-options': 'nosniff',
    });
    const head = await download(url, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(bytes.length));
    expect((await download(url, 'POST')).status).toBe(405);
  });

  it('answers 410 for an expired link and 403 for a tampered or foreign one', async () => {
    const s = await setup();
    await s.upload({ bytes: pdf(), filename: 'plan.pdf' });
    const file = await t.db.prisma.storedFile.findFirstOrThrow({
      where: { orgPath: s.one.school.path },
      select: { id: true },
    });
    const expired = await signDownloadToken(
      t.files.linkSecret,
      { fileId: file.id, userId: s.teacher.id },
      300,
      new Date(Date.now() - 301_000),
    );
    const res = await download(`/files/${expired}`);
    expect(res.status).toBe(410);
    expect(await res.json()).toEqual({
      error: { code: 'LINK_EXPIRED', message: 'The download link has expired; ask the API for a new one.' },
    });

    const url = await s.link(s.teacher);
    const [header, payload, signature] = url.slice('/files/'.length).split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 3600 })).toString('base64url');
    for (const bad of [
      `${header}.${forged}.${signature}`,
      `${header}.${payload}.${signature.slice(0, -2)}AA`,
      'garbage',
      '',
    ]) {
      const denied = await download(`/files/${bad}`);
      expect(denied.status, bad).toBe(403);
      expect(await denied.json()).toEqual({
        error: { code: 'INVALID_LINK', message: 'The download link is not valid.' },
      });
    }
    const foreign = await signDownloadToken(new Uint8Array(32).fill(7), { fileId: file.id, userId: s.teacher.id }, 300);
    expect((await download(`/files/${foreign}`)).status).toBe(403);
  });

  it('limits link lifetimes to 1..3600 seconds', async () => {
    const s = await setup();
    await s.upload({ bytes: pdf(), filename: 'plan.pdf' });
    const hour = await s.plan(s.teacher, 3600);
    const claims = JSON.parse(
      Buffer.from(hour.data!.schoolPlan!.file.downloadUrl.split('.')[1]!, 'base64url').toString(),
    );
    expect(claims.exp - claims.iat).toBe(3600);
    for (const ttl of [0, 3601]) {
      const res = await s.plan(s.teacher, ttl);
      expect(res.errors?.[0]?.message).toMatch(/ttlSeconds must be/);
    }
  });

  it('answers 404 when the user the link was made for can no longer see the file (role removed, user gone)', async () => {
    const s = await setup();
    await s.upload({ bytes: pdf(), filename: 'plan.pdf' });
    const url = await s.link(s.teacher);
    expect((await download(url)).status).toBe(200);
    await t.db.prisma.roleAssignment.deleteMany({ where: { userId: s.teacher.id } });
    const res = await download(url);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'FILE_NOT_FOUND', message: 'The file was not found.' } });

    const adminUrl = await s.link(s.d.admin);
    await t.db.prisma.roleAssignment.deleteMany({ where: { userId: s.d.admin.id } });
    await t.db.prisma.user.delete({ where: { id: s.d.admin.id } });
    expect((await download(adminUrl)).status).toBe(404);
  });

  it('answers 404 when the bytes are gone from storage', async () => {
    const s = await setup();
    await s.upload({ bytes: pdf(), filename: 'plan.pdf' });
    const row = await t.db.prisma.storedFile.findFirstOrThrow({
      where: { orgPath: s.one.school.path },
      select: { storageKey: true },
    });
    const url = await s.link(s.one.admin);
    await t.files.storage.delete(row.storageKey);
    expect((await download(url)).status).toBe(404);
  });

  it('works over a real HTTP server too: multipart upload, then a streamed download', async () => {
    const s = await setup();
    const running = await listen(t.app, '127.0.0.1', 0);
    try {
      const bytes = docx('规划', 300_000);
      const form = new FormData();
      form.set(
        'operations',
        JSON.stringify({
          query: print(UploadSchoolPlanDocument),
          variables: { input: { programmeId: s.p.gid, schoolId: s.one.school.gid, file: null } },
        }),
      );
      form.set('map', JSON.stringify({ 0: ['variables.input.file'] }));
      form.set('0', new Blob([bytes]), '规划.docx');
      const uploaded = await fetch(`${running.url}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await t.tokenFor(s.one.admin)}`, 'x-graphql-yoga-csrf': '1' },
        body: form,
      });
      const result = (await uploaded.json()) as { data: ResultOf<typeof UploadSchoolPlanDocument> };
      const { file } = uploadedPlan(result);
      expect(file.sha256).toBe(sha256(bytes));
      const res = await fetch(`${running.url}${file.downloadUrl}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('规划.docx')}`);
      expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    } finally {
      await running.close(100);
    }
  });
});
