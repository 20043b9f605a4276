import { expect } from 'vitest';
import type { Db } from '../../lib/db.ts';
import type { Principal } from '../../lib/identity.ts';
import { startSubgraph } from '../../lib/subgraph.ts';
import { createTestDatabase } from '../../lib/testing/database.ts';
import { subgraphCaller, type GraphQLResponse } from '../../lib/testing/graphql.ts';
import { TEST_STAFF, TEST_SUBGRAPH_SECRET } from '../../lib/testing/identity.ts';
import { omsMigrations, omsSubgraph } from '../../subgraphs/oms/server.ts';

/** Operations sent to the OMS as one caller. */
export interface OmsCaller {
  /** Runs an operation and returns its data, failing the test on any error. */
  query(document: string, variables?: Record<string, unknown>): Promise<Record<string, any>>;
  /** Runs an operation that must fail and returns its first error. */
  error(document: string, variables?: Record<string, unknown>): Promise<{ message: string; extensions?: Record<string, unknown> }>;
  /** Runs an operation and returns the whole response, errors included. */
  raw(document: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Record<string, any>>>;
}

/** The OMS under test, called as a staff member (as the gateway vouches for one) unless `as` says otherwise. */
export interface OmsUnderTest extends OmsCaller {
  db: Db;
  /** The same operations as a buyer (testBuyer) or ANONYMOUS. */
  as(principal: Principal): OmsCaller;
  close(): Promise<void>;
}

/** A fresh migrated OMS database, filled by `load`, served by the OMS subgraph on a free port. */
export async function startOms(load: (db: Db) => Promise<void>): Promise<OmsUnderTest> {
  const database = await createTestDatabase('oms', omsMigrations);
  try {
    await load(database.db);
  } catch (error) {
    await database.drop();
    throw error;
  }
  const subgraph = await startSubgraph(omsSubgraph, database.db, { port: 0, subgraphSecret: TEST_SUBGRAPH_SECRET });
  const as = (principal: Principal): OmsCaller => {
    const { post } = subgraphCaller(subgraph.url, principal);
    return {
      raw: (document, variables) => post(document, variables),
      async query(document, variables) {
        const response = await post(document, variables);
        expect(response.errors).toBeUndefined();
        return response.data!;
      },
      async error(document, variables) {
        const response = await post(document, variables);
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
