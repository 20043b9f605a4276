import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayHeadersFor, subgraphHeadersFor, TEST_STAFF } from '../../lib/testing/identity.ts';
import { loadFixture } from './fixture.ts';
import { startTestGraph, type TestGraph } from './harness.ts';

/**
 * Every answer of the gateway and the subgraphs (lib/http.ts) tells a browser not to sniff its type
 * and not to let another page frame it; an answer to a request with credentials is never cached.
 */
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph(loadFixture);
});
afterAll(async () => {
  await graph?.close();
});

const QUERY = JSON.stringify({ query: '{ branches { code } }' });
const json = { 'content-type': 'application/json' };

async function headersOf(url: string, init: RequestInit = {}) {
  const response = await fetch(url, init);
  await response.arrayBuffer();
  return {
    status: response.status,
    nosniff: response.headers.get('x-content-type-options'),
    csp: response.headers.get('content-security-policy'),
    cacheControl: response.headers.get('cache-control'),
  };
}

const hardened = { nosniff: 'nosniff', csp: "frame-ancestors 'none'" };

describe('security headers', () => {
  it('mark a signed-in caller\'s answer no-store, and the anonymous one nosniff and unframeable', async () => {
    const signedIn = await headersOf(graph.gatewayUrl, { method: 'POST', headers: { ...json, ...gatewayHeadersFor(TEST_STAFF) }, body: QUERY });
    expect(signedIn).toEqual({ status: 200, ...hardened, cacheControl: 'no-store' });
    const anonymous = await headersOf(graph.gatewayUrl, { method: 'POST', headers: json, body: QUERY });
    expect(anonymous).toEqual({ status: 200, ...hardened, cacheControl: null });
  });

  it('mark refusals too: a bad token, a body that is not JSON, an unknown path, the health check', async () => {
    const badToken = await headersOf(graph.gatewayUrl, { method: 'POST', headers: { ...json, authorization: 'Bearer not-a-token' }, body: QUERY });
    expect(badToken).toEqual({ status: 401, ...hardened, cacheControl: 'no-store' });
    expect(await headersOf(graph.gatewayUrl, { method: 'POST', headers: json, body: '{' })).toEqual({ status: 400, ...hardened, cacheControl: null });
    expect(await headersOf(new URL('/nowhere', graph.gatewayUrl).href)).toEqual({ status: 404, ...hardened, cacheControl: null });
    expect(await headersOf(new URL('/health', graph.gatewayUrl).href)).toEqual({ status: 200, ...hardened, cacheControl: null });
  });

  it('mark the browser landing page', async () => {
    expect(await headersOf(graph.gatewayUrl, { headers: { accept: 'text/html' } })).toEqual({ status: 200, ...hardened, cacheControl: null });
  });

  it('mark a subgraph\'s answers as well', async () => {
    const answer = await headersOf(graph.subgraphUrls.erp, { method: 'POST', headers: { ...json, ...subgraphHeadersFor('erp', TEST_STAFF) }, body: QUERY });
    expect(answer).toMatchObject({ status: 200, ...hardened });
  });
});
