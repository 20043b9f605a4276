import type { Db } from '../../lib/db.ts';
import type { Principal } from '../../lib/identity.ts';
import type { SubgraphRequest } from '../../lib/subgraph.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** One request's context: the OPS database, fresh DataLoaders and who is asking. */
export interface Context {
  db: Db;
  loaders: Loaders;
  /** Who is asking, as the gateway verified it; account data is scoped by this, never by an argument. */
  principal: Principal;
  /** Who makes a change, for the audit trail: the verified token's subject ("unknown" for an anonymous caller, who may change nothing). */
  actor: string;
}

export function createContext(db: Db, request: SubgraphRequest): Context {
  return { db, loaders: createLoaders(db), principal: request.principal, actor: request.principal.kind === 'anonymous' ? 'unknown' : request.principal.subject };
}
