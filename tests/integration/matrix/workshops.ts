/** Rows of the workshops: posting, activities, hosts, moderation, class notices, participation lists and the class feed. */
import { gid } from '../../kit/ids.js';
import { ask, matrix, mutate, present, type Row, type Tenant } from './kit.js';

interface WorkshopObjects {
  /** The COMPETENCY workshop of A7, which the tenant's teacher selected. */
  workshop: string;
  /** An activity in it, hosted by the tenant's expert. */
  activity: string;
  /** The teacher's post in the activity. */
  post: string;
}

const objects = (x: Tenant) => x.extra.workshops as WorkshopObjects;

export async function prepare(x: Tenant): Promise<void> {
  const prisma = matrix.t.db.prisma;
  const workshop = await prisma.workshop.findFirstOrThrow({
    where: { programmeId: x.p.id, competency: { code: 'A7' } },
    select: { id: true, orgPath: true },
  });
  const activity = await prisma.workshopActivity.create({
    data: {
      workshopId: workshop.id,
      kind: 'DISCUSSION',
      title: '主题研讨',
      opensAt: new Date(Date.now() - 86_400_000),
      closesAt: new Date(Date.now() + 86_400_000),
      hostId: x.expert.id,
      orgPath: workshop.orgPath,
    },
    select: { id: true },
  });
  const post = await prisma.workshopPost.create({
    data: {
      workshopId: workshop.id,
      activityId: activity.id,
      authorId: x.enrolment.teacher.id,
      body: '教师的发言',
      orgPath: x.s.class.path,
    },
    select: { id: true },
  });
  x.extra.workshops = {
    workshop: gid('Workshop', workshop.id),
    activity: gid('WorkshopActivity', activity.id),
    post: gid('WorkshopPost', post.id),
  } satisfies WorkshopObjects;
}

const TOO_LONG_POST = 'x'.repeat(10_001);
const LATER = new Date(Date.now() + 2 * 86_400_000).toISOString();
const EARLIER = new Date(Date.now() - 2 * 86_400_000).toISOString();

/** The workshop's readers: its member teacher, the activity's host and the admins above the district. */
const HOSTING = {
  teacher: 'forbidden',
  districtAdmin: 'allowed',
  expert: 'allowed',
  provinceAdmin: 'forbidden',
} as const;
/** A post is also seen by the tutor and school admin over its author's class, who do not moderate this workshop. */
const MODERATING = { ...HOSTING, tutor: 'forbidden', schoolAdmin: 'forbidden' } as const;

export const rows: Record<string, Row> = {
  'Mutation.postInWorkshop': {
    // Too long: refused after the check, so an allowed call writes nothing.
    run: (x, as) =>
      mutate('postInWorkshop', 'PostInWorkshopInput', { workshopId: objects(x).workshop, body: TOO_LONG_POST }, as),
    own: { teacher: 'allowed', expert: 'allowed', districtAdmin: 'forbidden', provinceAdmin: 'forbidden' },
  },
  'Mutation.createWorkshopActivity': {
    run: (x, as) =>
      mutate(
        'createWorkshopActivity',
        'CreateWorkshopActivityInput',
        { workshopId: objects(x).workshop, kind: 'DISCUSSION', title: 't', opensAt: LATER, closesAt: EARLIER },
        as,
      ),
    // Only the workshop's host (none appointed) and the district: the activity's host is not the workshop's.
    own: { teacher: 'forbidden', expert: 'forbidden', districtAdmin: 'allowed', provinceAdmin: 'forbidden' },
  },
  'Mutation.updateWorkshopActivity': {
    run: (x, as) =>
      mutate(
        'updateWorkshopActivity',
        'UpdateWorkshopActivityInput',
        { activityId: objects(x).activity, opensAt: LATER, closesAt: EARLIER },
        as,
      ),
    own: HOSTING,
  },
  'Mutation.setWorkshopHost': {
    // The teacher is not eligible: HOST_NOT_ELIGIBLE after the check.
    run: (x, as) =>
      mutate(
        'setWorkshopHost',
        'SetWorkshopHostInput',
        { workshopId: objects(x).workshop, hostId: x.enrolment.teacher.gid },
        as,
      ),
    own: { teacher: 'forbidden', expert: 'forbidden', districtAdmin: 'allowed', provinceAdmin: 'forbidden' },
  },
  'Mutation.hidePost': {
    run: (x, as) => mutate('hidePost', 'HidePostInput', { postId: objects(x).post, reason: ' ' }, as),
    own: MODERATING,
  },
  'Mutation.unhidePost': {
    run: (x, as) => mutate('unhidePost', 'UnhidePostInput', { postId: objects(x).post }, as),
    own: MODERATING,
  },
  'Mutation.pinPost': {
    run: (x, as) => mutate('pinPost', 'PinPostInput', { postId: objects(x).post, pinned: false }, as),
    own: MODERATING,
  },
  'Mutation.publishClassNotice': {
    run: (x, as) =>
      mutate(
        'publishClassNotice',
        'PublishClassNoticeInput',
        { classId: x.s.class.gid, programmeId: x.p.gid, kind: 'ANNOUNCEMENT', title: '', body: 'x' },
        as,
      ),
    own: {
      teacher: 'forbidden',
      tutor: 'allowed',
      schoolAdmin: 'forbidden',
      districtAdmin: 'forbidden',
      expert: 'forbidden',
      syncClient: 'forbidden',
      provinceAdmin: 'forbidden',
    },
  },
  'WorkshopActivity.participations': {
    run: async (x, as) =>
      present(
        (
          await ask(
            'query($id: ID!) { node(id: $id) { ... on WorkshopActivity { participations { totalCount } } } }',
            { id: objects(x).activity },
            as,
          )
        )?.participations,
      ),
    own: { expert: 'allowed', districtAdmin: 'allowed', provinceAdmin: 'allowed' },
  },
  'Organisation.classActivityFeed': {
    run: async (x, as) =>
      present(
        (
          await ask(
            'query($id: ID!, $p: ID!) { organisation(id: $id) { classActivityFeed(programmeId: $p) { nodes { id } } } }',
            { id: x.s.class.gid, p: x.p.gid },
            as,
          )
        )?.classActivityFeed,
      ),
    own: { tutor: 'allowed', schoolAdmin: 'allowed', districtAdmin: 'allowed', provinceAdmin: 'allowed' },
  },
};
