import type { Db } from '../../lib/db.ts';
import { startSubgraphUnderTest, type SubgraphUnderTest } from '../../lib/testing/subgraph.ts';
import { pimMigrations, pimSubgraph } from '../../subgraphs/pim/server.ts';

/** The PIM under test, called as a staff member unless `as` says otherwise. */
export type PimUnderTest = SubgraphUnderTest;

/** A fresh migrated PIM database, filled by `load`, served by the PIM subgraph on a free port. */
export function startPim(load: (db: Db) => Promise<void>): Promise<PimUnderTest> {
  return startSubgraphUnderTest(pimSubgraph, pimMigrations, load);
}
