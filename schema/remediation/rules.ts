/**
 * Remediation (补学) as pure functions of plain data: who may be enrolled in a remedial round, where, and which of
 * their credit-hour entries carry over. Tianchang: “考核不合格的参训教师与项目单位协商采取相应措施进行补学, 此类教师不参加评优。”
 *
 * - A teacher failed when their score verdict is FAILED, or when the programme's study has ended and they do not
 *   qualify (rules.completion, as the completion module decides it).
 * - A round is studied either in the same programme (on the failed enrolment itself: nothing is copied, the entries
 *   already there count as earned before the round) or in a later programme of the same district that is PUBLISHED
 *   or RUNNING and has a batch admitting the teacher's school (a new enrolment, with copies of the carried entries).
 * - What carries over is what was earned and confirmed: entries confirmed by the district, net of reversals (a
 *   reversed entry and its reversal never carry).
 * - Remedial teachers are not eligible for excellent awards (此类教师不参加评优).
 */

/** Longest reason given for a round, in characters. */
export const MAX_REASON_LENGTH = 500;

/** Programme statuses a round can be studied in. */
export const OPEN_PROGRAMME_STATUSES: readonly string[] = ['PUBLISHED', 'RUNNING'];

export type VerdictValue = 'IN_PROGRESS' | 'PASSED' | 'FAILED';

/** What decides whether a teacher failed. */
export interface FailureFacts {
  /** The online-study score's verdict; null when the programme scores nothing. */
  verdict: VerdictValue | null;
  /** Whether the teacher qualifies under rules.completion; null when unknown. */
  qualified: boolean | null;
  /** The programme's study has ended (it is CLOSED, or its IMPLEMENTATION phase is over). */
  studyEnded: boolean;
}

/** Why a teacher counts as failed, or why not. */
export type Standing =
  | { failed: true; because: 'SCORE_FAILED' | 'NOT_QUALIFIED' }
  | { failed: false; because: 'QUALIFIED' | 'IN_PROGRESS' };

/**
 * Whether the teacher failed: their score verdict is FAILED (the verdict is only FAILED once the study ended), or
 * the study has ended and they do not qualify. A teacher whose study has not ended and whose score has not failed
 * is still IN_PROGRESS; one who qualifies has not failed.
 */
export function standing(facts: FailureFacts): Standing {
  if (facts.verdict === 'FAILED') return { failed: true, because: 'SCORE_FAILED' };
  if (facts.qualified === true) return { failed: false, because: 'QUALIFIED' };
  if (facts.studyEnded && facts.qualified === false) return { failed: true, because: 'NOT_QUALIFIED' };
  return { failed: false, because: 'IN_PROGRESS' };
}

/** An existing round of a failed enrolment. */
export interface RoundRef {
  round: number;
  /** The enrolment the round is studied in (the failed one itself for a same-programme round). */
  enrolmentId: string;
}

/** The number the next round of a failed enrolment gets: 1, then one more than the highest so far. */
export function nextRoundNumber(rounds: readonly Pick<RoundRef, 'round'>[]): number {
  return rounds.reduce((max, round) => Math.max(max, round.round), 0) + 1;
}

/**
 * The round that stops another one, or null. The latest round of a failed enrolment is open when:
 * - it moved the teacher on to another programme's enrolment: their remediation continues there (when that fails
 *   too, the new enrolment is the one to remediate);
 * - it is studied in the same programme and the new round would be too: they are already studying remedially there.
 * A same-programme round can be followed by a round in the next programme (the teacher failed it again).
 */
export function openRound(
  rounds: readonly RoundRef[],
  failedEnrolmentId: string,
  sameProgramme: boolean,
): RoundRef | null {
  const latest = rounds.reduce<RoundRef | null>(
    (found, round) => (found === null || round.round > found.round ? round : found),
    null,
  );
  if (!latest) return null;
  if (latest.enrolmentId !== failedEnrolmentId) return latest;
  return sameProgramme ? latest : null;
}

/** A programme as the target rule reads it. */
export interface ProgrammeFacts {
  id: string;
  /** The owning district. */
  districtId: string;
  status: string;
  /** The earliest start of its batches (calendar day); null without batches. */
  startsOn: Date | null;
  createdAt: Date;
}

/** Why a programme cannot hold the round. */
export type TargetProblem =
  /** Not PUBLISHED or RUNNING (a draft has not opened, a closed one cannot change). */
  | 'NOT_OPEN'
  /** Another district's programme. */
  | 'OTHER_DISTRICT'
  /** Not later than the failed programme (it starts on or before it). */
  | 'NOT_LATER'
  /** None of its batches admits the teacher's school. */
  | 'SCHOOL_NOT_ADMITTED';

/** Whether `target` starts after `failed`: by its batches' first day, then by when it was created. */
export function isLater(failed: ProgrammeFacts, target: ProgrammeFacts): boolean {
  const a = failed.startsOn?.getTime() ?? null;
  const b = target.startsOn?.getTime() ?? null;
  if (a !== null && b !== null && a !== b) return b > a;
  return target.createdAt.getTime() > failed.createdAt.getTime();
}

/**
 * Whether a programme can hold a round of a teacher who failed `failed`: the same programme, or a later programme of
 * the same district; either PUBLISHED or RUNNING; a later one must have a batch admitting the school.
 */
export function targetProblem(
  failed: ProgrammeFacts,
  target: ProgrammeFacts,
  admitsSchool: boolean,
): TargetProblem | null {
  if (!OPEN_PROGRAMME_STATUSES.includes(target.status)) return 'NOT_OPEN';
  if (target.id === failed.id) return null;
  if (target.districtId !== failed.districtId) return 'OTHER_DISTRICT';
  if (!isLater(failed, target)) return 'NOT_LATER';
  if (!admitsSchool) return 'SCHOOL_NOT_ADMITTED';
  return null;
}

/** Everything the enrolment checks, in the order they are made. */
export interface EnrolFacts {
  standing: Standing;
  failedEnrolmentId: string;
  rounds: readonly RoundRef[];
  /** The round is studied in the failed enrolment's own programme. */
  sameProgramme: boolean;
  target: TargetProblem | null;
  /** The school is deactivated (closed to new work). */
  schoolDeactivated: boolean;
  /** The school closed (结项) in the target programme. */
  schoolClosed: boolean;
  /** The teacher already has an enrolment in the target programme (next-programme rounds only). */
  alreadyEnrolled: boolean;
}

export type EnrolRefusal =
  | { code: 'NOT_FAILED'; because: 'QUALIFIED' | 'IN_PROGRESS' }
  | { code: 'ALREADY_IN_ROUND'; round: RoundRef }
  | { code: 'TARGET_NOT_ELIGIBLE'; problem: TargetProblem }
  | { code: 'SCHOOL_DEACTIVATED' }
  | { code: 'CLOSED' }
  | { code: 'ALREADY_ENROLLED' };

/** Why the teacher cannot be enrolled in the round, the first reason only; null when they can. */
export function enrolRefusal(facts: EnrolFacts): EnrolRefusal | null {
  if (!facts.standing.failed) return { code: 'NOT_FAILED', because: facts.standing.because };
  const open = openRound(facts.rounds, facts.failedEnrolmentId, facts.sameProgramme);
  if (open) return { code: 'ALREADY_IN_ROUND', round: open };
  if (facts.target) return { code: 'TARGET_NOT_ELIGIBLE', problem: facts.target };
  if (facts.schoolDeactivated) return { code: 'SCHOOL_DEACTIVATED' };
  if (facts.schoolClosed) return { code: 'CLOSED' };
  if (!facts.sameProgramme && facts.alreadyEnrolled) return { code: 'ALREADY_ENROLLED' };
  return null;
}

export type CreditSourceValue = 'ONLINE_STUDY' | 'SCHOOL_PRACTICE' | 'GROUP_ACTIVITY' | 'MANUAL_ENTRY' | 'REVERSAL';
export type CreditCategoryValue = 'ONLINE' | 'OFFLINE';

/** One ledger entry as the carry rule reads it. */
export interface LedgerEntry {
  id: string;
  source: CreditSourceValue;
  category: CreditCategoryValue;
  hours: number;
  /** The entry a REVERSAL reverses. */
  reversesId: string | null;
  createdAt: Date;
  /** When the district confirmed it (DISTRICT_CONFIRMED); null while it is not. */
  districtConfirmedAt: Date | null;
}

/**
 * The entries that carry over into a round started at `asOf`: earned by then (appended at or before it) and confirmed
 * by the district by then, net of reversals: a reversed entry (whenever it was reversed) and a reversal never carry,
 * nor does an entry of no hours. `ledger` is the enrolment's whole ledger (the reversals are found in it).
 */
export function carriedEntries<E extends LedgerEntry>(ledger: readonly E[], asOf: Date): E[] {
  const reversed = new Set(ledger.flatMap((entry) => (entry.reversesId ? [entry.reversesId] : [])));
  const at = asOf.getTime();
  return ledger.filter(
    (entry) =>
      entry.source !== 'REVERSAL' &&
      !reversed.has(entry.id) &&
      entry.hours > 0 &&
      entry.createdAt.getTime() <= at &&
      entry.districtConfirmedAt !== null &&
      entry.districtConfirmedAt.getTime() <= at,
  );
}

/** The hours a round carries over, by category. */
export interface CarriedSummary {
  entries: number;
  online: number;
  offline: number;
  total: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The sums of carried entries. */
export function carriedSummary(entries: readonly Pick<LedgerEntry, 'category' | 'hours'>[]): CarriedSummary {
  let online = 0;
  let offline = 0;
  for (const entry of entries) {
    if (entry.category === 'ONLINE') online += entry.hours;
    else offline += entry.hours;
  }
  return { entries: entries.length, online: round2(online), offline: round2(offline), total: round2(online + offline) };
}

/** Where a carried copy comes from, as its `basis` records it. */
export interface CarryOrigin {
  remedialRoundId: string;
  round: number;
  programmeId: string;
  enrolmentId: string;
}

/**
 * The basis of a carried copy (补学结转): the round, and the original entry (its programme, enrolment, time and own
 * basis), so the copy stays traceable to what produced the hours.
 */
export function carriedBasis(
  entry: Pick<LedgerEntry, 'id' | 'createdAt'> & { basis: unknown },
  origin: CarryOrigin,
): Record<string, unknown> {
  return {
    carried: true,
    remedialRoundId: origin.remedialRoundId,
    round: origin.round,
    carriedFrom: {
      entryId: entry.id,
      programmeId: origin.programmeId,
      enrolmentId: origin.enrolmentId,
      createdAt: entry.createdAt.toISOString(),
      basis: entry.basis ?? {},
    },
  };
}

/** The note of a carried copy, for people reading the ledger. */
export const carriedNote = (round: number) => `补学结转（第${round}轮）/ carried over (remedial round ${round})`;

/** Why a remedial teacher's nomination was withdrawn, in its history. */
export const excludedNote = (round: number) =>
  `补学（第${round}轮），不参加评优 / remedial round ${round}: not eligible for excellent awards`;
