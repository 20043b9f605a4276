import type { Db } from '../../lib/db.ts';
import { startSubgraphUnderTest, type SubgraphUnderTest } from '../../lib/testing/subgraph.ts';
import { omsMigrations, omsSubgraph } from '../../subgraphs/oms/server.ts';

/** The OMS under test, called as a staff member unless `as` says otherwise. */
export type OmsUnderTest = SubgraphUnderTest;

/** A fresh migrated OMS database, filled by `load`, served by the OMS subgraph on a free port. */
export function startOms(load: (db: Db) => Promise<void>): Promise<OmsUnderTest> {
  return startSubgraphUnderTest(omsSubgraph, omsMigrations, load);
}
