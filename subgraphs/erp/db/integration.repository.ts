import type { Db } from '../../../lib/db.ts';
import type { PaymentTargetRecord, PurchaseOrderLineRefRecord } from './rows.ts';

/**
 * The SQL of the integration intake (subgraphs/erp/intake): set-based reads of what a batch of
 * events references, and set-based writes of the events that apply. Every statement takes whole
 * arrays, so a batch costs the same number of statements whatever its size.
 */

/** Serialises intake batches: two batches carrying the same event cannot both apply it. Held to commit. */
export async function lockIntake(db: Db): Promise<void> {
  await db.query('SELECT pg_advisory_xact_lock(7340007)');
}

export async function appliedEventIds(db: Db, eventIds: readonly string[]): Promise<string[]> {
  const rows = await db.query<{ event_id: string }>('SELECT event_id FROM applied_events WHERE event_id = ANY($1::text[])', [eventIds]);
  return rows.map((row) => row.event_id);
}

export async function itemMasterSkus(db: Db, skus: readonly string[]): Promise<string[]> {
  const rows = await db.query<{ sku: string }>('SELECT sku FROM items WHERE sku = ANY($1::text[])', [skus]);
  return rows.map((row) => row.sku);
}

export async function branchCodes(db: Db, codes: readonly string[]): Promise<string[]> {
  const rows = await db.query<{ code: string }>('SELECT code FROM branches WHERE code = ANY($1::text[])', [codes]);
  return rows.map((row) => row.code);
}

export async function recordedPaymentIds(db: Db, paymentIds: readonly string[]): Promise<string[]> {
  const rows = await db.query<{ id: string }>('SELECT id FROM payments WHERE id = ANY($1::text[])', [paymentIds]);
  return rows.map((row) => row.id);
}

export function paymentTargetsByIds(db: Db, invoiceIds: readonly string[]): Promise<PaymentTargetRecord[]> {
  return db.query<PaymentTargetRecord>(
    'SELECT id, account_id, currency_code, status FROM invoices WHERE id = ANY($1::text[])',
    [invoiceIds],
  );
}

export function purchaseOrderLinesByOrderIds(db: Db, purchaseOrderIds: readonly string[]): Promise<PurchaseOrderLineRefRecord[]> {
  return db.query<PurchaseOrderLineRefRecord>(
    `SELECT po.id AS purchase_order_id, po.supplier_id, po.status,
            l.line_number, l.sku, l.ordered_quantity, l.received_quantity
       FROM purchase_orders po
       LEFT JOIN purchase_order_lines l ON l.purchase_order_id = po.id
      WHERE po.id = ANY($1::text[])
      ORDER BY po.id, l.line_number`,
    [purchaseOrderIds],
  );
}

export async function recordAppliedEvents(db: Db, events: { eventId: string; type: string }[]): Promise<void> {
  await db.query(
    `INSERT INTO applied_events (event_id, type, applied_at)
     SELECT event_id, type, now() FROM unnest($1::text[], $2::text[]) AS e(event_id, type)`,
    [events.map((e) => e.eventId), events.map((e) => e.type)],
  );
}

export interface PositionCount {
  sku: string;
  branchCode: string;
  onHand: number;
  /** null: the snapshot did not say, so an existing position keeps its on-hold quantity (a new one gets 0). */
  onHold: number | null;
  syncedAt: Date;
}

/**
 * Sets counted positions: existing ones only where the count is not older than what they hold (an
 * out-of-order snapshot leaves a newer position alone), then inserts the positions that do not
 * exist yet. Two statements because an upsert cannot tell "on hold not given" from 0.
 */
export async function setInventoryPositions(db: Db, positions: readonly PositionCount[]): Promise<void> {
  const params = [
    positions.map((p) => p.sku),
    positions.map((p) => p.branchCode),
    positions.map((p) => p.onHand),
    positions.map((p) => p.onHold),
    positions.map((p) => p.syncedAt.toISOString()),
  ];
  await db.query(
    `UPDATE inventory_positions p
        SET on_hand = c.on_hand, on_hold = COALESCE(c.on_hold, p.on_hold), last_synced_at = c.synced_at
       FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::timestamptz[]) AS c(sku, branch_code, on_hand, on_hold, synced_at)
      WHERE p.sku = c.sku AND p.branch_code = c.branch_code AND p.last_synced_at <= c.synced_at`,
    params,
  );
  await db.query(
    `INSERT INTO inventory_positions (sku, branch_code, on_hand, on_hold, last_synced_at)
     SELECT sku, branch_code, on_hand, COALESCE(on_hold, 0), synced_at
       FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::timestamptz[]) AS c(sku, branch_code, on_hand, on_hold, synced_at)
     ON CONFLICT (sku, branch_code) DO NOTHING`,
    params,
  );
}

/** Moves each branch's last inventory sync forward to the given time; never back. */
export async function advanceBranchInventorySync(db: Db, syncs: readonly { branchCode: string; syncedAt: Date }[]): Promise<void> {
  await db.query(
    `UPDATE branches b SET last_inventory_sync_at = s.synced_at
       FROM unnest($1::text[], $2::timestamptz[]) AS s(code, synced_at)
      WHERE b.code = s.code AND b.last_inventory_sync_at < s.synced_at`,
    [syncs.map((s) => s.branchCode), syncs.map((s) => s.syncedAt.toISOString())],
  );
}

export interface NewPayment {
  id: string;
  accountId: string;
  invoiceId: string;
  receivedAt: Date;
  amountMinor: bigint;
  method: string;
}

export async function insertPayments(db: Db, payments: readonly NewPayment[]): Promise<void> {
  await db.query(
    `INSERT INTO payments (id, account_id, invoice_id, received_at, amount_minor, method)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::bigint[], $6::text[])`,
    [
      payments.map((p) => p.id),
      payments.map((p) => p.accountId),
      payments.map((p) => p.invoiceId),
      payments.map((p) => p.receivedAt.toISOString()),
      payments.map((p) => p.amountMinor.toString()),
      payments.map((p) => p.method),
    ],
  );
}

/**
 * Marks each invoice paid when its payments cover its amount, else partially paid. A paid invoice
 * stays paid (one settled outside the payments table has less recorded against it); disputed and
 * void invoices are left as they are.
 */
export async function settleInvoices(db: Db, invoiceIds: readonly string[]): Promise<void> {
  await db.query(
    `UPDATE invoices i
        SET status = CASE WHEN i.status = 'paid' OR paid.total_minor >= i.amount_minor THEN 'paid' ELSE 'partially_paid' END
       FROM (SELECT invoice_id, sum(amount_minor) AS total_minor FROM payments
              WHERE invoice_id = ANY($1::text[]) GROUP BY invoice_id) paid
      WHERE i.id = paid.invoice_id AND i.status IN ('open', 'partially_paid', 'paid')`,
    [invoiceIds],
  );
}

export interface NewAcknowledgment {
  eventId: string;
  purchaseOrderId: string;
  lineNumber: number;
  acknowledgmentType: string;
  statusCode: string;
  quantity: number | null;
  statusDate: string | null;
}

export async function insertAcknowledgments(db: Db, rows: readonly NewAcknowledgment[]): Promise<void> {
  await db.query(
    `INSERT INTO purchase_order_acknowledgments
            (event_id, purchase_order_id, line_number, acknowledgment_type, status_code, quantity, status_date)
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::numeric[], $7::date[])`,
    [
      rows.map((r) => r.eventId),
      rows.map((r) => r.purchaseOrderId),
      rows.map((r) => r.lineNumber),
      rows.map((r) => r.acknowledgmentType),
      rows.map((r) => r.statusCode),
      rows.map((r) => r.quantity),
      rows.map((r) => r.statusDate),
    ],
  );
}

export interface NewShipmentNotice {
  eventId: string;
  shipmentId: string;
  purchaseOrderId: string;
  lineNumber: number;
  sku: string;
  shippedQuantity: number;
  shipDate: string | null;
  estimatedDeliveryDate: string | null;
}

export async function insertShipmentNotices(db: Db, rows: readonly NewShipmentNotice[]): Promise<void> {
  await db.query(
    `INSERT INTO inbound_shipment_notices
            (event_id, shipment_id, purchase_order_id, line_number, sku, shipped_quantity, ship_date, estimated_delivery_date)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::numeric[], $7::date[], $8::date[])`,
    [
      rows.map((r) => r.eventId),
      rows.map((r) => r.shipmentId),
      rows.map((r) => r.purchaseOrderId),
      rows.map((r) => r.lineNumber),
      rows.map((r) => r.sku),
      rows.map((r) => r.shippedQuantity),
      rows.map((r) => r.shipDate),
      rows.map((r) => r.estimatedDeliveryDate),
    ],
  );
}

export interface LineEta {
  purchaseOrderId: string;
  lineNumber: number;
  eta: string;
}

/** Sets each line's current ETA; at most one entry per line. */
export async function setPurchaseOrderLineEtas(db: Db, etas: readonly LineEta[]): Promise<void> {
  await db.query(
    `UPDATE purchase_order_lines l SET current_eta = e.eta
       FROM unnest($1::text[], $2::int[], $3::date[]) AS e(purchase_order_id, line_number, eta)
      WHERE l.purchase_order_id = e.purchase_order_id AND l.line_number = e.line_number`,
    [etas.map((e) => e.purchaseOrderId), etas.map((e) => e.lineNumber), etas.map((e) => e.eta)],
  );
}
