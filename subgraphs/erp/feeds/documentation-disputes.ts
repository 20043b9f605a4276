import type { Db } from '../../../lib/db.ts';
import { documentationDisputesAfter } from '../db/dispute-feed.repository.ts';

/**
 * The ERP's published feed of documentation disputes: the fact perfect order's documentation
 * criterion needs (SCOR RL.2.3), which the OMS records in its own database. Positions are opaque
 * strings; a reader passes back the last one it applied ("0" to start from the beginning).
 */
export interface DocumentationDispute {
  position: string;
  disputeId: string;
  orderId: string;
  openedAt: Date;
}

export const FEED_START = '0';

export async function readDocumentationDisputes(db: Db, after: string, limit: number): Promise<DocumentationDispute[]> {
  const rows = await documentationDisputesAfter(db, after, limit);
  return rows.map((row) => ({ position: row.feed_position, disputeId: row.dispute_id, orderId: row.order_id, openedAt: row.opened_at }));
}
