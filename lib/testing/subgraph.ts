import { expect } from 'vitest';
import type { Db } from '../db.ts';
import type { Principal } from '../identity.ts';
import { startSubgraph, type SubgraphModule } from '../subgraph.ts';
import { createTestDatabase } from './database.ts';
import { subgraphCaller, type GraphQLResponse } from './graphql.ts';
import { TEST_STAFF, TEST_SUBGRAPH_OPTIONS } from './identity.ts';

type Variables = Record<string, unknown>;
type Headers = Record<string, string>;

/** Operations sent straight to one subgraph as one caller; `headers` adds to (or overrides) what the gateway would send. */
export interface SubgraphCaller {
  /** Runs an operation and returns its data, failing the test on any error. */
  query(document: string, variables?: Variables, headers?: Headers): Promise<Record<string, any>>;
  /** Runs an operation that must fail and returns its first error. */
  error(document: string, variables?: Variables, headers?: Headers): Promise<{ message: string; extensions?: Record<string, unknown> }>;
  /** Runs an operation and returns the whole response, errors included. */
  raw(document: string, variables?: Variables, headers?: Headers): Promise<GraphQLResponse<Record<string, any>>>;
}

/** A subgraph under test, called as a staff member (with the gateway's credential) unless `as` says otherwise. */
export interface SubgraphUnderTest extends SubgraphCaller {
  name: string;
  db: Db;
  /** Where it serves GraphQL, for a peer (lib/peers.ts) that calls it straight, as a service. */
  url: string;
  /** The same operations as a buyer (testBuyer) or ANONYMOUS. */
  as(principal: Principal): SubgraphCaller;
  close(): Promise<void>;
}

/** A fresh migrated database for `module`, filled by `load`, served by the subgraph on a free port. */
export async function startSubgraphUnderTest<Context extends object>(
  module: SubgraphModule<Context>,
  migrations: URL,
  load: (db: Db) => Promise<void>,
): Promise<SubgraphUnderTest> {
  const database = await createTestDatabase(module.name, migrations);
  try {
    await load(database.db);
  } catch (error) {
    await database.drop();
    throw error;
  }
  const subgraph = await startSubgraph(module, database.db, TEST_SUBGRAPH_OPTIONS);
  const as = (principal: Principal): SubgraphCaller => {
    const { post } = subgraphCaller(subgraph, principal);
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
    name: subgraph.name,
    db: database.db,
    url: subgraph.url,
    ...as(TEST_STAFF),
    as,
    async close() {
      await subgraph.close();
      await database.drop();
    },
  };
}
