/**
 * The portals' pages of hours: the school hours page (each enrolled teacher's hours, counts of their entries by state,
 * the entry window), the district confirmation console (entries awaiting a level) and the district summary (per school,
 * entries and hours by state).
 *
 * Decision: a school has at most a few hundred enrolled teachers and a district a few hundred schools, so the rows of
 * the school page and of the summary are read in ONE aggregate statement each and the page is sliced in TS; the hours of
 * a page's teachers are batched (credit-hours' hoursResultOf: a fixed number of statements for the page).
 */
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { CreditEntry, CreditLevel, creditEntryVisibleWhere, hoursResultOf } from '../credit-hours/index.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';
import { NotFoundError, scopeOf } from '../shared/index.js';
import { CreditEntryWindow } from './errors.js';
import type { EntryWindow } from './rules.js';
import { loadSchoolTarget, windowOf } from './target.js';

interface TeacherHoursRow {
  enrolmentId: string;
  teacherId: string;
  teacherName: string;
  login: string;
  pending: number;
  schoolConfirmed: number;
  districtConfirmed: number;
}

interface StateCounts {
  pending: number;
  schoolConfirmed: number;
  districtConfirmed: number;
}

const EntryCounts = builder.objectRef<StateCounts>('CreditEntryCounts').implement({
  description: 'Credit-hour entries by state (reversals count as entries).',
  fields: (t) => ({
    pending: t.exposeInt('pending', { description: 'PENDING: awaiting the school’s confirmation.' }),
    schoolConfirmed: t.exposeInt('schoolConfirmed', {
      description: 'SCHOOL_CONFIRMED: awaiting the district’s (审核确认).',
    }),
    districtConfirmed: t.exposeInt('districtConfirmed', { description: 'DISTRICT_CONFIRMED.' }),
  }),
});

const TeacherHours = builder.objectRef<TeacherHoursRow>('SchoolCreditHoursRow').implement({
  description:
    'One enrolled teacher on the school hours page: their hours against the programme’s rule and their entries.',
  fields: (t) => ({
    enrolmentId: t.globalID({
      description: 'The teacher’s enrolment (an Enrolment global ID): pass it to enterCreditHours.',
      resolve: (row) => ({ type: 'Enrolment', id: row.enrolmentId }),
    }),
    teacherId: t.globalID({
      description: 'The teacher (a User global ID).',
      resolve: (row) => ({ type: 'User', id: row.teacherId }),
    }),
    teacherName: t.exposeString('teacherName', { description: '姓名: the teacher’s display name.' }),
    login: t.exposeString('login', { description: 'The teacher’s login (the import’s 登录名 column).' }),
    onlineHours: t.float({
      nullable: true,
      description: 'Counted online hours (entries confirmed at least rules.hours.countFrom); null without hour rules.',
      resolve: async (row, _args, context) => (await hoursResultOf(context, row.enrolmentId))?.online ?? null,
    }),
    offlineHours: t.float({
      nullable: true,
      description: 'Counted offline hours (0 while withheld for peer reviews); null without hour rules.',
      resolve: async (row, _args, context) => (await hoursResultOf(context, row.enrolmentId))?.offline ?? null,
    }),
    totalHours: t.float({
      nullable: true,
      description: 'Counted hours in all; null without hour rules.',
      resolve: async (row, _args, context) => (await hoursResultOf(context, row.enrolmentId))?.total ?? null,
    }),
    awaitingConfirmationHours: t.float({
      nullable: true,
      description: 'Hours of entries not confirmed enough to count yet; null without hour rules.',
      resolve: async (row, _args, context) =>
        (await hoursResultOf(context, row.enrolmentId))?.awaitingConfirmation ?? null,
    }),
    hoursPassed: t.boolean({
      nullable: true,
      description: 'Whether the counted hours meet every minimum of rules.hours; null without hour rules.',
      resolve: async (row, _args, context) => (await hoursResultOf(context, row.enrolmentId))?.passed ?? null,
    }),
    entries: t.field({
      type: EntryCounts,
      description: 'The teacher’s entries in the programme by state.',
      resolve: (row) => row,
    }),
  }),
});

interface SchoolHoursExtra {
  totalCount: number;
  totals: StateCounts;
  window: EntryWindow;
  finishedAt: Date | null;
}

builder.queryField('schoolCreditHours', (t) =>
  t.connection(
    {
      type: TeacherHours,
      nullable: true,
      description:
        'The school hours page (学时管理): every teacher of the school enrolled in the programme, by name, with their counted hours ' +
        'against rules.hours and their entries by state, the school’s totals and the offline-hours entry window. For the admins over ' +
        'the school (action credit:read); null for anyone else and for a school not in the programme. The same number of SQL ' +
        'statements for any page size; at most 100 a page.',
      args: {
        programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
        schoolId: t.arg.globalID({
          required: true,
          for: Organisation,
          description: 'A school (an Organisation of kind SCHOOL) in one of the programme’s batches.',
        }),
      },
      authorize: {
        action: 'credit:read',
        resource: (_root, args) => ({ kind: 'School', id: args.schoolId.id, programmeId: args.programmeId.id }),
      },
      resolve: async (_root, args, context) => {
        const prisma = context.db.prisma;
        const target = await loadSchoolTarget(prisma, args.programmeId.id, args.schoolId.id).catch((error: unknown) => {
          if (error instanceof NotFoundError) return null;
          throw error;
        });
        if (!target?.taking) return null;
        const rows = await prisma.$queryRaw<TeacherHoursRow[]>`
          SELECT en.id AS "enrolmentId", u.id AS "teacherId", u."displayName" AS "teacherName", u.login,
            count(x.id) FILTER (WHERE x.state = 0)::int AS pending,
            count(x.id) FILTER (WHERE x.state = 1)::int AS "schoolConfirmed",
            count(x.id) FILTER (WHERE x.state = 2)::int AS "districtConfirmed"
          FROM "Enrolment" en
          JOIN "User" u ON u.id = en."teacherId"
          LEFT JOIN LATERAL (
            SELECT e.id, CASE WHEN bool_or(c.level = 'DISTRICT') THEN 2 WHEN bool_or(c.level = 'SCHOOL') THEN 1 ELSE 0 END AS state
            FROM "CreditEntry" e LEFT JOIN "CreditConfirmation" c ON c."entryId" = e.id
            WHERE e."enrolmentId" = en.id
            GROUP BY e.id
          ) x ON true
          WHERE en."programmeId" = ${target.programmeId} AND en."schoolId" = ${target.schoolId}
          GROUP BY en.id, u.id
          ORDER BY u."displayName", u.login, en.id`;
        const totals = rows.reduce<StateCounts>(
          (sum, row) => ({
            pending: sum.pending + row.pending,
            schoolConfirmed: sum.schoolConfirmed + row.schoolConfirmed,
            districtConfirmed: sum.districtConfirmed + row.districtConfirmed,
          }),
          { pending: 0, schoolConfirmed: 0, districtConfirmed: 0 },
        );
        const connection = await resolveOffsetConnection({ args }, ({ offset, limit }) =>
          rows.slice(offset, offset + limit),
        );
        const extra: SchoolHoursExtra = {
          totalCount: rows.length,
          totals,
          window: windowOf(target),
          finishedAt: target.finishedAt,
        };
        return { ...connection, ...extra };
      },
    },
    {
      name: 'SchoolCreditHoursConnection',
      description: 'A page of the school hours page, with the school’s totals and entry window.',
      fields: (connection) => ({
        totalCount: connection.int({
          description: 'Enrolled teachers of the school in the programme.',
          resolve: (parent) => (parent as unknown as SchoolHoursExtra).totalCount,
        }),
        entries: connection.field({
          type: EntryCounts,
          description: 'Every entry of the school’s teachers in the programme, by state.',
          resolve: (parent) => (parent as unknown as SchoolHoursExtra).totals,
        }),
        entryWindow: connection.field({
          type: CreditEntryWindow,
          description: 'When offline hours can be entered (录入时间), and why not now when closed.',
          resolve: (parent) => (parent as unknown as SchoolHoursExtra).window,
        }),
        finishedAt: connection.field({
          type: 'DateTime',
          nullable: true,
          description: 'When the school declared its training finished (declareSchoolTrainingFinished); null before.',
          resolve: (parent) => (parent as unknown as SchoolHoursExtra).finishedAt,
        }),
      }),
    },
  ),
);

/** Entries awaiting `level`: none for SCHOOL; a SCHOOL confirmation and no DISTRICT one for DISTRICT. */
const awaitingWhere = (level: 'SCHOOL' | 'DISTRICT'): Prisma.CreditEntryWhereInput =>
  level === 'SCHOOL'
    ? { confirmations: { none: {} } }
    : { AND: [{ confirmations: { some: { level: 'SCHOOL' } } }, { confirmations: { none: { level: 'DISTRICT' } } }] };

builder.queryField('pendingCreditEntries', (t) =>
  t.prismaConnection({
    type: CreditEntry,
    cursor: 'id',
    nullable: true,
    description:
      'The confirmation console (审核确认): the programme’s entries awaiting `level`, oldest first — SCHOOL: PENDING entries (the ' +
      'school confirms them with confirmSchoolCreditEntries); DISTRICT: SCHOOL_CONFIRMED ones (confirmDistrictCreditEntries). One ' +
      'school with schoolId, else every school of the programme the viewer reads. For the admins over the school or the programme ' +
      '(action credit:read); null for anyone else. The same statements for any page size; at most 100 a page.',
    args: {
      programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
      schoolId: t.arg.globalID({
        required: false,
        for: Organisation,
        description: 'One school of the programme (required for a school admin); absent: every school.',
      }),
      level: t.arg({ type: CreditLevel, required: true, description: 'The confirmation the entries await.' }),
    },
    authorize: {
      action: 'credit:read',
      resource: (_root, args) =>
        args.schoolId
          ? { kind: 'School', id: args.schoolId.id, programmeId: args.programmeId.id }
          : { kind: 'Programme', id: args.programmeId.id },
    },
    totalCount: (_root, args, context) => context.db.prisma.creditEntry.count({ where: pendingWhere(context, args) }),
    resolve: (query, _root, args, context) =>
      context.db.prisma.creditEntry.findMany({
        ...query,
        where: pendingWhere(context, args),
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
  }),
);

function pendingWhere(
  context: Parameters<typeof creditEntryVisibleWhere>[0],
  args: { programmeId: { id: string }; schoolId?: { id: string } | null; level: 'SCHOOL' | 'DISTRICT' },
): Prisma.CreditEntryWhereInput {
  return {
    programmeId: args.programmeId.id,
    ...(args.schoolId ? { enrolment: { schoolId: args.schoolId.id } } : {}),
    AND: [awaitingWhere(args.level), creditEntryVisibleWhere(context)],
  };
}

interface SchoolSummaryRow {
  schoolId: string;
  name: string;
  code: string;
  path: string;
  teachers: number;
  finished: boolean;
  closed: boolean;
  pending: number;
  schoolConfirmed: number;
  districtConfirmed: number;
  pendingHours: number;
  schoolConfirmedHours: number;
  districtConfirmedHours: number;
}

const HoursByState = builder
  .objectRef<{ pending: number; schoolConfirmed: number; districtConfirmed: number }>('CreditHoursByState')
  .implement({
    description: 'Hours of entries by state (reversals subtract).',
    fields: (t) => ({
      pending: t.exposeFloat('pending', { description: 'Hours PENDING.' }),
      schoolConfirmed: t.exposeFloat('schoolConfirmed', { description: 'Hours SCHOOL_CONFIRMED.' }),
      districtConfirmed: t.exposeFloat('districtConfirmed', { description: 'Hours DISTRICT_CONFIRMED.' }),
    }),
  });

const SchoolCreditSummary = builder.objectRef<SchoolSummaryRow>('SchoolCreditSummary').implement({
  description: 'One school of the programme on the district’s hours summary.',
  fields: (t) => ({
    schoolId: t.globalID({
      description: 'The school (an Organisation global ID).',
      resolve: (row) => ({ type: 'Organisation', id: row.schoolId }),
    }),
    name: t.exposeString('name', { description: 'The school’s name.' }),
    code: t.exposeString('code', { description: 'The school’s code.' }),
    teachers: t.exposeInt('teachers', { description: 'Teachers of the school enrolled in the programme.' }),
    trainingFinished: t.exposeBoolean('finished', {
      description: 'True once the school declared its training finished.',
    }),
    closed: t.exposeBoolean('closed', { description: 'True once the school closed (结项) in the programme.' }),
    entries: t.field({ type: EntryCounts, description: 'Its entries by state.', resolve: (row) => row }),
    hours: t.field({
      type: HoursByState,
      description: 'Its hours by state.',
      resolve: (row) => ({
        pending: row.pendingHours,
        schoolConfirmed: row.schoolConfirmedHours,
        districtConfirmed: row.districtConfirmedHours,
      }),
    }),
  }),
});

builder.queryField('districtCreditSummary', (t) =>
  t.connection(
    {
      type: SchoolCreditSummary,
      nullable: true,
      description:
        'The district’s hours summary: each school of the programme (every batch), by name, with its enrolled teachers, whether it ' +
        'finished its training and closed, and its entries and hours by state. For the district and province admins (action ' +
        'credit:read over the programme); null for anyone else. One statement for the rows whatever the page size; at most 100 a page.',
      args: { programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }) },
      authorize: {
        action: 'credit:read',
        resource: (_root, args) => ({ kind: 'Programme', id: args.programmeId.id }),
      },
      resolve: async (_root, args, context) => {
        const programmeId = args.programmeId.id;
        const rows = await context.db.prisma.$queryRaw<SchoolSummaryRow[]>(Prisma.sql`
          WITH schools AS (
            SELECT DISTINCT bs."schoolId" FROM "BatchSchool" bs JOIN "Batch" b ON b.id = bs."batchId"
            WHERE b."programmeId" = ${programmeId}
          ), entries AS (
            SELECT en."schoolId", e.id, e.hours,
              CASE WHEN bool_or(c.level = 'DISTRICT') THEN 2 WHEN bool_or(c.level = 'SCHOOL') THEN 1 ELSE 0 END AS state
            FROM "CreditEntry" e
            JOIN "Enrolment" en ON en.id = e."enrolmentId"
            LEFT JOIN "CreditConfirmation" c ON c."entryId" = e.id
            WHERE e."programmeId" = ${programmeId}
            GROUP BY e.id, en."schoolId"
          ), teachers AS (
            SELECT en."schoolId", count(*)::int AS n FROM "Enrolment" en
            WHERE en."programmeId" = ${programmeId} GROUP BY en."schoolId"
          )
          SELECT o.id AS "schoolId", o.name, o.code, o.path,
            coalesce(max(t.n), 0)::int AS teachers,
            bool_or(sc."finishedAt" IS NOT NULL) IS TRUE AS finished,
            bool_or(sc."closedAt" IS NOT NULL) IS TRUE AS closed,
            count(x.id) FILTER (WHERE x.state = 0)::int AS pending,
            count(x.id) FILTER (WHERE x.state = 1)::int AS "schoolConfirmed",
            count(x.id) FILTER (WHERE x.state = 2)::int AS "districtConfirmed",
            coalesce(sum(x.hours) FILTER (WHERE x.state = 0), 0)::float8 AS "pendingHours",
            coalesce(sum(x.hours) FILTER (WHERE x.state = 1), 0)::float8 AS "schoolConfirmedHours",
            coalesce(sum(x.hours) FILTER (WHERE x.state = 2), 0)::float8 AS "districtConfirmedHours"
          FROM schools s
          JOIN "Organisation" o ON o.id = s."schoolId"
          LEFT JOIN teachers t ON t."schoolId" = o.id
          LEFT JOIN "SchoolCompletion" sc ON sc."programmeId" = ${programmeId} AND sc."schoolId" = o.id
          LEFT JOIN entries x ON x."schoolId" = o.id
          GROUP BY o.id
          ORDER BY o.name, o.id`);
        const roots = scopeOf(context.viewer, 'credit:read');
        const listed = rows.filter((row) => roots.some((root) => row.path.startsWith(root)));
        const connection = await resolveOffsetConnection({ args }, ({ offset, limit }) =>
          listed.slice(offset, offset + limit),
        );
        return { ...connection, totalCount: listed.length };
      },
    },
    {
      name: 'DistrictCreditSummaryConnection',
      description: 'A page of the district’s hours summary.',
      fields: (connection) => ({
        totalCount: connection.int({
          description: 'Schools of the programme the viewer reads.',
          resolve: (parent) => (parent as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
  ),
);
