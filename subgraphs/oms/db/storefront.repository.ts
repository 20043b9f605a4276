import type { Db } from '../../../lib/db.ts';
import { OPEN_ORDER } from './open-orders.sql.ts';

/** Commitments on stock (open order lines: allocatedQuantity, availability, promise) and the branches' measured times. */

/** A line of an open order for a product: what it still needs and what it holds. */
export interface OpenDemandRecord {
  sku: string;
  branch_code: string;
  /** The order's promised date: when the units are committed. */
  promised_date: string;
  order_id: string;
  line_number: number;
  /** Units still to ship: ordered - shipped - cancelled, never below 0. */
  open_quantity: number;
  allocated_quantity: number;
}

/**
 * Lines of open orders that still owe units or hold an allocation (the lines allocatedQuantity
 * sums; the others add nothing to demand) for the products: an index-only scan of the partial
 * index order_lines_outstanding joined to the partial index orders_open.
 */
export function openDemandBySkus(db: Db, skus: readonly string[]): Promise<OpenDemandRecord[]> {
  return db.query<OpenDemandRecord>(
    `SELECT l.sku, l.sourcing_branch_code AS branch_code, o.promised_date::text AS promised_date, l.order_id, l.line_number,
            greatest(l.ordered_quantity - l.shipped_quantity - l.cancelled_quantity, 0) AS open_quantity, l.allocated_quantity
       FROM order_lines l JOIN orders o ON o.id = l.order_id
      WHERE l.sku = ANY($1::text[]) AND ${OPEN_ORDER}
        AND (l.ordered_quantity > l.shipped_quantity + l.cancelled_quantity OR l.allocated_quantity > 0)
      ORDER BY l.sku, o.promised_date, l.order_id, l.line_number`,
    [skus],
  );
}

/** branch_fulfilment_times: one branch's pick/pack hours and transit days at P50 and P90. */
export interface BranchFulfilmentRecord {
  branch_code: string;
  pick_pack_observations: number;
  pick_pack_p50_hours: string;
  pick_pack_p90_hours: string;
  transit_observations: number;
  transit_p50_days: number;
  transit_p90_days: number;
}

export function branchFulfilmentTimes(db: Db): Promise<BranchFulfilmentRecord[]> {
  return db.query<BranchFulfilmentRecord>('SELECT * FROM branch_fulfilment_times');
}
