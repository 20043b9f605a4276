/**
 * The ERP's supply facts about a product, as the OMS's availability and promise require them
 * (Product.supplyFacts, @inaccessible). They travel as one JSON string rather than as a GraphQL
 * object tree: as thousands of fields they cost the ERP, the gateway and the OMS more than the
 * page's visible fields. This module is the contract: the ERP encodes, the OMS decodes; the
 * version changes when the wire form does.
 *
 * The wire form (version 2) is positional: each branch once, stock and inbound lines as tuples
 * that point at their branch by index, instants as epoch milliseconds. A listing page's facts
 * cross the gateway twice (ERP answer, OMS request) and are parsed four times; written out as
 * objects (version 1) they were 70 KB a page, two thirds of the bytes a page moved between
 * processes. Positional, they are about a quarter of that.
 */
export const SUPPLY_FACTS_VERSION = 2;

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
  /** Epoch milliseconds: the facts carry hundreds of these a page, and most are never shown. */
  lastSyncedAtMs: number;
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

type WireBranch = [code: string, timeZone: string];
type WireStock = [branch: number, onHand: number, onHold: number, safetyStock: number, lastSyncedAtMs: number, syncAgeMinutes: number, syncStale: 0 | 1];
type WireInbound = [
  purchaseOrderId: string, lineNumber: number, branch: number, openQuantity: number, eta: string, supplierId: string,
  slipBasis: 's' | 'p' | 'n', ownDeliveries: number, observations: number, p50: number, p90: number,
];
interface Wire {
  v: typeof SUPPLY_FACTS_VERSION;
  at: string;
  f: string;
  b: WireBranch[];
  s: WireStock[];
  i: WireInbound[];
  r: [supplierId: string, leadTimeDays: number] | null;
}

const BASIS_CODE = { supplier: 's', pooled: 'p', none: 'n' } as const;
const BASIS_OF = { s: 'supplier', p: 'pooled', n: 'none' } as const;

/**
 * The facts in their wire form. Every branch a stock or inbound line names must be among
 * `branches` (the ERP lists them all).
 */
export function encodeSupplyFacts(facts: Omit<SupplyFacts, 'v'>): string {
  const index = new Map(facts.branches.map((branch, i) => [branch.code, i]));
  const at = (code: string) => {
    const i = index.get(code);
    if (i === undefined) throw new Error(`supplyFacts: branch ${code} is not among the facts' branches`);
    return i;
  };
  const wire: Wire = {
    v: SUPPLY_FACTS_VERSION,
    at: facts.asOf,
    f: facts.family,
    b: facts.branches.map((branch) => [branch.code, branch.timeZone]),
    s: facts.stock.map((s) => [at(s.branchCode), s.onHand, s.onHold, s.safetyStock, s.lastSyncedAtMs, s.syncAgeMinutes, s.syncStale ? 1 : 0]),
    i: facts.inbound.map((line) => [
      line.purchaseOrderId, line.lineNumber, at(line.branchCode), line.openQuantity, line.eta, line.supplierId,
      BASIS_CODE[line.slip.basis], line.slip.ownDeliveries, line.slip.observations, line.slip.p50, line.slip.p90,
    ]),
    r: facts.replenishment && [facts.replenishment.supplierId, facts.replenishment.leadTimeDays],
  };
  return JSON.stringify(wire);
}

/** The facts, or an error naming what is wrong (a different version, not JSON, missing parts). */
export function decodeSupplyFacts(text: string): SupplyFacts {
  let wire: Partial<Wire>;
  try {
    wire = JSON.parse(text) as Partial<Wire>;
  } catch {
    throw new Error('supplyFacts is not JSON');
  }
  if (wire.v !== SUPPLY_FACTS_VERSION) throw new Error(`supplyFacts is version ${String(wire.v)}, this OMS reads version ${SUPPLY_FACTS_VERSION}`);
  for (const [part, name] of [['b', 'branches'], ['s', 'stock'], ['i', 'inbound']] as const) {
    if (!Array.isArray(wire[part])) throw new Error(`supplyFacts has no ${name} list`);
  }
  if (typeof wire.at !== 'string' || Number.isNaN(Date.parse(wire.at))) throw new Error('supplyFacts has no valid asOf');
  const branches = wire.b!.map(([code, timeZone]) => ({ code, timeZone }));
  const branch = (i: number) => {
    const found = branches[i];
    if (!found) throw new Error(`supplyFacts names branch #${i}, beyond its ${branches.length} branches`);
    return found;
  };
  return {
    v: SUPPLY_FACTS_VERSION,
    asOf: wire.at,
    family: wire.f ?? '',
    stock: wire.s!.map(([b, onHand, onHold, safetyStock, syncedMs, syncAgeMinutes, stale]) => ({
      branchCode: branch(b).code,
      timeZone: branch(b).timeZone,
      onHand,
      onHold,
      safetyStock,
      lastSyncedAtMs: syncedMs,
      syncAgeMinutes,
      syncStale: stale === 1,
    })),
    inbound: wire.i!.map(([purchaseOrderId, lineNumber, b, openQuantity, eta, supplierId, basis, ownDeliveries, observations, p50, p90]) => ({
      purchaseOrderId, lineNumber, branchCode: branch(b).code, openQuantity, eta, supplierId,
      slip: { basis: BASIS_OF[basis], ownDeliveries, observations, p50, p90 },
    })),
    replenishment: wire.r ? { supplierId: wire.r[0], leadTimeDays: wire.r[1] } : null,
    branches,
  };
}
