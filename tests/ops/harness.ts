import { readFileSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import type { Db } from '../../lib/db.ts';
import { peerCaller, type PeerCaller } from '../../lib/peers.ts';
import { TEST_SUBGRAPH_SECRET } from '../../lib/testing/identity.ts';
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

/**
 * The intake's real peer caller, signed as the stack signs it (service 'ops-intake',
 * app/subgraph-tier.ts) with the secret test subgraphs check.
 */
export function intakePeers(urls: { erp: string; oms: string }): PeerCaller {
  return peerCaller(urls, TEST_SUBGRAPH_SECRET, 'ops-intake');
}

/**
 * A GraphQL URL on this host where nothing listens: a port the system hands out free, let go again.
 * Not port 1: fetch refuses the Fetch standard's blocked ports ("bad port") without connecting.
 */
export async function closedPortUrl(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  return `http://127.0.0.1:${port}/graphql`;
}
