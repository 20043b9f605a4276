import { minorToDecimal } from '../../lib/money.ts';
import { RATES } from '../config.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS, endOfDay } from '../calendar.ts';
import { sequentialId } from '../collections.ts';
import { Random } from '../random.ts';
import type { ExceptionRow } from '../tables/oms.ts';
import { shipmentValue, type OrderOutcome, type PlannedShipment } from './model.ts';
import { exceptionOwner } from './owners.ts';

export type ExceptionType =
  | 'short_ship' | 'late_shipment' | 'damaged_in_transit' | 'address_invalid' | 'credit_hold' | 'pricing_mismatch'
  | 'edi_rejected' | 'substitution_declined';

/** Hours to resolve each exception type before it breaches its SLA. */
export const EXCEPTION_SLA_HOURS: Record<ExceptionType, number> = {
  short_ship: 24, late_shipment: 24, damaged_in_transit: 48, address_invalid: 4, credit_hold: 8, pricing_mismatch: 48,
  edi_rejected: 4, substitution_declined: 24,
};

interface ExceptionDraft {
  type: ExceptionType;
  order: OrderOutcome;
  shipment: PlannedShipment | null;
  sku: string | null;
  branchCode: string | null;
  openedMs: number;
  /** When the underlying problem is settled regardless of the owner (credit release, delivery). */
  settledMs?: number;
  impactMinor: number;
  description: string;
}

/** The exception queue: one row per operational problem, some of them owned by nobody. */
export function generateExceptions(seed: number, asOfMs: number, outcomes: readonly OrderOutcome[], live: readonly PlannedShipment[]): ExceptionRow[] {
  const rng = new Random(seed, 'exceptions');
  const drafts: ExceptionDraft[] = [];
  for (const order of outcomes) orderExceptions(rng, order, drafts);
  for (const shipment of live) shipmentExceptions(rng, shipment, drafts);
  const visible = drafts.filter((draft) => draft.openedMs <= asOfMs).sort((x, y) => x.openedMs - y.openedMs || x.order.draft.seq - y.order.draft.seq);
  return visible.map((draft, index) => exceptionRow(rng, draft, index, asOfMs));
}

function orderExceptions(rng: Random, order: OrderOutcome, drafts: ExceptionDraft[]): void {
  const { draft, hold } = order;
  if (hold && hold.releaseMs - hold.heldMs > RATES.credit.exceptionAfterHours * HOUR_MS) {
    drafts.push({ type: 'credit_hold', order, shipment: null, sku: null, branchCode: null, openedMs: hold.heldMs + RATES.credit.exceptionAfterHours * HOUR_MS, settledMs: hold.releaseMs, impactMinor: 0, description: `Order ${draft.id} held for credit (${hold.reason.replaceAll('_', ' ')}) for more than ${RATES.credit.exceptionAfterHours} hours` });
  }
  if (draft.channel === 'edi' && rng.chance(RATES.exceptions.ediRejectedEdiOrder)) {
    drafts.push({ type: 'edi_rejected', order, shipment: null, sku: null, branchCode: null, openedMs: draft.placedMs + rng.int(1, 30) * MINUTE_MS, impactMinor: rng.chance(0.5) ? rng.int(2_500, 15_000) : 0, description: `EDI 855 acknowledgment for ${draft.customerPo ?? draft.id} rejected: ${rng.pick(['invalid item qualifier', 'unknown ship-to', 'price mismatch on line', 'duplicate PO number'])}` });
  }
  for (const line of order.lines) {
    const sku = line.draft.sku.sku;
    if (line.substitutionDeclined) {
      drafts.push({ type: 'substitution_declined', order, shipment: null, sku, branchCode: line.draft.sourcingBranch, openedMs: order.allocationMs, impactMinor: 0, description: `${sku} out of stock at ${line.draft.sourcingBranch}; account does not accept substitutes, line backordered` });
    }
    const { unitPriceMinor, correctPriceMinor, quantity } = line.draft;
    if (unitPriceMinor !== correctPriceMinor && line.moves.some((entry) => entry.to === 'shipped')) {
      const firstShipMs = Math.min(...line.moves.filter((entry) => entry.to === 'shipped').map((entry) => entry.atMs));
      const openedMs = rng.chance(0.3) ? draft.placedMs + rng.int(1, 6) * HOUR_MS : firstShipMs + rng.int(1, 6) * DAY_MS;
      drafts.push({ type: 'pricing_mismatch', order, shipment: null, sku, branchCode: null, openedMs, impactMinor: Math.abs(unitPriceMinor - correctPriceMinor) * quantity, description: `${sku} billed at ${cents(unitPriceMinor)} instead of ${cents(correctPriceMinor)} per unit` });
    }
  }
}

function shipmentExceptions(rng: Random, shipment: PlannedShipment, drafts: ExceptionDraft[]): void {
  const { order, branchCode } = shipment;
  const base = { order, shipment, branchCode };
  for (const item of shipment.kind === 'primary' ? shipment.items : []) {
    if (item.line.shortQuantity === 0) continue;
    const { sku, unitPriceMinor, quantity } = item.line.draft;
    drafts.push({ ...base, type: 'short_ship', sku: sku.sku, openedMs: shipment.packedMs, impactMinor: Math.round(item.line.shortQuantity * unitPriceMinor * 0.15) + 1_500, description: `Short ship: ${item.quantity} of ${quantity} ${sku.category.uom} ${sku.sku} packed at ${branchCode}` });
  }
  const promiseEnd = endOfDay(order.promisedDayMs);
  if (shipment.deliveredMs > promiseEnd) {
    const impact = shipment.expediteCostMinor + (rng.chance(0.4) ? rng.int(2_500, 10_000) : 0);
    drafts.push({ ...base, type: 'late_shipment', sku: null, openedMs: Math.max(promiseEnd, shipment.createdMs), settledMs: shipment.deliveredMs, impactMinor: impact, description: `Shipment from ${branchCode} will miss the promised date ${new Date(order.promisedDayMs).toISOString().slice(0, 10)}` });
  }
  if (shipment.damaged) {
    drafts.push({ ...base, type: 'damaged_in_transit', sku: null, openedMs: shipment.deliveredMs + rng.int(1, 24) * HOUR_MS, impactMinor: Math.round(shipmentValue(shipment) * rng.between(0.3, 0.8)) + shipment.freightCostMinor, description: `Customer reported damage on delivery (${shipment.carriage.carrier})` });
  }
  if (shipment.addressInvalid) {
    drafts.push({ ...base, type: 'address_invalid', sku: null, openedMs: shipment.packedMs, impactMinor: 1_500 + rng.int(0, 1_500), description: `${shipment.carriage.carrier} rejected the ship-to address; correction fee applies` });
  }
}

function exceptionRow(rng: Random, draft: ExceptionDraft, index: number, asOfMs: number): ExceptionRow {
  const sla = EXCEPTION_SLA_HOURS[draft.type] * HOUR_MS;
  const owner = rng.chance(RATES.exceptions.unowned) ? null : exceptionOwner(rng, draft.type, draft.branchCode);
  let resolvedMs: number | null;
  if (owner === null && rng.chance(RATES.exceptions.unownedNeverResolved)) resolvedMs = null;
  else {
    const median = sla * 0.5 * (owner === null ? RATES.exceptions.unownedSlowdown : 1);
    resolvedMs = draft.openedMs + Math.round(rng.logNormal(median, 0.9));
    if (draft.settledMs !== undefined) resolvedMs = draft.type === 'credit_hold' ? draft.settledMs : Math.max(resolvedMs, draft.settledMs);
  }
  return {
    id: sequentialId('EX', index),
    type: draft.type,
    order_id: draft.order.draft.id,
    shipment_id: draft.shipment?.id ?? null,
    sku: draft.sku,
    branch_code: draft.branchCode,
    owner,
    opened_at: new Date(draft.openedMs),
    sla_due_at: new Date(draft.openedMs + sla),
    resolved_at: resolvedMs !== null && resolvedMs <= asOfMs ? new Date(resolvedMs) : null,
    margin_impact_minor: draft.impactMinor,
    description: draft.description,
  };
}

function cents(minor: number): string {
  return `$${minorToDecimal(BigInt(minor))}`;
}
