import type { Db } from '../lib/db.ts';
import { FEED_START, readDocumentationDisputes } from '../subgraphs/erp/feeds/documentation-disputes.ts';
import { lastRecordedPosition, recordDocumentationDisputes } from '../subgraphs/oms/feeds/documentation-disputes.ts';

/** Disputes read and recorded per transaction. */
const BATCH = 5_000;

/**
 * Carries the ERP's documentation disputes to the OMS: each side through its own code and its
 * own database (the ERP reads its feed, the OMS records what it has not seen). Runs after a bulk
 * load, at start and periodically while the graph runs; a run with nothing new is one statement
 * per side. Returns how many disputes the OMS recorded.
 */
export async function relayDocumentationDisputes(dbs: { erp: Db; oms: Db }, log?: (line: string) => void): Promise<number> {
  let position = (await lastRecordedPosition(dbs.oms)) ?? FEED_START;
  let recorded = 0;
  for (;;) {
    const batch = await readDocumentationDisputes(dbs.erp, position, BATCH);
    if (batch.length === 0) break;
    position = batch[batch.length - 1]!.position;
    recorded += await recordDocumentationDisputes(dbs.oms, batch, position);
    if (batch.length < BATCH) break;
    log?.(`documentation disputes: ${recorded.toLocaleString('en-US')} recorded ...`);
  }
  if (recorded > 0) log?.(`documentation disputes: ${recorded.toLocaleString('en-US')} recorded by the OMS`);
  return recorded;
}
