import type { Db } from '../../../lib/db.ts';
import { week } from './kpi-sql.ts';

/**
 * The SQL of applying integration events (subgraphs/oms/intake/) and of the exceptions the intake opens
 * for events it rejected or could not apply. Every statement is set-based: a batch of events
 * costs the same statements whether it holds one event or a thousand.
 */

/** Serialises appliers, so two deliveries of one event cannot both find it unapplied. */
export async function lockIntegrationBatch(db: Db): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtext('oms.integration-events'))`);
}

export async function appliedEventIds(db: Db, eventIds: readonly string[]): Promise<Set<string>> {
  const rows = await db.query<{ event_id: string }>('SELECT event_id FROM applied_events WHERE event_id = ANY($1::text[])', [eventIds]);
  return new Set(rows.map((r) => r.event_id));
}

export interface BatchShipmentRow {
  id: string;
  order_id: string;
  tracking_number: string | null;
  pick_started_at: Date | null;
  packed_at: Date | null;
  shipped_at: Date | null;
  delivered_at: Date | null;
}

/** The shipments named, and every shipment of the orders named or of the shipments' orders. */
export function shipmentsForBatch(db: Db, shipmentIds: readonly string[], orderIds: readonly string[]): Promise<BatchShipmentRow[]> {
  return db.query<BatchShipmentRow>(
    `SELECT id, order_id, tracking_number, pick_started_at, packed_at, shipped_at, delivered_at FROM shipments
      WHERE id = ANY($1::text[])
         OR order_id = ANY($2::text[] || ARRAY(SELECT order_id FROM shipments WHERE id = ANY($1::text[])))`,
    [shipmentIds, orderIds],
  );
}

export interface BatchOrderRow {
  id: string;
  account_id: string;
  status: string;
  customer_po: string | null;
  ship_to_branch_code: string;
  /** 0 when the order has no history yet. */
  last_sequence: number;
  latest_change_at: Date | null;
}

/**
 * The orders named and those the accounts placed under the customer POs named, locked for this
 * transaction, each with the last sequence and the latest instant of its status history.
 */
export function ordersForBatch(db: Db, orderIds: readonly string[], poAccountIds: readonly string[], poNumbers: readonly string[]): Promise<BatchOrderRow[]> {
  return db.query<BatchOrderRow>(
    `WITH wanted AS (
       SELECT id FROM orders WHERE id = ANY($1::text[])
       UNION
       SELECT o.id FROM orders o JOIN unnest($2::text[], $3::text[]) AS p (account_id, po)
           ON o.account_id = p.account_id AND o.customer_po = p.po
     )
     SELECT o.id, o.account_id, o.status, o.customer_po, o.ship_to_branch_code,
            COALESCE(h.last_sequence, 0) AS last_sequence, h.latest_change_at
       FROM orders o JOIN wanted USING (id)
       LEFT JOIN (SELECT order_id, max(sequence) AS last_sequence, max(changed_at) AS latest_change_at
                    FROM order_status_history WHERE order_id = ANY($1::text[]) GROUP BY order_id) h ON h.order_id = o.id
        FOR UPDATE OF o`,
    [orderIds, poAccountIds, poNumbers],
  );
}

export interface BatchOrderLineRow {
  order_id: string;
  line_number: number;
  sku: string;
  substituted_sku: string | null;
  ordered_quantity: number;
  allocated_quantity: number;
  shipped_quantity: number;
  cancelled_quantity: number;
  sourcing_branch_code: string;
}

export function orderLinesForBatch(db: Db, orderIds: readonly string[]): Promise<BatchOrderLineRow[]> {
  return db.query<BatchOrderLineRow>(
    `SELECT order_id, line_number, sku, substituted_sku, ordered_quantity, allocated_quantity, shipped_quantity, cancelled_quantity, sourcing_branch_code
       FROM order_lines WHERE order_id = ANY($1::text[]) ORDER BY order_id, line_number`,
    [orderIds],
  );
}

export interface BatchReturnRow {
  id: string;
  order_id: string;
  line_number: number;
  quantity: number;
  status: string;
}

/** The returns named, and every return against the orders named. */
export function returnsForBatch(db: Db, returnIds: readonly string[], orderIds: readonly string[]): Promise<BatchReturnRow[]> {
  return db.query<BatchReturnRow>(
    'SELECT id, order_id, line_number, quantity, status FROM returns WHERE id = ANY($1::text[]) OR order_id = ANY($2::text[])',
    [returnIds, orderIds],
  );
}

// --- writes -------------------------------------------------------------------------------

/** Each named column of `rows` as one array, for unnest. */
function columns<Row extends object, Key extends keyof Row>(rows: readonly Row[], keys: readonly Key[]): unknown[][] {
  return keys.map((key) => rows.map((row) => row[key]));
}

export interface NewOrder {
  id: string; accountId: string; channel: string; customerPo: string; placedAt: string;
  requestedDate: string; promisedDate: string; status: string; shipToBranchCode: string; currencyCode: string;
}

export async function insertOrders(db: Db, rows: readonly NewOrder[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `INSERT INTO orders (id, account_id, channel, customer_po, placed_at, requested_date, promised_date, status, ship_to_branch_code, currency_code)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::date[], $7::date[], $8::text[], $9::text[], $10::text[])`,
    columns(rows, ['id', 'accountId', 'channel', 'customerPo', 'placedAt', 'requestedDate', 'promisedDate', 'status', 'shipToBranchCode', 'currencyCode']),
  );
}

export interface OrderStatusUpdate { id: string; status: string; cancelledBy: string | null; cancelReason: string | null }

export async function updateOrderStatuses(db: Db, rows: readonly OrderStatusUpdate[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `UPDATE orders o SET status = u.status, cancelled_by = u.cancelled_by, cancel_reason = COALESCE(u.cancel_reason, o.cancel_reason)
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u (id, status, cancelled_by, cancel_reason)
      WHERE o.id = u.id`,
    columns(rows, ['id', 'status', 'cancelledBy', 'cancelReason']),
  );
}

export interface NewOrderLine {
  orderId: string; lineNumber: number; sku: string; orderedQuantity: number; sourcingBranchCode: string; unitPriceMinor: string;
}

export async function insertOrderLines(db: Db, rows: readonly NewOrderLine[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `INSERT INTO order_lines (order_id, line_number, sku, ordered_quantity, sourcing_branch_code, unit_price_minor)
     SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::int[], $5::text[], $6::bigint[])`,
    columns(rows, ['orderId', 'lineNumber', 'sku', 'orderedQuantity', 'sourcingBranchCode', 'unitPriceMinor']),
  );
}

export interface ShippedQuantityUpdate { orderId: string; lineNumber: number; shippedQuantity: number; allocatedQuantity: number }

export async function updateShippedQuantities(db: Db, rows: readonly ShippedQuantityUpdate[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `UPDATE order_lines l SET shipped_quantity = u.shipped, allocated_quantity = u.allocated
       FROM unnest($1::text[], $2::int[], $3::int[], $4::int[]) AS u (order_id, line_number, shipped, allocated)
      WHERE l.order_id = u.order_id AND l.line_number = u.line_number`,
    columns(rows, ['orderId', 'lineNumber', 'shippedQuantity', 'allocatedQuantity']),
  );
}

export interface NewStatusChange { orderId: string; sequence: number; status: string; changedAt: string; note: string | null }

export async function insertStatusHistory(db: Db, rows: readonly NewStatusChange[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `INSERT INTO order_status_history (order_id, sequence, status, changed_at, note)
     SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::timestamptz[], $5::text[])`,
    columns(rows, ['orderId', 'sequence', 'status', 'changedAt', 'note']),
  );
}

export interface NewShipment {
  id: string; orderId: string; branchCode: string; carrier: string; serviceLevel: string; shipBy: string; shippedAt: string;
}

export async function insertShipments(db: Db, rows: readonly NewShipment[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `INSERT INTO shipments (id, order_id, branch_code, carrier, service_level, ship_by, shipped_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::timestamptz[])`,
    columns(rows, ['id', 'orderId', 'branchCode', 'carrier', 'serviceLevel', 'shipBy', 'shippedAt']),
  );
}

export interface ShipmentMilestones {
  id: string; pickStartedAt: string | null; packedAt: string | null; shippedAt: string | null; deliveredAt: string | null; trackingNumber: string | null;
}

/** Sets milestones and the tracking number where still unset; a timestamp already set never moves. */
export async function setShipmentMilestones(db: Db, rows: readonly ShipmentMilestones[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `UPDATE shipments s
        SET pick_started_at = COALESCE(s.pick_started_at, u.pick_started_at), packed_at = COALESCE(s.packed_at, u.packed_at),
            shipped_at = COALESCE(s.shipped_at, u.shipped_at), delivered_at = COALESCE(s.delivered_at, u.delivered_at),
            tracking_number = COALESCE(s.tracking_number, u.tracking_number)
       FROM unnest($1::text[], $2::timestamptz[], $3::timestamptz[], $4::timestamptz[], $5::timestamptz[], $6::text[])
         AS u (id, pick_started_at, packed_at, shipped_at, delivered_at, tracking_number)
      WHERE s.id = u.id`,
    columns(rows, ['id', 'pickStartedAt', 'packedAt', 'shippedAt', 'deliveredAt', 'trackingNumber']),
  );
}

export interface NewReturn {
  id: string; orderId: string; lineNumber: number; accountId: string; sku: string; quantity: number; reason: string;
  requestedAt: string; authorizedAt: string | null; status: string;
}

export async function insertReturns(db: Db, rows: readonly NewReturn[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `INSERT INTO returns (id, order_id, line_number, account_id, sku, quantity, reason, requested_at, authorized_at, status)
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::int[], $7::text[], $8::timestamptz[], $9::timestamptz[], $10::text[])`,
    columns(rows, ['id', 'orderId', 'lineNumber', 'accountId', 'sku', 'quantity', 'reason', 'requestedAt', 'authorizedAt', 'status']),
  );
}

export async function recordAppliedEvents(db: Db, rows: readonly { eventId: string; type: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    'INSERT INTO applied_events (event_id, type, applied_at) SELECT e.*, now() FROM unnest($1::text[], $2::text[]) AS e',
    columns(rows, ['eventId', 'type']),
  );
}
