/**
 * Rules of reviewing and assessing practice evidence (实践证据的审核与测评): who may decide what in which state, when
 * the raters' assessments settle the outcome, which reviews a viewer sees under blind review, and the district's
 * deterministic sample for expert re-review. Pure functions of plain data, no GraphQL, no Prisma.
 *
 *   SUBMITTED ──group review (pass on / recommend)──▶ GROUP_REVIEWED ──raters (N = rules.evidence.raters)──▶ ASSESSED
 *       │  └─────────── no group review (no group, or rules.evidence.groupReview off) ──▶ raters ──────────────┘
 *       └──group return──▶ RETURNED ◀──school return── GROUP_REVIEWED (or SUBMITTED without group review)
 *   A return of the last allowed version (rules.evidence.maxVersions) is refused: it must be assessed.
 */
import { createHash } from 'node:crypto';
import { aggregatePoints, outcomeFor } from '../rubrics/index.js';

export type EvidenceStatusValue = 'DRAFT' | 'SUBMITTED' | 'GROUP_REVIEWED' | 'ASSESSED' | 'RETURNED';
export type EvidenceOutcomeValue = 'PASS' | 'EXCELLENT' | 'FAIL';
export type GroupDecisionValue = 'PASS_ON' | 'RECOMMEND_EXCELLENT' | 'RETURN';
export type ReviewKindValue = 'GROUP_REVIEW' | 'ASSESSMENT' | 'EXPERT_REVIEW';
export type ReviewStage = 'GROUP' | 'SCHOOL' | 'EXPERT';

/** Longest comment on a review, in characters. */
export const MAX_REVIEW_COMMENT_LENGTH = 2000;
/** Most schools one sampling names. */
export const MAX_SAMPLE_SCHOOLS = 200;
/** Most pieces sampled per school at once. */
export const MAX_SAMPLE_PER_SCHOOL = 100;

/** The columns of an evidence the rules read. */
export interface EvidenceState {
  status: EvidenceStatusValue;
  version: number;
  teacherId: string;
  groupPath: string | null;
}

/** The programme's rules that matter here (a slice of `rules.evidence`). */
export interface ReviewRules {
  groupReview: boolean;
  raters: number;
  aggregation: 'MEAN' | 'MEDIAN';
  blindReview: boolean;
  maxVersions: number;
}

/** The group leader reviews first: only when the programme says so and the teacher was in a group at submission. */
export const groupReviewApplies = (
  evidence: Pick<EvidenceState, 'groupPath'>,
  rules: Pick<ReviewRules, 'groupReview'>,
) => rules.groupReview && evidence.groupPath !== null;

/** The state in which the school's raters find it: after the group review, or SUBMITTED when none applies. */
export function readyForSchool(
  evidence: Pick<EvidenceState, 'status' | 'groupPath'>,
  rules: Pick<ReviewRules, 'groupReview'>,
): boolean {
  return groupReviewApplies(evidence, rules) ? evidence.status === 'GROUP_REVIEWED' : evidence.status === 'SUBMITTED';
}

export type ReviewRefusal =
  | { code: 'STALE'; currentVersion: number }
  | { code: 'SELF_REVIEW' }
  | { code: 'NO_GROUP_REVIEW' }
  | { code: 'NOT_AWAITING'; stage: ReviewStage; status: EvidenceStatusValue }
  | { code: 'LAST_VERSION'; version: number; maxVersions: number }
  | { code: 'NOT_SAMPLED' };

/** Checks shared by every decision: the version the reviewer looked at is current, and nobody reviews their own work. */
function commonCheck(evidence: EvidenceState, expectedVersion: number, reviewerId: string): ReviewRefusal | null {
  if (evidence.version !== expectedVersion) return { code: 'STALE', currentVersion: evidence.version };
  if (evidence.teacherId === reviewerId) return { code: 'SELF_REVIEW' };
  return null;
}

/**
 * Whether the group leader may decide now: the current version, not their own, a group review applies and the
 * evidence is SUBMITTED. Returning the last allowed version is refused (the teacher could not resubmit it).
 */
export function groupReviewCheck(
  evidence: EvidenceState,
  expectedVersion: number,
  reviewerId: string,
  decision: GroupDecisionValue,
  rules: Pick<ReviewRules, 'groupReview' | 'maxVersions'>,
): ReviewRefusal | null {
  const common = commonCheck(evidence, expectedVersion, reviewerId);
  if (common) return common;
  if (!groupReviewApplies(evidence, rules)) return { code: 'NO_GROUP_REVIEW' };
  if (evidence.status !== 'SUBMITTED') return { code: 'NOT_AWAITING', stage: 'GROUP', status: evidence.status };
  if (decision === 'RETURN' && evidence.version >= rules.maxVersions)
    return { code: 'LAST_VERSION', version: evidence.version, maxVersions: rules.maxVersions };
  return null;
}

/** Whether a school rater may assess (or, with `returning`, return) the current version now. */
export function schoolDecisionCheck(
  evidence: EvidenceState,
  expectedVersion: number,
  reviewerId: string,
  returning: boolean,
  rules: Pick<ReviewRules, 'groupReview' | 'maxVersions'>,
): ReviewRefusal | null {
  const common = commonCheck(evidence, expectedVersion, reviewerId);
  if (common) return common;
  if (!readyForSchool(evidence, rules)) return { code: 'NOT_AWAITING', stage: 'SCHOOL', status: evidence.status };
  if (returning && evidence.version >= rules.maxVersions)
    return { code: 'LAST_VERSION', version: evidence.version, maxVersions: rules.maxVersions };
  return null;
}

/** Whether an expert may re-review: the current version, not their own, sampled and ASSESSED. */
export function expertReviewCheck(
  evidence: EvidenceState & { sampled: boolean },
  expectedVersion: number,
  reviewerId: string,
): ReviewRefusal | null {
  const common = commonCheck(evidence, expectedVersion, reviewerId);
  if (common) return common;
  if (!evidence.sampled) return { code: 'NOT_SAMPLED' };
  if (evidence.status !== 'ASSESSED') return { code: 'NOT_AWAITING', stage: 'EXPERT', status: evidence.status };
  return null;
}

/** Where a group decision takes the evidence. */
export function groupDecisionResult(decision: GroupDecisionValue): {
  toState: EvidenceStatusValue;
  groupRecommended: boolean;
} {
  if (decision === 'RETURN') return { toState: 'RETURNED', groupRecommended: false };
  return { toState: 'GROUP_REVIEWED', groupRecommended: decision === 'RECOMMEND_EXCELLENT' };
}

/** Several raters' points as one (rubrics' `aggregatePoints`): their MEAN or MEDIAN, rounded to 2 decimals. */
export const aggregate = (points: readonly number[], how: 'MEAN' | 'MEDIAN'): number => aggregatePoints(points, how);

/** EXCELLENT at or above `excellentPoints`, PASS at or above `passPoints`, else FAIL (rubrics' `outcomeFor`). */
export const outcomeOf = (points: number, passPoints: number, excellentPoints: number): EvidenceOutcomeValue =>
  outcomeFor(points, passPoints, excellentPoints);

export type Settlement =
  | { settled: false; assessments: number; raters: number }
  | { settled: true; assessments: number; raters: number; points: number; outcome: EvidenceOutcomeValue };

/**
 * Whether the assessments of one version settle the outcome: once `raters` of them are in, their points are
 * aggregated (MEAN or MEDIAN) and the rubric's thresholds give the outcome; earlier raters leave it open.
 */
export function settle(
  pointsOfVersion: readonly number[],
  rules: Pick<ReviewRules, 'raters' | 'aggregation'>,
  thresholds: { passPoints: number; excellentPoints: number },
): Settlement {
  const assessments = pointsOfVersion.length;
  if (assessments < rules.raters) return { settled: false, assessments, raters: rules.raters };
  const points = aggregate(pointsOfVersion, rules.aggregation);
  return {
    settled: true,
    assessments,
    raters: rules.raters,
    points,
    outcome: outcomeOf(points, thresholds.passPoints, thresholds.excellentPoints),
  };
}

/** How the viewer reaches the evidence (schema/evidence/visibility.ts `evidenceAccess`). */
export type Access = 'AUTHOR' | 'ADMIN' | 'GROUP_LEADER' | 'EXPERT' | 'PEER' | 'PUBLIC';

export interface ReviewShown {
  /** False: the review is left out for this viewer. */
  visible: boolean;
  /** False: shown without the reviewer's name. */
  named: boolean;
}

/**
 * Which reviews a viewer sees, and with whose name. Peers and the public see none (they see the work, not its
 * judging). An assessment of the current version before its outcome is settled is "pending": the author never sees
 * it; under blind review only its own rater does (raters do not see each other's scores before the outcome). Under
 * blind review the author sees no rater's or expert's name (the group leader is their own group's and stays named).
 */
export function reviewShown(
  review: { kind: ReviewKindValue; version: number; reviewerId: string },
  evidence: { status: EvidenceStatusValue; version: number },
  access: Access,
  viewerId: string | null,
  blindReview: boolean,
): ReviewShown {
  if (access === 'PEER' || access === 'PUBLIC') return { visible: false, named: false };
  const own = viewerId !== null && review.reviewerId === viewerId;
  const pending = review.kind === 'ASSESSMENT' && review.version === evidence.version && evidence.status !== 'ASSESSED';
  if (pending && access === 'AUTHOR') return { visible: false, named: false };
  if (pending && blindReview && !own) return { visible: false, named: false };
  const named = !(access === 'AUTHOR' && blindReview && review.kind !== 'GROUP_REVIEW');
  return { visible: true, named };
}

/** The expert's verdict against the school's: null until an expert re-reviewed it (or without a school outcome). */
export function expertAgrees(schoolOutcome: EvidenceOutcomeValue | null, expertOutcome: EvidenceOutcomeValue | null) {
  if (schoolOutcome === null || expertOutcome === null) return null;
  return schoolOutcome === expertOutcome;
}

/** The sampling key of a piece: sha256 of the programme id and the evidence id, as hex (stable, not guessable). */
export function sampleKey(programmeId: string, evidenceId: string): string {
  return createHash('sha256').update(`${programmeId}:${evidenceId}`).digest('hex');
}

/**
 * The district's sample of one school's assessed evidence: up to `perSchool` of the candidates not yet sampled, the
 * ones with the smallest sampling key first. Deterministic: the same candidates always give the same sample, and a
 * re-run takes the next ones in the same order.
 */
export function pickSample<Piece extends { id: string; sampled: boolean }>(
  programmeId: string,
  candidates: readonly Piece[],
  perSchool: number,
): Piece[] {
  return candidates
    .filter((piece) => !piece.sampled)
    .map((piece) => ({ piece, key: sampleKey(programmeId, piece.id) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, Math.max(0, perSchool))
    .map(({ piece }) => piece);
}

/** The result sheet's totals of rows (one per teacher × selected competency). */
export interface ResultTotals {
  teachers: number;
  teachersPassed: number;
  pieces: number;
  assessed: number;
  passed: number;
  excellent: number;
  failed: number;
  /** Passed (PASS or EXCELLENT) ÷ pieces, 0..1 rounded to 4 decimals; 0 without pieces. */
  passRate: number;
  /** Teachers with every selected competency passed ÷ teachers, 0..1 rounded to 4 decimals. */
  teacherPassRate: number;
}

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0);

/**
 * Totals of a school's result sheet: each row is one teacher's selected competency with its outcome (null until
 * assessed). A teacher passes when every one of their selected competencies is PASS or EXCELLENT; `teachers` counts
 * enrolled teachers (with or without a selection).
 */
export function resultTotals(
  rows: ReadonlyArray<{ teacherId: string; outcome: EvidenceOutcomeValue | null }>,
  enrolledTeachers: number,
): ResultTotals {
  const passedOf = (outcome: EvidenceOutcomeValue | null) => outcome === 'PASS' || outcome === 'EXCELLENT';
  const byTeacher = new Map<string, boolean>();
  for (const row of rows) byTeacher.set(row.teacherId, (byTeacher.get(row.teacherId) ?? true) && passedOf(row.outcome));
  const teachersPassed = [...byTeacher.values()].filter(Boolean).length;
  const passed = rows.filter((row) => passedOf(row.outcome)).length;
  return {
    teachers: enrolledTeachers,
    teachersPassed,
    pieces: rows.length,
    assessed: rows.filter((row) => row.outcome !== null).length,
    passed,
    excellent: rows.filter((row) => row.outcome === 'EXCELLENT').length,
    failed: rows.filter((row) => row.outcome === 'FAIL').length,
    passRate: rate(passed, rows.length),
    teacherPassRate: rate(teachersPassed, enrolledTeachers),
  };
}
