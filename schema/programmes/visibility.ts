import type { Context } from '../../api/context.js';
import { registerResource } from '../shared/index.js';

/** Paths of the organisations above `path` ("/a/b/c/" → ["/a/", "/a/b/"]), derived from the path itself. */
export function ancestorPathsOf(path: string): string[] {
  const ids = path.split('/').filter(Boolean);
  return ids.slice(0, -1).map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
}

/**
 * Rows whose `orgPath` lies in one of the viewer's subtrees or above one of their roots (on the
 * line from the top of the tree to the viewer). A programme belongs to a district: viewers whose
 * subtrees contain the district see it (district, city, province staff), and so do viewers inside
 * the district (its schools' admins, tutors and teachers); other districts' viewers and anonymous
 * viewers see nothing. Batch schools (school paths): the district sees all, a school's staff their own.
 */
export function onViewerLineWhere(context: Context) {
  const above = [...new Set(context.viewer.roots.flatMap(ancestorPathsOf))];
  return {
    OR: [...context.viewer.within('orgPath').OR, ...(above.length ? [{ orgPath: { in: above } }] : [])],
  };
}

registerResource('Programme', async (ids, context) => {
  const rows = await context.db.prisma.programme.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, orgPath: true },
  });
  return new Map(
    rows.map((row) => [row.id, { paths: [row.orgPath], ownerId: null, visible: context.viewer.isOnLine(row.orgPath) }]),
  );
});

registerResource('Batch', async (ids, context) => {
  const rows = await context.db.prisma.batch.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, programmeId: true, programme: { select: { orgPath: true } } },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        paths: [row.programme.orgPath],
        ownerId: null,
        visible: context.viewer.isOnLine(row.programme.orgPath),
        // A batch is the district's, never one school's record (its path is the district's); the closing guard reads
        // its programme when a mutation names a school and a batch (enrolling a teacher).
        programmeId: row.programmeId,
      },
    ]),
  );
});
