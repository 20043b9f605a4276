import type { SubgraphModule } from '../../lib/subgraph.ts';
import { createContext, type Context } from './context.ts';
import { refreshKpiAggregates } from './db/kpi-aggregates.repository.ts';
import { resolvers } from './resolvers/index.ts';

/** The ERP subgraph: the financial and inventory record (items, stock, purchasing, receivables). */
export const erpSubgraph: SubgraphModule<Context> = {
  name: 'erp',
  schemaPath: new URL('./schema.graphql', import.meta.url),
  resolvers,
  createContext,
  refreshAggregates: refreshKpiAggregates,
};

export const erpMigrations = new URL('./db/migrations/', import.meta.url);
