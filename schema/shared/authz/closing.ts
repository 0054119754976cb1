import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../../api/context.js';

/**
 * Closing (结项): once the district accepted a school's closing in a programme (its SchoolCompletion has `closedAt`),
 * every write to that school's records in the programme is refused with CLOSED. The authorize plugin checks it for
 * every mutation, after the action is allowed and before the resolver runs (plugin.ts); reads are never refused.
 */

/**
 * Per request: the paths of the schools closed in each programme asked about, every programme asked in the same tick in
 * one statement. Not cached across ticks: a request's mutations run one after another, and one of them may accept a
 * closing that the next must see.
 */
const closedLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, string[]>(
      async (programmeIds) => {
        const rows = await context.db.prisma.schoolCompletion.findMany({
          where: { programmeId: { in: [...new Set(programmeIds)] }, closedAt: { not: null } },
          select: { programmeId: true, orgPath: true },
        });
        const byProgramme = new Map<string, string[]>(programmeIds.map((id) => [id, []]));
        for (const row of rows) byProgramme.get(row.programmeId)?.push(row.orgPath);
        return programmeIds.map((id) => byProgramme.get(id) ?? []);
      },
      { cache: false },
    ),
);

/** The paths of the schools closed (结项 accepted) in the programme (batched per request; see above). */
export function closedSchoolPaths(context: Context, programmeId: string): Promise<string[]> {
  return closedLoader(context).load(programmeId);
}

/**
 * True when one of an object's organisation paths lies at or under one of the closed school paths (materialised paths
 * end with "/", so a prefix is exactly the subtree: the school itself, its classes and groups).
 */
export function isClosedFor(paths: readonly string[], closedPaths: readonly string[]): boolean {
  return paths.some((path) => closedPaths.some((closed) => path.startsWith(closed)));
}
