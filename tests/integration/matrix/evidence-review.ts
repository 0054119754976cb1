/**
 * Rows of the evidence review (issue 12, item 4): the group leader's review, the raters' assessment and return, the
 * expert re-review and the district's sampling, the reviewer queue and the school's result sheet and its export.
 * Each tenant's teacher gets three pieces of evidence in the group: SUBMITTED (the leader's), GROUP_REVIEWED (the
 * school's) and ASSESSED and sampled (the experts'). Allowed mutations send input refused after the check (a return
 * without its comment, no levels, a comment too long, perSchool 0), so nothing changes; the export writes a file.
 */
import { evidenceRow } from '../../kit/evidence.js';
import {
  actionOf,
  ask,
  DISTRICT_ADMIN_ACTION,
  lists,
  matrix,
  mutate,
  type Outcome,
  present,
  type Row,
  SCHOOL_VIEWERS,
  type Tenant,
  TOO_LONG,
  type Viewer,
} from './kit.js';

interface Objects {
  programme: { id: string; gid: string };
  submitted: { gid: string };
  groupReviewed: { gid: string };
  sampled: { gid: string };
}

const objects = (x: Tenant) => x.extra.evidenceReview as Objects;

export async function prepare(target: Tenant): Promise<void> {
  const prisma = matrix.t.db.prisma;
  const group = target.s.group;
  // A programme of its own (other modules' rows give the tenant's teacher evidence in the tenant's programme).
  const programme = await target.d.programme({ schools: [target.s] });
  const enrolment = await programme.enrol(target.enrolment.teacher, target.s);
  const submitted = await evidenceRow(prisma, enrolment, programme, 'A1', { group });
  const groupReviewed = await evidenceRow(prisma, enrolment, programme, 'A2', { status: 'GROUP_REVIEWED', group });
  const sampled = await evidenceRow(prisma, enrolment, programme, 'A3', {
    status: 'ASSESSED',
    outcome: 'PASS',
    points: 8,
    sampled: true,
    group,
  });
  target.extra.evidenceReview = { programme, submitted, groupReviewed, sampled } satisfies Objects;
}

/** Who sees a submitted piece of the group: its author, the group leader and the admins over the school. */
const EVIDENCE_READERS: Partial<Record<Viewer, Outcome>> = {
  teacher: 'allowed',
  leader: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  provinceAdmin: 'allowed',
};
/** A sampled piece is also the district's experts'. */
const SAMPLED_READERS: Partial<Record<Viewer, Outcome>> = { ...EVIDENCE_READERS, expert: 'allowed' };

const QUEUE = `query($stage: EvidenceReviewStage!, $p: ID!) {
  evidenceReviewQueue(stage: $stage, programmeId: $p) { nodes { id } }
}`;

export const rows: Record<string, Row> = {
  'Mutation.reviewEvidenceAsGroupLeader': {
    run: (x, as) =>
      mutate(
        'reviewEvidenceAsGroupLeader',
        'ReviewEvidenceAsGroupLeaderInput',
        { evidenceId: objects(x).submitted.gid, expectedVersion: 1, decision: 'RETURN' },
        as,
      ),
    own: actionOf(EVIDENCE_READERS, 'leader'),
  },
  'Mutation.assessEvidence': {
    run: (x, as) =>
      mutate(
        'assessEvidence',
        'AssessEvidenceInput',
        { evidenceId: objects(x).groupReviewed.gid, expectedVersion: 1, levels: [] },
        as,
      ),
    own: actionOf(EVIDENCE_READERS, 'schoolAdmin'),
  },
  'Mutation.returnEvidence': {
    run: (x, as) =>
      mutate(
        'returnEvidence',
        'ReturnEvidenceInput',
        { evidenceId: objects(x).groupReviewed.gid, expectedVersion: 1, comment: '' },
        as,
      ),
    own: actionOf(EVIDENCE_READERS, 'schoolAdmin'),
  },
  'Mutation.expertReviewEvidence': {
    run: (x, as) =>
      mutate(
        'expertReviewEvidence',
        'ExpertReviewEvidenceInput',
        { evidenceId: objects(x).sampled.gid, expectedVersion: 1, outcome: 'PASS', comment: TOO_LONG },
        as,
      ),
    own: actionOf(SAMPLED_READERS, 'expert'),
  },
  'Mutation.sampleEvidenceForExpertReview': {
    run: (x, as) =>
      mutate(
        'sampleEvidenceForExpertReview',
        'SampleEvidenceForExpertReviewInput',
        { programmeId: objects(x).programme.gid, schoolIds: [x.s.school.gid], perSchool: 0 },
        as,
      ),
    own: DISTRICT_ADMIN_ACTION,
  },
  'Mutation.exportSchoolAssessmentResults': {
    run: (x, as) =>
      mutate(
        'exportSchoolAssessmentResults',
        'ExportSchoolAssessmentResultsInput',
        { programmeId: objects(x).programme.gid, schoolId: x.s.school.gid },
        as,
      ),
    own: actionOf(SCHOOL_VIEWERS, 'schoolAdmin', 'districtAdmin', 'provinceAdmin'),
  },
  'Query.schoolAssessmentResults': {
    run: async (x, as) =>
      present(
        await ask(
          'query($p: ID!, $s: ID!) { schoolAssessmentResults(programmeId: $p, schoolId: $s) { totals { pieces } } }',
          { p: objects(x).programme.gid, s: x.s.school.gid },
          as,
        ),
      ),
    own: { schoolAdmin: 'allowed', districtAdmin: 'allowed', provinceAdmin: 'allowed' },
  },
  'Query.evidenceReviewQueue': {
    // Allowed: the viewer finds one of the tenant's pieces waiting for them at some stage.
    run: async (x, as) => {
      const { submitted, groupReviewed, sampled } = objects(x);
      const found = await Promise.all(
        (
          [
            ['GROUP', submitted.gid],
            ['SCHOOL', groupReviewed.gid],
            ['EXPERT', sampled.gid],
          ] as const
        ).map(async ([stage, gid]) =>
          lists((await ask(QUEUE, { stage, p: objects(x).programme.gid }, as))?.nodes, gid),
        ),
      );
      return found.includes('allowed') ? 'allowed' : 'missing';
    },
    own: { leader: 'allowed', schoolAdmin: 'allowed', expert: 'allowed' },
  },
};
