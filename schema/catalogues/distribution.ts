import type { Dimension as DimensionRow, Environment as EnvironmentRow } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { Dimension, Environment } from './groupings.js';

export interface DistributionCellShape {
  dimension: DimensionRow;
  environment: EnvironmentRow | null;
  competencyCount: number;
  credits: number | null;
}

export const DistributionCell = builder.objectRef<DistributionCellShape>('DistributionCell').implement({
  description: 'The items of one dimension in one environment.',
  fields: (t) => ({
    dimension: t.field({ type: Dimension, resolve: (cell) => cell.dimension }),
    environment: t.field({ type: Environment, nullable: true, resolve: (cell) => cell.environment }),
    competencyCount: t.exposeInt('competencyCount', { description: 'Number of items.' }),
    credits: t.exposeInt('credits', {
      nullable: true,
      description: 'Sum of their credits; null where the framework gives none.',
    }),
  }),
});
