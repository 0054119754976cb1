import type { Context } from '../../api/context.js';

/** Paths of the organisations above `path` ("/a/b/c/" → ["/a/", "/a/b/"]), derived from the path itself. */
export function ancestorPathsOf(path: string): string[] {
  const ids = path.split('/').filter(Boolean);
  return ids.slice(0, -1).map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
}

/**
 * A programme belongs to a district. Viewers whose subtrees contain the district see it (district,
 * city, province staff), and so do viewers inside the district (its schools' admins, tutors and
 * teachers). Other districts' viewers and anonymous viewers see nothing.
 */
export function programmeVisibleWhere(context: Context) {
  return onViewerLineWhere(context);
}

/**
 * Rows whose `orgPath` lies in one of the viewer's subtrees or above one of their roots (on the
 * line from the top of the tree to the viewer). Used for programmes (district paths) and for
 * batch schools (school paths: the district sees all, a school's staff their own).
 */
export function onViewerLineWhere(context: Context) {
  const above = [...new Set(context.viewer.roots.flatMap(ancestorPathsOf))];
  return {
    OR: [...context.viewer.within('orgPath').OR, ...(above.length ? [{ orgPath: { in: above } }] : [])],
  };
}

/** The same rule for one loaded programme's district path. */
export function canSeeProgramme(context: Context, orgPath: string): boolean {
  return isOnViewerLine(context, orgPath);
}

/** The `onViewerLineWhere` rule for one path. */
export function isOnViewerLine(context: Context, orgPath: string): boolean {
  return context.viewer.roots.some((root) => root.startsWith(orgPath) || orgPath.startsWith(root));
}
