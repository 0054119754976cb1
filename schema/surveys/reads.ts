/**
 * Reading surveys: one by ID, the managers' list (scopeOf survey:manage), the respondents' list (surveys whose audience
 * holds the viewer, with whether they answered), the viewer's own response, and, for named surveys only, the list of
 * responses with their respondents. Lists are Relay connections of at most 100 a page, in the same number of SQL
 * statements for any page size.
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import { localizedError } from '../../api/i18n/localized-errors.js';
import { builder } from '../builder.js';
import { scopeOf } from '../shared/index.js';
import { audienceSizes, audienceWhere, factsOf } from './audience.js';
import { storedRespondentKey } from './respondent-key.js';
import { RESPONSE_INCLUDE, Survey, SurveyPurpose, SurveyResponse, SurveyStatus, surveyVisibleWhere } from './survey.js';

type SurveyKeyed = { id: string; anonymous: boolean };

/** The viewer's responses to the surveys asked about, found by their respondent keys, in one statement per tick. */
const myResponses = createContextCache(
  (context: Context) =>
    new DataLoader<SurveyKeyed, { id: string } | null, string>(
      async (surveys) => {
        const userId = context.viewer.user?.id;
        if (!userId) return surveys.map(() => null);
        const pairs = surveys.map((s) => ({
          surveyId: s.id,
          respondentKey: storedRespondentKey(context.keys.nationalId, s, userId),
        }));
        const rows = await context.db.prisma.surveyResponse.findMany({
          where: { OR: pairs },
          select: { id: true, surveyId: true, respondentKey: true },
        });
        const byKey = new Map(rows.map((row) => [`${row.surveyId}\u0000${row.respondentKey}`, row]));
        return pairs.map((pair) => byKey.get(`${pair.surveyId}\u0000${pair.respondentKey}`) ?? null);
      },
      { cacheKeyFn: (survey) => survey.id },
    ),
);

/** The viewer's responses (full rows, for the SurveyResponse type), by id, in one statement per tick. */
const responseRows = createContextCache(
  (context: Context) =>
    new DataLoader(async (ids: readonly string[]) => {
      const rows = await context.db.prisma.surveyResponse.findMany({
        where: { id: { in: [...ids] } },
        include: RESPONSE_INCLUDE,
      });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
);

/** Audience sizes of the surveys asked about, in one statement per tick. */
const audienceSizeLoader = createContextCache(
  (context: Context) =>
    new DataLoader(async (ids: readonly string[]) => {
      const sizes = await audienceSizes(context.db.prisma, ids);
      return ids.map((id) => sizes.get(id) ?? 0);
    }),
);

builder.prismaObjectFields(Survey, (t) => ({
  audienceSize: t.int({
    nullable: true,
    description:
      'How many people are in the audience now (active people only; counted in SQL, one statement for a page): the base of ' +
      'response rates. For the survey’s managers (survey:manage); null for anyone else.',
    authorize: {
      action: 'survey:manage',
      resource: (survey) => ({ paths: [survey.orgPath], ownerId: null }),
    },
    select: { id: true, orgPath: true },
    resolve: (survey, _args, context) => audienceSizeLoader(context).load(survey.id),
  }),
  answered: t.boolean({
    description:
      'Whether the viewer has answered it (anonymous surveys too: found through the viewer’s own respondent key). One ' +
      'statement for a whole page.',
    select: { id: true, anonymous: true },
    resolve: async (survey, _args, context) => (await myResponses(context).load(survey)) !== null,
  }),
  myResponse: t.field({
    type: SurveyResponse,
    nullable: true,
    description:
      'The viewer’s own answers; null when they have not answered. On anonymous surveys it is found by recomputing the ' +
      'viewer’s keyed respondent key: nobody else’s response can be read this way, whatever their role.',
    select: { id: true, anonymous: true },
    resolve: async (survey, _args, context) => {
      const found = await myResponses(context).load(survey);
      return found ? responseRows(context).load(found.id) : null;
    },
  }),
  responses: t.prismaConnection({
    type: SurveyResponse,
    cursor: 'id',
    nullable: true,
    description:
      'Named surveys: the responses with their respondents and times, first submitted first (action survey:manage over the ' +
      'survey; null for anyone else). Anonymous surveys: null with the error SURVEY_ANONYMOUS (their respondents are never ' +
      'listed). At most 100 a page.',
    authorize: {
      action: 'survey:manage',
      resource: (survey) => ({ paths: [survey.orgPath], ownerId: null }),
    },
    totalCount: (survey, _args, context) => context.db.prisma.surveyResponse.count({ where: { surveyId: survey.id } }),
    resolve: (query, survey, _args, context) => {
      if (survey.anonymous) throw localizedError('SURVEY_ANONYMOUS');
      return context.db.prisma.surveyResponse.findMany({
        ...query,
        where: { surveyId: survey.id },
        orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      });
    },
  }),
}));

/** Surveys the viewer manages (survey:manage over their audience organisation). */
const managedWhere = (context: Context) => context.viewer.within('orgPath', scopeOf(context.viewer, 'survey:manage'));

builder.queryFields((t) => ({
  survey: t.prismaField({
    type: Survey,
    nullable: true,
    description:
      'One survey: for its managers, for its audience members once published, and for those who read results over it or ' +
      'below it once published; null for anyone else (exactly like a missing one).',
    args: { id: t.arg.globalID({ required: true, for: Survey, description: 'The survey.' }) },
    resolve: async (query, _root, args, context) =>
      context.db.prisma.survey.findFirst({
        ...query,
        where: { id: args.id.id, AND: [await surveyVisibleWhere(context)] },
      }),
  }),
  surveys: t.prismaConnection({
    type: Survey,
    cursor: 'id',
    description:
      'The surveys the viewer manages (survey:manage over their audience organisation: a class tutor’s class, a school ' +
      'admin’s school, a district admin’s district), newest first, optionally by status and purpose; empty for anyone else. ' +
      'At most 100 a page.',
    args: {
      status: t.arg({ type: SurveyStatus, required: false, description: 'Only surveys in this state.' }),
      purpose: t.arg({ type: SurveyPurpose, required: false, description: 'Only surveys for this purpose.' }),
    },
    totalCount: (_root, args, context) =>
      context.db.prisma.survey.count({
        where: {
          ...managedWhere(context),
          ...(args.status ? { status: args.status } : {}),
          ...(args.purpose ? { purpose: args.purpose } : {}),
        },
      }),
    resolve: (query, _root, args, context) =>
      context.db.prisma.survey.findMany({
        ...query,
        where: {
          ...managedWhere(context),
          ...(args.status ? { status: args.status } : {}),
          ...(args.purpose ? { purpose: args.purpose } : {}),
        },
        orderBy: { id: 'desc' },
      }),
  }),
  mySurveys: t.prismaConnection({
    type: Survey,
    cursor: 'id',
    description:
      'The published surveys whose audience holds the viewer (to answer, or answered), soonest closing first; `open: true` ' +
      'only those taking answers now, `open: false` only those that do not (closed, ended or not yet open). Each tells ' +
      'whether the viewer answered (`answered`). At most 100 a page; the same number of SQL statements for any page size.',
    args: {
      open: t.arg.boolean({ required: false, description: 'true: only open surveys; false: only the others.' }),
    },
    totalCount: async (_root, args, context) =>
      context.db.prisma.survey.count({ where: mySurveysWhere(await factsOf(context), args.open ?? null) }),
    resolve: async (query, _root, args, context) =>
      context.db.prisma.survey.findMany({
        ...query,
        where: mySurveysWhere(await factsOf(context), args.open ?? null),
        orderBy: [{ closesAt: 'asc' }, { id: 'asc' }],
      }),
  }),
}));

function mySurveysWhere(facts: Awaited<ReturnType<typeof factsOf>>, open: boolean | null) {
  const now = new Date();
  const openWhere = { status: 'PUBLISHED' as const, opensAt: { lte: now }, closesAt: { gt: now } };
  return {
    AND: [
      audienceWhere(facts),
      { status: { in: ['PUBLISHED' as const, 'CLOSED' as const] } },
      ...(open === true ? [openWhere] : open === false ? [{ NOT: openWhere }] : []),
    ],
  };
}
