import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import { SelectionStatus as SelectionStatusValues } from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { Competency } from '../catalogues/index.js';
import { canSeeEnrolment, enrolmentVisibleWhere } from '../enrolments/index.js';
import { historyField } from '../history/index.js';
import { parseProgrammeRules } from '../programmes/index.js';
import { PrimedLoader, registerResource } from '../shared/index.js';
import { SelectionViolation } from './check.js';
import { catalogueEntry } from './evaluation.js';
import { validateSelection } from './rules.js';

export const SelectionStatus = builder.enumType(SelectionStatusValues, {
  name: 'SelectionStatus',
  description:
    'State of a competency selection: SUBMITTED (waiting for the school’s review), APPROVED (final), RETURNED (sent back to the teacher with a comment).',
});

/**
 * Competency codes of each school's range, keyed "programmeId:schoolId" (null = no range set):
 * one query for every selection on the page.
 */
const schoolRangeLoaders = createContextCache(
  (context: Context) =>
    new PrimedLoader(
      new DataLoader<string, string[] | null>(async (keys) => {
        const pairs = keys.map((key) => {
          const [programmeId, schoolId] = key.split(':') as [string, string];
          return { programmeId, schoolId };
        });
        const ranges = await context.db.prisma.schoolRange.findMany({
          where: { OR: pairs },
          select: { programmeId: true, schoolId: true, items: { select: { competency: { select: { code: true } } } } },
        });
        const byKey = new Map(
          ranges.map((range) => [
            `${range.programmeId}:${range.schoolId}`,
            range.items.map((item) => item.competency.code),
          ]),
        );
        return keys.map((key) => byKey.get(key) ?? null);
      }),
    ),
);

/** Competency codes of a school's range in a programme (null: no range set), batched per request. */
export function schoolRangeCodes(
  context: Context,
  programmeId: string,
  schoolId: string,
): string[] | null | Promise<string[] | null> {
  return schoolRangeLoaders(context).load(`${programmeId}:${schoolId}`);
}

/** Hands the request's range loader the ranges a page statement already read, so `violations` issues no statement. */
export function primeSchoolRanges(
  context: Context,
  ranges: Array<{ programmeId: string; schoolId: string; codes: string[] | null }>,
): void {
  const loader = schoolRangeLoaders(context);
  for (const { programmeId, schoolId, codes } of ranges) loader.prime(`${programmeId}:${schoolId}`, codes);
}

/** What the type-level check reads besides the row itself. */
export const SELECTION_INCLUDE = {
  enrolment: { select: { teacherId: true, orgPath: true, class: { select: { path: true } } } },
} as const;

/**
 * A teacher's competency selection (选学) for one enrolment. Visible exactly where its enrolment
 * is: the teacher, the class tutors of their class, admins and experts over their school.
 */
export const Selection = builder.prismaNode('Selection', {
  id: { field: 'id' },
  // A missing or invisible object resolves to null through node(id), not to an error.
  nullable: true,
  description: 'A teacher’s competency selection (选学) for one enrolment, with its review state and history.',
  include: SELECTION_INCLUDE,
  findUnique: (id, context) => ({ id, enrolment: enrolmentVisibleWhere(context) }),
  authScopes: ({ enrolment }, context) =>
    canSeeEnrolment(context, {
      teacherId: enrolment.teacherId,
      orgPath: enrolment.orgPath,
      classPath: enrolment.class?.path ?? null,
    }),
  fields: (t) => ({
    status: t.expose('status', { type: SelectionStatus, description: 'Where the selection is in its review.' }),
    competencies: t.field({
      type: [Competency],
      description: 'The selected competencies in the order the teacher chose them (each with its credits).',
      select: (_args, _context, nestedSelection) => ({
        items: { orderBy: { position: 'asc' }, select: { competency: nestedSelection(true) } },
      }),
      // nestedSelection(true) carries the Competency type's own include (its catalogue), which the types cannot see.
      resolve: (selection) =>
        selection.items.map((item) => item.competency) as unknown as Array<typeof Competency.$inferType>,
    }),
    totalCredits: t.exposeInt('totalCredits', {
      description: 'Credits (学分) of the selected competencies, as submitted.',
    }),
    pointCount: t.int({
      description: 'Number of selected competencies (points).',
      select: { _count: { select: { items: true } } },
      resolve: (selection) => selection._count.items,
    }),
    onBehalf: t.exposeBoolean('onBehalf', {
      description: 'True when the school admin selected on the teacher’s behalf after the window closed.',
    }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', description: 'When it was last submitted.' }),
    submittedByName: t.string({
      description: 'Display name of who last submitted it: the teacher, or the school admin on their behalf.',
      select: { submittedBy: { select: { displayName: true } } },
      resolve: (selection) => selection.submittedBy.displayName,
    }),
    decidedAt: t.expose('decidedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was approved or returned; null while SUBMITTED.',
    }),
    enrolment: t.relation('enrolment', { description: 'The enrolment the selection belongs to.' }),
    history: historyField<{ id: string }>('Selection')(t),
    violations: t.field({
      type: [SelectionViolation],
      description:
        'The selection checked now against the programme’s rules and the school’s current range (the window is not ' +
        'checked: it applied when the selection was made). Empty when it still holds; a range narrowed since shows as OUTSIDE_SCHOOL_RANGE.',
      select: {
        items: {
          orderBy: { position: 'asc' },
          select: {
            competency: {
              select: {
                code: true,
                credits: true,
                catalogueId: true,
                dimension: { select: { code: true, nameZh: true, nameEn: true } },
                environment: { select: { code: true } },
              },
            },
          },
        },
        enrolment: {
          select: { programmeId: true, schoolId: true, programme: { select: { rules: true, catalogueId: true } } },
        },
      },
      // Synchronous when the page statement primed the range (see PrimedLoader).
      resolve: (selection, _args, context) => {
        const { programmeId, schoolId, programme } = selection.enrolment;
        const check = (range: string[] | null) => {
          const competencies = selection.items.map((item) => item.competency);
          return validateSelection({
            rules: parseProgrammeRules(programme.rules).selection,
            catalogue: competencies.filter((c) => c.catalogueId === programme.catalogueId).map(catalogueEntry),
            schoolRange: range,
            selected: competencies.map((c) => c.code),
            now: new Date(),
            windowClosesAt: null,
            actor: 'TEACHER',
          }).violations;
        };
        const range = schoolRangeCodes(context, programmeId, schoolId);
        return range instanceof Promise ? range.then(check) : check(range);
      },
    }),
  }),
});

/**
 * Selections as authorization checks see them (action selection:review): they belong to the
 * teacher's class (if any) and school, are owned by the teacher, and are visible where their
 * enrolment is.
 */
registerResource('Selection', async (ids, context) => {
  const rows = await context.db.prisma.selection.findMany({
    where: { id: { in: [...ids] } },
    select: {
      id: true,
      enrolment: { select: { teacherId: true, orgPath: true, programmeId: true, class: { select: { path: true } } } },
    },
  });
  return new Map(
    rows.map(({ id, enrolment }) => {
      const classPath = enrolment.class?.path ?? null;
      return [
        id,
        {
          paths: classPath ? [classPath, enrolment.orgPath] : [enrolment.orgPath],
          ownerId: enrolment.teacherId,
          visible: canSeeEnrolment(context, { teacherId: enrolment.teacherId, orgPath: enrolment.orgPath, classPath }),
          programmeId: enrolment.programmeId,
        },
      ];
    }),
  );
});
