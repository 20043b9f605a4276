import type { Db } from '../../../lib/db.ts';
import type { DocumentationDisputeFeedRecord } from './rows.ts';

/**
 * Documentation disputes on invoices of orders, in feed order, after a position: one index range
 * scan (disputes_documentation_feed). Disputes on invoices without an order are not published.
 */
export function documentationDisputesAfter(db: Db, after: string, limit: number): Promise<DocumentationDisputeFeedRecord[]> {
  return db.query<DocumentationDisputeFeedRecord>(
    `SELECT d.feed_position, d.id AS dispute_id, i.order_id, d.opened_at
       FROM disputes d JOIN invoices i ON i.id = d.invoice_id
      WHERE d.reason = 'documentation' AND d.feed_position > $1::bigint AND i.order_id IS NOT NULL
      ORDER BY d.feed_position
      LIMIT $2`,
    [after, limit],
  );
}
