import { requireInteger, requireIsoDate, requireWholeNumber } from '../../../lib/input-checks.ts';
import { addDays, latestDate } from './calendar-days.ts';
import { availableQuantity, type NetworkStock } from './inventory.rules.ts';

/**
 * Available to promise (kpi-standards, "Inventory and supply"), now and over a horizon. Pure;
 * worked numbers in tests/oms/storefront-atp.unit.test.ts.
 */

/**
 * Units a buyer can be promised from stock today, at a branch or across the network:
 * max(0, on hand - allocated - on hold - safety stock). Clamped because a buyer cannot be offered
 * fewer than none; the unclamped figure (availableQuantity) is what time-phased ATP starts from.
 */
export function availableNow(stock: NetworkStock): number {
  return Math.max(0, availableQuantity(stock));
}

export interface ScheduledReceipt {
  /** Expected receipt date. One dated before the as-of date is late and counts on the as-of date. */
  date: string;
  quantity: number;
  /** Where it comes from, e.g. 'PO-000123/2'. */
  ref: string;
}

/**
 * An open order line due to ship on `date` (its requested ship date). Only its unallocated units,
 * openQuantity - allocatedQuantity, are new demand: the allocated units are already inside the
 * `allocated` figure the starting availability subtracted, and counting them here would take
 * them twice.
 */
export interface CommittedDemand {
  date: string;
  /** Units still to ship: ordered - shipped - cancelled. */
  openQuantity: number;
  /** Units of the line already allocated from stock (part of the position's `allocated`). */
  allocatedQuantity: number;
  /** The order line, e.g. 'SO-000456/1'. */
  ref: string;
}

export interface AtpInput {
  /** The first day of the horizon. */
  asOf: string;
  /** Calendar days after the as-of date the horizon reaches (inclusive); later events are ignored. */
  horizonDays: number;
  /** availableQuantity() of the position: NOT clamped, negative when commitments exceed free stock. */
  startingAvailable: number;
  receipts: readonly ScheduledReceipt[];
  demand: readonly CommittedDemand[];
}

export interface AtpBucket {
  date: string;
  receiptQuantity: number;
  /** Unallocated committed demand due this date. */
  demandQuantity: number;
  receiptRefs: string[];
  demandRefs: string[];
  /**
   * Starting available + receipts - unallocated demand up to and including this date. Net of
   * allocations, holds and safety stock, so this is projected available, not projected on hand.
   * Negative means a shortfall.
   */
  projectedAvailable: number;
  /** Units that become promisable on this date: cumulativeAtp here - cumulativeAtp of the bucket before. */
  atp: number;
  /**
   * Units promisable for delivery on or after this date without breaking any later commitment:
   * max(0, lowest projectedAvailable of this and every later bucket in the horizon).
   */
  cumulativeAtp: number;
}

export interface AtpProjection {
  asOf: string;
  horizonEnd: string;
  /** The as-of date, each date a receipt or demand lands on, and the horizon end, in date order. */
  buckets: AtpBucket[];
}

/**
 * Time-phased ATP. Projected available runs forward from the starting figure; cumulative ATP
 * runs backwards as the minimum of the projection over the rest of the horizon, so a later
 * shortfall consumes stock that would otherwise look free earlier (a receipt followed by a
 * bigger order cannot be promised twice). Past-due receipts and demand count on the as-of date,
 * as late supply and late orders are still expected.
 */
export function timePhasedAtp(input: AtpInput): AtpProjection {
  const asOf = requireIsoDate('asOf', input.asOf);
  const horizonEnd = addDays(asOf, requireWholeNumber('horizonDays', input.horizonDays));
  requireInteger('startingAvailable', input.startingAvailable);
  const byDate = new Map<string, AtpBucket>();
  const bucketOn = (date: string): AtpBucket => {
    const day = latestDate(date, asOf);
    let bucket = byDate.get(day);
    if (!bucket) {
      bucket = {
        date: day, receiptQuantity: 0, demandQuantity: 0,
        receiptRefs: [], demandRefs: [], projectedAvailable: 0, atp: 0, cumulativeAtp: 0,
      };
      byDate.set(day, bucket);
    }
    return bucket;
  };
  bucketOn(asOf);
  input.receipts.forEach((receipt, index) => {
    const quantity = requireWholeNumber(`receipts[${index}].quantity`, receipt.quantity);
    if (requireIsoDate(`receipts[${index}].date`, receipt.date) > horizonEnd || quantity === 0) return;
    const bucket = bucketOn(receipt.date);
    bucket.receiptQuantity += quantity;
    bucket.receiptRefs.push(receipt.ref);
  });
  input.demand.forEach((line, index) => {
    const unallocated = unallocatedQuantity(line, `demand[${index}]`);
    if (requireIsoDate(`demand[${index}].date`, line.date) > horizonEnd || unallocated === 0) return;
    const bucket = bucketOn(line.date);
    bucket.demandQuantity += unallocated;
    bucket.demandRefs.push(line.ref);
  });
  bucketOn(horizonEnd);

  const buckets = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  let projected = input.startingAvailable;
  for (const bucket of buckets) bucket.projectedAvailable = projected += bucket.receiptQuantity - bucket.demandQuantity;
  let lowestAhead = Infinity;
  for (const bucket of buckets.toReversed()) {
    lowestAhead = Math.min(lowestAhead, bucket.projectedAvailable);
    bucket.cumulativeAtp = Math.max(0, lowestAhead);
  }
  buckets.forEach((bucket, index) => (bucket.atp = bucket.cumulativeAtp - (buckets[index - 1]?.cumulativeAtp ?? 0)));
  return { asOf, horizonEnd, buckets };
}

function unallocatedQuantity(line: CommittedDemand, field: string): number {
  const open = requireWholeNumber(`${field}.openQuantity`, line.openQuantity);
  const allocated = requireWholeNumber(`${field}.allocatedQuantity`, line.allocatedQuantity);
  if (allocated > open) throw new RangeError(`${field}.allocatedQuantity (${allocated}) exceeds its openQuantity (${open})`);
  return open - allocated;
}
