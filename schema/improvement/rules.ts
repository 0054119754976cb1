/**
 * Personal improvement plans and summaries (提升计划, 提升总结) and the school admin's school-based study review
 * (校本研修考核, Guangdong): which summaries are required, whether a teacher's school-based study is complete, and
 * until when documents can be uploaded. Pure functions of plain data, no GraphQL or Prisma.
 */
import type { FileKind } from '../../api/storage/file-types.js';
import { type CountedHours, countHours } from '../group-activities/index.js';
import type { SchoolBasedStudyRules } from '../programmes/index.js';

/** Types a plan or summary may have (“只能上传doc、docx、pdf文件”), by extension and by content. */
export const DOCUMENT_FILE_TYPES: readonly FileKind[] = ['doc', 'docx', 'pdf'];

/** Programme states in which teachers upload documents and the school admin decides. */
export const OPEN_PROGRAMME_STATUSES: readonly string[] = ['PUBLISHED', 'RUNNING'];

/** Selection states whose competencies teachers write summaries for. */
export const SUMMARY_SELECTION_STATUSES: readonly string[] = ['SUBMITTED', 'APPROVED'];

/** Longest comment on a verdict, in characters. */
export const MAX_VERDICT_COMMENT_LENGTH = 500;

/** What a teacher's school-based study can lack. */
export type StudyRequirement = 'PLAN' | 'HOURS' | 'SUMMARIES';

/** Summaries a teacher must upload: one per selected competency when the programme asks for them, else none. */
export function requiredSummaries(rules: Pick<SchoolBasedStudyRules, 'summaryPerCompetency'>, selected: number) {
  return rules.summaryPerCompetency ? Math.max(selected, 0) : 0;
}

export interface StudyFacts {
  /** The teacher uploaded a plan. */
  planUploaded: boolean;
  /** Hours of every completed group activity the teacher took part in (above the cap included). */
  recordedHours: number;
  /** Competencies in the teacher's SUBMITTED or APPROVED selection. */
  selectedCompetencies: number;
  /** Summaries uploaded for those competencies. */
  summariesUploaded: number;
}

export interface Completeness {
  hours: CountedHours;
  summariesUploaded: number;
  summariesRequired: number;
  planRequired: boolean;
  /** What is missing, in the order of the review page (PLAN, HOURS, SUMMARIES); empty when complete. */
  missing: StudyRequirement[];
  /** 完成情况: the plan (when required), the hours cap reached and every required summary uploaded. */
  complete: boolean;
}

/**
 * Whether a teacher's school-based study is complete (完成情况): the plan when `planRequired`, at least `hoursCap`
 * counted hours (hours above the cap are not counted: 超出25学时的部分不纳入计算), and a summary for each selected
 * competency when `summaryPerCompetency`. 0/25 h and 0/3 summaries: 未完成.
 */
export function completeness(
  rules: Pick<SchoolBasedStudyRules, 'hoursCap' | 'planRequired' | 'summaryPerCompetency'>,
  facts: StudyFacts,
): Completeness {
  const hours = countHours(facts.recordedHours, rules.hoursCap);
  const summariesRequired = requiredSummaries(rules, facts.selectedCompetencies);
  const summariesUploaded = Math.min(facts.summariesUploaded, Math.max(facts.selectedCompetencies, 0));
  const missing: StudyRequirement[] = [];
  if (rules.planRequired && !facts.planUploaded) missing.push('PLAN');
  if (!hours.reached) missing.push('HOURS');
  if (summariesUploaded < summariesRequired) missing.push('SUMMARIES');
  return {
    hours,
    summariesUploaded,
    summariesRequired,
    planRequired: rules.planRequired,
    missing,
    complete: missing.length === 0,
  };
}

export type PhaseKindValue = NonNullable<SchoolBasedStudyRules['uploadsCloseWithPhase']>;

/** Whether plans and summaries can still be uploaded. */
export type UploadWindow = { open: true } | { open: false; phase: PhaseKindValue; endsOn: Date };

const DAY_MS = 24 * 3600 * 1000;

/**
 * Uploads close once the phase named by `uploadsCloseWithPhase` has ended (校本研修时间结束后将不开放上传和修改): its
 * last day (`endsOn`, a calendar day, UTC) still counts as open. Open when the rule names no phase or the programme
 * has no phase of that kind.
 */
export function uploadWindow(
  rules: Pick<SchoolBasedStudyRules, 'uploadsCloseWithPhase'>,
  phases: readonly { kind: string; endsOn: Date }[],
  now: Date,
): UploadWindow {
  const kind = rules.uploadsCloseWithPhase;
  if (!kind) return { open: true };
  const phase = phases.find((candidate) => candidate.kind === kind);
  if (!phase) return { open: true };
  return now.getTime() < phase.endsOn.getTime() + DAY_MS
    ? { open: true }
    : { open: false, phase: kind, endsOn: phase.endsOn };
}

export type VerdictValue = 'PASSED' | 'FAILED';

/** Why a verdict cannot be given. */
export type VerdictRefusal =
  /** PASSED for study that is not complete. */
  | { code: 'INCOMPLETE'; missing: StudyRequirement[] }
  /** FAILED without a comment saying why. */
  | { code: 'COMMENT_REQUIRED' }
  /** The programme is not PUBLISHED or RUNNING. */
  | { code: 'PROGRAMME_NOT_OPEN'; status: string };

/**
 * Whether the school admin may give `result`: PASSED only for complete study, FAILED any time with a comment; an
 * earlier verdict can be changed while the programme is open (PUBLISHED or RUNNING).
 */
export function verdictCheck(
  result: VerdictValue,
  comment: string | null,
  study: Pick<Completeness, 'complete' | 'missing'>,
  programmeStatus: string,
): VerdictRefusal | null {
  if (!OPEN_PROGRAMME_STATUSES.includes(programmeStatus))
    return { code: 'PROGRAMME_NOT_OPEN', status: programmeStatus };
  if (result === 'FAILED' && !comment?.trim()) return { code: 'COMMENT_REQUIRED' };
  if (result === 'PASSED' && !study.complete) return { code: 'INCOMPLETE', missing: study.missing };
  return null;
}

export interface ReviewTotals {
  teachers: number;
  complete: number;
  passed: number;
  failed: number;
  /** Without a verdict yet (待考核). */
  pending: number;
}

/** Counts of a school's review rows. */
export function reviewTotals(rows: readonly { complete: boolean; result: VerdictValue | null }[]): ReviewTotals {
  const totals: ReviewTotals = { teachers: rows.length, complete: 0, passed: 0, failed: 0, pending: 0 };
  for (const row of rows) {
    if (row.complete) totals.complete += 1;
    if (row.result === 'PASSED') totals.passed += 1;
    else if (row.result === 'FAILED') totals.failed += 1;
    else totals.pending += 1;
  }
  return totals;
}

/** Whether a review row matches the page's search (name or login, case-insensitive; empty: every row). */
export function matchesSearch(row: { teacherName: string; login: string }, search: string | null | undefined) {
  const needle = search?.trim().toLowerCase();
  if (!needle) return true;
  return row.teacherName.toLowerCase().includes(needle) || row.login.toLowerCase().includes(needle);
}
