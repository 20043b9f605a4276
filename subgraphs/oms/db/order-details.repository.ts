import type { VisibleAccounts } from '../../../lib/access.ts';
import type { Db } from '../../../lib/db.ts';
import type { CampaignRow, OrderLineRow, OrderStatusChangeRow } from './rows.ts';

// An order's details belong to its account: they take the caller's visible accounts (lib/access.ts; null: all).

/** Lines of several orders, with the order's currency, by order then line number. */
export function orderLinesByOrderIds(db: Db, visible: VisibleAccounts, orderIds: readonly string[]): Promise<OrderLineRow[]> {
  return db.query<OrderLineRow>(
    `SELECT l.*, o.currency_code FROM order_lines l JOIN orders o ON o.id = l.order_id
      WHERE l.order_id = ANY($1::text[]) AND ($2::text[] IS NULL OR o.account_id = ANY($2::text[]))
      ORDER BY l.order_id, l.line_number`,
    [orderIds, visible],
  );
}

/** Status history of several orders, oldest step first. */
export function statusHistoryByOrderIds(db: Db, visible: VisibleAccounts, orderIds: readonly string[]): Promise<OrderStatusChangeRow[]> {
  return db.query<OrderStatusChangeRow>(
    `SELECT h.* FROM order_status_history h JOIN orders o ON o.id = h.order_id
      WHERE h.order_id = ANY($1::text[]) AND ($2::text[] IS NULL OR o.account_id = ANY($2::text[]))
      ORDER BY h.order_id, h.sequence`,
    [orderIds, visible],
  );
}

export function campaignsByCodes(db: Db, codes: readonly string[]): Promise<CampaignRow[]> {
  return db.query<CampaignRow>('SELECT c.* FROM campaigns c WHERE c.code = ANY($1::text[])', [codes]);
}
