import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DOMAINS, type Domain } from '../../app/config.ts';
import { DOMAIN_SUBGRAPHS } from '../../app/subgraph-tier.ts';
import { startGateway } from '../../gateway/server.ts';
import { signHs256, signToken } from '../../lib/identity.ts';
import { gatewayCredential, GATEWAY_CREDENTIAL_HEADER } from '../../lib/subgraph-trust.ts';
import { postForAnswer, postGraphQL } from '../../lib/testing/graphql.ts';
import { startIdentityProvider, type TestIdentityProvider } from '../../lib/testing/identity-provider.ts';
import { bearerHeader, TEST_SUBGRAPH_SECRET, TEST_TOKEN_SECRET } from '../../lib/testing/identity.ts';
import { WhoAmIAcrossDomainsDocument, WhoAmIDocument } from '../generated/graphql.ts';
import { loadFixture } from './fixture.ts';
import { startTestGraph, type TestGraph } from './harness.ts';

/**
 * The caller's identity end to end: the gateway verifies the bearer token, then hands each
 * subgraph the caller's Authorization header unchanged and that subgraph's own credential, and
 * nothing else; each subgraph verifies the token again. The graph also trusts an identity
 * provider's key set (a local node:http server), as a deployment with OPSGRAPH_JWKS_URL does.
 * Headers are checked as the subgraphs received them (through the recording proxies).
 */
let graph: TestGraph;
let provider: TestIdentityProvider;
beforeAll(async () => {
  provider = await startIdentityProvider();
  graph = await startTestGraph(loadFixture, { env: { OPSGRAPH_JWKS_URL: provider.jwksUrl } });
});
afterAll(async () => {
  await graph?.close();
  await provider?.close();
});

const WHO_AM_I = '{ whoAmI { kind subject accountId } }';
const buyerHeaders = bearerHeader({ sub: 'u-17', role: 'buyer', acct: 'ACCT-1' });
const credentialOf = (domain: Domain) => ({ [GATEWAY_CREDENTIAL_HEADER]: gatewayCredential(TEST_SUBGRAPH_SECRET, domain) });

/** What each subgraph receives while `send` runs. */
async function receivedDuring(send: () => Promise<unknown>): Promise<TestGraph['received']> {
  const before = Object.fromEntries(DOMAINS.map((domain) => [domain, graph.received[domain].length]));
  await send();
  return Object.fromEntries(DOMAINS.map((domain) => [domain, graph.received[domain].slice(before[domain])])) as TestGraph['received'];
}

const ACROSS_DOMAINS_AS_BUYER = {
  whoAmI: { kind: 'BUYER', subject: 'u-17', accountId: 'ACCT-1' },
  product: { name: 'Hex bolt M8', itemMaster: { velocityTier: 'A' }, availableQuantity: 90 },
};

describe('a verified caller through the gateway', () => {
  it('hands every subgraph a query reaches the caller\'s Authorization header unchanged and that subgraph\'s own credential', async () => {
    const received = await receivedDuring(async () => {
      const response = await postGraphQL(graph.gatewayUrl, WhoAmIAcrossDomainsDocument, { sku: 'FAS-1' }, buyerHeaders);
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual(ACROSS_DOMAINS_AS_BUYER);
    });
    // whoAmI is ops's, the product PIM's, ERP's and OMS's; nothing of integration's is asked.
    for (const domain of DOMAIN_SUBGRAPHS) {
      expect(received[domain].length, domain).toBeGreaterThan(0);
      for (const request of received[domain]) expect(request.headers, domain).toEqual({ ...buyerHeaders, ...credentialOf(domain) });
    }
  });

  it('sends an anonymous caller\'s requests with the credential and no Authorization; a staff member is who the token says', async () => {
    const anonymous = await receivedDuring(() => postGraphQL(graph.gatewayUrl, WhoAmIDocument));
    expect(anonymous.ops[0]!.headers).toEqual(credentialOf('ops'));
    const response = await postGraphQL(graph.gatewayUrl, WhoAmIDocument, {}, bearerHeader({ sub: 'ana', role: 'staff' }));
    expect(response.data?.whoAmI).toEqual({ kind: 'STAFF', subject: 'ana', accountId: null });
  });

  it('passes no other client header on: a client\'s principal, actor or credential header never reaches a subgraph', async () => {
    const sent = { 'x-opsgraph-principal': 'eyJraW5kIjoic3RhZmYifQ.c2lnbmVk', 'x-opsgraph-actor': 'mallory', ...credentialOf('erp') };
    const received = await receivedDuring(async () => {
      const response = await postGraphQL(graph.gatewayUrl, WhoAmIDocument, {}, sent);
      expect(response.data?.whoAmI).toEqual({ kind: 'ANONYMOUS', subject: null, accountId: null });
    });
    expect(received.ops[0]!.headers).toEqual(credentialOf('ops'));
  });
});

describe('a token from an identity provider (OPSGRAPH_JWKS_URL)', () => {
  const claims = () => {
    const iat = Math.floor(Date.now() / 1000);
    return { iss: 'opsgraph', aud: 'opsgraph', sub: 'u-17', role: 'buyer', acct: 'ACCT-1', iat, exp: iat + 600 };
  };

  it('is accepted end to end, RS256 and ES256: the gateway and every subgraph verify it against the provider\'s keys', async () => {
    for (const alg of ['RS256', 'ES256'] as const) {
      const authorization = `Bearer ${await provider.sign(claims(), alg)}`;
      const received = await receivedDuring(async () => {
        const response = await postGraphQL(graph.gatewayUrl, WhoAmIAcrossDomainsDocument, { sku: 'FAS-1' }, { authorization });
        expect(response.errors, alg).toBeUndefined();
        expect(response.data, alg).toEqual(ACROSS_DOMAINS_AS_BUYER);
      });
      for (const domain of DOMAINS) expect(received[domain].map((request) => request.headers.authorization), `${alg} ${domain}`).toEqual(received[domain].map(() => authorization));
    }
  });

  it('is refused with 401 when signed by a key the provider does not publish, and no subgraph is asked', async () => {
    const token = await provider.signWithUnknownKey(claims());
    const received = await receivedDuring(async () => {
      const response = await postForAnswer(graph.gatewayUrl, WHO_AM_I, { authorization: `Bearer ${token}` });
      expect(response.status).toBe(401);
      expect(response.body.errors?.[0]?.message).toBe('bearer token is signed by a key the identity provider does not publish (kid "test-rotated-away")');
    });
    for (const domain of DOMAINS) expect(received[domain], domain).toEqual([]);
  });
});

describe('a caller the gateway cannot trust', () => {
  it('gets 401 UNAUTHENTICATED naming the problem, and no subgraph is asked anything', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expiredAt = now - 60;
    const yearAhead = now + 365 * 86_400;
    const staff = { sub: 'u-17', role: 'staff', iss: 'opsgraph', aud: 'opsgraph', exp: now + 600 };
    const cases = [
      { token: signToken({ sub: 'u-17', role: 'buyer', acct: 'ACCT-1', exp: expiredAt }, TEST_TOKEN_SECRET), message: `bearer token expired at ${new Date(expiredAt * 1000).toISOString()}` },
      { token: signToken({ sub: 'u-17', role: 'staff', exp: expiredAt + 3600 }, 'a-secret-the-gateway-does-not-know!!'), message: 'bearer token signature does not verify' },
      { token: 'not-a-token', message: 'bearer token is not a JWT (expected three base64url parts)' },
      { token: signHs256({ ...staff, nbf: '2026-01-01' }, TEST_TOKEN_SECRET), message: 'bearer token nbf claim must be a number of seconds since the epoch, got "2026-01-01"' },
      { token: signHs256({ ...staff, iat: yearAhead, exp: yearAhead + 60 }, TEST_TOKEN_SECRET), message: `bearer token is issued in the future (iat ${new Date(yearAhead * 1000).toISOString()})` },
      { token: signHs256({ ...staff, exp: 1e300 }, TEST_TOKEN_SECRET), message: 'bearer token lives too long: exp 1e+300 s after the epoch is over 86400 s after now' },
      { token: signHs256({ ...staff, aud: 'another-api' }, TEST_TOKEN_SECRET), message: 'bearer token audience "another-api" is not accepted (expected "opsgraph")' },
      { token: signHs256({ ...staff, iss: 'someone-else' }, TEST_TOKEN_SECRET), message: 'bearer token issuer "someone-else" is not accepted (expected "opsgraph")' },
    ];
    for (const { token, message } of cases) {
      const received = await receivedDuring(async () => {
        const response = await postForAnswer(graph.gatewayUrl, WHO_AM_I, { authorization: `Bearer ${token}` });
        expect(response.status, message).toBe(401);
        expect(response.wwwAuthenticate).toBe('Bearer realm="opsgraph", error="invalid_token"');
        expect(response.body).toEqual({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
      });
      for (const domain of DOMAINS) expect(received[domain], `${domain} after "${message}"`).toEqual([]);
    }
  });
});

describe('a gateway whose subgraph secret the subgraphs do not share', () => {
  it('answers with an internal error and logs the misconfiguration, rather than blaming the caller', async () => {
    const misconfigured = await startGateway({
      port: 0,
      subgraphUrls: graph.subgraphUrls,
      tokens: graph.tokens,
      subgraphSecret: 'a-subgraph-secret-no-subgraph-shares!',
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = await postForAnswer(misconfigured.url, WHO_AM_I, buyerHeaders);
      expect(response.body.errors?.[0]).toMatchObject({
        message: 'internal error in the gateway service; it has been logged',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(logged.mock.calls.flat().join(' ')).toMatch(
        /refused the gateway's request \(the ops subgraph answers only the gateway: the x-opsgraph-gateway-credential header is not the ops subgraph's credential\).*OPSGRAPH_SUBGRAPH_SECRET/,
      );
    } finally {
      logged.mockRestore();
      await misconfigured.close();
    }
  });
});

