import type { Db } from '../../../lib/db.ts';
import { APPLIED_BY, type ApplyOutcome, type EventToApply, type EventType } from '../../../lib/events/model.ts';
import {
  appliedEventIds, insertOrderLines, insertOrders, insertReturns, insertShipments, insertStatusHistory, lockIntegrationBatch,
  orderLinesForBatch, ordersForBatch, recordAppliedEvents, returnsForBatch, setShipmentMilestones, shipmentsForBatch,
  updateOrderStatuses, updateShippedQuantities,
} from '../db/integration.repository.ts';
import { Batch, EventFailure, type BatchKeys } from './batch.ts';
import { applyOrderStatusChange, orderStatusKeys } from './order-status.ts';
import { applyPurchaseOrder, purchaseOrderKeys } from './purchase-order.ts';
import { applyReturn, applyReturnAuthorization, returnAuthorizationKeys, returnKeys } from './returns.ts';
import { applyShipmentTelemetry, telemetryKeys } from './shipment-telemetry.ts';
import { applyShippingAdvice, shippingAdviceKeys } from './shipping-advice.ts';

/**
 * Applies the integration events the OMS owns (APPLIED_BY in lib/events/model.ts), as the intake hands
 * them over in batches. The whole batch is one transaction: what the events reference is loaded
 * with one set-based statement per table, each event is decided in memory in input order (a later
 * event sees what an earlier one did), and the changes are written with one statement per table.
 * An event applies whole or fails alone with a reason; its id is recorded in applied_events with
 * its change, so a re-delivery answers already_applied.
 */
type Applier<T extends EventType> = {
  keys: (event: EventToApply<T>, keys: BatchKeys) => void;
  apply: (event: EventToApply<T>, batch: Batch) => void;
};

const APPLIERS: { [T in EventType]?: Applier<T> } = {
  order_status_change: { keys: orderStatusKeys, apply: applyOrderStatusChange },
  purchase_order: { keys: purchaseOrderKeys, apply: applyPurchaseOrder },
  warehouse_shipping_advice: { keys: shippingAdviceKeys, apply: applyShippingAdvice },
  shipment_telemetry: { keys: telemetryKeys, apply: applyShipmentTelemetry },
  return_authorization: { keys: returnAuthorizationKeys, apply: applyReturnAuthorization },
  return: { keys: returnKeys, apply: applyReturn },
};

function applierOf(event: EventToApply): Applier<EventType> | undefined {
  if (APPLIED_BY[event.type] !== 'oms') return undefined;
  return APPLIERS[event.type] as Applier<EventType> | undefined;
}

export function applyEvents(db: Db, events: readonly EventToApply[]): Promise<ApplyOutcome[]> {
  if (events.length === 0) return Promise.resolve([]);
  return db.transaction(async (tx) => {
    await lockIntegrationBatch(tx);
    const applied = await appliedEventIds(tx, [...new Set(events.map((e) => e.eventId))]);
    const keys: BatchKeys = { orderIds: new Set(), shipmentIds: new Set(), returnIds: new Set(), customerPos: [] };
    for (const event of events) if (!applied.has(event.eventId)) applierOf(event)?.keys(event, keys);
    const batch = await loadBatch(tx, keys);

    const outcomes = events.map((event): ApplyOutcome => {
      if (applied.has(event.eventId)) return { eventId: event.eventId, outcome: 'already_applied' };
      const applier = applierOf(event);
      if (!applier) return { eventId: event.eventId, outcome: 'failed', reason: `event type ${event.type} is not applied by the OMS` };
      try {
        applier.apply(event, batch);
      } catch (error) {
        if (error instanceof EventFailure) return { eventId: event.eventId, outcome: 'failed', reason: error.message };
        // A payload shaped unlike its type (a field of the wrong kind): the event fails, not the batch.
        if (error instanceof TypeError) return { eventId: event.eventId, outcome: 'failed', reason: `the ${event.type} payload is malformed: ${error.message}` };
        throw error;
      }
      applied.add(event.eventId); // the same id twice in one batch applies once
      return { eventId: event.eventId, outcome: 'applied' };
    });

    await writeBatch(tx, batch);
    await recordAppliedEvents(tx, events.filter((e, i) => outcomes[i]!.outcome === 'applied').map((e) => ({ eventId: e.eventId, type: e.type })));
    return outcomes;
  });
}

async function loadBatch(tx: Db, keys: BatchKeys): Promise<Batch> {
  const shipments = await shipmentsForBatch(tx, [...keys.shipmentIds], [...keys.orderIds]);
  const orderIds = [...new Set([...keys.orderIds, ...shipments.map((s) => s.order_id)])];
  const orders = await ordersForBatch(tx, orderIds, keys.customerPos.map((p) => p.accountId), keys.customerPos.map((p) => p.po));
  const loadedIds = orders.map((o) => o.id);
  const lines = await orderLinesForBatch(tx, loadedIds);
  const returns = await returnsForBatch(tx, [...keys.returnIds], loadedIds);
  return new Batch({ orders, lines, shipments, returns });
}

async function writeBatch(tx: Db, batch: Batch): Promise<void> {
  const { inserts } = batch;
  await insertOrders(tx, inserts.orders);
  await updateOrderStatuses(tx, [...batch.orders.values()].filter((o) => o.statusChanged).map((o) => ({
    id: o.id, status: o.status, cancelledBy: o.status === 'cancelled' ? o.cancelledBy : null, cancelReason: o.cancelReason,
  })));
  await insertOrderLines(tx, inserts.lines);
  await updateShippedQuantities(tx, [...batch.lines.values()].flat().filter((l) => l.shippedChanged).map((l) => ({
    orderId: l.orderId, lineNumber: l.lineNumber, shippedQuantity: l.shipped, allocatedQuantity: l.allocated,
  })));
  await insertStatusHistory(tx, inserts.history);
  await insertShipments(tx, inserts.shipments);
  await setShipmentMilestones(tx, [...batch.shipments.values()].filter((s) => s.changed).map((s) => ({
    id: s.id, pickStartedAt: iso(s.at.pick_started), packedAt: iso(s.at.packed), shippedAt: iso(s.at.shipped),
    deliveredAt: iso(s.at.delivered), trackingNumber: s.trackingNumber,
  })));
  await insertReturns(tx, inserts.returns);
}

const iso = (at: Date | null) => at?.toISOString() ?? null;
