/**
 * The ERP's supply facts about a product, as the OMS's availability and promise require them
 * (Product.supplyFacts, @inaccessible). They travel as one JSON string rather than as a GraphQL
 * object tree: a listing page carries about 70 KB of them, and as thousands of fields they cost
 * the ERP, the gateway and the OMS more than the page's visible fields. This module is the
 * contract: the ERP encodes, the OMS decodes; the version changes when the shape does.
 */
export const SUPPLY_FACTS_VERSION = 1;

export interface SupplyFacts {
  v: typeof SUPPLY_FACTS_VERSION;
  /** The instant the facts are as of, ISO 8601. */
  asOf: string;
  /** The item's family ("" when the ERP has no item). */
  family: string;
  /** Stock by branch. */
  stock: StockFact[];
  /** Open purchase order lines, soonest ETA first. */
  inbound: InboundFact[];
  /** Who replenishes the product when inbound supply runs out; null when the ERP has no item. */
  replenishment: { supplierId: string; leadTimeDays: number } | null;
  /** Every branch with its IANA time zone (a promise may ship from a branch holding none). */
  branches: { code: string; timeZone: string }[];
}

export interface StockFact {
  branchCode: string;
  timeZone: string;
  onHand: number;
  onHold: number;
  safetyStock: number;
  /** ISO 8601. */
  lastSyncedAt: string;
  syncAgeMinutes: number;
  syncStale: boolean;
}

export interface InboundFact {
  purchaseOrderId: string;
  lineNumber: number;
  branchCode: string;
  openQuantity: number;
  /** The current ETA, else the supplier's commit date (YYYY-MM-DD). */
  eta: string;
  supplierId: string;
  /** How late the supplier's deliveries arrive against its ETA (lib/supplier-slip.ts). */
  slip: { basis: 'supplier' | 'pooled' | 'none'; ownDeliveries: number; observations: number; p50: number; p90: number };
}

export function encodeSupplyFacts(facts: Omit<SupplyFacts, 'v'>): string {
  return JSON.stringify({ v: SUPPLY_FACTS_VERSION, ...facts });
}

/** The facts, or an error naming what is wrong (a different version, not JSON, missing parts). */
export function decodeSupplyFacts(text: string): SupplyFacts {
  let facts: Partial<SupplyFacts>;
  try {
    facts = JSON.parse(text) as Partial<SupplyFacts>;
  } catch {
    throw new Error('supplyFacts is not JSON');
  }
  if (facts.v !== SUPPLY_FACTS_VERSION) throw new Error(`supplyFacts is version ${String(facts.v)}, this OMS reads version ${SUPPLY_FACTS_VERSION}`);
  for (const part of ['stock', 'inbound', 'branches'] as const) {
    if (!Array.isArray(facts[part])) throw new Error(`supplyFacts has no ${part} list`);
  }
  if (typeof facts.asOf !== 'string' || Number.isNaN(Date.parse(facts.asOf))) throw new Error('supplyFacts has no valid asOf');
  return facts as SupplyFacts;
}
