import type { SubgraphModule } from '../../lib/subgraph.ts';
import { createContext, type Context } from './context.ts';
import { refreshKpiAggregates } from './db/kpi-refresh.repository.ts';
import { resolvers } from './resolvers/index.ts';

export const omsSubgraph: SubgraphModule<Context> = {
  name: 'oms',
  schemaPath: new URL('./schema.graphql', import.meta.url),
  resolvers,
  createContext,
  refreshAggregates: refreshKpiAggregates,
};

export const omsMigrations = new URL('./db/migrations/', import.meta.url);
