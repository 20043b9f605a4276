import { testBuyer, gatewayHeadersFor, TEST_STAFF } from '../../lib/testing/identity.ts';
import { ANONYMOUS } from '../../lib/identity.ts';
import { startTestGraph, type TestGraph } from '../e2e/harness.ts';
import { loadStorefront } from '../e2e/storefront.fixture.ts';
import type { CallerName } from './cases.ts';

/**
 * The graph a fuzz run attacks: the real gateway and subgraphs on the storefront fixture (three
 * products with stock, supply and substitutes, three accounts with orders, invoices, shipments),
 * small enough that any generated operation is cheap, rich enough that nested selections find rows.
 */
export async function startFuzzGraph(): Promise<{ graph: TestGraph; callerHeaders: Record<CallerName, Record<string, string>> }> {
  // A fuzz run is one caller sending thousands of requests: the rate limit would refuse most of them.
  const graph = await startTestGraph(loadStorefront, { limits: { rateLimit: null } });
  const callerHeaders = {
    anonymous: gatewayHeadersFor(ANONYMOUS),
    buyer: gatewayHeadersFor(testBuyer('ACCT-1')),
    staff: gatewayHeadersFor(TEST_STAFF),
  };
  return { graph, callerHeaders };
}
