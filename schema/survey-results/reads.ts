/**
 * `surveyResults`, `surveyResultGroups` and `surveyTextAnswers`: a survey's aggregates for one subtree, per class or
 * school, and its free text. Each costs a fixed number of statements (the survey, the organisation asked about, the
 * questions, one grouped-counts statement, one page statement), whatever the questions, responses or page size.
 */
import { encodeGlobalID, resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../builder.js';
import { anyScope, mayReadText, resultRoots, resultsTarget, surveyOf } from './access.js';
import {
  loadGroupCounts,
  loadGroupPage,
  loadQuestions,
  loadTargetCounts,
  loadTexts,
  type TextRow,
} from './aggregate.js';
import { emptyCounts, groupResult } from './rules.js';
import { suppressionOf, wholeSurveyWithheld } from './suppression.js';
import { type ResultSet, SurveyResultGroup, SurveyResultLevel, SurveyResults } from './types.js';

builder.queryField('surveyResults', (t) =>
  t.field({
    type: SurveyResults,
    nullable: true,
    description:
      'A survey’s aggregated results (respondents; per question the answered count, per option count and share, per scale or matrix ' +
      'row the mean and distribution), for the whole survey or for one class, school or district within it. Counted in SQL. For ' +
      'those who may read results over the group asked about (action survey:readResults: the class’s tutor, the school’s admin, the ' +
      'district’s and province’s admins); without `organisationId`, over the survey’s whole audience. Null for anyone else, for an ' +
      'organisation outside the survey, and for a survey that does not exist. Anonymous surveys: a group smaller than the survey’s ' +
      'minGroupSize is `suppressed`.',
    args: {
      surveyId: t.arg.globalID({ required: true, description: 'The survey (`Survey` global ID).' }),
      organisationId: t.arg.globalID({
        required: false,
        description: 'A class, school or district within the survey’s audience; omitted: the whole survey.',
      }),
    },
    authorize: { action: 'survey:readResults', resource: anyScope('survey:readResults') },
    resolve: async (_root, args, context) => {
      const survey = await surveyOf(context, args.surveyId);
      if (!survey) return null;
      const target = await resultsTarget(context, survey, args.organisationId);
      if (!target) return null;
      const prisma = context.db.replica; // aggregates that tolerate replication lag
      const [questions, counts, suppressed] = await Promise.all([
        loadQuestions(prisma, survey.id),
        loadTargetCounts(prisma, survey.id, target.path),
        suppressionOf(context, survey),
      ]);
      return {
        ...groupResult(suppressed(target.path, counts.respondents), questions, counts),
        surveyId: survey.id,
        path: target.path,
        minGroupSize: survey.anonymous ? survey.minGroupSize : 1,
        organisationId: target.organisationId,
        name: target.name,
      } satisfies ResultSet;
    },
  }),
);

builder.queryField('surveyResultGroups', (t) =>
  t.connection(
    {
      type: SurveyResultGroup,
      nullable: true,
      description:
        'A survey’s results per class or per school, by name: only the groups with responses that the viewer may read results over ' +
        '(action survey:readResults: a tutor their class, a school admin their school and its classes, district and province ' +
        'admins every group). Anonymous surveys: a group with fewer respondents than minGroupSize is `suppressed` (counts ' +
        'withheld). Null when the viewer may read no result of the survey. At most 100 a page; the same number of statements at ' +
        'any page size.',
      args: {
        surveyId: t.arg.globalID({ required: true, description: 'The survey (`Survey` global ID).' }),
        level: t.arg({ type: SurveyResultLevel, required: true, description: 'Per class or per school.' }),
      },
      authorize: { action: 'survey:readResults', resource: anyScope('survey:readResults') },
      resolve: async (_root, args, context) => {
        const survey = await surveyOf(context, args.surveyId);
        if (!survey) return null;
        const roots = resultRoots(context, survey);
        if (!roots) return null;
        const prisma = context.db.replica; // aggregates that tolerate replication lag
        const level = args.level;
        let total = 0;
        const connection = await resolveOffsetConnection({ args }, async ({ offset, limit }) => {
          const [page, questions, suppressed] = await Promise.all([
            loadGroupPage(prisma, survey.id, level, roots, { offset, limit }),
            loadQuestions(prisma, survey.id),
            suppressionOf(context, survey),
          ]);
          total = page.total;
          const counts = await loadGroupCounts(prisma, survey.id, {
            level,
            paths: page.groups.map((group) => group.path),
          });
          return page.groups.map((group) => ({
            ...groupResult(
              suppressed(group.path, group.respondents),
              questions,
              counts.get(group.path) ?? emptyCounts(),
            ),
            surveyId: survey.id,
            path: group.path,
            minGroupSize: survey.anonymous ? survey.minGroupSize : 1,
            organisationId: group.organisationId,
            name: group.name,
            level,
          }));
        });
        return { ...connection, totalCount: total };
      },
    },
    {
      name: 'SurveyResultGroupConnection',
      description: 'A page of a survey’s classes or schools with their results.',
      fields: (connection) => ({
        totalCount: connection.int({
          description: 'Groups with responses the viewer may read, suppressed ones included.',
          resolve: (parent) => (parent as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
  ),
);

const SurveyTextAnswer = builder.objectRef<TextRow>('SurveyTextAnswer').implement({
  description:
    'One free-text answer. Anonymous surveys: the text alone (no respondent, no time; listed in random order). Named surveys: ' +
    'with its respondent and time.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The answer as written.' }),
    questionId: t.id({
      description: 'The question (`SurveyQuestion` global ID).',
      resolve: (row) => encodeGlobalID('SurveyQuestion', row.questionId),
    }),
    respondentId: t.id({
      nullable: true,
      description: 'Named surveys: the respondent (`User` global ID); always null for anonymous ones.',
      resolve: (row) => (row.respondentId ? encodeGlobalID('User', row.respondentId) : null),
    }),
    respondentName: t.exposeString('respondentName', {
      nullable: true,
      description: 'Named surveys: the respondent’s name; always null for anonymous ones.',
    }),
    submittedAt: t.expose('submittedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Named surveys: when the response was last submitted; always null for anonymous ones.',
    }),
  }),
});

builder.queryField('surveyTextAnswers', (t) =>
  t.connection(
    {
      type: SurveyTextAnswer,
      nullable: true,
      description:
        'The free-text answers to one TEXT question of a survey. Only within the publisher’s scope: those who may read free text ' +
        'over the survey’s own audience (action survey:readText: over a class survey its tutor and the admins above; over a ' +
        'district survey the district and province admins). Null for anyone else, and for a question that is not a TEXT question ' +
        'of the survey, and for an anonymous survey whose respondents are fewer than its minGroupSize. Anonymous surveys: texts ' +
        'without respondent or time, in random order; named surveys: newest first, with the respondent. At most 100 a page; the same number of statements at any page size.',
      args: {
        surveyId: t.arg.globalID({ required: true, description: 'The survey (`Survey` global ID).' }),
        questionId: t.arg.globalID({
          required: true,
          description: 'A TEXT question of it (`SurveyQuestion` global ID).',
        }),
      },
      authorize: { action: 'survey:readText', resource: anyScope('survey:readText') },
      resolve: async (_root, args, context) => {
        const survey = await surveyOf(context, args.surveyId);
        if (!survey || !mayReadText(context, survey)) return null;
        if (args.questionId.typename !== 'SurveyQuestion') return null;
        const prisma = context.db.replica; // aggregates that tolerate replication lag
        const question = await prisma.surveyQuestion.findFirst({
          where: { id: args.questionId.id, surveyId: survey.id, kind: 'TEXT' },
          select: { id: true },
        });
        if (!question || (await wholeSurveyWithheld(context, survey))) return null;
        let total = 0;
        const connection = await resolveOffsetConnection({ args }, async ({ offset, limit }) => {
          const page = await loadTexts(prisma, survey, question.id, survey.orgPath, { offset, limit });
          total = page.total;
          return page.texts;
        });
        return { ...connection, totalCount: total };
      },
    },
    {
      name: 'SurveyTextAnswerConnection',
      description: 'A page of a question’s free-text answers.',
      fields: (connection) => ({
        totalCount: connection.int({
          description: 'Texts of the question in all.',
          resolve: (parent) => (parent as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
  ),
);
