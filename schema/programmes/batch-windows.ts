/**
 * Recomputes the stored selection deadlines (`Enrolment.selectionDueAt`) of a programme's
 * enrolments after the district changes what they are computed from (a batch's window, the
 * programme's `selectionWindowDays`): one UPDATE for the whole programme, in the caller's
 * transaction. Enrolments the district extended one by one (`selectionDueExtended`) keep theirs.
 *
 * The SQL is selection-window.ts's formula; PostgreSQL's GREATEST and LEAST skip NULLs, which is
 * exactly "a missing opening or close does not count". tests/integration/batches.test.ts checks the
 * two agree on every combination.
 */
import type { Transaction } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';

/** Returns how many enrolments got a new deadline. */
export function recomputeSelectionDeadlines(
  tx: Transaction,
  programmeId: string,
  selectionWindowDays: number | undefined,
): Promise<number> {
  const days = selectionWindowDays ?? null;
  const due = Prisma.sql`CASE WHEN ${days}::int IS NULL THEN b."selectionClosesAt"
    ELSE LEAST(GREATEST(e."enrolledAt", b."selectionOpensAt") + make_interval(days => ${days}::int), b."selectionClosesAt") END`;
  return tx.$executeRaw`
    UPDATE "Enrolment" AS e SET "selectionDueAt" = ${due}
      FROM "Batch" AS b
     WHERE b.id = e."batchId" AND b."programmeId" = ${programmeId}
       AND NOT e."selectionDueExtended"
       AND e."selectionDueAt" IS DISTINCT FROM ${due}`;
}
