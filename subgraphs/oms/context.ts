import { seesExactStock, visibleAccounts, type VisibleAccounts } from '../../lib/access.ts';
import type { Db } from '../../lib/db.ts';
import type { Principal } from '../../lib/identity.ts';
import type { SubgraphRequest } from '../../lib/subgraph.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { STOREFRONT_CONFIG } from './storefront-config.ts';

/** One request's context: the OMS database, fresh DataLoaders and who is asking. */
export interface Context {
  db: Db;
  loaders: Loaders;
  /** Who is asking, as the gateway verified it; account data is scoped by this, never by an argument. */
  principal: Principal;
  /** The accounts this caller may read (null: every account); the loaders already apply it. */
  visibleAccounts: VisibleAccounts;
  /**
   * Whether this caller reads exact stock figures (OPSGRAPH_EXACT_STOCK_FOR); otherwise every
   * quantity the OMS serves about stock is null and availability is banded (lib/access.ts).
   */
  seesExactStock: boolean;
  /** After applying integration events: the KPI aggregates are rebuilt a little later (lib/subgraph.ts). */
  aggregatesChanged: () => void;
}

export function createContext(db: Db, request: SubgraphRequest): Context {
  const visible = visibleAccounts(request.principal);
  return {
    db,
    loaders: createLoaders(db, visible),
    principal: request.principal,
    visibleAccounts: visible,
    seesExactStock: seesExactStock(request.principal, STOREFRONT_CONFIG.exactFor),
    aggregatesChanged: request.aggregatesChanged,
  };
}
