import type { Db } from '../../lib/db.ts';
import type { Principal } from '../../lib/identity.ts';
import { PeerCallError, type PeerCaller } from '../../lib/peers.ts';
import type { SubgraphRequest } from '../../lib/subgraph.ts';
import type { IntakeDeps } from './intake/deps.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** One request's context: the integration database, fresh DataLoaders and who is asking. */
export interface Context {
  db: Db;
  loaders: Loaders;
  /** Who is asking, as the gateway verified it. */
  principal: Principal;
  /** The intake's dependencies, for retrying an event (it hands the event to the ERP or OMS). */
  intake: () => IntakeDeps;
}

export function createContext(db: Db, request: SubgraphRequest): Context {
  return {
    db, loaders: createLoaders(db), principal: request.principal,
    intake: () => ({ db, peers: request.peers ?? NO_PEERS, log: (line) => console.error(`[integration] ${line}`), now: () => new Date(), batchSize: 1000 }),
  };
}

/** A subgraph started without peers (a test of integration alone) cannot hand events to other domains. */
const NO_PEERS: PeerCaller = {
  call: (domain) => Promise.reject(new PeerCallError(`this integration subgraph was started without the ${domain} subgraph's URL`)),
};
