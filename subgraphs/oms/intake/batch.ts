import type { PartnerContext } from '../../../lib/events/model.ts';
import type {
  BatchOrderLineRow, BatchOrderRow, BatchReturnRow, BatchShipmentRow, NewOrder, NewOrderLine, NewReturn, NewShipment, NewStatusChange,
} from '../db/integration.repository.ts';
import { isForwardOrSame, isOrderStatus, type OrderStatus } from '../rules/order-transitions.rules.ts';

/**
 * One batch's working copy of the records its events touch, loaded once, changed in memory event
 * by event (so a later event sees what an earlier one did), then written with set-based SQL.
 *
 * Appliers keep one rule that makes an event apply whole or not at all: every check (which throws
 * EventFailure) comes before the first change to the batch.
 */
export class EventFailure extends Error {}

export function fail(reason: string): never {
  throw new EventFailure(reason);
}

export interface OrderState {
  id: string;
  accountId: string;
  status: OrderStatus;
  customerPo: string | null;
  shipToBranchCode: string;
  lastSequence: number;
  latestChangeAt: Date | null;
  /** Set when the batch changed the status: the order's final state is written once. */
  statusChanged: boolean;
  cancelledBy: string | null;
  cancelReason: string | null;
}

export interface LineState {
  orderId: string;
  lineNumber: number;
  sku: string;
  substitutedSku: string | null;
  ordered: number;
  allocated: number;
  shipped: number;
  cancelled: number;
  sourcingBranchCode: string;
  shippedChanged: boolean;
}

export const MILESTONES = ['pick_started', 'packed', 'shipped', 'delivered'] as const;
export type Milestone = (typeof MILESTONES)[number];

export interface ShipmentState {
  id: string;
  orderId: string;
  trackingNumber: string | null;
  at: Record<Milestone, Date | null>;
  changed: boolean;
}

export interface ReturnState {
  id: string;
  orderId: string;
  lineNumber: number;
  quantity: number;
  status: string;
}

const poKey = (accountId: string, po: string) => `${accountId}\u0000${po}`;

export class Batch {
  readonly orders = new Map<string, OrderState>();
  private readonly ordersByPo = new Map<string, string>();
  readonly lines = new Map<string, LineState[]>();
  readonly shipments = new Map<string, ShipmentState>();
  readonly returns = new Map<string, ReturnState>();
  readonly inserts = {
    orders: [] as NewOrder[],
    lines: [] as NewOrderLine[],
    history: [] as NewStatusChange[],
    shipments: [] as NewShipment[],
    returns: [] as NewReturn[],
  };

  constructor(loaded: { orders: BatchOrderRow[]; lines: BatchOrderLineRow[]; shipments: BatchShipmentRow[]; returns: BatchReturnRow[] }) {
    for (const o of loaded.orders) {
      if (!isOrderStatus(o.status)) throw new Error(`order ${o.id} has an unknown status ${o.status}`);
      this.addOrder({
        id: o.id, accountId: o.account_id, status: o.status, customerPo: o.customer_po, shipToBranchCode: o.ship_to_branch_code,
        lastSequence: o.last_sequence, latestChangeAt: o.latest_change_at, statusChanged: false, cancelledBy: null, cancelReason: null,
      });
    }
    for (const l of loaded.lines) {
      this.linesOf(l.order_id).push({
        orderId: l.order_id, lineNumber: l.line_number, sku: l.sku, substitutedSku: l.substituted_sku, ordered: l.ordered_quantity,
        allocated: l.allocated_quantity, shipped: l.shipped_quantity, cancelled: l.cancelled_quantity,
        sourcingBranchCode: l.sourcing_branch_code, shippedChanged: false,
      });
    }
    for (const s of loaded.shipments) {
      this.shipments.set(s.id, {
        id: s.id, orderId: s.order_id, trackingNumber: s.tracking_number, changed: false,
        at: { pick_started: s.pick_started_at, packed: s.packed_at, shipped: s.shipped_at, delivered: s.delivered_at },
      });
    }
    for (const r of loaded.returns) this.returns.set(r.id, { id: r.id, orderId: r.order_id, lineNumber: r.line_number, quantity: r.quantity, status: r.status });
  }

  addOrder(order: OrderState): void {
    this.orders.set(order.id, order);
    if (order.customerPo !== null) this.ordersByPo.set(poKey(order.accountId, order.customerPo), order.id);
  }

  orderPlacedUnderPo(accountId: string, po: string): string | undefined {
    return this.ordersByPo.get(poKey(accountId, po));
  }

  linesOf(orderId: string): LineState[] {
    let lines = this.lines.get(orderId);
    if (!lines) this.lines.set(orderId, (lines = []));
    return lines;
  }

  shipmentsOf(orderId: string): ShipmentState[] {
    return [...this.shipments.values()].filter((s) => s.orderId === orderId);
  }

  /** The order an event names, refused when it does not exist or belongs to another account than the partner's. */
  order(orderId: string, partner: PartnerContext): OrderState {
    const order = this.orders.get(orderId);
    if (!order) fail(`order ${orderId} does not exist`);
    if (partner.accountId !== null && partner.accountId !== order.accountId) {
      fail(`order ${orderId} belongs to ${order.accountId}, not this partner's account ${partner.accountId}`);
    }
    return order;
  }

  /**
   * Appends a status change to the order's history (next sequence) and, per `set`, makes it the
   * order's status: 'if-newest' unless it happened before the latest change already recorded (an
   * event that arrived out of order is history, not the present); 'if-forward' when the status is
   * derived from facts (units shipped, shipments delivered) and only must not undo a later one;
   * 'never' for history only. Returns whether the status changed.
   */
  recordStatus(order: OrderState, status: OrderStatus, at: Date, note: string | null, set: 'if-newest' | 'if-forward' | 'never'): boolean {
    order.lastSequence += 1;
    this.inserts.history.push({ orderId: order.id, sequence: order.lastSequence, status, changedAt: at.toISOString(), note });
    const outOfOrder = this.isOutOfOrder(order, at);
    if (!outOfOrder) order.latestChangeAt = at;
    const apply = set === 'if-newest' ? !outOfOrder : set === 'if-forward' ? isForwardOrSame(order.status, status) : false;
    if (!apply || order.status === status) return false;
    order.status = status;
    order.statusChanged = true;
    return true;
  }

  /** True when the change at `at` is older than the latest change already recorded for the order. */
  isOutOfOrder(order: OrderState, at: Date): boolean {
    return order.latestChangeAt !== null && at < order.latestChangeAt;
  }
}

/** What a batch's events reference, gathered before anything is loaded. */
export interface BatchKeys {
  orderIds: Set<string>;
  shipmentIds: Set<string>;
  returnIds: Set<string>;
  customerPos: { accountId: string; po: string }[];
}

/** Adds a string key when the payload has one; a missing key fails later, in the applier. */
export function addKey(keys: Set<string>, value: unknown): void {
  if (typeof value === 'string' && value.trim() !== '') keys.add(value.trim());
}
