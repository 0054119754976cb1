/**
 * Workshops (工作坊), their activities, threaded posts, counted participations and class notices as GraphQL types.
 * Every type checks the viewer's part (membership.ts) where it is returned, so node(id), relations and lists agree.
 */
import { createContextCache, type ObjectRef } from '@pothos/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import type { StoredFile as StoredFileRow } from '../../api/db/generated/prisma/client.js';
import {
  ActivityKind as ActivityKindValues,
  ClassNoticeKind as ClassNoticeKindValues,
  WorkshopKind as WorkshopKindValues,
} from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { attachmentsOf } from '../files/index.js';
import { Organisation } from '../organisations/index.js';
import { scopeOf } from '../shared/index.js';
import { canSeeUser, User } from '../users/index.js';
import {
  canModerate,
  canReadWorkshop,
  canSeeNotice,
  canSeePost,
  type Membership,
  membership,
  readerWhere,
  type WorkshopFacts,
  workshopWhere,
} from './membership.js';

/** The files module's StoredFile type, by name: schema/files/index.ts does not export its ref. */
const StoredFile = 'StoredFile' as unknown as ObjectRef<(typeof builder)['$inferSchemaTypes'], StoredFileRow>;

export const WorkshopKind = builder.enumType(WorkshopKindValues, {
  name: 'WorkshopKind',
  description: 'COMPETENCY: one per micro-competency of a programme; CLASS: one per class of a programme.',
});

export const ActivityKind = builder.enumType(ActivityKindValues, {
  name: 'WorkshopActivityKind',
  description:
    'What a workshop activity is: DISCUSSION (主题研讨), LIVE_QA (在线答疑, with a schedule and a stream link), LESSON_CRITIQUE (观课评课), ' +
    'STUDY_ASSIGNMENT (研修任务), OFFLINE (线下活动), RESOURCE_SHARE (资源分享).',
});

export const ClassNoticeKind = builder.enumType(ClassNoticeKindValues, {
  name: 'ClassNoticeKind',
  description: 'ANNOUNCEMENT (公告) or BRIEFING (简报).',
});

/** Posts by their ids that are the counting post of their author's participation (one statement per request). */
const countingPosts = createContextCache(
  (context: Context) =>
    new DataLoader<string, boolean>(async (postIds) => {
      const rows = await context.db.prisma.activityParticipation.findMany({
        where: { postId: { in: [...postIds] } },
        select: { postId: true },
      });
      const counting = new Set(rows.map((row) => row.postId));
      return postIds.map((id) => counting.has(id));
    }),
);

/** The viewer's counted participations per workshop (one grouped statement per request). */
const myParticipationCounts = createContextCache(
  (context: Context) =>
    new DataLoader<string, number>(async (workshopIds) => {
      const userId = context.viewer.user?.id;
      if (!userId) return workshopIds.map(() => 0);
      const rows = await context.db.prisma.$queryRaw<Array<{ workshopId: string; count: number }>>`
        SELECT a."workshopId", count(*)::int AS count
        FROM "ActivityParticipation" p JOIN "WorkshopActivity" a ON a.id = p."activityId"
        WHERE p."teacherId" = ${userId} AND a."workshopId" = ANY(${[...workshopIds]}::text[])
        GROUP BY a."workshopId"`;
      const byWorkshop = new Map(rows.map((row) => [row.workshopId, row.count]));
      return workshopIds.map((id) => byWorkshop.get(id) ?? 0);
    }),
);

/** Whether the viewer's participation counts, per activity (one statement per request). */
const myParticipations = createContextCache(
  (context: Context) =>
    new DataLoader<string, boolean>(async (activityIds) => {
      const userId = context.viewer.user?.id;
      if (!userId) return activityIds.map(() => false);
      const rows = await context.db.prisma.activityParticipation.findMany({
        where: { teacherId: userId, activityId: { in: [...activityIds] } },
        select: { activityId: true },
      });
      const counted = new Set(rows.map((row) => row.activityId));
      return activityIds.map((id) => counted.has(id));
    }),
);

/** Whether the viewer may read a workshop (membership is read once per request). */
export async function readsWorkshop(context: Context, workshop: WorkshopFacts): Promise<boolean> {
  return canReadWorkshop(context, await membership(context), workshop);
}

const WORKSHOP_FACTS = { select: { id: true, orgPath: true } } as const;
/** What the type-level checks of activities and posts read besides the row (for payload queries). */
export const WITH_WORKSHOP = { workshop: WORKSHOP_FACTS } as const;

/**
 * Which posts of a workshop the viewer sees in its lists: every visible one, and hidden ones only when they moderate
 * them (hosts and moderators by role) or wrote them.
 */
export function postListWhere(context: Context, member: Membership, workshop: WorkshopFacts) {
  if (canModerate(context, member, workshop, null)) return {};
  const userId = context.viewer.user?.id;
  return {
    OR: [
      { hiddenAt: null },
      ...(userId ? [{ authorId: userId }] : []),
      ...(member.hostsActivities.size ? [{ activityId: { in: [...member.hostsActivities] } }] : []),
    ],
  };
}

export const Workshop = builder.prismaNode('Workshop', {
  id: { field: 'id' },
  // A missing or invisible object resolves to null through node(id), not to an error.
  nullable: true,
  description:
    'A workshop (工作坊) of a programme: one per micro-competency (its members are the teachers who selected the point) and one per class ' +
    '(its members are the class’s enrolled teachers). Its host and its activities’ hosts take part too. Members, hosts, the class’s tutors, ' +
    'the school’s admins (class workshops) and the district’s and province’s admins read it; anyone else finds it missing.',
  findUnique: (id, context) => ({ id, AND: [workshopWhere(context, { id })] }),
  authScopes: (workshop, context) => readsWorkshop(context, workshop),
  fields: (t) => ({
    kind: t.expose('kind', { type: WorkshopKind, description: 'COMPETENCY or CLASS.' }),
    title: t.exposeString('title', {
      description: 'The competency’s code and name, or the class’s name, unless the district renamed it.',
    }),
    programme: t.relation('programme', { description: 'The programme the workshop belongs to.' }),
    competency: t.relation('competency', {
      nullable: true,
      description: 'The micro-competency of a COMPETENCY workshop; null for a CLASS workshop.',
    }),
    class: t.field({
      type: Organisation,
      nullable: true,
      description:
        'The class of a CLASS workshop; null for a COMPETENCY workshop or when the viewer cannot see the class.',
      select: (_args, _context, nestedSelection) => ({ class: nestedSelection(true) }),
      resolve: (workshop, _args, context) =>
        workshop.class && context.viewer.canSee(workshop.class.path) ? workshop.class : null,
    }),
    hostName: t.string({
      nullable: true,
      description:
        'Display name of the workshop’s host (an expert or a tutor the district appointed); null when none is.',
      select: { host: { select: { displayName: true } } },
      resolve: (workshop) => workshop.host?.displayName ?? null,
    }),
    myParticipationCount: t.int({
      description:
        'The viewer’s counted participations in this workshop’s activities (one per activity at most); 0 for viewers who are not teachers of it.',
      resolve: (workshop, _args, context) => myParticipationCounts(context).load(workshop.id),
    }),
    activities: t.relatedConnection('activities', {
      cursor: 'id',
      totalCount: true,
      description: 'The workshop’s activities, the latest opening first. At most 100 a page.',
      query: () => ({ orderBy: [{ opensAt: 'desc' }, { id: 'desc' }] }),
    }),
    posts: t.prismaConnection({
      type: 'WorkshopPost',
      cursor: 'id',
      description:
        'Top-level posts (threads) of the workshop, pinned ones first, then the newest first; each has its `replies`. Hidden posts are listed ' +
        'only to their moderators (hosts, the class’s tutors, the district) and to their authors. At most 100 a page.',
      args: {
        activityId: t.arg.globalID({
          required: false,
          for: WorkshopActivity,
          description: 'Only threads posted in this activity.',
        }),
      },
      resolve: async (query, workshop, args, context) => {
        const member = await membership(context);
        return context.db.prisma.workshopPost.findMany({
          ...query,
          where: {
            workshopId: workshop.id,
            parentId: null,
            ...(args.activityId ? { activityId: args.activityId.id } : {}),
            ...postListWhere(context, member, workshop),
          },
          orderBy: [{ pinned: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
        });
      },
    }),
  }),
});

export const WorkshopActivity = builder.prismaNode('WorkshopActivity', {
  id: { field: 'id' },
  nullable: true,
  description:
    'An activity of a workshop, with its window (opensAt to closesAt) and its host. Readers of the workshop read it.',
  findUnique: (id, context) => ({ id, workshop: workshopWhere(context, { activities: { some: { id } } }) }),
  include: WITH_WORKSHOP,
  authScopes: (activity, context) => readsWorkshop(context, activity.workshop),
  fields: (t) => ({
    kind: t.expose('kind', { type: ActivityKind, description: 'What the activity is.' }),
    title: t.exposeString('title', { description: '1 to 200 characters.' }),
    description: t.exposeString('description', { nullable: true, description: 'At most 5,000 characters.' }),
    opensAt: t.expose('opensAt', { type: 'DateTime', description: 'Start of the window: posts from then on count.' }),
    closesAt: t.expose('closesAt', {
      type: 'DateTime',
      description: 'End of the window: posts after it are kept but do not count as participation.',
    }),
    open: t.boolean({
      description: 'True while the window is open (server time).',
      select: { opensAt: true, closesAt: true },
      resolve: (activity) => {
        const now = Date.now();
        return activity.opensAt.getTime() <= now && now <= activity.closesAt.getTime();
      },
    }),
    scheduledAt: t.expose('scheduledAt', {
      type: 'DateTime',
      nullable: true,
      description: 'LIVE_QA: when the broadcast starts; null for other kinds.',
    }),
    streamUrl: t.exposeString('streamUrl', {
      nullable: true,
      description: 'LIVE_QA: the http(s) link of the stream; null for other kinds.',
    }),
    hostName: t.string({
      description: 'Display name of the activity’s host (an expert or a tutor).',
      select: { host: { select: { displayName: true } } },
      resolve: (activity) => activity.host.displayName,
    }),
    workshop: t.relation('workshop', { description: 'The workshop the activity belongs to.' }),
    participationCount: t.relationCount('participations', {
      description: 'Teachers whose participation in the activity counts (one each, however often they posted).',
    }),
    myParticipation: t.boolean({
      description: 'True when the viewer’s participation in this activity counts.',
      resolve: (activity, _args, context) => myParticipations(context).load(activity.id),
    }),
    participations: t.relatedConnection('participations', {
      cursor: 'activityId_enrolmentId',
      totalCount: true,
      nullable: true,
      description:
        'The teachers whose participation counts, in the order they first counted. For the activity’s and workshop’s hosts, the class’s tutors ' +
        'and the admins above (action workshop:read with the host as owner); null for members. At most 100 a page.',
      authorize: {
        action: 'workshop:read',
        resource: (activity) => ({ kind: 'WorkshopActivity', id: activity.id }),
      },
      query: () => ({ orderBy: [{ countedAt: 'asc' }, { enrolmentId: 'asc' }] }),
    }),
  }),
});

export const ActivityParticipation = builder.prismaObject('ActivityParticipation', {
  description:
    'A teacher’s counted participation in an activity: one per activity per teacher, from their first counting post.',
  fields: (t) => ({
    teacherName: t.string({
      description: 'Display name of the teacher.',
      select: { enrolment: { select: { teacher: { select: { displayName: true } } } } },
      resolve: (participation) => participation.enrolment.teacher.displayName,
    }),
    countedAt: t.expose('countedAt', { type: 'DateTime', description: 'When the counting post was written.' }),
    postId: t.id({
      description: 'Global ID of the counting post (a WorkshopPost).',
      resolve: (participation) => encodeGlobalID('WorkshopPost', participation.postId),
    }),
  }),
});

export const WorkshopPost = builder.prismaNode('WorkshopPost', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A post in a workshop, optionally in one of its activities; a reply when it answers another post. Readers of the workshop see it, and so do ' +
    'the tutors and admins over the author’s class or school. A hidden post keeps its place in a thread, without its text and files, for anyone ' +
    'but its moderators and its author.',
  findUnique: (id, context) => ({
    id,
    OR: [{ workshop: workshopWhere(context, { posts: { some: { id } } }) }, ...readerWhere(context)],
  }),
  include: WITH_WORKSHOP,
  authScopes: async (post, context) => canSeePost(context, await membership(context), post),
  fields: (t) => ({
    workshop: t.field({
      type: Workshop,
      nullable: true,
      description:
        'The workshop; null when the viewer sees the post through the author’s class but may not read the workshop.',
      select: (_args, _context, nestedSelection) => ({ workshop: nestedSelection(true) }),
      resolve: async (post, _args, context) => ((await readsWorkshop(context, post.workshop)) ? post.workshop : null),
    }),
    workshopTitle: t.string({
      description: 'The workshop’s title (also when the viewer may not open the workshop itself).',
      select: { workshop: { select: { title: true } } },
      resolve: (post) => post.workshop.title,
    }),
    activity: t.field({
      type: WorkshopActivity,
      nullable: true,
      description:
        'The activity the post was written in; null for a post in the workshop at large (or one the viewer may not open).',
      select: (_args, _context, nestedSelection) => ({ activity: nestedSelection(true) }),
      resolve: async (post, _args, context) =>
        post.activity && (await readsWorkshop(context, post.workshop))
          ? (post.activity as typeof post.activity & { workshop: WorkshopFacts })
          : null,
    }),
    isReply: t.boolean({
      description: 'True when the post answers another post.',
      select: { parentId: true },
      resolve: (post) => post.parentId !== null,
    }),
    authorName: t.string({
      description: 'Display name of the author.',
      select: { author: { select: { displayName: true } } },
      resolve: (post) => post.author.displayName,
    }),
    author: t.field({
      type: User,
      nullable: true,
      description: 'The author; null when the viewer may not see the person (a member of another school).',
      select: (_args, _context, nestedSelection) => ({ author: nestedSelection(true) }),
      resolve: (post, _args, context) => {
        const author = post.author as typeof post.author & { roleAssignments: Array<{ orgPath: string }> };
        return canSeeUser(context.viewer, author) ? author : null;
      },
    }),
    body: t.string({
      nullable: true,
      description:
        'The text (plain text, 1 to 10,000 characters); null when the post is hidden and the viewer neither moderates nor wrote it.',
      select: { body: true, hiddenAt: true, authorId: true, activityId: true },
      resolve: async (post, _args, context) => ((await showsContent(context, post)) ? post.body : null),
    }),
    pinned: t.exposeBoolean('pinned', { description: 'True when a host pinned it (pinned threads come first).' }),
    hidden: t.boolean({
      description: 'True when a moderator hid it: a hidden post does not count as participation.',
      select: { hiddenAt: true },
      resolve: (post) => post.hiddenAt !== null,
    }),
    hiddenReason: t.string({
      nullable: true,
      description: 'Why it was hidden, for its moderators and its author; null otherwise.',
      select: { hiddenReason: true, hiddenAt: true, authorId: true, activityId: true },
      resolve: async (post, _args, context) =>
        post.hiddenAt && (await showsContent(context, post)) ? post.hiddenReason : null,
    }),
    counted: t.boolean({
      description:
        'True when this post is the one that makes its author’s participation in the activity count: visible, within the window, at least the ' +
        'programme’s minimum length (rules.workshop.minPostLength), by a teacher of the programme, and the first such post. A second post in the ' +
        'same activity is not counted again.',
      resolve: (post, _args, context) => countingPosts(context).load(post.id),
    }),
    attachments: t.field({
      type: [StoredFile],
      description: 'Files attached to the post, in order; none when its content is withheld (hidden).',
      select: { hiddenAt: true, authorId: true, activityId: true },
      resolve: async (post, _args, context) => {
        if (!(await showsContent(context, post))) return [];
        return attachmentsOf(context, 'WorkshopPost', post.id);
      },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was posted (server time).' }),
    replies: t.relatedConnection('replies', {
      cursor: 'id',
      totalCount: true,
      description: 'Replies to the post, oldest first. At most 100 a page.',
      query: () => ({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    }),
  }),
});

/** Whether the viewer sees a post's content: it is not hidden, or they moderate it, or wrote it. */
async function showsContent(
  context: Context,
  post: { hiddenAt: Date | null; authorId: string; activityId: string | null; workshop: WorkshopFacts },
): Promise<boolean> {
  if (post.hiddenAt === null) return true;
  if (post.authorId === context.viewer.user?.id) return true;
  return canModerate(context, await membership(context), post.workshop, post.activityId);
}

export const ClassNotice = builder.prismaNode('ClassNotice', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A class announcement (公告) or briefing (简报) a tutor published for a programme: rich text (sanitized HTML) with files. The class’s ' +
    'teachers in the programme read it, and so do its tutors and the admins above.',
  findUnique: (id, context) => ({
    id,
    OR: [
      ...readerWhere(context),
      {
        class: {
          classEnrolments: {
            some: { teacherId: context.viewer.user?.id ?? '', programme: { classNotices: { some: { id } } } },
          },
        },
      },
    ],
  }),
  authScopes: async (notice, context) => canSeeNotice(context, await membership(context), notice),
  fields: (t) => ({
    kind: t.expose('kind', { type: ClassNoticeKind, description: 'ANNOUNCEMENT or BRIEFING.' }),
    title: t.exposeString('title', { description: '1 to 200 characters.' }),
    body: t.exposeString('body', {
      description:
        'The text as HTML, cleaned on save: paragraphs, emphasis, lists, tables, headings and http(s) links only; no scripts, styles or images.',
    }),
    authorName: t.string({
      description: 'Display name of the tutor who published it.',
      select: { author: { select: { displayName: true } } },
      resolve: (notice) => notice.author.displayName,
    }),
    programme: t.relation('programme', { description: 'The programme it was published for.' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', description: 'When it was published.' }),
    attachments: t.field({
      type: [StoredFile],
      description: 'Files attached to the notice, in order.',
      resolve: (notice, _args, context) => attachmentsOf(context, 'ClassNotice', notice.id),
    }),
  }),
});

/** Paths over which the viewer reads workshops by role (tutors, admins): for feed and notice lists. */
export const readerScope = (context: Context) => scopeOf(context.viewer, 'workshop:read');
