/** Rows of the operations of school-based group activities (校本研修): publishing, completing and the hours pages. */
import { activity } from '../../kit/group-activities.js';
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

/** What `prepare` makes for a tenant: a published activity and a cancelled one of the school's group. */
interface Prepared {
  published: string;
  cancelled: string;
}

const of = (x: Tenant) => x.extra['group-activities'] as Prepared;

/** Whoever sees the group: the school's people and the admins above, and the group's leader (not the class tutor). */
const GROUP_VIEWERS: Partial<Record<Viewer, Outcome>> = { ...SCHOOL_VIEWERS, leader: 'allowed' };
/** The group's leader acts; everyone else who sees the group is refused; the rest find nothing. */
const LEADER_ACTION = actionOf(GROUP_VIEWERS, 'leader');
/** Reading hours: the admins over the school (and, for a teacher's own enrolment, the teacher). */
const HOURS_READERS: Partial<Record<Viewer, Outcome>> = {
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  provinceAdmin: 'allowed',
};

export async function prepare(x: Tenant): Promise<void> {
  const { t } = matrix;
  const member = await x.p.teacher(x.s);
  await t.db.prisma.roleAssignment.create({
    data: { userId: member.teacher.id, role: 'TEACHER', organisationId: x.s.group.id, orgPath: x.s.group.path },
  });
  const w = { d: x.d, s: x.s, p: x.p, members: [member] };
  const published = await activity(t, w, { completed: false, kind: 'OFFLINE', hours: 4 });
  const cancelled = await activity(t, w, { completed: false, kind: 'TEACHING_DISCUSSION' });
  await t.db.prisma.groupActivity.update({ where: { id: cancelled.id }, data: { status: 'CANCELLED' } });
  x.extra['group-activities'] = { published: published.gid, cancelled: cancelled.gid } satisfies Prepared;
}

// Each input is invalid past the check, or a repeat that changes nothing.
export const rows: Record<string, Row> = {
  'Mutation.publishGroupActivity': {
    run: (x, as) =>
      mutate(
        'publishGroupActivity',
        'PublishGroupActivityInput',
        { programmeId: x.p.gid, groupId: x.s.group.gid, kind: 'TEACHING_DISCUSSION', title: '' },
        as,
      ),
    own: LEADER_ACTION,
  },
  'Mutation.addGroupActivityEvidence': {
    // No file: a ValidationError after the check.
    run: (x, as) =>
      mutate(
        'addGroupActivityEvidence',
        'AddGroupActivityEvidenceInput',
        { activityId: of(x).published, files: [] },
        as,
      ),
    own: LEADER_ACTION,
  },
  'Mutation.completeGroupActivity': {
    // An empty list of members: a ValidationError after the check.
    run: (x, as) =>
      mutate(
        'completeGroupActivity',
        'CompleteGroupActivityInput',
        { activityId: of(x).published, completedMemberIds: [] },
        as,
      ),
    own: LEADER_ACTION,
  },
  'Mutation.cancelGroupActivity': {
    // Cancelling a cancelled activity changes nothing.
    run: (x, as) => mutate('cancelGroupActivity', 'CancelGroupActivityInput', { activityId: of(x).cancelled }, as),
    own: LEADER_ACTION,
  },
  'Query.schoolGroupHours': {
    run: async (x, as) =>
      present(
        await ask(
          'query($p: ID!, $s: ID!) { schoolGroupHours(programmeId: $p, schoolId: $s, first: 1) { totalCount } }',
          { p: x.p.gid, s: x.s.school.gid },
          as,
        ),
      ),
    own: HOURS_READERS,
  },
  'Enrolment.groupHours': {
    run: async (x, as) =>
      present(
        (
          await ask(
            'query($id: ID!) { node(id: $id) { ... on Enrolment { groupHours { countedHours } } } }',
            { id: x.enrolment.gid },
            as,
          )
        )?.groupHours,
      ),
    own: { ...HOURS_READERS, teacher: 'allowed' },
  },
};
