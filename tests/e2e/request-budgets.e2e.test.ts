import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayHeadersFor, TEST_STAFF, testBuyer } from '../../lib/testing/identity.ts';
import { loadFixture } from './fixture.ts';
import { startTestGraph, type TestGraph } from './harness.ts';
import { postRaw, receivedDuring } from './refusal-helpers.ts';

/**
 * The per-caller rate limit and the per-request budgets (subgraph fetches, answer bytes) through
 * the real gateway. Each test starts a second gateway with a small limit over the same recording
 * proxies, so what reached each subgraph can be counted.
 */
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph(loadFixture);
});
afterAll(async () => {
  await graph?.close();
});

const WHO_AM_I = '{ whoAmI { subject } }';
/** PIM (the product), then ERP (item master and stock), then OMS (available, requiring ERP's stock): three fetches in sequence. */
const THREE_FETCHES = '{ product(sku: "FAS-1") { name itemMaster { velocityTier } availableQuantity } }';

describe('the per-caller rate limit', () => {
  it('answers 429 with Retry-After once a caller is over, before parsing, and counts each caller apart', async () => {
    const gateway = await graph.gatewayWith({ rateLimit: { requests: 3, windowSeconds: 60 } });
    const u1 = gatewayHeadersFor(testBuyer('ACCT-1', 'u-1'));
    for (let i = 0; i < 3; i++) expect((await postRaw(gateway.url, WHO_AM_I, undefined, u1)).status).toBe(200);
    // The fourth is refused whatever it says, even a query that does not parse: nothing is parsed.
    const { result: refused, received } = await receivedDuring(graph, () => postRaw(gateway.url, '{ whoAmI {', undefined, u1));
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body).toEqual({
      errors: [{
        message: `request 4 in 60 s exceeds the limit of 3 per 60 s (OPSGRAPH_RATE_LIMIT); retry after ${retryAfter} s`,
        extensions: { code: 'REQUEST_RATE_LIMITED', measured: 4 },
      }],
    });
    expect(received).toEqual({ erp: [], pim: [], oms: [], ops: [], integration: [] });
    // Another signed-in caller has a counter of its own; anonymous callers are counted by address.
    const u2 = await postRaw(gateway.url, WHO_AM_I, undefined, gatewayHeadersFor(testBuyer('ACCT-1', 'u-2')));
    expect(u2.body).toEqual({ data: { whoAmI: { subject: 'u-2' } } });
    const anonymous = [];
    for (let i = 0; i < 4; i++) anonymous.push((await postRaw(gateway.url, WHO_AM_I)).status);
    expect(anonymous).toEqual([200, 200, 200, 429]);
  });
});

describe('the subgraph fetch budget', () => {
  it('refuses the third fetch of a request allowed two, so only two subgraphs are asked', async () => {
    const gateway = await graph.gatewayWith({ maxSubgraphFetches: 2 });
    const { result: refused, received } = await receivedDuring(graph, () => postRaw(gateway.url, THREE_FETCHES));
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      errors: [{ message: 'subgraph fetch count 3 exceeds the limit of 2 (OPSGRAPH_MAX_SUBGRAPH_FETCHES)', extensions: { code: 'MAX_SUBGRAPH_FETCHES_LIMIT', measured: 3 } }],
    });
    expect([received.pim.length, received.erp.length, received.oms.length, received.ops.length]).toEqual([1, 1, 0, 0]);
    // As staff, who read exact stock figures (anonymous callers read null).
    const allowed = await postRaw((await graph.gatewayWith({ maxSubgraphFetches: 3 })).url, THREE_FETCHES, undefined, gatewayHeadersFor(TEST_STAFF));
    expect(allowed.body).toEqual({ data: { product: { name: 'Hex bolt M8', itemMaster: { velocityTier: 'A' }, availableQuantity: 90 } } });
  });
});

describe('the response size budget', () => {
  it('refuses an answer longer than the limit, here introspection, which no subgraph is asked for', async () => {
    const query = getIntrospectionQuery();
    const full = await fetch(graph.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const bytes = Buffer.byteLength(await full.text());
    const gateway = await graph.gatewayWith({ maxResponseBytes: bytes - 1 });
    const refused = await postRaw(gateway.url, query);
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      errors: [{
        message: `a response of ${bytes} bytes exceeds the limit of ${bytes - 1} bytes (OPSGRAPH_MAX_RESPONSE_BYTES)`,
        extensions: { code: 'MAX_RESPONSE_BYTES_LIMIT', measured: bytes },
      }],
    });
  });

  it('refuses once the subgraph answers of one request add up to more than the limit', async () => {
    const { received: sizes } = await receivedDuring(graph, () => postRaw(graph.gatewayUrl, THREE_FETCHES));
    const [pim, erp, oms] = [sizes.pim[0]!.answerBytes!, sizes.erp[0]!.answerBytes!, sizes.oms[0]!.answerBytes!];
    // Each answer fits on its own; PIM's and ERP's together do not, so OMS is never asked.
    const limit = Math.max(pim, erp, oms, pim + erp - 1);
    expect(limit).toBeLessThan(pim + erp);
    const gateway = await graph.gatewayWith({ maxResponseBytes: limit });
    const { result: refused, received } = await receivedDuring(graph, () => postRaw(gateway.url, THREE_FETCHES));
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      errors: [{
        message: `the subgraph answers' total of ${pim + erp} bytes exceeds the limit of ${limit} bytes (OPSGRAPH_MAX_RESPONSE_BYTES)`,
        extensions: { code: 'MAX_RESPONSE_BYTES_LIMIT', measured: pim + erp },
      }],
    });
    expect([received.pim.length, received.erp.length, received.oms.length]).toEqual([1, 1, 0]);
  });

  it('stops reading a subgraph answer that alone is longer than the limit', async () => {
    const gateway = await graph.gatewayWith({ maxResponseBytes: 20 });
    const { result: refused, received } = await receivedDuring(graph, () => postRaw(gateway.url, THREE_FETCHES));
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{
      message: expect.stringMatching(/^the subgraph answers' total of \d+ bytes exceeds the limit of 20 bytes \(OPSGRAPH_MAX_RESPONSE_BYTES\)$/),
      extensions: { code: 'MAX_RESPONSE_BYTES_LIMIT', measured: expect.any(Number) },
    }]);
    expect([received.pim.length, received.erp.length, received.oms.length]).toEqual([1, 0, 0]);
  });
});
