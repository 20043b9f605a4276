import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Db } from '../../lib/db.ts';
import type { Principal } from '../../lib/identity.ts';
import { startSubgraph } from '../../lib/subgraph.ts';
import { createTestDatabase } from '../../lib/testing/database.ts';
import { subgraphCaller, type GraphQLResponse } from '../../lib/testing/graphql.ts';
import { TEST_STAFF, TEST_SUBGRAPH_SECRET } from '../../lib/testing/identity.ts';
import { opsMigrations, opsSubgraph } from '../../subgraphs/ops/server.ts';

type Variables = Record<string, unknown>;
type Headers = Record<string, string>;

/** Operations sent to ops as one caller; `headers` adds e.g. the x-opsgraph-actor of a change. */
export interface OpsCaller {
  /** Runs an operation and returns its data, failing the test on any error. */
  query(document: string, variables?: Variables, headers?: Headers): Promise<Record<string, any>>;
  /** Runs an operation that must fail and returns its first error. */
  error(document: string, variables?: Variables, headers?: Headers): Promise<{ message: string; extensions?: Record<string, unknown> }>;
  raw(document: string, variables?: Variables, headers?: Headers): Promise<GraphQLResponse<Record<string, any>>>;
}

/** ops under test, called as a staff member (as the gateway vouches for one) unless `as` says otherwise. */
export interface OpsUnderTest extends OpsCaller {
  db: Db;
  /** The same operations as a buyer (testBuyer) or ANONYMOUS. */
  as(principal: Principal): OpsCaller;
  close(): Promise<void>;
}

/** A fresh migrated OPS database (the default scorecard included), served by the OPS subgraph on a free port. */
export async function startOps(load: (db: Db) => Promise<void> = async () => undefined): Promise<OpsUnderTest> {
  const database = await createTestDatabase('ops', opsMigrations);
  try {
    await load(database.db);
  } catch (error) {
    await database.drop();
    throw error;
  }
  const subgraph = await startSubgraph(opsSubgraph, database.db, { port: 0, subgraphSecret: TEST_SUBGRAPH_SECRET });
  const as = (principal: Principal): OpsCaller => {
    const { post } = subgraphCaller(subgraph.url, principal);
    return {
      raw: (document, variables, headers) => post(document, variables, headers),
      async query(document, variables, headers) {
        const response = await post(document, variables, headers);
        expect(response.errors).toBeUndefined();
        return response.data!;
      },
      async error(document, variables, headers) {
        const response = await post(document, variables, headers);
        expect(response.errors?.length).toBeGreaterThan(0);
        return response.errors![0]!;
      },
    };
  };
  return {
    db: database.db,
    ...as(TEST_STAFF),
    as,
    async close() {
      await subgraph.close();
      await database.drop();
    },
  };
}

/** Puts the database back to the default scorecard exactly as its migration seeds it. */
export async function resetToDefaultScorecard(db: Db): Promise<void> {
  await db.query('TRUNCATE scorecard_changes, escalation_steps, scorecard_kpis RESTART IDENTITY');
  await db.query(readFileSync(new URL('20261201_0002_default_scorecard.sql', opsMigrations), 'utf8'));
}
