/** The GraphQL shapes of survey results: plain objects the rules produced (no row is re-read). */
import { createContextCache } from '@pothos/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import { builder } from '../builder.js';
import { audienceGroups, SurveyQuestionKind } from '../surveys/index.js';
import {
  audienceWithin,
  type GroupResult,
  type OptionResult,
  type QuestionResult,
  type RowResult,
  shareOf,
  type ValueCount,
} from './rules.js';

/** Per request: each survey's audience members by school and class (one statement per survey, only when asked). */
const audiences = createContextCache(
  (context: Context) =>
    new DataLoader<string, Array<{ schoolPath: string; classPath: string | null; members: number }>>((ids) =>
      Promise.all(ids.map((id) => audienceGroups(context.db.prisma, id))),
    ),
);

export const SurveyResultLevel = builder.enumType('SurveyResultLevel', {
  description: 'The groups results are counted in.',
  values: {
    CLASS: { description: 'The respondents’ classes (for audiences with classes).' },
    SCHOOL: { description: 'The respondents’ schools.' },
  } as const,
});

export const SurveyResultValue = builder.objectRef<ValueCount>('SurveyResultValue').implement({
  description: 'One rating of a scale with how many gave it.',
  fields: (t) => ({
    value: t.exposeInt('value', { description: 'The rating (scaleMin to scaleMax).' }),
    count: t.exposeInt('count', { description: 'Respondents who gave it.' }),
    share: t.exposeFloat('share', {
      description: 'count ÷ those who rated, 0..1, rounded to 4 decimals (half away from zero).',
    }),
  }),
});

export const SurveyResultOption = builder.objectRef<OptionResult>('SurveyResultOption').implement({
  description: 'One option of a choice question with how many chose it.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The option’s key.' }),
    label: t.exposeString('label', { description: 'The option’s label as the question lists it.' }),
    count: t.exposeInt('count', { description: 'Respondents who chose it.' }),
    share: t.exposeFloat('share', {
      description: 'count ÷ respondents who answered the question, 0..1, rounded to 4 decimals.',
    }),
  }),
});

export const SurveyResultRow = builder.objectRef<RowResult>('SurveyResultRow').implement({
  description: 'One row of a matrix question with its ratings.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The row’s key.' }),
    label: t.exposeString('label', { description: 'The row’s label.' }),
    answered: t.exposeInt('answered', { description: 'Respondents who rated the row.' }),
    mean: t.exposeFloat('mean', {
      nullable: true,
      description: 'Mean rating, rounded to 2 decimals; null when nobody rated it.',
    }),
    distribution: t.field({
      type: [SurveyResultValue],
      description: 'Every rating of the scale, lowest first, with its count and share.',
      resolve: (row) => row.distribution,
    }),
  }),
});

export const SurveyResultQuestion = builder.objectRef<QuestionResult>('SurveyResultQuestion').implement({
  description: 'One question’s aggregated answers.',
  fields: (t) => ({
    questionId: t.id({
      description: 'The question (`SurveyQuestion` global ID).',
      resolve: (result) => encodeGlobalID('SurveyQuestion', result.question.id),
    }),
    key: t.string({ description: 'The question’s key in the survey.', resolve: (result) => result.question.key }),
    position: t.int({ description: 'Its order in the survey.', resolve: (result) => result.question.position }),
    prompt: t.string({ description: 'The question as asked.', resolve: (result) => result.question.prompt }),
    kind: t.field({
      type: SurveyQuestionKind,
      description: 'How its results are shaped.',
      resolve: (result) => result.question.kind,
    }),
    answered: t.exposeInt('answered', { description: 'Respondents who answered it.' }),
    options: t.field({
      type: [SurveyResultOption],
      description: 'Choice questions: every listed option in order; empty for other kinds.',
      resolve: (result) => result.options,
    }),
    mean: t.float({
      nullable: true,
      description: 'SCALE: the mean rating, rounded to 2 decimals; null for other kinds and when nobody rated.',
      resolve: (result) => result.rating?.mean ?? null,
    }),
    distribution: t.field({
      type: [SurveyResultValue],
      description: 'SCALE: every rating of the scale, lowest first; empty for other kinds.',
      resolve: (result) => result.rating?.distribution ?? [],
    }),
    rows: t.field({
      type: [SurveyResultRow],
      description: 'MATRIX: every listed row in order; empty for other kinds.',
      resolve: (result) => result.rows,
    }),
  }),
});

/** A result set as served: the rules' result with what it is about. */
export interface ResultSet extends GroupResult {
  surveyId: string;
  /** The path of the group counted (its responses lie in the subtree). */
  path: string;
  minGroupSize: number;
  organisationId: string | null;
  name: string | null;
}

const resultSetFields = builder.interfaceRef<ResultSet>('SurveyResultSet').implement({
  description: 'Aggregated answers of a group of respondents.',
  fields: (t) => ({
    surveyId: t.id({
      description: 'The survey (`Survey` global ID).',
      resolve: (set) => encodeGlobalID('Survey', set.surveyId),
    }),
    organisationId: t.id({
      nullable: true,
      description: 'The class, school or district counted (`Organisation` global ID).',
      resolve: (set) => (set.organisationId ? encodeGlobalID('Organisation', set.organisationId) : null),
    }),
    organisationName: t.string({
      nullable: true,
      description: 'Its name.',
      resolve: (set) => set.name,
    }),
    suppressed: t.exposeBoolean('suppressed', {
      description:
        'True for an anonymous survey’s group with fewer respondents than the survey’s minGroupSize: its counts are withheld ' +
        '(respondents null, questions empty), so a small class cannot be told apart.',
    }),
    minGroupSize: t.exposeInt('minGroupSize', {
      description:
        'Anonymous surveys: least respondents a group needs before its results are shown (1 for named ones).',
    }),
    respondents: t.exposeInt('respondents', {
      nullable: true,
      description: 'People who answered (one response each); null when suppressed.',
    }),
    audienceSize: t.int({
      description:
        'People in the survey’s audience within this group (active people, counted now); one more statement, only when asked.',
      resolve: async (set, _args, context) => audienceWithin(await audiences(context).load(set.surveyId), set.path),
    }),
    responseRate: t.float({
      nullable: true,
      description: 'respondents ÷ audienceSize, 0..1, 4 decimals; null when suppressed or the audience is empty.',
      resolve: async (set, _args, context) => {
        if (set.respondents === null) return null;
        const size = audienceWithin(await audiences(context).load(set.surveyId), set.path);
        return size > 0 ? shareOf(set.respondents, size) : null;
      },
    }),
    questions: t.field({
      type: [SurveyResultQuestion],
      description: 'Every question in survey order with its aggregates; empty when suppressed.',
      resolve: (set) => set.questions,
    }),
  }),
});

export const SurveyResults = builder.objectRef<ResultSet>('SurveyResults').implement({
  description: 'A survey’s aggregated results, for the whole survey or one class, school or district within it.',
  interfaces: [resultSetFields],
});

export const SurveyResultGroup = builder
  .objectRef<ResultSet & { level: 'CLASS' | 'SCHOOL' }>('SurveyResultGroup')
  .implement({
    description: 'One class’s or school’s aggregated results.',
    interfaces: [resultSetFields],
    fields: (t) => ({
      level: t.field({ type: SurveyResultLevel, description: 'Class or school.', resolve: (group) => group.level }),
    }),
  });
