import { createContextCache } from '@pothos/core';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import { builder } from '../builder.js';
import { attachmentsOf, StoredFile } from '../files/index.js';
import { historyField } from '../history/index.js';
import { Programme } from '../programmes/index.js';
import { registerResource } from '../shared/index.js';

/** The owner type of an activity's evidence in the Attachment table. */
export const EVIDENCE_OWNER = 'GroupActivity';

export const GroupActivityKind = builder.enumType('GroupActivityKind', {
  description:
    'What a school-based group activity (校本研修活动) is; the programme sets the hours of each online kind.',
  values: {
    TEACHING_DISCUSSION: {
      description: '教学研讨: an online discussion; the programme’s teachingDiscussionHours (2 in Guangdong).',
    },
    STUDY_ASSIGNMENT: { description: '研修作业: an online study assignment; studyAssignmentHours (5).' },
    LESSON_CRITIQUE: { description: '听课评课: lesson observation and critique; lessonCritiqueHours (5).' },
    OFFLINE: {
      description:
        '线下活动: held offline with named participants and uploaded evidence; the leader sets the hours, up to offlineMaxHours (10).',
    },
  },
});

export const GroupActivityStatus = builder.enumType('GroupActivityStatus', {
  description: 'Where a group activity is: PUBLISHED → COMPLETED (hours recorded, final) or CANCELLED (final).',
  values: {
    PUBLISHED: { description: 'Published by the leader; nobody has earned its hours yet.' },
    COMPLETED: { description: 'Completed: its participants earned its hours.' },
    CANCELLED: { description: 'Cancelled before completion: nobody earns its hours.' },
  },
});

/** A participant as the participants loader reads it: plain data, nothing re-read per field. */
export interface ParticipantRow {
  activityId: string;
  enrolmentId: string;
  teacherId: string;
  hours: number;
  completedAt: Date | null;
  teacherName: string;
}

export const GroupActivityParticipant = builder.objectRef<ParticipantRow>('GroupActivityParticipant').implement({
  description:
    'A teacher taking part in a group activity through their enrolment: named beforehand (OFFLINE) or recorded on completion.',
  fields: (t) => ({
    teacherId: t.globalID({
      description: 'The teacher (a User global ID).',
      resolve: (row) => ({ type: 'User', id: row.teacherId }),
    }),
    teacherName: t.exposeString('teacherName', { description: 'The teacher’s display name.' }),
    hours: t.exposeFloat('hours', { description: 'Hours the activity earns (学时).' }),
    completed: t.boolean({
      description: 'True once the teacher earned the hours (the activity was completed with them).',
      resolve: (row) => row.completedAt !== null,
    }),
    completedAt: t.expose('completedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the teacher earned the hours; null while the activity is open or if they did not take part.',
    }),
  }),
});

const PARTICIPANT_SELECT = {
  activityId: true,
  enrolmentId: true,
  teacherId: true,
  hours: true,
  completedAt: true,
  enrolment: { select: { teacher: { select: { displayName: true } } } },
} as const;

type LoadedParticipant = {
  activityId: string;
  enrolmentId: string;
  teacherId: string;
  hours: number;
  completedAt: Date | null;
  enrolment: { teacher: { displayName: string } };
};

const toParticipant = ({ enrolment, ...row }: LoadedParticipant): ParticipantRow => ({
  ...row,
  teacherName: enrolment.teacher.displayName,
});

/** Participants and completions of each activity on the page, counted in one statement. */
const participantCounts = createContextCache(
  (context: Context) =>
    new DataLoader<string, { participants: number; completed: number }>(async (ids) => {
      const rows = await context.db.prisma.$queryRaw<
        Array<{ activityId: string; participants: number; completed: number }>
      >`
        SELECT "activityId", count(*)::int AS participants, (count(*) FILTER (WHERE "completedAt" IS NOT NULL))::int AS completed
          FROM "GroupActivityParticipant" WHERE "activityId" = ANY(${[...ids]}::text[]) GROUP BY "activityId"`;
      const byId = new Map(rows.map((row) => [row.activityId, row]));
      return ids.map((id) => byId.get(id) ?? { participants: 0, completed: 0 });
    }),
);

/** The viewer's own participation in each activity on the page (one statement). */
const viewerParticipations = createContextCache(
  (context: Context) =>
    new DataLoader<string, ParticipantRow | null>(async (ids) => {
      const teacherId = context.viewer.user?.id;
      if (!teacherId) return ids.map(() => null);
      const rows = await context.db.prisma.groupActivityParticipant.findMany({
        where: { activityId: { in: [...ids] }, teacherId },
        select: PARTICIPANT_SELECT,
      });
      const byId = new Map(rows.map((row) => [row.activityId, toParticipant(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
);

/**
 * A school-based group activity (校本研修活动) a group leader published for the group's members in a programme.
 * Whoever sees the group sees its activities (the group's leader, its school's people, the admins above); others
 * find it missing.
 */
export const GroupActivity = builder.prismaNode('GroupActivity', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A teaching-research group’s activity in a programme (校本研修): its kind, hours, window, participants and evidence.',
  findUnique: (id, context) => ({ id, ...context.viewer.within('orgPath') }),
  authScopes: (activity) => ({ visible: activity.orgPath }),
  fields: (t) => ({
    kind: t.expose('kind', { type: GroupActivityKind }),
    title: t.exposeString('title', { description: 'Title, 1 to 200 characters.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'What the members do, plain text up to 5,000 characters; null when none was given.',
    }),
    hours: t.exposeFloat('hours', {
      description:
        'Hours (学时) a participant earns on completion: the programme’s for the online kinds, the leader’s for OFFLINE.',
    }),
    startsAt: t.expose('startsAt', { type: 'DateTime', nullable: true, description: 'When it starts, if set.' }),
    endsAt: t.expose('endsAt', { type: 'DateTime', nullable: true, description: 'When it ends, if set.' }),
    status: t.expose('status', { type: GroupActivityStatus }),
    publishedAt: t.expose('createdAt', { type: 'DateTime', description: 'When the leader published it.' }),
    completedAt: t.expose('completedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was completed (hours recorded); null otherwise.',
    }),
    publishedByName: t.string({
      description: 'Display name of the leader who published it.',
      select: { publishedBy: { select: { displayName: true } } },
      resolve: (activity) => activity.publishedBy.displayName,
    }),
    programme: t.relation('programme', { description: 'The programme whose hours it earns.' }),
    group: t.relation('group', { description: 'The teaching-research group (an Organisation of kind GROUP).' }),
    participantCount: t.int({
      description:
        'Participants recorded: the named ones of an OFFLINE activity, or those who completed another kind. Counted in SQL for the page.',
      resolve: async (activity, _args, context) => (await participantCounts(context).load(activity.id)).participants,
    }),
    completedCount: t.int({
      description: 'Participants who earned the hours. Counted in SQL for the page.',
      resolve: async (activity, _args, context) => (await participantCounts(context).load(activity.id)).completed,
    }),
    viewerParticipation: t.field({
      type: GroupActivityParticipant,
      nullable: true,
      description:
        'The viewer’s own participation (a member’s “did I earn these hours”); null when the viewer is not a participant. One statement for the page.',
      resolve: (activity, _args, context) => viewerParticipations(context).load(activity.id),
    }),
    participants: t.connection(
      {
        type: GroupActivityParticipant,
        description:
          'Participants by name: the named ones of an OFFLINE activity, or those who completed another kind. At most 100 a page.',
        resolve: async (activity, args, context) => {
          const where = { activityId: activity.id };
          const connection = await resolveOffsetConnection({ args }, async ({ offset, limit }) => {
            const rows = await context.db.prisma.groupActivityParticipant.findMany({
              where,
              select: PARTICIPANT_SELECT,
              orderBy: [{ enrolment: { teacher: { displayName: 'asc' } } }, { enrolmentId: 'asc' }],
              skip: offset,
              take: limit,
            });
            return rows.map(toParticipant);
          });
          return { ...connection, totalCount: () => context.db.prisma.groupActivityParticipant.count({ where }) };
        },
      },
      {
        name: 'GroupActivityParticipantConnection',
        description: 'A page of an activity’s participants.',
        fields: (connection) => ({
          totalCount: connection.int({
            description: 'Participants recorded.',
            resolve: (parent) => (parent as unknown as { totalCount: () => Promise<number> }).totalCount(),
          }),
        }),
      },
    ),
    evidence: t.field({
      type: [StoredFile],
      description:
        'Evidence of an OFFLINE activity (photos, records), in upload order; empty for the online kinds. One statement for the page.',
      resolve: (activity, _args, context) => attachmentsOf(context, EVIDENCE_OWNER, activity.id),
    }),
    history: historyField('GroupActivity')(t),
  }),
});

builder.prismaObjectField('Organisation', 'groupActivities', (t) =>
  t.relatedConnection('groupActivities', {
    cursor: 'id',
    description:
      'The activities of a teaching-research group (kind GROUP) in a programme, newest first; empty for other organisations. ' +
      'Whoever sees the group sees them (its leader, its school’s people, the admins above). At most 100 a page.',
    totalCount: true,
    args: {
      programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
      status: t.arg({ type: GroupActivityStatus, required: false, description: 'Only activities in this state.' }),
      kind: t.arg({ type: GroupActivityKind, required: false, description: 'Only activities of this kind.' }),
    },
    query: (args) => ({
      where: {
        programmeId: args.programmeId.id,
        ...(args.status ? { status: args.status } : {}),
        ...(args.kind ? { kind: args.kind } : {}),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    }),
  }),
);

/** An activity as actions see it: it belongs to its group, and through it to the school. */
registerResource('GroupActivity', async (ids, context) => {
  const rows = await context.db.prisma.groupActivity.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, orgPath: true, programmeId: true, group: { select: { parent: { select: { path: true } } } } },
  });
  return new Map(
    rows.map((row) => {
      const schoolPath = row.group.parent?.path;
      return [
        row.id,
        {
          paths: schoolPath ? [row.orgPath, schoolPath] : [row.orgPath],
          ownerId: null,
          visible: context.viewer.canSee(row.orgPath),
          programmeId: row.programmeId,
        },
      ];
    }),
  );
});
