/**
 * Competency selection (选学) rules: pure checks of a selection against a programme's
 * configured rules. All numbers come from the rules and the catalogue (data).
 */
import type { SelectionRules } from '../programmes/index.js';

/** A dimension's or environment's names for people, as the catalogue gives them (学法指导 / Learning Guidance). */
export interface GroupingNames {
  nameZh: string;
  nameEn: string;
}

export interface CatalogueEntry {
  code: string;
  /** Code of the point's dimension. */
  dimension: string;
  /** The dimension's names, where the caller has them (they only word messages). */
  dimensionNames?: GroupingNames;
  environment: string;
  credits: number;
}

/** Who makes the selection: the teacher themself, or a school on their behalf (only once the teacher's window has closed, where the programme allows it). */
export type SelectionActor = 'TEACHER' | 'ON_BEHALF';

export interface SelectionInput {
  rules: SelectionRules;
  /** The catalogue version the programme points at. */
  catalogue: readonly CatalogueEntry[];
  /** Codes the school allows (学校框定范围); null = no range set, whole catalogue allowed. */
  schoolRange: readonly string[] | null;
  /** Selected codes, as submitted. */
  selected: readonly string[];
  now: Date;
  /** When the teacher's selection window closes; null = no window. */
  windowClosesAt: Date | null;
  /** TEACHER selects for themself; SCHOOL_ADMIN selects on a teacher's behalf. */
  actor: SelectionActor;
}

export type Violation =
  | { code: 'EMPTY_SELECTION' }
  | { code: 'DUPLICATE_COMPETENCY'; codes: string[] }
  | { code: 'UNKNOWN_COMPETENCY'; codes: string[] }
  | { code: 'OUTSIDE_SCHOOL_RANGE'; codes: string[] }
  | { code: 'CREDITS_BELOW_MIN'; actual: number; required: number }
  | { code: 'TOO_FEW_POINTS'; actual: number; required: number }
  | { code: 'TOO_MANY_POINTS'; actual: number; allowed: number }
  | { code: 'SINGLE_DIMENSION'; dimension: string; dimensionNames?: GroupingNames }
  | { code: 'TOO_FEW_DIMENSIONS'; actual: number; required: number }
  | { code: 'WINDOW_CLOSED'; closedAt: Date }
  | { code: 'WINDOW_STILL_OPEN'; closesAt: Date }
  | { code: 'ON_BEHALF_NOT_ALLOWED'; reason: 'DISABLED' | 'NO_DEADLINE' };

export type ViolationCode = Violation['code'];

export interface SelectionResult {
  valid: boolean;
  /** Sum of credits over the distinct, known selected points. */
  totalCredits: number;
  /** Number of distinct, known selected points. */
  pointCount: number;
  /** Distinct dimensions of those points, in order of first selection. */
  dimensions: string[];
  violations: Violation[];
}

/**
 * Validates a selection and reports every violation found (never throws).
 *
 * - Totals count each known code once: duplicates and unknown codes are reported, not counted.
 *   Points outside the school's range are counted (they are real points) and reported.
 * - An empty selection reports EMPTY_SELECTION only, not the credit/point/dimension shortfalls.
 * - Timing: the window is open while `now < windowClosesAt`.
 *   TEACHER: refused with WINDOW_CLOSED once the window has closed; no window = always open.
 *   SCHOOL_ADMIN (on a teacher's behalf, 代为选择): allowed only when the programme sets
 *   adminSelectsAfterDeadline and the window has closed. Otherwise refused with
 *   ON_BEHALF_NOT_ALLOWED (DISABLED: not configured; NO_DEADLINE: no window to pass) or
 *   WINDOW_STILL_OPEN (the teacher still has time to choose).
 *   School review of a teacher's selection (requireSchoolReview) is a separate workflow.
 */
export function validateSelection(input: SelectionInput): SelectionResult {
  const { rules, catalogue, schoolRange, selected } = input;
  const violations: Violation[] = [...timingViolations(input)];

  const byCode = new Map(catalogue.map((entry) => [entry.code, entry]));
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  const unknown = new Set<string>();
  const points: CatalogueEntry[] = [];
  for (const code of selected) {
    if (seen.has(code)) {
      duplicates.add(code);
      continue;
    }
    seen.add(code);
    const entry = byCode.get(code);
    if (entry) points.push(entry);
    else unknown.add(code);
  }

  const allowed = schoolRange === null ? null : new Set(schoolRange);
  const outside = allowed === null ? [] : points.filter((p) => !allowed.has(p.code)).map((p) => p.code);
  const totalCredits = points.reduce((sum, p) => sum + p.credits, 0);
  const pointCount = points.length;
  const dimensions = [...new Set(points.map((p) => p.dimension))];

  if (selected.length === 0) violations.push({ code: 'EMPTY_SELECTION' });
  if (duplicates.size > 0) violations.push({ code: 'DUPLICATE_COMPETENCY', codes: [...duplicates] });
  if (unknown.size > 0) violations.push({ code: 'UNKNOWN_COMPETENCY', codes: [...unknown] });
  if (outside.length > 0) violations.push({ code: 'OUTSIDE_SCHOOL_RANGE', codes: outside });

  if (selected.length > 0) {
    if (rules.minCredits !== undefined && totalCredits < rules.minCredits) {
      violations.push({ code: 'CREDITS_BELOW_MIN', actual: totalCredits, required: rules.minCredits });
    }
    if (rules.minPoints !== undefined && pointCount < rules.minPoints) {
      violations.push({ code: 'TOO_FEW_POINTS', actual: pointCount, required: rules.minPoints });
    }
    if (rules.maxPoints !== undefined && pointCount > rules.maxPoints) {
      violations.push({ code: 'TOO_MANY_POINTS', actual: pointCount, allowed: rules.maxPoints });
    }
    violations.push(...dimensionViolations(rules, points));
  }

  return { valid: violations.length === 0, totalCredits, pointCount, dimensions, violations };
}

function timingViolations({ rules, now, windowClosesAt, actor }: SelectionInput): Violation[] {
  const closed = windowClosesAt !== null && now.getTime() >= windowClosesAt.getTime();
  if (actor === 'TEACHER') {
    return closed ? [{ code: 'WINDOW_CLOSED', closedAt: windowClosesAt }] : [];
  }
  if (!rules.adminSelectsAfterDeadline) return [{ code: 'ON_BEHALF_NOT_ALLOWED', reason: 'DISABLED' }];
  if (windowClosesAt === null) return [{ code: 'ON_BEHALF_NOT_ALLOWED', reason: 'NO_DEADLINE' }];
  return closed ? [] : [{ code: 'WINDOW_STILL_OPEN', closesAt: windowClosesAt }];
}

function dimensionViolations(rules: SelectionRules, points: readonly CatalogueEntry[]): Violation[] {
  const rule = rules.dimensionRule;
  const dimensions = [...new Set(points.map((p) => p.dimension))];
  const first = points[0];
  if (rule.kind === 'NOT_ALL_SAME' && dimensions.length === 1 && first) {
    const names = first.dimensionNames;
    return [{ code: 'SINGLE_DIMENSION', dimension: first.dimension, ...(names ? { dimensionNames: names } : {}) }];
  }
  if (rule.kind === 'AT_LEAST_N' && dimensions.length < rule.n) {
    return [{ code: 'TOO_FEW_DIMENSIONS', actual: dimensions.length, required: rule.n }];
  }
  return [];
}

/**
 * Whether enough of a school's teachers have selected for it to upload its plan
 * (Jiangsu: 90%). `rate` = selected / total (0 when total is 0). No gate configured → reached.
 */
export function planGateReached(
  counts: { selected: number; total: number },
  gateRate: number | null | undefined,
): { reached: boolean; rate: number } {
  const { selected, total } = counts;
  if (!Number.isInteger(selected) || !Number.isInteger(total) || selected < 0 || selected > total) {
    throw new RangeError(`Invalid plan-gate counts: ${selected} selected of ${total}`);
  }
  const rate = total === 0 ? 0 : selected / total;
  // Division is correctly rounded, so 9/10 >= 0.9 holds exactly: no epsilon needed.
  const reached = gateRate === null || gateRate === undefined ? true : total > 0 && rate >= gateRate;
  return { reached, rate };
}
