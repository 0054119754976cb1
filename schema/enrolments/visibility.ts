import type { Context } from '../../api/context.js';

/** Roles that see every enrolment (and selection) of the schools in their subtree. */
export const ENROLMENT_OVERSEERS = ['SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'EXPERT', 'SYNC_CLIENT'] as const;

/**
 * Which enrolments (and so selections) a viewer may see: teachers their own; class tutors their
 * classes'; school, district admins, experts and sync clients every one within their subtree.
 * Other teachers of the same school see none of them.
 */
export function enrolmentVisibleWhere(context: Context) {
  const viewer = context.viewer;
  const overseen = viewer.pathsWith([...ENROLMENT_OVERSEERS]);
  const tutored = viewer.pathsWith(['CLASS_TUTOR']);
  return {
    OR: [
      ...(viewer.user ? [{ teacherId: viewer.user.id }] : []),
      ...viewer.within('orgPath', overseen).OR,
      ...(tutored.length ? [{ class: viewer.within('path', tutored) }] : []),
    ],
  };
}

/** The same rule for one loaded enrolment. */
export function canSeeEnrolment(
  context: Context,
  enrolment: { teacherId: string; orgPath: string; classPath: string | null },
) {
  const viewer = context.viewer;
  return (
    enrolment.teacherId === viewer.user?.id ||
    viewer.holdsOver([...ENROLMENT_OVERSEERS], enrolment.orgPath) ||
    (enrolment.classPath !== null && viewer.holdsOver(['CLASS_TUTOR'], enrolment.classPath))
  );
}
