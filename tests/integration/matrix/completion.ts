/**
 * Rows of qualification, whole-school completion (整校推进) and closing (结项): the school's completion page, the
 * district's closing console, the expert's assignments and the writes. Each tenant's school has a completion that has
 * APPLIED to close and the tenant's expert assigned to score it (so the assigned expert's reads have something to show,
 * and applying again is refused). Every allowed mutation is refused after the check and changes nothing: an unknown
 * proof item, a score out of range, no experts in a programme without expert assessment, no levels, a second
 * application, a return without a comment.
 */
import { gid } from '../../kit/ids.js';
import {
  actionOf,
  ask,
  matrix,
  mutate,
  type Outcome,
  present,
  type Row,
  SCHOOL_VIEWERS,
  type Tenant,
  type Viewer,
} from './kit.js';

interface Objects {
  assessmentGid: string;
  rubricGid: string;
}

const objects = (x: Tenant) => x.extra.completion as Objects;

export async function prepare(target: Tenant): Promise<void> {
  const prisma = matrix.t.db.prisma;
  const { p, s, d, expert } = target;
  const rubric = await prisma.rubric.create({
    data: {
      key: `completion-${s.school.id.slice(-12)}`,
      titleZh: '整校推进绩效考核',
      orgPath: d.district.path,
      ownerOrganisationId: d.district.id,
      versions: {
        create: {
          version: 1,
          criteria: [
            { key: 'plan', nameZh: '规划', levels: [{ key: 'good', nameZh: '好', points: 10, descriptorZh: '好' }] },
          ],
          passPoints: 6,
          excellentPoints: 9,
        },
      },
    },
    include: { versions: true },
  });
  const completion = await prisma.schoolCompletion.upsert({
    where: { programmeId_schoolId: { programmeId: p.id, schoolId: s.school.id } },
    create: {
      programmeId: p.id,
      schoolId: s.school.id,
      orgPath: s.school.path,
      closingState: 'APPLIED',
      appliedAt: new Date(),
      appliedRate: 1,
    },
    update: { closingState: 'APPLIED', appliedAt: new Date(), appliedRate: 1 },
  });
  const assessment = await prisma.schoolExpertAssessment.create({
    data: {
      completionId: completion.id,
      expertId: expert.id,
      rubricVersionId: rubric.versions[0]!.id,
      orgPath: s.school.path,
      assignedById: d.admin.id,
    },
  });
  target.extra.completion = {
    assessmentGid: gid('SchoolExpertAssessment', assessment.id),
    rubricGid: gid('Rubric', rubric.id),
  } satisfies Objects;
}

/** The readers of a school's completion: the admins over the school and the expert assigned to score it. */
const COMPLETION_READERS: Partial<Record<Viewer, Outcome>> = {
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  provinceAdmin: 'allowed',
  expert: 'allowed',
};

const pair = (x: Tenant) => ({ programmeId: x.p.gid, schoolId: x.s.school.gid });

export const rows: Record<string, Row> = {
  'Query.schoolCompletion': {
    run: async (x, as) =>
      present(
        await ask(
          'query($p: ID!, $s: ID!) { schoolCompletion(programmeId: $p, schoolId: $s) { qualifiedCount closingState } }',
          { p: x.p.gid, s: x.s.school.gid },
          as,
        ),
      ),
    own: COMPLETION_READERS,
  },
  'Query.districtCompletion': {
    run: async (x, as) =>
      present(
        await ask(
          'query($p: ID!) { districtCompletion(programmeId: $p, first: 5) { totalCount } }',
          { p: x.p.gid },
          as,
        ),
      ),
    own: { districtAdmin: 'allowed', provinceAdmin: 'allowed' },
  },
  'Query.myExpertAssessments': {
    run: async (x, as) => {
      const page = await ask('{ myExpertAssessments(first: 100) { nodes { id } } }', {}, as);
      return page.nodes.some((node: { id: string }) => node.id === objects(x).assessmentGid) ? 'allowed' : 'missing';
    },
    own: { expert: 'allowed' },
  },
  'SchoolExpertAssessment.completion': {
    run: async (x, as) =>
      present(
        (
          await ask(
            'query($id: ID!) { node(id: $id) { ... on SchoolExpertAssessment { completion { schoolName } } } }',
            { id: objects(x).assessmentGid },
            as,
          )
        )?.completion,
      ),
    own: COMPLETION_READERS,
  },
  'Enrolment.qualification': {
    run: async (x, as) =>
      present(
        (
          await ask(
            'query($id: ID!) { node(id: $id) { ... on Enrolment { qualification { qualified } } } }',
            { id: x.enrolment.gid },
            as,
          )
        )?.qualification,
      ),
    own: { teacher: 'allowed', schoolAdmin: 'allowed', districtAdmin: 'allowed', provinceAdmin: 'allowed' },
  },
  'Mutation.uploadProofItem': {
    // An item the programme's proof list does not have: INVALID_INPUT after the check.
    run: (x, as) => mutate('uploadProofItem', 'UploadProofItemInput', { ...pair(x), itemKey: 'nope', text: '无' }, as),
    own: actionOf(SCHOOL_VIEWERS, 'schoolAdmin'),
  },
  'Mutation.submitSelfAssessment': {
    // A negative score: INVALID_INPUT after the check.
    run: (x, as) => mutate('submitSelfAssessment', 'SubmitSelfAssessmentInput', { ...pair(x), score: -1 }, as),
    own: actionOf(SCHOOL_VIEWERS, 'schoolAdmin'),
  },
  'Mutation.assignSchoolExperts': {
    // The tenant's programme has no expert assessment (expertsPerSchool 0): INVALID_STATE after the check.
    run: (x, as) =>
      mutate(
        'assignSchoolExperts',
        'AssignSchoolExpertsInput',
        { ...pair(x), expertIds: [x.expert.gid], rubricId: objects(x).rubricGid },
        as,
      ),
    own: actionOf(SCHOOL_VIEWERS, 'districtAdmin'),
  },
  'Mutation.scoreSchool': {
    // No levels: INVALID_INPUT (the criterion is missing) after the check.
    run: (x, as) =>
      mutate('scoreSchool', 'ScoreSchoolInput', { assessmentId: objects(x).assessmentGid, levels: [] }, as),
    own: { expert: 'allowed', schoolAdmin: 'forbidden', districtAdmin: 'forbidden', provinceAdmin: 'forbidden' },
  },
  'Mutation.confirmSchoolAssessment': {
    // No expert assessment in the tenant's programme: INVALID_STATE after the check.
    run: (x, as) => mutate('confirmSchoolAssessment', 'ConfirmSchoolAssessmentInput', pair(x), as),
    own: actionOf(SCHOOL_VIEWERS, 'districtAdmin'),
  },
  'Mutation.applyToClose': {
    // The school applied already: ClosingShortfallError (ALREADY_APPLIED) after the check.
    run: (x, as) => mutate('applyToClose', 'ApplyToCloseInput', pair(x), as),
    own: actionOf(SCHOOL_VIEWERS, 'schoolAdmin'),
  },
  'Mutation.decideClosing': {
    // A return without a comment: INVALID_INPUT after the check.
    run: (x, as) => mutate('decideClosing', 'DecideClosingInput', { ...pair(x), accept: false }, as),
    own: actionOf(SCHOOL_VIEWERS, 'districtAdmin'),
  },
};
