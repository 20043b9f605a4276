import type { EventToApply } from '../../../lib/events/model.ts';
import { addKey, fail, type Batch, type BatchKeys, type LineState } from './batch.ts';
import { instant, isoDate, optionalText, requiredText, startOfDay } from './fields.ts';

/**
 * warehouse_shipping_advice (EDI 945): the warehouse shipped part or all of our order (W06's
 * depositor order number is our order id). Records the shipment (id: the 945's shipment id, else
 * 'SH-' + the event id), adds the shipped units to the order's lines by SKU (in line order, each
 * up to what remains open on it; shipping more than remains fails), releases the allocation they
 * used, and moves the order to partially_shipped or shipped with a history entry.
 *
 * The 945 names no ship cutoff, so the shipment's ship_by is the ship instant itself; that is
 * the instant the 945 was issued (occurredAt), else its ship date's midnight UTC, else when
 * it was received.
 */
export function shippingAdviceKeys(event: EventToApply<'warehouse_shipping_advice'>, keys: BatchKeys): void {
  addKey(keys.orderIds, event.payload?.depositorOrderNumber);
  addKey(keys.shipmentIds, event.payload?.shipmentId ?? `SH-${event.eventId}`);
}

const open = (line: LineState) => Math.max(0, line.ordered - line.cancelled - line.shipped);

export function applyShippingAdvice(event: EventToApply<'warehouse_shipping_advice'>, batch: Batch): void {
  const { payload, partner } = event;
  const order = batch.order(requiredText(payload.depositorOrderNumber, 'depositorOrderNumber'), partner);
  if (order.status === 'cancelled' || order.status === 'delivered') fail(`order ${order.id} is ${order.status}: nothing more can ship on it`);
  const shipmentId = optionalText(payload.shipmentId) ?? `SH-${event.eventId}`;
  const existing = batch.shipments.get(shipmentId);
  if (existing) fail(`shipment ${shipmentId} is already recorded (order ${existing.orderId})`);
  const shippedAt = event.occurredAt ? instant(event.occurredAt, 'occurredAt')
    : payload.shipDate ? startOfDay(isoDate(payload.shipDate, 'shipDate')) : instant(event.receivedAt, 'receivedAt');
  const lines = batch.linesOf(order.id);
  const added = new Map<LineState, number>();
  if (!Array.isArray(payload.lines) || payload.lines.length === 0) fail(`the 945 for order ${order.id} has no lines`);
  for (const shipped of payload.lines) {
    const sku = shipped.item?.sku;
    const quantity = shipped.shippedQuantity;
    if (typeof quantity !== 'number' || !Number.isSafeInteger(quantity) || quantity < 0) fail(`shipped quantity of ${sku ?? 'an item'} on order ${order.id} must be a whole number, got ${String(quantity)}`);
    if (quantity === 0) continue;
    if (!sku) fail(`a 945 line for order ${order.id} names no SKU of ours (ids sent: ${JSON.stringify(shipped.item?.ids ?? {})})`);
    const candidates = lines.filter((l) => l.sku === sku || l.substitutedSku === sku);
    if (candidates.length === 0) fail(`order ${order.id} has no line for SKU ${sku}`);
    let remaining = quantity;
    for (const line of candidates) {
      const take = Math.min(remaining, open(line) - (added.get(line) ?? 0));
      if (take > 0) added.set(line, (added.get(line) ?? 0) + take);
      remaining -= Math.max(take, 0);
    }
    if (remaining > 0) {
      const openUnits = candidates.reduce((sum, l) => sum + open(l), 0);
      fail(`the 945 ships ${quantity} of SKU ${sku} on order ${order.id}, but only ${openUnits} remain to ship`);
    }
  }
  if (added.size === 0) fail(`the 945 for order ${order.id} ships nothing`);

  const branchCode = partner.branchCode ?? [...added.keys()][0]!.sourcingBranchCode;
  batch.inserts.shipments.push({
    id: shipmentId, orderId: order.id, branchCode, carrier: optionalText(payload.carrier) ?? 'UNKNOWN', serviceLevel: 'UNKNOWN',
    shipBy: shippedAt.toISOString(), shippedAt: shippedAt.toISOString(),
  });
  batch.shipments.set(shipmentId, {
    id: shipmentId, orderId: order.id, trackingNumber: null, changed: false,
    at: { pick_started: null, packed: null, shipped: shippedAt, delivered: null },
  });
  for (const [line, units] of added) {
    line.shipped += units;
    line.allocated = Math.max(0, line.allocated - units);
    line.shippedChanged = true;
  }
  const status = lines.every((l) => open(l) === 0) ? 'shipped' : 'partially_shipped';
  batch.recordStatus(order, status, shippedAt, `shipment ${shipmentId}`, 'if-forward');
}
