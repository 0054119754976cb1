/**
 * The rule what-if (规则预演) as pure functions of plain data: how a proposal is merged into the programme's current
 * rules (and where a validation problem of the merged rules lies in the proposal), each teacher's verdicts under both
 * rule sets, and the aggregation of a stream of teachers into per-school tallies, the schools crossing the completion
 * threshold, the excellent places per class and one page of the teachers whose verdict would change.
 *
 * The aggregation is an accumulator fed one teacher at a time in enrolment-id order (the order the stream reads
 * them): it keeps one tally per school and class and at most `first + 1` changed teachers, whatever the number of
 * teachers, so a district is never held in memory.
 */
import { type CompletionRate, completionRate, type QualificationFacts, qualify } from '../completion/index.js';
import { type CreditSums, hoursFactsOf, hoursVerdict } from '../credit-hours/index.js';
import { excellentQuota } from '../excellent/index.js';
import type { CompletionRules, ProgrammeRules, ScoringItem } from '../programmes/index.js';
import { NO_FACTS, type ScoreFacts, type ScorePhase, scoreOf, type Verdict } from '../scoring/index.js';

// ── The proposal ────────────────────────────────────────────────────────────────────────────────────────────────────

/** A new minimum of one scoring item, by its key; each field applies to some kinds of item only. */
export interface ItemMinimum {
  key: string;
  /** PER_UNIT, MARK_WEIGHT: the least points for the item to be complete. */
  minPoints?: number | null;
  /** GROUP_HOURS: the least recorded hours. */
  minHours?: number | null;
  /** WATCH_MINUTES: the minutes that earn the item's points and complete it. */
  requiredMinutes?: number | null;
  /** WATCH_MINUTES: how many of those minutes must be in required courses. */
  requiredCourseMinutes?: number | null;
}

/** Changes to the hour rules: an omitted member stays as it is, null removes a minimum. */
export interface HoursProposal {
  onlineHours?: number | null;
  minTotal?: number | null;
  minOnline?: number | null;
  minOffline?: number | null;
  minOfflineShare?: number | null;
  countFrom?: 'PENDING' | 'SCHOOL_CONFIRMED' | 'DISTRICT_CONFIRMED' | null;
}

/** What a district proposes to change; everything omitted (or null) stays as the programme has it. */
export interface RulesProposal {
  passThreshold?: number | null;
  itemMinimums?: readonly ItemMinimum[] | null;
  hours?: HoursProposal | null;
  completionThreshold?: number | null;
  completionPopulation?: 'ENROLLED' | 'FULL_TIME' | null;
  excellentQuotaRate?: number | null;
}

/** A problem of the proposal found before the merged rules are validated: where (in the arguments), a key, numbers. */
export interface ProposalProblem {
  path: Array<string | number>;
  key: string;
  params: Record<string, string | number>;
}

/** Which item minimums apply to which kind of item. */
const MINIMUM_FIELDS: Record<ScoringItem['kind'], ReadonlyArray<keyof Omit<ItemMinimum, 'key'>>> = {
  WATCH_MINUTES: ['requiredMinutes', 'requiredCourseMinutes'],
  PER_UNIT: ['minPoints'],
  MARK_WEIGHT: ['minPoints'],
  GROUP_HOURS: ['minHours'],
};
const ALL_MINIMUM_FIELDS = ['minPoints', 'minHours', 'requiredMinutes', 'requiredCourseMinutes'] as const;
const HOURS_FIELDS = ['onlineHours', 'minTotal', 'minOnline', 'minOffline', 'minOfflineShare', 'countFrom'] as const;

const given = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/**
 * The programme's current rules with the proposal applied, as rules JSON (to be validated exactly as a programme's
 * rules are), and the problems that make the proposal meaningless before any validation: a scoring change for a
 * programme that scores nothing, an unknown or repeated item key, a minimum the item's kind does not have.
 */
export function mergeProposal(
  current: ProgrammeRules,
  proposal: RulesProposal,
): { rules: Record<string, unknown>; problems: ProposalProblem[] } {
  const problems: ProposalProblem[] = [];
  const rules: Record<string, unknown> = structuredClone(current) as unknown as Record<string, unknown>;
  const scoringFields = (['passThreshold', 'excellentQuotaRate'] as const).filter((field) => given(proposal[field]));
  const minimums = proposal.itemMinimums ?? [];
  if (!current.scoring) {
    for (const field of scoringFields)
      problems.push({ path: ['proposal', field], key: 'VALIDATION.rulesPreviewNoScoring', params: {} });
    if (minimums.length)
      problems.push({ path: ['proposal', 'itemMinimums'], key: 'VALIDATION.rulesPreviewNoScoring', params: {} });
  } else {
    const scoring = rules.scoring as Record<string, unknown> & { items: Array<Record<string, unknown>> };
    if (given(proposal.passThreshold)) scoring.passThreshold = proposal.passThreshold;
    if (given(proposal.excellentQuotaRate)) scoring.excellentQuotaRate = proposal.excellentQuotaRate;
    const seen = new Set<string>();
    minimums.forEach((minimum, index) => {
      const at = ['proposal', 'itemMinimums', index];
      if (seen.has(minimum.key)) {
        problems.push({
          path: [...at, 'key'],
          key: 'VALIDATION.givenTwice',
          params: { field: 'key', value: minimum.key },
        });
        return;
      }
      seen.add(minimum.key);
      const item = scoring.items.find((candidate) => candidate.key === minimum.key);
      if (!item) {
        problems.push({
          path: [...at, 'key'],
          key: 'VALIDATION.rulesPreviewUnknownItem',
          params: { key: minimum.key, keys: scoring.items.map((candidate) => String(candidate.key)).join(', ') },
        });
        return;
      }
      const kind = item.kind as ScoringItem['kind'];
      for (const field of ALL_MINIMUM_FIELDS) {
        const value = minimum[field];
        if (!given(value)) continue;
        if (!MINIMUM_FIELDS[kind].includes(field)) {
          problems.push({ path: [...at, field], key: 'VALIDATION.rulesPreviewNotForKind', params: { field, kind } });
          continue;
        }
        item[field] = value;
      }
    });
  }
  if (proposal.hours) {
    const hours: Record<string, unknown> = { ...(current.hours ?? {}) };
    for (const field of HOURS_FIELDS) {
      if (!(field in proposal.hours)) continue;
      const value = proposal.hours[field];
      if (value === null || value === undefined) {
        // A minimum can be removed; onlineHours and countFrom only change.
        if (field !== 'onlineHours' && field !== 'countFrom') delete hours[field];
      } else hours[field] = value;
    }
    rules.hours = hours;
  }
  const completion = rules.completion as Record<string, unknown>;
  if (given(proposal.completionThreshold)) completion.threshold = proposal.completionThreshold;
  if (given(proposal.completionPopulation)) completion.population = proposal.completionPopulation;
  return { rules, problems };
}

/**
 * Where a validation problem at `rulesPath` (a path in the merged rules) lies in the arguments: the proposal's member
 * that set the value (`proposal.passThreshold`, `proposal.itemMinimums.1.minPoints`, `proposal.hours.minOffline`…).
 */
export function proposalPath(
  rulesPath: ReadonlyArray<string | number>,
  current: ProgrammeRules,
  proposal: RulesProposal,
): Array<string | number> {
  const [section, member, index, field] = rulesPath;
  if (section === 'scoring' && (member === 'passThreshold' || member === 'excellentQuotaRate'))
    return ['proposal', member];
  if (section === 'scoring' && member === 'items' && typeof index === 'number') {
    const key = current.scoring?.items[index]?.key;
    const at = (proposal.itemMinimums ?? []).findIndex((minimum) => minimum.key === key);
    if (at >= 0) return ['proposal', 'itemMinimums', at, ...(field === undefined ? [] : [field])];
    return ['proposal', 'itemMinimums'];
  }
  if (section === 'hours') return ['proposal', 'hours', ...rulesPath.slice(1)];
  if (section === 'completion' && member === 'threshold') return ['proposal', 'completionThreshold'];
  if (section === 'completion' && member === 'population') return ['proposal', 'completionPopulation'];
  return ['proposal'];
}

// ── One teacher ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** One rule set as the verdicts read it: the rules and the programme's study phase. */
export interface RulesSide {
  rules: ProgrammeRules;
  phase: ScorePhase;
}

/** What is known of one enrolment: who, where, and the facts the rules read. */
export interface TeacherFacts {
  enrolmentId: string;
  teacherId: string;
  teacherName: string;
  login: string;
  schoolId: string;
  classId: string | null;
  /** The counted facts of the score (null: none loaded, the programme scores nothing or nothing was done). */
  score: ScoreFacts | null;
  /** The ledger's sums by category and state (empty when hours do not count toward qualification). */
  creditSums: readonly CreditSums[];
  /** Whether the teacher finished their allocated peer reviews; null when the programme does not gate hours on them. */
  peerReviewsDone: boolean | null;
  evidence: QualificationFacts['evidence'];
  schoolStudy: QualificationFacts['schoolStudy'];
}

/** One teacher now and under the proposal. */
export interface TeacherOutcome {
  enrolmentId: string;
  teacherId: string;
  teacherName: string;
  login: string;
  schoolId: string;
  classId: string | null;
  /** The score's total and verdict; null when the programme scores nothing. */
  scoreNow: { total: number; verdict: Verdict } | null;
  scoreProposed: { total: number; verdict: Verdict } | null;
  qualifiedNow: boolean;
  qualifiedProposed: boolean;
}

type ScoreOf = (facts: ScoreFacts) => ReturnType<typeof scoreOf> | null;

function verdictsUnder(side: RulesSide, facts: TeacherFacts, scoreFn?: ScoreOf) {
  const { rules, phase } = side;
  const scoreFacts = facts.score ?? NO_FACTS;
  const score = scoreFn ? scoreFn(scoreFacts) : rules.scoring ? scoreOf(rules.scoring, scoreFacts, phase) : null;
  const hours = rules.hours
    ? hoursVerdict(rules.hours, hoursFactsOf(facts.creditSums, rules.hours, facts.peerReviewsDone))
    : null;
  const { qualified } = qualify(rules, {
    score,
    hours,
    evidence: facts.evidence,
    schoolStudy: facts.schoolStudy,
  });
  return { score: score ? { total: score.total, verdict: score.verdict } : null, qualified };
}

/** The teacher's score verdict and qualification under the current rules and under the proposal. */
export function outcomeOf(facts: TeacherFacts, now: RulesSide, proposed: RulesSide): TeacherOutcome {
  return outcomeFrom(facts, verdictsUnder(now, facts), verdictsUnder(proposed, facts));
}

/** Most distinct score facts a judge remembers the scores of (a bound on its memory, not on the teachers). */
export const SCORE_MEMO_SIZE = 4096;

const factsKey = (f: ScoreFacts) =>
  `${f.creditedMinutes}|${f.requiredCourseMinutes}|${f.workshopParticipations}|${f.countedShares}|` +
  `${f.completedGroupActivities}|${f.groupHours}|${JSON.stringify(f.marks)}`;

/** `scoreOf` under one side, remembered for up to SCORE_MEMO_SIZE distinct facts (it is pure: equal facts, equal score). */
function memoScore(side: RulesSide): ScoreOf {
  const memo = new Map<string, ReturnType<typeof scoreOf>>();
  const scheme = side.rules.scoring;
  return (facts) => {
    if (!scheme) return null;
    const key = factsKey(facts);
    let score = memo.get(key);
    if (!score) {
      score = scoreOf(scheme, facts, side.phase);
      if (memo.size >= SCORE_MEMO_SIZE) memo.clear();
      memo.set(key, score);
    }
    return score;
  };
}

/**
 * A judge for a stream: `outcomeOf` with each side's scores remembered per distinct facts, so a district whose
 * teachers share their counts (most do) is scored once per kind of teacher. Same outcomes as `outcomeOf`.
 */
export function createJudge(now: RulesSide, proposed: RulesSide): (facts: TeacherFacts) => TeacherOutcome {
  const scoreNow = memoScore(now);
  const scoreProposed = memoScore(proposed);
  return (facts) => {
    const before = verdictsUnder(now, facts, scoreNow);
    const after = verdictsUnder(proposed, facts, scoreProposed);
    return outcomeFrom(facts, before, after);
  };
}

function outcomeFrom(
  facts: TeacherFacts,
  before: ReturnType<typeof verdictsUnder>,
  after: ReturnType<typeof verdictsUnder>,
): TeacherOutcome {
  return {
    enrolmentId: facts.enrolmentId,
    teacherId: facts.teacherId,
    teacherName: facts.teacherName,
    login: facts.login,
    schoolId: facts.schoolId,
    classId: facts.classId,
    scoreNow: before.score,
    scoreProposed: after.score,
    qualifiedNow: before.qualified,
    qualifiedProposed: after.qualified,
  };
}

/** Whether the proposal would change the teacher's score verdict or qualification. */
export const verdictChanges = (outcome: TeacherOutcome): boolean =>
  outcome.scoreNow?.verdict !== outcome.scoreProposed?.verdict || outcome.qualifiedNow !== outcome.qualifiedProposed;

// ── Tallies ─────────────────────────────────────────────────────────────────────────────────────────────────────────

/** Teachers of a school (or a district) now and under the proposal. */
export interface Tally {
  teachers: number;
  /** Score verdict PASSED. */
  passedNow: number;
  passedProposed: number;
  /** Qualified (合格). */
  qualifiedNow: number;
  qualifiedProposed: number;
  /** Teachers whose score verdict or qualification would change. */
  changed: number;
}

export const emptyTally = (): Tally => ({
  teachers: 0,
  passedNow: 0,
  passedProposed: 0,
  qualifiedNow: 0,
  qualifiedProposed: 0,
  changed: 0,
});

/** Counts one teacher into a tally. */
export function countInto(tally: Tally, outcome: TeacherOutcome): void {
  tally.teachers += 1;
  if (outcome.scoreNow?.verdict === 'PASSED') tally.passedNow += 1;
  if (outcome.scoreProposed?.verdict === 'PASSED') tally.passedProposed += 1;
  if (outcome.qualifiedNow) tally.qualifiedNow += 1;
  if (outcome.qualifiedProposed) tally.qualifiedProposed += 1;
  if (verdictChanges(outcome)) tally.changed += 1;
}

/** The sum of tallies. */
export function sumTallies(tallies: Iterable<Tally>): Tally {
  const sum = emptyTally();
  for (const tally of tallies) for (const key of Object.keys(sum) as Array<keyof Tally>) sum[key] += tally[key];
  return sum;
}

// ── The stream's accumulator ────────────────────────────────────────────────────────────────────────────────────────

/** Everything the preview keeps while the teachers stream by: bounded by schools, classes and one page. */
export interface PreviewAccumulator {
  bySchool: Map<string, Tally>;
  /** Enrolled teachers per class (the excellent quota's base), with the class's school. */
  byClass: Map<string, { schoolId: string; enrolled: number }>;
  /** The changed teachers after the cursor, in enrolment order: at most `first + 1` (the extra one says there is more). */
  page: TeacherOutcome[];
  first: number;
  after: string | null;
  /** The last enrolment id seen: the stream must come in ascending order. */
  last: string | null;
}

export function createAccumulator(page: { first: number; after: string | null }): PreviewAccumulator {
  return { bySchool: new Map(), byClass: new Map(), page: [], first: page.first, after: page.after, last: null };
}

/** Takes one teacher of the stream (enrolment ids ascending). */
export function accumulate(acc: PreviewAccumulator, outcome: TeacherOutcome): void {
  if (acc.last !== null && outcome.enrolmentId <= acc.last)
    throw new Error(`rules preview: enrolments out of order (${outcome.enrolmentId} after ${acc.last})`);
  acc.last = outcome.enrolmentId;
  let tally = acc.bySchool.get(outcome.schoolId);
  if (!tally) {
    tally = emptyTally();
    acc.bySchool.set(outcome.schoolId, tally);
  }
  countInto(tally, outcome);
  if (outcome.classId) {
    const klass = acc.byClass.get(outcome.classId) ?? { schoolId: outcome.schoolId, enrolled: 0 };
    klass.enrolled += 1;
    acc.byClass.set(outcome.classId, klass);
  }
  if (
    verdictChanges(outcome) &&
    acc.page.length <= acc.first &&
    (acc.after === null || outcome.enrolmentId > acc.after)
  )
    acc.page.push(outcome);
}

/** A page of the changed teachers: at most `first`, whether more follow, and the cursors. */
export interface ChangedPage {
  nodes: TeacherOutcome[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export function changedPage(acc: PreviewAccumulator): ChangedPage {
  const nodes = acc.page.slice(0, acc.first);
  const last = nodes.at(-1);
  return {
    nodes,
    hasNextPage: acc.page.length > acc.first,
    hasPreviousPage: acc.after !== null,
    startCursor: nodes[0] ? cursorOf(nodes[0].enrolmentId) : null,
    endCursor: last ? cursorOf(last.enrolmentId) : null,
  };
}

// The cursor of a changed teacher is their enrolment id, written as the API's other id cursors are.
const CURSOR_PREFIX = 'GPC:S:';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const cursorOf = (enrolmentId: string): string =>
  Buffer.from(`${CURSOR_PREFIX}${enrolmentId}`).toString('base64');

/** The enrolment id of a cursor this preview issued; null for anything else. */
export function enrolmentOfCursor(cursor: string): string | null {
  if (cursor.length > 80 || !/^[A-Za-z0-9+/=_-]*$/.test(cursor)) return null;
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX)) return null;
  const id = text.slice(CURSOR_PREFIX.length);
  return UUID.test(id) ? id : null;
}

// ── Schools and classes ─────────────────────────────────────────────────────────────────────────────────────────────

export type Crossing = 'UP' | 'DOWN' | 'NONE';

/** Whether a school crosses the completion threshold: UP when it becomes eligible, DOWN when it stops being so. */
export const crossingOf = (eligibleNow: boolean, eligibleProposed: boolean): Crossing =>
  eligibleNow === eligibleProposed ? 'NONE' : eligibleProposed ? 'UP' : 'DOWN';

/** A school's completion (整校推进) now and under the proposal. */
export interface SchoolCompletionPreview {
  now: CompletionRate & { threshold: number };
  proposed: CompletionRate & { threshold: number };
  crossing: Crossing;
}

export function schoolCompletionOf(
  tally: Tally,
  fullTimeTeachers: number | null,
  now: Pick<CompletionRules, 'threshold' | 'population'>,
  proposed: Pick<CompletionRules, 'threshold' | 'population'>,
): SchoolCompletionPreview {
  const rateNow = completionRate(
    { qualified: tally.qualifiedNow, enrolled: tally.teachers, fullTime: fullTimeTeachers },
    now,
  );
  const rateProposed = completionRate(
    { qualified: tally.qualifiedProposed, enrolled: tally.teachers, fullTime: fullTimeTeachers },
    proposed,
  );
  return {
    now: { ...rateNow, threshold: now.threshold },
    proposed: { ...rateProposed, threshold: proposed.threshold },
    crossing: crossingOf(rateNow.eligible, rateProposed.eligible),
  };
}

/** A class's excellent-trainee places now and under the proposal (rate × enrolled, rounded down), and those taken. */
export interface ClassPlaces {
  enrolled: number;
  placesNow: number;
  placesProposed: number;
  /** NOMINATED or CONFIRMED nominations. */
  taken: number;
  /** Nominations beyond the proposed places (the district would have to withdraw some). */
  overProposed: number;
}

export function classPlacesOf(
  enrolled: number,
  rateNow: number | null,
  rateProposed: number | null,
  taken: number,
): ClassPlaces {
  const placesNow = rateNow === null ? 0 : excellentQuota(rateNow, enrolled);
  const placesProposed = rateProposed === null ? 0 : excellentQuota(rateProposed, enrolled);
  return { enrolled, placesNow, placesProposed, taken, overProposed: Math.max(0, taken - placesProposed) };
}
