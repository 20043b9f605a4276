import type { Sku } from '../catalog/products.ts';
import { RATES, type Tier } from '../config.ts';
import { DAY_MS, MINUTE_MS, isoDate } from '../calendar.ts';
import { Random } from '../random.ts';
import type { InventoryLayerRow, InventoryPositionRow } from '../tables/erp.ts';
import type { OrderLineRow } from '../tables/oms.ts';
import type { Timeline } from '../timeline.ts';
import type { ReceivedLayer } from './purchasing.ts';

const COVER_WEEKS: Record<Tier, readonly [number, number]> = { A: [2, 4], B: [3, 6], C: [4, 16] };
const SAFETY_WEEKS: Record<Tier, number> = { A: 1, B: 1, C: 0.5 };

export interface Inventory {
  positions: InventoryPositionRow[];
  layers: InventoryLayerRow[];
}

/**
 * Positions at the as-of instant: what open orders have allocated plus free stock sized to the
 * demand rate (none where a backorder is open), a few over-promised positions, and FIFO layers
 * built from the newest receipts back, the remainder as one older layer (old for slow movers).
 */
export function generateInventory(
  seed: number,
  timeline: Timeline,
  skus: readonly Sku[],
  openLines: readonly OrderLineRow[],
  weeklyDemand: ReadonlyMap<string, number>,
  received: ReadonlyMap<string, ReceivedLayer[]>,
  syncTimes: ReadonlyMap<string, number>,
): Inventory {
  const rng = new Random(seed, 'inventory');
  const allocated = new Map<string, number>();
  const backordered = new Set<string>();
  for (const line of openLines) {
    const key = `${line.sku}|${line.sourcing_branch_code}`;
    if (line.allocated_quantity > 0) allocated.set(key, (allocated.get(key) ?? 0) + line.allocated_quantity);
    if (line.backordered_quantity > 0) backordered.add(key);
  }
  const inventory: Inventory = { positions: [], layers: [] };
  for (const sku of skus) {
    for (const branchCode of sku.stockedBranches) {
      const key = `${sku.sku}|${branchCode}`;
      const rate = weeklyDemand.get(key) ?? 0;
      const committed = allocated.get(key) ?? 0;
      let free: number;
      if (backordered.has(key)) free = 0;
      else if (rate > 0) free = Math.round(rate * rng.inRange(COVER_WEEKS[sku.tier]) * rng.between(0.3, 1.5));
      else free = sku.tier === 'C' ? rng.int(0, 20) : rng.int(0, 5);
      let onHand = committed + free;
      if (committed > 0 && rng.chance(RATES.inventory.overPromisedPosition)) onHand = Math.max(0, committed - rng.int(1, Math.max(1, Math.floor(committed / 2))));
      inventory.positions.push({
        sku: sku.sku,
        branch_code: branchCode,
        on_hand: onHand,
        on_hold: onHand > 0 && rng.chance(RATES.inventory.onHoldPosition) ? Math.min(onHand, rng.int(1, 10)) : 0,
        safety_stock: Math.round(rate * SAFETY_WEEKS[sku.tier]),
        last_synced_at: new Date(syncTimes.get(branchCode)! - rng.int(0, 5) * MINUTE_MS),
      });
      inventory.layers.push(...fifoLayers(rng, timeline, sku, branchCode, onHand, received.get(key) ?? []));
    }
  }
  return inventory;
}

function fifoLayers(rng: Random, { asOfMs, historyStartMs }: Timeline, sku: Sku, branchCode: string, onHand: number, receipts: readonly ReceivedLayer[]): InventoryLayerRow[] {
  const layers: InventoryLayerRow[] = [];
  let remaining = onHand;
  const newestFirst = [...receipts].sort((x, y) => y.dayMs - x.dayMs);
  for (const receipt of newestFirst) {
    if (remaining === 0) break;
    const quantity = Math.min(remaining, receipt.quantity);
    layers.push({ sku: sku.sku, branch_code: branchCode, received_on: isoDate(Math.min(receipt.dayMs, asOfMs)), quantity, unit_cost_minor: receipt.unitCostMinor });
    remaining -= quantity;
  }
  if (remaining > 0) {
    const oldest = newestFirst.at(-1)?.dayMs ?? historyStartMs;
    const ageDays = sku.tier === 'C' ? rng.int(60, 900) : rng.int(20, 200);
    layers.push({ sku: sku.sku, branch_code: branchCode, received_on: isoDate(Math.min(oldest, historyStartMs) - ageDays * DAY_MS), quantity: remaining, unit_cost_minor: Math.round(sku.costMinor * rng.between(0.92, 1)) });
  }
  return layers;
}
