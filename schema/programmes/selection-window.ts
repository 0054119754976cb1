/**
 * A teacher's selection window (选学时间), anchored to data the district controls: the programme's
 * `selectionWindowDays` and the batch's optional window (`selectionOpensAt`, `selectionClosesAt`).
 * Pure: the enrolments module stores the result as `Enrolment.selectionDueAt`, and
 * batch-windows.ts recomputes stored ones in SQL with the same formula.
 *
 *   closesAt = min(max(enrolledAt, opensAt) + days, closesAt)
 *
 * Every combination of missing parts:
 *
 * | days | opensAt | closesAt | the window closes at                          |
 * |------|---------|----------|-----------------------------------------------|
 * | –    | any     | –        | never (null: no window)                       |
 * | –    | any     | c        | c                                             |
 * | d    | –       | –        | enrolledAt + d                                |
 * | d    | o       | –        | max(enrolledAt, o) + d                        |
 * | d    | –       | c        | min(enrolledAt + d, c)                        |
 * | d    | o       | c        | min(max(enrolledAt, o) + d, c)                |
 *
 * A teacher enrolled after the batch's close gets a window that has already closed.
 */
import type { SelectionRules } from './rules.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The batch's part of a window: both ends optional. */
export interface BatchWindow {
  /** A teacher's days start no earlier than this. */
  selectionOpensAt: Date | null;
  /** No teacher's window runs past this. */
  selectionClosesAt: Date | null;
}

/** No batch window: the programme's days alone decide. */
export const NO_BATCH_WINDOW: BatchWindow = { selectionOpensAt: null, selectionClosesAt: null };

/** End of a teacher's selection window (see the table above); null when there is none. */
export function selectionWindowClosesAt(
  enrolledAt: Date,
  rules: Pick<SelectionRules, 'selectionWindowDays'>,
  batch: BatchWindow = NO_BATCH_WINDOW,
): Date | null {
  const days = rules.selectionWindowDays;
  const close = batch.selectionClosesAt;
  if (days === undefined) return close;
  const opens = batch.selectionOpensAt;
  const start = opens !== null && opens.getTime() > enrolledAt.getTime() ? opens : enrolledAt;
  const end = new Date(start.getTime() + days * DAY_MS);
  return close !== null && close.getTime() < end.getTime() ? close : end;
}
