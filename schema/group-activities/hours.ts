/**
 * Teachers' school-based hours (校本研修学时) against the programme's cap: on a teacher's enrolment, and for a
 * school's (or one group's) enrolled teachers on one page, aggregated in SQL.
 */
import { createContextCache } from '@pothos/core';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { Programme, parseProgrammeRules } from '../programmes/index.js';
import { type CountedHours, countHours } from './rules.js';

type HoursShape = CountedHours & { activities: number };

export const GroupHours = builder.objectRef<HoursShape>('GroupHours').implement({
  description:
    'A teacher’s school-based hours (校本研修学时) in a programme: every completed activity’s hours are recorded; at most the programme’s cap counts.',
  fields: (t) => ({
    recordedHours: t.exposeFloat('recordedHours', {
      description:
        'Hours of every completed activity the teacher took part in, above the cap included (2 + 5 + 5 + 10 + 10 = 32).',
    }),
    countedHours: t.exposeFloat('countedHours', {
      description: 'Hours that count: recordedHours capped at capHours (32 recorded → 25 counted with a cap of 25).',
    }),
    capHours: t.exposeFloat('capHours', {
      description: 'The programme’s cap (schoolBasedStudy.hoursCap; 25 in Guangdong).',
    }),
    missingHours: t.exposeFloat('missingHours', {
      description: 'Hours still needed to reach the cap; 0 once reached.',
    }),
    reached: t.exposeBoolean('reached', { description: 'True once countedHours reaches capHours.' }),
    activities: t.exposeInt('activities', { description: 'Completed activities the teacher took part in.' }),
  }),
});

interface HoursRow {
  enrolmentId: string;
  recorded: number;
  activities: number;
}

/**
 * Recorded hours of each enrolment on the page: one grouped statement. Sums are rounded to one decimal place in
 * SQL (hours have at most one), so 0.1-steps never drift.
 */
const recordedHours = createContextCache(
  (context: Context) =>
    new DataLoader<string, { recorded: number; activities: number }>(async (ids) => {
      const rows = await context.db.prisma.$queryRaw<HoursRow[]>`
        SELECT "enrolmentId", round(sum(hours)::numeric, 1)::float8 AS recorded, count(*)::int AS activities
          FROM "GroupActivityParticipant"
         WHERE "enrolmentId" = ANY(${[...ids]}::text[]) AND "completedAt" IS NOT NULL
         GROUP BY "enrolmentId"`;
      const byId = new Map(rows.map((row) => [row.enrolmentId, row]));
      return ids.map((id) => byId.get(id) ?? { recorded: 0, activities: 0 });
    }),
);

builder.prismaObjectFields('Enrolment', (t) => ({
  groupHours: t.field({
    type: GroupHours,
    nullable: true,
    description:
      'The teacher’s school-based hours against the programme’s cap (the teacher’s “my group hours”). For the teacher and for the school, ' +
      'district and province admins over the school (action group:readHours); null for anyone else. One statement for the page.',
    select: { id: true, orgPath: true, teacherId: true, programme: { select: { rules: true } } },
    authorize: {
      action: 'group:readHours',
      resource: (enrolment) => ({ paths: [enrolment.orgPath], ownerId: enrolment.teacherId }),
    },
    resolve: async (enrolment, _args, context) => {
      const cap = parseProgrammeRules(enrolment.programme.rules).schoolBasedStudy.hoursCap;
      const { recorded, activities } = await recordedHours(context).load(enrolment.id);
      return { ...countHours(recorded, cap), activities };
    },
  }),
}));

interface TeacherHoursShape {
  enrolmentId: string;
  teacherId: string;
  teacherName: string;
  login: string;
  hours: HoursShape;
}

export const TeacherGroupHours = builder.objectRef<TeacherHoursShape>('TeacherGroupHours').implement({
  description:
    'One enrolled teacher’s school-based hours against the programme’s cap (a row of the school admin’s page).',
  fields: (t) => ({
    enrolmentId: t.globalID({
      description: 'The teacher’s enrolment (an Enrolment global ID).',
      resolve: (row) => ({ type: 'Enrolment', id: row.enrolmentId }),
    }),
    teacherId: t.globalID({
      description: 'The teacher (a User global ID).',
      resolve: (row) => ({ type: 'User', id: row.teacherId }),
    }),
    teacherName: t.exposeString('teacherName', { description: 'The teacher’s display name.' }),
    login: t.exposeString('login', { description: 'The teacher’s login.' }),
    hours: t.field({ type: GroupHours, description: 'Recorded and counted hours.', resolve: (row) => row.hours }),
  }),
});

export const GroupHoursOrder = builder.enumType('GroupHoursOrder', {
  description: 'How the rows of `schoolGroupHours` are sorted; ties by name.',
  values: {
    COUNTED_HOURS_ASC: {
      description: 'Fewest counted hours first: the teachers at risk of missing the cap on top (default).',
    },
    COUNTED_HOURS_DESC: { description: 'Most counted hours first.' },
    NAME: { description: 'By display name.' },
  },
});

const ORDER_SQL = {
  COUNTED_HOURS_ASC: Prisma.sql`least(recorded, c.cap) ASC, recorded ASC, "teacherName" ASC, "enrolmentId" ASC`,
  COUNTED_HOURS_DESC: Prisma.sql`least(recorded, c.cap) DESC, recorded DESC, "teacherName" ASC, "enrolmentId" ASC`,
  NAME: Prisma.sql`"teacherName" ASC, "enrolmentId" ASC`,
} as const;

interface PageRow {
  enrolmentId: string;
  teacherId: string;
  teacherName: string;
  login: string;
  recorded: number;
  activities: number;
  total: number;
}

/**
 * One page of a school's enrolled teachers (or one group's members among them) with their recorded hours, and the
 * number of such teachers: one statement.
 */
async function hoursPage(
  context: Context,
  filter: { programmeId: string; schoolId: string; groupId: string | null; cap: number },
  order: keyof typeof ORDER_SQL,
  offset: number,
  limit: number,
): Promise<PageRow[]> {
  const member = filter.groupId
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "RoleAssignment" r
                              WHERE r."userId" = e."teacherId" AND r."organisationId" = ${filter.groupId} AND r.role = 'TEACHER')`
    : Prisma.empty;
  return context.db.prisma.$queryRaw<PageRow[]>(Prisma.sql`
    WITH c AS (SELECT ${filter.cap}::float8 AS cap),
    rows AS (
      SELECT e.id AS "enrolmentId", e."teacherId", u."displayName" AS "teacherName", u.login,
             coalesce(round(sum(p.hours) FILTER (WHERE p."completedAt" IS NOT NULL)::numeric, 1), 0)::float8 AS recorded,
             (count(p."activityId") FILTER (WHERE p."completedAt" IS NOT NULL))::int AS activities
        FROM "Enrolment" e
        JOIN "User" u ON u.id = e."teacherId"
        LEFT JOIN "GroupActivityParticipant" p ON p."enrolmentId" = e.id
       WHERE e."programmeId" = ${filter.programmeId} AND e."schoolId" = ${filter.schoolId} ${member}
       GROUP BY e.id, u.id
    )
    SELECT rows.*, (count(*) OVER ())::int AS total
      FROM rows, c
     ORDER BY ${ORDER_SQL[order]}
     OFFSET ${offset} LIMIT ${limit}`);
}

/** The number of rows without a page (asked only when the page is empty past its end and totalCount is wanted). */
async function hoursCount(context: Context, filter: { programmeId: string; schoolId: string; groupId: string | null }) {
  return context.db.prisma.enrolment.count({
    where: {
      programmeId: filter.programmeId,
      schoolId: filter.schoolId,
      ...(filter.groupId
        ? { teacher: { roleAssignments: { some: { organisationId: filter.groupId, role: 'TEACHER' } } } }
        : {}),
    },
  });
}

builder.queryField('schoolGroupHours', (t) =>
  t.connection(
    {
      type: TeacherGroupHours,
      nullable: true,
      description:
        'Every teacher of a school enrolled in a programme (or, with `groupId`, the members of one of its groups) with their school-based hours ' +
        'against the cap, fewest counted hours first by default so the teachers at risk come first. Each page is one SQL statement. ' +
        'For the school, district and province admins over the school, and for a group’s leader with `groupId` (action group:readHours); ' +
        'null for anyone else, for a school not in the programme and for a group of another school. At most 100 a page.',
      args: {
        programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
        schoolId: t.arg.globalID({
          required: true,
          for: Organisation,
          description: 'A school (an Organisation of kind SCHOOL) in one of the programme’s batches.',
        }),
        groupId: t.arg.globalID({
          required: false,
          for: Organisation,
          description: 'Only the members of this teaching-research group of the school (the leader’s view).',
        }),
        orderBy: t.arg({
          type: GroupHoursOrder,
          required: false,
          defaultValue: 'COUNTED_HOURS_ASC',
          description: 'Sort order (default COUNTED_HOURS_ASC).',
        }),
      },
      authorize: {
        action: 'group:readHours',
        resource: (_root, args) =>
          args.groupId ? { kind: 'Group', id: args.groupId.id } : { kind: 'School', id: args.schoolId.id },
      },
      resolve: async (_root, args, context) => {
        const prisma = context.db.prisma;
        const programmeId = args.programmeId.id;
        const schoolId = args.schoolId.id;
        const groupId = args.groupId?.id ?? null;
        const taking = await prisma.batchSchool.findFirst({
          where: {
            schoolId,
            batch: { programmeId },
            ...(groupId ? { school: { children: { some: { id: groupId, kind: 'GROUP' } } } } : {}),
          },
          select: { batch: { select: { programme: { select: { rules: true } } } } },
        });
        if (!taking) return null;
        const cap = parseProgrammeRules(taking.batch.programme.rules).schoolBasedStudy.hoursCap;
        const filter = { programmeId, schoolId, groupId, cap };
        let total: number | null = null;
        const connection = await resolveOffsetConnection({ args }, async ({ offset, limit }) => {
          const rows = await hoursPage(context, filter, args.orderBy ?? 'COUNTED_HOURS_ASC', offset, limit);
          total = rows[0]?.total ?? null;
          return rows.map((row) => ({
            enrolmentId: row.enrolmentId,
            teacherId: row.teacherId,
            teacherName: row.teacherName,
            login: row.login,
            hours: { ...countHours(row.recorded, cap), activities: row.activities },
          }));
        });
        return { ...connection, totalCount: async () => total ?? hoursCount(context, filter) };
      },
    },
    {
      name: 'TeacherGroupHoursConnection',
      description: 'A page of teachers’ school-based hours.',
      fields: (connection) => ({
        totalCount: connection.int({
          description: 'Teachers in the list (from the page’s own statement).',
          resolve: (parent) => (parent as unknown as { totalCount: () => Promise<number> }).totalCount(),
        }),
      }),
    },
  ),
);
