/**
 * Who sees a rubric: the national defaults (orgPath "/") anyone; a district's or province's rubric the people on
 * its line, like programmes (its staff and everyone inside it, and the staff above it).
 */
import type { Context } from '../../api/context.js';
import { onViewerLineWhere } from '../programmes/index.js';
import { registerResource } from '../shared/index.js';

/** orgPath of the national rubrics. */
export const NATIONAL_PATH = '/';

/** Whether the viewer sees a rubric owned at `orgPath`. */
export function rubricVisible(context: Context, orgPath: string): boolean {
  return orgPath === NATIONAL_PATH || context.viewer.isOnLine(orgPath);
}

/** The same rule as a Prisma filter on Rubric. */
export function rubricVisibleWhere(context: Context) {
  return { OR: [{ orgPath: NATIONAL_PATH }, ...onViewerLineWhere(context).OR] };
}

/** A rubric belongs to its owner's path: rubric:manage is checked over it. */
registerResource('Rubric', async (ids, context) => {
  const rows = await context.db.prisma.rubric.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, orgPath: true },
  });
  return new Map(
    rows.map((row) => [row.id, { paths: [row.orgPath], ownerId: null, visible: rubricVisible(context, row.orgPath) }]),
  );
});
