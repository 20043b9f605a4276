import { accountPrice, sampleSku, type Account } from '../accounts.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { Sku } from '../catalog/products.ts';
import { RATES, type Segment } from '../config.ts';
import { HOUR_MS, MINUTE_MS, startOfDay } from '../calendar.ts';
import { branch } from '../network.ts';
import { priceListPrice } from '../pricing.ts';
import type { Random } from '../random.ts';
import type { OrderRow } from '../tables/oms.ts';

/** An order as the customer placed it, before anything happened to it. */
export interface OrderDraft {
  seq: number;
  id: string;
  account: Account;
  channel: OrderRow['channel'];
  campaignCode: string | null;
  quoteId: string | null;
  customerPo: string | null;
  placedMs: number;
  lines: LineDraft[];
}

export interface LineDraft {
  lineNumber: number;
  sku: Sku;
  quantity: number;
  unitPriceMinor: number;
  /** What the account should have been charged; differs from unitPriceMinor on a pricing mismatch. */
  correctPriceMinor: number;
  sourcingBranch: string;
}

const LINES_MEAN: Record<Segment, number> = { oem: 3, contractor: 4, mro: 4.4, distributor: 6.5, government: 3.5 };
const QUANTITY_MULTIPLIER: Record<Segment, number> = { oem: 3, contractor: 1, mro: 1, distributor: 4, government: 1.5 };
const CHANNELS: Record<Segment, Record<OrderRow['channel'], number>> = {
  oem: { portal: 0.15, rep: 0.2, edi: 0.45, api: 0.2 },
  contractor: { portal: 0.5, rep: 0.4, edi: 0.02, api: 0.08 },
  mro: { portal: 0.45, rep: 0.3, edi: 0.15, api: 0.1 },
  distributor: { portal: 0.25, rep: 0.15, edi: 0.4, api: 0.2 },
  government: { portal: 0.3, rep: 0.62, edi: 0.08, api: 0 },
};

export function pickChannel(rng: Random, segment: Segment): OrderRow['channel'] {
  return rng.pickWeighted(CHANNELS[segment]);
}

/** Time of day: business hours at the account's branch; machine channels around the clock. */
export function placementTime(rng: Random, dayMs: number, account: Account, machine: boolean): number {
  if (machine) return dayMs + rng.int(0, 24 * 60 - 1) * MINUTE_MS;
  const localHour = Math.min(17.9, Math.max(6.5, rng.normal(11.5, 2.6)));
  const utcHour = localHour - branch(account.homeBranch).utcOffsetHours;
  return startOfDay(dayMs) + Math.round(utcHour * HOUR_MS);
}

export function lineCount(rng: Random, segment: Segment, mean = LINES_MEAN[segment]): number {
  return Math.min(25, 1 + rng.geometric(mean - 1));
}

/** Lines with distinct SKUs, quantities in order multiples, priced for the account on the day. */
export function draftLines(rng: Random, account: Account, catalog: Catalog, placedMs: number, count: number): LineDraft[] {
  const lines: LineDraft[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; lines.length < count && attempt < count * 4; attempt += 1) {
    const sku = sampleSku(rng, account, catalog);
    if (seen.has(sku.sku)) continue;
    seen.add(sku.sku);
    const quantity = drawQuantity(rng, sku, account.segment);
    const correct = accountPrice(account, sku, quantity, placedMs);
    lines.push({
      lineNumber: lines.length + 1,
      sku,
      quantity,
      correctPriceMinor: correct,
      unitPriceMinor: mispriced(rng, account, sku, quantity, correct),
      sourcingBranch: sourcingBranch(sku, account.homeBranch),
    });
  }
  return lines;
}

function drawQuantity(rng: Random, sku: Sku, segment: Segment): number {
  const multiplier = QUANTITY_MULTIPLIER[segment];
  let quantity: number;
  if (sku.category.uom === 'FT') quantity = 25 * (2 + rng.geometric(8 * multiplier));
  else if (sku.listMinor > 30_000) quantity = 1 + rng.geometric(0.8 * multiplier);
  else quantity = 1 + rng.geometric((sku.category.uom === 'RL' ? 2 : 3.5) * multiplier);
  return Math.max(sku.moq, Math.ceil(quantity / sku.increment) * sku.increment);
}

/**
 * Pricing mismatches: contract accounts billed the segment list instead of their contract, others
 * billed a stale list price a few percent off.
 */
function mispriced(rng: Random, account: Account, sku: Sku, quantity: number, correct: number): number {
  const { contractAccount, otherAccount } = RATES.orders.pricingMismatchLine;
  if (!rng.chance(account.hasContract ? contractAccount : otherAccount)) return correct;
  const listed = priceListPrice(sku, account.segment, quantity);
  if (listed !== correct) return listed;
  return Math.max(1, Math.round(correct * (rng.chance(0.6) ? 1 + rng.between(0.04, 0.12) : 1 - rng.between(0.04, 0.12))));
}

/** The ship-to branch when it stocks the SKU, else the nearest branch that does. */
export function sourcingBranch(sku: Sku, homeBranch: string): string {
  if (sku.stockedBranches.includes(homeBranch)) return homeBranch;
  return branch(homeBranch).nearest.find((code) => sku.stockedBranches.includes(code)) ?? sku.stockedBranches[0]!;
}
