import type { SlipEstimate } from '../../../lib/supplier-slip.ts';
import type { PickPackTimes } from './promise-history.ts';
import type { DateRange, PromisePart } from './promise.rules.ts';

/**
 * The reasons behind a promise, worded for a buyer: each names one contributor to the date and
 * the evidence for it, as far as the reader may be told it. The rules that set the dates are in
 * promise.rules.ts.
 */
export type PromiseReasonCode =
  | 'IN_STOCK'
  | 'INBOUND_SUPPLY'
  | 'POOLED_SUPPLIER_HISTORY'
  | 'NO_SUPPLIER_HISTORY'
  | 'EARLY_DELIVERIES_NOT_COUNTED'
  | 'SUPPLIER_LEAD_TIME'
  | 'PICK_PACK'
  | 'TRANSIT';

export interface PromiseReason {
  code: PromiseReasonCode;
  message: string;
}

/**
 * Who reads the reasons. Staff are told the purchase orders and suppliers behind a date and the
 * suppliers' delivery records (`sourcing`); a reader who sees exact stock is told unit counts
 * (`quantities`), anyone else "some of the 40 units". A buyer gets quantities without sourcing,
 * an anonymous visitor neither (lib/access.ts).
 */
export interface PromiseReader {
  sourcing: boolean;
  quantities: boolean;
}

export const STAFF_READER: PromiseReader = { sourcing: true, quantities: true };

type Part<Kind extends PromisePart['kind']> = Extract<PromisePart, { kind: Kind }>;

export function stockReason(part: Part<'stock'>, quantity: number, branchCode: string, reader: PromiseReader): PromiseReason {
  const message = `${unitsOf(part.quantity, quantity, reader)} are in stock at ${branchCode} and ship ${range(part.shipDate)}.`;
  return { code: 'IN_STOCK', message };
}

/**
 * Staff: "12 of 40 units arrive on PO-000123 line 2, ETA 2026-11-10; supplier SUP-003 has been 3
 * days late …"; others: "12 of 40 units are already on order from the supplier and expected …".
 */
export function inboundReason(part: Part<'inbound'>, quantity: number, slip: SlipEstimate, reader: PromiseReader): PromiseReason {
  const units = unitsOf(part.quantity, quantity, reader);
  if (!reader.sourcing) {
    return {
      code: 'INBOUND_SUPPLY',
      message: `${units} are already on order from the supplier and expected ${range(part.arrivalDate)}, ${slipAllowance(slip)}.`,
    };
  }
  const { purchaseOrderId, lineNumber, eta } = part.supply;
  return {
    code: 'INBOUND_SUPPLY',
    message: `${units} arrive on ${purchaseOrderId} line ${lineNumber}, ETA ${eta}; ${slipClause(slip)}; expected ${range(part.arrivalDate)}.`,
  };
}

export function leadTimeReason(part: Part<'lead_time'>, quantity: number, leadTimeDays: number, reader: PromiseReader): PromiseReason {
  const supplier = reader.sourcing ? part.supplierId : 'the supplier';
  return {
    code: 'SUPPLIER_LEAD_TIME',
    message:
      `${unitsOf(part.quantity, quantity, reader)} have no inbound supply: they are ordered from ${supplier} on ${part.orderDate} ` +
      `and arrive after its ${leadTimeDays}-day lead time, on ${part.arrivalDate}.`,
  };
}

/** What the buyer should know about the record behind a supplier's ETAs beyond its figures. */
export function slipCaveats(slip: SlipEstimate, minDeliveries: number, reader: PromiseReader): PromiseReason[] {
  const caveats: PromiseReason[] = [];
  if (slip.basis === 'pooled') {
    caveats.push({
      code: 'POOLED_SUPPLIER_HISTORY',
      message: reader.sourcing
        ? `Supplier ${slip.supplierId} has only ${deliveries(slip.ownDeliveries)} on record, fewer than the ${minDeliveries} needed ` +
          `to judge it alone, so its ETAs are judged by the record of all suppliers (${deliveries(slip.observations)}).`
        : 'The supplier has too few deliveries on record to be judged alone, so its dates are judged by the record of all suppliers.',
    });
  }
  if (slip.basis === 'none') {
    const message = reader.sourcing
      ? `No supplier has a delivery on record, so the ETA of ${slip.supplierId} is taken as given.`
      : "No supplier has a delivery on record, so the supplier's own date is taken as given.";
    caveats.push({ code: 'NO_SUPPLIER_HISTORY', message });
  }
  if (slip.p50 < 0) {
    caveats.push({
      code: 'EARLY_DELIVERIES_NOT_COUNTED',
      message: reader.sourcing
        ? `Deliveries from ${slip.supplierId} have been ${slipWords(slip.p50)} at the median, but the promise never counts on arriving before the ETA.`
        : "The supplier's deliveries have tended to arrive early, but the promise never counts on arriving before the supplier's own date.",
    });
  }
  return caveats;
}

export function packingReason(packing: PickPackTimes): PromiseReason {
  const hours = (h: number) => count(Number(h.toFixed(1)), 'hour');
  const cutoff = `${pad(Math.floor(packing.cutoffHour))}:${pad(Math.round((packing.cutoffHour % 1) * 60))}`;
  return {
    code: 'PICK_PACK',
    message:
      `${packing.branchCode} picks and packs an order in ${hours(packing.p50)} at the median ` +
      `and ${hours(packing.p90)} at the 90th percentile ` +
      `(over ${count(packing.observations, 'order')}); an order packed after its ${cutoff} cut-off ships the next day.`,
  };
}

export function transitReason(branchCode: string, transitDays: number): PromiseReason {
  return { code: 'TRANSIT', message: `Delivery from ${branchCode} to the ship-to takes ${count(transitDays, 'day')} in transit.` };
}

/** How a supplier's record moves its ETA: "supplier SUP-003 has been 3 days late at the median over 18 deliveries (…)". */
function slipClause(slip: SlipEstimate): string {
  const figures =
    `${slipWords(slip.p50)} at the median over ${deliveries(slip.observations)} ` +
    `(${slipWords(slip.p90)} at the 90th percentile)`;
  if (slip.basis === 'supplier') return `supplier ${slip.supplierId} has been ${figures}`;
  if (slip.basis === 'pooled') return `suppliers overall have been ${figures}`;
  return 'no delivery record adjusts the ETA';
}

/** The slip a non-staff reader is told about: which record moved the date, without its figures. */
function slipAllowance(slip: SlipEstimate): string {
  if (slip.basis === 'supplier') return "allowing for how late the supplier's deliveries have run";
  if (slip.basis === 'pooled') return "allowing for how late suppliers' deliveries have run";
  return "as no delivery record adjusts the supplier's own date";
}

/** "5 of 40 units" for a reader who sees exact stock; else "All 40 units" or "Some of the 40 units", which tell no stock level. */
function unitsOf(part: number, quantity: number, reader: PromiseReader): string {
  if (reader.quantities) return `${part} of ${quantity} units`;
  return part === quantity ? `All ${quantity} units` : `Some of the ${quantity} units`;
}

/** "3 days late", "1 day early", "on time". */
function slipWords(days: number): string {
  if (days === 0) return 'on time';
  return `${count(Math.abs(days), 'day')} ${days > 0 ? 'late' : 'early'}`;
}

function range(dates: DateRange): string {
  return dates.p50 === dates.p90 ? `on ${dates.p50}` : `on ${dates.p50} (P50), by ${dates.p90} 9 times in 10 (P90)`;
}

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

function deliveries(n: number): string {
  return count(n, 'delivery', 'deliveries');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
