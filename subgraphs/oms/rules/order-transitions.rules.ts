/**
 * Which order status changes an integration event may make. Statuses run forward:
 * placed (or credit_hold) -> allocated -> picking -> partially_shipped -> shipped -> delivered.
 *
 * - delivered and cancelled are final: nothing leaves them.
 * - Nothing moves backwards (picking -> allocated, shipped -> picking ...); the same status again
 *   is allowed (a second partial shipment, a repeated notice) and changes nothing but the history.
 * - credit_hold ranks with placed: it is entered only before picking (from placed or allocated)
 *   and left forwards or to cancelled.
 * - An order is cancelled only before anything ships (not from partially_shipped or shipped).
 *
 * Returns null when the move is allowed, else why not, for a partner manager to act on.
 */
export type OrderStatus = 'placed' | 'credit_hold' | 'allocated' | 'picking' | 'partially_shipped' | 'shipped' | 'delivered' | 'cancelled';

export const ORDER_STATUSES: readonly OrderStatus[] = ['placed', 'credit_hold', 'allocated', 'picking', 'partially_shipped', 'shipped', 'delivered', 'cancelled'];

const RANK: Record<Exclude<OrderStatus, 'cancelled'>, number> = {
  placed: 0, credit_hold: 0, allocated: 1, picking: 2, partially_shipped: 3, shipped: 4, delivered: 5,
};

export function isOrderStatus(value: unknown): value is OrderStatus {
  return typeof value === 'string' && (ORDER_STATUSES as readonly string[]).includes(value);
}

export function refusedTransition(orderId: string, from: OrderStatus, to: OrderStatus): string | null {
  if (from === to) return null;
  if (from === 'delivered' || from === 'cancelled') return `cannot move order ${orderId} from ${from} to ${to}: ${from} is final`;
  if (to === 'cancelled') {
    return RANK[from] >= RANK.partially_shipped ? `cannot cancel order ${orderId}: it is already ${from}` : null;
  }
  if (to === 'credit_hold') {
    return RANK[from] > RANK.allocated ? `cannot put order ${orderId} on credit hold: it is already ${from}` : null;
  }
  if (RANK[to] < RANK[from]) return `cannot move order ${orderId} from ${from} back to ${to}`;
  return null;
}

/** True when `to` is not behind `from`: a status derived from shipped quantities never undoes a later one. */
export function isForwardOrSame(from: OrderStatus, to: OrderStatus): boolean {
  if (from === 'cancelled' || to === 'cancelled') return from === to;
  return RANK[to] >= RANK[from];
}
