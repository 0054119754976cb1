/**
 * Answering a survey (action survey:respond): once per person, editable until the survey closes. The response row is
 * written with INSERT … ON CONFLICT (surveyId, respondentKey) DO UPDATE and its answers replaced, in one transaction,
 * so concurrent submissions by one person leave exactly one response (the last one's answers). Anonymous surveys store
 * no respondent id and no times; the respondent key is a keyed hash only the respondent's own request can recompute,
 * and the response id is random.
 */
import { randomUUID } from 'node:crypto';
import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import type { Context } from '../../api/context.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import {
  globalIdSchema,
  InvalidStateError,
  NotFoundError,
  parseInput,
  payloadQuery,
  problem,
  scopeOf,
} from '../shared/index.js';
import { membershipOf } from './audience.js';
import { NotInAudienceError, submitErrors } from './errors.js';
import { NOT_A_PROGRAMME_RECORD } from './manage.js';
import { storedRespondentKey } from './respondent-key.js';
import { type AnswerableQuestion, type AnswerProblem, answeringProblem, checkAnswers, SURVEY_LIMITS } from './rules.js';
import { canSeeSurvey, RESPONSE_INCLUDE, Survey, SurveyResponse } from './survey.js';

const RowRatingInput = builder.inputType('SurveyRowRatingInput', {
  description: 'One rated row of a matrix question.',
  fields: (t) => ({
    rowKey: t.string({ required: true, description: 'The row’s key.' }),
    value: t.int({ required: true, description: 'The rating, within the question’s scale.' }),
  }),
});

const AnswerInput = builder.inputType('SurveyAnswerInput', {
  description:
    'The answer to one question: optionKeys (choice questions), value (SCALE), rows (MATRIX) or text (TEXT), as its kind ' +
    'takes. An answer holding nothing counts as not answered.',
  fields: (t) => ({
    questionId: t.globalID({ required: true, description: 'The question (SurveyQuestion.id).' }),
    optionKeys: t.stringList({
      required: false,
      description: 'SINGLE_CHOICE: one option key; MULTIPLE_CHOICE: up to maxChoices keys, each once.',
    }),
    value: t.int({ required: false, description: 'SCALE: a whole rating from scaleMin to scaleMax.' }),
    rows: t.field({
      type: [RowRatingInput],
      required: false,
      description: 'MATRIX: ratings of rows, each row once (a required matrix: every row).',
    }),
    text: t.string({ required: false, description: `TEXT: at most ${SURVEY_LIMITS.text} characters (trimmed).` }),
  }),
});

const SubmitSurveyResponseInput = builder.inputType('SubmitSurveyResponseInput', {
  description: 'All of one’s answers to a survey; they replace any given before.',
  fields: (t) => ({
    surveyId: t.globalID({ required: true, for: Survey, description: 'The survey.' }),
    answers: t.field({
      type: [AnswerInput],
      required: true,
      description: `The answers, at most one per question (at most ${SURVEY_LIMITS.questions}).`,
    }),
  }),
});

const submitSchema = z.object({
  surveyId: globalIdSchema,
  answers: z
    .array(
      z.object({
        questionId: z.object({ typename: z.string(), id: z.string() }),
        optionKeys: z.array(z.string().max(SURVEY_LIMITS.key)).max(SURVEY_LIMITS.options).nullish(),
        value: z.number().int().nullish(),
        rows: z
          .array(z.object({ rowKey: z.string().max(SURVEY_LIMITS.key), value: z.number().int() }))
          .max(SURVEY_LIMITS.rows)
          .nullish(),
        // The length is checked after trimming (rules.ts); this only refuses absurd bodies early.
        text: z
          .string()
          .max(SURVEY_LIMITS.text * 4)
          .nullish(),
      }),
    )
    .max(SURVEY_LIMITS.questions),
});

/** The answer problems as a ValidationError: each at its answer (or at `answers` for a missing required answer). */
function answerProblems(problems: readonly AnswerProblem[]): InputValidationError {
  return new InputValidationError({
    issues: problems.map((p) =>
      problem(
        ['input', 'answers', ...(p.index === null ? [] : [p.index]), ...(p.field ? [p.field] : [])],
        'VALIDATION.surveyAnswer',
        { problem: p.code, field: p.field ?? 'answers', ...p.params },
      ),
    ),
  });
}

/** Anyone holding a role that answers surveys (survey:respond); whether they are in this audience is checked after. */
const respondScope = {
  action: 'survey:respond' as const,
  resource: (_root: unknown, _args: unknown, context: Context) => ({
    paths: scopeOf(context.viewer, 'survey:respond'),
    ownerId: null,
  }),
  afterClosing: 'allowed' as const,
  afterClosingReason: NOT_A_PROGRAMME_RECORD,
};

builder.mutationField('submitSurveyResponse', (t) =>
  t.prismaField({
    type: SurveyResponse,
    description:
      'Answers a survey one is in the audience of (action survey:respond): while it is PUBLISHED and open (opensAt ≤ now < ' +
      'closesAt). One response per person: answering again replaces the answers (until the survey closes). The answers are ' +
      'checked against the questions (required ones answered, options and rows of the question, ratings within the scale, ' +
      `at most maxChoices options, texts of at most ${SURVEY_LIMITS.text} characters); any problem is a ValidationError and ` +
      'nothing is stored. A survey the viewer cannot see is NOT_FOUND; one they see but are not in the audience of is ' +
      'SURVEY_NOT_IN_AUDIENCE. On an anonymous survey nothing stored links the response to the respondent.',
    authorize: respondScope,
    errors: {
      types: submitErrors,
      result: { description: 'The answers are stored.' },
      dataField: { name: 'response', description: 'The viewer’s response as it is now.' },
    },
    args: { input: t.arg({ type: SubmitSurveyResponseInput, required: true, description: 'The answers.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(submitSchema, args.input);
      const userId = context.viewer.user?.id;
      if (!userId) throw new NotFoundError('Survey');
      const prisma = context.db.prisma;
      const surveyId = input.surveyId.id;
      const survey = await prisma.survey.findUnique({
        where: { id: surveyId },
        select: {
          id: true,
          status: true,
          orgPath: true,
          anonymous: true,
          audienceKind: true,
          audienceOrganisationId: true,
          programmeId: true,
          opensAt: true,
          closesAt: true,
          questions: {
            select: {
              id: true,
              key: true,
              kind: true,
              required: true,
              options: true,
              rows: true,
              scaleMin: true,
              scaleMax: true,
              maxChoices: true,
            },
            orderBy: { position: 'asc' },
          },
        },
      });
      if (!survey || !(await canSeeSurvey(context, survey))) throw new NotFoundError('Survey');
      const closed = answeringProblem(survey, new Date());
      if (closed)
        throw new InvalidStateError('surveyNotOpen', { problem: closed, opensAt: survey.opensAt.toISOString() });
      // The audience check (one statement) comes first: someone outside the audience learns nothing about the answers.
      const membership = await membershipOf(prisma, surveyId, userId);
      if (!membership) throw new NotInAudienceError();
      const questions: AnswerableQuestion[] = survey.questions.map((q) => ({
        ...q,
        options: q.options as AnswerableQuestion['options'],
        rows: q.rows as AnswerableQuestion['rows'],
      }));
      const checked = checkAnswers(
        questions,
        input.answers.map((answer) => ({
          ...answer,
          questionId: answer.questionId.typename === 'SurveyQuestion' ? answer.questionId.id : '',
        })),
      );
      if (!checked.ok) throw answerProblems(checked.problems);
      const respondentKey = storedRespondentKey(context.keys.nationalId, survey, userId);
      const responseId = await prisma.$transaction(async (tx) => {
        // Closing (or the window) is re-read under a share lock: a concurrent closeSurvey waits for this answer or wins.
        const [current] = await tx.$queryRaw<Array<{ status: 'DRAFT' | 'PUBLISHED' | 'CLOSED' }>>`
          SELECT status::text AS status FROM "Survey" WHERE id = ${surveyId} FOR SHARE`;
        const now = new Date();
        const problemNow = current
          ? answeringProblem({ status: current.status, opensAt: survey.opensAt, closesAt: survey.closesAt }, now)
          : 'CLOSED';
        if (problemNow)
          throw new InvalidStateError('surveyNotOpen', { problem: problemNow, opensAt: survey.opensAt.toISOString() });
        const named = !survey.anonymous;
        const [row] = await tx.$queryRaw<Array<{ id: string }>>(Prisma.sql`
          INSERT INTO "SurveyResponse" (id, "surveyId", "respondentKey", "respondentId", "schoolPath", "classPath", "submittedAt", "updatedAt")
          VALUES (${randomUUID()}, ${surveyId}, ${respondentKey}, ${named ? userId : null}, ${membership.schoolPath},
                  ${membership.classPath}, ${named ? now : null}, ${named ? now : null})
          ON CONFLICT ("surveyId", "respondentKey") DO UPDATE
            SET "schoolPath" = EXCLUDED."schoolPath", "classPath" = EXCLUDED."classPath", "updatedAt" = EXCLUDED."updatedAt"
          RETURNING id`);
        if (!row) throw new Error('the response upsert returned no row');
        const id = row.id;
        await tx.surveyAnswer.deleteMany({ where: { responseId: id } });
        if (checked.values.length)
          await tx.surveyAnswer.createMany({
            data: checked.values.map((value) => ({ ...value, id: randomUUID(), responseId: id, surveyId })),
          });
        return id;
      });
      return prisma.surveyResponse.findUniqueOrThrow({
        ...payloadQuery(query, RESPONSE_INCLUDE),
        where: { id: responseId },
      });
    },
  }),
);
