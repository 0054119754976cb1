/**
 * The tutor evaluation (班级辅导者考核) as a pure function: the programme's weighted indicators applied to the facts of
 * one tutor's class and the district's entries. Each indicator earns weight × 100 × share points:
 * - computed sources: share = 1 at or above the target, else measured / target (0 with `allOrNothing`);
 * - ENTERED: share = the district's score / 100; an indicator not entered yet earns 0 and says so.
 * Targets by default: rates 1 (pass rate 0.98), counts 1, weekly statistics one per week of the IMPLEMENTATION phase.
 */
import type { TutorEvaluationRules, TutorIndicator, TutorIndicatorSource } from '../programmes/index.js';

/** What the data shows about one tutor's class in a programme. */
export interface TutorFacts {
  /** Teachers of the class enrolled in the programme. */
  enrolled: number;
  /** Of them, those who have used the platform (User.lastSeenAt set). */
  registered: number;
  /** Weekly statistics (ClassProgressSnapshot) the tutor posted for the class. */
  statisticsPosted: number;
  /** Weeks of the programme's IMPLEMENTATION phase; null without one. */
  studyWeeks: number | null;
  /** The class's submissions due for marking: MARKED, or submitted more than withinDays days ago. */
  submissionsDue: number;
  /** Of them, those MARKED within withinDays days of their submission. */
  markedOnTime: number;
  /** Briefings (class notices of kind BRIEFING) the tutor published for the class. */
  briefings: number;
  /** Activities of the class workshop the tutor hosts. */
  activitiesHeld: number;
  /** Enrolled teachers whose score verdict is PASSED; null when the programme scores nothing. */
  passed: number | null;
}

/** A district's entry for an ENTERED indicator. */
export interface TutorEntry {
  score: number;
  comment: string | null;
}

export const TUTOR_LINE_CODES = [
  'TUTOR_TARGET_MET',
  'TUTOR_BELOW_TARGET',
  'TUTOR_BELOW_TARGET_NO_CREDIT',
  'TUTOR_NOTHING_DUE',
  'TUTOR_NO_SCORING',
  'TUTOR_ENTERED',
  'TUTOR_NOT_ENTERED',
] as const;
export type TutorLineCode = (typeof TUTOR_LINE_CODES)[number];

/** One indicator of the evaluation, explained. */
export interface TutorLine {
  key: string;
  nameZh: string;
  nameEn: string;
  weight: number;
  source: TutorIndicatorSource;
  /** The measured value: a share (rates), a count, or the entered score (0–100); null when nothing is measured. */
  measured: number | null;
  /** What earns the full weight, in the same unit (100 for ENTERED). */
  target: number;
  /** Share of the weight earned, 0 to 1 (four decimals). */
  share: number;
  /** weight × 100 × share (two decimals). */
  points: number;
  /** weight × 100. */
  maxPoints: number;
  code: TutorLineCode;
  /** ENTERED: the district's comment. */
  comment: string | null;
  /** MARKING_ON_TIME: the days allowed. */
  withinDays: number | null;
}

export interface TutorEvaluationResult {
  lines: TutorLine[];
  /** Sum of the lines' points, out of 100 (two decimals). */
  total: number;
  /** Whether the total reaches the programme's excellentThreshold; true when none is set. */
  reachesExcellentThreshold: boolean;
  /** The programme's excellentThreshold; null when none is set. */
  excellentThreshold: number | null;
}

export const DEFAULT_MARKING_DAYS = 7;
export const DEFAULT_PASS_RATE = 0.98;

const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round((value + Number.EPSILON) * f) / f;
};
const rate = (part: number, whole: number) => (whole === 0 ? 0 : round(part / whole, 4));

/** The default target of a computed source. */
export function targetOf(indicator: TutorIndicator, facts: Pick<TutorFacts, 'studyWeeks'>): number {
  if (indicator.target !== undefined) return indicator.target;
  switch (indicator.source) {
    case 'PASS_RATE':
      return DEFAULT_PASS_RATE;
    case 'STATISTICS_POSTED':
      return facts.studyWeeks ?? 1;
    case 'ENTERED':
      return 100;
    default:
      return 1;
  }
}

function measure(indicator: TutorIndicator, facts: TutorFacts): { measured: number | null; special?: TutorLineCode } {
  switch (indicator.source) {
    case 'REGISTRATION_RATE':
      return { measured: rate(facts.registered, facts.enrolled) };
    case 'STATISTICS_POSTED':
      return { measured: facts.statisticsPosted };
    case 'MARKING_ON_TIME':
      return facts.submissionsDue === 0
        ? { measured: null, special: 'TUTOR_NOTHING_DUE' }
        : { measured: rate(facts.markedOnTime, facts.submissionsDue) };
    case 'BRIEFINGS':
      return { measured: facts.briefings };
    case 'ACTIVITIES_HELD':
      return { measured: facts.activitiesHeld };
    case 'PASS_RATE':
      return facts.passed === null
        ? { measured: null, special: 'TUTOR_NO_SCORING' }
        : { measured: rate(facts.passed, facts.enrolled) };
    case 'ENTERED':
      return { measured: null };
  }
}

function lineOf(
  indicator: TutorIndicator,
  facts: TutorFacts,
  entry: TutorEntry | undefined,
): Omit<TutorLine, 'points' | 'maxPoints'> {
  const base = {
    key: indicator.key,
    nameZh: indicator.nameZh,
    nameEn: indicator.nameEn,
    weight: indicator.weight,
    source: indicator.source,
    comment: null,
    withinDays: indicator.source === 'MARKING_ON_TIME' ? (indicator.withinDays ?? DEFAULT_MARKING_DAYS) : null,
  };
  if (indicator.source === 'ENTERED') {
    if (!entry) return { ...base, measured: null, target: 100, share: 0, code: 'TUTOR_NOT_ENTERED' };
    return {
      ...base,
      measured: entry.score,
      target: 100,
      share: round(entry.score / 100, 4),
      code: 'TUTOR_ENTERED',
      comment: entry.comment,
    };
  }
  const target = targetOf(indicator, facts);
  const { measured, special } = measure(indicator, facts);
  // Nothing to mark yet earns the full weight: the tutor is not late with anything. No scoring scheme earns nothing.
  if (special === 'TUTOR_NOTHING_DUE') return { ...base, measured, target, share: 1, code: special };
  if (special === 'TUTOR_NO_SCORING' || measured === null)
    return { ...base, measured, target, share: 0, code: 'TUTOR_NO_SCORING' };
  if (measured >= target) return { ...base, measured, target, share: 1, code: 'TUTOR_TARGET_MET' };
  if (indicator.allOrNothing) return { ...base, measured, target, share: 0, code: 'TUTOR_BELOW_TARGET_NO_CREDIT' };
  return { ...base, measured, target, share: round(measured / target, 4), code: 'TUTOR_BELOW_TARGET' };
}

/** Evaluates one tutor: one line per indicator in the rules' order, and the total out of 100. */
export function evaluateTutor(
  rules: TutorEvaluationRules,
  facts: TutorFacts,
  entries: ReadonlyMap<string, TutorEntry>,
): TutorEvaluationResult {
  const lines = rules.indicators.map((indicator) => {
    const line = lineOf(indicator, facts, entries.get(indicator.key));
    const maxPoints = round(indicator.weight * 100, 2);
    return { ...line, maxPoints, points: round(indicator.weight * 100 * line.share, 2) };
  });
  const total = round(
    lines.reduce((sum, line) => sum + line.points, 0),
    2,
  );
  const threshold = rules.excellentThreshold;
  return {
    lines,
    total,
    reachesExcellentThreshold: threshold === undefined || total >= threshold,
    excellentThreshold: threshold ?? null,
  };
}

/** Weeks of a phase from its first to its last day (a started week counts). */
export function weeksBetween(startsOn: Date, endsOn: Date): number {
  const days = Math.round((endsOn.getTime() - startsOn.getTime()) / 86_400_000) + 1;
  return Math.max(1, Math.ceil(days / 7));
}
