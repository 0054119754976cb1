/**
 * Rows of peer review (同行评价): allocating, submitting a review, and the teacher's page, progress and the reviews an
 * evidence received. Each tenant gets a programme with peer review in which the tenant's teacher and a colleague
 * submitted evidence of A1 and review each other's. Every allowed mutation is refused after the check and changes
 * nothing: the allocation names the tenant's programme (it has no peer review: INVALID_STATE), the review a rating of 0
 * (ValidationError).
 */

import { evidenceRow } from '../../kit/evidence.js';
import { gid } from '../../kit/ids.js';
import type { EnrolmentRef, ProgrammeOptions } from '../../kit/world.js';
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
  enrolment: EnrolmentRef;
  evidence: { gid: string };
  review: { gid: string };
}

const objects = (x: Tenant) => x.extra.peerReview as Objects;

export async function prepare(target: Tenant): Promise<void> {
  const prisma = matrix.t.db.prisma;
  const rules = { selection: {}, evidence: { peerReview: { reviewsPerPiece: 1, blind: true, maxRating: 5 } } };
  const programme = await target.d.programme({ rules: rules as ProgrammeOptions['rules'], schools: [target.s] });
  const enrolment = await programme.enrol(target.enrolment.teacher, target.s);
  const colleague = await programme.teacher(target.s);
  const evidence = await evidenceRow(prisma, enrolment, programme, 'A1');
  const theirs = await evidenceRow(prisma, colleague, programme, 'A1');
  const pair = (piece: { id: string; competencyId: string }, reviewer: EnrolmentRef) => ({
    evidenceId: piece.id,
    programmeId: programme.id,
    competencyId: piece.competencyId,
    reviewerId: reviewer.teacher.id,
    reviewerEnrolmentId: reviewer.id,
    orgPath: reviewer.orgPath,
  });
  const review = await prisma.peerReview.create({ data: pair(theirs, enrolment), select: { id: true } });
  await prisma.peerReview.create({ data: pair(evidence, colleague) });
  target.extra.peerReview = {
    enrolment,
    evidence,
    review: { gid: gid('PeerReview', review.id) },
  } satisfies Objects;
}

/** The teacher's own records and the admins over the school (evidence:read). */
const OWN_AND_ADMINS: Partial<Record<Viewer, Outcome>> = {
  teacher: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  provinceAdmin: 'allowed',
};

const enrolmentField =
  (field: string, selection: string): Row['run'] =>
  async (x, as) =>
    present(
      (
        await ask(
          `query($id: ID!) { node(id: $id) { ... on Enrolment { ${field} ${selection} } } }`,
          { id: objects(x).enrolment.gid },
          as,
        )
      )?.[field],
    );

export const rows: Record<string, Row> = {
  'Mutation.allocatePeerReviews': {
    // The tenant's own programme has no peer review: INVALID_STATE after the check.
    run: (x, as) =>
      mutate('allocatePeerReviews', 'AllocatePeerReviewsInput', { programmeId: x.p.gid, schoolId: x.s.school.gid }, as),
    own: actionOf(SCHOOL_VIEWERS, 'schoolAdmin', 'districtAdmin'),
  },
  'Mutation.submitPeerReview': {
    // A rating of 0: a ValidationError after the check.
    run: (x, as) =>
      mutate(
        'submitPeerReview',
        'SubmitPeerReviewInput',
        { peerReviewId: objects(x).review.gid, rating: 0, comment: '好' },
        as,
      ),
    own: actionOf(OWN_AND_ADMINS, 'teacher'),
  },
  'Enrolment.peerReviews': {
    run: enrolmentField('peerReviews', '{ nodes { id } }'),
    own: OWN_AND_ADMINS,
  },
  'Enrolment.peerReviewProgress': {
    run: enrolmentField('peerReviewProgress', '{ done }'),
    own: OWN_AND_ADMINS,
  },
  'Evidence.peerReviews': {
    run: async (x, as) =>
      present(
        (
          await ask(
            'query($id: ID!) { node(id: $id) { ... on Evidence { peerReviews { nodes { id } } } } }',
            { id: objects(x).evidence.gid },
            as,
          )
        )?.peerReviews,
      ),
    own: OWN_AND_ADMINS,
  },
};
