/**
 * Rows of surveys (action survey:manage over the audience organisation; survey:respond for audience members). Each
 * tenant has a published named survey for its class (the tenant's teacher is enrolled there: the audience), a draft for
 * the class, and an empty draft. Allowed mutations change nothing: creating takes a too-long title (INVALID_INPUT after
 * the check), editing the same, publishing the empty draft and closing a draft are INVALID_STATE, deleting the published
 * survey is INVALID_STATE, and answering gives no answer to a required question (INVALID_INPUT). Templates are reference
 * data: the same for both districts.
 */
import { seedSurveyTemplates } from '../../../prisma/seed/surveys.js';
import { writeSections } from '../../../schema/surveys/definition-writes.js';
import { definitionSchema, layoutDefinition } from '../../../schema/surveys/rules.js';
import { daysFromNow, gid } from '../../kit/ids.js';
import {
  ask,
  lists,
  matrix,
  mutate,
  mutationOutcome,
  type Outcome,
  present,
  type Row,
  type Tenant,
  TOO_LONG,
  type Viewer,
} from './kit.js';

interface Objects {
  published: string;
  draft: string;
  empty: string;
  catalogueGid: string;
}

const objects = (x: Tenant) => x.extra.surveys as Objects;

const DEFINITION = definitionSchema.parse({
  sections: [
    { title: '总体评价', questions: [{ key: 'overall', kind: 'SCALE', prompt: '总体满意度', required: true }] },
  ],
});

export async function prepare(target: Tenant): Promise<void> {
  const prisma = matrix.t.db.prisma;
  await prisma.$transaction((tx) => seedSurveyTemplates(tx));
  const standard = await matrix.t.world.principalStandard();
  const make = async (status: 'DRAFT' | 'PUBLISHED', withQuestions: boolean) =>
    prisma.$transaction(async (tx) => {
      const survey = await tx.survey.create({
        data: {
          title: `matrix ${status}`,
          status,
          audienceKind: 'CLASS',
          audienceOrganisationId: target.s.class.id,
          orgPath: target.s.class.path,
          publisherId: target.s.tutor.id,
          opensAt: daysFromNow(-1),
          closesAt: daysFromNow(30),
          publishedAt: status === 'PUBLISHED' ? new Date() : null,
        },
        select: { id: true },
      });
      if (withQuestions) await writeSections(tx, survey.id, layoutDefinition(DEFINITION));
      return gid('Survey', survey.id);
    });
  target.extra.surveys = {
    published: await make('PUBLISHED', true),
    draft: await make('DRAFT', true),
    empty: await make('DRAFT', false),
    catalogueGid: standard.gid,
  } satisfies Objects;
}

/** Managers of the tenant's class survey: its tutor, the school admin and the district admin. */
const MANAGERS: Partial<Record<Viewer, Outcome>> = {
  tutor: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
};
/** Who sees the class organisation without managing surveys over it (creating is FORBIDDEN_ACTION for them). */
const CLASS_VIEWERS: Partial<Record<Viewer, Outcome>> = {
  ...MANAGERS,
  teacher: 'forbidden',
  expert: 'forbidden',
  provinceAdmin: 'forbidden',
};
/** Who sees the published survey: its managers, its audience (the teacher) and result readers (the province admin). */
const PUBLISHED_READERS: Partial<Record<Viewer, Outcome>> = {
  ...MANAGERS,
  teacher: 'allowed',
  provinceAdmin: 'allowed',
};

const audienceOf = (x: Tenant) => ({ kind: 'CLASS', organisationId: x.s.class.gid });
const window = () => ({ opensAt: daysFromNow(-1).toISOString(), closesAt: daysFromNow(30).toISOString() });

export const rows: Record<string, Row> = {
  'Query.surveyTemplates': {
    run: async (_x, as) => present(await ask('{ surveyTemplates(first: 5) { nodes { code } } }', {}, as)),
    own: MANAGERS,
    other: MANAGERS,
  },
  'Query.survey': {
    run: async (x, as) =>
      present(await ask('query($id: ID!) { survey(id: $id) { id title } }', { id: objects(x).published }, as)),
    own: PUBLISHED_READERS,
  },
  'Query.surveys': {
    run: async (x, as) =>
      lists((await ask('{ surveys(first: 100) { nodes { id } } }', {}, as))?.nodes, objects(x).published),
    own: MANAGERS,
  },
  'Query.mySurveys': {
    run: async (x, as) =>
      lists((await ask('{ mySurveys(first: 100) { nodes { id } } }', {}, as))?.nodes, objects(x).published),
    own: { teacher: 'allowed' },
  },
  'Survey.responses': {
    run: async (x, as) =>
      present(
        (
          await ask(
            'query($id: ID!) { survey(id: $id) { responses(first: 5) { totalCount } } }',
            { id: objects(x).published },
            as,
          )
        )?.responses,
      ),
    own: MANAGERS,
  },
  'Survey.audienceSize': {
    run: async (x, as) =>
      present(
        (await ask('query($id: ID!) { survey(id: $id) { audienceSize } }', { id: objects(x).published }, as))
          ?.audienceSize,
      ),
    own: MANAGERS,
  },
  'Mutation.createSurvey': {
    run: (x, as) =>
      mutate('createSurvey', 'CreateSurveyInput', { title: TOO_LONG, audience: audienceOf(x), ...window() }, as),
    own: CLASS_VIEWERS,
  },
  'Mutation.createSelfAssessment': {
    run: (x, as) =>
      mutate(
        'createSelfAssessment',
        'CreateSelfAssessmentInput',
        { catalogueId: objects(x).catalogueGid, title: TOO_LONG, audience: audienceOf(x), ...window() },
        as,
      ),
    own: CLASS_VIEWERS,
  },
  'Mutation.updateSurvey': {
    run: (x, as) => mutate('updateSurvey', 'UpdateSurveyInput', { surveyId: objects(x).draft, title: TOO_LONG }, as),
    own: MANAGERS,
  },
  'Mutation.publishSurvey': {
    run: (x, as) => mutate('publishSurvey', 'PublishSurveyInput', { surveyId: objects(x).empty }, as),
    own: MANAGERS,
  },
  'Mutation.closeSurvey': {
    run: (x, as) => mutate('closeSurvey', 'CloseSurveyInput', { surveyId: objects(x).draft }, as),
    own: MANAGERS,
  },
  'Mutation.deleteSurvey': {
    run: (x, as) => mutate('deleteSurvey', 'DeleteSurveyInput', { surveyId: objects(x).published }, as),
    own: { ...MANAGERS, teacher: 'forbidden', provinceAdmin: 'forbidden' },
  },
  'Mutation.submitSurveyResponse': {
    // Someone who sees the survey but is outside its audience (SURVEY_NOT_IN_AUDIENCE) counts as refused.
    run: async (x, as) => {
      const result = await ask(
        'mutation($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { __typename } }',
        { input: { surveyId: objects(x).published, answers: [] } },
        as,
      );
      return result.__typename === 'SurveyNotInAudienceError' ? 'forbidden' : mutationOutcome(result);
    },
    own: { teacher: 'allowed', tutor: 'forbidden', schoolAdmin: 'forbidden' },
  },
};
