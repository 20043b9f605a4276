import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DOMAINS } from '../../app/config.ts';
import { DOMAIN_SUBGRAPHS } from '../../app/subgraph-tier.ts';
import { startGateway } from '../../gateway/server.ts';
import { decodePrincipalAssertion, encodePrincipalAssertion, PRINCIPAL_HEADER, signToken, type Principal } from '../../lib/identity.ts';
import { postGraphQL } from '../../lib/testing/graphql.ts';
import { bearerHeader, TEST_SUBGRAPH_SECRET, TEST_TOKEN_SECRET } from '../../lib/testing/identity.ts';
import { WhoAmIAcrossDomainsDocument, WhoAmIDocument } from '../generated/graphql.ts';
import { loadFixture } from './fixture.ts';
import { startTestGraph, type TestGraph } from './harness.ts';

/**
 * The caller's identity end to end: the gateway verifies the bearer token, and each subgraph
 * learns who is asking only from the gateway's signed assertion. Assertions are checked as the
 * subgraphs received them (through the recording proxies), not only by the final answer.
 */
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph(loadFixture);
});
afterAll(async () => {
  await graph?.close();
});

const WHO_AM_I = '{ whoAmI { kind subject accountId } }';
const BUYER: Principal = { kind: 'buyer', subject: 'u-17', accountId: 'ACCT-1' };
const buyerHeaders = bearerHeader({ sub: 'u-17', role: 'buyer', acct: 'ACCT-1' });

/** What each subgraph receives while `send` runs. */
async function receivedDuring(send: () => Promise<unknown>): Promise<TestGraph['received']> {
  const before = Object.fromEntries(DOMAINS.map((domain) => [domain, graph.received[domain].length]));
  await send();
  return Object.fromEntries(DOMAINS.map((domain) => [domain, graph.received[domain].slice(before[domain])])) as TestGraph['received'];
}

/** The principal a subgraph was told about, checked with the subgraph secret as the subgraph does. */
function principalSent(request: { headers: Record<string, string> }): Principal {
  return decodePrincipalAssertion(request.headers[PRINCIPAL_HEADER]!, TEST_SUBGRAPH_SECRET);
}

/** Posts raw GraphQL and keeps the HTTP status and headers, which the error cases are about. */
async function post(url: string, query: string, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: response.status, wwwAuthenticate: response.headers.get('www-authenticate'), body };
}

describe('a verified caller through the gateway', () => {
  it('tells every subgraph a query reaches who the buyer is, in a signed assertion', async () => {
    let data: unknown;
    const received = await receivedDuring(async () => {
      const response = await postGraphQL(graph.gatewayUrl, WhoAmIAcrossDomainsDocument, { sku: 'FAS-1' }, buyerHeaders);
      expect(response.errors).toBeUndefined();
      data = response.data;
    });
    expect(data).toEqual({
      whoAmI: { kind: 'BUYER', subject: 'u-17', accountId: 'ACCT-1' },
      product: { name: 'Hex bolt M8', itemMaster: { velocityTier: 'A' }, availableQuantity: 90 },
    });
    // whoAmI is ops's, the product PIM's, ERP's and OMS's; nothing of integration's is asked.
    for (const domain of DOMAIN_SUBGRAPHS) {
      expect(received[domain].length, domain).toBeGreaterThan(0);
      for (const request of received[domain]) expect(principalSent(request), domain).toEqual(BUYER);
    }
  });

  it('vouches for an anonymous caller too, and names a staff member as the actor of their changes', async () => {
    const anonymous = await receivedDuring(() => postGraphQL(graph.gatewayUrl, WhoAmIDocument));
    expect(principalSent(anonymous.ops[0]!)).toEqual({ kind: 'anonymous' });
    expect(anonymous.ops[0]!.headers['x-opsgraph-actor']).toBeUndefined();

    const staff = await receivedDuring(async () => {
      const response = await postGraphQL(graph.gatewayUrl, WhoAmIDocument, {}, bearerHeader({ sub: 'ana', role: 'staff' }));
      expect(response.data?.whoAmI).toEqual({ kind: 'STAFF', subject: 'ana', accountId: null });
    });
    expect(principalSent(staff.ops[0]!)).toEqual({ kind: 'staff', subject: 'ana' });
    expect(staff.ops[0]!.headers['x-opsgraph-actor']).toBe('ana');
  });

  it('never passes on an x-opsgraph-principal header a client sends, even a correctly signed one', async () => {
    const forged = encodePrincipalAssertion({ kind: 'staff', subject: 'mallory' }, TEST_SUBGRAPH_SECRET);
    const asAnonymous = await receivedDuring(async () => {
      const response = await postGraphQL(graph.gatewayUrl, WhoAmIDocument, {}, { [PRINCIPAL_HEADER]: forged });
      expect(response.data?.whoAmI).toEqual({ kind: 'ANONYMOUS', subject: null, accountId: null });
    });
    expect(asAnonymous.ops[0]!.headers[PRINCIPAL_HEADER]).not.toBe(forged);
    expect(principalSent(asAnonymous.ops[0]!)).toEqual({ kind: 'anonymous' });

    const asBuyer = await receivedDuring(async () => {
      const response = await postGraphQL(graph.gatewayUrl, WhoAmIDocument, {}, { ...buyerHeaders, [PRINCIPAL_HEADER]: forged });
      expect(response.data?.whoAmI).toEqual({ kind: 'BUYER', subject: 'u-17', accountId: 'ACCT-1' });
    });
    expect(principalSent(asBuyer.ops[0]!)).toEqual(BUYER);
  });
});

describe('a caller the gateway cannot trust', () => {
  it('gets 401 UNAUTHENTICATED naming the problem, and no subgraph is asked anything', async () => {
    const expiredAt = Math.floor(Date.now() / 1000) - 60;
    const cases = [
      { token: signToken({ sub: 'u-17', role: 'buyer', acct: 'ACCT-1', exp: expiredAt }, TEST_TOKEN_SECRET), message: `bearer token expired at ${new Date(expiredAt * 1000).toISOString()}` },
      { token: signToken({ sub: 'u-17', role: 'staff', exp: expiredAt + 3600 }, 'a-secret-the-gateway-does-not-know!!'), message: 'bearer token signature does not verify' },
      { token: 'not-a-token', message: 'bearer token is not a JWT (expected three base64url parts)' },
    ];
    for (const { token, message } of cases) {
      const received = await receivedDuring(async () => {
        const response = await post(graph.gatewayUrl, WHO_AM_I, { authorization: `Bearer ${token}` });
        expect(response.status, message).toBe(401);
        expect(response.wwwAuthenticate).toBe('Bearer realm="opsgraph", error="invalid_token"');
        expect(response.body).toEqual({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
      });
      for (const domain of DOMAINS) expect(received[domain], `${domain} after "${message}"`).toEqual([]);
    }
  });
});

describe('a subgraph called directly, bypassing the gateway', () => {
  it('refuses a forged, unsigned or stale assertion with 401 UNAUTHENTICATED naming the problem', async () => {
    const staff: Principal = { kind: 'staff', subject: 'mallory' };
    const cases = [
      { assertion: encodePrincipalAssertion(staff, 'not-the-subgraph-secret-0123456789abcdef'), message: 'principal assertion signature does not verify' },
      { assertion: encodePrincipalAssertion(staff, TEST_TOKEN_SECRET), message: 'principal assertion signature does not verify' },
      { assertion: Buffer.from(JSON.stringify(staff)).toString('base64url'), message: 'principal assertion is malformed (expected base64url payload "." signature)' },
      { assertion: encodePrincipalAssertion(staff, TEST_SUBGRAPH_SECRET, new Date(Date.now() - 120_000)), message: /^principal assertion expired \(issued 12\d s ago; assertions last 60 s\)$/ },
    ];
    for (const domain of DOMAINS) {
      for (const { assertion, message } of cases) {
        const response = await post(graph.subgraphUrls[domain], '{ __typename }', { [PRINCIPAL_HEADER]: assertion });
        expect(response.status, `${domain}: ${message}`).toBe(401);
        expect(response.body.data).toBeUndefined();
        expect(response.body.errors).toHaveLength(1);
        expect(response.body.errors![0]!.message).toMatch(message);
        expect(response.body.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
      }
    }
  });

  it('treats a request without an assertion as anonymous and accepts the gateway\'s own', async () => {
    const anonymous = await post(graph.subgraphUrls.ops, WHO_AM_I, {});
    expect(anonymous.body).toEqual({ data: { whoAmI: { kind: 'ANONYMOUS', subject: null, accountId: null } } });
    const vouched = await post(graph.subgraphUrls.ops, WHO_AM_I, { [PRINCIPAL_HEADER]: encodePrincipalAssertion(BUYER, TEST_SUBGRAPH_SECRET) });
    expect(vouched.body).toEqual({ data: { whoAmI: { kind: 'BUYER', subject: 'u-17', accountId: 'ACCT-1' } } });
  });
});

describe('a gateway whose subgraph secret the subgraphs do not share', () => {
  it('answers with an internal error and logs the misconfiguration, rather than blaming the caller', async () => {
    const misconfigured = await startGateway({
      port: 0,
      subgraphUrls: graph.subgraphUrls,
      tokenSecret: TEST_TOKEN_SECRET,
      subgraphSecret: 'a-subgraph-secret-no-subgraph-shares!',
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = await post(misconfigured.url, WHO_AM_I, buyerHeaders);
      expect(response.body.errors?.[0]).toMatchObject({
        message: 'internal error in the gateway service; it has been logged',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(logged.mock.calls.flat().join(' ')).toMatch(/refused the gateway's principal assertion \(principal assertion signature does not verify\).*OPSGRAPH_SUBGRAPH_SECRET/);
    } finally {
      logged.mockRestore();
      await misconfigured.close();
    }
  });
});
