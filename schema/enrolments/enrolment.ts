import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import { builder } from '../builder.js';
import { historyField } from '../history/index.js';
import { Organisation } from '../organisations/index.js';
import { Programme, parseProgrammeRules } from '../programmes/index.js';
import { PrimedLoader } from '../shared/index.js';
import { canSeeEnrolment, enrolmentVisibleWhere } from './visibility.js';

/**
 * Whether a school has uploaded its plan for a programme, keyed "programmeId:schoolId": one
 * query for every enrolment on the page.
 */
const schoolPlanUploaded = createContextCache(
  (context: Context) =>
    new PrimedLoader(
      new DataLoader<string, boolean>(async (keys) => {
        const pairs = keys.map((key) => {
          const [programmeId, schoolId] = key.split(':') as [string, string];
          return { programmeId, schoolId };
        });
        const plans = await context.db.prisma.schoolPlan.findMany({
          where: { OR: pairs },
          select: { programmeId: true, schoolId: true },
        });
        const uploaded = new Set(plans.map((plan) => `${plan.programmeId}:${plan.schoolId}`));
        return keys.map((key) => uploaded.has(key));
      }),
    ),
);

/**
 * Hands the request's plan loader what a page statement already read (whether each school of the page uploaded its
 * plan for the programme), so `coursesOpen` issues no statement and answers synchronously.
 */
export function primePlansUploaded(
  context: Context,
  plans: Array<{ programmeId: string; schoolId: string; uploaded: boolean }>,
): void {
  const loader = schoolPlanUploaded(context);
  for (const { programmeId, schoolId, uploaded } of plans) loader.prime(`${programmeId}:${schoolId}`, uploaded);
}

/**
 * Whether the teacher may start courses (the study list is open): always, unless the programme sets a plan gate
 * (selection.schoolPlanGateRate) and the school has not yet uploaded its plan. One query for a page of enrolments.
 */
export function coursesOpenFor(
  context: Context,
  enrolment: { programmeId: string; schoolId: string; programme: { rules: unknown } },
): Promise<boolean> | boolean {
  if (parseProgrammeRules(enrolment.programme.rules).selection.schoolPlanGateRate === undefined) return true;
  return planUploaded(context, enrolment.programmeId, enrolment.schoolId);
}

/** Whether the school has uploaded its plan for the programme, batched per request (synchronous when primed). */
export function planUploaded(context: Context, programmeId: string, schoolId: string): boolean | Promise<boolean> {
  return schoolPlanUploaded(context).load(`${programmeId}:${schoolId}`);
}

/** What the type-level check reads besides the row itself. */
export const ENROLMENT_INCLUDE = { class: { select: { path: true } } } as const;

/**
 * A teacher enrolled in a programme (one batch, one school). Teachers see their own, class tutors
 * their classes', school and district admins those in their subtree; others find it missing.
 */
export const Enrolment = builder.prismaNode('Enrolment', {
  id: { field: 'id' },
  // A missing or invisible object resolves to null through node(id), not to an error.
  nullable: true,
  description:
    'A teacher enrolled in a programme, in one batch and one school, with the selection window that follows.',
  include: ENROLMENT_INCLUDE,
  findUnique: (id, context) => ({ id, ...enrolmentVisibleWhere(context) }),
  authScopes: (enrolment, context) =>
    canSeeEnrolment(context, { ...enrolment, classPath: enrolment.class?.path ?? null }),
  fields: (t) => ({
    teacher: t.relation('teacher', { description: 'The enrolled teacher.' }),
    school: t.field({
      type: Organisation,
      nullable: true,
      description:
        'The school the teacher is enrolled through; null for viewers who work below it (a class tutor sees the class only).',
      select: (_args, _context, nestedSelection) => ({ school: nestedSelection(true) }),
      resolve: (enrolment, _args, context) => (context.viewer.canSee(enrolment.school.path) ? enrolment.school : null),
    }),
    class: t.field({
      type: Organisation,
      nullable: true,
      description: 'The class (班级) the teacher studies in; null when there is none or the viewer cannot see it.',
      select: (_args, _context, nestedSelection) => ({ class: nestedSelection(true) }),
      resolve: (enrolment, _args, context) =>
        enrolment.class && context.viewer.canSee(enrolment.class.path) ? enrolment.class : null,
    }),
    programme: t.relation('programme', { description: 'The programme enrolled in.' }),
    batch: t.relation('batch', { description: 'The batch (批次) of the programme.' }),
    enrolledAt: t.expose('enrolledAt', {
      type: 'DateTime',
      description: 'When the teacher was enrolled (for a past roster, the date it gave).',
    }),
    selectionDueAt: t.expose('selectionDueAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'End of the teacher’s selection window: the later of enrolledAt and the batch’s selectionOpensAt, plus the programme’s selectionWindowDays, ' +
        'capped by the batch’s selectionClosesAt (without days: that close); or the deadline the district extended it to. Null when neither the programme nor the batch sets a window.',
    }),
    selectionDueExtended: t.exposeBoolean('selectionDueExtended', {
      description:
        'True when the district extended this teacher’s window (extendSelectionWindow): later changes to the batch’s window leave it alone.',
    }),
    selectionWindowOpen: t.boolean({
      description:
        'True while the teacher may still select (before selectionDueAt, or always when there is no window).',
      select: { selectionDueAt: true },
      resolve: (enrolment) => enrolment.selectionDueAt === null || Date.now() < enrolment.selectionDueAt.getTime(),
    }),
    selection: t.relation('selection', {
      nullable: true,
      description: 'The teacher’s competency selection; null until one is submitted.',
    }),
    coursesOpen: t.boolean({
      description:
        'True when the teacher may start courses: always, unless the programme sets a plan gate (schoolPlanGateRate) ' +
        'and the school has not yet uploaded its IT development plan for the programme.',
      select: { programmeId: true, schoolId: true, programme: { select: { rules: true } } },
      resolve: (enrolment, _args, context) => coursesOpenFor(context, enrolment),
    }),
    history: historyField('Enrolment')(t),
  }),
});

interface EnrolmentsArgs {
  programmeId?: { id: string } | null;
  schoolId?: { id: string } | null;
  classId?: { id: string } | null;
}

function enrolmentsWhere(args: EnrolmentsArgs, context: Context) {
  // The visibility OR stays at the top level: Prisma reads an empty OR nested in AND as "true".
  return {
    ...enrolmentVisibleWhere(context),
    ...(args.programmeId ? { programmeId: args.programmeId.id } : {}),
    ...(args.schoolId ? { schoolId: args.schoolId.id } : {}),
    ...(args.classId ? { classId: args.classId.id } : {}),
  };
}

builder.queryFields((t) => ({
  enrolments: t.prismaConnection({
    type: Enrolment,
    cursor: 'id',
    description:
      'Enrolments the viewer may see, by teacher name: a teacher’s own (“my enrolments”), a class tutor’s classes, ' +
      'everything in a school or district admin’s subtree. At most 100 a page. Empty for anonymous viewers.',
    totalCount: (_root, args, context) => context.db.prisma.enrolment.count({ where: enrolmentsWhere(args, context) }),
    args: {
      programmeId: t.arg.globalID({
        required: false,
        for: Programme,
        description: 'Only enrolments in this programme.',
      }),
      schoolId: t.arg.globalID({
        required: false,
        for: Organisation,
        description: 'Only enrolments through this school (an Organisation of kind SCHOOL).',
      }),
      classId: t.arg.globalID({
        required: false,
        for: Organisation,
        description: 'Only enrolments in this class (an Organisation of kind CLASS).',
      }),
    },
    resolve: (query, _root, args, context) =>
      context.db.prisma.enrolment.findMany({
        ...query,
        where: enrolmentsWhere(args, context),
        orderBy: [{ teacher: { displayName: 'asc' } }, { id: 'asc' }],
      }),
  }),
}));
