/**
 * Surveys (问卷) and self-assessments (自评): the Survey node with its sections and questions, and a response as its
 * respondent or (named surveys only) its managers see it. Who sees a survey: its managers (survey:manage over the
 * audience organisation) always; once published, its audience members and those who read results over it or below it.
 */
import type { Context } from '../../api/context.js';
import type { Prisma } from '../../api/db/generated/prisma/client.js';
import {
  SurveyAudienceKind as SurveyAudienceKindValues,
  SurveyPurpose as SurveyPurposeValues,
  SurveyQuestionKind as SurveyQuestionKindValues,
  SurveyStatus as SurveyStatusValues,
} from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { grants, registerResource, scopeOf } from '../shared/index.js';
import { audienceWhere, factsOf, needsEnrolments, roleFactsOf } from './audience.js';
import { respondentKeyOf } from './respondent-key.js';
import {
  type AudienceKind,
  audienceMatch,
  isOpen,
  type LabelledKey,
  pathPrefixes,
  SURVEY_LIMITS,
  type SurveyStatusName,
  surveyVisible,
} from './rules.js';

export const SurveyStatus = builder.enumType(SurveyStatusValues, {
  name: 'SurveyStatus',
  description:
    'DRAFT: being written, seen by its managers only, editable and deletable. PUBLISHED: seen by its audience, answered ' +
    'between opensAt and closesAt. CLOSED: closed early by a manager (closeSurvey); no more answers.',
});

export const SurveyPurpose = builder.enumType(SurveyPurposeValues, {
  name: 'SurveyPurpose',
  description:
    'GENERAL; TRAINING_NEEDS (训前需求调研, before a programme); SATISFACTION (训后满意度调查, after it); SELF_ASSESSMENT (a ' +
    'framework self-assessment: one 1–5 rating per item, createSelfAssessment).',
});

export const SurveyAudienceKind = builder.enumType(SurveyAudienceKindValues, {
  name: 'SurveyAudienceKind',
  description:
    'Whom a survey asks. CLASS: the teachers enrolled in a class. SCHOOL_TEACHERS: people holding TEACHER at a school (or ' +
    'its classes and groups). DISTRICT_TEACHERS: the same across a district. DISTRICT_LEADERS: people holding SCHOOL_ADMIN ' +
    'at a district’s schools (principals, 校长). PROGRAMME_TEACHERS: the teachers enrolled in a programme at schools within ' +
    'the audience organisation (a school or district). Deactivated people are never in an audience.',
});

export const SurveyQuestionKind = builder.enumType(SurveyQuestionKindValues, {
  name: 'SurveyQuestionKind',
  description:
    'SINGLE_CHOICE (one option), MULTIPLE_CHOICE (several, at most maxChoices), SCALE (a whole rating from scaleMin to ' +
    'scaleMax, within 1–5), MATRIX (each row rated on one scale), TEXT (free text, at most ' +
    `${SURVEY_LIMITS.text} characters).`,
});

/** What the visibility check reads of a survey row (all scalars of the row). */
export interface SurveyAccessRow {
  status: SurveyStatusName;
  orgPath: string;
  audienceKind: AudienceKind;
  audienceOrganisationId: string;
  programmeId: string | null;
}

const audienceOf = (survey: SurveyAccessRow) => ({
  kind: survey.audienceKind,
  organisationId: survey.audienceOrganisationId,
  orgPath: survey.orgPath,
  programmeId: survey.programmeId,
});

/** Whether the viewer is in the survey's audience (reads the viewer's enrolments once per request when needed). */
export async function isMember(context: Context, survey: SurveyAccessRow): Promise<boolean> {
  if (!context.viewer.user) return false;
  const facts = needsEnrolments(survey.audienceKind)
    ? await factsOf(context)
    : { roles: roleFactsOf(context), enrolments: [] };
  return audienceMatch(audienceOf(survey), facts) !== null;
}

/** Whether the viewer may manage the survey (survey:manage over its audience organisation). */
export const managesSurvey = (context: Context, survey: { orgPath: string }) =>
  grants(context.viewer, 'survey:manage', { paths: [survey.orgPath], ownerId: null });

/** Whether the viewer sees the survey (surveyVisible; membership is read only when it decides). */
export async function canSeeSurvey(context: Context, survey: SurveyAccessRow): Promise<boolean> {
  const managePaths = scopeOf(context.viewer, 'survey:manage');
  const resultPaths = scopeOf(context.viewer, 'survey:readResults');
  if (surveyVisible(survey, { managePaths, resultPaths, member: false })) return true;
  if (survey.status === 'DRAFT') return false;
  return surveyVisible(survey, { managePaths, resultPaths, member: await isMember(context, survey) });
}

/**
 * The SQL form of canSeeSurvey, for lookups by ID (survey(id), node(id)): an invisible survey is simply not found. The
 * viewer's enrolments are read once per request.
 */
export async function surveyVisibleWhere(context: Context): Promise<Prisma.SurveyWhereInput> {
  const managed = context.viewer.within('orgPath', scopeOf(context.viewer, 'survey:manage'));
  const resultPaths = scopeOf(context.viewer, 'survey:readResults');
  const published: Prisma.SurveyWhereInput = {
    status: { in: ['PUBLISHED', 'CLOSED'] },
    OR: [
      audienceWhere(context.viewer.user ? await factsOf(context) : { roles: [], enrolments: [] }),
      context.viewer.within('orgPath', resultPaths),
      { orgPath: { in: [...new Set(resultPaths.flatMap(pathPrefixes))] } },
    ],
  };
  return { OR: [managed, published] };
}

const Choice = builder.objectRef<LabelledKey>('SurveyChoice').implement({
  description: 'An option of a choice question, or a row of a matrix question.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key within the question (what answers name).' }),
    label: t.exposeString('label', { description: `The text shown (at most ${SURVEY_LIMITS.label} characters).` }),
  }),
});

const labelledList = (value: unknown): LabelledKey[] | null =>
  Array.isArray(value) ? (value as LabelledKey[]).map(({ key, label }) => ({ key, label })) : null;

export const SurveyQuestion = builder.prismaObject('SurveyQuestion', {
  description: 'One question of a survey.',
  fields: (t) => ({
    id: t.globalID({
      description: 'Global ID of the question (`SurveyQuestion:<id>`): what submitSurveyResponse’s answers name.',
      resolve: (question) => ({ type: 'SurveyQuestion', id: question.id }),
    }),
    key: t.exposeString('key', { description: 'Stable key within the survey (q1, needs.topics …).' }),
    position: t.exposeInt('position', { description: 'Order within the survey, from 1 (across sections).' }),
    kind: t.expose('kind', { type: SurveyQuestionKind, description: 'What kind of answer it takes.' }),
    prompt: t.exposeString('prompt', { description: `The question (at most ${SURVEY_LIMITS.prompt} characters).` }),
    required: t.exposeBoolean('required', {
      description: 'Whether it must be answered (a required matrix: every row rated).',
    }),
    options: t.field({
      type: [Choice],
      nullable: true,
      description: 'SINGLE_CHOICE and MULTIPLE_CHOICE: the options, in order; null for other kinds.',
      resolve: (question) => labelledList(question.options),
    }),
    rows: t.field({
      type: [Choice],
      nullable: true,
      description: 'MATRIX: the rows, each rated on the scale; null for other kinds.',
      resolve: (question) => labelledList(question.rows),
    }),
    scaleMin: t.exposeInt('scaleMin', {
      nullable: true,
      description: 'SCALE and MATRIX: the lowest rating (1 to 5); null for other kinds.',
    }),
    scaleMax: t.exposeInt('scaleMax', {
      nullable: true,
      description: 'SCALE and MATRIX: the highest rating (1 to 5, above scaleMin); null for other kinds.',
    }),
    maxChoices: t.exposeInt('maxChoices', {
      nullable: true,
      description: 'MULTIPLE_CHOICE: most options one may pick; null: any number.',
    }),
    competency: t.relation('competency', {
      nullable: true,
      description: 'Self-assessments: the framework item rated (a micro-competency, or an item of the standard).',
    }),
    dimension: t.relation('dimension', {
      nullable: true,
      description: 'Self-assessments: the item’s grouping (a dimension, or a duty of the standard).',
    }),
  }),
});

export const SurveySection = builder.prismaObject('SurveySection', {
  description: 'A section of a survey (基本情况, 培训需求 …) with its questions.',
  fields: (t) => ({
    position: t.exposeInt('position', { description: 'Order within the survey, from 1.' }),
    title: t.exposeString('title', { description: `At most ${SURVEY_LIMITS.title} characters.` }),
    description: t.exposeString('description', { nullable: true, description: 'An introduction, if any.' }),
    questions: t.relation('questions', {
      description: 'The section’s questions, in order.',
      query: { orderBy: { position: 'asc' } },
    }),
  }),
});

interface AudienceShape {
  kind: AudienceKind;
  organisationId: string;
  organisationName: string;
  organisationKind: string;
  programmeId: string | null;
  programmeName: string | null;
}

const SurveyAudience = builder.objectRef<AudienceShape>('SurveyAudience').implement({
  description:
    'Whom a survey asks: the kind, the organisation it is drawn from and, for PROGRAMME_TEACHERS, the programme.',
  fields: (t) => ({
    kind: t.field({ type: SurveyAudienceKind, description: 'The audience kind.', resolve: (a) => a.kind }),
    organisationId: t.globalID({
      description: 'The class, school or district (an Organisation).',
      resolve: (a) => ({ type: 'Organisation', id: a.organisationId }),
    }),
    organisationName: t.exposeString('organisationName', { description: 'Its name.' }),
    organisationKind: t.exposeString('organisationKind', { description: 'CLASS, SCHOOL or DISTRICT.' }),
    programmeId: t.globalID({
      nullable: true,
      description: 'PROGRAMME_TEACHERS: the programme; null otherwise.',
      resolve: (a) => (a.programmeId ? { type: 'Programme', id: a.programmeId } : null),
    }),
    programmeName: t.exposeString('programmeName', { nullable: true, description: 'The programme’s name.' }),
  }),
});

export const Survey = builder.prismaNode('Survey', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A questionnaire (问卷) or framework self-assessment (自评) published to an audience with a window. Its managers ' +
    '(survey:manage over the audience organisation) see it always; once published its audience members and those who ' +
    'read results over it or below it see it too. Anonymous surveys keep no link from answers to people that any query ' +
    'can reveal.',
  findUnique: async (id, context) => ({ id, AND: [await surveyVisibleWhere(context)] }),
  authScopes: (survey, context) => canSeeSurvey(context, survey),
  fields: (t) => ({
    title: t.exposeString('title', { description: `At most ${SURVEY_LIMITS.title} characters.` }),
    description: t.exposeString('description', {
      nullable: true,
      description: `An introduction (at most ${SURVEY_LIMITS.description} characters).`,
    }),
    purpose: t.expose('purpose', { type: SurveyPurpose, description: 'What it is for.' }),
    status: t.expose('status', { type: SurveyStatus, description: 'DRAFT, PUBLISHED or CLOSED.' }),
    isOpen: t.boolean({
      description: 'True while it takes answers: PUBLISHED, and now is within [opensAt, closesAt).',
      resolve: (survey) => isOpen(survey, new Date()),
    }),
    anonymous: t.exposeBoolean('anonymous', {
      description:
        'Anonymous: no response can be linked to its respondent (no respondent, no times, a random id); only the respondent ' +
        'finds their own answers (myResponse).',
    }),
    minGroupSize: t.exposeInt('minGroupSize', {
      description: 'Anonymous surveys: least respondents a class or school must have before its results are shown.',
    }),
    audience: t.field({
      type: SurveyAudience,
      select: {
        audienceKind: true,
        audienceOrganisation: { select: { id: true, name: true, kind: true } },
        programme: { select: { id: true, name: true } },
      },
      description: 'Whom it asks.',
      resolve: (survey) => ({
        kind: survey.audienceKind,
        organisationId: survey.audienceOrganisation.id,
        organisationName: survey.audienceOrganisation.name,
        organisationKind: survey.audienceOrganisation.kind,
        programmeId: survey.programme?.id ?? null,
        programmeName: survey.programme?.name ?? null,
      }),
    }),
    opensAt: t.expose('opensAt', { type: 'DateTime', description: 'When answering starts.' }),
    closesAt: t.expose('closesAt', {
      type: 'DateTime',
      description: 'When answering ends: answers may be changed until then.',
    }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true, description: 'When it was published.' }),
    closedAt: t.expose('closedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When a manager closed it early; null otherwise.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    catalogueId: t.globalID({
      nullable: true,
      description: 'SELF_ASSESSMENT: the framework version (Catalogue) it was generated from.',
      resolve: (survey) => (survey.catalogueId ? { type: 'Catalogue', id: survey.catalogueId } : null),
    }),
    sections: t.relation('sections', {
      description: 'Its sections in order, each with its questions.',
      query: { orderBy: { position: 'asc' } },
    }),
    questions: t.relation('questions', {
      description: 'Every question in order, across sections.',
      query: { orderBy: { position: 'asc' } },
    }),
    questionCount: t.relationCount('questions', { description: 'How many questions it has.' }),
  }),
});

/** What SurveyResponse's check reads besides the row: the survey's path. */
export const RESPONSE_INCLUDE = { survey: { select: { orgPath: true } } } as const;

/**
 * A response is seen by its respondent (named: by id; anonymous: by recomputing the keyed hash for the viewer) and, for
 * named surveys only, by the survey's managers.
 */
function canSeeResponse(
  context: Context,
  response: { surveyId: string; respondentId: string | null; respondentKey: string; survey: { orgPath: string } },
): boolean {
  const userId = context.viewer.user?.id;
  if (!userId) return false;
  if (response.respondentId !== null)
    return response.respondentId === userId || managesSurvey(context, response.survey);
  return response.respondentKey === respondentKeyOf(context.keys.nationalId, response.surveyId, userId);
}

interface AnswerShape {
  questionId: string;
  optionKeys: string[];
  value: number | null;
  rows: Array<{ rowKey: string; value: number }>;
  text: string | null;
}

const RowRating = builder.objectRef<{ rowKey: string; value: number }>('SurveyRowRating').implement({
  description: 'One rated row of a matrix question.',
  fields: (t) => ({
    rowKey: t.exposeString('rowKey', { description: 'The row’s key.' }),
    value: t.exposeInt('value', { description: 'The rating, within the question’s scale.' }),
  }),
});

const Answer = builder.objectRef<AnswerShape>('SurveyAnswer').implement({
  description: 'The answer to one question, in the shape submitSurveyResponse takes.',
  fields: (t) => ({
    questionId: t.globalID({
      description: 'The question (SurveyQuestion).',
      resolve: (a) => ({ type: 'SurveyQuestion', id: a.questionId }),
    }),
    optionKeys: t.exposeStringList('optionKeys', { description: 'Choice questions: the options chosen, in order.' }),
    value: t.exposeInt('value', { nullable: true, description: 'SCALE: the rating.' }),
    rows: t.field({ type: [RowRating], description: 'MATRIX: the rated rows.', resolve: (a) => a.rows }),
    text: t.exposeString('text', { nullable: true, description: 'TEXT: the text.' }),
  }),
});

type AnswerRow = {
  questionId: string;
  optionKey: string | null;
  rowKey: string | null;
  value: number | null;
  text: string | null;
  question: { position: number };
};

/** Stored answer rows (one per option, row, rating or text) grouped per question, in question order. */
export function groupAnswers(rows: readonly AnswerRow[]): AnswerShape[] {
  const sorted = [...rows].sort((a, b) => a.question.position - b.question.position);
  const byQuestion = new Map<string, AnswerShape>();
  for (const row of sorted) {
    let answer = byQuestion.get(row.questionId);
    if (!answer) {
      answer = { questionId: row.questionId, optionKeys: [], value: null, rows: [], text: null };
      byQuestion.set(row.questionId, answer);
    }
    if (row.optionKey !== null) answer.optionKeys.push(row.optionKey);
    else if (row.rowKey !== null && row.value !== null) answer.rows.push({ rowKey: row.rowKey, value: row.value });
    else if (row.value !== null) answer.value = row.value;
    if (row.text !== null) answer.text = row.text;
  }
  return [...byQuestion.values()];
}

export const SurveyResponse = builder.prismaObject('SurveyResponse', {
  description:
    'One person’s answers to a survey. Named surveys: its respondent and times. Anonymous surveys: neither (the respondent ' +
    'alone finds it, through Survey.myResponse).',
  include: RESPONSE_INCLUDE,
  authScopes: (response, context) => canSeeResponse(context, response),
  fields: (t) => ({
    respondent: t.relation('respondent', {
      nullable: true,
      description: 'Named surveys: who answered; always null on anonymous surveys.',
    }),
    submittedAt: t.expose('submittedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Named surveys: when it was first submitted; null on anonymous surveys.',
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Named surveys: when it was last changed; null on anonymous surveys.',
    }),
    answers: t.field({
      type: [Answer],
      description: 'The answers, one per answered question, in question order.',
      select: {
        answers: {
          select: {
            questionId: true,
            optionKey: true,
            rowKey: true,
            value: true,
            text: true,
            question: { select: { position: true } },
          },
          orderBy: [{ optionKey: 'asc' }, { rowKey: 'asc' }],
        },
      },
      resolve: (response) => groupAnswers(response.answers),
    }),
  }),
});

/** A survey as actions see it: it belongs to its audience organisation; visible as canSeeSurvey says. */
registerResource('Survey', async (ids, context) => {
  const rows = await context.db.prisma.survey.findMany({
    where: { id: { in: [...ids] } },
    select: {
      id: true,
      status: true,
      orgPath: true,
      audienceKind: true,
      audienceOrganisationId: true,
      programmeId: true,
    },
  });
  const entries = await Promise.all(
    rows.map(
      async (row) =>
        [row.id, { paths: [row.orgPath], ownerId: null, visible: await canSeeSurvey(context, row) }] as const,
    ),
  );
  return new Map(entries);
});
