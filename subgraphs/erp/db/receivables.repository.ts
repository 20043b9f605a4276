import type { VisibleAccounts } from '../../../lib/access.ts';
import type { Db } from '../../../lib/db.ts';
import type { PageRequest } from '../../../lib/pagination.ts';
import type { CountRecord, InvoiceLineRow, InvoiceRow, PaymentRow } from './rows.ts';

// Every invoice carries the sum of its payments, computed in the same statement. Every statement
// takes the caller's visible accounts (lib/access.ts; null: all) as its last parameter.
const INVOICE_COLUMNS = `i.id, i.account_id, i.order_id, i.issued_at, i.due_date, i.amount_minor, i.currency_code, i.status, i.sales_channel,
  (SELECT coalesce(sum(p.amount_minor), 0)::bigint FROM payments p WHERE p.invoice_id = i.id) AS paid_minor`;

export function invoicesByIds(db: Db, visible: VisibleAccounts, ids: readonly string[]): Promise<InvoiceRow[]> {
  return db.query<InvoiceRow>(
    `SELECT ${INVOICE_COLUMNS} FROM invoices i
      WHERE i.id = ANY($1::text[]) AND ($2::text[] IS NULL OR i.account_id = ANY($2::text[]))`,
    [ids, visible],
  );
}

export function invoicesByOrderIds(db: Db, visible: VisibleAccounts, orderIds: readonly string[]): Promise<InvoiceRow[]> {
  return db.query<InvoiceRow>(
    `SELECT ${INVOICE_COLUMNS} FROM invoices i
      WHERE i.order_id = ANY($1::text[]) AND ($2::text[] IS NULL OR i.account_id = ANY($2::text[]))
      ORDER BY i.order_id, i.issued_at, i.id`,
    [orderIds, visible],
  );
}

/**
 * For each account, one page of its invoices in the given statuses (null: any), newest issued
 * first, limit + 1 rows each. The cursor is the (issued_at, id) of the last invoice seen.
 */
export function invoicePagesByAccounts(
  db: Db,
  visible: VisibleAccounts,
  accountIds: readonly string[],
  statuses: readonly string[] | null,
  page: PageRequest<[string, string]>,
): Promise<InvoiceRow[]> {
  return db.query<InvoiceRow>(
    `SELECT inv.*
       FROM unnest($1::text[]) WITH ORDINALITY AS k(account_id, n)
      CROSS JOIN LATERAL (
             SELECT ${INVOICE_COLUMNS}
               FROM invoices i
              WHERE i.account_id = k.account_id
                AND ($6::text[] IS NULL OR i.account_id = ANY($6::text[]))
                AND ($2::text[] IS NULL OR i.status = ANY($2::text[]))
                AND ($3::timestamptz IS NULL OR (i.issued_at, i.id) < ($3::timestamptz, $4::text))
              ORDER BY i.issued_at DESC, i.id DESC
              LIMIT $5) inv
      ORDER BY k.n, inv.issued_at DESC, inv.id DESC`,
    [accountIds, statuses, page.after?.[0] ?? null, page.after?.[1] ?? null, page.limit + 1, visible],
  );
}

export function invoiceCountsByAccounts(
  db: Db,
  visible: VisibleAccounts,
  accountIds: readonly string[],
  statuses: readonly string[] | null,
): Promise<CountRecord[]> {
  return db.query<CountRecord>(
    `SELECT account_id AS key, count(*) AS total
       FROM invoices
      WHERE account_id = ANY($1::text[]) AND ($2::text[] IS NULL OR status = ANY($2::text[]))
        AND ($3::text[] IS NULL OR account_id = ANY($3::text[]))
      GROUP BY account_id`,
    [accountIds, statuses, visible],
  );
}

/** Payments are in their invoice's currency. */
export function paymentsByInvoiceIds(db: Db, visible: VisibleAccounts, invoiceIds: readonly string[]): Promise<PaymentRow[]> {
  return db.query<PaymentRow>(
    `SELECT p.id, p.account_id, p.invoice_id, p.received_at, p.amount_minor, p.method, i.currency_code
       FROM payments p
       JOIN invoices i ON i.id = p.invoice_id
      WHERE p.invoice_id = ANY($1::text[]) AND ($2::text[] IS NULL OR p.account_id = ANY($2::text[]))
      ORDER BY p.invoice_id, p.received_at, p.id`,
    [invoiceIds, visible],
  );
}

/** The invoices' lines, by invoice then line number (the invoices were already scoped to the caller). */
export function invoiceLinesByInvoiceIds(db: Db, invoiceIds: readonly string[]): Promise<InvoiceLineRow[]> {
  return db.query<InvoiceLineRow>(
    `SELECT l.invoice_id, l.line_number, l.sku, l.quantity, l.unit_price_minor, l.list_price_minor, l.unit_cost_minor, i.currency_code
       FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
      WHERE l.invoice_id = ANY($1::text[])
      ORDER BY l.invoice_id, l.line_number`,
    [invoiceIds],
  );
}
