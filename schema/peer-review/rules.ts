/**
 * Rules of peer review (同行评价, Xinbei): pure functions of plain data, no GraphQL, no Prisma.
 *
 * Each teacher who submitted evidence of a competency reviews N other teachers' evidence of that competency, and each
 * piece gets about N reviews (N = `rules.evidence.peerReview.reviewsPerPiece`). The allocation is deterministic (the
 * same pool gives the same allocation, whatever order it is read in) and re-runnable: allocations made earlier,
 * finished or not, are never changed or removed; a re-run only adds what late submitters need.
 */

/** A submitted piece of evidence of the pool and its author. */
export interface PeerPiece {
  evidenceId: string;
  authorId: string;
}

/** A teacher who reviews (one who submitted evidence of the competency) and the enrolment they review under. */
export interface PeerReviewer {
  userId: string;
  enrolmentId: string;
}

/** An allocation made earlier (finished or not). */
export interface PeerPair {
  evidenceId: string;
  reviewerId: string;
}

/** A new allocation: the reviewer (and their enrolment) reviews the evidence. */
export interface PeerAllocation {
  evidenceId: string;
  reviewerId: string;
  enrolmentId: string;
}

export interface AllocationInput {
  pieces: readonly PeerPiece[];
  reviewers: readonly PeerReviewer[];
  existing: readonly PeerPair[];
  /** Pieces each reviewer should review, and reviews each piece should get. */
  n: number;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const pairKey = (evidenceId: string, reviewerId: string) => `${evidenceId}\u0000${reviewerId}`;

/**
 * The new allocations of one pool (one competency of a programme, in a school or the whole district).
 *
 * - Never a reviewer's own piece, never the same pair twice (nor a pair in `existing`).
 * - With no allocation yet, the teachers who are both reviewer and author of one piece (m of them, sorted by id, in a
 *   ring) get a circulant allocation: reviewer i reviews the pieces of teachers i+1 … i+N (mod m), so each piece gets
 *   exactly N reviews and each reviewer exactly N pieces (with m ≤ N: every other piece, m − 1).
 * - Then, and on every re-run, late submitters are folded in greedily: each reviewer short of N pieces takes the
 *   pieces with the fewest reviews (ties: the nearest author after them on the ring, then the evidence id); then each
 *   piece short of N reviews gets the reviewers with the fewest allocations (ties: the nearest reviewer before its
 *   author on the ring, then the user id). So every piece gets about N reviews; some earlier reviewers may get one
 *   more than N when late pieces need them.
 *
 * Returns only the new allocations, sorted by reviewer then evidence.
 */
export function allocatePeerReviews(input: AllocationInput): PeerAllocation[] {
  const n = Number.isFinite(input.n) ? Math.max(0, Math.floor(input.n)) : 0;
  if (n === 0) return [];

  const pieces = uniqueBy(
    [...input.pieces].sort((a, b) => byText(a.authorId, b.authorId) || byText(a.evidenceId, b.evidenceId)),
    (piece) => piece.evidenceId,
  );
  const reviewers = uniqueBy(
    [...input.reviewers].sort((a, b) => byText(a.userId, b.userId) || byText(a.enrolmentId, b.enrolmentId)),
    (reviewer) => reviewer.userId,
  );
  const pieceIds = new Set(pieces.map((piece) => piece.evidenceId));
  const reviewerIds = new Set(reviewers.map((reviewer) => reviewer.userId));

  // The ring: every teacher of the pool by id; the distance from a reviewer to an author runs forward around it.
  const ring = [...new Set([...pieces.map((piece) => piece.authorId), ...reviewerIds])].sort(byText);
  const position = new Map(ring.map((id, index) => [id, index]));
  const distance = (reviewerId: string, authorId: string) =>
    ((position.get(authorId) ?? 0) - (position.get(reviewerId) ?? 0) + ring.length) % ring.length;

  const paired = new Set<string>();
  const reviews = new Map<string, number>();
  const load = new Map<string, number>();
  const bump = (counts: Map<string, number>, id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  let related = false;
  for (const pair of input.existing) {
    const key = pairKey(pair.evidenceId, pair.reviewerId);
    if (paired.has(key)) continue;
    paired.add(key);
    if (pieceIds.has(pair.evidenceId)) {
      bump(reviews, pair.evidenceId);
      related = true;
    }
    if (reviewerIds.has(pair.reviewerId)) {
      bump(load, pair.reviewerId);
      related = true;
    }
  }

  const made: PeerAllocation[] = [];
  const allocate = (piece: PeerPiece, reviewer: PeerReviewer) => {
    paired.add(pairKey(piece.evidenceId, reviewer.userId));
    bump(reviews, piece.evidenceId);
    bump(load, reviewer.userId);
    made.push({ evidenceId: piece.evidenceId, reviewerId: reviewer.userId, enrolmentId: reviewer.enrolmentId });
  };
  const mayReview = (piece: PeerPiece, reviewer: PeerReviewer) =>
    piece.authorId !== reviewer.userId && !paired.has(pairKey(piece.evidenceId, reviewer.userId));

  if (!related) {
    // The circulant over the teachers who both review and wrote exactly one piece.
    const piecesOf = new Map<string, PeerPiece[]>();
    for (const piece of pieces) piecesOf.set(piece.authorId, [...(piecesOf.get(piece.authorId) ?? []), piece]);
    const core = reviewers.flatMap((reviewer) => {
      const own = piecesOf.get(reviewer.userId) ?? [];
      return own.length === 1 ? own.map((piece) => ({ reviewer, piece })) : [];
    });
    const m = core.length;
    const k = Math.min(n, m - 1);
    for (const [i, { reviewer }] of core.entries())
      for (let j = 1; j <= k; j += 1) {
        const next = core[(i + j) % m];
        if (next) allocate(next.piece, reviewer);
      }
  }

  // Reviewers short of N take the least reviewed pieces.
  for (const reviewer of reviewers) {
    const need = n - (load.get(reviewer.userId) ?? 0);
    if (need <= 0) continue;
    const candidates = pieces
      .filter((piece) => mayReview(piece, reviewer))
      .sort(
        (a, b) =>
          (reviews.get(a.evidenceId) ?? 0) - (reviews.get(b.evidenceId) ?? 0) ||
          distance(reviewer.userId, a.authorId) - distance(reviewer.userId, b.authorId) ||
          byText(a.evidenceId, b.evidenceId),
      );
    for (const piece of candidates.slice(0, need)) allocate(piece, reviewer);
  }

  // Pieces short of N get the least loaded reviewers.
  for (const piece of pieces) {
    const need = n - (reviews.get(piece.evidenceId) ?? 0);
    if (need <= 0) continue;
    const candidates = reviewers
      .filter((reviewer) => mayReview(piece, reviewer))
      .sort(
        (a, b) =>
          (load.get(a.userId) ?? 0) - (load.get(b.userId) ?? 0) ||
          distance(a.userId, piece.authorId) - distance(b.userId, piece.authorId) ||
          byText(a.userId, b.userId),
      );
    for (const reviewer of candidates.slice(0, need)) allocate(piece, reviewer);
  }

  return made.sort((a, b) => byText(a.reviewerId, b.reviewerId) || byText(a.evidenceId, b.evidenceId));
}

function uniqueBy<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Longest peer-review comment, in characters (a comment is required: at least one character once trimmed). */
export const MAX_PEER_COMMENT_LENGTH = 2000;

/** Whether a rating fits the programme's scale: a whole number from 1 to `maxRating`. */
export const ratingInRange = (rating: number, maxRating: number): boolean =>
  Number.isInteger(rating) && rating >= 1 && rating <= maxRating;

/** Programme states in which peer reviews are allocated and written. */
export const PEER_REVIEW_PROGRAMME_STATUSES: readonly string[] = ['PUBLISHED', 'RUNNING'];

/** Whether peer reviews can be allocated or written while the programme is in `status`. */
export const peerReviewOpen = (status: string): boolean => PEER_REVIEW_PROGRAMME_STATUSES.includes(status);

/**
 * Whether a teacher's own peer reviews are done: every piece allocated to them is completed and at least one was
 * allocated; always true in a programme without peer review (nothing to do).
 */
export function peerReviewsComplete(progress: { enabled: boolean; allocated: number; completed: number }): boolean {
  if (!progress.enabled) return true;
  return progress.allocated > 0 && progress.completed >= progress.allocated;
}

/**
 * Whether a viewer sees the other side's name on a peer review: the author's name is hidden from the reviewer, and
 * the reviewer's name from the author, when the programme's peer review is blind. Admins and the person themself
 * always see it.
 */
export const nameHidden = (blind: boolean, viewerIsOtherSide: boolean): boolean => blind && viewerIsOtherSide;
