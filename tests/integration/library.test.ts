/**
 * The generated-resource library (生成性资源库) through the API: curators put excellent outputs (shares, marked
 * assignments, assessed evidence, briefings) into a school's or district's library, the author consents, readers find
 * them by Chinese words (思维导图 in a title, in a body) on this database (PGlite or PostgreSQL), another district's
 * resources stay invisible, downloads count people, and odd queries are safe. Statement counts of the three pages.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segmenter } from '../../api/library/segmenter.js';
import { seedLibrary } from '../../prisma/seed/library.js';
import { searchTokens } from '../../schema/library/rules.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { evidenceRow } from '../kit/evidence.js';
import { gid, unique } from '../kit/ids.js';
import type { DistrictWorld, EnrolmentRef, ProgrammeWorld, SchoolWorld, UserRef } from '../kit/world.js';

let t: TestApp;
let d: DistrictWorld;
/** Two schools of district `d`, and a school of another district of the same province. */
let s: SchoolWorld;
let s2: SchoolWorld;
let other: SchoolWorld;
let otherDistrict: DistrictWorld;
let p: ProgrammeWorld;
/** The author (a teacher of `s`), a colleague at `s`, a teacher at `s2`, and one in the other district. */
let author: EnrolmentRef;
let colleague: UserRef;
let neighbour: UserRef;
let outsider: UserRef;

const prisma = () => t.db.prisma;

beforeAll(async () => {
  t = await testApp();
  d = await t.world.district();
  s = await d.school();
  s2 = await d.school();
  p = await d.programme({ status: 'RUNNING', schools: [s, s2] });
  otherDistrict = await t.world.district({ in: d });
  other = await otherDistrict.school();
  author = await p.teacher(s);
  await prisma().user.update({
    where: { id: author.teacher.id },
    data: { teachingSubject: '数学', stage: 'PRIMARY' },
  });
  colleague = await s.teacher();
  neighbour = await s2.teacher();
  outsider = await other.teacher();
}, 60_000);
afterAll(() => t.close());

const RESOURCE = `id title body kind stage subject tags attribution scope scopeName status sourceKind downloads consentedAt
  file { filename }`;

const CURATE = `mutation($input: CurateLibraryResourceInput!) { curateLibraryResource(input: $input) {
  __typename
  ... on CurateLibraryResourcePayload { resource { ${RESOURCE} } }
  ... on Error { code message }
} }`;
const CONSENT = `mutation($input: RespondLibraryConsentInput!) { respondLibraryConsent(input: $input) {
  __typename
  ... on RespondLibraryConsentPayload { resource { id status consentedAt withdrawnAt } }
  ... on Error { code message }
} }`;
const WITHDRAW = `mutation($input: WithdrawLibraryResourceInput!) { withdrawLibraryResource(input: $input) {
  __typename
  ... on WithdrawLibraryResourcePayload { resource { id status withdrawnAt } }
  ... on Error { code message }
} }`;
const DOWNLOAD = `mutation($input: DownloadLibraryResourceInput!) { downloadLibraryResource(input: $input) {
  __typename
  ... on DownloadLibraryResourcePayload { download { url expiresAt counted resource { id downloads } } }
  ... on Error { code message }
} }`;
const SEARCH = `query($query: String, $kind: LibraryResourceKind, $scope: LibraryScope, $subject: String, $first: Int, $after: String,
  $last: Int, $before: String) {
  searchLibrary(query: $query, kind: $kind, scope: $scope, subject: $subject, first: $first, after: $after, last: $last,
    before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor startCursor } nodes { id title }
  }
}`;

async function run(query: string, variables: Record<string, unknown>, as: UserRef | null): Promise<AdHoc> {
  const res = await t.gql(query, variables, { as });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return Object.values(res.data as Record<string, unknown>)[0];
}

const curate = (input: Record<string, unknown>, as: UserRef) => run(CURATE, { input }, as);
const consent = (resourceId: string, yes: boolean, as: UserRef) =>
  run(CONSENT, { input: { resourceId, consent: yes } }, as);
const withdraw = (resourceId: string, as: UserRef) => run(WITHDRAW, { input: { resourceId } }, as);
const download = (resourceId: string, as: UserRef) => run(DOWNLOAD, { input: { resourceId } }, as);

async function search(as: UserRef | null, variables: Record<string, unknown>): Promise<AdHoc> {
  return run(SEARCH, { first: 100, ...variables }, as);
}
const found = async (as: UserRef | null, query: string | null, id: string) =>
  ((await search(as, { query })).nodes as Array<{ id: string }>).some((node) => node.id === id);

/** An ACTIVE (or REJECTED) share of the author, with a PDF whose bytes are in storage. */
async function share(title: string, status: 'ACTIVE' | 'REJECTED' = 'ACTIVE') {
  const storageKey = randomBytes(16).toString('hex');
  const bytes = new TextEncoder().encode(`%PDF-1.4 ${title}`);
  await t.files.storage.put(storageKey, bytes, 'application/pdf');
  const file = await prisma().storedFile.create({
    data: {
      storageKey,
      filename: 'mind-map.pdf',
      contentType: 'application/pdf',
      size: bytes.length,
      sha256: '0'.repeat(64),
      // As shareResource stores it: the class's tutors review shares.
      orgPath: s.class.path,
      uploadedById: author.teacher.id,
    },
  });
  const row = await prisma().share.create({
    data: {
      enrolmentId: author.id,
      teacherId: author.teacher.id,
      kind: 'RESOURCE',
      title,
      fileId: file.id,
      status,
      orgPath: author.orgPath,
    },
  });
  return { id: row.id, gid: gid('Share', row.id), fileId: file.id };
}

/** A submission of the author with a text answer, MARKED unless said otherwise. */
async function submission(text: string, status: 'MARKED' | 'SUBMITTED' = 'MARKED') {
  const assignment = await prisma().assignment.create({
    data: {
      programmeId: p.id,
      code: `hw-${unique()}`,
      title: '单元复习课教学设计',
      brief: '提交一份教学设计',
      dueAt: new Date(Date.now() + 86_400_000),
      mode: 'ONLINE',
    },
  });
  const row = await prisma().assignmentSubmission.create({
    data: {
      assignmentId: assignment.id,
      enrolmentId: author.id,
      teacherId: author.teacher.id,
      status,
      attempt: 1,
      mark: status === 'MARKED' ? 90 : null,
      submittedAt: new Date(),
      orgPath: author.orgPath,
      classPath: s.class.path,
      attempts: { create: { attempt: 1, text, submittedAt: new Date() } },
    },
  });
  return { id: row.id, gid: gid('AssignmentSubmission', row.id) };
}

async function notice(kind: 'BRIEFING' | 'ANNOUNCEMENT', title: string) {
  const row = await prisma().classNotice.create({
    data: {
      programmeId: p.id,
      classId: s.class.id,
      kind,
      title,
      body: '<p>本周简报：<strong>课堂观察</strong> &amp; 研讨</p>',
      authorId: s.tutor.id,
      orgPath: s.class.path,
    },
  });
  return { id: row.id, gid: gid('ClassNotice', row.id) };
}

describe('curation, consent, search and downloads', () => {
  let titled: { id: string; fileId: string };
  let bodied: string;

  it('a tutor curates a share into the school library; it waits for the author, then readers of the school find 思维导图 in its title', async () => {
    const source = await share('用思维导图梳理单元知识');
    const result = await curate(
      { source: { kind: 'SHARE', id: source.gid }, scope: 'SCHOOL', kind: 'COURSEWARE' },
      s.tutor,
    );
    expect(result.__typename).toBe('CurateLibraryResourcePayload');
    const resource = result.resource;
    expect(resource).toMatchObject({
      title: '用思维导图梳理单元知识',
      status: 'AWAITING_CONSENT',
      scope: 'SCHOOL',
      scopeName: s.school.name,
      sourceKind: 'SHARE',
      stage: 'PRIMARY',
      subject: '数学',
      kind: 'COURSEWARE',
      downloads: 0,
      consentedAt: null,
      attribution: `${author.teacher.displayName}（${s.school.name}）`,
      file: { filename: 'mind-map.pdf' },
    });
    expect(resource.tags).toEqual(['小学', '数学', '课件']);
    titled = { id: resource.id, fileId: source.fileId };
    const row = await prisma().libraryResource.findUniqueOrThrow({ where: { id: rowId(resource.id) } });
    expect(row.searchTokens.split(' ')).toEqual(expect.arrayContaining(['思维', '导图', '梳理', '单元', '知识']));

    expect(await found(colleague, '思维导图', titled.id)).toBe(false);
    const node = (as: UserRef) => run('query($id: ID!) { node(id: $id) { id } }', { id: titled.id }, as);
    expect(await node(author.teacher)).toEqual({ id: titled.id });
    expect(await node(s.tutor)).toEqual({ id: titled.id });
    expect(await node(colleague)).toBeNull();
    const inbox = await run('{ myLibraryResources(first: 10) { totalCount nodes { id status } } }', {}, author.teacher);
    expect(inbox.nodes).toEqual([{ id: titled.id, status: 'AWAITING_CONSENT' }]);

    const consented = await consent(titled.id, true, author.teacher);
    expect(consented.resource.status).toBe('PUBLISHED');
    expect(consented.resource.consentedAt).not.toBeNull();

    expect(await found(colleague, '思维导图', titled.id)).toBe(true);
    expect(await node(colleague)).toEqual({ id: titled.id });
    expect(await node(neighbour)).toBeNull();
    expect(await node(outsider)).toBeNull();
    expect(await found(s.admin, '思维导图', titled.id)).toBe(true);
    expect(await found(d.admin, '思维导图', titled.id)).toBe(true);
    expect(await found(d.provinceAdmin, '思维导图', titled.id)).toBe(true);
    // School scope: another school of the district and the other district do not find it.
    expect(await found(neighbour, '思维导图', titled.id)).toBe(false);
    expect(await found(outsider, '思维导图', titled.id)).toBe(false);
    expect(await found(otherDistrict.admin, '思维导图', titled.id)).toBe(false);
    expect(await found(null, '思维导图', titled.id)).toBe(false);
    // A part of the title is a word too; a word it does not hold is not.
    expect(await found(colleague, '导图', titled.id)).toBe(true);
    expect(await found(colleague, '思维导图 视频', titled.id)).toBe(false);
  });

  it('a district admin curates a marked assignment into the district library: found by 思维导图 in its body, across the district only', async () => {
    const source = await submission('本课让学生用思维导图整理函数的性质，再分组展示。');
    const result = await curate(
      { source: { kind: 'ASSIGNMENT_SUBMISSION', id: source.gid }, scope: 'DISTRICT', kind: 'LESSON_PLAN' },
      d.admin,
    );
    expect(result.resource).toMatchObject({ title: '单元复习课教学设计', scope: 'DISTRICT', file: null });
    bodied = result.resource.id;
    await consent(bodied, true, author.teacher);
    for (const reader of [colleague, neighbour, s2.admin, s.tutor, d.admin])
      expect(await found(reader, '思维导图', bodied), reader.login).toBe(true);
    for (const reader of [outsider, otherDistrict.admin, other.admin])
      expect(await found(reader, '思维导图', bodied), reader.login).toBe(false);
    // A teacher of another school reads the district resource with its library's name and id, without errors.
    const seen = await run(
      `query($id: ID!) { node(id: $id) { ... on LibraryResource { ${RESOURCE} scopeOrganisationId } } }`,
      { id: bodied },
      neighbour,
    );
    expect(seen).toMatchObject({
      scopeName: d.district.name,
      scopeOrganisationId: d.district.gid,
      attribution: expect.stringContaining(s.school.name),
    });
    // Both are found by the colleague, and filters narrow.
    const both = await search(colleague, { query: '思维导图' });
    expect(both.nodes.map((node: { id: string }) => node.id)).toEqual(expect.arrayContaining([titled.id, bodied]));
    const plans = await search(colleague, { query: '思维导图', kind: 'LESSON_PLAN' });
    expect(plans.nodes.map((node: { id: string }) => node.id)).toEqual([bodied]);
    const district = await search(colleague, { query: '思维导图', scope: 'DISTRICT' });
    expect(district.nodes.map((node: { id: string }) => node.id)).toEqual([bodied]);
  });

  it('downloads count people once, with a signed link for a file and none for a body', async () => {
    const first = await download(titled.id, colleague);
    expect(first.__typename).toBe('DownloadLibraryResourcePayload');
    expect(first.download).toMatchObject({ counted: true, resource: { id: titled.id, downloads: 1 } });
    expect(first.download.url).toMatch(/^\/files\//);
    const response = await t.fetch(first.download.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('用思维导图梳理单元知识');

    const again = await download(titled.id, colleague);
    expect(again.download).toMatchObject({ counted: false, resource: { downloads: 1 } });
    const another = await download(titled.id, s.admin);
    expect(another.download).toMatchObject({ counted: true, resource: { downloads: 2 } });
    expect(await prisma().libraryDownload.count({ where: { resourceId: rowId(titled.id) } })).toBe(2);

    const text = await download(bodied, neighbour);
    expect(text.download).toMatchObject({ url: null, expiresAt: null, counted: true, resource: { downloads: 1 } });
    // Readers who do not find it cannot download it.
    expect((await download(titled.id, neighbour)).code).toBe('NOT_FOUND');
    expect((await download(bodied, outsider)).code).toBe('NOT_FOUND');
  });

  it('declined and withdrawn resources are not found; a withdrawn one stays withdrawn', async () => {
    const evidence = await evidenceRow(prisma(), author, p, 'A1', { status: 'ASSESSED', outcome: 'PASS' });
    const curated = await curate(
      {
        source: { kind: 'EVIDENCE', id: evidence.gid },
        scope: 'SCHOOL',
        kind: 'CASE',
        title: '思维导图在数学复习中的应用案例',
      },
      s.admin,
    );
    expect(curated.resource.tags[0]).toMatch(/^A1 /);
    expect(curated.resource.file).toEqual({ filename: 'plan.pdf' });
    const declined = await consent(curated.resource.id, false, author.teacher);
    expect(declined.resource.status).toBe('DECLINED');
    expect(await found(colleague, '思维导图', curated.resource.id)).toBe(false);
    expect((await download(curated.resource.id, colleague)).code).toBe('NOT_FOUND');

    const withdrawn = await withdraw(titled.id, s.admin);
    expect(withdrawn.resource.status).toBe('WITHDRAWN');
    expect(withdrawn.resource.withdrawnAt).not.toBeNull();
    expect(await found(colleague, '思维导图', titled.id)).toBe(false);
    const refused = await consent(titled.id, true, author.teacher);
    expect(refused).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
    expect((await withdraw(titled.id, s.admin)).code).toBe('INVALID_STATE');

    // The author withdraws their own published work (withdrawing, or declining it); a colleague may not.
    expect((await withdraw(bodied, colleague)).code).toBe('FORBIDDEN_ACTION');
    const byAuthor = await withdraw(bodied, author.teacher);
    expect(byAuthor.resource.status).toBe('WITHDRAWN');
    expect(await found(neighbour, '思维导图', bodied)).toBe(false);

    // The inbox lists every state, pending first.
    const pending = await curate(
      {
        source: { kind: 'CLASS_NOTICE', id: (await notice('BRIEFING', '第三期简报')).gid },
        scope: 'SCHOOL',
        kind: 'BRIEFING',
      },
      s.tutor,
    );
    expect(pending.resource.status).toBe('AWAITING_CONSENT');
    const tutorsInbox = await run('{ myLibraryResources(first: 10) { nodes { id status } } }', {}, s.tutor);
    expect(tutorsInbox.nodes).toEqual([{ id: pending.resource.id, status: 'AWAITING_CONSENT' }]);
    const inbox = await run('{ myLibraryResources(first: 10) { nodes { status } } }', {}, author.teacher);
    expect(inbox.nodes.map((node: { status: string }) => node.status)).toEqual(['DECLINED', 'WITHDRAWN', 'WITHDRAWN']);
    const queue = await run('{ libraryCuration(first: 50) { totalCount nodes { id status } } }', {}, s.admin);
    expect(queue.totalCount).toBe(3);
    const tutorsQueue = await run('{ libraryCuration(first: 50) { nodes { id } } }', {}, s.tutor);
    expect(tutorsQueue.nodes.map((node: { id: string }) => node.id)).toEqual(
      expect.arrayContaining([pending.resource.id, titled.id]),
    );
    expect((await run('{ libraryCuration(first: 50) { nodes { id } } }', {}, colleague)).nodes).toEqual([]);
  });

  it('refuses ineligible sources, scopes beyond the curator, duplicates and strangers, with codes and nothing stored', async () => {
    const before = await prisma().libraryResource.count();
    const rejected = await share('被驳回的资源', 'REJECTED');
    const asTutor = (input: Record<string, unknown>) => curate(input, s.tutor);
    expect(
      await asTutor({ source: { kind: 'SHARE', id: rejected.gid }, scope: 'SCHOOL', kind: 'OTHER' }),
    ).toMatchObject({
      code: 'INVALID_STATE',
      message: 'Only an active share can go into a library (this one was rejected).',
    });
    const unmarked = await submission('未批阅', 'SUBMITTED');
    expect(
      (await asTutor({ source: { kind: 'ASSIGNMENT_SUBMISSION', id: unmarked.gid }, scope: 'SCHOOL', kind: 'OTHER' }))
        .code,
    ).toBe('INVALID_STATE');
    const failed = await evidenceRow(prisma(), author, p, 'A2', { status: 'ASSESSED', outcome: 'FAIL' });
    expect(
      (await curate({ source: { kind: 'EVIDENCE', id: failed.gid }, scope: 'SCHOOL', kind: 'CASE' }, s.admin)).code,
    ).toBe('INVALID_STATE');
    const announcement = await notice('ANNOUNCEMENT', '放假通知');
    expect(
      (await asTutor({ source: { kind: 'CLASS_NOTICE', id: announcement.gid }, scope: 'SCHOOL', kind: 'BRIEFING' }))
        .code,
    ).toBe('INVALID_STATE');

    const good = await share('优秀课件');
    // A tutor curates into the school's library only; a school admin not into the district's.
    expect(
      await asTutor({ source: { kind: 'SHARE', id: good.gid }, scope: 'DISTRICT', kind: 'COURSEWARE' }),
    ).toMatchObject({ __typename: 'ForbiddenActionError', code: 'FORBIDDEN_ACTION' });
    expect(
      (await curate({ source: { kind: 'SHARE', id: good.gid }, scope: 'PROVINCE', kind: 'COURSEWARE' }, s.admin)).code,
    ).toBe('FORBIDDEN_ACTION');
    // The author may not curate their own work; another district's admin does not see it.
    expect(
      (await curate({ source: { kind: 'SHARE', id: good.gid }, scope: 'SCHOOL', kind: 'COURSEWARE' }, author.teacher))
        .code,
    ).toBe('FORBIDDEN_ACTION');
    expect(
      (
        await curate(
          { source: { kind: 'SHARE', id: good.gid }, scope: 'SCHOOL', kind: 'COURSEWARE' },
          otherDistrict.admin,
        )
      ).code,
    ).toBe('NOT_FOUND');
    // A source of another kind than said looks missing.
    expect(
      (await curate({ source: { kind: 'EVIDENCE', id: good.gid }, scope: 'SCHOOL', kind: 'COURSEWARE' }, s.admin)).code,
    ).toBe('NOT_FOUND');
    const invalid = await curate(
      { source: { kind: 'SHARE', id: good.gid }, scope: 'SCHOOL', kind: 'COURSEWARE', title: 'x'.repeat(201) },
      s.admin,
    );
    expect(invalid).toMatchObject({ __typename: 'ValidationError', code: 'INVALID_INPUT' });
    expect(await prisma().libraryResource.count()).toBe(before);

    const ok = await curate({ source: { kind: 'SHARE', id: good.gid }, scope: 'SCHOOL', kind: 'COURSEWARE' }, s.admin);
    expect(ok.__typename).toBe('CurateLibraryResourcePayload');
    const duplicate = await curate(
      { source: { kind: 'SHARE', id: good.gid }, scope: 'SCHOOL', kind: 'OTHER' },
      s.tutor,
    );
    expect(duplicate).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });
    expect(duplicate.message).toContain('awaiting the author’s consent');
    // The same work may go into the district's library as well.
    const district = await curate(
      { source: { kind: 'SHARE', id: good.gid }, scope: 'DISTRICT', kind: 'COURSEWARE' },
      d.admin,
    );
    expect(district.resource.scope).toBe('DISTRICT');

    // Only the author answers; others who see it are refused, strangers find nothing.
    expect((await consent(ok.resource.id, true, s.admin)).code).toBe('FORBIDDEN_ACTION');
    expect((await consent(ok.resource.id, true, colleague)).code).toBe('NOT_FOUND');
    expect((await consent(ok.resource.id, true, outsider)).code).toBe('NOT_FOUND');
    expect((await withdraw(ok.resource.id, colleague)).code).toBe('NOT_FOUND');
    expect((await withdraw(ok.resource.id, otherDistrict.admin)).code).toBe('NOT_FOUND');
    const zh = await t.gql(
      CURATE,
      { input: { source: { kind: 'SHARE', id: good.gid }, scope: 'SCHOOL', kind: 'OTHER' } },
      { as: s.admin, locale: 'zh-CN' },
    );
    expect((zh.data as AdHoc).curateLibraryResource.message).toContain('等待作者同意');
  });

  it('odd queries are safe: operators, SQL, punctuation, blanks and long text', async () => {
    const published = await prisma().libraryResource.count({ where: { status: 'PUBLISHED' } });
    for (const query of [
      `'; DROP TABLE "LibraryResource"; --`,
      '思维 & | ! :* () <-> "导图"',
      '\\',
      '%_%',
      'x'.repeat(200),
    ]) {
      const result = await search(colleague, { query });
      expect(result.nodes.length, query).toBeLessThanOrEqual(published);
    }
    // Operators are plain text: only the words count.
    expect((await search(colleague, { query: '思维 & | ! :* ()' })).nodes).toEqual(
      (await search(colleague, { query: '思维' })).nodes,
    );
    expect((await search(colleague, { query: '!!! ，。；' })).nodes).toEqual([]);
    expect((await search(colleague, { query: '!!! ，。；' })).totalCount).toBe(0);
    // No words at all: the newest resources, like no query.
    const all = await search(colleague, {});
    expect((await search(colleague, { query: '   ' })).nodes).toEqual(all.nodes);
    const tooLong = await t.gql(SEARCH, { query: 'x'.repeat(201), first: 10 }, { as: colleague });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await prisma().libraryResource.count({ where: { status: 'PUBLISHED' } })).toBe(published);
  });
});

// On PGlite (one transaction at a time) these pass trivially, as concurrency.test.ts does; run them on PostgreSQL
// with TEST_DATABASE_URL to test the unique key and ON CONFLICT under real concurrency.
describe(`concurrent writes (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('the same work curated six times at once into one library: one resource, five CONFLICTs', async () => {
    const source = await share('并发收录的课件');
    const results = await Promise.all(
      Array.from({ length: 6 }, (_v, i) =>
        curate(
          { source: { kind: 'SHARE', id: source.gid }, scope: 'SCHOOL', kind: 'COURSEWARE' },
          i % 2 ? s.admin : d.admin,
        ),
      ),
    );
    expect(results.filter((result) => result.__typename === 'CurateLibraryResourcePayload')).toHaveLength(1);
    expect(results.filter((result) => result.code === 'CONFLICT')).toHaveLength(5);
    expect(await prisma().libraryResource.count({ where: { sourceId: rowId(source.gid) } })).toBe(1);
  });

  it('simultaneous downloads: one person counts once however many at once, six people six times', async () => {
    const source = await share('并发下载的课件');
    const curated = await curate(
      { source: { kind: 'SHARE', id: source.gid }, scope: 'SCHOOL', kind: 'COURSEWARE' },
      s.admin,
    );
    const id = curated.resource.id;
    await consent(id, true, author.teacher);
    const same = await Promise.all(Array.from({ length: 6 }, () => download(id, colleague)));
    expect(same.filter((result) => result.download.counted)).toHaveLength(1);
    const people = await s.teachers(6);
    await Promise.all(people.map((person) => download(id, person)));
    const row = await prisma().libraryResource.findUniqueOrThrow({
      where: { id: rowId(id) },
      select: { downloads: true },
    });
    expect(row.downloads).toBe(7);
    expect(await prisma().libraryDownload.count({ where: { resourceId: rowId(id) } })).toBe(7);
  });
});

describe('ranking and cursors', () => {
  it('pages through equal ranks stably, forwards and backwards', async () => {
    const school = await d.school();
    const reader = await school.teacher();
    const segment = await segmenter();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const title = i < 5 ? `信息技术 思维导图 课例 ${i}` : `思维导图 思维导图 思维导图 ${i}`;
      const row = await prisma().libraryResource.create({
        data: {
          scope: 'SCHOOL',
          scopeOrganisationId: school.school.id,
          orgPath: school.school.path,
          sourceOrgPath: school.school.path,
          sourceKind: 'SHARE',
          sourceId: `00000000-0000-4000-8000-${unique()}0000`,
          authorId: school.admin.id,
          attribution: 'x',
          curatedById: school.admin.id,
          title,
          body: '',
          kind: 'VIDEO',
          status: 'PUBLISHED',
          consentedAt: new Date(),
          searchTokens: searchTokens({ title, body: '', tags: [] }, segment),
        },
      });
      ids.push(gid('LibraryResource', row.id));
    }
    const whole = await search(reader, { query: '思维导图', scope: 'SCHOOL' });
    const order = whole.nodes.map((node: { id: string }) => node.id);
    expect(order).toHaveLength(7);
    // Repeated words rank higher.
    expect(order.slice(0, 2).sort()).toEqual(ids.slice(5).sort());
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: AdHoc = await search(reader, { query: '思维导图', scope: 'SCHOOL', first: 2, after });
      paged.push(...page.nodes.map((node: { id: string }) => node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(order);
    const tail = await search(reader, { query: '思维导图', scope: 'SCHOOL', first: undefined, last: 3 });
    expect(tail.nodes.map((node: { id: string }) => node.id)).toEqual(order.slice(4));
    const before = await search(reader, {
      query: '思维导图',
      scope: 'SCHOOL',
      first: undefined,
      last: 2,
      before: tail.pageInfo.startCursor,
    });
    expect(before.nodes.map((node: { id: string }) => node.id)).toEqual(order.slice(2, 4));
    // Without a query: newest first, paged the same way.
    const newest = await search(reader, { scope: 'SCHOOL', first: 4 });
    const rest = await search(reader, { scope: 'SCHOOL', first: 4, after: newest.pageInfo.endCursor });
    expect([...newest.nodes, ...rest.nodes].map((node: { id: string }) => node.id).sort()).toEqual([...ids].sort());
  });
});

describe('statement counts', () => {
  it('the search, the curation queue and the consent inbox read the same number of statements at 1, 10 and 50', async () => {
    const school = await d.school();
    const reader = await school.teacher();
    const writer = await school.teacher();
    const segment = await segmenter();
    const competency = await prisma().competency.findFirstOrThrow({ where: { catalogueId: p.catalogueId } });
    for (let i = 0; i < 55; i++) {
      const title = `思维导图 微课 ${i}`;
      await prisma().libraryResource.create({
        data: {
          scope: 'SCHOOL',
          scopeOrganisationId: school.school.id,
          orgPath: school.school.path,
          sourceOrgPath: school.school.path,
          sourceKind: 'SHARE',
          sourceId: `00000000-0000-4000-8000-${unique()}0000`,
          authorId: writer.id,
          attribution: 'x',
          curatedById: school.admin.id,
          title,
          body: '正文',
          kind: 'COURSEWARE',
          competencyId: competency.id,
          status: i % 2 ? 'PUBLISHED' : 'AWAITING_CONSENT',
          consentedAt: new Date(),
          searchTokens: searchTokens({ title, body: '正文', tags: [] }, segment),
        },
      });
    }
    await prisma().libraryResource.updateMany({
      where: { orgPath: school.school.path },
      data: { status: 'PUBLISHED' },
    });
    const fields = `totalCount pageInfo { hasNextPage endCursor } nodes { ${RESOURCE} competency { code } scopeOrganisationId }`;
    const pages = [
      {
        name: 'search',
        query: `query($first: Int) { searchLibrary(query: "思维导图", scope: SCHOOL, first: $first) { ${fields} } }`,
        as: reader,
      },
      { name: 'newest', query: `query($first: Int) { searchLibrary(first: $first) { ${fields} } }`, as: reader },
      {
        name: 'curation',
        query: `query($first: Int) { libraryCuration(first: $first) { ${fields} } }`,
        as: school.admin,
      },
      { name: 'inbox', query: `query($first: Int) { myLibraryResources(first: $first) { ${fields} } }`, as: writer },
    ];
    for (const page of pages) {
      const counts: number[] = [];
      for (const first of [1, 10, 50]) {
        await t.gql(page.query, { first }, { as: page.as }); // the viewer is cached, as in production
        const { count, data } = await t.statementsFor(page.query, { first }, { as: page.as });
        expect(Object.values(data as Record<string, AdHoc>)[0].nodes).toHaveLength(first);
        counts.push(count);
      }
      expect(new Set(counts).size, `${page.name}: ${counts}`).toBe(1);
    }
  }, 120_000);
});

function rowId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':')[1] ?? '';
}

describe('demo data', () => {
  it('seeds published resources in the demo district, one found by 思维导图, idempotently', async () => {
    await t.world.demo();
    const before = await prisma().libraryResource.count();
    await prisma().$transaction((tx) => seedLibrary(tx));
    expect(await prisma().libraryResource.count()).toBe(before);
    const found = await t.gql(SEARCH, { query: '思维导图', first: 10 }, { as: 'teacher' });
    expect((found.data as AdHoc).searchLibrary.nodes.map((node: { title: string }) => node.title)).toEqual([
      '用思维导图梳理单元知识结构',
    ]);
    const school = await t.gql(SEARCH, { scope: 'SCHOOL', first: 10 }, { as: 'teacher' });
    expect((school.data as AdHoc).searchLibrary.nodes.map((node: { title: string }) => node.title)).toEqual([
      '提升工程2.0 班 第一期简报',
    ]);
    // The district's library is read in the other school too.
    const neighbour = await t.gql(SEARCH, { query: '思维导图', first: 10 }, { as: 'teacher2' });
    expect((neighbour.data as AdHoc).searchLibrary.nodes).toHaveLength(1);
    const inbox = await t.gql(
      '{ myLibraryResources(first: 10) { nodes { status scopeName } } }',
      {},
      { as: 'rp.s1.t01' },
    );
    expect((inbox.data as AdHoc).myLibraryResources.nodes).toEqual([
      { status: 'AWAITING_CONSENT', scopeName: expect.any(String) },
      { status: 'PUBLISHED', scopeName: expect.any(String) },
    ]);
  }, 60_000);
});
