/**
 * Course rules, pure: the limits of a course's fields, the spellings a spreadsheet may use for its enums, and how
 * the rows of an imported course list become creations and updates (upsert by code). The caller loads what
 * exists; nothing is written when any row fails.
 */
import { startsLikeFormula } from '../../api/spreadsheet/safe-cell.js';

export type CourseKindValue = 'OVERVIEW' | 'THEORY' | 'PRACTICE' | 'CASE' | 'SPECIFICATION';
export type CourseMediaValue = 'VIDEO' | 'DOCUMENT';
export type CourseRequirementValue = 'REQUIRED' | 'ELECTIVE';
export type SchoolStageValue = 'KINDERGARTEN' | 'PRIMARY' | 'JUNIOR_SECONDARY' | 'SENIOR_SECONDARY' | 'VOCATIONAL';

/** Longest course title, in characters. */
export const MAX_TITLE_LENGTH = 200;
/** Longest module or subject name, in characters. */
export const MAX_LABEL_LENGTH = 50;
/** Longest course code (the import's key), in characters: letters, digits, ".", "_" or "-". */
export const MAX_CODE_LENGTH = 64;
export const COURSE_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** A course lasts (or reads) 1 second to 24 hours. */
export const MAX_DURATION_SECONDS = 86_400;
/** Largest position in a programme's list. */
export const MAX_POSITION = 1_000_000;

/** Spellings accepted in a spreadsheet (compared without case and surrounding spaces), by value. */
export const KIND_NAMES: Record<CourseKindValue, readonly string[]> = {
  OVERVIEW: ['overview', '概述', '导学', '概览'],
  THEORY: ['theory', '理论', '理论学习'],
  PRACTICE: ['practice', '实践', '实操', '实践操作'],
  CASE: ['case', '案例', '案例分析'],
  SPECIFICATION: ['specification', '规范', '规范要求', '标准'],
};
export const MEDIA_NAMES: Record<CourseMediaValue, readonly string[]> = {
  VIDEO: ['video', '视频'],
  DOCUMENT: ['document', '文档', '文本', '图文'],
};
export const REQUIREMENT_NAMES: Record<CourseRequirementValue, readonly string[]> = {
  REQUIRED: ['required', '必修'],
  ELECTIVE: ['elective', '选修'],
};
export const STAGE_NAMES: Record<SchoolStageValue, readonly string[]> = {
  KINDERGARTEN: ['kindergarten', '幼儿园', '学前'],
  PRIMARY: ['primary', '小学'],
  JUNIOR_SECONDARY: ['junior_secondary', 'juniorsecondary', '初中'],
  SENIOR_SECONDARY: ['senior_secondary', 'seniorsecondary', '高中'],
  VOCATIONAL: ['vocational', '中职', '职业教育'],
};

/** The value a spreadsheet spelling names, or null. */
export function spelledValue<V extends string>(names: Record<V, readonly string[]>, text: string): V | null {
  const wanted = text.trim().toLowerCase();
  for (const [value, spellings] of Object.entries(names) as Array<[V, readonly string[]]>)
    if (value.toLowerCase() === wanted || spellings.includes(wanted)) return value;
  return null;
}

/** Everything a course holds besides its programme. */
export interface CourseFields {
  code: string;
  title: string;
  kind: CourseKindValue;
  media: CourseMediaValue;
  durationSeconds: number;
  requirement: CourseRequirementValue;
  competencyId: string | null;
  module: string | null;
  stage: SchoolStageValue | null;
  subject: string | null;
  position: number;
}

/** One row of an imported course list: every cell as text (untrimmed), blank when not given. */
export interface CourseRow {
  /** Spreadsheet row number (1-based; the header is a row). */
  row: number;
  code: string;
  title: string;
  kind: string;
  media: string;
  /** Seconds (a video's length or a document's reading time); or give durationMinutes. */
  durationSeconds: string;
  durationMinutes: string;
  requirement: string;
  /** A competency code of the programme's catalogue ("A1"), blank for none. */
  competency: string;
  module: string;
  stage: string;
  subject: string;
  position: string;
}

export type CourseRowErrorCode =
  | 'MISSING_FIELD'
  | 'INVALID_VALUE'
  | 'FORMULA_LIKE_VALUE'
  | 'DUPLICATE_ROW'
  | 'UNKNOWN_COMPETENCY'
  | 'COURSE_IN_PROGRESS';

export type CourseRowOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'ERROR';

/** A course as stored, for comparison with a row. */
export interface ExistingCourse extends CourseFields {
  id: string;
  /** True when some teacher has credited time on it (its requirement is then fixed). */
  hasProgress: boolean;
}

export interface CourseImportContext {
  /** The programme's courses by code. */
  existing: ReadonlyMap<string, ExistingCourse>;
  /** The programme's catalogue's competencies: code → id. */
  competencies: ReadonlyMap<string, string>;
}

export interface PlannedCourseRow {
  row: number;
  code: string;
  outcome: CourseRowOutcome;
  errorCode: CourseRowErrorCode | null;
  /** Catalogue key (`COURSE_ROW.*`) and its parameters for the row's message; null when there is nothing to say. */
  message: { key: string; params: Record<string, string | number> } | null;
  /** What to write: a new course (id null) or the changed course; null when nothing is written. */
  write: { id: string | null; fields: CourseFields } | null;
}

const FREE_TEXT = ['code', 'title', 'module', 'subject'] as const;

/** A whole number in 1..max from text, or null. */
function wholeNumber(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,9}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}

/** Reads one row into course fields (without the database), or its error. */
export function parseCourseRow(
  input: CourseRow,
  competencies: ReadonlyMap<string, string>,
):
  | { fields: Omit<CourseFields, 'position'> & { position: number | null } }
  | { error: CourseRowErrorCode; key: string; params: Record<string, string | number> } {
  const fail = (error: CourseRowErrorCode, key: string, params: Record<string, string | number> = {}) => ({
    error,
    key,
    params,
  });
  for (const field of ['code', 'title', 'kind', 'media', 'requirement'] as const)
    if (!input[field].trim()) return fail('MISSING_FIELD', 'COURSE_ROW.missing', { field });
  if (!input.durationSeconds.trim() && !input.durationMinutes.trim())
    return fail('MISSING_FIELD', 'COURSE_ROW.missing', { field: 'durationSeconds' });
  const formula = FREE_TEXT.find((field) => startsLikeFormula(input[field]));
  if (formula) return fail('FORMULA_LIKE_VALUE', 'COURSE_ROW.formulaLike', { field: formula });
  const code = input.code.trim();
  if (!COURSE_CODE_PATTERN.test(code)) return fail('INVALID_VALUE', 'COURSE_ROW.code', { value: code });
  const title = input.title.trim();
  if (title.length > MAX_TITLE_LENGTH)
    return fail('INVALID_VALUE', 'COURSE_ROW.tooLong', { field: 'title', max: MAX_TITLE_LENGTH });
  const kind = spelledValue(KIND_NAMES, input.kind);
  if (!kind) return fail('INVALID_VALUE', 'COURSE_ROW.enum', { field: 'kind', value: input.kind.trim() });
  const media = spelledValue(MEDIA_NAMES, input.media);
  if (!media) return fail('INVALID_VALUE', 'COURSE_ROW.enum', { field: 'media', value: input.media.trim() });
  const requirement = spelledValue(REQUIREMENT_NAMES, input.requirement);
  if (!requirement)
    return fail('INVALID_VALUE', 'COURSE_ROW.enum', { field: 'requirement', value: input.requirement.trim() });
  let durationSeconds: number | null;
  if (input.durationSeconds.trim()) {
    durationSeconds = wholeNumber(input.durationSeconds, 1, MAX_DURATION_SECONDS);
    if (durationSeconds === null)
      return fail('INVALID_VALUE', 'COURSE_ROW.duration', {
        value: input.durationSeconds.trim(),
        max: MAX_DURATION_SECONDS,
      });
  } else {
    const minutes = wholeNumber(input.durationMinutes, 1, MAX_DURATION_SECONDS / 60);
    if (minutes === null)
      return fail('INVALID_VALUE', 'COURSE_ROW.duration', {
        value: input.durationMinutes.trim(),
        max: MAX_DURATION_SECONDS,
      });
    durationSeconds = minutes * 60;
  }
  let stage: SchoolStageValue | null = null;
  if (input.stage.trim()) {
    stage = spelledValue(STAGE_NAMES, input.stage);
    if (!stage) return fail('INVALID_VALUE', 'COURSE_ROW.enum', { field: 'stage', value: input.stage.trim() });
  }
  const labels: Record<'module' | 'subject', string | null> = { module: null, subject: null };
  for (const field of ['module', 'subject'] as const) {
    const value = input[field].trim();
    if (value.length > MAX_LABEL_LENGTH)
      return fail('INVALID_VALUE', 'COURSE_ROW.tooLong', { field, max: MAX_LABEL_LENGTH });
    labels[field] = value || null;
  }
  let competencyId: string | null = null;
  if (input.competency.trim()) {
    competencyId = competencies.get(input.competency.trim()) ?? null;
    if (!competencyId)
      return fail('UNKNOWN_COMPETENCY', 'COURSE_ROW.unknownCompetency', { code: input.competency.trim() });
  }
  let position: number | null = null;
  if (input.position.trim()) {
    position = wholeNumber(input.position, 0, MAX_POSITION);
    if (position === null)
      return fail('INVALID_VALUE', 'COURSE_ROW.position', { value: input.position.trim(), max: MAX_POSITION });
  }
  return {
    fields: { code, title, kind, media, durationSeconds, requirement, competencyId, stage, position, ...labels },
  };
}

const COMPARED = [
  'title',
  'kind',
  'media',
  'durationSeconds',
  'requirement',
  'competencyId',
  'module',
  'stage',
  'subject',
  'position',
] as const satisfies ReadonlyArray<keyof CourseFields>;

/** Fields credited minutes rest on: fixed once a teacher has credited time on the course. */
export const CREDIT_FIELDS: ReadonlyArray<(typeof COMPARED)[number]> = ['requirement', 'media', 'durationSeconds'];

/**
 * Decides every row of a course list: a new code creates a course (position: the one given, else the row number),
 * a known code updates the fields that differ (a blank position keeps the stored one). A code given twice, or a
 * change of requirement of a course some teacher has progress on, fails the row.
 */
export function planCourseImport(rows: readonly CourseRow[], context: CourseImportContext): PlannedCourseRow[] {
  const seen = new Map<string, number>();
  return rows.map((input): PlannedCourseRow => {
    const code = input.code.trim();
    const parsed = parseCourseRow(input, context.competencies);
    const error = (errorCode: CourseRowErrorCode, key: string, params: Record<string, string | number>) => ({
      row: input.row,
      code,
      outcome: 'ERROR' as const,
      errorCode,
      message: { key, params },
      write: null,
    });
    if ('error' in parsed) return error(parsed.error, parsed.key, parsed.params);
    const earlier = seen.get(code);
    if (earlier !== undefined) return error('DUPLICATE_ROW', 'COURSE_ROW.duplicate', { code, row: earlier });
    seen.set(code, input.row);
    const existing = context.existing.get(code);
    if (!existing) {
      const fields: CourseFields = { ...parsed.fields, position: parsed.fields.position ?? input.row };
      return { row: input.row, code, outcome: 'CREATED', errorCode: null, message: null, write: { id: null, fields } };
    }
    const fields: CourseFields = { ...parsed.fields, position: parsed.fields.position ?? existing.position };
    const changed = COMPARED.filter((field) => fields[field] !== existing[field]);
    if (changed.length === 0)
      return { row: input.row, code, outcome: 'UNCHANGED', errorCode: null, message: null, write: null };
    if (existing.hasProgress && changed.some((field) => CREDIT_FIELDS.includes(field)))
      return error('COURSE_IN_PROGRESS', 'COURSE_ROW.inProgress', { code });
    return {
      row: input.row,
      code,
      outcome: 'UPDATED',
      errorCode: null,
      message: { key: 'COURSE_ROW.changed', params: { changes: changed.join(', ') } },
      write: { id: existing.id, fields },
    };
  });
}

/** Whole minutes credited from seconds (rounded down: a minute counts once fully watched). */
export const creditedMinutes = (seconds: number) => Math.floor(seconds / 60);
