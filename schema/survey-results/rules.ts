/**
 * Pure rules of survey results: rounding, shaping the grouped counts SQL returns into per-question results,
 * suppression of small groups of anonymous surveys, self-assessment groupings and the selection suggestions. No
 * Prisma, no GraphQL: resolvers load the grouped counts and call these.
 */

/** Decimal places of a share (0..1): 0.3333. */
export const SHARE_DECIMALS = 4;
/** Decimal places of a mean rating: 3.67. */
export const MEAN_DECIMALS = 2;

/** Half away from zero at `decimals` places, without binary drift (1.005 → 1.01). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(Number(scaled.toPrecision(12))) / factor;
  return value < 0 ? -rounded : rounded;
}

/** count ÷ total as a share between 0 and 1 (4 decimals); 0 when nobody answered. */
export function shareOf(count: number, total: number): number {
  return total > 0 ? roundTo(count / total, SHARE_DECIMALS) : 0;
}

/** sum ÷ count as a mean rating (2 decimals); null when nobody rated. */
export function meanOf(sum: number, count: number): number | null {
  return count > 0 ? roundTo(sum / count, MEAN_DECIMALS) : null;
}

export type QuestionKind = 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'SCALE' | 'MATRIX' | 'TEXT';

export interface LabelledKey {
  key: string;
  label: string;
}

/** A question as results need it. */
export interface QuestionSpec {
  id: string;
  key: string;
  position: number;
  prompt: string;
  kind: QuestionKind;
  options: readonly LabelledKey[];
  rows: readonly LabelledKey[];
  scaleMin: number;
  scaleMax: number;
  competencyId: string | null;
  dimensionId: string | null;
}

/** The grouped counts of one result set (one group, or the whole survey), as SQL's GROUP BY gives them. */
export interface GroupCounts {
  respondents: number;
  /** Per question: responses with at least one answer row. */
  answered: Map<string, number>;
  /** Per question and option key: answer rows. */
  options: Map<string, Map<string, number>>;
  /** Per question, row key ('' for SCALE) and value: answer rows. */
  values: Map<string, Map<string, Map<number, number>>>;
  /** Self-assessments: per grouping (dimension), responses rating at least one of its items. */
  groupings: Map<string, number>;
}

export const emptyCounts = (): GroupCounts => ({
  respondents: 0,
  answered: new Map(),
  options: new Map(),
  values: new Map(),
  groupings: new Map(),
});

/** One grouped row of the aggregate statement. */
export type CountRow =
  | { part: 'R'; n: number }
  | { part: 'A'; questionId: string; n: number }
  | { part: 'O'; questionId: string; optionKey: string; n: number }
  | { part: 'V'; questionId: string; rowKey: string | null; value: number; n: number }
  | { part: 'D'; dimensionId: string; n: number };

/** Adds one grouped row to a group's counts. */
export function addCountRow(counts: GroupCounts, row: CountRow): void {
  switch (row.part) {
    case 'R':
      counts.respondents += row.n;
      return;
    case 'A':
      counts.answered.set(row.questionId, (counts.answered.get(row.questionId) ?? 0) + row.n);
      return;
    case 'O': {
      const byOption = counts.options.get(row.questionId) ?? new Map<string, number>();
      byOption.set(row.optionKey, (byOption.get(row.optionKey) ?? 0) + row.n);
      counts.options.set(row.questionId, byOption);
      return;
    }
    case 'V': {
      const byRow = counts.values.get(row.questionId) ?? new Map<string, Map<number, number>>();
      const rowKey = row.rowKey ?? '';
      const byValue = byRow.get(rowKey) ?? new Map<number, number>();
      byValue.set(row.value, (byValue.get(row.value) ?? 0) + row.n);
      byRow.set(rowKey, byValue);
      counts.values.set(row.questionId, byRow);
      return;
    }
    case 'D':
      counts.groupings.set(row.dimensionId, (counts.groupings.get(row.dimensionId) ?? 0) + row.n);
      return;
  }
}

export interface ValueCount {
  value: number;
  count: number;
  share: number;
}

export interface OptionResult {
  key: string;
  label: string;
  count: number;
  share: number;
}

export interface RatingResult {
  answered: number;
  mean: number | null;
  distribution: ValueCount[];
}

export interface RowResult extends RatingResult {
  key: string;
  label: string;
}

export interface QuestionResult {
  question: QuestionSpec;
  answered: number;
  /** Choice questions: every listed option in order, with its count and share of `answered`. */
  options: OptionResult[];
  /** SCALE: the ratings; null for other kinds. */
  rating: RatingResult | null;
  /** MATRIX: every listed row in order. */
  rows: RowResult[];
}

/**
 * Ratings from scaleMin to scaleMax with their counts and shares of those who rated; the mean from the counts.
 * Ratings outside the scale (none are accepted when answering) are not counted.
 */
export function ratingOf(byValue: ReadonlyMap<number, number> | undefined, scaleMin: number, scaleMax: number) {
  let answered = 0;
  let sum = 0;
  for (let value = scaleMin; value <= scaleMax; value += 1) {
    const count = byValue?.get(value) ?? 0;
    answered += count;
    sum += value * count;
  }
  const distribution: ValueCount[] = [];
  for (let value = scaleMin; value <= scaleMax; value += 1) {
    const count = byValue?.get(value) ?? 0;
    distribution.push({ value, count, share: shareOf(count, answered) });
  }
  return { answered, mean: meanOf(sum, answered), distribution };
}

/**
 * One question's result from a group's counts. Shares of choice options are of the respondents who answered the
 * question (a MULTIPLE_CHOICE question's shares may add up to more than 1); options no longer listed are not counted.
 */
export function questionResult(question: QuestionSpec, counts: GroupCounts): QuestionResult {
  const answered = counts.answered.get(question.id) ?? 0;
  const base = { question, answered, options: [] as OptionResult[], rating: null, rows: [] as RowResult[] };
  switch (question.kind) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE': {
      const byOption = counts.options.get(question.id);
      return {
        ...base,
        options: question.options.map((option) => {
          const count = byOption?.get(option.key) ?? 0;
          return { key: option.key, label: option.label, count, share: shareOf(count, answered) };
        }),
      };
    }
    case 'SCALE':
      return {
        ...base,
        rating: ratingOf(counts.values.get(question.id)?.get(''), question.scaleMin, question.scaleMax),
      };
    case 'MATRIX': {
      const byRow = counts.values.get(question.id);
      return {
        ...base,
        rows: question.rows.map((row) => ({
          key: row.key,
          label: row.label,
          ...ratingOf(byRow?.get(row.key), question.scaleMin, question.scaleMax),
        })),
      };
    }
    case 'TEXT':
      return base;
  }
}

/**
 * Audience members within the group at `path`: those whose school, or class, lies in its subtree (a class's members by
 * their class, a school's and a district's by their school).
 */
export function audienceWithin(
  members: ReadonlyArray<{ schoolPath: string; classPath: string | null; members: number }>,
  path: string,
): number {
  return members
    .filter((group) => group.schoolPath.startsWith(path) || (group.classPath?.startsWith(path) ?? false))
    .reduce((sum, group) => sum + group.members, 0);
}

/**
 * Whether a group's results are withheld by the first rule: an anonymous survey's group with fewer respondents than
 * its minimum group size (a small class could otherwise be told apart). Named surveys are never suppressed.
 */
export function isSuppressed(survey: { anonymous: boolean; minGroupSize: number }, respondents: number): boolean {
  return survey.anonymous && respondents < survey.minGroupSize;
}

/** Respondents of an anonymous survey counted by school and class (the finest cells results are counted in). */
export interface Cell {
  schoolPath: string;
  classPath: string | null;
  n: number;
}

/**
 * The groups of an anonymous survey whose results are withheld: the survey's audience (`rootPath`), its schools and
 * its classes, as paths.
 *
 * First, every group with fewer respondents than `minGroupSize`. Then the complementary rule, so that no small group
 * can be worked out by subtraction (a district's figures minus its shown schools' are the hidden schools' figures):
 * for every shown group, the respondents not inside one of its shown subgroups must be none or at least
 * `minGroupSize`; while they are not, its smallest shown subgroup (then by path) is withheld too. Groups are settled
 * deepest first, so each group's check sees its subgroups' final state.
 */
export function suppressedGroups(rootPath: string, cells: readonly Cell[], minGroupSize: number): Set<string> {
  const sizes = new Map<string, number>([[rootPath, 0]]);
  const add = (path: string, n: number) => sizes.set(path, (sizes.get(path) ?? 0) + n);
  for (const cell of cells) {
    if (!cell.schoolPath.startsWith(rootPath) && !(cell.classPath ?? '').startsWith(rootPath)) continue;
    add(rootPath, cell.n);
    if (cell.schoolPath !== rootPath && cell.schoolPath.startsWith(rootPath)) add(cell.schoolPath, cell.n);
    if (cell.classPath && cell.classPath !== rootPath) add(cell.classPath, cell.n);
  }
  const nodes = [...sizes.keys()];
  const suppressed = new Set(nodes.filter((path) => (sizes.get(path) ?? 0) < minGroupSize));
  const inside = (path: string, outer: string) => path !== outer && path.startsWith(outer);
  /** The shown groups strictly inside `outer` that no other shown group strictly inside `outer` contains. */
  const maximalShown = (outer: string) => {
    const shown = nodes.filter((path) => inside(path, outer) && !suppressed.has(path));
    return shown.filter((path) => !shown.some((other) => inside(path, other)));
  };
  for (const group of [...nodes].sort((a, b) => b.length - a.length || a.localeCompare(b))) {
    if (suppressed.has(group)) continue;
    for (;;) {
      const covered = maximalShown(group);
      const uncovered = (sizes.get(group) ?? 0) - covered.reduce((sum, path) => sum + (sizes.get(path) ?? 0), 0);
      if (uncovered === 0 || uncovered >= minGroupSize || covered.length === 0) break;
      const smallest = [...covered].sort((a, b) => (sizes.get(a) ?? 0) - (sizes.get(b) ?? 0) || a.localeCompare(b))[0];
      suppressed.add(smallest as string);
    }
  }
  return suppressed;
}

/** A group's results, or its suppression. */
export interface GroupResult {
  suppressed: boolean;
  respondents: number | null;
  questions: QuestionResult[];
}

export function groupResult(suppressed: boolean, questions: readonly QuestionSpec[], counts: GroupCounts): GroupResult {
  if (suppressed) return { suppressed: true, respondents: null, questions: [] };
  return {
    suppressed: false,
    respondents: counts.respondents,
    questions: questions.map((question) => questionResult(question, counts)),
  };
}

// Self-assessments -----------------------------------------------------------------------------------------------

export interface FrameworkItem {
  competencyId: string;
  dimensionId: string;
  code: string;
  nameZh: string;
  nameEn: string;
  position: number;
}

export interface FrameworkGrouping {
  dimensionId: string;
  code: string;
  nameZh: string;
  nameEn: string;
  position: number;
}

export interface ItemRating {
  item: FrameworkItem;
  /** The question rating it (for its scale). */
  questionId: string;
  respondents: number;
  mean: number | null;
  distribution: ValueCount[];
}

export interface GroupingRating {
  grouping: FrameworkGrouping;
  /** Respondents who rated at least one item of the grouping. */
  respondents: number;
  /** Every rating of the grouping's items pooled: Σ ratings ÷ number of ratings. */
  mean: number | null;
  items: ItemRating[];
}

/**
 * A self-assessment's results by grouping: every SCALE question tied to a framework item, grouped by its grouping
 * (dimension or duty) in the framework's order; a grouping's respondents are counted in SQL (`counts.groupings`).
 */
export function selfAssessmentGroupings(
  questions: readonly QuestionSpec[],
  items: ReadonlyMap<string, FrameworkItem>,
  groupings: readonly FrameworkGrouping[],
  counts: GroupCounts,
): GroupingRating[] {
  const rated = questions
    .filter((question) => question.kind === 'SCALE' && question.competencyId && items.has(question.competencyId))
    .map((question) => {
      const item = items.get(question.competencyId as string) as FrameworkItem;
      const byValue = counts.values.get(question.id)?.get('');
      const rating = ratingOf(byValue, question.scaleMin, question.scaleMax);
      let sum = 0;
      for (const entry of rating.distribution) sum += entry.value * entry.count;
      return {
        rating: {
          item,
          questionId: question.id,
          respondents: rating.answered,
          mean: rating.mean,
          distribution: rating.distribution,
        },
        dimensionId: question.dimensionId ?? item.dimensionId,
        sum,
      };
    });
  return [...groupings]
    .sort((a, b) => a.position - b.position)
    .flatMap((grouping) => {
      const mine = rated
        .filter((entry) => entry.dimensionId === grouping.dimensionId)
        .sort((a, b) => a.rating.item.position - b.rating.item.position);
      if (mine.length === 0) return [];
      const ratings = mine.reduce((n, entry) => n + entry.rating.respondents, 0);
      const sum = mine.reduce((n, entry) => n + entry.sum, 0);
      return [
        {
          grouping,
          respondents: counts.groupings.get(grouping.dimensionId) ?? 0,
          mean: meanOf(sum, ratings),
          items: mine.map((entry) => entry.rating),
        },
      ];
    });
}

export interface OwnRating {
  competencyId: string;
  code: string;
  position: number;
  rating: number;
  scaleMax: number;
}

export interface RatedPoint extends OwnRating {
  inRange: boolean;
}

/**
 * A teacher's own self-assessment beside the school's range: every rated point in catalogue order with whether the
 * school allows it, and the suggestions: the points in the range, lowest rating first (then catalogue order). A
 * suggestion only, never a rule: selection validity does not read it.
 */
export function rangeSuggestions(
  ratings: readonly OwnRating[],
  range: ReadonlySet<string>,
): { points: RatedPoint[]; suggestions: RatedPoint[] } {
  const points = [...ratings]
    .sort((a, b) => a.position - b.position)
    .map((rating) => ({ ...rating, inRange: range.has(rating.competencyId) }));
  const suggestions = points
    .filter((point) => point.inRange)
    .sort((a, b) => a.rating - b.rating || a.position - b.position);
  return { points, suggestions };
}
