import type { SubgraphModule } from '../../lib/subgraph.ts';
import { createContext, type Context } from './context.ts';
import { resolvers } from './resolvers/index.ts';

export const pimSubgraph: SubgraphModule<Context> = {
  name: 'pim',
  schemaPath: new URL('./schema.graphql', import.meta.url),
  resolvers,
  createContext,
};

export const pimMigrations = new URL('./db/migrations/', import.meta.url);
