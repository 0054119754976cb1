/**
 * Entering offline hours in bulk, shared by the grid (enterCreditHours) and the file import (importCreditHours): every
 * row is checked (its values, the enrolment in this programme and school, the evidence of that enrolment, one row per
 * teacher and category, the window, the school not closed); all or nothing in the caller's transaction. Entries the
 * school admin makes are confirmed at the SCHOOL level at once (one CreditConfirmation by the admin each).
 */
import { v7 as uuidv7 } from 'uuid';
import type { Transaction } from '../../api/db/client.js';
import { cents, type RowProblem, rowProblem } from './rules.js';
import { type SchoolTarget, windowOf } from './target.js';

export interface EntryRowInput {
  /** The row's number as reported: its position in the grid (1-based), or its row in the file. */
  row: number;
  /** The enrolment the row credits; null when a file row could not be matched (then `problem` says why). */
  enrolmentId: string | null;
  /** The login or employee number a file row named (for the report). */
  teacher?: string | null;
  hours: number;
  category: string;
  source: string;
  evidenceIds: readonly string[];
  note: string | null;
  /** A problem found before the database (a cell that cannot be read). */
  problem?: RowProblem | null;
}

export interface EntryRowResult {
  row: number;
  enrolmentId: string | null;
  teacher: string | null;
  hours: number;
  category: string;
  source: string;
  problem: RowProblem | null;
  /** The entry written (null in a dry run or when nothing was written). */
  entryId: string | null;
}

export interface EntryResult {
  dryRun: boolean;
  written: boolean;
  rows: EntryRowResult[];
  /** Rows that are (or would be) entered. */
  entered: number;
  errors: number;
  /** Hours of the rows entered (or that would be), in all. */
  hours: number;
}

/**
 * Checks every row and, when none fails and it is not a dry run, appends the entries and their SCHOOL confirmations.
 * Four statements to read (the completion row, locked against a concurrent closing, and read; the enrolments; the
 * evidence) and
 * two to write, whatever the number of rows.
 */
export async function applyEntries(
  tx: Transaction,
  target: SchoolTarget,
  rows: readonly EntryRowInput[],
  options: { dryRun: boolean; actorId: string; now?: Date },
): Promise<EntryResult> {
  const now = options.now ?? new Date();
  // Read the completion again under a share lock: a closing or a finish accepted meanwhile is seen, and none can
  // commit until this entry did.
  await tx.$executeRaw`
    SELECT 1 FROM "SchoolCompletion"
    WHERE "programmeId" = ${target.programmeId} AND "schoolId" = ${target.schoolId} FOR SHARE`;
  const completion = await tx.schoolCompletion.findUnique({
    where: { programmeId_schoolId: { programmeId: target.programmeId, schoolId: target.schoolId } },
    select: { finishedAt: true, closedAt: true },
  });
  const current: SchoolTarget = {
    ...target,
    finishedAt: completion?.finishedAt ?? null,
    closedAt: completion?.closedAt ?? null,
  };
  const window = windowOf(current, now);

  const enrolmentIds = [...new Set(rows.flatMap((row) => (row.enrolmentId ? [row.enrolmentId] : [])))];
  const evidenceIds = [...new Set(rows.flatMap((row) => row.evidenceIds))];
  const [enrolments, evidence] = await Promise.all([
    enrolmentIds.length
      ? tx.enrolment.findMany({
          where: { id: { in: enrolmentIds } },
          select: { id: true, programmeId: true, schoolId: true, teacherId: true, orgPath: true },
        })
      : Promise.resolve([]),
    evidenceIds.length
      ? tx.evidence.findMany({
          where: { id: { in: evidenceIds } },
          select: { id: true, enrolmentId: true, programmeId: true },
        })
      : Promise.resolve([]),
  ]);
  const enrolmentById = new Map(enrolments.map((enrolment) => [enrolment.id, enrolment]));
  const evidenceById = new Map(evidence.map((piece) => [piece.id, piece]));
  const firstRowOf = new Map<string, number>();

  const results: EntryRowResult[] = rows.map((row) => {
    const problem = ((): RowProblem | null => {
      if (row.problem) return row.problem;
      const own = rowProblem({
        hours: row.hours,
        category: row.category,
        source: row.source,
        note: row.note,
        evidenceCount: row.evidenceIds.length,
      });
      if (own) return own;
      const enrolment = row.enrolmentId ? enrolmentById.get(row.enrolmentId) : undefined;
      if (!enrolment || enrolment.programmeId !== target.programmeId || enrolment.schoolId !== target.schoolId)
        return { code: 'ENROLMENT_NOT_FOUND', variant: 'enrolmentNotFound' };
      for (const id of row.evidenceIds) {
        const piece = evidenceById.get(id);
        if (!piece || piece.enrolmentId !== enrolment.id || piece.programmeId !== target.programmeId)
          return { code: 'EVIDENCE_NOT_FOUND', variant: 'evidenceNotFound' };
      }
      const key = `${enrolment.id}\u0000${row.category}`;
      const earlier = firstRowOf.get(key);
      if (earlier !== undefined) return { code: 'DUPLICATE_ROW', variant: 'duplicateRow', params: { row: earlier } };
      firstRowOf.set(key, row.row);
      if (current.closedAt) return { code: 'CLOSED', variant: 'schoolClosed' };
      if (!window.open)
        return {
          code: 'WINDOW_CLOSED',
          variant: 'windowClosed',
          params: { reason: window.reason ?? 'CLOSED', closesAt: window.closesAt?.toISOString() ?? '' },
        };
      return null;
    })();
    return {
      row: row.row,
      enrolmentId: row.enrolmentId,
      teacher: row.teacher ?? null,
      hours: row.hours,
      category: row.category,
      source: row.source,
      problem,
      entryId: null,
    };
  });

  const ok = results.filter((result) => result.problem === null);
  const errors = results.length - ok.length;
  const hours = cents(ok.reduce((sum, result) => sum + result.hours, 0));
  const written = !options.dryRun && errors === 0 && ok.length > 0;
  if (written) {
    const entries = rows.flatMap((row, index) => {
      const enrolment = row.enrolmentId ? enrolmentById.get(row.enrolmentId) : undefined;
      const result = results[index];
      // Every row passed the checks, so each has its enrolment.
      if (!enrolment || !result) return [];
      const id = uuidv7();
      result.entryId = id;
      const evidence = [...row.evidenceIds];
      return [
        {
          id,
          programmeId: target.programmeId,
          enrolmentId: enrolment.id,
          teacherId: enrolment.teacherId,
          orgPath: enrolment.orgPath,
          source: row.source as 'SCHOOL_PRACTICE' | 'MANUAL_ENTRY',
          category: row.category as 'ONLINE' | 'OFFLINE',
          hours: cents(row.hours).toFixed(2),
          basis:
            row.source === 'MANUAL_ENTRY' ? { evidenceIds: evidence, reason: row.note } : { evidenceIds: evidence },
          evidenceId: evidence.length === 1 ? evidence[0] : null,
          enteredById: options.actorId,
          note: row.note,
          createdAt: now,
        },
      ];
    });
    await tx.creditEntry.createMany({ data: entries });
    await tx.creditConfirmation.createMany({
      data: entries.map((entry) => ({
        entryId: entry.id,
        level: 'SCHOOL' as const,
        confirmedById: options.actorId,
        orgPath: entry.orgPath,
        confirmedAt: now,
      })),
    });
  }
  return { dryRun: options.dryRun, written, rows: results, entered: ok.length, errors, hours };
}
