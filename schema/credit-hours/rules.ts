/**
 * The hour rules (rules.hours) as a pure function: a teacher's counted hours against the programme's minimums, line by
 * line, as the score explains itself. Offline hours wait for the peer reviews where the programme says so (Xinbei:
 * 完成同行评价…才能获得相应的学时): they are withheld, not counted, and the line says why.
 */
import type { ProgrammeRules } from '../programmes/index.js';

/** The programme's hour rules (rules.hours). */
export type HoursRules = NonNullable<ProgrammeRules['hours']>;
/** States of a credit-hour entry, from least to most confirmed (as rules.hours.countFrom names them). */
export type CreditState = HoursRules['countFrom'];
export const CREDIT_STATES: readonly CreditState[] = ['PENDING', 'SCHOOL_CONFIRMED', 'DISTRICT_CONFIRMED'];

/** Hours of one enrolment by category, summed over entries at or above the counting state. */
export interface HoursFacts {
  /** Counted online hours (entries confirmed at least `countFrom`, reversals included). */
  online: number;
  /** Counted offline hours (before any withholding). */
  offline: number;
  /** Hours of entries below `countFrom` (awaiting confirmation), by category. */
  awaitingOnline: number;
  awaitingOffline: number;
  /** Whether the teacher finished the peer reviews allocated to them; null when the programme does not require them. */
  peerReviewsDone: boolean | null;
}

export const HOURS_LINE_CODES = ['TOTAL', 'ONLINE', 'OFFLINE', 'OFFLINE_SHARE', 'OFFLINE_AWAITS_PEER_REVIEWS'] as const;
export type HoursLineCode = (typeof HOURS_LINE_CODES)[number];

/** One line of the explanation: what the rule requires and what the teacher has. */
export interface HoursLine {
  code: HoursLineCode;
  /** The minimum (hours, or a share 0..1 for OFFLINE_SHARE); null for OFFLINE_AWAITS_PEER_REVIEWS. */
  required: number | null;
  /** The teacher's counted value (hours, or the share); the withheld hours for OFFLINE_AWAITS_PEER_REVIEWS. */
  actual: number;
  met: boolean;
}

export interface HoursResult {
  online: number;
  /** Counted offline hours (0 while withheld). */
  offline: number;
  total: number;
  /** Offline hours not counted until the peer reviews are done. */
  withheldOffline: number;
  awaitingConfirmation: number;
  lines: HoursLine[];
  passed: boolean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The teacher's hours against the rules. */
export function hoursVerdict(rules: HoursRules, facts: HoursFacts): HoursResult {
  const withheld = facts.peerReviewsDone === false ? Math.max(0, facts.offline) : 0;
  const online = round2(facts.online);
  const offline = round2(facts.offline - withheld);
  const total = round2(online + offline);
  const lines: HoursLine[] = [];
  if (withheld > 0)
    lines.push({ code: 'OFFLINE_AWAITS_PEER_REVIEWS', required: null, actual: round2(withheld), met: false });
  if (rules.minTotal !== undefined)
    lines.push({ code: 'TOTAL', required: rules.minTotal, actual: total, met: total >= rules.minTotal });
  if (rules.minOnline !== undefined)
    lines.push({ code: 'ONLINE', required: rules.minOnline, actual: online, met: online >= rules.minOnline });
  if (rules.minOffline !== undefined)
    lines.push({ code: 'OFFLINE', required: rules.minOffline, actual: offline, met: offline >= rules.minOffline });
  if (rules.minOfflineShare !== undefined) {
    const share = total > 0 ? Math.round((offline / total) * 10_000) / 10_000 : 0;
    lines.push({
      code: 'OFFLINE_SHARE',
      required: rules.minOfflineShare,
      actual: share,
      met: share >= rules.minOfflineShare,
    });
  }
  // Withheld hours fail the rule only through the minimums they leave unmet.
  const passed = lines.every((line) => line.met || line.code === 'OFFLINE_AWAITS_PEER_REVIEWS');
  return {
    online,
    offline,
    total,
    withheldOffline: round2(withheld),
    awaitingConfirmation: round2(facts.awaitingOnline + facts.awaitingOffline),
    lines,
    passed,
  };
}

/** Whether an entry in `state` counts under `countFrom`. */
export function counts(state: CreditState, countFrom: CreditState): boolean {
  return CREDIT_STATES.indexOf(state) >= CREDIT_STATES.indexOf(countFrom);
}
