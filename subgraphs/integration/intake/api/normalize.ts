/**
 * Turns a validated API event into the operational event model (lib/events/model.ts): its
 * occurrence time in UTC and the business keys the queue is filtered and routed by. The payload
 * goes through as sent: validation has already held it to exactly the model's payload shape.
 */
import type { ApiEventType, BusinessKeys, NormalizedEvent, PayloadOf } from '../../../../lib/events/model.ts';
import type { ApiEventInput } from './validate.ts';

/** A normalized API event whose payload type follows its event type. */
export type NormalizedApiEvent = { [T in ApiEventType]: NormalizedEvent<T> }[ApiEventType];

export function normalizeApiEvent(event: ApiEventInput): NormalizedApiEvent {
  const occurredAt = new Date(event.occurredAt).toISOString();
  switch (event.type) {
    case 'order_status_change':
      return { type: event.type, occurredAt, keys: { orders: [event.payload.orderId] }, payload: event.payload };
    case 'inventory_snapshot':
      return { type: event.type, occurredAt, keys: inventoryKeys(event.payload), payload: event.payload };
    case 'shipment_telemetry':
      return { type: event.type, occurredAt, keys: { shipments: [event.payload.shipmentId] }, payload: event.payload };
    case 'payment':
      // BusinessKeys has no invoice key; the invoice id stays in the payload only.
      return { type: event.type, occurredAt, keys: { accounts: [event.payload.accountId] }, payload: event.payload };
    case 'return':
      return { type: event.type, occurredAt, keys: { orders: [event.payload.orderId], skus: [event.payload.sku] }, payload: event.payload };
  }
}

/** The branch and every SKU counted, each once, in the order first listed. */
function inventoryKeys(payload: PayloadOf['inventory_snapshot']): BusinessKeys {
  return { branches: [payload.branchCode], skus: [...new Set(payload.positions.map((position) => position.sku))] };
}
