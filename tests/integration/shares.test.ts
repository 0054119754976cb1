import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ClassSharesDocument,
  MySharesDocument,
  RejectShareDocument,
  ShareResourceDocument,
} from '../../sdk/src/generated/graphql.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { learningProgramme } from '../kit/assignments.js';
import { pdf } from '../kit/office-files.js';
import { ofType } from '../kit/results.js';
import type { CatalogueRef, DistrictWorld, EnrolmentRef, ProgrammeWorld, SchoolWorld, UserRef } from '../kit/world.js';

let t: TestApp;
let catalogue: CatalogueRef;
let d: DistrictWorld;
let s: SchoolWorld;
let p: ProgrammeWorld;

beforeAll(async () => {
  t = await testApp();
  catalogue = await t.world.catalogue();
  d = await t.world.district();
  s = await d.school();
  p = await learningProgramme(d, [s], { shares: { maxPerTeacher: 2 } });
});
afterAll(() => t.close());

type ShareInput = {
  enrolmentId: string;
  kind?: 'RESOURCE' | 'ARTICLE';
  title?: string;
  url?: string;
  competencyId?: string;
  module?: string;
};
const share = (input: ShareInput, as: UserRef) =>
  t.mutate(ShareResourceDocument, { kind: 'RESOURCE', title: '教学设计', ...input }, { as });
const shared = async (e: EnrolmentRef, input: Partial<ShareInput> = {}) =>
  ofType(
    await share({ enrolmentId: e.gid, url: 'https://example.cn/lesson', ...input }, e.teacher),
    'ShareResourcePayload',
  ).share;
const reject = (shareId: string, reason: string, as: UserRef) =>
  t.mutate(RejectShareDocument, { shareId, reason }, { as });
const mine = async (e: EnrolmentRef, as: UserRef | null = e.teacher) =>
  (await t.data(MySharesDocument, { enrolmentId: e.gid }, { as })).node as AdHoc;

describe('sharing', () => {
  it('shares a link or a file, with a competency or a module; each ACTIVE share counts', async () => {
    const e = await p.teacher(s);
    const link = await shared(e, { kind: 'ARTICLE', title: '学科文章', competencyId: catalogue.competency('A1').gid });
    expect(link).toMatchObject({
      kind: 'ARTICLE',
      status: 'ACTIVE',
      counted: true,
      competency: { code: 'A1' },
      file: null,
    });

    const uploaded = await t.upload(
      ShareResourceDocument,
      { input: { enrolmentId: e.gid, kind: 'RESOURCE', title: '课件', module: '高效课堂', file: null } },
      { 'input.file': { bytes: pdf(), filename: '课件.pdf' } },
      { as: e.teacher },
    );
    const file = ofType(uploaded.data?.shareResource, 'ShareResourcePayload').share;
    expect(file).toMatchObject({ url: null, module: '高效课堂', file: { filename: '课件.pdf' } });

    const page = await mine(e);
    expect(page.countedShares).toBe(2);
    expect(page.shares.nodes.map((n: AdHoc) => n.id)).toEqual([file.id, link.id]);
  });

  it('checks the input and changes nothing when it is bad', async () => {
    const e = await p.teacher(s);
    const bad: Array<[Partial<ShareInput>, string]> = [
      [{ url: 'javascript:alert(1)' }, 'input.url'],
      [{ url: 'ftp://example.cn/x' }, 'input.url'],
      [{ url: `https://example.cn/${'x'.repeat(2000)}` }, 'input.url'],
      [{ url: undefined }, 'input.url'],
      [{ title: ' ' }, 'input.title'],
      [{ title: 'x'.repeat(201) }, 'input.title'],
      [{ module: 'x'.repeat(51) }, 'input.module'],
      [
        {
          competencyId: (await t.world.principalStandard()).ids(
            ...(await t.world.principalStandard()).codes.slice(0, 1),
          )[0],
        },
        'input.competencyId',
      ],
    ];
    for (const [input, path] of bad) {
      const result = await share({ enrolmentId: e.gid, url: 'https://example.cn/ok', ...input }, e.teacher);
      expect(result, path).toMatchObject({ __typename: 'ValidationError', code: 'INVALID_INPUT' });
      expect(
        (result as AdHoc).issues.map((i: AdHoc) => i.path.join('.')),
        path,
      ).toContain(path);
    }
    // A link and a file at once.
    const both = await t.upload(
      ShareResourceDocument,
      { input: { enrolmentId: e.gid, kind: 'RESOURCE', title: '课件', url: 'https://example.cn/x', file: null } },
      { 'input.file': { bytes: pdf(), filename: '课件.pdf' } },
      { as: e.teacher },
    );
    expect(both.data?.shareResource).toMatchObject({ __typename: 'ValidationError' });
    expect(await t.db.prisma.share.count({ where: { enrolmentId: e.id } })).toBe(0);
  });

  it('caps counted shares at maxPerTeacher; a rejected share frees its place', async () => {
    const e = await p.teacher(s);
    const first = await shared(e);
    await shared(e);
    const third = await share({ enrolmentId: e.gid, url: 'https://example.cn/3' }, e.teacher);
    expect(third).toMatchObject({ __typename: 'ShareLimitError', code: 'SHARE_LIMIT_REACHED', max: 2 });
    ofType(await reject(first.id, '与主题无关', s.tutor), 'RejectSharePayload');
    await shared(e);
    expect((await mine(e)).countedShares).toBe(2);
  });

  it('holds the cap when shares arrive at once (meaningful on PostgreSQL)', async () => {
    const e = await p.teacher(s);
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) => share({ enrolmentId: e.gid, url: `https://example.cn/${n}` }, e.teacher)),
    );
    expect(results.filter((r) => r.__typename === 'ShareResourcePayload')).toHaveLength(2);
    expect(results.filter((r) => r.__typename === 'ShareLimitError')).toHaveLength(2);
    expect(await t.db.prisma.share.count({ where: { enrolmentId: e.id } })).toBe(2);
  });

  it('refuses shares in a closed programme', async () => {
    const closed = await learningProgramme(d, [s], {}, { status: 'CLOSED' });
    const e = await closed.teacher(s);
    const result = await share({ enrolmentId: e.gid, url: 'https://example.cn/x' }, e.teacher);
    expect(result).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
  });
});

describe('rejecting', () => {
  it('the class tutor rejects with a reason: the share stops counting, with its history', async () => {
    const e = await p.teacher(s);
    const one = await shared(e);
    expect((await mine(e)).countedShares).toBe(1);
    const rejected = ofType(await reject(one.id, '含广告链接', s.tutor), 'RejectSharePayload').share;
    expect(rejected).toMatchObject({ status: 'REJECTED', counted: false, rejectedReason: '含广告链接' });
    expect(rejected.history.map((h) => [h.action, h.toState, h.comment])).toEqual([
      ['SHARE', 'ACTIVE', null],
      ['REJECT', 'REJECTED', '含广告链接'],
    ]);
    expect((await mine(e)).countedShares).toBe(0);
    const twice = await reject(one.id, '再驳回', s.tutor);
    expect(twice).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
    const noReason = await reject((await shared(e)).id, '  ', s.tutor);
    expect(noReason).toMatchObject({ __typename: 'ValidationError' });
  });

  it('is refused where the programme does not let tutors reject', async () => {
    const strict = await learningProgramme(d, [s], { shares: { tutorMayReject: false } });
    const e = await strict.teacher(s);
    const one = await shared(e);
    const result = await reject(one.id, '不符合要求', s.tutor);
    expect(result).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
    expect((await mine(e)).countedShares).toBe(1);
  });
});

describe('authorization: a teacher their own, a tutor their class, others nothing', () => {
  it('hides shares and refuses actions outside the class', async () => {
    const e = await p.teacher(s);
    const one = await shared(e);
    const classmate = await p.teacher(s);
    const otherClass = await t.world.organisation('CLASS', s.school);
    const otherTutor = await t.world.user(s.school, [['CLASS_TUTOR', otherClass]]);
    const otherSchool = await d.school();
    const otherDistrict = await t.world.district().school();
    const node = async (as: UserRef | null) =>
      (await t.gql('query($id: ID!) { node(id: $id) { id } }', { id: one.id }, { as })).data?.node ?? null;

    expect(await node(e.teacher)).not.toBeNull();
    expect(await node(s.tutor)).not.toBeNull();
    for (const stranger of [classmate.teacher, otherTutor, otherSchool.admin, otherDistrict.tutor, null]) {
      expect(await node(stranger)).toBeNull();
      if (stranger) expect(await reject(one.id, '不合规', stranger)).toMatchObject({ __typename: 'NotFoundError' });
    }
    // Seen, but not theirs to reject.
    for (const viewer of [e.teacher, s.admin]) {
      expect(await reject(one.id, '不合规', viewer)).toMatchObject({ __typename: 'ForbiddenActionError' });
    }
    // Only the teacher shares on their enrolment.
    expect(await share({ enrolmentId: e.gid, url: 'https://example.cn/x' }, s.tutor)).toMatchObject({
      __typename: 'ForbiddenActionError',
    });
    expect(await share({ enrolmentId: e.gid, url: 'https://example.cn/x' }, classmate.teacher)).toMatchObject({
      __typename: 'NotFoundError',
    });

    const vars = { classId: s.class.gid, programmeId: p.gid };
    const list = await t.data(ClassSharesDocument, vars, { as: s.tutor });
    expect(list.classShares?.nodes.map((n) => n.id)).toContain(one.id);
    for (const other of [otherTutor, e.teacher, s.admin, otherDistrict.tutor, null]) {
      expect((await t.data(ClassSharesDocument, vars, { as: other })).classShares).toBeNull();
    }
  });
});

describe('SQL statements of the reads do not grow with the page', () => {
  it('class shares and the class’s enrolments with their counted shares: the same at 1, 10 and 50', async () => {
    const dd = await t.world.district();
    const ss = await dd.school();
    const programme = await learningProgramme(dd, [ss]);
    for (let i = 0; i < 55; i += 1) {
      const e = await programme.teacher(ss);
      await t.db.prisma.share.createMany({
        data: [0, 1].map((n) => ({
          enrolmentId: e.id,
          teacherId: e.teacher.id,
          kind: 'RESOURCE' as const,
          title: `资源 ${i}-${n}`,
          url: 'https://example.cn/r',
          orgPath: e.orgPath,
          status: n === 0 ? ('ACTIVE' as const) : ('REJECTED' as const),
        })),
      });
    }
    const ENROLMENTS = `query($programmeId: ID!, $classId: ID!, $first: Int) {
      enrolments(programmeId: $programmeId, classId: $classId, first: $first) {
        nodes { id countedShares shares(first: 5) { totalCount nodes { id title status counted } } } } }`;
    const pages: Array<{ name: string; run: (first: number) => Promise<AdHoc>; size: (data: AdHoc) => number }> = [
      {
        name: 'ClassShares (tutor)',
        run: (first) =>
          t.request(
            ClassSharesDocument,
            { classId: ss.class.gid, programmeId: programme.gid, first },
            { as: ss.tutor },
          ),
        size: (data) => data.classShares.nodes.length,
      },
      {
        name: 'class enrolments with countedShares and shares (tutor)',
        run: (first) =>
          t.gql(ENROLMENTS, { programmeId: programme.gid, classId: ss.class.gid, first }, { as: ss.tutor }),
        size: (data) => data.enrolments.nodes.length,
      },
    ];
    for (const page of pages) {
      const counts: number[] = [];
      for (const first of [1, 10, 50]) {
        const { result, statements } = await t.measure(() => page.run(first));
        expect(result.errors).toBeUndefined();
        expect(page.size(result.data)).toBe(first);
        counts.push(statements);
      }
      console.log(`[statements] ${page.name}: ${counts.join(', ')} at page sizes 1, 10, 50`);
      expect(new Set(counts).size, page.name).toBe(1);
    }
    const one = await t.gql(
      ENROLMENTS,
      { programmeId: programme.gid, classId: ss.class.gid, first: 1 },
      { as: ss.tutor },
    );
    expect(one.data.enrolments.nodes[0]).toMatchObject({ countedShares: 1, shares: { totalCount: 2 } });
  }, 120_000);
});
