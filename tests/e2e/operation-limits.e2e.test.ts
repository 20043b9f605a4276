import { getIntrospectionQuery, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayHeadersFor, testBuyer } from '../../lib/testing/identity.ts';
import { StorefrontListingDocument } from '../generated/graphql.ts';
import { startTestGraph, type TestGraph } from './harness.ts';
import { loadListingCatalog } from './listing-catalog.fixture.ts';
import { fanOut, postRaw, receivedDuring } from './refusal-helpers.ts';

/**
 * The attacks of issue 11 through the real gateway with its production limits: each is refused
 * with HTTP 400, the limit's code and a message naming it, and the recording proxies show that no
 * subgraph was asked anything for it, while an ordinary query sent at the same moment answers.
 */
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph(loadListingCatalog);
});
afterAll(async () => {
  await graph?.close();
});

const BUYER = gatewayHeadersFor(testBuyer('ACCT-1'));
const BRANCHES = '{ branches { code name } }';

/** Sends `attack` and an ordinary ERP query together; returns both answers and what each subgraph received. */
async function alongsideOrdinary(attack: string, headers: Record<string, string> = {}) {
  const { result, received } = await receivedDuring(graph, () =>
    Promise.all([postRaw(graph.gatewayUrl, attack, undefined, headers), postRaw(graph.gatewayUrl, BRANCHES)]),
  );
  const [refused, ordinary] = result;
  expect(ordinary.status).toBe(200);
  expect(ordinary.body).toEqual({ data: { branches: [{ code: 'CHI', name: 'CHI DC' }] } });
  // The ordinary query's one ERP fetch is all any subgraph saw.
  expect({ ...received, erp: received.erp.map((request) => request.query) }).toEqual({ erp: ['{branches{code name}}'], pim: [], oms: [], ops: [], integration: [] });
  return refused;
}

describe('operations over the limits, refused before any subgraph is asked', () => {
  it('refuses the 15-level categories/family fan-out by depth', async () => {
    const refused = await alongsideOrdinary(fanOut(15));
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      errors: [{ message: 'query depth 15 exceeds the limit of 12 (OPSGRAPH_MAX_DEPTH)', extensions: { code: 'MAX_DEPTH_LIMIT', measured: 15 } }],
    });
  });

  it('refuses 1,000 aliases of promise at the token limit, the parser stopping at token 2,001', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `p${i}: product(sku: "SKU-000") { promise(quantity: 4, branchCode: "CHI") { deliveryDate { p50 p90 } } }`);
    const refused = await alongsideOrdinary(`{ ${aliases.join(' ')} }`, BUYER);
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      errors: [{
        message: 'a query of more than 2000 tokens exceeds the limit of 2000 (OPSGRAPH_MAX_TOKENS); parsing stopped there',
        extensions: { code: 'MAX_TOKENS_LIMIT' },
      }],
    });
  });

  it('refuses a list nested 1,990 deep inside the token limit, where the recursive parser runs out of stack, in words of its own', async () => {
    const refused = await alongsideOrdinary(`{ product(sku: ${'['.repeat(1990)}"x"${']'.repeat(1990)}) { sku } }`);
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      errors: [{ message: 'the document nests lists, input objects or selections too deeply to parse', extensions: { code: 'MAX_DEPTH_LIMIT' } }],
    });
  });

  it('refuses a substitutes chain 200 deep by depth: the product, 200 substitutes, the sku', async () => {
    const chain = `{ product(sku: "SKU-000") { ${'substitutes { '.repeat(200)}sku${' }'.repeat(200)} } }`;
    const refused = await alongsideOrdinary(chain, BUYER);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { message: 'query depth 202 exceeds the limit of 12 (OPSGRAPH_MAX_DEPTH)', extensions: { code: 'MAX_DEPTH_LIMIT', measured: 202 } },
    ]);
  });
});

describe('the cost limit on the storefront listing', () => {
  const listing = print(StorefrontListingDocument);

  it('refuses 200 products with their promises: 3 + 200 x 83 over 12,000', async () => {
    // Per product: edge 1, product 1, image 1, attributes 10 x 2, offer 5 + unit price 1 + next
    // break 2 + quantity rules 1, availability 10 + branches 10 x 2, promise 20 + delivery date 1
    // = 83; plus the connection 1, pageInfo 1 and the filter argument 1 (tests/gateway/cost.unit.test.ts).
    const { result: refused, received } = await receivedDuring(graph, () => postRaw(graph.gatewayUrl, listing, { first: 200, quantity: 4, branch: 'CHI' }, BUYER));
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      errors: [{
        message: 'estimated cost 16603 exceeds the limit of 12000 (OPSGRAPH_MAX_COST)',
        extensions: { code: 'COST_ESTIMATED_TOO_EXPENSIVE', measured: 16603 },
      }],
    });
    expect(received).toEqual({ erp: [], pim: [], oms: [], ops: [], integration: [] });
  });

  it('answers the 50-product page, cost 3 + 50 x 83 = 4,153, in full', async () => {
    const answer = await postRaw(graph.gatewayUrl, listing, { first: 50, quantity: 4, branch: 'CHI' }, BUYER);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.products.edges).toHaveLength(50);
    // 5 on hand - 1 allocated - 1 safety = 3 now; the 4th unit on PO-1, ETA 11-09, delivered 11-10.
    expect(answer.body.data.products.edges[49].node.promise).toEqual({ deliveryDate: { p50: '2026-11-10', p90: '2026-11-10' } });
  });
});

describe('introspection', () => {
  it('answers the explorer\'s introspection query, which no limit counts', async () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    const answer = await postRaw(graph.gatewayUrl, query);
    expect(answer.status).toBe(200);
    expect(answer.body.data.__schema.queryType).toMatchObject({ name: 'Query' });
  });
});
