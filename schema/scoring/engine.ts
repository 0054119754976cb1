/**
 * The scoring engine (考核): a teacher's score under a programme's scheme, line by line, as a pure function of the
 * counted facts (credited minutes, participations, shares, marks, group hours). No GraphQL, no Prisma.
 *
 * Per item:
 * - WATCH_MINUTES: points × min(1, minutes / requiredMinutes); complete once the minutes are reached and, when the
 *   item sets requiredCourseMinutes, that many of them are in required courses.
 * - PER_UNIT: min(maxPoints, units × pointsPerUnit); complete at ≥ minPoints.
 * - MARK_WEIGHT: mark × weight (0 while not marked); complete once marked and at ≥ minPoints.
 * - GROUP_HOURS: min(hours, capHours) × pointsPerHour; complete at hours ≥ minHours.
 * Verdict: PASSED once total ≥ passThreshold and every required item is complete; FAILED only after the study phase
 * has ended without passing; IN_PROGRESS otherwise.
 */
import type { ScoringItem, ScoringRules } from '../programmes/index.js';

export type Verdict = 'IN_PROGRESS' | 'PASSED' | 'FAILED';

/** What a line says about its item (the `code` of a ScoreLine; its message is keyed by kind and code). */
export const SCORE_LINE_CODES = [
  'SCORE_ITEM_COMPLETE',
  'SCORE_MINUTES_SHORT',
  'SCORE_REQUIRED_COURSES_SHORT',
  'SCORE_BELOW_MINIMUM',
  'SCORE_NOT_MARKED',
  'SCORE_HOURS_SHORT',
] as const;
export type ScoreLineCode = (typeof SCORE_LINE_CODES)[number];

/** The counted facts of one enrolment. */
export interface ScoreFacts {
  /** Credited viewing minutes in required and elective courses. */
  creditedMinutes: number;
  /** Credited viewing minutes in required courses. */
  requiredCourseMinutes: number;
  /** Workshop activities the teacher took part in (one per activity). */
  workshopParticipations: number;
  /** Shares that count (status ACTIVE). */
  countedShares: number;
  /** Completed group activities the teacher took part in. */
  completedGroupActivities: number;
  /** Recorded hours of completed group activities (above any cap included). */
  groupHours: number;
  /** The tutor's mark of each of the programme's assignments, by assignment code (null or absent: not marked). */
  marks: Record<string, number | null>;
}

/** One line of a score: one item of the scheme. */
export interface ScoreLine {
  key: string;
  kind: ScoringItem['kind'];
  nameZh: string;
  nameEn: string;
  /** Whether the item must be complete to pass. */
  requiredToPass: boolean;
  /** The number counted, in the item's unit: minutes, units, the mark, hours (capped). */
  counted: number;
  /** What completes the item, in the same unit: minutes, units, the least mark, hours. */
  required: number;
  points: number;
  maxPoints: number;
  complete: boolean;
  /** What is still needed, in the item's unit; 0 when complete. */
  missing: number;
  code: ScoreLineCode;
  /** Values the line's message interpolates (the numbers above and the rule's own). */
  params: Record<string, string | number>;
}

export interface ScoreResult {
  total: number;
  passThreshold: number;
  verdict: Verdict;
  lines: ScoreLine[];
}

export interface ScorePhase {
  /** True once the programme's study (IMPLEMENTATION) phase has ended or the programme is CLOSED. */
  studyEnded: boolean;
  /** Highest mark of an assignment (programme rules assignments.maxMark; 100 when omitted). */
  maxMark?: number;
}

/** Points are kept to two decimals (12 + 10.5 = 22.5, 55 × 0.15 = 8.25). */
export const round2 = (value: number) => Math.round((value + Number.EPSILON) * 100) / 100;
const round1 = (value: number) => Math.round((value + Number.EPSILON) * 10) / 10;

function lineOf(
  item: ScoringItem,
  facts: ScoreFacts,
  maxMark: number,
): Omit<ScoreLine, 'key' | 'kind' | 'nameZh' | 'nameEn' | 'requiredToPass'> {
  switch (item.kind) {
    case 'WATCH_MINUTES': {
      const minutes = Math.max(0, Math.floor(facts.creditedMinutes));
      const requiredMinutes = Math.max(0, Math.floor(facts.requiredCourseMinutes));
      const points = round2(item.points * Math.min(1, minutes / item.requiredMinutes));
      const courseMinimum = item.requiredCourseMinutes ?? 0;
      const minutesShort = Math.max(0, item.requiredMinutes - minutes);
      const coursesShort = Math.max(0, courseMinimum - requiredMinutes);
      const code: ScoreLineCode =
        minutesShort > 0
          ? 'SCORE_MINUTES_SHORT'
          : coursesShort > 0
            ? 'SCORE_REQUIRED_COURSES_SHORT'
            : 'SCORE_ITEM_COMPLETE';
      return {
        counted: minutes,
        required: item.requiredMinutes,
        points,
        maxPoints: item.points,
        complete: code === 'SCORE_ITEM_COMPLETE',
        missing: Math.max(minutesShort, coursesShort),
        code,
        params: {
          requiredCourseCounted: requiredMinutes,
          requiredCourseMinutes: courseMinimum,
          requiredCourseMissing: coursesShort,
        },
      };
    }
    case 'PER_UNIT': {
      const units = Math.max(
        0,
        Math.floor(
          item.unit === 'WORKSHOP_PARTICIPATION'
            ? facts.workshopParticipations
            : item.unit === 'SHARE'
              ? facts.countedShares
              : facts.completedGroupActivities,
        ),
      );
      const points = round2(Math.min(item.maxPoints, units * item.pointsPerUnit));
      const requiredUnits = Math.ceil(round2(item.minPoints / item.pointsPerUnit));
      const complete = points >= item.minPoints;
      return {
        counted: units,
        required: requiredUnits,
        points,
        maxPoints: item.maxPoints,
        complete,
        missing: complete ? 0 : Math.max(1, requiredUnits - units),
        code: complete ? 'SCORE_ITEM_COMPLETE' : 'SCORE_BELOW_MINIMUM',
        params: { unit: item.unit, pointsPerUnit: item.pointsPerUnit, minPoints: item.minPoints },
      };
    }
    case 'MARK_WEIGHT': {
      const mark = facts.marks[item.assignmentCode] ?? null;
      const points = mark === null ? 0 : round2(mark * item.weight);
      // The least whole mark whose points reach the minimum (9 / 0.15 = 60); computed on rounded values so that
      // floating-point noise (60.000000001) never asks for 61.
      const leastMark = Math.ceil(round2(item.minPoints / item.weight));
      const complete = mark !== null && points >= item.minPoints;
      return {
        counted: mark ?? 0,
        required: leastMark,
        points,
        maxPoints: round2(maxMark * item.weight),
        complete,
        missing: complete ? 0 : Math.max(1, leastMark - (mark ?? 0)),
        code: mark === null ? 'SCORE_NOT_MARKED' : complete ? 'SCORE_ITEM_COMPLETE' : 'SCORE_BELOW_MINIMUM',
        params: {
          weightPercent: round2(item.weight * 100),
          minPoints: item.minPoints,
          assignmentCode: item.assignmentCode,
        },
      };
    }
    case 'GROUP_HOURS': {
      const recorded = round1(Math.max(0, facts.groupHours));
      const counted = Math.min(recorded, item.capHours);
      const complete = recorded >= item.minHours;
      return {
        counted,
        required: item.minHours,
        points: round2(counted * item.pointsPerHour),
        maxPoints: round2(item.capHours * item.pointsPerHour),
        complete,
        missing: complete ? 0 : round1(item.minHours - recorded),
        code: complete ? 'SCORE_ITEM_COMPLETE' : 'SCORE_HOURS_SHORT',
        params: { recordedHours: recorded, capHours: item.capHours, pointsPerHour: item.pointsPerHour },
      };
    }
  }
}

/** A teacher's score under `scheme` from the counted `facts`; see the module header for the rules. */
export function scoreOf(scheme: ScoringRules, facts: ScoreFacts, phase: ScorePhase): ScoreResult {
  const maxMark = phase.maxMark ?? 100;
  const lines = scheme.items.map((item): ScoreLine => {
    const line = lineOf(item, facts, maxMark);
    return {
      key: item.key,
      kind: item.kind,
      nameZh: item.nameZh,
      nameEn: item.nameEn,
      requiredToPass: item.required,
      ...line,
      params: {
        ...line.params,
        counted: line.counted,
        required: line.required,
        points: line.points,
        maxPoints: line.maxPoints,
        missing: line.missing,
      },
    };
  });
  const total = round2(lines.reduce((sum, line) => sum + line.points, 0));
  const passed = total >= scheme.passThreshold && lines.every((line) => line.complete || !line.requiredToPass);
  const verdict: Verdict = passed ? 'PASSED' : phase.studyEnded ? 'FAILED' : 'IN_PROGRESS';
  return { total, passThreshold: scheme.passThreshold, verdict, lines };
}

/** The facts of an enrolment that has done nothing yet. */
export const NO_FACTS: ScoreFacts = {
  creditedMinutes: 0,
  requiredCourseMinutes: 0,
  workshopParticipations: 0,
  countedShares: 0,
  completedGroupActivities: 0,
  groupHours: 0,
  marks: {},
};

/**
 * Whether a programme's study phase has ended at `now`: the programme is CLOSED, or its IMPLEMENTATION phase ended
 * on a day before today (dates are calendar days; the phase's last day still counts as open).
 */
export function studyEndedAt(
  programme: { status: string; phases: readonly { kind: string; endsOn: Date }[] },
  now: Date,
): boolean {
  if (programme.status === 'CLOSED') return true;
  const study = programme.phases.find((phase) => phase.kind === 'IMPLEMENTATION');
  if (!study) return false;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return study.endsOn.getTime() < today;
}
