import type { VisibleAccounts } from '../../../lib/access.ts';
import type { Db } from '../../../lib/db.ts';
import type { CreditHoldRow, DisputeRow } from './rows.ts';

// Every statement takes the caller's visible accounts (lib/access.ts; null: all) as $2.
const HOLD_COLUMNS = 'id, account_id, order_id, held_at, released_at, reason';

// Disputes are in their invoice's currency.
const DISPUTE_SELECT = `
  SELECT d.id, d.invoice_id, d.account_id, d.reason, d.amount_minor, d.opened_at, d.resolved_at, i.currency_code
    FROM disputes d
    JOIN invoices i ON i.id = d.invoice_id`;

export function creditHoldsByAccountIds(db: Db, visible: VisibleAccounts, accountIds: readonly string[]): Promise<CreditHoldRow[]> {
  return db.query<CreditHoldRow>(
    `SELECT ${HOLD_COLUMNS} FROM credit_holds
      WHERE account_id = ANY($1::text[]) AND ($2::text[] IS NULL OR account_id = ANY($2::text[]))
      ORDER BY account_id, held_at DESC, id DESC`,
    [accountIds, visible],
  );
}

export function creditHoldsByOrderIds(db: Db, visible: VisibleAccounts, orderIds: readonly string[]): Promise<CreditHoldRow[]> {
  return db.query<CreditHoldRow>(
    `SELECT ${HOLD_COLUMNS} FROM credit_holds
      WHERE order_id = ANY($1::text[]) AND ($2::text[] IS NULL OR account_id = ANY($2::text[]))
      ORDER BY order_id, held_at, id`,
    [orderIds, visible],
  );
}

export function disputesByAccountIds(db: Db, visible: VisibleAccounts, accountIds: readonly string[]): Promise<DisputeRow[]> {
  return db.query<DisputeRow>(
    `${DISPUTE_SELECT}
      WHERE d.account_id = ANY($1::text[]) AND ($2::text[] IS NULL OR d.account_id = ANY($2::text[]))
      ORDER BY d.account_id, d.opened_at DESC, d.id DESC`,
    [accountIds, visible],
  );
}

export function disputesByInvoiceIds(db: Db, visible: VisibleAccounts, invoiceIds: readonly string[]): Promise<DisputeRow[]> {
  return db.query<DisputeRow>(
    `${DISPUTE_SELECT}
      WHERE d.invoice_id = ANY($1::text[]) AND ($2::text[] IS NULL OR d.account_id = ANY($2::text[]))
      ORDER BY d.invoice_id, d.opened_at, d.id`,
    [invoiceIds, visible],
  );
}
