/**
 * Rows of survey results: each tenant gets a district survey and a district self-assessment, each answered by the
 * tenant's teacher. Results are read over the group asked about (survey:readResults: the class's tutor, the school's
 * admin, the district's and province's admins); free text only over the survey's own audience (survey:readText: here
 * the district, so its admins and the province's). The export of an allowed viewer writes a file and changes nothing
 * else.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { ask, matrix, mutate, type Outcome, present, type Row, type Tenant, type Viewer } from './kit.js';

interface Objects {
  surveyGid: string;
  textQuestionGid: string;
  selfAssessmentGid: string;
}

const objects = (x: Tenant) => x.extra.surveyResults as Objects;

async function survey(x: Tenant, purpose: 'SATISFACTION' | 'SELF_ASSESSMENT') {
  const prisma = matrix.t.db.prisma;
  const made = await prisma.survey.create({
    data: {
      title: purpose,
      purpose,
      status: 'PUBLISHED',
      audienceKind: 'DISTRICT_TEACHERS',
      audienceOrganisationId: x.d.district.id,
      orgPath: x.d.district.path,
      publisherId: x.d.admin.id,
      catalogueId: purpose === 'SELF_ASSESSMENT' ? x.p.catalogueId : null,
      opensAt: new Date(Date.now() - 86_400_000),
      closesAt: new Date(Date.now() + 86_400_000),
      questions: {
        create: [
          { position: 0, key: 'rate', kind: 'SCALE', prompt: 'Rate', scaleMin: 1, scaleMax: 5 },
          { position: 1, key: 'say', kind: 'TEXT', prompt: 'Say' },
        ],
      },
    },
    select: { id: true, questions: { select: { id: true, key: true } } },
  });
  const teacher = x.enrolment.teacher;
  const response = await prisma.surveyResponse.create({
    data: {
      surveyId: made.id,
      respondentKey: teacher.id,
      respondentId: teacher.id,
      schoolPath: x.s.school.path,
      classPath: x.s.class.path,
      submittedAt: new Date(),
    },
    select: { id: true },
  });
  const byKey = new Map(made.questions.map((q) => [q.key, q.id]));
  await prisma.surveyAnswer.createMany({
    data: [
      { responseId: response.id, surveyId: made.id, questionId: byKey.get('rate') as string, value: 4 },
      { responseId: response.id, surveyId: made.id, questionId: byKey.get('say') as string, text: '很好' },
    ],
  });
  return {
    gid: encodeGlobalID('Survey', made.id),
    textGid: encodeGlobalID('SurveyQuestion', byKey.get('say') as string),
  };
}

export async function prepare(target: Tenant): Promise<void> {
  const general = await survey(target, 'SATISFACTION');
  const self = await survey(target, 'SELF_ASSESSMENT');
  target.extra.surveyResults = {
    surveyGid: general.gid,
    textQuestionGid: general.textGid,
    selfAssessmentGid: self.gid,
  } satisfies Objects;
}

/** Results over the class: its tutor and the admins above it. */
const CLASS_READERS: Partial<Record<Viewer, Outcome>> = {
  tutor: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  provinceAdmin: 'allowed',
};
/** Results over the school: its admins and those above. */
const SCHOOL_READERS: Partial<Record<Viewer, Outcome>> = {
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  provinceAdmin: 'allowed',
};

export const rows: Record<string, Row> = {
  'Query.surveyResults': {
    run: async (x, as) =>
      present(
        await ask(
          'query($s: ID!, $o: ID) { surveyResults(surveyId: $s, organisationId: $o) { respondents } }',
          { s: objects(x).surveyGid, o: x.s.class.gid },
          as,
        ),
      ),
    own: CLASS_READERS,
  },
  'Query.surveyResultGroups': {
    run: async (x, as) =>
      present(
        await ask(
          'query($s: ID!) { surveyResultGroups(surveyId: $s, level: CLASS, first: 5) { totalCount } }',
          { s: objects(x).surveyGid },
          as,
        ),
      ),
    own: CLASS_READERS,
  },
  'Query.surveyTextAnswers': {
    run: async (x, as) =>
      present(
        await ask(
          'query($s: ID!, $q: ID!) { surveyTextAnswers(surveyId: $s, questionId: $q, first: 5) { totalCount } }',
          { s: objects(x).surveyGid, q: objects(x).textQuestionGid },
          as,
        ),
      ),
    own: { districtAdmin: 'allowed', provinceAdmin: 'allowed' },
  },
  'Query.selfAssessmentResults': {
    run: async (x, as) =>
      present(
        await ask(
          'query($s: ID!, $o: ID) { selfAssessmentResults(surveyId: $s, organisationId: $o) { respondents } }',
          { s: objects(x).selfAssessmentGid, o: x.s.school.gid },
          as,
        ),
      ),
    own: SCHOOL_READERS,
  },
  'Mutation.exportSurveyResults': {
    run: (x, as) =>
      mutate(
        'exportSurveyResults',
        'ExportSurveyResultsInput',
        { surveyId: objects(x).surveyGid, organisationId: x.s.school.gid },
        as,
      ),
    // A denied survey looks missing (NOT_FOUND), whoever asks.
    own: SCHOOL_READERS,
  },
};
