import { createContextCache } from '@pothos/core';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import type { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { canSeeEnrolment, enrolmentVisibleWhere } from '../enrolments/index.js';
import { historyField } from '../history/index.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';
import { registerResource, scopeOf } from '../shared/index.js';
import { ASSIGNMENT_INCLUDE, Assignment, SubmissionStatus } from './assignment.js';
import { isLate } from './rules.js';

/** What the type-level check reads besides the row itself: the enrolment's teacher, school and class. */
export const SUBMISSION_INCLUDE = {
  enrolment: { select: { teacherId: true, orgPath: true, class: { select: { path: true } } } },
} as const;

interface VisibleSubmission {
  orgPath: string;
  recommendedAt: Date | null;
  enrolment: { teacherId: string; orgPath: string; class: { path: string } | null };
}

/**
 * Who sees a submission: whoever sees its enrolment (the teacher, the tutors of their class, admins and experts over
 * their school), and, once recommended, whoever may read recommended work over the school (assignment:readRecommended).
 */
function canSeeSubmission(context: Context, submission: VisibleSubmission): boolean {
  const { enrolment } = submission;
  if (canSeeEnrolment(context, { ...enrolment, classPath: enrolment.class?.path ?? null })) return true;
  return (
    submission.recommendedAt !== null &&
    scopeOf(context.viewer, 'assignment:readRecommended').some((root) => submission.orgPath.startsWith(root))
  );
}

function submissionVisibleWhere(context: Context) {
  const readers = scopeOf(context.viewer, 'assignment:readRecommended');
  return {
    OR: [
      { enrolment: enrolmentVisibleWhere(context) },
      ...(readers.length ? [{ recommendedAt: { not: null }, ...context.viewer.within('orgPath', readers) }] : []),
    ],
  };
}

/** One attempt (version) of a submission, with the tutor's decision on it. */
export const AssignmentAttempt = builder.prismaObject('AssignmentAttempt', {
  description: 'One attempt of a submission: the answer as submitted then, and the tutor’s decision on it.',
  fields: (t) => ({
    attempt: t.exposeInt('attempt', {
      description: 'Its number: 1 for the first submission, 2 for the first resubmission, …',
    }),
    text: t.exposeString('text', {
      nullable: true,
      description: 'The text answer, if any (at most 20,000 characters).',
    }),
    file: t.relation('file', { nullable: true, description: 'The file answer, if any.' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', description: 'When this attempt was submitted.' }),
    decision: t.expose('decision', {
      type: SubmissionStatus,
      nullable: true,
      description: 'The tutor’s decision on this attempt: RETURNED or MARKED; null while waiting.',
    }),
    mark: t.exposeInt('mark', { nullable: true, description: 'The mark, when MARKED: 0 to the programme’s maxMark.' }),
    comment: t.exposeString('comment', { nullable: true, description: 'The tutor’s comment on this attempt.' }),
    decidedAt: t.expose('decidedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the tutor decided on it.',
    }),
  }),
});

/**
 * A teacher's submission of one assignment: its current state, every attempt, and its history. Visible to the
 * teacher, the tutors of their class and the admins over their school; recommended work also to the district's
 * experts.
 */
export const AssignmentSubmission = builder.prismaNode('AssignmentSubmission', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A teacher’s submission of an assignment (研修作业): its state (SUBMITTED, RETURNED, MARKED), current attempt, mark and comment, and every attempt.',
  include: SUBMISSION_INCLUDE,
  findUnique: (id, context) => ({ id, ...submissionVisibleWhere(context) }),
  authScopes: (submission, context) => canSeeSubmission(context, submission),
  fields: (t) => ({
    assignment: t.relation('assignment', { description: 'The assignment answered.' }),
    enrolment: t.relation('enrolment', { description: 'The teacher’s enrolment.' }),
    teacherName: t.string({
      description: 'Display name of the teacher who submitted it.',
      select: { enrolment: { select: { teacher: { select: { displayName: true } } } } },
      resolve: (submission) => submission.enrolment.teacher.displayName,
    }),
    status: t.expose('status', { type: SubmissionStatus, description: 'SUBMITTED, RETURNED or MARKED.' }),
    attempt: t.exposeInt('attempt', {
      description:
        'Number of the current attempt (1, 2, …; at most the programme’s maxAttempts). Send it as `expectedAttempt` when deciding.',
    }),
    mark: t.exposeInt('mark', {
      nullable: true,
      description: 'The mark once MARKED: 0 to the programme’s maxMark (default 100).',
    }),
    comment: t.exposeString('comment', {
      nullable: true,
      description: 'The tutor’s comment on the current attempt (the marking comment, or what to rework when RETURNED).',
    }),
    markedAt: t.expose('markedAt', { type: 'DateTime', nullable: true, description: 'When it was marked.' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', description: 'When the current attempt was submitted.' }),
    late: t.boolean({
      description:
        'True when the current attempt was submitted after the assignment’s due time (late work is accepted, and flagged).',
      select: { submittedAt: true, assignment: { select: { dueAt: true } } },
      resolve: (submission) => isLate(submission.submittedAt, submission.assignment.dueAt),
    }),
    recommended: t.boolean({
      description: 'True when a tutor recommended it to the district’s experts as excellent work.',
      select: { recommendedAt: true },
      resolve: (submission) => submission.recommendedAt !== null,
    }),
    recommendedAt: t.expose('recommendedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When a tutor recommended it; null unless recommended.',
    }),
    answer: t.field({
      type: AssignmentAttempt,
      description: 'The current attempt: the answer the tutor marks.',
      select: (_args, _context, nestedSelection) => ({
        attempts: nestedSelection({ orderBy: { attempt: 'desc' }, take: 1 }),
      }),
      resolve: (submission) => {
        const [latest] = submission.attempts;
        if (!latest) throw new Error('a submission has at least one attempt');
        return latest;
      },
    }),
    attempts: t.relation('attempts', {
      description: 'Every attempt, oldest first, with the tutor’s decision on each (the rework history).',
      query: { orderBy: { attempt: 'asc' } },
    }),
    history: historyField('AssignmentSubmission')(t),
  }),
});

type AssignmentRow = Prisma.AssignmentGetPayload<{ include: typeof ASSIGNMENT_INCLUDE }>;

/** Every assignment of each programme asked about, in order: one statement for the whole page. */
const programmeAssignments = createContextCache(
  (context: Context) =>
    new DataLoader<string, AssignmentRow[]>(async (programmeIds) => {
      const rows = await context.db.prisma.assignment.findMany({
        where: { programmeId: { in: [...programmeIds] } },
        include: ASSIGNMENT_INCLUDE,
        orderBy: [{ position: 'asc' }, { code: 'asc' }],
      });
      return programmeIds.map((id) => rows.filter((row) => row.programmeId === id));
    }),
);

type SubmissionQuery = { select?: Record<string, unknown>; include?: Record<string, unknown> };
type KeyedSubmission = { enrolmentId: string; assignmentId: string };

/**
 * Every submission of each enrolment asked about, read with the selection the page asked for (plugin-prisma's
 * `query`): one statement for the whole page, relations and all.
 */
const submissionLoaders = createContextCache(() => new Map<string, DataLoader<string, KeyedSubmission[]>>());

function enrolmentSubmissions(context: Context, query: SubmissionQuery, enrolmentId: string) {
  const key = JSON.stringify(query);
  const loaders = submissionLoaders(context);
  let loader = loaders.get(key);
  if (!loader) {
    const keyed = query.select
      ? { select: { ...query.select, enrolmentId: true, assignmentId: true } }
      : { include: query.include };
    loader = new DataLoader<string, KeyedSubmission[]>(async (enrolmentIds) => {
      const rows = (await context.db.prisma.assignmentSubmission.findMany({
        ...(keyed as object),
        where: { enrolmentId: { in: [...enrolmentIds] } },
      })) as unknown as KeyedSubmission[];
      return enrolmentIds.map((id) => rows.filter((row) => row.enrolmentId === id));
    });
    loaders.set(key, loader);
  }
  return loader.load(enrolmentId);
}

interface EnrolmentAssignmentShape {
  assignment: AssignmentRow;
  enrolmentId: string;
}

const EnrolmentAssignment = builder.objectRef<EnrolmentAssignmentShape>('EnrolmentAssignment').implement({
  description:
    'One of the programme’s assignments as one teacher sees it: the assignment and their submission, if any.',
  fields: (t) => ({
    assignment: t.field({ type: Assignment, description: 'The assignment.', resolve: (item) => item.assignment }),
    submission: t.prismaField({
      type: AssignmentSubmission,
      nullable: true,
      description: 'The teacher’s submission; null until they submit.',
      resolve: async (query, item, _args, context) => {
        const submissions = await enrolmentSubmissions(context, query as SubmissionQuery, item.enrolmentId);
        return (submissions.find((row) => row.assignmentId === item.assignment.id) ?? null) as never;
      },
    }),
  }),
});

builder.prismaObjectField('Enrolment', 'assignments', (t) =>
  t.connection(
    {
      type: EnrolmentAssignment,
      description:
        'The programme’s assignments, in order, each with this teacher’s submission or null (the teacher’s “my assignments”). ' +
        'Read in two statements for a whole page of enrolments (the assignments, then the submissions). At most 100 a page.',
      select: { id: true, programmeId: true },
      resolve: async (enrolment, args, context) => {
        const assignments = await programmeAssignments(context).load(enrolment.programmeId);
        const items = assignments.map((assignment) => ({ assignment, enrolmentId: enrolment.id }));
        return { ...resolveArrayConnection({ args }, items), totalCount: items.length };
      },
    },
    {
      name: 'EnrolmentAssignmentConnection',
      description: 'A page of a teacher’s assignments.',
      fields: (connection) => ({
        totalCount: connection.int({
          description: 'Assignments the programme sets.',
          resolve: (parent) => (parent as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
  ),
);

function markingQueueWhere(classId: string, programmeId: string, status: SubmissionStatusValue, assignmentId?: string) {
  return { enrolment: { classId, programmeId }, status, ...(assignmentId ? { assignmentId } : {}) };
}

type SubmissionStatusValue = 'SUBMITTED' | 'RETURNED' | 'MARKED';

builder.queryFields((t) => ({
  markingQueue: t.prismaConnection({
    type: AssignmentSubmission,
    cursor: 'id',
    nullable: true,
    description:
      'The tutor’s marking queue (作业批改): submissions of a class’s teachers in a programme, oldest first, SUBMITTED ones unless `status` says ' +
      'otherwise. For the class’s tutors (action assignment:mark); null for anyone else. At most 100 a page.',
    authorize: {
      action: 'assignment:mark',
      resource: (_root, args) => ({ kind: 'Class', id: args.classId.id }),
    },
    args: {
      classId: t.arg.globalID({
        required: true,
        for: Organisation,
        description: 'The class (an Organisation of kind CLASS).',
      }),
      programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
      status: t.arg({
        type: SubmissionStatus,
        required: false,
        defaultValue: 'SUBMITTED',
        description: 'Submissions in this state (default SUBMITTED: waiting to be marked).',
      }),
      assignmentId: t.arg.globalID({
        required: false,
        for: Assignment,
        description: 'Only submissions of this assignment.',
      }),
    },
    totalCount: (_root, args, context) =>
      context.db.prisma.assignmentSubmission.count({
        where: markingQueueWhere(
          args.classId.id,
          args.programmeId.id,
          args.status ?? 'SUBMITTED',
          args.assignmentId?.id,
        ),
      }),
    resolve: (query, _root, args, context) =>
      context.db.prisma.assignmentSubmission.findMany({
        ...query,
        where: markingQueueWhere(
          args.classId.id,
          args.programmeId.id,
          args.status ?? 'SUBMITTED',
          args.assignmentId?.id,
        ),
        orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      }),
  }),
  recommendedAssignments: t.prismaConnection({
    type: AssignmentSubmission,
    cursor: 'id',
    nullable: true,
    description:
      'Work tutors recommended to the district’s experts (优秀作业), most recently recommended first. For experts and district and province ' +
      'admins over the programme (action assignment:readRecommended); null for anyone else. At most 100 a page.',
    authorize: {
      action: 'assignment:readRecommended',
      resource: (_root, args) => ({ kind: 'Programme', id: args.programmeId.id }),
    },
    args: {
      programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
      assignmentId: t.arg.globalID({ required: false, for: Assignment, description: 'Only work on this assignment.' }),
    },
    totalCount: (_root, args, context) =>
      context.db.prisma.assignmentSubmission.count({
        where: recommendedWhere(context, args.programmeId.id, args.assignmentId?.id),
      }),
    resolve: (query, _root, args, context) =>
      context.db.prisma.assignmentSubmission.findMany({
        ...query,
        where: recommendedWhere(context, args.programmeId.id, args.assignmentId?.id),
        orderBy: [{ recommendedAt: 'desc' }, { id: 'desc' }],
      }),
  }),
}));

function recommendedWhere(context: Context, programmeId: string, assignmentId?: string) {
  return {
    assignment: { programmeId },
    ...(assignmentId ? { assignmentId } : {}),
    recommendedAt: { not: null },
    ...context.viewer.within('orgPath', scopeOf(context.viewer, 'assignment:readRecommended')),
  };
}

/** A submission as actions see it: the teacher owns it; it belongs to their class (when they have one) and school. */
registerResource('AssignmentSubmission', async (ids, context) => {
  const rows = await context.db.prisma.assignmentSubmission.findMany({
    where: { id: { in: [...ids] } },
    select: {
      id: true,
      orgPath: true,
      recommendedAt: true,
      enrolment: { select: { ...SUBMISSION_INCLUDE.enrolment.select, programmeId: true } },
    },
  });
  return new Map(
    rows.map((row) => {
      const classPath = row.enrolment.class?.path ?? null;
      return [
        row.id,
        {
          paths: classPath ? [classPath, row.enrolment.orgPath] : [row.enrolment.orgPath],
          ownerId: row.enrolment.teacherId,
          visible: canSeeSubmission(context, row),
          programmeId: row.enrolment.programmeId,
        },
      ];
    }),
  );
});
