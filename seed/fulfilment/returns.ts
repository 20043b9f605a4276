import { RATES } from '../config.ts';
import { DAY_MS, HOUR_MS, endOfDay } from '../calendar.ts';
import { compareText, sequentialId } from '../collections.ts';
import { Random } from '../random.ts';
import type { ReturnRow } from '../tables/oms.ts';
import type { PlannedShipment, ShipmentItem } from './model.ts';

type Reason = ReturnRow['reason'];

/**
 * Returns of delivered lines: damage on damaged shipments, wrong items on substitutions, and a base
 * rate of the other reasons. Each return walks requested -> authorized -> received -> inspected ->
 * credited (or rejected at inspection), cut at the as-of instant.
 */
export function generateReturns(seed: number, asOfMs: number, live: readonly PlannedShipment[]): ReturnRow[] {
  const rng = new Random(seed, 'returns');
  const rows: ReturnRow[] = [];
  for (const shipment of live) {
    if (shipment.deliveredMs > asOfMs) continue;
    for (const item of shipment.items) {
      if (item.quantity === 0) continue;
      const reason = returnReason(rng, shipment, item);
      if (reason === null) continue;
      const row = returnRow(rng, asOfMs, shipment, item, reason);
      if (row) rows.push(row);
    }
  }
  rows.sort((x, y) => x.requested_at.getTime() - y.requested_at.getTime() || compareText(x.order_id, y.order_id) || x.line_number - y.line_number);
  rows.forEach((row, index) => (row.id = sequentialId('RMA', index)));
  return rows;
}

function returnReason(rng: Random, shipment: PlannedShipment, item: ShipmentItem): Reason | null {
  const rates = RATES.returns;
  if (shipment.damaged && rng.chance(rates.damagedShipmentLine)) return 'damaged';
  if (item.line.substitutedSku && rng.chance(rates.substitutedLineWrongItem)) return 'wrong_item';
  if (!rng.chance(rates.deliveredLine)) return null;
  const reason = rng.pickWeighted(rates.reasonMix);
  const late = shipment.deliveredMs > endOfDay(shipment.order.promisedDayMs);
  return reason === 'late_delivery' && !late ? 'not_needed' : reason;
}

function returnRow(rng: Random, asOfMs: number, shipment: PlannedShipment, item: ShipmentItem, reason: Reason): ReturnRow | null {
  const requestedMs = shipment.deliveredMs + Math.round((reason === 'damaged' ? rng.between(0.1, 3) : rng.between(1, 20)) * DAY_MS);
  if (requestedMs > asOfMs) return null;
  const { line } = item;
  const quantity = reason === 'damaged' || reason === 'wrong_item' ? item.quantity : rng.int(1, Math.min(item.quantity, reason === 'defective' ? 3 : item.quantity));
  const authorizedMs = requestedMs + Math.round(rng.between(2, 72) * HOUR_MS);
  const receivedMs = authorizedMs + Math.round(rng.between(3, 10) * DAY_MS);
  const inspectedMs = receivedMs + Math.round(rng.between(0.5, 3) * DAY_MS);
  const rejected = rng.chance(RATES.returns.rejected);
  const creditedMs = rejected ? null : inspectedMs + Math.round(rng.between(1, 6) * DAY_MS);
  const known = (ms: number | null) => (ms !== null && ms <= asOfMs ? new Date(ms) : null);
  const stages: [ReturnRow['status'], number | null][] = [
    ['requested', requestedMs], ['authorized', authorizedMs], ['received', receivedMs],
    ['inspected', inspectedMs], [rejected ? 'rejected' : 'credited', rejected ? inspectedMs : creditedMs],
  ];
  const status = stages.filter(([, ms]) => ms !== null && ms <= asOfMs).at(-1)![0];
  const writeOff = reason === 'damaged' || reason === 'defective' ? quantity * line.draft.sku.costMinor : 0;
  return {
    id: '',
    order_id: shipment.order.draft.id,
    line_number: line.draft.lineNumber,
    account_id: shipment.order.draft.account.id,
    sku: line.substitutedSku ?? line.draft.sku.sku,
    quantity,
    reason,
    requested_at: new Date(requestedMs),
    authorized_at: known(authorizedMs),
    received_at: known(receivedMs),
    inspected_at: known(inspectedMs),
    credited_at: known(creditedMs),
    cost_minor: 1_200 + rng.int(0, 4_800) + writeOff,
    credit_minor: rejected ? 0 : quantity * line.draft.unitPriceMinor,
    status,
  };
}
