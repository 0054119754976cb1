/**
 * Pure rules of the consoles: rates and the at-risk reasons of a teacher against the study window.
 */

/** Why a teacher is on a class's at-risk list. */
export const AT_RISK_REASONS = ['NOT_REGISTERED', 'NOT_STARTED', 'BEHIND_SCHEDULE'] as const;
export type AtRiskReason = (typeof AT_RISK_REASONS)[number];

/**
 * The share of the schedule a teacher may lag before being behind: behind when the credited minutes are below
 * 80% of the minutes expected by today (expected = required minutes × elapsed share of the study window).
 */
export const SCHEDULE_TOLERANCE = 0.8;

/** A share between 0 and 1 rounded to four decimals; 0 when there is nothing to divide. */
export function rate(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0;
}

/**
 * Minutes a teacher is expected to have credited by `now`: the WATCH_MINUTES item's required minutes × the elapsed
 * share of the study window (the IMPLEMENTATION phase, startsOn at 00:00 to the end of endsOn, UTC). Whole minutes,
 * rounded down; 0 before the window or without one.
 */
export function expectedMinutes(
  requiredMinutes: number | null,
  window: { startsOn: Date; endsOn: Date } | null,
  now: Date,
): number {
  if (!requiredMinutes || !window) return 0;
  const start = window.startsOn.getTime();
  const end = window.endsOn.getTime() + 24 * 3600 * 1000;
  if (end <= start) return requiredMinutes;
  const share = Math.min(1, Math.max(0, (now.getTime() - start) / (end - start)));
  return Math.floor(requiredMinutes * share);
}

/** The reasons a teacher is at risk (empty when not): not registered, not started, behind the schedule. */
export function atRiskReasons(teacher: {
  registered: boolean;
  started: boolean;
  creditedMinutes: number;
  expectedMinutes: number;
}): AtRiskReason[] {
  const reasons: AtRiskReason[] = [];
  if (!teacher.registered) reasons.push('NOT_REGISTERED');
  if (!teacher.started) reasons.push('NOT_STARTED');
  if (teacher.expectedMinutes > 0 && teacher.creditedMinutes < teacher.expectedMinutes * SCHEDULE_TOLERANCE)
    reasons.push('BEHIND_SCHEDULE');
  return reasons;
}
