import type { Context } from '../../api/context.js';
import { NominationStatus as NominationStatusValues } from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { historyField } from '../history/index.js';
import { registerResource, scopeOf } from '../shared/index.js';

export const NominationStatus = builder.enumType(NominationStatusValues, {
  name: 'NominationStatus',
  description:
    'NOMINATED: the class’s tutor nominated the teacher, awaiting the district (takes a place of the class’s quota); ' +
    'CONFIRMED: the district confirmed them an excellent trainee (优秀学员; takes a place); WITHDRAWN: the tutor withdrew it or the district ' +
    'declined it (frees the place; the tutor may nominate the teacher again).',
});

/** What the type-level check reads besides the row itself: the nominee. */
export const NOMINATION_INCLUDE = { enrolment: { select: { teacherId: true } } } as const;

/** Who sees a nomination: the nominee, and whoever may read nominations over its class (tutors, admins above). */
export function canSeeNomination(context: Context, nomination: { teacherId: string; orgPath: string }): boolean {
  const viewer = context.viewer;
  return (
    nomination.teacherId === viewer.user?.id ||
    scopeOf(viewer, 'excellent:read').some((root) => nomination.orgPath.startsWith(root))
  );
}

/** The same rule as a Prisma filter. */
export function nominationVisibleWhere(context: Context) {
  const viewer = context.viewer;
  return {
    OR: [
      ...(viewer.user ? [{ enrolment: { teacherId: viewer.user.id } }] : []),
      ...viewer.within('orgPath', scopeOf(viewer, 'excellent:read')).OR,
    ],
  };
}

/**
 * A tutor's nomination of a teacher of their class as an excellent trainee (优秀学员), which the district confirms or
 * declines. Visible to the nominee, the class's tutors and the admins over the class; others find it missing.
 */
export const ExcellentNomination = builder.prismaNode('ExcellentNomination', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A nomination of a teacher as an excellent trainee (优秀学员) of their class in a programme: the tutor nominates within the class’s quota, ' +
    'the district confirms or declines.',
  include: NOMINATION_INCLUDE,
  findUnique: (id, context) => ({ id, ...nominationVisibleWhere(context) }),
  authScopes: (nomination, context) =>
    canSeeNomination(context, { teacherId: nomination.enrolment.teacherId, orgPath: nomination.orgPath }),
  fields: (t) => ({
    status: t.expose('status', { type: NominationStatus, description: 'NOMINATED, CONFIRMED or WITHDRAWN.' }),
    comment: t.exposeString('comment', {
      nullable: true,
      description: 'The tutor’s reasons for the nomination (at most 2000 characters); null when none was given.',
    }),
    nominatedAt: t.expose('nominatedAt', {
      type: 'DateTime',
      description: 'When the tutor (last) nominated the teacher.',
    }),
    decidedAt: t.expose('decidedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the district confirmed or declined it, or the tutor withdrew it; null while NOMINATED.',
    }),
    enrolment: t.relation('enrolment', { description: 'The nominee’s enrolment (teacher and programme).' }),
    programme: t.relation('programme', { description: 'The programme.' }),
    class: t.relation('class', { description: 'The nominee’s class (an Organisation of kind CLASS).' }),
    history: historyField('ExcellentNomination')(t),
  }),
});

/** A nomination as actions see it: it belongs to its class (and so to the school and district above); the nominee owns it. */
registerResource('ExcellentNomination', async (ids, context) => {
  const rows = await context.db.prisma.excellentNomination.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, orgPath: true, programmeId: true, ...NOMINATION_INCLUDE },
  });
  return new Map(
    rows.map((row) => {
      const nomination = { teacherId: row.enrolment.teacherId, orgPath: row.orgPath };
      return [
        row.id,
        {
          paths: [row.orgPath],
          ownerId: nomination.teacherId,
          visible: canSeeNomination(context, nomination),
          programmeId: row.programmeId,
        },
      ];
    }),
  );
});
