import type { Db } from '../../lib/db.ts';
import type { Principal } from '../../lib/identity.ts';
import type { SubgraphRequest } from '../../lib/subgraph.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface Context {
  db: Db;
  loaders: Loaders;
  /** Who is asking, as the gateway verified it; account data is scoped by this, never by an argument. */
  principal: Principal;
}

export function createContext(db: Db, request: SubgraphRequest): Context {
  return { db, loaders: createLoaders(db), principal: request.principal };
}
