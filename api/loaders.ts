import DataLoader from 'dataloader';
import { loadDistributions } from '../schema/catalogues/distribution-loader.js';
import type { Database } from './db/client.js';

/** Per-request batch loaders for reads that do not go through the Prisma plugin. */
export function createLoaders(db: Database) {
  return {
    /** Organisation paths of each user's role assignments (for visibility checks). */
    assignmentPaths: new DataLoader<string, string[]>(async (userIds) => {
      const rows = await db.prisma.roleAssignment.findMany({ where: { userId: { in: [...userIds] } }, select: { userId: true, orgPath: true } });
      return userIds.map((id) => rows.filter((row) => row.userId === id).map((row) => row.orgPath));
    }),
    distribution: new DataLoader((catalogueIds: readonly string[]) => loadDistributions(db.prisma, catalogueIds)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
