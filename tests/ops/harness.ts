import { readFileSync } from 'node:fs';
import type { Db } from '../../lib/db.ts';
import { startSubgraphUnderTest, type SubgraphUnderTest } from '../../lib/testing/subgraph.ts';
import { opsMigrations, opsSubgraph } from '../../subgraphs/ops/server.ts';

/** ops under test, called as a staff member unless `as` says otherwise. */
export type OpsUnderTest = SubgraphUnderTest;

/** A fresh migrated OPS database (the default scorecard included), served by the OPS subgraph on a free port. */
export function startOps(load: (db: Db) => Promise<void> = async () => undefined): Promise<OpsUnderTest> {
  return startSubgraphUnderTest(opsSubgraph, opsMigrations, load);
}

/** Puts the database back to the default scorecard exactly as its migration seeds it. */
export async function resetToDefaultScorecard(db: Db): Promise<void> {
  await db.query('TRUNCATE scorecard_changes, escalation_steps, scorecard_kpis RESTART IDENTITY');
  await db.query(readFileSync(new URL('20261201_0002_default_scorecard.sql', opsMigrations), 'utf8'));
}
