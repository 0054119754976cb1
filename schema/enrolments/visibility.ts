import type { Context } from '../../api/context.js';
import { registerResource, scopeOf } from '../shared/index.js';

/**
 * Which enrolments (and so selections) a viewer may see: teachers their own; class tutors their
 * classes' (action enrolment:readClass); school and district admins, experts and sync clients
 * every one within their subtree (enrolment:readAll). Other teachers of the same school see none.
 */
export function enrolmentVisibleWhere(context: Context) {
  const viewer = context.viewer;
  const tutored = scopeOf(viewer, 'enrolment:readClass');
  return {
    OR: [
      ...(viewer.user ? [{ teacherId: viewer.user.id }] : []),
      ...viewer.within('orgPath', scopeOf(viewer, 'enrolment:readAll')).OR,
      ...(tutored.length ? [{ class: viewer.within('path', tutored) }] : []),
    ],
  };
}

/** The same rule for one loaded enrolment. */
export function canSeeEnrolment(
  context: Context,
  enrolment: { teacherId: string; orgPath: string; classPath: string | null },
): boolean {
  const viewer = context.viewer;
  const within = (paths: string[], path: string) => paths.some((root) => path.startsWith(root));
  return (
    enrolment.teacherId === viewer.user?.id ||
    within(scopeOf(viewer, 'enrolment:readAll'), enrolment.orgPath) ||
    (enrolment.classPath !== null && within(scopeOf(viewer, 'enrolment:readClass'), enrolment.classPath))
  );
}

/** An enrolment as actions see it: the teacher owns it; it belongs to its class (when it has one) and school. */
registerResource('Enrolment', async (ids, context) => {
  const rows = await context.db.prisma.enrolment.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, teacherId: true, orgPath: true, programmeId: true, class: { select: { path: true } } },
  });
  return new Map(
    rows.map((row) => {
      const classPath = row.class?.path ?? null;
      return [
        row.id,
        {
          paths: classPath ? [classPath, row.orgPath] : [row.orgPath],
          ownerId: row.teacherId,
          visible: canSeeEnrolment(context, { teacherId: row.teacherId, orgPath: row.orgPath, classPath }),
          // A school's record in its programme: writes stop once the school closed (结项) there.
          programmeId: row.programmeId,
        },
      ];
    }),
  );
});
