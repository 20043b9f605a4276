import { exactStockAudience, seesExactStock, visibleAccounts, type VisibleAccounts } from '../../lib/access.ts';
import type { Db } from '../../lib/db.ts';
import type { Principal } from '../../lib/identity.ts';
import type { SubgraphRequest } from '../../lib/subgraph.ts';
import { asOfInstant } from './db/dataset.repository.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface Context {
  db: Db;
  loaders: Loaders;
  /** Who is asking, as the gateway verified it; account data is scoped by this, never by an argument. */
  principal: Principal;
  /** The accounts this caller may read (null: every account); the loaders already apply it. */
  visibleAccounts: VisibleAccounts;
  /**
   * Whether this caller reads exact stock figures (OPSGRAPH_EXACT_STOCK_FOR); otherwise the ERP's
   * stock quantities are null (lib/access.ts). The OMS reads the same setting for its own.
   */
  seesExactStock: boolean;
  /** After applying integration events: the KPI aggregates are rebuilt a little later (lib/subgraph.ts). */
  aggregatesChanged: () => void;
  /** The instant ages and days past due are measured to; read once per request, on first use. */
  asOf: () => Promise<Date>;
}

/** Who sees exact stock, read once at start: a bad value stops the subgraph. */
const EXACT_STOCK_FOR = exactStockAudience();

export function createContext(db: Db, request: SubgraphRequest): Context {
  let asOf: Promise<Date> | undefined;
  const visible = visibleAccounts(request.principal);
  return {
    db,
    loaders: createLoaders(db, visible),
    principal: request.principal,
    visibleAccounts: visible,
    seesExactStock: seesExactStock(request.principal, EXACT_STOCK_FOR),
    aggregatesChanged: request.aggregatesChanged,
    asOf: () => (asOf ??= asOfInstant(db)),
  };
}
