/**
 * Who takes part in which workshop. Membership is derived, not stored: a COMPETENCY workshop's members are the
 * teachers whose SUBMITTED or APPROVED selection in the programme includes its competency (a RETURNED selection is
 * being reworked and does not count); a CLASS workshop's are the teachers enrolled in the class in the programme.
 * The workshop's host and its activities' hosts take part too. The viewer's part is read in one statement per
 * request; every visibility rule of the module (lists, node(id), actions) reads it.
 */
import { createContextCache } from '@pothos/core';
import type { Context } from '../../api/context.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { registerFileAccess } from '../../api/storage/file-access.js';
import { grants, scopeOf } from '../shared/index.js';

export interface Membership {
  /** Workshops the viewer is a member or a host of. */
  takesPart: ReadonlySet<string>;
  /** Workshops the viewer hosts (Workshop.hostId). */
  hosts: ReadonlySet<string>;
  /** Activities the viewer hosts (WorkshopActivity.hostId). */
  hostsActivities: ReadonlySet<string>;
  /** "programmeId:classId" of every class the viewer is enrolled in (for class notices). */
  enrolledClasses: ReadonlySet<string>;
}

const NOBODY: Membership = {
  takesPart: new Set(),
  hosts: new Set(),
  hostsActivities: new Set(),
  enrolledClasses: new Set(),
};

interface MembershipRow {
  how: 'HOST' | 'ACTIVITY_HOST' | 'MEMBER' | 'ENROLLED';
  workshopId: string | null;
  activityId: string | null;
  programmeId: string | null;
  classId: string | null;
}

/** The workshops a user is a member of (class enrolment, or a SUBMITTED or APPROVED selection of the point), as SQL. */
function memberOfSql(userId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT w.id AS "workshopId"
      FROM "Enrolment" e JOIN "Workshop" w ON w."programmeId" = e."programmeId" AND w."classId" = e."classId"
      WHERE e."teacherId" = ${userId}
    UNION
    SELECT w.id
      FROM "Enrolment" e
      JOIN "Selection" s ON s."enrolmentId" = e.id AND s.status IN ('SUBMITTED', 'APPROVED')
      JOIN "SelectionItem" i ON i."selectionId" = s.id
      JOIN "Workshop" w ON w."programmeId" = e."programmeId" AND w."competencyId" = i."competencyId"
      WHERE e."teacherId" = ${userId}`;
}

/** The workshops a user takes part in (member, host, or host of one of its activities), as SQL. */
function takingPartSql(userId: string): Prisma.Sql {
  return Prisma.sql`
    ${memberOfSql(userId)}
    UNION SELECT w.id FROM "Workshop" w WHERE w."hostId" = ${userId}
    UNION SELECT a."workshopId" FROM "WorkshopActivity" a WHERE a."hostId" = ${userId}`;
}

/**
 * Files attached to visible posts of workshops the viewer takes part in: members in other schools than the author's
 * may download them (the file belongs to the author's class or school).
 */
registerFileAccess(async (db, viewer, fileIds) => {
  const userId = viewer.user?.id;
  if (!userId) return [];
  const rows = await db.prisma.$queryRaw<{ fileId: string }[]>(Prisma.sql`
    SELECT a."fileId" FROM "Attachment" a
      JOIN "WorkshopPost" p ON a."ownerType" = 'WorkshopPost' AND a."ownerId" = p.id AND p."hiddenAt" IS NULL
      WHERE a."fileId" IN (${Prisma.join(fileIds)}) AND p."workshopId" IN (${takingPartSql(userId)})`);
  return rows.map((row) => row.fileId);
});

const membershipOf = createContextCache(async (context: Context): Promise<Membership> => {
  const userId = context.viewer.user?.id;
  if (!userId) return NOBODY;
  const rows = await context.db.prisma.$queryRaw<MembershipRow[]>(Prisma.sql`
    SELECT 'HOST' AS how, w.id AS "workshopId", NULL AS "activityId", NULL AS "programmeId", NULL AS "classId"
      FROM "Workshop" w WHERE w."hostId" = ${userId}
    UNION ALL
    SELECT 'ACTIVITY_HOST', a."workshopId", a.id, NULL, NULL FROM "WorkshopActivity" a WHERE a."hostId" = ${userId}
    UNION ALL
    SELECT 'MEMBER', m."workshopId", NULL, NULL, NULL FROM (${memberOfSql(userId)}) m
    UNION ALL
    SELECT 'ENROLLED', NULL, NULL, e."programmeId", e."classId"
      FROM "Enrolment" e WHERE e."teacherId" = ${userId} AND e."classId" IS NOT NULL`);
  const takesPart = new Set<string>();
  const hosts = new Set<string>();
  const hostsActivities = new Set<string>();
  const enrolledClasses = new Set<string>();
  for (const row of rows) {
    if (row.workshopId) takesPart.add(row.workshopId);
    if (row.how === 'HOST' && row.workshopId) hosts.add(row.workshopId);
    if (row.how === 'ACTIVITY_HOST' && row.activityId) hostsActivities.add(row.activityId);
    if (row.how === 'ENROLLED') enrolledClasses.add(`${row.programmeId}:${row.classId}`);
  }
  return { takesPart, hosts, hostsActivities, enrolledClasses };
});

/** The viewer's part in workshops (read once per request). */
export function membership(context: Context): Promise<Membership> {
  return membershipOf(context);
}

const within = (roots: readonly string[], path: string) => roots.some((root) => path.startsWith(root));

/** A workshop as the rules see it. */
export interface WorkshopFacts {
  id: string;
  orgPath: string;
}

/** Whether the viewer may read the workshop: they take part, or hold a reading role over it (action workshop:read). */
export function canReadWorkshop(context: Context, member: Membership, workshop: WorkshopFacts): boolean {
  return member.takesPart.has(workshop.id) || within(scopeOf(context.viewer, 'workshop:read'), workshop.orgPath);
}

/** The `where` of workshops the viewer may read (the membership already loaded). */
export function workshopReadableWhere(context: Context, member: Membership) {
  return {
    OR: [
      { id: { in: [...member.takesPart] } },
      ...context.viewer.within('orgPath', scopeOf(context.viewer, 'workshop:read')).OR,
    ],
  };
}

/** Whether the viewer moderates a post or activity of the workshop (its host, the activity's host, or by role). */
export function canModerate(
  context: Context,
  member: Membership,
  workshop: WorkshopFacts,
  activityId: string | null,
): boolean {
  const hosting = member.hosts.has(workshop.id) || (activityId !== null && member.hostsActivities.has(activityId));
  return grants(context.viewer, 'workshop:host', {
    paths: [workshop.orgPath],
    ownerId: hosting ? (context.viewer.user?.id ?? null) : null,
  });
}

/** A post as the rules see it: its own path (the author's class or school) and its workshop. */
export interface PostFacts {
  orgPath: string;
  workshop: WorkshopFacts;
}

/**
 * Whether the viewer may see a post: they may read its workshop, or they hold a reading role over the author's class
 * or school (a tutor follows the class members' posts in every workshop). A hidden post stays visible as such; its
 * content is for its moderators and its author only (workshop.ts).
 */
export function canSeePost(context: Context, member: Membership, post: PostFacts): boolean {
  const readable =
    canReadWorkshop(context, member, post.workshop) || within(scopeOf(context.viewer, 'workshop:read'), post.orgPath);
  return readable;
}

/** A class notice as the rules see it. */
export interface NoticeFacts {
  programmeId: string;
  classId: string;
  orgPath: string;
}

/** Class notices are read by the class's teachers in the programme and by readers over the class. */
export function canSeeNotice(context: Context, member: Membership, notice: NoticeFacts): boolean {
  return (
    member.enrolledClasses.has(`${notice.programmeId}:${notice.classId}`) ||
    within(scopeOf(context.viewer, 'workshop:read'), notice.orgPath)
  );
}

/** Statuses of a selection whose competencies make the teacher a member of their workshops. */
export const MEMBER_STATUSES = ['SUBMITTED', 'APPROVED'] as const;

/**
 * The same rule as `canReadWorkshop`, as a Prisma filter on workshops, for loading one object by ID (node(id)).
 * `anchor` names the one workshop concerned (`{ id }`, or `{ posts: { some: { id } } }` for a post's), so that the
 * teacher's enrolment is matched in that workshop's programme.
 */
export function workshopWhere(context: Context, anchor: Prisma.WorkshopWhereInput): Prisma.WorkshopWhereInput {
  const byRole = context.viewer.within('orgPath', scopeOf(context.viewer, 'workshop:read')).OR;
  const userId = context.viewer.user?.id;
  if (!userId) return { OR: byRole };
  const mine = { teacherId: userId, programme: { workshops: { some: anchor } } };
  return {
    OR: [
      ...byRole,
      { hostId: userId },
      { activities: { some: { hostId: userId } } },
      { class: { classEnrolments: { some: mine } } },
      {
        competency: {
          selectionItems: { some: { selection: { status: { in: [...MEMBER_STATUSES] }, enrolment: mine } } },
        },
      },
    ],
  };
}

/** Paths over which the viewer reads workshops, posts and notices by role (tutors, admins). */
export const readerWhere = (context: Context) =>
  context.viewer.within('orgPath', scopeOf(context.viewer, 'workshop:read')).OR;
