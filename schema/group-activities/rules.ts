/**
 * School-based study (校本研修, Guangdong): the hours of a group activity by kind and the hours counted
 * against the programme's cap. Pure functions of plain data, no GraphQL or Prisma.
 */
import type { SchoolBasedStudyRules } from '../programmes/index.js';

export type GroupActivityKind = 'TEACHING_DISCUSSION' | 'STUDY_ASSIGNMENT' | 'LESSON_CRITIQUE' | 'OFFLINE';

/** Hours are kept to one decimal place (0.5 h is a common unit); sums are rounded the same way. */
export const HOURS_DECIMALS = 1;

const roundHours = (hours: number) => Math.round(hours * 10 ** HOURS_DECIMALS) / 10 ** HOURS_DECIMALS;

/** Why the hours of an activity cannot be set as asked. */
export type HoursProblem =
  /** A kind with fixed hours (programme data) was given hours of its own. */
  | { problem: 'FIXED_BY_PROGRAMME'; fixedHours: number }
  /** An OFFLINE activity needs its hours. */
  | { problem: 'MISSING' }
  /** OFFLINE hours outside 0 < h ≤ offlineMaxHours, or with more than one decimal place. */
  | { problem: 'OUT_OF_RANGE'; maxHours: number };

/**
 * The hours a member earns for an activity of `kind`: the programme's fixed hours for the online kinds (a
 * value given for them is refused, even an equal one, so a client never believes it set them); for OFFLINE,
 * the leader's value, 0 < h ≤ offlineMaxHours, at most one decimal place.
 */
export function activityHours(
  kind: GroupActivityKind,
  rules: SchoolBasedStudyRules,
  given: number | null | undefined,
): { hours: number } | HoursProblem {
  if (kind !== 'OFFLINE') {
    const fixedHours = {
      TEACHING_DISCUSSION: rules.teachingDiscussionHours,
      STUDY_ASSIGNMENT: rules.studyAssignmentHours,
      LESSON_CRITIQUE: rules.lessonCritiqueHours,
    }[kind];
    return given === null || given === undefined
      ? { hours: fixedHours }
      : { problem: 'FIXED_BY_PROGRAMME', fixedHours };
  }
  if (given === null || given === undefined) return { problem: 'MISSING' };
  const valid = Number.isFinite(given) && given > 0 && given <= rules.offlineMaxHours && roundHours(given) === given;
  return valid ? { hours: given } : { problem: 'OUT_OF_RANGE', maxHours: rules.offlineMaxHours };
}

/** A teacher's hours against the cap: every completed hour is recorded; at most `cap` count. */
export interface CountedHours {
  recordedHours: number;
  countedHours: number;
  capHours: number;
  /** Hours still needed to reach the cap (0 once reached). */
  missingHours: number;
  /** True once the counted hours reach the cap. */
  reached: boolean;
}

/** Hours above the cap are kept but not counted: 2 + 5 + 5 + 10 + 10 = 32 recorded, 25 counted with a cap of 25. */
export function countHours(recorded: number, cap: number): CountedHours {
  const recordedHours = roundHours(Math.max(recorded, 0));
  const countedHours = Math.min(recordedHours, cap);
  return {
    recordedHours,
    countedHours,
    capHours: cap,
    missingHours: roundHours(cap - countedHours),
    reached: countedHours >= cap,
  };
}

/** The sum of some activities' hours, rounded to the hours' precision (floating-point sums drift). */
export function sumHours(hours: readonly number[]): number {
  return roundHours(hours.reduce((sum, value) => sum + value, 0));
}

/** The states of an activity and what may follow each: published → completed (final) or cancelled (final). */
export type GroupActivityStatus = 'PUBLISHED' | 'COMPLETED' | 'CANCELLED';

/** Whether an activity in `status` may be completed or cancelled; the variant of the refusal otherwise. */
export function transitionProblem(
  status: GroupActivityStatus,
  to: 'COMPLETED' | 'CANCELLED',
): 'groupActivityCompleted' | 'groupActivityCancelled' | null {
  if (status === 'COMPLETED') return 'groupActivityCompleted';
  if (status === 'CANCELLED' && to === 'COMPLETED') return 'groupActivityCancelled';
  return null;
}
