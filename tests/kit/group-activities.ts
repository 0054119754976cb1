/**
 * Factories for school-based group activities (校本研修): a school whose teaching-research group has members enrolled
 * in a RUNNING programme, and activities written straight to the database (for read tests).
 */
import type { GroupActivityKind } from '../../api/db/generated/prisma/enums.js';
import type { TestApp } from './app.js';
import { gid } from './ids.js';
import type { DistrictWorld, EnrolmentRef, ProgrammeWorld, SchoolWorld, UserRef } from './world.js';

export interface GroupWorld {
  d: DistrictWorld;
  s: SchoolWorld;
  p: ProgrammeWorld;
  /** Members of `s.group` (TEACHER on the group), each enrolled in `p` through `s`. */
  members: EnrolmentRef[];
}

/** Makes `user` a member of `group` (a TEACHER role on it), as addGroupMembers does. */
export async function joinGroup(t: TestApp, user: UserRef, group: { id: string; path: string }): Promise<void> {
  await t.db.prisma.roleAssignment.create({
    data: { userId: user.id, role: 'TEACHER', organisationId: group.id, orgPath: group.path },
  });
}

/** A district, a school with its group, a RUNNING programme with the school, and `members` enrolled group members. */
export async function groupWorld(
  t: TestApp,
  options: { members?: number; district?: DistrictWorld; schoolBasedStudy?: Record<string, number> } = {},
): Promise<GroupWorld> {
  const d = options.district ?? (await t.world.district());
  const s = await d.school();
  const rules = options.schoolBasedStudy ? { schoolBasedStudy: options.schoolBasedStudy } : {};
  const p = await d.programme({ status: 'RUNNING', schools: [s], rules: rules as Record<string, never> });
  const members: EnrolmentRef[] = [];
  for (let i = 0; i < (options.members ?? 2); i += 1) {
    const e = await p.teacher(s);
    await joinGroup(t, e.teacher, s.group);
    members.push(e);
  }
  return { d, s, p, members };
}

export interface ActivitySpec {
  kind?: GroupActivityKind;
  hours?: number;
  /** COMPLETED with every participant having earned the hours (default), or PUBLISHED with none. */
  completed?: boolean;
  /** Default: every member. */
  participants?: EnrolmentRef[];
  title?: string;
}

/** An activity of the world's group, written through Prisma; returns its global ID. */
export async function activity(
  t: TestApp,
  w: GroupWorld,
  spec: ActivitySpec = {},
): Promise<{ id: string; gid: string }> {
  const completed = spec.completed ?? true;
  const hours = spec.hours ?? 2;
  const now = new Date();
  const row = await t.db.prisma.groupActivity.create({
    data: {
      programmeId: w.p.id,
      groupId: w.s.group.id,
      orgPath: w.s.group.path,
      kind: spec.kind ?? 'TEACHING_DISCUSSION',
      title: spec.title ?? 'Activity',
      hours,
      status: completed ? 'COMPLETED' : 'PUBLISHED',
      completedAt: completed ? now : null,
      publishedById: w.s.leader.id,
      participants: {
        createMany: {
          data: (spec.participants ?? w.members).map((e) => ({
            enrolmentId: e.id,
            teacherId: e.teacher.id,
            hours,
            completedAt: completed ? now : null,
          })),
        },
      },
    },
    select: { id: true },
  });
  return { id: row.id, gid: gid('GroupActivity', row.id) };
}
