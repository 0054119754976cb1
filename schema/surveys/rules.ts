/**
 * The pure rules of surveys (no Prisma, no GraphQL): the question definition (sections, questions, options, rows,
 * scales) as a zod schema shared by templates and createSurvey; the validation of one person's submitted answers
 * against the questions; the audience rules (which organisation each audience kind is drawn from, who is in it); the
 * window; and who sees a survey.
 */
import { z } from 'zod';

/** API limits of one survey's definition and answers (input caps, not programme numbers). */
export const SURVEY_LIMITS = {
  title: 200,
  description: 2000,
  sections: 20,
  questionsPerSection: 100,
  questions: 200,
  prompt: 500,
  key: 64,
  label: 200,
  options: 50,
  rows: 50,
  /** Longest free-text answer, in characters. */
  text: 2000,
  /** Least respondents a group must have before an anonymous survey's results are shown: 1 to this. */
  minGroupSize: 1000,
} as const;

export const QUESTION_KINDS = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE', 'MATRIX', 'TEXT'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const AUDIENCE_KINDS = [
  'CLASS',
  'SCHOOL_TEACHERS',
  'DISTRICT_TEACHERS',
  'DISTRICT_LEADERS',
  'PROGRAMME_TEACHERS',
] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

/** Ratings are whole numbers from 1 to 5; a question may narrow the range (scaleMin < scaleMax). */
export const SCALE_FLOOR = 1;
export const SCALE_CEILING = 5;

const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const keySchema = z
  .string()
  .trim()
  .min(1)
  .max(SURVEY_LIMITS.key)
  .refine((key) => KEY.test(key), { message: 'VALIDATION.surveyKey' });

const labelled = z.object({ key: keySchema, label: z.string().trim().min(1).max(SURVEY_LIMITS.label) });
export type LabelledKey = z.output<typeof labelled>;

const scaleBound = z.number().int().min(SCALE_FLOOR).max(SCALE_CEILING);

/** One question as authored (templates' JSON and createSurvey's input). */
export const questionSchema = z
  .object({
    key: keySchema,
    kind: z.enum(QUESTION_KINDS),
    prompt: z.string().trim().min(1).max(SURVEY_LIMITS.prompt),
    required: z.boolean().nullish(),
    options: z.array(labelled).max(SURVEY_LIMITS.options).nullish(),
    rows: z.array(labelled).max(SURVEY_LIMITS.rows).nullish(),
    scaleMin: scaleBound.nullish(),
    scaleMax: scaleBound.nullish(),
    maxChoices: z.number().int().min(1).nullish(),
  })
  .superRefine((q, ctx) => {
    const issue = (path: string, message: string, params: Record<string, string | number> = {}) =>
      ctx.addIssue({ code: 'custom', path: [path], message, params: { kind: q.kind, ...params } });
    const choice = q.kind === 'SINGLE_CHOICE' || q.kind === 'MULTIPLE_CHOICE';
    const scaled = q.kind === 'SCALE' || q.kind === 'MATRIX';
    if (choice) {
      if ((q.options?.length ?? 0) < 2) issue('options', 'VALIDATION.surveyOptionsNeeded');
    } else if (q.options?.length) issue('options', 'VALIDATION.surveyNotForKind', { field: 'options' });
    if (q.kind === 'MATRIX') {
      if (!q.rows?.length) issue('rows', 'VALIDATION.surveyRowsNeeded');
    } else if (q.rows?.length) issue('rows', 'VALIDATION.surveyNotForKind', { field: 'rows' });
    if (scaled) {
      const min = q.scaleMin ?? SCALE_FLOOR;
      const max = q.scaleMax ?? SCALE_CEILING;
      if (min >= max) issue('scaleMax', 'VALIDATION.surveyScaleOrder', { min, max });
    } else {
      if (q.scaleMin != null) issue('scaleMin', 'VALIDATION.surveyNotForKind', { field: 'scaleMin' });
      if (q.scaleMax != null) issue('scaleMax', 'VALIDATION.surveyNotForKind', { field: 'scaleMax' });
    }
    if (q.maxChoices != null) {
      if (q.kind !== 'MULTIPLE_CHOICE') issue('maxChoices', 'VALIDATION.surveyNotForKind', { field: 'maxChoices' });
      else if (q.maxChoices > (q.options?.length ?? 0))
        issue('maxChoices', 'VALIDATION.surveyMaxChoices', { max: q.options?.length ?? 0 });
    }
    for (const [field, list] of [
      ['options', q.options],
      ['rows', q.rows],
    ] as const) {
      const seen = new Set<string>();
      for (const [index, item] of (list ?? []).entries()) {
        if (seen.has(item.key))
          ctx.addIssue({
            code: 'custom',
            path: [field, index, 'key'],
            message: 'VALIDATION.givenTwice',
            params: { value: item.key },
          });
        seen.add(item.key);
      }
    }
  });
export type QuestionInput = z.output<typeof questionSchema>;

export const sectionSchema = z.object({
  title: z.string().trim().min(1).max(SURVEY_LIMITS.title),
  description: z.string().trim().max(SURVEY_LIMITS.description).nullish(),
  questions: z.array(questionSchema).min(1).max(SURVEY_LIMITS.questionsPerSection),
});
export type SectionInput = z.output<typeof sectionSchema>;

/** A survey's (or template's) sections; question keys are unique across the survey. */
export const definitionSchema = z
  .object({ sections: z.array(sectionSchema).max(SURVEY_LIMITS.sections) })
  .superRefine((definition, ctx) => {
    const seen = new Set<string>();
    let count = 0;
    for (const [s, section] of definition.sections.entries()) {
      for (const [q, question] of section.questions.entries()) {
        count += 1;
        if (seen.has(question.key))
          ctx.addIssue({
            code: 'custom',
            path: ['sections', s, 'questions', q, 'key'],
            message: 'VALIDATION.givenTwice',
            params: { value: question.key },
          });
        seen.add(question.key);
      }
    }
    if (count > SURVEY_LIMITS.questions)
      ctx.addIssue({
        code: 'custom',
        path: ['sections'],
        message: 'VALIDATION.surveyTooManyQuestions',
        params: { max: SURVEY_LIMITS.questions },
      });
  });
export type DefinitionInput = z.output<typeof definitionSchema>;

/** A question as stored: positions numbered across the survey from 1, scales filled in, unused parts null. */
export interface QuestionRow {
  key: string;
  kind: QuestionKind;
  prompt: string;
  required: boolean;
  position: number;
  options: LabelledKey[] | null;
  rows: LabelledKey[] | null;
  scaleMin: number | null;
  scaleMax: number | null;
  maxChoices: number | null;
}

export interface SectionRow {
  position: number;
  title: string;
  description: string | null;
  questions: QuestionRow[];
}

/** The rows a validated definition is stored as. */
export function layoutDefinition(definition: DefinitionInput): SectionRow[] {
  let position = 0;
  return definition.sections.map((section, index) => ({
    position: index + 1,
    title: section.title,
    description: section.description ?? null,
    questions: section.questions.map((q) => {
      position += 1;
      const scaled = q.kind === 'SCALE' || q.kind === 'MATRIX';
      return {
        key: q.key,
        kind: q.kind,
        prompt: q.prompt,
        required: q.required ?? false,
        position,
        options: q.kind === 'SINGLE_CHOICE' || q.kind === 'MULTIPLE_CHOICE' ? (q.options ?? []) : null,
        rows: q.kind === 'MATRIX' ? (q.rows ?? []) : null,
        scaleMin: scaled ? (q.scaleMin ?? SCALE_FLOOR) : null,
        scaleMax: scaled ? (q.scaleMax ?? SCALE_CEILING) : null,
        maxChoices: q.kind === 'MULTIPLE_CHOICE' ? (q.maxChoices ?? null) : null,
      };
    }),
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// Self-assessments

export interface FrameworkItem {
  id: string;
  code: string;
  nameZh: string;
  dimensionId: string;
}

export interface FrameworkGrouping {
  id: string;
  code: string;
  nameZh: string;
  position: number;
}

/** The sections (one per grouping, in order) and SCALE questions (one per item, in order) of a self-assessment. */
/**
 * A self-assessment's layout: one section per grouping (dimension or duty) in position order, one required SCALE question
 * (1–5) per item in the order given, keyed by the item's code and linked to the item and its grouping.
 */
export function selfAssessmentLayout(
  groupings: readonly FrameworkGrouping[],
  items: readonly FrameworkItem[],
): { sections: SectionRow[]; links: Map<string, { competencyId: string; dimensionId: string }> } {
  let position = 0;
  const links = new Map<string, { competencyId: string; dimensionId: string }>();
  const sections = [...groupings]
    .sort((a, b) => a.position - b.position)
    .map((grouping, index) => ({
      position: index + 1,
      title: grouping.nameZh,
      description: null,
      questions: items
        .filter((item) => item.dimensionId === grouping.id)
        .map((item) => {
          position += 1;
          links.set(item.code, { competencyId: item.id, dimensionId: grouping.id });
          return {
            key: item.code,
            kind: 'SCALE' as const,
            prompt: `${item.code} ${item.nameZh}`.slice(0, SURVEY_LIMITS.prompt),
            required: true,
            position,
            options: null,
            rows: null,
            scaleMin: SCALE_FLOOR,
            scaleMax: SCALE_CEILING,
            maxChoices: null,
          };
        }),
    }))
    .filter((section) => section.questions.length > 0)
    .map((section, index) => ({ ...section, position: index + 1 }));
  return { sections, links };
}

// ---------------------------------------------------------------------------------------------------------------
// Answers

/** A question as the answer check reads it. */
export interface AnswerableQuestion {
  id: string;
  key: string;
  kind: QuestionKind;
  required: boolean;
  options: ReadonlyArray<{ key: string }> | null;
  rows: ReadonlyArray<{ key: string }> | null;
  scaleMin: number | null;
  scaleMax: number | null;
  maxChoices: number | null;
}

/** One submitted answer (the input, after ID decoding). */
export interface SubmittedAnswer {
  questionId: string;
  optionKeys?: readonly string[] | null;
  value?: number | null;
  rows?: ReadonlyArray<{ rowKey: string; value: number }> | null;
  text?: string | null;
}

/** One stored answer value: a chosen option, a rating, a rated matrix row, a text. */
export interface AnswerValue {
  questionId: string;
  optionKey: string | null;
  rowKey: string | null;
  value: number | null;
  text: string | null;
}

export const ANSWER_PROBLEMS = [
  'UNKNOWN_QUESTION',
  'QUESTION_TWICE',
  'REQUIRED',
  'NOT_FOR_KIND',
  'UNKNOWN_OPTION',
  'OPTION_TWICE',
  'ONE_CHOICE',
  'TOO_MANY_CHOICES',
  'OUT_OF_RANGE',
  'UNKNOWN_ROW',
  'ROW_TWICE',
  'ROWS_MISSING',
  'TEXT_TOO_LONG',
] as const;
export type AnswerProblemCode = (typeof ANSWER_PROBLEMS)[number];

/** One problem with a submitted answer set: `index` is the answer's place in the input (null: a missing answer). */
export interface AnswerProblem {
  code: AnswerProblemCode;
  index: number | null;
  /** The part of the answer at fault (optionKeys, value, rows, text), when there is one. */
  field: 'optionKeys' | 'value' | 'rows' | 'text' | 'questionId' | null;
  params: Record<string, string | number>;
}

export type AnswerCheck = { ok: true; values: AnswerValue[] } | { ok: false; problems: AnswerProblem[] };

const blank = (text: string | null | undefined) => text == null || text.trim() === '';

/** True when the answer holds nothing (counts as not answered). */
function isEmpty(answer: SubmittedAnswer): boolean {
  return !answer.optionKeys?.length && answer.value == null && !answer.rows?.length && blank(answer.text);
}

/**
 * Checks one person's answers against the survey's questions: every answer names a question of the survey (once);
 * each holds only what its question's kind takes (options of the question, a rating within its scale, rows of the
 * matrix each once, a text of at most `maxText` characters); a single choice picks one option, a multiple choice at
 * most `maxChoices`; every required question is answered (a required matrix: every row). An empty answer counts as
 * not answered. Returns the values to store, or every problem found.
 */
export function checkAnswers(
  questions: readonly AnswerableQuestion[],
  answers: readonly SubmittedAnswer[],
  maxText: number = SURVEY_LIMITS.text,
): AnswerCheck {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const problems: AnswerProblem[] = [];
  const values: AnswerValue[] = [];
  const answered = new Set<string>();
  const add = (
    code: AnswerProblemCode,
    index: number | null,
    field: AnswerProblem['field'],
    params: AnswerProblem['params'] = {},
  ) => problems.push({ code, index, field, params });

  for (const [index, answer] of answers.entries()) {
    const q = byId.get(answer.questionId);
    if (!q) {
      add('UNKNOWN_QUESTION', index, 'questionId');
      continue;
    }
    const params = { question: q.key };
    if (answered.has(q.id)) {
      add('QUESTION_TWICE', index, 'questionId', params);
      continue;
    }
    answered.add(q.id);
    if (isEmpty(answer)) {
      answered.delete(q.id);
      continue;
    }
    const value = (partial: Partial<AnswerValue>) =>
      values.push({ questionId: q.id, optionKey: null, rowKey: null, value: null, text: null, ...partial });
    const choice = q.kind === 'SINGLE_CHOICE' || q.kind === 'MULTIPLE_CHOICE';
    if (!choice && answer.optionKeys?.length) add('NOT_FOR_KIND', index, 'optionKeys', { ...params, kind: q.kind });
    if (q.kind !== 'SCALE' && answer.value != null) add('NOT_FOR_KIND', index, 'value', { ...params, kind: q.kind });
    if (q.kind !== 'MATRIX' && answer.rows?.length) add('NOT_FOR_KIND', index, 'rows', { ...params, kind: q.kind });
    if (q.kind !== 'TEXT' && !blank(answer.text)) add('NOT_FOR_KIND', index, 'text', { ...params, kind: q.kind });
    const min = q.scaleMin ?? SCALE_FLOOR;
    const max = q.scaleMax ?? SCALE_CEILING;
    const inScale = (rating: number) => Number.isInteger(rating) && rating >= min && rating <= max;

    switch (q.kind) {
      case 'SINGLE_CHOICE':
      case 'MULTIPLE_CHOICE': {
        const keys = answer.optionKeys ?? [];
        const known = new Set((q.options ?? []).map((o) => o.key));
        const seen = new Set<string>();
        for (const key of keys) {
          if (!known.has(key)) add('UNKNOWN_OPTION', index, 'optionKeys', { ...params, option: key });
          else if (seen.has(key)) add('OPTION_TWICE', index, 'optionKeys', { ...params, option: key });
          else {
            seen.add(key);
            value({ optionKey: key });
          }
        }
        if (q.kind === 'SINGLE_CHOICE' && keys.length > 1) add('ONE_CHOICE', index, 'optionKeys', params);
        if (q.kind === 'MULTIPLE_CHOICE' && q.maxChoices != null && seen.size > q.maxChoices)
          add('TOO_MANY_CHOICES', index, 'optionKeys', { ...params, max: q.maxChoices });
        if (keys.length === 0 && q.required) add('REQUIRED', index, 'optionKeys', params);
        break;
      }
      case 'SCALE': {
        if (answer.value == null) {
          if (q.required) add('REQUIRED', index, 'value', params);
        } else if (!inScale(answer.value)) add('OUT_OF_RANGE', index, 'value', { ...params, min, max });
        else value({ value: answer.value });
        break;
      }
      case 'MATRIX': {
        const known = new Set((q.rows ?? []).map((r) => r.key));
        const seen = new Set<string>();
        for (const row of answer.rows ?? []) {
          if (!known.has(row.rowKey)) add('UNKNOWN_ROW', index, 'rows', { ...params, row: row.rowKey });
          else if (seen.has(row.rowKey)) add('ROW_TWICE', index, 'rows', { ...params, row: row.rowKey });
          else if (!inScale(row.value)) add('OUT_OF_RANGE', index, 'rows', { ...params, min, max });
          else {
            seen.add(row.rowKey);
            value({ rowKey: row.rowKey, value: row.value });
          }
        }
        if (q.required && seen.size < known.size && (answer.rows ?? []).every((row) => known.has(row.rowKey)))
          add('ROWS_MISSING', index, 'rows', { ...params, missing: known.size - seen.size });
        break;
      }
      case 'TEXT': {
        const text = (answer.text ?? '').trim();
        if (!text) {
          if (q.required) add('REQUIRED', index, 'text', params);
        } else if ([...text].length > maxText) add('TEXT_TOO_LONG', index, 'text', { ...params, max: maxText });
        else value({ text });
        break;
      }
    }
  }
  for (const q of questions) {
    if (q.required && !answered.has(q.id)) add('REQUIRED', null, null, { question: q.key });
  }
  return problems.length ? { ok: false, problems } : { ok: true, values };
}

// ---------------------------------------------------------------------------------------------------------------
// Audiences

/** The kind of organisation each audience is drawn from. */
export const AUDIENCE_ORGANISATION_KINDS: Record<AudienceKind, readonly string[]> = {
  CLASS: ['CLASS'],
  SCHOOL_TEACHERS: ['SCHOOL'],
  DISTRICT_TEACHERS: ['DISTRICT'],
  DISTRICT_LEADERS: ['DISTRICT'],
  PROGRAMME_TEACHERS: ['SCHOOL', 'DISTRICT'],
};

export type AudienceShapeProblem = 'ORGANISATION_KIND' | 'PROGRAMME_MISSING' | 'PROGRAMME_NOT_FOR_KIND';

/**
 * Whether an audience is well formed: its organisation is of the kind the audience is drawn from (a class; a school;
 * a district; a school or district for a programme's teachers), and a programme is named exactly for
 * PROGRAMME_TEACHERS. Who may publish which audience follows from the action survey:manage over the organisation: a
 * class tutor holds it over their class only, a school admin over their school, a district admin over the district.
 */
export function audienceShapeProblem(
  kind: AudienceKind,
  organisationKind: string,
  hasProgramme: boolean,
): AudienceShapeProblem | null {
  if (!AUDIENCE_ORGANISATION_KINDS[kind].includes(organisationKind)) return 'ORGANISATION_KIND';
  if (kind === 'PROGRAMME_TEACHERS' && !hasProgramme) return 'PROGRAMME_MISSING';
  if (kind !== 'PROGRAMME_TEACHERS' && hasProgramme) return 'PROGRAMME_NOT_FOR_KIND';
  return null;
}

/** A survey's audience as the membership rule reads it. */
export interface Audience {
  kind: AudienceKind;
  organisationId: string;
  /** The audience organisation's path. */
  orgPath: string;
  programmeId: string | null;
}

/** What the membership rule reads of a person: their roles and their enrolments. */
export interface AudienceFacts {
  roles: ReadonlyArray<{ role: string; orgPath: string; organisationKind: string }>;
  enrolments: ReadonlyArray<{
    programmeId: string;
    schoolPath: string;
    classId: string | null;
    classPath: string | null;
  }>;
}

/** Where a member's answers are counted: their school and, when the audience has one, their class. */
export interface Membership {
  schoolPath: string;
  classPath: string | null;
}

/** The path of the organisation above `path` ("/a/b/c/" → "/a/b/"). */
export function parentPath(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return parts.length <= 1 ? '/' : `/${parts.slice(0, -1).join('/')}/`;
}

/** Every path from the top of the tree down to `path` itself ("/a/b/" → ["/a/", "/a/b/"]). */
export function pathPrefixes(path: string): string[] {
  const parts = path.split('/').filter(Boolean);
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}/`);
}

/** The preferred membership of several: one with a class first, then by school path and class path. */
function preferred(candidates: Membership[]): Membership | null {
  const sorted = [...candidates].sort(
    (a, b) =>
      Number(a.classPath === null) - Number(b.classPath === null) ||
      a.schoolPath.localeCompare(b.schoolPath) ||
      (a.classPath ?? '').localeCompare(b.classPath ?? ''),
  );
  return sorted[0] ?? null;
}

/**
 * Whether a person is in a survey's audience, and where their answers count. CLASS: enrolled (in any programme) in the
 * class. SCHOOL_TEACHERS and DISTRICT_TEACHERS: holds TEACHER on an organisation within the audience organisation
 * (the school where it is held counts; a class or group role counts at its school). DISTRICT_LEADERS: holds
 * SCHOOL_ADMIN (principals, 校长) on a school within the district. PROGRAMME_TEACHERS: enrolled in the programme at a
 * school within the audience organisation (their class counts when they have one). The SQL in audience.ts applies the
 * same rule in the database.
 */
export function audienceMatch(audience: Audience, facts: AudienceFacts): Membership | null {
  const within = (path: string) => path.startsWith(audience.orgPath);
  const schoolOf = (role: AudienceFacts['roles'][number]) =>
    role.organisationKind === 'SCHOOL' ? role.orgPath : parentPath(role.orgPath);
  switch (audience.kind) {
    case 'CLASS':
      return preferred(
        facts.enrolments
          .filter((e) => e.classId === audience.organisationId)
          .map((e) => ({ schoolPath: e.schoolPath, classPath: e.classPath })),
      );
    case 'SCHOOL_TEACHERS':
    case 'DISTRICT_TEACHERS':
      return preferred(
        facts.roles
          .filter(
            (r) =>
              r.role === 'TEACHER' && within(r.orgPath) && ['SCHOOL', 'CLASS', 'GROUP'].includes(r.organisationKind),
          )
          .map((r) => ({ schoolPath: schoolOf(r), classPath: null })),
      );
    case 'DISTRICT_LEADERS':
      return preferred(
        facts.roles
          .filter((r) => r.role === 'SCHOOL_ADMIN' && r.organisationKind === 'SCHOOL' && within(r.orgPath))
          .map((r) => ({ schoolPath: r.orgPath, classPath: null })),
      );
    case 'PROGRAMME_TEACHERS':
      return preferred(
        facts.enrolments
          .filter((e) => e.programmeId === audience.programmeId && within(e.schoolPath))
          .map((e) => ({ schoolPath: e.schoolPath, classPath: e.classPath })),
      );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Windows, states, visibility

export type SurveyStatusName = 'DRAFT' | 'PUBLISHED' | 'CLOSED';

export type WindowProblem = 'CLOSES_BEFORE_OPENS' | 'ALREADY_CLOSED';

/** A window is valid when it closes after it opens; publishing also needs it to close in the future. */
export function windowProblem(opensAt: Date, closesAt: Date, now: Date | null = null): WindowProblem | null {
  if (closesAt.getTime() <= opensAt.getTime()) return 'CLOSES_BEFORE_OPENS';
  if (now && closesAt.getTime() <= now.getTime()) return 'ALREADY_CLOSED';
  return null;
}

/** True while a survey takes answers: published, opened and not yet closed (answers may change until then). */
export function isOpen(survey: { status: SurveyStatusName; opensAt: Date; closesAt: Date }, now: Date): boolean {
  return (
    survey.status === 'PUBLISHED' &&
    survey.opensAt.getTime() <= now.getTime() &&
    now.getTime() < survey.closesAt.getTime()
  );
}

/** Why a survey takes no answers now, or null when it does. */
export function answeringProblem(
  survey: { status: SurveyStatusName; opensAt: Date; closesAt: Date },
  now: Date,
): 'NOT_PUBLISHED' | 'NOT_YET_OPEN' | 'CLOSED' | null {
  if (survey.status === 'DRAFT') return 'NOT_PUBLISHED';
  if (survey.status === 'CLOSED' || now.getTime() >= survey.closesAt.getTime()) return 'CLOSED';
  if (now.getTime() < survey.opensAt.getTime()) return 'NOT_YET_OPEN';
  return null;
}

/**
 * Who sees a survey: those who may manage it (survey:manage over its audience organisation) always; once published
 * (PUBLISHED or CLOSED, never a draft) also its audience members and those who read results over it or over an
 * organisation below it (survey:readResults: a school admin reads a district survey's results for their school).
 */
export function surveyVisible(
  survey: { status: SurveyStatusName; orgPath: string },
  viewer: { managePaths: readonly string[]; resultPaths: readonly string[]; member: boolean },
): boolean {
  if (viewer.managePaths.some((path) => survey.orgPath.startsWith(path))) return true;
  if (survey.status === 'DRAFT') return false;
  return (
    viewer.member ||
    viewer.resultPaths.some((path) => survey.orgPath.startsWith(path) || path.startsWith(survey.orgPath))
  );
}
