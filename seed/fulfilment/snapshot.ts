import { isoDate } from '../calendar.ts';
import { sequentialId } from '../collections.ts';
import type { OrderLineRow, OrderRow, OrderStatus, OrderStatusHistoryRow, ShipmentRow } from '../tables/oms.ts';
import type { Bucket, LineOutcome, OrderOutcome, PlannedShipment } from './model.ts';

export type Balances = Record<Bucket, number>;

export function balancesAt(line: LineOutcome, atMs: number): Balances {
  const balances: Balances = { pending: line.draft.quantity, allocated: 0, backordered: 0, shipped: 0, cancelled: 0 };
  for (const entry of line.moves) {
    if (entry.atMs > atMs) continue;
    balances[entry.from] -= entry.quantity;
    balances[entry.to] += entry.quantity;
  }
  return balances;
}

/** A shipment exists from allocation until the order is cancelled before it was picked. */
export function isLiveShipment(shipment: PlannedShipment, atMs: number): boolean {
  return shipment.createdMs <= atMs && (shipment.voidedMs === null || shipment.voidedMs > atMs);
}

export function orderStatusAt(order: OrderOutcome, atMs: number): OrderStatus {
  if (order.cancel && order.cancel.atMs <= atMs) return 'cancelled';
  const totals: Balances = { pending: 0, allocated: 0, backordered: 0, shipped: 0, cancelled: 0 };
  for (const line of order.lines) {
    const balances = balancesAt(line, atMs);
    for (const bucket of Object.keys(totals) as Bucket[]) totals[bucket] += balances[bucket];
  }
  if (totals.pending + totals.allocated + totals.backordered + totals.shipped === 0) return 'cancelled';
  if (order.hold && order.hold.heldMs <= atMs && atMs < order.hold.releaseMs) return 'credit_hold';
  if (totals.pending > 0) return 'placed';
  const live = order.shipments.filter((shipment) => isLiveShipment(shipment, atMs));
  if (totals.shipped === 0) return live.some((shipment) => shipment.pickStartMs <= atMs) ? 'picking' : 'allocated';
  if (totals.allocated + totals.backordered > 0) return 'partially_shipped';
  return live.every((shipment) => shipment.shippedMs > atMs || shipment.deliveredMs <= atMs) ? 'delivered' : 'shipped';
}

/** The status after each event up to the as-of instant, one row per change. */
export function statusHistory(order: OrderOutcome, asOfMs: number): OrderStatusHistoryRow[] {
  const times = new Set<number>([order.draft.placedMs, order.allocationMs]);
  if (order.hold) times.add(order.hold.heldMs).add(order.hold.releaseMs);
  if (order.cancel) times.add(order.cancel.atMs);
  for (const line of order.lines) for (const entry of line.moves) times.add(entry.atMs);
  for (const shipment of order.shipments) times.add(shipment.createdMs).add(shipment.pickStartMs).add(shipment.shippedMs).add(shipment.deliveredMs);
  const rows: OrderStatusHistoryRow[] = [];
  let previous: OrderStatus | null = null;
  for (const atMs of [...times].filter((t) => t <= asOfMs && t >= order.draft.placedMs).sort((x, y) => x - y)) {
    const status = orderStatusAt(order, atMs);
    if (status === previous) continue;
    rows.push({ order_id: order.draft.id, sequence: rows.length + 1, status, changed_at: new Date(atMs), note: statusNote(order, status, previous, asOfMs) });
    previous = status;
  }
  return rows;
}

function statusNote(order: OrderOutcome, status: OrderStatus, previous: OrderStatus | null, asOfMs: number): string | null {
  if (status === 'placed') return order.draft.quoteId ? `Converted from quote ${order.draft.quoteId}` : `Received via ${order.draft.channel}`;
  if (status === 'credit_hold') return `Credit hold: ${order.hold!.reason.replaceAll('_', ' ')}`;
  if (previous === 'credit_hold' && status !== 'cancelled') return 'Credit hold released';
  if (status === 'cancelled') return cancellation(order, asOfMs).reason;
  if (status === 'partially_shipped') return 'Shipped available lines; remainder to follow';
  return null;
}

function cancellation(order: OrderOutcome, asOfMs: number): { by: 'customer' | 'supplier_stockout'; reason: string } {
  return order.cancel && order.cancel.atMs <= asOfMs ? order.cancel : { by: 'customer', reason: 'Customer cancelled the backordered remainder' };
}

/** The order as the OMS shows it at the as-of instant. */
export function orderRow(order: OrderOutcome, asOfMs: number): OrderRow {
  const { draft } = order;
  const status = orderStatusAt(order, asOfMs);
  const cancelled = status === 'cancelled' ? cancellation(order, asOfMs) : null;
  return {
    id: draft.id,
    account_id: draft.account.id,
    channel: draft.channel,
    campaign_code: draft.campaignCode,
    quote_id: draft.quoteId,
    customer_po: draft.customerPo,
    placed_at: new Date(draft.placedMs),
    requested_date: isoDate(order.requestedDayMs),
    promised_date: isoDate(order.promisedDayMs),
    status,
    cancelled_by: cancelled?.by ?? null,
    cancel_reason: cancelled?.reason ?? null,
    ship_to_branch_code: draft.account.homeBranch,
    currency_code: 'USD',
  };
}

export function orderLineRow(order: OrderOutcome, line: LineOutcome, asOfMs: number): OrderLineRow {
  const balances = balancesAt(line, asOfMs);
  const allocated = line.moves.some((entry) => entry.from === 'pending' && entry.to !== 'cancelled' && entry.atMs <= asOfMs);
  const backorder = line.moves.find((entry) => entry.to === 'backordered' && entry.atMs <= asOfMs);
  return {
    order_id: order.draft.id,
    line_number: line.draft.lineNumber,
    sku: line.draft.sku.sku,
    ordered_quantity: line.draft.quantity,
    allocated_quantity: balances.allocated,
    shipped_quantity: balances.shipped,
    backordered_quantity: balances.backordered,
    cancelled_quantity: balances.cancelled,
    substituted_sku: allocated ? line.substitutedSku : null,
    sourcing_branch_code: line.draft.sourcingBranch,
    unit_price_minor: line.draft.unitPriceMinor,
    backordered_since: backorder ? isoDate(backorder.atMs) : null,
  };
}

/** Shipments as the warehouse system shows them at the as-of instant; ids follow creation order. */
export function shipmentRows(outcomes: readonly OrderOutcome[], asOfMs: number): { rows: ShipmentRow[]; live: PlannedShipment[] } {
  const live = outcomes.flatMap((order) => order.shipments.filter((shipment) => isLiveShipment(shipment, asOfMs)));
  live.sort((x, y) => x.createdMs - y.createdMs || x.order.draft.seq - y.order.draft.seq);
  const known = (ms: number) => (ms <= asOfMs ? new Date(ms) : null);
  const rows = live.map((shipment, index): ShipmentRow => {
    shipment.id = sequentialId('SH', index);
    const shipped = shipment.shippedMs <= asOfMs;
    return {
      id: shipment.id,
      order_id: shipment.order.draft.id,
      branch_code: shipment.branchCode,
      carrier: shipment.carriage.carrier,
      service_level: shipment.carriage.serviceLevel,
      tracking_number: shipped ? shipment.trackingNumber : null,
      ship_by: new Date(shipment.shipByMs),
      pick_started_at: known(shipment.pickStartMs),
      packed_at: known(shipment.packedMs),
      shipped_at: known(shipment.shippedMs),
      delivered_at: known(shipment.deliveredMs),
      expedited: shipped && shipment.expedited,
      expedite_cost_minor: shipped ? shipment.expediteCostMinor : 0,
      freight_cost_minor: shipped ? shipment.freightCostMinor : 0,
      damaged: shipment.damaged && shipment.deliveredMs <= asOfMs,
    };
  });
  return { rows, live };
}
