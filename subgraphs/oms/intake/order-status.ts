import type { EventToApply } from '../../../lib/events/model.ts';
import { isOrderStatus, refusedTransition } from '../rules/order-transitions.rules.ts';
import { addKey, fail, type Batch, type BatchKeys } from './batch.ts';
import { instant, optionalText, requiredText } from './fields.ts';

/**
 * order_status_change (API): appends the change to the order's history and makes it the order's
 * status, unless it happened before the latest change recorded, in which case it is kept as
 * history and the current status stands. Moves refused by rules/order-transitions.rules.ts fail
 * the event (checked only for changes in order: a late event is history, not a move).
 */
export function orderStatusKeys(event: EventToApply<'order_status_change'>, keys: BatchKeys): void {
  addKey(keys.orderIds, event.payload?.orderId);
}

const CANCELLED_BY = ['customer', 'supplier_stockout'];

export function applyOrderStatusChange(event: EventToApply<'order_status_change'>, batch: Batch): void {
  const { payload } = event;
  const orderId = requiredText(payload.orderId, 'orderId');
  const status = payload.status;
  if (!isOrderStatus(status)) fail(`status "${String(status)}" is not an order status`);
  const at = instant(payload.changedAt, 'changedAt');
  if (status === 'cancelled' && !CANCELLED_BY.includes(payload.cancelledBy as string)) {
    fail(`cancelling order ${orderId} needs cancelledBy (customer or supplier_stockout)`);
  }
  const order = batch.order(orderId, event.partner);
  if (!batch.isOutOfOrder(order, at)) {
    const refusal = refusedTransition(order.id, order.status, status);
    if (refusal) fail(refusal);
  }
  if (batch.recordStatus(order, status, at, optionalText(payload.note), 'if-newest') && status === 'cancelled') {
    order.cancelledBy = payload.cancelledBy!;
    order.cancelReason = optionalText(payload.note);
  }
}
