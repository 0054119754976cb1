/**
 * Rules of assignments (研修作业): the submission state machine, answer kinds, marks and lateness. Pure functions of
 * plain data, no GraphQL, no Prisma.
 *
 *   (none) ──submit──▶ SUBMITTED ──mark──▶ MARKED (final; may be recommended)
 *                          │  ▲
 *                    return│  │resubmit (a new attempt, while attempts < maxAttempts)
 *                          ▼  │
 *                        RETURNED
 */

/** Longest assignment title, in characters. */
export const MAX_ASSIGNMENT_TITLE_LENGTH = 200;
/** Longest assignment brief, in characters. */
export const MAX_ASSIGNMENT_BRIEF_LENGTH = 4000;
/** Most assignments one programme sets. */
export const MAX_ASSIGNMENTS_PER_PROGRAMME = 50;
/** Longest text answer, in characters. */
export const MAX_ANSWER_TEXT_LENGTH = 20_000;
/** Longest marking or return comment, in characters. */
export const MAX_MARK_COMMENT_LENGTH = 2000;
/** Largest answer file: 20 MB. */
export const ANSWER_MAX_BYTES = 20 * 1024 * 1024;

export type SubmissionStatusValue = 'SUBMITTED' | 'RETURNED' | 'MARKED';

export interface CurrentSubmission {
  status: SubmissionStatusValue;
  /** Number of the current attempt (1, 2, …). */
  attempt: number;
}

export type SubmitRefusal =
  | { code: 'PENDING' }
  | { code: 'MARKED' }
  | { code: 'ATTEMPTS_EXHAUSTED'; attempts: number; maxAttempts: number };

/**
 * Whether a teacher may submit now, and as which attempt: a first submission is attempt 1; after RETURNED the next
 * attempt, up to `maxAttempts`. A SUBMITTED one waits for the tutor (PENDING); a MARKED one is final.
 */
export function submitCheck(
  current: CurrentSubmission | null,
  maxAttempts: number,
): { ok: true; attempt: number } | { ok: false; refusal: SubmitRefusal } {
  if (!current) return { ok: true, attempt: 1 };
  if (current.status === 'SUBMITTED') return { ok: false, refusal: { code: 'PENDING' } };
  if (current.status === 'MARKED') return { ok: false, refusal: { code: 'MARKED' } };
  if (current.attempt >= maxAttempts)
    return { ok: false, refusal: { code: 'ATTEMPTS_EXHAUSTED', attempts: current.attempt, maxAttempts } };
  return { ok: true, attempt: current.attempt + 1 };
}

export type DecideRefusal =
  | { code: 'STALE'; attempt: number }
  | { code: 'NOT_SUBMITTED'; status: SubmissionStatusValue }
  | { code: 'ATTEMPTS_EXHAUSTED'; attempts: number; maxAttempts: number };

/**
 * Whether a tutor may mark (or, with `returning`, return) the submission: the attempt they looked at must still be
 * the current one (optimistic: a stale `expectedAttempt` is a conflict), and it must be SUBMITTED. Returning the
 * last allowed attempt is refused: the teacher could not resubmit, so it must be marked.
 */
export function decideCheck(
  current: CurrentSubmission,
  expectedAttempt: number,
  maxAttempts: number,
  returning: boolean,
): DecideRefusal | null {
  if (current.attempt !== expectedAttempt) return { code: 'STALE', attempt: current.attempt };
  if (current.status !== 'SUBMITTED') return { code: 'NOT_SUBMITTED', status: current.status };
  if (returning && current.attempt >= maxAttempts)
    return { code: 'ATTEMPTS_EXHAUSTED', attempts: current.attempt, maxAttempts };
  return null;
}

export interface AnswerKinds {
  acceptsText: boolean;
  acceptsFile: boolean;
}

export type AnswerProblem =
  | { field: 'text' | 'file'; problem: 'NOT_ACCEPTED' }
  | { field: 'answer'; problem: 'MISSING' };

/**
 * Problems with an answer's kinds: a text or file the assignment does not accept, or no answer at all (at least one
 * accepted kind is required; both may be given when both are accepted).
 */
export function answerProblems(kinds: AnswerKinds, answer: { hasText: boolean; hasFile: boolean }): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  if (answer.hasText && !kinds.acceptsText) problems.push({ field: 'text', problem: 'NOT_ACCEPTED' });
  if (answer.hasFile && !kinds.acceptsFile) problems.push({ field: 'file', problem: 'NOT_ACCEPTED' });
  if (!answer.hasText && !answer.hasFile) problems.push({ field: 'answer', problem: 'MISSING' });
  return problems;
}

/** True for a whole mark from 0 to `maxMark`. */
export const markInRange = (mark: number, maxMark: number): boolean =>
  Number.isInteger(mark) && mark >= 0 && mark <= maxMark;

/**
 * Late submissions are accepted and flagged, not refused: the tutor decides (a refused teacher could never score the
 * item). An attempt is late when it was submitted after the due time.
 */
export const isLate = (submittedAt: Date, dueAt: Date): boolean => submittedAt.getTime() > dueAt.getTime();

/** Whether a submission may be recommended to the district's experts: only MARKED work. */
export const mayRecommend = (status: SubmissionStatusValue): boolean => status === 'MARKED';
