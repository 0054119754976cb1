/**
 * Rules of excellent-trainee nominations (优秀学员): pure functions of plain data, no GraphQL, no Prisma.
 * A class's quota is a share of its enrolled teachers, rounded down; NOMINATED and CONFIRMED nominations take places.
 */

/** Longest comment on a nomination or a decision, in characters. */
export const MAX_NOMINATION_COMMENT_LENGTH = 2000;

export type NominationStatusValue = 'NOMINATED' | 'CONFIRMED' | 'WITHDRAWN';

/** Statuses that take a place of the class's quota. */
export const PLACE_TAKING: readonly NominationStatusValue[] = ['NOMINATED', 'CONFIRMED'];

/**
 * Places of a class: `rate` × enrolled teachers, rounded down (15% of 20 → 3, of 6 → 0). The small epsilon keeps a
 * product such as 0.29 × 100 = 28.999999999999996 at 29.
 */
export function excellentQuota(rate: number, enrolled: number): number {
  if (enrolled <= 0 || rate <= 0) return 0;
  return Math.floor(rate * enrolled + 1e-9);
}

/** Whether another nomination fits: `taken` places (NOMINATED or CONFIRMED) of `quota`. */
export const quotaFull = (quota: number, taken: number): boolean => taken >= quota;

/** Places still free (never negative: a class that shrank after its nominations has none). */
export const placesLeft = (quota: number, taken: number): number => Math.max(0, quota - taken);

export type NominateRefusal = 'NO_CLASS' | 'NO_SCORING' | 'ALREADY_NOMINATED' | 'NOT_PASSED';

/**
 * Why a teacher may not be nominated (the quota aside, which is counted under the class's lock), or null when they
 * may: they must be in a class of a programme that scores, hold no live (NOMINATED or CONFIRMED) nomination (a
 * WITHDRAWN one may be renewed), and have PASSED.
 */
export function nominateRefusal(facts: {
  hasClass: boolean;
  scores: boolean;
  existing: NominationStatusValue | null;
  verdict: string | null;
}): NominateRefusal | null {
  if (!facts.hasClass) return 'NO_CLASS';
  if (!facts.scores) return 'NO_SCORING';
  if (facts.existing !== null && facts.existing !== 'WITHDRAWN') return 'ALREADY_NOMINATED';
  if (facts.verdict !== 'PASSED') return 'NOT_PASSED';
  return null;
}

/** Withdrawing and deciding apply only to a nomination awaiting the district (NOMINATED). */
export const isPending = (status: NominationStatusValue): boolean => status === 'NOMINATED';

/** The status a district decision leads to: CONFIRMED, or WITHDRAWN when declined. */
export const decisionOutcome = (confirm: boolean): NominationStatusValue => (confirm ? 'CONFIRMED' : 'WITHDRAWN');
