import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import type { PrismaClient } from '../../api/db/client.js';
import { must } from '../../api/util/must.js';
import type { DistributionCellShape } from './distribution.js';

/**
 * The dimension × environment distribution of several catalogues, counted in SQL:
 * one GROUP BY plus one read of the groupings, whatever the number of catalogues.
 */
export async function loadDistributions(
  prisma: PrismaClient,
  catalogueIds: readonly string[],
): Promise<DistributionCellShape[][]> {
  const ids = [...catalogueIds];
  const [groups, dimensions, environments] = await Promise.all([
    prisma.competency.groupBy({
      by: ['catalogueId', 'dimensionId', 'environmentId'],
      where: { catalogueId: { in: ids } },
      _count: { _all: true },
      _sum: { credits: true },
    }),
    prisma.dimension.findMany({ where: { catalogueId: { in: ids } } }),
    prisma.environment.findMany({ where: { catalogueId: { in: ids } } }),
  ]);
  const dimensionById = new Map(dimensions.map((d) => [d.id, d]));
  const environmentById = new Map(environments.map((e) => [e.id, e]));
  return ids.map((id) =>
    groups
      .filter((group) => group.catalogueId === id)
      .map((group) => ({
        dimension: must(dimensionById, group.dimensionId, 'dimension'),
        environment: group.environmentId ? (environmentById.get(group.environmentId) ?? null) : null,
        competencyCount: group._count._all,
        credits: group._sum.credits,
      }))
      .sort(
        (a, b) =>
          a.dimension.position - b.dimension.position ||
          (a.environment?.position ?? 0) - (b.environment?.position ?? 0),
      ),
  );
}

/** The request's batch loader of catalogues' distributions. */
export const distributionOf = createContextCache(
  (context: Context) =>
    new DataLoader((catalogueIds: readonly string[]) => loadDistributions(context.db.prisma, catalogueIds)),
);
