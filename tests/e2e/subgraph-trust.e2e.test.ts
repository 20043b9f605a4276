import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOMAINS, type Domain } from '../../app/config.ts';
import { gatewayCredential, GATEWAY_CREDENTIAL_HEADER, signServiceToken } from '../../lib/subgraph-trust.ts';
import { postForAnswer } from '../../lib/testing/graphql.ts';
import { bearerHeader, TEST_SUBGRAPH_SECRET } from '../../lib/testing/identity.ts';
import { loadFixture } from './fixture.ts';
import { startTestGraph, type TestGraph } from './harness.ts';

/**
 * A subgraph called straight, bypassing the gateway, as anyone who can reach its port would: it
 * answers only requests carrying its own gateway credential, and refuses all others with 401
 * before the operation is parsed, whatever they ask for (its SDL, an entity, an ordinary field)
 * and whoever they claim to be. With the credential, it reads the caller from the bearer token.
 */
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph(loadFixture);
});
afterAll(async () => {
  await graph?.close();
});

const credentialOf = (domain: Domain) => ({ [GATEWAY_CREDENTIAL_HEADER]: gatewayCredential(TEST_SUBGRAPH_SECRET, domain) });
const staffHeaders = bearerHeader({ sub: 'ana', role: 'staff' });
const SDL = '{ _service { sdl } }';
const SUPPLY_FACTS = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Product { supplyFacts } } }';
const PRODUCT = { r: [{ __typename: 'Product', sku: 'FAS-1' }] };
const WHO_AM_I = '{ whoAmI { kind subject accountId } }';

function refusedFor(domain: Domain, problem: string) {
  return { errors: [{ message: `the ${domain} subgraph answers only the gateway: the x-opsgraph-gateway-credential header ${problem}`, extensions: { code: 'UNAUTHENTICATED' } }] };
}

describe('a request without the subgraph\'s credential', () => {
  it('gets 401 for the SDL, anonymous or with a valid staff token, at every subgraph', async () => {
    for (const domain of DOMAINS) {
      for (const headers of [{}, staffHeaders]) {
        const response = await postForAnswer(graph.subgraphUrls[domain], SDL, headers);
        expect(response.status, domain).toBe(401);
        expect(response.body, domain).toEqual(refusedFor(domain, 'is missing'));
      }
    }
  });

  it('gets 401 for _entities asking Product.supplyFacts, and the ERP runs no SQL for it', async () => {
    const before = graph.statements().erp;
    for (const headers of [{}, staffHeaders]) {
      const response = await postForAnswer(graph.subgraphUrls.erp, SUPPLY_FACTS, headers, PRODUCT);
      expect(response.status).toBe(401);
      expect(response.body).toEqual(refusedFor('erp', 'is missing'));
    }
    expect(graph.statements().erp - before).toBe(0);
    // The same request with the credential is answered: the credential is what was missing.
    const answered = await postForAnswer(graph.subgraphUrls.erp, SUPPLY_FACTS, { ...credentialOf('erp'), ...staffHeaders }, PRODUCT);
    expect(answered.status).toBe(200);
    expect(typeof answered.body.data?._entities[0].supplyFacts).toBe('string');
  });

  it('gets 401 for an ordinary query, and for an old-style x-opsgraph-principal header alone', async () => {
    for (const headers of [{}, staffHeaders, { 'x-opsgraph-principal': 'eyJraW5kIjoic3RhZmYiLCJzdWJqZWN0IjoibWFsbG9yeSJ9.c2lnbmF0dXJl' }]) {
      const response = await postForAnswer(graph.subgraphUrls.ops, WHO_AM_I, headers);
      expect(response.status).toBe(401);
      expect(response.body).toEqual(refusedFor('ops', 'is missing'));
    }
  });

  it('gets 401 with a credential captured at one subgraph and replayed at another', async () => {
    graph.received.erp.length = 0;
    await graph.post('{ product(sku: "FAS-1") { itemMaster { velocityTier } } }');
    const captured = graph.received.erp[0]!.headers[GATEWAY_CREDENTIAL_HEADER]!;
    for (const domain of ['pim', 'oms', 'ops'] as const) {
      const response = await postForAnswer(graph.subgraphUrls[domain], SDL, { [GATEWAY_CREDENTIAL_HEADER]: captured, ...staffHeaders });
      expect(response.status, domain).toBe(401);
      expect(response.body, domain).toEqual(refusedFor(domain, `is not the ${domain} subgraph's credential`));
    }
    expect((await postForAnswer(graph.subgraphUrls.erp, SDL, { [GATEWAY_CREDENTIAL_HEADER]: captured })).status).toBe(200);
  });
});

describe('a request with the subgraph\'s credential', () => {
  it('is anonymous without a token, the token\'s caller with a good one, and 401 naming the problem with a bad one', async () => {
    const ops = graph.subgraphUrls.ops;
    expect((await postForAnswer(ops, WHO_AM_I, credentialOf('ops'))).body).toEqual({ data: { whoAmI: { kind: 'ANONYMOUS', subject: null, accountId: null } } });
    const buyer = bearerHeader({ sub: 'u-17', role: 'buyer', acct: 'ACCT-1' });
    expect((await postForAnswer(ops, WHO_AM_I, { ...credentialOf('ops'), ...buyer })).body).toEqual({ data: { whoAmI: { kind: 'BUYER', subject: 'u-17', accountId: 'ACCT-1' } } });
    const expired = await postForAnswer(ops, WHO_AM_I, { ...credentialOf('ops'), ...bearerHeader({ sub: 'ana', role: 'staff', exp: 1_000_000_000 }) });
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual({ errors: [{ message: 'bearer token expired at 2001-09-09T01:46:40.000Z', extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('takes a peer\'s service token addressed to it as a staff principal, and refuses one addressed to another subgraph', async () => {
    const ops = graph.subgraphUrls.ops;
    const toOps = { authorization: `Bearer ${signServiceToken(TEST_SUBGRAPH_SECRET, 'ops-intake', 'ops')}` };
    expect((await postForAnswer(ops, WHO_AM_I, { ...credentialOf('ops'), ...toOps })).body).toEqual({
      data: { whoAmI: { kind: 'STAFF', subject: 'service:ops-intake', accountId: null } },
    });
    const toErp = { authorization: `Bearer ${signServiceToken(TEST_SUBGRAPH_SECRET, 'ops-intake', 'erp')}` };
    const refused = await postForAnswer(ops, WHO_AM_I, { ...credentialOf('ops'), ...toErp });
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.message).toBe('bearer token audience "erp" is not accepted (expected "ops")');
  });
});
