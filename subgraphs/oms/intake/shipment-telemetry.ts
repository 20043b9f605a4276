import type { EventToApply } from '../../../lib/events/model.ts';
import { addKey, fail, MILESTONES, type Batch, type BatchKeys, type Milestone } from './batch.ts';
import { instant, optionalText, requiredText } from './fields.ts';

/**
 * shipment_telemetry (API): stamps a milestone on one of our shipments. A milestone already
 * stamped keeps its first timestamp (a carrier re-sending a scan applies, and changes nothing).
 * When every shipment of an order whose units have all shipped is delivered, the order becomes
 * delivered, with a history entry at the last delivery.
 */
export function telemetryKeys(event: EventToApply<'shipment_telemetry'>, keys: BatchKeys): void {
  addKey(keys.shipmentIds, event.payload?.shipmentId);
}

export function applyShipmentTelemetry(event: EventToApply<'shipment_telemetry'>, batch: Batch): void {
  const { payload, partner } = event;
  const shipmentId = requiredText(payload.shipmentId, 'shipmentId');
  const milestone = payload.milestone as Milestone;
  if (!MILESTONES.includes(milestone)) fail(`milestone "${String(payload.milestone)}" is not one of ${MILESTONES.join(', ')}`);
  const at = instant(payload.at, 'at');
  const shipment = batch.shipments.get(shipmentId);
  if (!shipment) fail(`shipment ${shipmentId} does not exist`);
  const order = batch.order(shipment.orderId, partner);

  if (shipment.at[milestone] === null) {
    shipment.at[milestone] = at;
    shipment.changed = true;
  }
  const tracking = optionalText(payload.trackingNumber);
  if (shipment.trackingNumber === null && tracking !== null) {
    shipment.trackingNumber = tracking;
    shipment.changed = true;
  }
  if (milestone !== 'delivered' || order.status === 'delivered' || order.status === 'cancelled') return;
  const allShipped = batch.linesOf(order.id).every((l) => l.shipped + l.cancelled >= l.ordered);
  const deliveries = batch.shipmentsOf(order.id).map((s) => s.at.delivered);
  if (!allShipped || deliveries.some((d) => d === null)) return;
  const lastDelivery = new Date(Math.max(...deliveries.map((d) => d!.getTime())));
  batch.recordStatus(order, 'delivered', lastDelivery, `every shipment delivered`, 'if-forward');
}
