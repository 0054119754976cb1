/**
 * Rows of shares and assignments: sharing and rejecting, setting assignments, submitting, marking, returning and
 * recommending, the tutor's class shares and marking queue, and the experts' recommended work. Every allowed
 * mutation is refused after the check (bad input or state), so the rows change nothing.
 */
import { assignment, submission } from '../../kit/assignments.js';
import { gid } from '../../kit/ids.js';
import {
  actionOf,
  ask,
  DISTRICT_ADMIN_ACTION,
  ENROLMENT_READERS,
  matrix,
  mutate,
  present,
  type Row,
  type Tenant,
  TOO_LONG,
} from './kit.js';

interface Objects {
  assignment: { id: string; gid: string };
  share: { gid: string };
  submission: { gid: string };
}

const objects = (x: Tenant) => x.extra.sharesAssignments as Objects;

export async function prepare(target: Tenant): Promise<void> {
  const prisma = matrix.t.db.prisma;
  const work = await assignment(prisma, target.p, { code: 'hw1' });
  const share = await prisma.share.create({
    data: {
      enrolmentId: target.enrolment.id,
      teacherId: target.enrolment.teacher.id,
      kind: 'RESOURCE',
      title: '教学设计',
      url: 'https://example.cn/lesson',
      orgPath: target.enrolment.orgPath,
    },
    select: { id: true },
  });
  const submitted = await submission(prisma, work, { ...target.enrolment, classPath: target.s.class.path });
  target.extra.sharesAssignments = {
    assignment: work,
    share: { gid: gid('Share', share.id) },
    submission: submitted,
  } satisfies Objects;
}

const TUTOR_ONLY = { tutor: 'allowed' } as const;
const RECOMMENDED_READERS = { expert: 'allowed', districtAdmin: 'allowed', provinceAdmin: 'allowed' } as const;
const TEACHER_ACTION = actionOf(ENROLMENT_READERS, 'teacher');
const TUTOR_ACTION = actionOf(ENROLMENT_READERS, 'tutor');

export const rows: Record<string, Row> = {
  'Mutation.shareResource': {
    run: (x, as) =>
      mutate(
        'shareResource',
        'ShareResourceInput',
        { enrolmentId: x.enrolment.gid, kind: 'RESOURCE', title: '资源', url: 'ftp://example.cn/x' },
        as,
      ),
    own: TEACHER_ACTION,
  },
  'Mutation.rejectShare': {
    run: (x, as) => mutate('rejectShare', 'RejectShareInput', { shareId: objects(x).share.gid, reason: TOO_LONG }, as),
    own: TUTOR_ACTION,
  },
  'Query.classShares': {
    run: connectionRow('classShares', (x) => `classId: "${x.s.class.gid}", programmeId: "${x.p.gid}"`),
    own: TUTOR_ONLY,
  },
  'Mutation.createAssignment': {
    run: (x, as) =>
      mutate(
        'createAssignment',
        'CreateAssignmentInput',
        { programmeId: x.p.gid, code: '!!', title: 'x', brief: 'x', dueAt: new Date().toISOString(), mode: 'ONLINE' },
        as,
      ),
    own: DISTRICT_ADMIN_ACTION,
  },
  'Mutation.updateAssignment': {
    run: (x, as) =>
      mutate(
        'updateAssignment',
        'UpdateAssignmentInput',
        { assignmentId: objects(x).assignment.gid, title: TOO_LONG },
        as,
      ),
    own: DISTRICT_ADMIN_ACTION,
  },
  'Mutation.submitAssignment': {
    // No answer at all: refused with INVALID_INPUT after the check.
    run: (x, as) =>
      mutate(
        'submitAssignment',
        'SubmitAssignmentInput',
        { assignmentId: objects(x).assignment.gid, enrolmentId: x.enrolment.gid },
        as,
      ),
    own: TEACHER_ACTION,
  },
  'Mutation.markAssignment': {
    run: (x, as) =>
      mutate(
        'markAssignment',
        'MarkAssignmentInput',
        { submissionId: objects(x).submission.gid, mark: 80, expectedAttempt: 0 },
        as,
      ),
    own: TUTOR_ACTION,
  },
  'Mutation.returnAssignment': {
    run: (x, as) =>
      mutate(
        'returnAssignment',
        'ReturnAssignmentInput',
        { submissionId: objects(x).submission.gid, comment: TOO_LONG, expectedAttempt: 1 },
        as,
      ),
    own: TUTOR_ACTION,
  },
  'Mutation.recommendAssignment': {
    // The submission is SUBMITTED, not MARKED: refused with INVALID_STATE after the check.
    run: (x, as) =>
      mutate('recommendAssignment', 'RecommendAssignmentInput', { submissionId: objects(x).submission.gid }, as),
    own: TUTOR_ACTION,
  },
  'Mutation.unrecommendAssignment': {
    run: (x, as) =>
      mutate('unrecommendAssignment', 'RecommendAssignmentInput', { submissionId: objects(x).submission.gid }, as),
    own: TUTOR_ACTION,
  },
  'Query.markingQueue': {
    run: connectionRow('markingQueue', (x) => `classId: "${x.s.class.gid}", programmeId: "${x.p.gid}"`),
    own: TUTOR_ONLY,
  },
  'Query.recommendedAssignments': {
    run: connectionRow('recommendedAssignments', (x) => `programmeId: "${x.p.gid}"`),
    own: RECOMMENDED_READERS,
  },
};

function connectionRow(field: string, args: (x: Tenant) => string): Row['run'] {
  return async (x, as) => present(await ask(`query { ${field}(${args(x)}) { totalCount } }`, {}, as));
}
