// Peer review (同行评价, Xinbei) through the API: allocation of 30 teachers' evidence with N = 3, completed reviews, late
// submitters folded in by a re-run, what each teacher sees, refused input, progress, statement counts and, on
// PostgreSQL, two simultaneous allocations on two API instances.
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../api/db/client.js';
import { peerReviewsDone } from '../../schema/peer-review/index.js';
import {
  PeerReviewAllocateDocument,
  PeerReviewPageDocument,
  PeerReviewPieceDocument,
  PeerReviewReceivedDocument,
  PeerReviewSubmitDocument,
  PeerReviewTeacherProgressDocument,
} from '../../sdk/src/generated/graphql.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { testServerUrl } from '../kit/database.js';
import { type EvidenceRef, evidenceRow } from '../kit/evidence.js';
import { gid } from '../kit/ids.js';
import type { EnrolmentRef, ProgrammeOptions, ProgrammeWorld, SchoolWorld, UserRef } from '../kit/world.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

interface PeerRules {
  reviewsPerPiece?: number;
  blind?: boolean;
  maxRating?: number;
  requiredForOfflineHours?: boolean;
}

const peerRules = (rules: PeerRules | null) =>
  (rules === null
    ? { selection: {} }
    : {
        selection: {},
        evidence: {
          peerReview: { reviewsPerPiece: 3, blind: true, maxRating: 5, requiredForOfflineHours: true, ...rules },
        },
      }) as ProgrammeOptions['rules'];

interface Teacher {
  enrolment: EnrolmentRef;
  evidence: EvidenceRef | null;
}

interface PeerWorld {
  d: Awaited<ReturnType<TestApp['world']['district']>>;
  s: SchoolWorld;
  p: ProgrammeWorld;
  teachers: Teacher[];
}

/** A school whose `count` teachers each submitted evidence of A1 in a programme with peer review. */
async function peerWorld(
  count: number,
  rules: PeerRules | null = {},
  options: ProgrammeOptions = {},
): Promise<PeerWorld> {
  const d = await t.world.district();
  const s = await d.school();
  const p = await d.programme({ rules: peerRules(rules), schools: [s], ...options });
  const teachers: Teacher[] = [];
  for (let i = 0; i < count; i += 1) teachers.push(await submitter(p, s));
  return { d, s, p, teachers };
}

/** A new teacher of the school with submitted evidence of `code`. */
async function submitter(p: ProgrammeWorld, s: SchoolWorld, code = 'A1'): Promise<Teacher> {
  const enrolment = await p.teacher(s);
  return { enrolment, evidence: await evidenceRow(t.db.prisma, enrolment, p, code) };
}

const allocate = (w: PeerWorld, as: UserRef, school: SchoolWorld | null = w.s) =>
  t.mutate(
    PeerReviewAllocateDocument,
    { programmeId: w.p.gid, ...(school ? { schoolId: school.school.gid } : {}) },
    { as },
  ) as Promise<AdHoc>;

const submit = (teacher: UserRef, peerReviewId: string, rating: number, comment: string, locale?: 'en' | 'zh-CN') =>
  t.mutate(
    PeerReviewSubmitDocument,
    { peerReviewId, rating, comment },
    { as: teacher, ...(locale ? { locale } : {}) },
  ) as Promise<AdHoc>;

const rowsOf = (programmeId: string) =>
  t.db.prisma.peerReview.findMany({ where: { programmeId }, orderBy: [{ reviewerId: 'asc' }, { evidenceId: 'asc' }] });

function countBy<T>(rows: T[], key: (row: T) => string) {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
}

describe('allocation of 30 teachers with N = 3, completed reviews and two late submitters', () => {
  let w: PeerWorld;
  const late: Teacher[] = [];

  beforeAll(async () => {
    w = await peerWorld(30);
  }, 60_000);

  it('allocates 90 reviews: nobody gets their own piece, every piece gets 3 reviews, every teacher reviews 3', async () => {
    const result = await allocate(w, w.s.admin);
    expect(result).toMatchObject({
      __typename: 'AllocatePeerReviewsPayload',
      allocated: 90,
      pools: [{ competency: { code: 'A1' }, pieces: 30, reviewers: 30, allocated: 90 }],
    });
    const rows = await rowsOf(w.p.id);
    expect(rows).toHaveLength(90);
    const authorOf = new Map(w.teachers.map((x) => [x.evidence!.id, x.enrolment.teacher.id]));
    expect(rows.filter((row) => authorOf.get(row.evidenceId) === row.reviewerId)).toEqual([]);
    expect([...countBy(rows, (row) => row.evidenceId).values()]).toEqual(Array(30).fill(3));
    expect([...countBy(rows, (row) => row.reviewerId).values()]).toEqual(Array(30).fill(3));
    // Each under the reviewer's own enrolment, with the reviewer's school path.
    const enrolmentOf = new Map(w.teachers.map((x) => [x.enrolment.teacher.id, x.enrolment.id]));
    expect(rows.every((row) => enrolmentOf.get(row.reviewerId) === row.reviewerEnrolmentId)).toBe(true);
    expect(rows.every((row) => row.orgPath === w.s.school.path && row.completedAt === null)).toBe(true);
  });

  it('re-running with nothing new allocates 0', async () => {
    expect(await allocate(w, w.s.admin)).toMatchObject({ allocated: 0, pools: [{ pieces: 30, allocated: 0 }] });
    expect(await t.db.prisma.peerReview.count({ where: { programmeId: w.p.id } })).toBe(90);
  });

  it('a teacher sees exactly the pieces allocated to them, without the author’s name (blind)', async () => {
    const me = w.teachers[0]!;
    const mine = await t.db.prisma.peerReview.findMany({ where: { reviewerId: me.enrolment.teacher.id } });
    const page = await t.data(
      PeerReviewPageDocument,
      { enrolmentId: me.enrolment.gid, first: 10 },
      { as: me.enrolment.teacher },
    );
    const node = page.node as AdHoc;
    expect(node.peerReviews.totalCount).toBe(3);
    expect(node.peerReviews.nodes.map((n: AdHoc) => n.id).sort()).toEqual(
      mine.map((r) => gid('PeerReview', r.id)).sort(),
    );
    for (const item of node.peerReviews.nodes) {
      expect(item).toMatchObject({ authorName: null, maxRating: 5, rating: null, comment: null, completed: false });
      expect(item.evidence).toMatchObject({ version: 1, competency: { code: 'A1' } });
      // The piece to watch: its artefacts with a download link made for this reviewer.
      expect(item.evidence.artefacts).toEqual([
        expect.objectContaining({
          slot: 'plan',
          file: expect.objectContaining({ filename: 'plan.pdf', downloadUrl: expect.stringMatching(/^\/files\//) }),
        }),
      ]);
    }
    expect(node.peerReviewProgress).toEqual({
      enabled: true,
      requiredForOfflineHours: true,
      allocated: 3,
      completed: 0,
      remaining: 3,
      done: false,
    });
    // The evidence allocated to them is readable; another teacher's piece that is not allocated to them is missing.
    const allocated = new Set(mine.map((r) => r.evidenceId));
    const notMine = w.teachers.find((x) => x !== me && !allocated.has(x.evidence!.id))!;
    const other = await t.gql(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: notMine.evidence!.gid },
      { as: me.enrolment.teacher },
    );
    expect(other.data.node).toBeNull();
    const someoneElses = await t.db.prisma.peerReview.findFirstOrThrow({
      where: {
        programmeId: w.p.id,
        reviewerId: { not: me.enrolment.teacher.id },
        evidenceId: { not: me.evidence!.id },
      },
    });
    const piece = await t.data(
      PeerReviewPieceDocument,
      { peerReviewId: gid('PeerReview', someoneElses.id) },
      { as: me.enrolment.teacher },
    );
    expect(piece.node).toBeNull();
    // Another teacher's page is not theirs to read.
    const theirs = await t.data(
      PeerReviewPageDocument,
      { enrolmentId: notMine.enrolment.gid },
      { as: me.enrolment.teacher },
    );
    expect(theirs.node).toBeNull();
    // The school admin sees the names.
    const admin = await t.data(PeerReviewPageDocument, { enrolmentId: me.enrolment.gid }, { as: w.s.admin });
    expect((admin.node as AdHoc).peerReviews.nodes.every((n: AdHoc) => typeof n.authorName === 'string')).toBe(true);
  });

  it('refuses a rating out of range, an empty or too long comment: a coded error in both languages, nothing changes', async () => {
    const me = w.teachers[1]!;
    const review = await t.db.prisma.peerReview.findFirstOrThrow({ where: { reviewerId: me.enrolment.teacher.id } });
    const id = gid('PeerReview', review.id);
    const six = await submit(me.enrolment.teacher, id, 6, '很好的课例');
    expect(six).toEqual({
      __typename: 'ValidationError',
      code: 'INVALID_INPUT',
      message: 'The input is not valid; see the issues.',
      issues: [{ path: ['input', 'rating'], message: 'The rating must be a whole number from 1 to 5' }],
    });
    const zero = await submit(me.enrolment.teacher, id, 0, '很好的课例', 'zh-CN');
    expect(zero).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['input', 'rating'], message: '评分须为 1 到 5 之间的整数' }],
    });
    expect(await submit(me.enrolment.teacher, id, 4, '   ')).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['input', 'comment'] }],
    });
    expect(await submit(me.enrolment.teacher, id, 4, 'x'.repeat(2001))).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['input', 'comment'] }],
    });
    expect(await t.db.prisma.peerReview.findUniqueOrThrow({ where: { id: review.id } })).toEqual(review);
  });

  it('the reviewer completes a review once: a second submit is refused and changes nothing', async () => {
    const me = w.teachers[1]!;
    const review = await t.db.prisma.peerReview.findFirstOrThrow({ where: { reviewerId: me.enrolment.teacher.id } });
    const id = gid('PeerReview', review.id);
    const done = await submit(me.enrolment.teacher, id, 4, '  教学设计清晰，学生作品点评到位。 ');
    expect(done).toMatchObject({
      __typename: 'SubmitPeerReviewPayload',
      peerReview: { id, rating: 4, comment: '教学设计清晰，学生作品点评到位。', completed: true, authorName: null },
    });
    const after = await t.db.prisma.peerReview.findUniqueOrThrow({ where: { id: review.id } });
    const again = await submit(me.enrolment.teacher, id, 2, '改主意了');
    expect(again).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
    const zh = await submit(me.enrolment.teacher, id, 2, '改主意了', 'zh-CN');
    expect(zh.message).toBe('该同行评价已完成，不能再修改。');
    expect(await t.db.prisma.peerReview.findUniqueOrThrow({ where: { id: review.id } })).toEqual(after);
  });

  it('only the reviewer may submit: the author and the admin are refused, another teacher finds nothing', async () => {
    const me = w.teachers[2]!;
    const review = await t.db.prisma.peerReview.findFirstOrThrow({ where: { reviewerId: me.enrolment.teacher.id } });
    const id = gid('PeerReview', review.id);
    const author = w.teachers.find((x) => x.evidence!.id === review.evidenceId)!;
    expect(await submit(author.enrolment.teacher, id, 3, '自评')).toMatchObject({ code: 'FORBIDDEN_ACTION' });
    expect(await submit(w.s.admin, id, 3, '管理员')).toMatchObject({ code: 'FORBIDDEN_ACTION' });
    const stranger = w.teachers.find((x) => x !== me && x !== author && x.enrolment.teacher.id !== review.reviewerId)!;
    const visible = await t.db.prisma.peerReview.count({
      where: {
        id: review.id,
        OR: [{ reviewerId: stranger.enrolment.teacher.id }, { evidenceId: stranger.evidence!.id }],
      },
    });
    expect(visible).toBe(0);
    expect(await submit(stranger.enrolment.teacher, id, 3, '路人')).toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.db.prisma.peerReview.findUniqueOrThrow({ where: { id: review.id } })).toEqual(review);
  });

  it('a teacher who completes all three is done; the author reads the reviews received without the reviewers’ names', async () => {
    const me = w.teachers[3]!;
    const mine = await t.db.prisma.peerReview.findMany({ where: { reviewerId: me.enrolment.teacher.id } });
    for (const [i, review] of mine.entries())
      expect(
        await submit(me.enrolment.teacher, gid('PeerReview', review.id), 3 + (i % 3), `点评 ${i + 1}`),
      ).toMatchObject({
        __typename: 'SubmitPeerReviewPayload',
      });
    const progress = await t.data(
      PeerReviewTeacherProgressDocument,
      { enrolmentId: me.enrolment.gid },
      { as: me.enrolment.teacher },
    );
    expect((progress.node as AdHoc).peerReviewProgress).toMatchObject({
      allocated: 3,
      completed: 3,
      remaining: 0,
      done: true,
    });
    const todo = await t.data(
      PeerReviewPageDocument,
      { enrolmentId: me.enrolment.gid, completed: false },
      { as: me.enrolment.teacher },
    );
    expect((todo.node as AdHoc).peerReviews.totalCount).toBe(0);

    const author = w.teachers.find((x) => x.evidence!.id === mine[0]!.evidenceId)!;
    const received = await t.data(
      PeerReviewReceivedDocument,
      { evidenceId: author.evidence!.gid },
      { as: author.enrolment.teacher },
    );
    const nodes = (received.node as AdHoc).peerReviews.nodes as AdHoc[];
    expect(nodes.length).toBeGreaterThanOrEqual(1);
    expect(nodes.every((n) => n.reviewerName === null && n.rating !== null && n.completedAt !== null)).toBe(true);
    // A peer reviewing the same piece does not read the other reviews of it.
    const peer = await t.data(
      PeerReviewReceivedDocument,
      { evidenceId: author.evidence!.gid },
      { as: me.enrolment.teacher },
    );
    expect(peer.node).toMatchObject({ peerReviews: null });
    // The admin reads them with the names.
    const admin = await t.data(PeerReviewReceivedDocument, { evidenceId: author.evidence!.gid }, { as: w.s.admin });
    expect(((admin.node as AdHoc).peerReviews.nodes as AdHoc[]).every((n) => typeof n.reviewerName === 'string')).toBe(
      true,
    );

    const done = await peerReviewsDone(t.db.prisma, [me.enrolment.id, w.teachers[4]!.enrolment.id]);
    expect(done).toEqual(
      new Map([
        [me.enrolment.id, true],
        [w.teachers[4]!.enrolment.id, false],
      ]),
    );
  });

  it('folds in two late submitters without changing the earlier allocations, completed ones included', async () => {
    const before = await rowsOf(w.p.id);
    expect(before.filter((row) => row.completedAt !== null).length).toBeGreaterThanOrEqual(4);
    late.push(await submitter(w.p, w.s), await submitter(w.p, w.s));
    // The district admin re-runs it over the whole district.
    const result = await allocate(w, w.d.admin, null);
    expect(result).toMatchObject({ allocated: 10, pools: [{ pieces: 32, reviewers: 32, allocated: 10 }] });
    const after = await rowsOf(w.p.id);
    expect(after).toHaveLength(100);
    const byId = new Map(after.map((row) => [row.id, row]));
    for (const row of before) expect(byId.get(row.id)).toEqual(row);
    const authorOf = new Map([...w.teachers, ...late].map((x) => [x.evidence!.id, x.enrolment.teacher.id]));
    expect(after.filter((row) => authorOf.get(row.evidenceId) === row.reviewerId)).toEqual([]);
    const reviews = countBy(after, (row) => row.evidenceId);
    const loads = countBy(after, (row) => row.reviewerId);
    for (const x of late) {
      expect(reviews.get(x.evidence!.id)).toBe(3);
      expect(loads.get(x.enrolment.teacher.id)).toBe(3);
    }
    expect([...reviews.values()].every((n) => n === 3 || n === 4)).toBe(true);
    expect([...loads.values()].every((n) => n === 3 || n === 4)).toBe(true);
    expect(await allocate(w, w.s.admin)).toMatchObject({ allocated: 0 });
    // The late teacher sees their 3 pieces.
    const page = await t.data(
      PeerReviewPageDocument,
      { enrolmentId: late[0]!.enrolment.gid },
      { as: late[0]!.enrolment.teacher },
    );
    expect((page.node as AdHoc).peerReviews.totalCount).toBe(3);
  });
});

describe('names when the programme’s peer review is not blind', () => {
  it('the reviewer sees the author’s name and the author the reviewer’s', async () => {
    const w = await peerWorld(4, { blind: false, reviewsPerPiece: 2 });
    expect(await allocate(w, w.d.admin, null)).toMatchObject({ allocated: 8 });
    const me = w.teachers[0]!;
    const page = await t.data(PeerReviewPageDocument, { enrolmentId: me.enrolment.gid }, { as: me.enrolment.teacher });
    const names = ((page.node as AdHoc).peerReviews.nodes as AdHoc[]).map((n) => n.authorName);
    expect(names).toHaveLength(2);
    const authors = new Set(w.teachers.map((x) => x.enrolment.teacher.displayName));
    expect(names.every((name) => authors.has(name) && name !== me.enrolment.teacher.displayName)).toBe(true);
    const review = await t.db.prisma.peerReview.findFirstOrThrow({ where: { reviewerId: me.enrolment.teacher.id } });
    await submit(me.enrolment.teacher, gid('PeerReview', review.id), 5, '值得学习');
    const author = w.teachers.find((x) => x.evidence!.id === review.evidenceId)!;
    const received = await t.data(
      PeerReviewReceivedDocument,
      { evidenceId: author.evidence!.gid },
      { as: author.enrolment.teacher },
    );
    expect((received.node as AdHoc).peerReviews.nodes).toEqual([
      expect.objectContaining({ reviewerName: me.enrolment.teacher.displayName, rating: 5, comment: '值得学习' }),
    ]);
  });
});

describe('allocation refusals', () => {
  it('a school admin must name their school; another school is missing; outside the district it is missing', async () => {
    const w = await peerWorld(3);
    expect(await allocate(w, w.s.admin, null)).toMatchObject({ code: 'FORBIDDEN_ACTION' });
    const other = await w.d.school();
    expect(await allocate(w, w.s.admin, other)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await allocate(w, w.teachers[0]!.enrolment.teacher, w.s)).toMatchObject({ code: 'FORBIDDEN_ACTION' });
    const elsewhere = await peerWorld(0);
    expect(await allocate(w, elsewhere.d.admin, null)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await allocate({ ...w, s: elsewhere.s }, w.d.admin)).toMatchObject({ code: 'NOT_FOUND' });
    // A school of the district's neighbour named by its own district admin, with this district's programme.
    expect(await allocate({ ...w, s: elsewhere.s }, elsewhere.d.admin)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.db.prisma.peerReview.count({ where: { programmeId: w.p.id } })).toBe(0);
  });

  it('refuses a programme without peer review, or not published or running (INVALID_STATE), allocating nothing', async () => {
    const none = await peerWorld(3, null);
    const refused = await allocate(none, none.s.admin);
    expect(refused).toEqual({
      __typename: 'InvalidStateError',
      code: 'INVALID_STATE',
      message: 'The programme has no peer review (its rules set no evidence.peerReview).',
    });
    const closed = await peerWorld(3, {}, { status: 'CLOSED' });
    expect(await allocate(closed, closed.s.admin)).toMatchObject({ code: 'INVALID_STATE' });
    expect(await t.db.prisma.peerReview.count({ where: { programmeId: { in: [none.p.id, closed.p.id] } } })).toBe(0);
  });

  it('refuses a review once the programme is closed, changing nothing', async () => {
    const w = await peerWorld(3, { reviewsPerPiece: 1 });
    expect(await allocate(w, w.s.admin)).toMatchObject({ allocated: 3 });
    await t.db.prisma.programme.update({ where: { id: w.p.id }, data: { status: 'CLOSED' } });
    const me = w.teachers[0]!;
    const review = await t.db.prisma.peerReview.findFirstOrThrow({ where: { reviewerId: me.enrolment.teacher.id } });
    expect(await submit(me.enrolment.teacher, gid('PeerReview', review.id), 3, '来晚了')).toEqual({
      __typename: 'InvalidStateError',
      code: 'INVALID_STATE',
      message:
        'Peer reviews are allocated and written only while the programme is published or running (it is closed).',
    });
    expect(await t.db.prisma.peerReview.findUniqueOrThrow({ where: { id: review.id } })).toEqual(review);
  });

  it('pools each competency apart and leaves unsubmitted drafts out', async () => {
    const w = await peerWorld(4, { reviewsPerPiece: 2 });
    for (const x of w.teachers.slice(0, 3)) await evidenceRow(t.db.prisma, x.enrolment, w.p, 'B2');
    const drafter = await w.p.teacher(w.s);
    await evidenceRow(t.db.prisma, drafter, w.p, 'A1', { status: 'DRAFT' });
    const result = await allocate(w, w.s.admin);
    expect(result).toMatchObject({
      allocated: 14,
      pools: [
        { competency: { code: 'A1' }, pieces: 4, reviewers: 4, allocated: 8 },
        { competency: { code: 'B2' }, pieces: 3, reviewers: 3, allocated: 6 },
      ],
    });
    expect(await t.db.prisma.peerReview.count({ where: { reviewerId: drafter.teacher.id } })).toBe(0);
  });
});

describe('progress', () => {
  it('is done in a programme without peer review, and not done for a teacher with nothing allocated', async () => {
    const none = await peerWorld(1, null);
    const x = none.teachers[0]!;
    const progress = await t.data(
      PeerReviewTeacherProgressDocument,
      { enrolmentId: x.enrolment.gid },
      { as: x.enrolment.teacher },
    );
    expect((progress.node as AdHoc).peerReviewProgress).toEqual({
      enabled: false,
      requiredForOfflineHours: false,
      allocated: 0,
      completed: 0,
      remaining: 0,
      done: true,
    });
    const w = await peerWorld(1);
    const alone = w.teachers[0]!;
    expect(await allocate(w, w.s.admin)).toMatchObject({ allocated: 0 });
    const mine = await t.data(
      PeerReviewTeacherProgressDocument,
      { enrolmentId: alone.enrolment.gid },
      { as: w.s.admin },
    );
    expect((mine.node as AdHoc).peerReviewProgress).toMatchObject({ enabled: true, allocated: 0, done: false });
    // The class tutor sees the enrolment but not the progress.
    const tutor = await t.data(
      PeerReviewTeacherProgressDocument,
      { enrolmentId: alone.enrolment.gid },
      { as: w.s.tutor },
    );
    expect(tutor.node).toMatchObject({ peerReviewProgress: null });
    expect(await peerReviewsDone(t.db.prisma, [x.enrolment.id, alone.enrolment.id])).toEqual(
      new Map([
        [x.enrolment.id, true],
        [alone.enrolment.id, false],
      ]),
    );
  });
});

describe('cost', () => {
  it('the peer-review page costs the same number of statements with 1, 10 or 30 pieces allocated', async () => {
    const w = await peerWorld(30);
    const reviewers = [await w.p.teacher(w.s), await w.p.teacher(w.s), await w.p.teacher(w.s)];
    const sizes = [1, 10, 30];
    for (const [i, size] of sizes.entries()) {
      const reviewer = reviewers[i]!;
      await t.db.prisma.peerReview.createMany({
        data: w.teachers.slice(0, size).map((x) => ({
          evidenceId: x.evidence!.id,
          programmeId: w.p.id,
          competencyId: x.evidence!.competencyId,
          reviewerId: reviewer.teacher.id,
          reviewerEnrolmentId: reviewer.id,
          orgPath: w.s.school.path,
        })),
      });
    }
    const counts: number[] = [];
    for (const [i, size] of sizes.entries()) {
      const reviewer = reviewers[i]!;
      const { count, data } = await t.statementsFor(
        print(PeerReviewPageDocument),
        { enrolmentId: reviewer.gid, first: 100 },
        { as: reviewer.teacher },
      );
      expect((data as AdHoc).node.peerReviews.nodes).toHaveLength(size);
      expect((data as AdHoc).node.peerReviewProgress.allocated).toBe(size);
      counts.push(count);
    }
    expect(new Set(counts).size).toBe(1);
  });
});

describe(`concurrent allocations (${testServerUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  it.runIf(testServerUrl !== null)('two API instances allocating at once produce no duplicates', async () => {
    const w = await peerWorld(30);
    const second = await openDatabase({ kind: 'postgres', url: t.db.url!, poolSize: 4 });
    try {
      const other = t.variant({ db: second });
      const run = (app: TestApp, as: UserRef, school: SchoolWorld | null) =>
        app.mutate(
          PeerReviewAllocateDocument,
          { programmeId: w.p.gid, ...(school ? { schoolId: school.school.gid } : {}) },
          { as },
        ) as Promise<AdHoc>;
      // Several at once from each instance, school and district pools alike: exactly one allocates, the others find
      // everything allocated (without the lock they would read nothing and then collide on the unique pair).
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          i % 2 ? run(t, w.s.admin, w.s) : run(other, w.d.admin, i % 4 ? w.s : null),
        ),
      );
      expect(results.map((r) => r.__typename)).toEqual(Array(8).fill('AllocatePeerReviewsPayload'));
      expect(results.map((r) => r.allocated).sort((a, b) => a - b)).toEqual([0, 0, 0, 0, 0, 0, 0, 90]);
      const rows = await rowsOf(w.p.id);
      expect(rows).toHaveLength(90);
      expect(new Set(rows.map((row) => `${row.evidenceId}:${row.reviewerId}`)).size).toBe(90);
    } finally {
      await second.close();
    }
  });
});
