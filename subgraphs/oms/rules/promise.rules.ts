import { requireIsoDate, requireWholeNumber } from '../../../lib/input-checks.ts';
import { addDays, DAY_MS, dateOfMs, HOUR_MS, latestDate, localDateTimeMs, startOfDateMs } from './calendar-days.ts';
import { MIN_SUPPLIER_DELIVERIES, type SlipEstimate } from '../../../lib/supplier-slip.ts';
import type { PickPackTimes } from './promise-history.ts';
import {
  inboundReason,
  leadTimeReason,
  packingReason,
  slipCaveats,
  stockReason,
  transitReason,
  type PromiseReader,
  type PromiseReason,
} from './promise-reasons.ts';

/**
 * The promise: when a requested quantity reaches the buyer, at P50 (as likely early as late) and
 * P90 (late only 1 time in 10), and why. Pure; worked numbers in tests/oms/storefront-promise.unit.test.ts.
 *
 * Rules, in the order a part of the quantity is dated:
 * 1. Stock available now is picked from the as-of time.
 * 2. The rest draws on inbound purchase order lines in ETA order. A line arrives on its ETA plus
 *    the supplier's slip quantile (days late against the ETA held at the time; see slipEstimate).
 *    An early-delivering supplier's negative slip is not counted: the promise never dates an
 *    arrival before the ETA the supplier itself gives. Arrival is never before the as-of date.
 * 3. What inbound supply cannot cover is ordered from the replenishing supplier on the as-of
 *    date and arrives after its lead time (no slip: there is no ETA to measure against).
 * 4. Received goods can be picked from the start (00:00) of their arrival day. A part ships on
 *    the day picking ends when packed by the branch cut-off, otherwise the next day; P50 uses the
 *    branch's median pick/pack hours, P90 its 90th percentile.
 * 5. Delivery = ship date + transit days. Days are calendar days: weekends are not skipped.
 */
export const PROMISE_RULES = {
  /** A supplier with fewer deliveries on record is judged by the pooled record of all suppliers. */
  minSupplierDeliveries: MIN_SUPPLIER_DELIVERIES,
} as const;

export interface SupplyLine {
  purchaseOrderId: string;
  lineNumber: number;
  /** Units still due on the line and not yet promised to anyone else. */
  quantityOpen: number;
  eta: string;
  supplierId: string;
}

export interface PromiseRequest {
  quantity: number;
  /** Branch wall-clock time of the request, 'YYYY-MM-DDTHH:MM'. */
  asOf: string;
  /** availableNow() at the ship-from branch. */
  availableNow: number;
  inbound: readonly SupplyLine[];
  /**
   * Per supplier of an inbound line, how late its deliveries arrive against the ETA held 7 days
   * before (slipEstimate over its record, or the pooled record when it has too few deliveries).
   */
  slips: Readonly<Record<string, SlipEstimate>>;
  /** The ship-from branch's pick/pack hours and cut-off (pickPackTimes over its record). */
  packing: PickPackTimes;
  /** Who is ordered from, and how long it takes, when inbound supply runs out. */
  replenishment: { supplierId: string; leadTimeDays: number };
  /** Calendar days from the branch to the ship-to. */
  transitDays: number;
  /** Who the reasons are worded for: what they may be told of sourcing and stock (promise-reasons.ts). */
  reader: PromiseReader;
}

export interface DateRange {
  p50: string;
  p90: string;
}

export interface PartDates {
  shipDate: DateRange;
  deliveryDate: DateRange;
}

export type PromisePart =
  | ({ kind: 'stock'; quantity: number } & PartDates)
  | ({ kind: 'inbound'; quantity: number; supply: SupplyLine; arrivalDate: DateRange } & PartDates)
  | ({ kind: 'lead_time'; quantity: number; supplierId: string; orderDate: string; arrivalDate: string } & PartDates);

export interface DeliveryPromise {
  quantity: number;
  branchCode: string;
  /** Stock first, then inbound lines in ETA order, then anything left to the supplier lead time. */
  parts: PromisePart[];
  /** When the whole quantity has been delivered: the latest P50 and the latest P90 of the parts. */
  deliveryDate: DateRange;
  reasons: PromiseReason[];
}

export function promiseDelivery(request: PromiseRequest, rules = PROMISE_RULES): DeliveryPromise {
  const quantity = requireWholeNumber('quantity', request.quantity, 1);
  const asOfMs = localDateTimeMs('asOf', request.asOf);
  const asOfDate = dateOfMs(asOfMs);
  const { packing, reader } = request;
  const transitDays = requireWholeNumber('transitDays', request.transitDays);
  /** Ship and delivery dates of a part that arrives on `arrival` (null: in stock, picked from the as-of time). */
  const dated = (arrival: DateRange | null): PartDates => {
    const pickFrom = (date: string | undefined) => (date === undefined ? asOfMs : Math.max(asOfMs, startOfDateMs(date)));
    const p50 = shipDateOf(pickFrom(arrival?.p50), packing.p50, packing.cutoffHour);
    const p90 = shipDateOf(pickFrom(arrival?.p90), packing.p90, packing.cutoffHour);
    return { shipDate: { p50, p90 }, deliveryDate: { p50: addDays(p50, transitDays), p90: addDays(p90, transitDays) } };
  };
  const parts: PromisePart[] = [];
  const reasons: PromiseReason[] = [];

  const fromStock = Math.min(quantity, requireWholeNumber('availableNow', request.availableNow));
  if (fromStock > 0) {
    const part = { kind: 'stock', quantity: fromStock, ...dated(null) } as const;
    parts.push(part);
    reasons.push(stockReason(part, quantity, packing.branchCode, reader));
  }

  let remaining = quantity - fromStock;
  const judged = new Map<string, SlipEstimate>();
  for (const supply of byEta(request.inbound)) {
    if (remaining === 0) break;
    const drawn = Math.min(remaining, supply.quantityOpen);
    if (drawn === 0) continue;
    let slip = judged.get(supply.supplierId);
    if (!slip) {
      slip = request.slips[supply.supplierId];
      if (!slip) throw new RangeError(`slips has no estimate for supplier ${supply.supplierId} of ${supply.purchaseOrderId} line ${supply.lineNumber}`);
      judged.set(supply.supplierId, slip);
      reasons.push(...slipCaveats(slip, rules.minSupplierDeliveries, reader));
    }
    const arrivalDate = {
      p50: latestDate(addDays(supply.eta, Math.max(0, slip.p50)), asOfDate),
      p90: latestDate(addDays(supply.eta, Math.max(0, slip.p90)), asOfDate),
    };
    const part = { kind: 'inbound', quantity: drawn, supply, arrivalDate, ...dated(arrivalDate) } as const;
    parts.push(part);
    reasons.push(inboundReason(part, quantity, slip, reader));
    remaining -= drawn;
  }

  if (remaining > 0) {
    const { supplierId } = request.replenishment;
    const leadTimeDays = requireWholeNumber('replenishment.leadTimeDays', request.replenishment.leadTimeDays);
    const arrivalDate = addDays(asOfDate, leadTimeDays);
    const part = {
      kind: 'lead_time', quantity: remaining, supplierId, orderDate: asOfDate, arrivalDate,
      ...dated({ p50: arrivalDate, p90: arrivalDate }),
    } as const;
    parts.push(part);
    reasons.push(leadTimeReason(part, quantity, leadTimeDays, reader));
  }

  reasons.push(packingReason(packing), transitReason(packing.branchCode, transitDays));
  const deliveryDate = latestRange(parts.map((part) => part.deliveryDate));
  return { quantity, branchCode: packing.branchCode, parts, deliveryDate, reasons };
}

/** The day a part picked from `startMs` leaves: the day packing ends when by the cut-off, else the next day. */
function shipDateOf(startMs: number, pickPackHours: number, cutoffHour: number): string {
  const packedMs = startMs + pickPackHours * HOUR_MS;
  const dayStartMs = packedMs - (packedMs % DAY_MS);
  return dateOfMs(packedMs - dayStartMs <= cutoffHour * HOUR_MS ? dayStartMs : dayStartMs + DAY_MS);
}

/** Inbound lines in ETA order (ties keep the order given), checked field by field. */
function byEta(inbound: readonly SupplyLine[]): SupplyLine[] {
  inbound.forEach((supply, index) => {
    requireIsoDate(`inbound[${index}].eta`, supply.eta);
    requireWholeNumber(`inbound[${index}].quantityOpen`, supply.quantityOpen);
  });
  return [...inbound].sort((a, b) => (a.eta < b.eta ? -1 : a.eta > b.eta ? 1 : 0));
}

/** The latest P50 and the latest P90 of some parts' dates (there is always at least one part). */
function latestRange(ranges: readonly DateRange[]): DateRange {
  return ranges.reduce((latest, dates) => ({ p50: latestDate(latest.p50, dates.p50), p90: latestDate(latest.p90, dates.p90) }));
}

export interface Shipment extends PartDates {
  quantity: number;
  branchCode: string;
}

export interface ShipOption {
  /** 'complete': one shipment when the last part is ready; 'split': each part when it is ready. */
  kind: 'complete' | 'split';
  shipments: Shipment[];
}

/**
 * What the buyer can choose: always ship complete (everything leaves with the last part, at the
 * latest part's P50 and P90); and split, one shipment per part, offered only when something ships
 * now and something later.
 */
export function shipOptions(promise: DeliveryPromise): ShipOption[] {
  const { branchCode, parts } = promise;
  const lastShipDate = latestRange(parts.map((part) => part.shipDate));
  const complete: ShipOption = {
    kind: 'complete',
    shipments: [{ quantity: promise.quantity, branchCode, shipDate: lastShipDate, deliveryDate: promise.deliveryDate }],
  };
  const splits = parts.some((part) => part.kind === 'stock') && parts.some((part) => part.kind !== 'stock');
  if (!splits) return [complete];
  const shipments = parts.map(({ quantity, shipDate, deliveryDate }) => ({ quantity, branchCode, shipDate, deliveryDate }));
  return [complete, { kind: 'split', shipments }];
}
