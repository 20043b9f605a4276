import type { Db } from '../../../lib/db.ts';
import type { PageRequest } from '../../../lib/pagination.ts';
import type { CountRecord, PurchaseOrderLineRow, PurchaseOrderRow, ReceiptRow, SupplierRow } from './rows.ts';

const SUPPLIER_COLUMNS = 'id, name, country, lead_time_days, payment_terms';
const PURCHASE_ORDER_COLUMNS = 'id, supplier_id, branch_code, ordered_at, status';
// A line's unit cost is in its item's currency.
const LINE_SELECT = `
  SELECT l.purchase_order_id, l.line_number, l.sku, l.ordered_quantity, l.received_quantity, l.unit_cost_minor,
         l.supplier_commit_date, l.current_eta, i.currency_code
    FROM purchase_order_lines l
    JOIN items i ON i.sku = l.sku`;

export function suppliersByIds(db: Db, ids: readonly string[]): Promise<SupplierRow[]> {
  return db.query<SupplierRow>(`SELECT ${SUPPLIER_COLUMNS} FROM suppliers WHERE id = ANY($1::text[])`, [ids]);
}

/** One page of suppliers by id, fetching one row more than the page to tell whether another follows. */
export function supplierPage(db: Db, page: PageRequest<string>): Promise<SupplierRow[]> {
  return db.query<SupplierRow>(
    `SELECT ${SUPPLIER_COLUMNS} FROM suppliers WHERE ($1::text IS NULL OR id > $1) ORDER BY id LIMIT $2`,
    [page.after, page.limit + 1],
  );
}

export async function supplierCount(db: Db): Promise<number> {
  const [row] = await db.query<{ total: number }>('SELECT count(*)::int AS total FROM suppliers');
  return row!.total;
}

export function purchaseOrdersByIds(db: Db, ids: readonly string[]): Promise<PurchaseOrderRow[]> {
  return db.query<PurchaseOrderRow>(
    `SELECT ${PURCHASE_ORDER_COLUMNS} FROM purchase_orders WHERE id = ANY($1::text[])`,
    [ids],
  );
}

/** For each supplier, one page of its purchase orders, newest first (limit + 1 rows each). */
export function purchaseOrderPagesBySuppliers(
  db: Db,
  supplierIds: readonly string[],
  page: PageRequest<[string, string]>,
): Promise<PurchaseOrderRow[]> {
  return db.query<PurchaseOrderRow>(
    `SELECT po.*
       FROM unnest($1::text[]) WITH ORDINALITY AS k(supplier_id, n)
      CROSS JOIN LATERAL (
             SELECT ${PURCHASE_ORDER_COLUMNS}
               FROM purchase_orders
              WHERE supplier_id = k.supplier_id
                AND ($2::timestamptz IS NULL OR (ordered_at, id) < ($2::timestamptz, $3::text))
              ORDER BY ordered_at DESC, id DESC
              LIMIT $4) po
      ORDER BY k.n, po.ordered_at DESC, po.id DESC`,
    [supplierIds, page.after?.[0] ?? null, page.after?.[1] ?? null, page.limit + 1],
  );
}

export function purchaseOrderCountsBySuppliers(db: Db, supplierIds: readonly string[]): Promise<CountRecord[]> {
  return db.query<CountRecord>(
    `SELECT supplier_id AS key, count(*) AS total
       FROM purchase_orders WHERE supplier_id = ANY($1::text[]) GROUP BY supplier_id`,
    [supplierIds],
  );
}

export function purchaseOrderLinesByOrderIds(db: Db, orderIds: readonly string[]): Promise<PurchaseOrderLineRow[]> {
  return db.query<PurchaseOrderLineRow>(
    `${LINE_SELECT}
      WHERE l.purchase_order_id = ANY($1::text[])
      ORDER BY l.purchase_order_id, l.line_number`,
    [orderIds],
  );
}

/**
 * Lines still expected from suppliers: on an open or partially received purchase order, with
 * fewer units received than ordered. Soonest current ETA first; lines without an ETA last.
 */
export function openPurchaseOrderLinesBySkus(db: Db, skus: readonly string[]): Promise<PurchaseOrderLineRow[]> {
  return db.query<PurchaseOrderLineRow>(
    `${LINE_SELECT}
       JOIN purchase_orders po ON po.id = l.purchase_order_id
      WHERE l.sku = ANY($1::text[])
        AND l.received_quantity < l.ordered_quantity
        AND po.status IN ('open', 'partially_received')
      ORDER BY l.sku, l.current_eta ASC NULLS LAST, l.purchase_order_id, l.line_number`,
    [skus],
  );
}

export interface PurchaseOrderLineKey {
  purchaseOrderId: string;
  lineNumber: number;
}

export function receiptsByLines(db: Db, lines: readonly PurchaseOrderLineKey[]): Promise<ReceiptRow[]> {
  return db.query<ReceiptRow>(
    `SELECT r.id, r.purchase_order_id, r.line_number, r.received_at, r.quantity
       FROM unnest($1::text[], $2::int[]) AS k(purchase_order_id, line_number)
       JOIN receipts r USING (purchase_order_id, line_number)
      ORDER BY r.purchase_order_id, r.line_number, r.received_at, r.id`,
    [lines.map((line) => line.purchaseOrderId), lines.map((line) => line.lineNumber)],
  );
}
