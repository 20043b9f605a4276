import type { Db } from '../../../lib/db.ts';
import type { PeerCaller } from '../../../lib/peers.ts';

/** What the intake works with: the integration database and calls to the ERP and OMS subgraphs. */
export interface IntakeDeps {
  db: Db;
  peers: PeerCaller;
  log: (line: string) => void;
  now: () => Date;
  /** Events handed to a domain per call (OPSGRAPH_INTAKE_BATCH_SIZE); each call is one transaction there. */
  batchSize: number;
}

/** Events recorded per statement, and read back per pass. */
export const RECORD_BATCH = 5000;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
