import type { Catalog } from '../catalog/catalog.ts';
import type { Sku } from '../catalog/products.ts';
import { RATES } from '../config.ts';
import { DAY_MS, HOUR_MS, WEEK_MS, isoDate, startOfDay } from '../calendar.ts';
import { sequentialId } from '../collections.ts';
import { BRANCHES, type Supplier } from '../network.ts';
import { Random } from '../random.ts';
import type { PurchaseOrderLineRow, PurchaseOrderRow, ReceiptRow } from '../tables/erp.ts';
import type { Timeline } from '../timeline.ts';

export interface ReceivedLayer {
  dayMs: number;
  quantity: number;
  unitCostMinor: number;
}

export interface Purchasing {
  purchaseOrders: PurchaseOrderRow[];
  lines: PurchaseOrderLineRow[];
  receipts: ReceiptRow[];
  /** Receipts per `sku|branch`, oldest first, for FIFO inventory layers. */
  receivedByPosition: Map<string, ReceivedLayer[]>;
}

/** How often a SKU of each tier is on a replenishment PO: every PO, every 2nd, every 4th. */
const EVERY_NTH = { A: 1, B: 2, C: 4 } as const;

interface PoDraft {
  supplier: Supplier;
  branchCode: string;
  orderedMs: number;
  lines: { sku: Sku; quantity: number }[];
}

/**
 * Replenishment POs per branch and supplier on a 2-4 week cadence, sized to the branch's demand
 * rate. Each PO arrives together: on time, a little early, or late at its supplier's late rate;
 * the ETA held 7 days before arrival is updated only by suppliers that warn about delays.
 */
export function generatePurchasing(seed: number, timeline: Timeline, catalog: Catalog, suppliers: readonly Supplier[], weeklyDemand: ReadonlyMap<string, number>): Purchasing {
  const rng = new Random(seed, 'purchasing');
  const { asOfMs, historyStartMs } = timeline;
  const weeks = Math.ceil(timeline.historyDays / 7);
  const drafts: PoDraft[] = [];
  for (const branch of BRANCHES) {
    for (const supplier of suppliers) {
      const skus = catalog.skus.filter((sku) => sku.sellable && sku.supplier === supplier && sku.stockedBranches.includes(branch.code));
      if (skus.length === 0) continue;
      const cadence = rng.int(2, 4);
      for (let week = rng.int(0, cadence - 1), cycle = 0; week < weeks; week += cadence, cycle += 1) {
        const orderedMs = historyStartMs + week * WEEK_MS + DAY_MS + rng.int(13, 22) * HOUR_MS;
        if (orderedMs > asOfMs) break;
        const lines = skus.flatMap((sku, index) => {
          const every = EVERY_NTH[sku.tier];
          if ((cycle + index) % every !== 0) return [];
          const rate = weeklyDemand.get(`${sku.sku}|${branch.code}`) ?? 0;
          const quantity = rng.roundStochastic(rate * cadence * every * rng.between(0.9, 1.3));
          return quantity > 0 ? [{ sku, quantity: Math.ceil(quantity / sku.increment) * sku.increment }] : [];
        });
        if (lines.length > 0) drafts.push({ supplier, branchCode: branch.code, orderedMs, lines });
      }
    }
  }
  drafts.sort((x, y) => x.orderedMs - y.orderedMs);
  const result: Purchasing = { purchaseOrders: [], lines: [], receipts: [], receivedByPosition: new Map() };
  const receipts: Omit<ReceiptRow, 'id'>[] = [];
  drafts.forEach((draft, index) => {
    const id = sequentialId('PO', index);
    const status = receivePurchaseOrder(rng, asOfMs, id, draft, result, receipts);
    result.purchaseOrders.push({ id, supplier_id: draft.supplier.id, branch_code: draft.branchCode, ordered_at: new Date(draft.orderedMs), status });
  });
  receipts.sort((x, y) => x.received_at.getTime() - y.received_at.getTime());
  result.receipts = receipts.map((receipt, index) => ({ id: sequentialId('RC', index), ...receipt }));
  return result;
}

function receivePurchaseOrder(rng: Random, asOfMs: number, id: string, draft: PoDraft, result: Purchasing, receipts: Omit<ReceiptRow, 'id'>[]): PurchaseOrderRow['status'] {
  const { supplier } = draft;
  const commitMs = startOfDay(draft.orderedMs) + supplier.leadTimeDays * DAY_MS;
  const cancelled = rng.chance(RATES.supply.cancelledPo) && commitMs < asOfMs;
  let daysLate = 0;
  if (rng.chance(supplier.lateShare)) daysLate = Math.round(rng.inRange(supplier.daysLate));
  else if (rng.chance(0.1)) daysLate = -rng.int(1, 2);
  else if (rng.chance(0.02)) daysLate = -rng.int(3, 5);
  const arrivalMs = commitMs + daysLate * DAY_MS;
  const warned = daysLate > 0 && rng.chance(RATES.supply.etaUpdatedWhenLate[supplier.habituallyLate ? 'habitual' : 'normal']);
  const etaSevenDaysPriorMs = daysLate > 0 ? (warned ? arrivalMs + rng.int(-1, 1) * DAY_MS : commitMs) : commitMs + (rng.chance(0.85) ? 0 : rng.int(-2, 2) * DAY_MS);
  const currentEtaMs = warned && asOfMs >= arrivalMs - 7 * DAY_MS ? arrivalMs : commitMs;
  let anyReceived = false;
  let allClosed = true;
  draft.lines.forEach(({ sku, quantity }, index) => {
    const unitCost = Math.round(sku.costMinor * rng.between(0.97, 1.03));
    const deliveries: [number, number][] = [];
    if (!cancelled && arrivalMs <= asOfMs) {
      const delivered = rng.chance(RATES.supply.shortReceipt) ? Math.max(1, Math.floor(quantity * rng.between(0.8, 0.95))) : quantity;
      const split = delivered >= 2 && rng.chance(RATES.supply.partialReceipt);
      const first = split ? Math.max(1, Math.floor(delivered * rng.between(0.4, 0.8))) : delivered;
      deliveries.push([arrivalMs, first]);
      if (split) deliveries.push([arrivalMs + rng.int(2, 10) * DAY_MS, delivered - first]);
    }
    const received = deliveries.filter(([ms]) => ms <= asOfMs);
    const receivedQuantity = received.reduce((sum, [, q]) => sum + q, 0);
    const closed = cancelled || (received.length > 0 && received.length === deliveries.length);
    anyReceived ||= receivedQuantity > 0;
    allClosed &&= closed;
    const pending = deliveries.find(([ms]) => ms > asOfMs);
    result.lines.push({
      purchase_order_id: id, line_number: index + 1, sku: sku.sku, ordered_quantity: quantity, received_quantity: receivedQuantity,
      unit_cost_minor: unitCost, supplier_commit_date: isoDate(commitMs),
      current_eta: closed ? null : isoDate(pending ? pending[0] : currentEtaMs),
      eta_seven_days_prior: received.length > 0 ? isoDate(etaSevenDaysPriorMs) : null,
    });
    for (const [ms, q] of received) {
      const receivedMs = ms + rng.int(13, 21) * HOUR_MS;
      receipts.push({ purchase_order_id: id, line_number: index + 1, received_at: new Date(Math.min(receivedMs, asOfMs)), quantity: q });
      const key = `${sku.sku}|${draft.branchCode}`;
      const layers = result.receivedByPosition.get(key) ?? [];
      layers.push({ dayMs: ms, quantity: q, unitCostMinor: unitCost });
      result.receivedByPosition.set(key, layers);
    }
  });
  if (cancelled) return 'cancelled';
  if (allClosed) return 'received';
  return anyReceived ? 'partially_received' : 'open';
}
