import { describe, expect, it } from 'vitest';
import {
  allocatePeerReviews,
  nameHidden,
  type PeerAllocation,
  type PeerPair,
  type PeerPiece,
  type PeerReviewer,
  peerReviewOpen,
  peerReviewsComplete,
  ratingInRange,
} from '../../schema/peer-review/rules.js';

/** Teacher i ("t-07") wrote piece "e-07" and reviews under enrolment "n-07". */
const id = (prefix: string, i: number) => `${prefix}-${String(i).padStart(2, '0')}`;
const teachers = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
const piecesOf = (ids: number[]): PeerPiece[] => ids.map((i) => ({ evidenceId: id('e', i), authorId: id('t', i) }));
const reviewersOf = (ids: number[]): PeerReviewer[] =>
  ids.map((i) => ({ userId: id('t', i), enrolmentId: id('n', i) }));

const countBy = (pairs: PeerPair[], key: 'evidenceId' | 'reviewerId') => {
  const counts = new Map<string, number>();
  for (const pair of pairs) counts.set(pair[key], (counts.get(pair[key]) ?? 0) + 1);
  return counts;
};
const ownPieces = (pairs: PeerPair[]) => pairs.filter((pair) => pair.evidenceId.slice(2) === pair.reviewerId.slice(2));
const keys = (pairs: PeerPair[]) => pairs.map((pair) => `${pair.evidenceId}>${pair.reviewerId}`);

/** A deterministic shuffle (so the test itself is repeatable). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('allocatePeerReviews: 30 teachers, N = 3', () => {
  const thirty = teachers(0, 30);
  const first = allocatePeerReviews({ pieces: piecesOf(thirty), reviewers: reviewersOf(thirty), existing: [], n: 3 });

  it('gives nobody their own piece, every piece exactly 3 reviews and every reviewer exactly 3 pieces', () => {
    expect(first).toHaveLength(90);
    expect(ownPieces(first)).toEqual([]);
    expect(new Set(keys(first)).size).toBe(90);
    const reviews = countBy(first, 'evidenceId');
    const loads = countBy(first, 'reviewerId');
    expect(reviews.size).toBe(30);
    expect(loads.size).toBe(30);
    expect([...reviews.values()].every((count) => count === 3)).toBe(true);
    expect([...loads.values()].every((count) => count === 3)).toBe(true);
  });

  it('is the circulant: reviewer i reviews the pieces of teachers i+1, i+2, i+3 (mod 30), under their enrolment', () => {
    const of = (i: number) => first.filter((a) => a.reviewerId === id('t', i));
    expect(of(0).map((a) => a.evidenceId)).toEqual(['e-01', 'e-02', 'e-03']);
    expect(of(28).map((a) => a.evidenceId)).toEqual(['e-00', 'e-01', 'e-29']);
    expect(of(29).map((a) => a.evidenceId)).toEqual(['e-00', 'e-01', 'e-02']);
    expect(new Set(of(5).map((a) => a.enrolmentId))).toEqual(new Set(['n-05']));
  });

  it('is deterministic: the same pool in any order gives the same allocation', () => {
    for (const seed of [1, 2, 3]) {
      const again = allocatePeerReviews({
        pieces: shuffled(piecesOf(thirty), seed),
        reviewers: shuffled(reviewersOf(thirty), seed + 10),
        existing: [],
        n: 3,
      });
      expect(again).toEqual(first);
    }
  });

  it('re-run with nothing new allocates nothing', () => {
    expect(
      allocatePeerReviews({ pieces: piecesOf(thirty), reviewers: reviewersOf(thirty), existing: first, n: 3 }),
    ).toEqual([]);
  });

  describe('two late submitters', () => {
    // Some of the first allocations were completed meanwhile: the function never sees the difference, and never
    // returns (changes) an existing pair.
    const completed = first.filter((_, i) => i % 4 === 0);
    const everyone = teachers(0, 32);
    const late = allocatePeerReviews({
      pieces: piecesOf(everyone),
      reviewers: reviewersOf(everyone),
      existing: first,
      n: 3,
    });
    const all: PeerAllocation[] = [...first, ...late];

    it('leaves the existing allocations (completed ones included) as they are: only new pairs come back', () => {
      const before = new Set(keys(first));
      expect(keys(late).filter((key) => before.has(key))).toEqual([]);
      expect(keys(completed).every((key) => new Set(keys(all)).has(key))).toBe(true);
      expect(new Set(keys(all)).size).toBe(all.length);
      expect(ownPieces(late)).toEqual([]);
    });

    it('gives each late piece 3 reviews and each late reviewer 3 pieces', () => {
      const reviews = countBy(all, 'evidenceId');
      const loads = countBy(all, 'reviewerId');
      expect(reviews.get('e-30')).toBe(3);
      expect(reviews.get('e-31')).toBe(3);
      expect(loads.get('t-30')).toBe(3);
      expect(loads.get('t-31')).toBe(3);
    });

    it('keeps every piece and every reviewer at about 3 (3 or 4)', () => {
      const reviews = countBy(all, 'evidenceId');
      const loads = countBy(all, 'reviewerId');
      expect(reviews.size).toBe(32);
      expect([...reviews.values()].every((count) => count === 3 || count === 4)).toBe(true);
      expect([...loads.values()].every((count) => count === 3 || count === 4)).toBe(true);
      // 3 by each late reviewer and 3 for each late piece; the two late teachers review each other: 12 − 2.
      expect(late).toHaveLength(10);
    });

    it('is deterministic and re-runnable', () => {
      const again = allocatePeerReviews({
        pieces: shuffled(piecesOf(everyone), 7),
        reviewers: shuffled(reviewersOf(everyone), 8),
        existing: shuffled(first, 9),
        n: 3,
      });
      expect(again).toEqual(late);
      expect(
        allocatePeerReviews({ pieces: piecesOf(everyone), reviewers: reviewersOf(everyone), existing: all, n: 3 }),
      ).toEqual([]);
    });
  });

  it('folds in a single late submitter: their piece gets 3 reviews, they review 3', () => {
    const everyone = teachers(0, 31);
    const late = allocatePeerReviews({
      pieces: piecesOf(everyone),
      reviewers: reviewersOf(everyone),
      existing: first,
      n: 3,
    });
    expect(late.filter((a) => a.evidenceId === 'e-30')).toHaveLength(3);
    expect(late.filter((a) => a.reviewerId === 't-30')).toHaveLength(3);
    expect(late).toHaveLength(6);
    expect(ownPieces(late)).toEqual([]);
  });
});

describe('allocatePeerReviews: too few participants', () => {
  it('with m ≤ N gives each reviewer every other piece (m − 1)', () => {
    const three = teachers(0, 3);
    const result = allocatePeerReviews({ pieces: piecesOf(three), reviewers: reviewersOf(three), existing: [], n: 3 });
    expect(result).toHaveLength(6);
    expect(ownPieces(result)).toEqual([]);
    expect([...countBy(result, 'evidenceId').values()]).toEqual([2, 2, 2]);
    expect([...countBy(result, 'reviewerId').values()]).toEqual([2, 2, 2]);
  });

  it('with two teachers they review each other; with one or none, nothing', () => {
    const two = teachers(0, 2);
    expect(allocatePeerReviews({ pieces: piecesOf(two), reviewers: reviewersOf(two), existing: [], n: 3 })).toEqual([
      { evidenceId: 'e-01', reviewerId: 't-00', enrolmentId: 'n-00' },
      { evidenceId: 'e-00', reviewerId: 't-01', enrolmentId: 'n-01' },
    ]);
    const one = teachers(0, 1);
    expect(allocatePeerReviews({ pieces: piecesOf(one), reviewers: reviewersOf(one), existing: [], n: 3 })).toEqual([]);
    expect(allocatePeerReviews({ pieces: [], reviewers: [], existing: [], n: 3 })).toEqual([]);
  });

  it('with N = 0 allocates nothing', () => {
    const five = teachers(0, 5);
    expect(allocatePeerReviews({ pieces: piecesOf(five), reviewers: reviewersOf(five), existing: [], n: 0 })).toEqual(
      [],
    );
  });
});

describe('allocatePeerReviews: other pools', () => {
  it('gives reviewers who wrote nothing pieces, and pieces whose author does not review reviewers', () => {
    const result = allocatePeerReviews({
      pieces: piecesOf([0, 1, 2, 3, 9]),
      reviewers: reviewersOf([0, 1, 2, 3, 8]),
      existing: [],
      n: 2,
    });
    expect(ownPieces(result)).toEqual([]);
    const reviews = countBy(result, 'evidenceId');
    const loads = countBy(result, 'reviewerId');
    for (const piece of ['e-00', 'e-01', 'e-02', 'e-03', 'e-09']) expect(reviews.get(piece)).toBeGreaterThanOrEqual(2);
    for (const reviewer of ['t-00', 't-01', 't-02', 't-03', 't-08'])
      expect(loads.get(reviewer)).toBeGreaterThanOrEqual(2);
  });

  it('counts allocations outside the pool (a school re-run after a district one) and never repeats them', () => {
    // t-00 already reviews e-01 and e-02 and one piece of another school; e-03 already has a review from elsewhere.
    const existing: PeerPair[] = [
      { evidenceId: 'e-01', reviewerId: 't-00' },
      { evidenceId: 'e-02', reviewerId: 't-00' },
      { evidenceId: 'x-99', reviewerId: 't-00' },
      { evidenceId: 'e-03', reviewerId: 'x-98' },
    ];
    const four = teachers(0, 4);
    const result = allocatePeerReviews({ pieces: piecesOf(four), reviewers: reviewersOf(four), existing, n: 2 });
    expect(result.filter((a) => a.reviewerId === 't-00')).toEqual([]);
    expect(result.some((a) => a.reviewerId === 't-00' && ['e-01', 'e-02'].includes(a.evidenceId))).toBe(false);
    const reviews = countBy([...existing, ...result], 'evidenceId');
    for (const piece of ['e-00', 'e-01', 'e-02', 'e-03']) expect(reviews.get(piece)).toBeGreaterThanOrEqual(2);
    expect(ownPieces(result)).toEqual([]);
  });
});

describe('small rules', () => {
  it('a rating is a whole number from 1 to maxRating', () => {
    expect(ratingInRange(1, 5)).toBe(true);
    expect(ratingInRange(5, 5)).toBe(true);
    expect(ratingInRange(0, 5)).toBe(false);
    expect(ratingInRange(6, 5)).toBe(false);
    expect(ratingInRange(2.5, 5)).toBe(false);
  });

  it('peer reviews are written while the programme is published or running', () => {
    expect(peerReviewOpen('PUBLISHED')).toBe(true);
    expect(peerReviewOpen('RUNNING')).toBe(true);
    expect(peerReviewOpen('DRAFT')).toBe(false);
    expect(peerReviewOpen('CLOSED')).toBe(false);
  });

  it('done: every allocated review completed and at least one allocated; always without peer review', () => {
    expect(peerReviewsComplete({ enabled: true, allocated: 3, completed: 3 })).toBe(true);
    expect(peerReviewsComplete({ enabled: true, allocated: 3, completed: 2 })).toBe(false);
    expect(peerReviewsComplete({ enabled: true, allocated: 0, completed: 0 })).toBe(false);
    expect(peerReviewsComplete({ enabled: false, allocated: 0, completed: 0 })).toBe(true);
  });

  it('names are hidden from the other side when blind', () => {
    expect(nameHidden(true, true)).toBe(true);
    expect(nameHidden(true, false)).toBe(false);
    expect(nameHidden(false, true)).toBe(false);
  });
});
