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
  /** Who makes a change, for the audit trail: the x-opsgraph-actor header, else "unknown". */
  actor: string;
}

export const ACTOR_HEADER = 'x-opsgraph-actor';
const MAX_ACTOR_LENGTH = 200;

export function createContext(db: Db, request: SubgraphRequest): Context {
  return { db, loaders: createLoaders(db), principal: request.principal, actor: actorOf(request) };
}

function actorOf(request: SubgraphRequest): string {
  const header = request.headers[ACTOR_HEADER];
  const actor = (Array.isArray(header) ? header[0] : header)?.trim();
  return actor ? actor.slice(0, MAX_ACTOR_LENGTH) : 'unknown';
}
