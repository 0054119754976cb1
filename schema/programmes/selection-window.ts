import type { SelectionRules } from './rules.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** End of a teacher's selection window: enrolment + selectionWindowDays, or null if none. */
export function selectionWindowClosesAt(
  enrolledAt: Date,
  rules: Pick<SelectionRules, 'selectionWindowDays'>,
): Date | null {
  if (rules.selectionWindowDays === undefined) return null;
  return new Date(enrolledAt.getTime() + rules.selectionWindowDays * DAY_MS);
}
