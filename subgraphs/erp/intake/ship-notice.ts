import type { EventToApply, ShipNoticePayload } from '../../../lib/events/model.ts';
import type { LineEta, NewShipmentNotice } from '../db/integration.repository.ts';
import { Failure, type EventFamily } from './batch.ts';
import { supplierOf, supplierOrder } from './purchase-orders.ts';
import { calendarDate, describeItem, skuCandidates, text } from './values.ts';

/**
 * A supplier's advance ship notice (EDI 856). Each item shipped against one of our purchase orders
 * is recorded against the open line it fills (the first open line with its SKU), and that line's
 * current ETA becomes the notice's estimated delivery date, or, when the notice gives none, its
 * ship date: a deliberately simple rule (no transit time is added) that at least stops an ETA
 * older than the shipment from standing.
 */
export interface ShipNotice {
  eventId: string;
  supplierId: string;
  shipmentId: string;
  shipDate: string | null;
  estimatedDeliveryDate: string | null;
  orders: { poNumber: string; items: { skus: string[]; describe: string; shippedQuantity: number }[] }[];
}

export const shipNotices: EventFamily<ShipNotice> = {
  read(event) {
    const payload: Partial<ShipNoticePayload> = (event as EventToApply<'ship_notice'>).payload ?? {};
    const supplierId = supplierOf(event.partner, '856s');
    if (supplierId instanceof Failure) return supplierId;
    const shipmentId = text(payload.shipmentId, 'the 856 shipment id (BSN-02)');
    if (shipmentId instanceof Failure) return shipmentId;
    const shipDate = calendarDate(payload.shipDate, `shipment ${shipmentId} ship date`);
    if (shipDate instanceof Failure) return shipDate;
    const estimatedDeliveryDate = calendarDate(payload.estimatedDeliveryDate, `shipment ${shipmentId} estimated delivery date`);
    if (estimatedDeliveryDate instanceof Failure) return estimatedDeliveryDate;
    if (!Array.isArray(payload.orders) || payload.orders.length === 0) return new Failure(`shipment ${shipmentId} lists no orders`);
    const orders: ShipNotice['orders'] = [];
    for (const order of payload.orders) {
      if (!order.poNumber) return new Failure(`shipment ${shipmentId} has an order level with no purchase order number (PRF-01)`);
      const items = (order.items ?? []).map(({ item, shippedQuantity }) => ({ skus: skuCandidates(item), describe: describeItem(item), shippedQuantity }));
      const bad = items.find((item) => !Number.isFinite(item.shippedQuantity) || item.shippedQuantity < 0);
      if (bad) return new Failure(`shipment ${shipmentId}: ${bad.describe} shipped quantity ${JSON.stringify(bad.shippedQuantity)} is not a quantity`);
      orders.push({ poNumber: order.poNumber, items });
    }
    return { eventId: event.eventId, supplierId, shipmentId, shipDate, estimatedDeliveryDate, orders };
  },
  want(notice, wanted) {
    for (const order of notice.orders) wanted.purchaseOrders.add(order.poNumber);
  },
  decide(notice, references) {
    const eta = notice.estimatedDeliveryDate ?? notice.shipDate;
    const shipmentNotices: NewShipmentNotice[] = [];
    const etas: LineEta[] = [];
    for (const { poNumber, items } of notice.orders) {
      const order = supplierOrder(references, poNumber, notice.supplierId);
      if (order instanceof Failure) return order;
      for (const item of items) {
        const line = order.lines.find((l) => l.open && item.skus.includes(l.sku));
        if (!line) return new Failure(`${item.describe} has no open line on purchase order ${order.id}`);
        shipmentNotices.push({
          eventId: notice.eventId,
          shipmentId: notice.shipmentId,
          purchaseOrderId: order.id,
          lineNumber: line.lineNumber,
          sku: line.sku,
          shippedQuantity: item.shippedQuantity,
          shipDate: notice.shipDate,
          estimatedDeliveryDate: notice.estimatedDeliveryDate,
        });
        if (eta) etas.push({ purchaseOrderId: order.id, lineNumber: line.lineNumber, eta });
      }
    }
    return { shipmentNotices, etas };
  },
};
