/**
 * GraphQL types of the class progress, shared by the live console and the frozen weekly statistics.
 */
import { createContextCache } from '@pothos/core';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import { builder } from '../builder.js';
import { ScoreVerdict } from '../scoring/index.js';
import { USER_INCLUDE, User } from '../users/index.js';
import type { AtRiskData, ClassProgressData, ClassTotalsData, TeacherProgressData } from './progress.js';
import { type AT_RISK_REASONS, SCHEDULE_TOLERANCE } from './rules.js';

/** The teachers named on a page (rows, at-risk list): one statement for all of them. */
const usersById = createContextCache(
  (context: Context) =>
    new DataLoader(async (ids: readonly string[]) => {
      const users = await context.db.prisma.user.findMany({
        where: { id: { in: [...ids] } },
        include: {
          roleAssignments: { ...USER_INCLUDE.roleAssignments, orderBy: [...USER_INCLUDE.roleAssignments.orderBy] },
        },
      });
      const byId = new Map(users.map((user) => [user.id, user]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
);

export const AtRiskReason = builder.enumType('AtRiskReason', {
  description: 'Why a teacher is on the class’s at-risk list.',
  values: {
    NOT_REGISTERED: { description: 'The teacher has never used the platform (User.lastSeenAt is empty).' },
    NOT_STARTED: {
      description: 'No credited viewing, workshop post or participation, share, submission or group activity yet.',
    },
    BEHIND_SCHEDULE: {
      description: `Credited minutes below ${SCHEDULE_TOLERANCE * 100}% of the minutes expected by now (the WATCH_MINUTES item’s required minutes × the elapsed share of the IMPLEMENTATION phase).`,
    },
  } satisfies Record<(typeof AT_RISK_REASONS)[number], { description: string }>,
});

export const ClassProgressTotals = builder.objectRef<ClassTotalsData>('ClassProgressTotals').implement({
  description: 'Counts and rates of a class (or school) in a programme. Rates are shares between 0 and 1 (4 decimals).',
  fields: (t) => ({
    enrolled: t.exposeInt('enrolled', { description: 'Teachers enrolled.' }),
    registered: t.exposeInt('registered', { description: 'Of those, teachers who have used the platform.' }),
    started: t.exposeInt('started', { description: 'Teachers with any counted learning activity.' }),
    passed: t.exposeInt('passed', { description: 'Teachers whose verdict is PASSED.' }),
    failed: t.exposeInt('failed', { description: 'Teachers whose verdict is FAILED.' }),
    inProgress: t.exposeInt('inProgress', { description: 'Teachers whose verdict is IN_PROGRESS.' }),
    registrationRate: t.exposeFloat('registrationRate', { description: 'registered / enrolled (参训率 of logins).' }),
    studyRate: t.exposeFloat('studyRate', { description: 'started / enrolled (学习率).' }),
    passRate: t.exposeFloat('passRate', { description: 'passed / enrolled (合格率).' }),
  }),
});

export const TeacherProgress = builder.objectRef<TeacherProgressData>('TeacherProgress').implement({
  description: 'One teacher’s progress in a class console: the counted facts, score and verdict.',
  fields: (t) => ({
    teacher: t.field({
      type: User,
      nullable: true,
      description: 'The teacher (null if their account was removed since the statistics were frozen).',
      resolve: (row, _args, context) => usersById(context).load(row.teacherId),
    }),
    teacherName: t.exposeString('teacherName', { description: 'The teacher’s display name (as it was when frozen).' }),
    registered: t.exposeBoolean('registered', { description: 'The teacher has used the platform (has logged in).' }),
    started: t.exposeBoolean('started', {
      description: 'Any credited viewing, workshop post or participation, share, submission or group activity.',
    }),
    requiredMinutes: t.exposeInt('requiredMinutes', { description: 'Credited minutes in required courses.' }),
    electiveMinutes: t.exposeInt('electiveMinutes', { description: 'Credited minutes in elective courses.' }),
    workshopParticipations: t.exposeInt('workshopParticipations', {
      description: 'Workshop activities the teacher took part in (one per activity).',
    }),
    shares: t.exposeInt('shares', { description: 'Shares made (every status).' }),
    assignmentsSubmitted: t.exposeInt('assignmentsSubmitted', { description: 'Assignments submitted (any status).' }),
    assignmentsMarked: t.exposeInt('assignmentsMarked', { description: 'Of those, assignments marked.' }),
    groupHoursRecorded: t.exposeFloat('groupHoursRecorded', {
      description: 'School-based hours of completed group activities.',
    }),
    groupHoursCounted: t.exposeFloat('groupHoursCounted', { description: 'Those hours up to the programme’s cap.' }),
    score: t.exposeFloat('score', {
      nullable: true,
      description: 'The score total (null when the programme has no scoring scheme).',
    }),
    verdict: t.field({
      type: ScoreVerdict,
      nullable: true,
      description: 'The verdict (null without a scoring scheme).',
      resolve: (row) => row.verdict,
    }),
    lastActivityAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Latest viewing batch, workshop post, share or submission in the programme.',
      resolve: (row) => (row.lastActivityAt ? new Date(row.lastActivityAt) : null),
    }),
  }),
});

export const AtRiskTeacher = builder.objectRef<AtRiskData>('AtRiskTeacher').implement({
  description: 'A teacher of the class who is at risk of not passing, with the reasons.',
  fields: (t) => ({
    teacher: t.field({
      type: User,
      nullable: true,
      description: 'The teacher.',
      resolve: (row, _args, context) => usersById(context).load(row.teacherId),
    }),
    teacherName: t.exposeString('teacherName', { description: 'The teacher’s display name.' }),
    reasons: t.field({
      type: [AtRiskReason],
      description: 'Every reason that applies, in the order NOT_REGISTERED, NOT_STARTED, BEHIND_SCHEDULE.',
      resolve: (row) => row.reasons,
    }),
    creditedMinutes: t.exposeInt('creditedMinutes', { description: 'Credited minutes (required + elective).' }),
    expectedMinutes: t.exposeInt('expectedMinutes', { description: 'Minutes expected by now.' }),
  }),
});

export const ClassProgress = builder.objectRef<ClassProgressData>('ClassProgress').implement({
  description:
    'A class’s learning progress in a programme (tutor console): totals and rates, one row per enrolled teacher, and the at-risk list.',
  fields: (t) => ({
    computedAt: t.field({
      type: 'DateTime',
      description: 'When the figures were computed (for frozen statistics: when posted).',
      resolve: (data) => new Date(data.computedAt),
    }),
    expectedMinutes: t.exposeInt('expectedMinutes', {
      description:
        'Minutes every teacher is expected to have credited by computedAt: the WATCH_MINUTES item’s required minutes × the elapsed share of the IMPLEMENTATION phase (0 without either).',
    }),
    totals: t.field({ type: ClassProgressTotals, description: 'Counts and rates.', resolve: (data) => data.totals }),
    atRisk: t.field({
      type: [AtRiskTeacher],
      description: `Teachers not PASSED who are not registered, not started, or behind the schedule (below ${SCHEDULE_TOLERANCE * 100}% of expectedMinutes), by display name.`,
      resolve: (data) => data.atRisk,
    }),
    teachers: t.connection(
      {
        type: TeacherProgress,
        description: 'The enrolled teachers, by display name. At most 100 a page.',
        resolve: (data, args) =>
          resolveOffsetConnection({ args }, ({ offset, limit }) => data.rows.slice(offset, offset + limit)),
      },
      { name: 'TeacherProgressConnection', description: 'A page of teachers’ progress.' },
    ),
  }),
});
