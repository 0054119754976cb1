/**
 * Qualification (合格) and whole-school completion (整校推进) as pure functions of plain data.
 *
 * A teacher qualifies when every requirement the programme switches on (rules.completion.require*) and configures is
 * met: the online-study score passed (rules.scoring), the hour minimums are met (rules.hours), every competency of the
 * submitted or approved selection has assessed evidence that passed, and the school-based study review passed.
 *
 * A school is eligible to apply to close (结项) once its qualified teachers reach the threshold share of its population:
 * its enrolled teachers (Xinbei: 90%) or its full-time teachers (Guangdong: 95% of 专任教师). The comparison is exact
 * (integers), so 19 of 20 reaches 0.95 and 18 of 20 does not.
 */
import type { ProofForm } from '../../api/db/generated/prisma/enums.js';
import type { FileKind } from '../../api/storage/file-types.js';
import type { HoursResult } from '../credit-hours/index.js';
import type { ProgrammeRules } from '../programmes/index.js';
import type { ScoreResult } from '../scoring/index.js';

/** Why a teacher does not qualify (yet). */
export const QUALIFICATION_REASON_CODES = [
  'SCORE_NOT_PASSED',
  'HOURS_NOT_MET',
  'EVIDENCE_NOT_PASSED',
  'SCHOOL_STUDY_NOT_PASSED',
] as const;
export type QualificationReasonCode = (typeof QUALIFICATION_REASON_CODES)[number];

/** One reason with the numbers its message interpolates. */
export interface QualificationFailure {
  code: QualificationReasonCode;
  params: Record<string, string | number>;
}

/** What the rule reads of one enrolment. */
export interface QualificationFacts {
  /** The online-study score; null when the programme scores nothing (or the score is unknown). */
  score: Pick<ScoreResult, 'total' | 'passThreshold' | 'verdict'> | null;
  /** The hours against rules.hours; null when the programme has no hour rules. */
  hours: Pick<HoursResult, 'online' | 'offline' | 'total' | 'withheldOffline' | 'lines' | 'passed'> | null;
  /** Competencies of the SUBMITTED or APPROVED selection, and how many of them have assessed evidence PASS/EXCELLENT. */
  evidence: { selectionSubmitted: boolean; selected: number; passed: number };
  /** The school-based study review's result; null while there is none. */
  schoolStudy: 'PASSED' | 'FAILED' | null;
}

/** The verdict of `qualify`: qualified, or the reasons why not (in the order of the rules). */
export interface QualificationVerdict {
  qualified: boolean;
  reasons: QualificationFailure[];
}

export type CompletionRules = ProgrammeRules['completion'];
export type ProofItemRule = CompletionRules['proofItems'][number];

export type QualificationRules = Pick<ProgrammeRules, 'completion' | 'scoring' | 'hours'>;

/** Whether a teacher qualifies under the programme's rules, and every reason why not. */
export function qualify(rules: QualificationRules, facts: QualificationFacts): QualificationVerdict {
  const { completion } = rules;
  const reasons: QualificationFailure[] = [];
  if (completion.requireScore && rules.scoring) {
    const score = facts.score;
    if (score?.verdict !== 'PASSED')
      reasons.push({
        code: 'SCORE_NOT_PASSED',
        params: {
          total: score?.total ?? 0,
          passThreshold: score?.passThreshold ?? rules.scoring.passThreshold,
          verdict: score?.verdict ?? 'IN_PROGRESS',
        },
      });
  }
  if (completion.requireHours && rules.hours) {
    const hours = facts.hours;
    if (!hours?.passed) {
      const unmet = (hours?.lines ?? []).filter((line) => !line.met).map((line) => line.code);
      reasons.push({
        code: 'HOURS_NOT_MET',
        params: {
          total: hours?.total ?? 0,
          online: hours?.online ?? 0,
          offline: hours?.offline ?? 0,
          withheld: hours?.withheldOffline ?? 0,
          unmet: unmet.join(','),
        },
      });
    }
  }
  if (completion.requireEvidence) {
    const { selectionSubmitted, selected, passed } = facts.evidence;
    if (!selectionSubmitted || selected === 0 || passed < selected)
      reasons.push({
        code: 'EVIDENCE_NOT_PASSED',
        params: { selection: selectionSubmitted && selected > 0 ? 'yes' : 'no', passed, selected },
      });
  }
  if (completion.requireSchoolStudy && facts.schoolStudy !== 'PASSED')
    reasons.push({ code: 'SCHOOL_STUDY_NOT_PASSED', params: { result: facts.schoolStudy ?? 'PENDING' } });
  return { qualified: reasons.length === 0, reasons };
}

/** Shares are compared in millionths, as integers: no float surprises (0.95 × 20 is 19, exactly). */
const SCALE = 1_000_000;

/** A school's counts as the rate reads them. */
export interface CompletionCounts {
  /** Enrolled teachers who qualify. */
  qualified: number;
  /** Teachers enrolled in the programme at the school. */
  enrolled: number;
  /** The school's full-time teachers (Organisation.fullTimeTeachers); null when unknown. */
  fullTime: number | null;
}

export interface CompletionRate {
  /** qualified / denominator (0..1; 0 when the denominator is 0). */
  rate: number;
  /** Whom the rate counts: the enrolled teachers, or the full-time teachers when the rule says so and the count is known. */
  denominator: number;
  /** Least qualified teachers that reach the threshold. */
  needed: number;
  /** True once qualified ≥ needed (and there is someone to count). */
  eligible: boolean;
}

/** A school's qualified rate against the programme's threshold. */
export function completionRate(
  counts: CompletionCounts,
  rules: Pick<CompletionRules, 'threshold' | 'population'>,
): CompletionRate {
  const denominator =
    rules.population === 'FULL_TIME' && counts.fullTime !== null && counts.fullTime > 0
      ? counts.fullTime
      : counts.enrolled;
  const threshold = Math.round(rules.threshold * SCALE);
  // The least integer q with q × SCALE ≥ threshold × denominator (a ceiling of integers).
  const needed = Math.floor((threshold * denominator + SCALE - 1) / SCALE);
  const rate = denominator > 0 ? Math.min(1, counts.qualified / denominator) : 0;
  return {
    rate: Math.round(rate * 10_000) / 10_000,
    denominator,
    needed,
    eligible: denominator > 0 && counts.qualified * SCALE >= threshold * denominator,
  };
}

/** File types a proof item of each form accepts: documents for texts and reports, spreadsheets also for forms and lists. */
export const DOCUMENT_TYPES: readonly FileKind[] = ['pdf', 'doc', 'docx'];
export const SPREADSHEET_TYPES: readonly FileKind[] = ['xlsx'];

export function proofFileTypes(form: ProofForm): FileKind[] {
  return form === 'FORM' || form === 'LIST' ? [...DOCUMENT_TYPES, ...SPREADSHEET_TYPES] : [...DOCUMENT_TYPES];
}

/** Whether an item of this form may be entered as text instead of a file (a list, a short plan text). */
export const textAllowed = (form: ProofForm) => form === 'LIST' || form === 'PLAN_TEXT';

/** Longest text of a proof item (characters). */
export const MAX_PROOF_TEXT_LENGTH = 20_000;

/** The required items of the proof list the school has not provided yet, in the list's order. */
export function missingProofItems(items: readonly ProofItemRule[], provided: ReadonlySet<string>): ProofItemRule[] {
  return items.filter((item) => item.required && !provided.has(item.key));
}
