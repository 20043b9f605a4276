import type { VisibleAccounts } from '../../../lib/access.ts';
import type { Db } from '../../../lib/db.ts';
import type { InboundFactRecord, OpenInvoiceRecord, SupplierEtaSlipRecord } from './rows.ts';

/** What the storefront reads from the ERP: inbound supply, supplier ETA slip and open invoices (also Account.openBalance). */

/** Open purchase order lines of the products, soonest ETA first (partial index purchase_order_lines_open_sku). */
export function inboundFactsBySkus(db: Db, skus: readonly string[]): Promise<InboundFactRecord[]> {
  return db.query<InboundFactRecord>(
    `SELECT l.sku, l.purchase_order_id, l.line_number, po.branch_code, po.supplier_id,
            l.ordered_quantity - l.received_quantity AS open_quantity,
            coalesce(l.current_eta, l.supplier_commit_date)::text AS eta
       FROM purchase_order_lines l
       JOIN purchase_orders po ON po.id = l.purchase_order_id
      WHERE l.sku = ANY($1::text[]) AND l.received_quantity < l.ordered_quantity
        AND po.status IN ('open', 'partially_received')
      ORDER BY l.sku, 7, l.purchase_order_id, l.line_number`,
    [skus],
  );
}

/** Every supplier's ETA slip quantiles, and the pooled row '*' (a few dozen rows). */
export function supplierEtaSlips(db: Db): Promise<SupplierEtaSlipRecord[]> {
  return db.query<SupplierEtaSlipRecord>('SELECT supplier_id, observations, p50_days, p90_days FROM supplier_eta_slip');
}

/**
 * The accounts' invoices with a balance left, oldest due first: those open, partly paid or
 * disputed (a paid or void invoice owes nothing), through the partial index invoices_unpaid_account.
 */
export function openInvoicesByAccountIds(db: Db, visible: VisibleAccounts, accountIds: readonly string[]): Promise<OpenInvoiceRecord[]> {
  return db.query<OpenInvoiceRecord>(
    `SELECT i.id, i.account_id, i.due_date::text, i.status,
            (i.amount_minor - coalesce(paid.amount_minor, 0))::bigint AS balance_minor
       FROM invoices i
       LEFT JOIN LATERAL (SELECT sum(p.amount_minor) AS amount_minor FROM payments p WHERE p.invoice_id = i.id) paid ON true
      WHERE i.account_id = ANY($1::text[]) AND i.status IN ('open', 'partially_paid', 'disputed')
        AND i.amount_minor - coalesce(paid.amount_minor, 0) > 0
        AND ($2::text[] IS NULL OR i.account_id = ANY($2::text[]))
      ORDER BY i.account_id, i.due_date, i.id`,
    [accountIds, visible],
  );
}
