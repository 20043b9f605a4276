import { GraphQLError } from 'graphql';
import { badUserInput } from '../../../lib/errors.ts';
import type { Context } from '../context.ts';
import { decodeSupplyFacts, type SupplyFacts } from '../../../lib/supply-facts.ts';
import type { ProductRow } from '../db/rows.ts';
import type { OpenDemandRecord } from '../db/storefront.repository.ts';
import type { ResolversTypes, StockLevel } from '../generated/resolvers.ts';
import { availableNow, timePhasedAtp, type AtpBucket, type CommittedDemand } from '../rules/atp.rules.ts';
import { discloseAvailability, familyBand } from '../rules/disclosure.rules.ts';
import { availableQuantity } from '../rules/inventory.rules.ts';
import { STOREFRONT_CONFIG } from '../storefront-config.ts';

/**
 * The storefront's availability, and what it shares with the promise (promise.ts). Sourcing is
 * execution truth, so the OMS computes them: its own open order lines (commitments) and measured
 * branch times, with the ERP's stock, inbound supply and supplier ETA slip arriving through @requires.
 */
const CONFIG = STOREFRONT_CONFIG;

const MAX_HORIZON_DAYS = 365;

/** Each product's facts, decoded once however many of its fields need them. */
const DECODED = new WeakMap<ProductRow, SupplyFacts>();

export function facts(product: ProductRow, field: string): SupplyFacts {
  if (!product.supplyFacts) throw new GraphQLError(`${field} needs supplyFacts from the ERP; query it through the gateway`);
  let decoded = DECODED.get(product);
  if (!decoded) {
    try {
      decoded = decodeSupplyFacts(product.supplyFacts);
    } catch (error) {
      throw new GraphQLError(`${field}: the ERP's ${(error as Error).message}`);
    }
    DECODED.set(product, decoded);
  }
  return decoded;
}

export async function availability(
  product: ProductRow,
  { branchCode, horizonDays }: { branchCode?: string | null; horizonDays?: number | null },
  { loaders, seesExactStock }: Context,
): Promise<ResolversTypes['Availability']> {
  const supply = facts(product, 'availability');
  const horizon = horizonDays ?? 28;
  if (!Number.isInteger(horizon) || horizon < 0 || horizon > MAX_HORIZON_DAYS) {
    throw badUserInput('horizonDays', `must be a whole number of days from 0 to ${MAX_HORIZON_DAYS}, got ${horizon}`);
  }
  const exact = seesExactStock;
  const demand = await loaders.openDemand.load(product.sku);
  const leadTimeDays = supply.replenishment?.leadTimeDays ?? null;
  // Every caller sees the band; what discloseAvailability withholds from anonymous callers is the figures.
  const level = (stock: { onHand: number; allocated: number; onHold: number; safetyStock: number }): StockLevel => {
    const available = availableNow(stock);
    const band = familyBand(available, supply.family, CONFIG.disclosure);
    const disclosed = discloseAvailability({ available, family: supply.family, leadTimeDays: leadTimeDays ?? 0 }, exact, CONFIG.disclosure);
    const lead = leadTimeDays === null ? null : disclosed.leadTimeDays;
    return disclosed.kind === 'exact'
      ? { band, ...stock, available: disclosed.available, leadTimeDays: lead }
      : { band, onHand: null, allocated: null, onHold: null, safetyStock: null, available: null, leadTimeDays: lead };
  };
  const positions = supply.stock.filter((position) => !branchCode || position.branchCode === branchCode);
  const branches = positions.map((position) => {
    const lines = demand.filter((line) => line.branch_code === position.branchCode);
    const stock = { onHand: position.onHand, allocated: allocatedOf(lines), onHold: position.onHold, safetyStock: position.safetyStock };
    const atp = exact
      ? timePhasedAtp({
          asOf: localDateTime(new Date(supply.asOf), position.timeZone).slice(0, 10),
          horizonDays: horizon,
          startingAvailable: availableQuantity(stock),
          receipts: receiptsAt(supply, position.branchCode),
          demand: commitments(lines),
        }).buckets.map(bucketOf)
      : [];
    return {
      branch: { code: position.branchCode },
      stock: level(stock),
      lastSyncedAt: new Date(position.lastSyncedAtMs),
      syncAgeMinutes: position.syncAgeMinutes,
      syncStale: position.syncStale,
      atp,
    };
  });
  const sum = (pick: (position: (typeof supply.stock)[number]) => number) => positions.reduce((total, p) => total + pick(p), 0);
  const network = level({
    onHand: sum((p) => p.onHand),
    allocated: allocatedOf(demand.filter((line) => positions.some((p) => p.branchCode === line.branch_code))),
    onHold: sum((p) => p.onHold),
    safetyStock: sum((p) => p.safetyStock),
  });
  return { asOf: new Date(supply.asOf), disclosure: exact ? 'EXACT' : 'BANDED', horizonDays: horizon, network, branches };
}

export const refOf = (line: { purchaseOrderId: string; lineNumber: number }) => `${line.purchaseOrderId}/${line.lineNumber}`;

export function receiptsAt(supply: SupplyFacts, branchCode: string) {
  return supply.inbound
    .filter((line) => line.branchCode === branchCode)
    .map((line) => ({ date: line.eta, quantity: line.openQuantity, ref: refOf(line) }));
}

export function commitments(lines: readonly OpenDemandRecord[]): CommittedDemand[] {
  return lines.map((line) => ({
    date: line.promised_date,
    openQuantity: line.open_quantity,
    allocatedQuantity: Math.min(line.allocated_quantity, line.open_quantity),
    ref: `${line.order_id}/${line.line_number}`,
  }));
}

/** Units open order lines hold allocated from stock (Product.allocatedQuantity, and availability's). */
export const allocatedOf = (lines: readonly OpenDemandRecord[]) => lines.reduce((sum, line) => sum + line.allocated_quantity, 0);

function bucketOf(bucket: AtpBucket) {
  return {
    date: bucket.date,
    receipts: bucket.receiptQuantity,
    demand: bucket.demandQuantity,
    projectedAvailable: bucket.projectedAvailable,
    atp: bucket.atp,
    cumulativeAtp: bucket.cumulativeAtp,
  };
}


const FORMATS = new Map<string, Intl.DateTimeFormat>();
/** Every product of a page asks for the same few (instant, time zone) pairs: format each once. */
const LOCAL_TIMES = new Map<string, string>();

/** An instant on a branch's wall clock, 'YYYY-MM-DDTHH:MM'. */
export function localDateTime(instant: Date, timeZone: string): string {
  const key = `${instant.getTime()}|${timeZone}`;
  let local = LOCAL_TIMES.get(key);
  if (local) return local;
  let format = FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    FORMATS.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  local = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
  if (LOCAL_TIMES.size >= 1_000) LOCAL_TIMES.clear();
  LOCAL_TIMES.set(key, local);
  return local;
}
