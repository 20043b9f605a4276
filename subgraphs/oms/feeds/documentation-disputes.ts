import type { Db } from '../../../lib/db.ts';
import { feedPosition, insertDocumentationDisputes, saveFeedPosition } from '../db/documentation-disputes.repository.ts';

/**
 * The OMS side of the ERP's documentation dispute feed. Perfect order's documentation criterion
 * (SCOR RL.2.3) is an ERP fact; the OMS records it per order from the feed so that its weekly
 * aggregates count perfect orders whole, and no request has to carry order ids across domains.
 */
export const DOCUMENTATION_DISPUTES_FEED = 'erp.documentation-disputes';

/** A documentation dispute as the ERP publishes it. */
export interface PublishedDocumentationDispute {
  disputeId: string;
  orderId: string;
  openedAt: Date;
}

/** The position after the last batch recorded, or null when the feed has never been read. */
export async function lastRecordedPosition(db: Db): Promise<string | null> {
  const [row] = await feedPosition(db, DOCUMENTATION_DISPUTES_FEED);
  return row?.position ?? null;
}

/**
 * Records a batch and the feed position it ends at in one transaction: after a crash the batch
 * is either recorded with its position or not at all, and re-reading it records nothing twice.
 * Returns how many of the disputes were new.
 */
export function recordDocumentationDisputes(db: Db, disputes: readonly PublishedDocumentationDispute[], position: string): Promise<number> {
  return db.transaction(async (tx) => {
    const inserted = await insertDocumentationDisputes(tx, {
      disputeIds: disputes.map((d) => d.disputeId),
      orderIds: disputes.map((d) => d.orderId),
      openedAt: disputes.map((d) => d.openedAt),
    });
    await saveFeedPosition(tx, DOCUMENTATION_DISPUTES_FEED, position);
    return inserted;
  });
}
