import type { SubgraphModule } from '../../lib/subgraph.ts';
import { createContext, type Context } from './context.ts';
import { resolvers } from './resolvers/index.ts';

/** The OPS subgraph: the operating model (KPI catalog, scorecard definitions, owners, escalation). */
export const opsSubgraph: SubgraphModule<Context> = {
  name: 'ops',
  schemaPath: new URL('./schema.graphql', import.meta.url),
  resolvers,
  createContext,
};

export const opsMigrations = new URL('./db/migrations/', import.meta.url);
