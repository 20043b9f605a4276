import { encodePrincipalAssertion, PRINCIPAL_HEADER, signToken, type Principal, type TokenClaims } from '../identity.ts';

/**
 * The secrets test graphs run with. They differ from the development secrets in app/config.ts, so
 * an identity test passes only when the secrets a caller configures really reach the gateway and
 * the subgraphs.
 */
export const TEST_TOKEN_SECRET = 'opsgraph-test-token-secret-0123456789abcdef';
export const TEST_SUBGRAPH_SECRET = 'opsgraph-test-subgraph-secret-0123456789abcdef';

/** Who tests act as unless they say otherwise: a staff member, who may read everything. */
export const TEST_STAFF: Principal = Object.freeze({ kind: 'staff', subject: 'test-staff' });

/** A buyer of one account, for tests that check what a buyer may see. */
export function testBuyer(accountId: string, subject = `buyer-of-${accountId}`): Principal {
  return { kind: 'buyer', subject, accountId };
}

/** An Authorization header for a token signed with the test token secret, valid for an hour by default. */
export function bearerHeader(claims: Omit<TokenClaims, 'exp'> & { exp?: number }): Record<string, string> {
  const exp = claims.exp ?? Math.floor(Date.now() / 1000) + 3600;
  return { authorization: `Bearer ${signToken({ ...claims, exp }, TEST_TOKEN_SECRET)}` };
}

/** What a client sends the gateway to be taken for `principal`: a bearer token, or nothing when anonymous. */
export function gatewayHeadersFor(principal: Principal): Record<string, string> {
  if (principal.kind === 'anonymous') return {};
  if (principal.kind === 'staff') return bearerHeader({ sub: principal.subject, role: 'staff' });
  return bearerHeader({ sub: principal.subject, role: 'buyer', acct: principal.accountId });
}

/** What the gateway sends a subgraph about `principal`: an assertion signed now (assertions last 60 s). */
export function subgraphHeadersFor(principal: Principal): Record<string, string> {
  return { [PRINCIPAL_HEADER]: encodePrincipalAssertion(principal, TEST_SUBGRAPH_SECRET) };
}
