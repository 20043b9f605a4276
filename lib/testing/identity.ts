import { signToken, type Principal, type TokenClaims } from '../identity.ts';
import { gatewayCredential, GATEWAY_CREDENTIAL_HEADER } from '../subgraph-trust.ts';
import { TOKEN_DEFAULTS, type TokenSettings } from '../tokens.ts';

/**
 * The secrets test graphs run with. They differ from the development secrets in
 * app/identity-config.ts, so an identity test passes only when the secrets a caller configures
 * really reach the gateway and the subgraphs.
 */
export const TEST_TOKEN_SECRET = 'opsgraph-test-token-secret-0123456789abcdef';
export const TEST_SUBGRAPH_SECRET = 'opsgraph-test-subgraph-secret-0123456789abcdef';

/** Token verification as a deployment with OPSGRAPH_TOKEN_SECRET set and the other settings left at their defaults. */
export const TEST_TOKEN_SETTINGS: TokenSettings = Object.freeze({ ...TOKEN_DEFAULTS, secret: TEST_TOKEN_SECRET, jwksUrl: null });

/** What a subgraph under test starts with: a free port and the test secrets. */
export const TEST_SUBGRAPH_OPTIONS = Object.freeze({ port: 0, subgraphSecret: TEST_SUBGRAPH_SECRET, tokens: TEST_TOKEN_SETTINGS });

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

/** What the gateway sends a subgraph for `principal`: that subgraph's credential and the caller's own bearer token. */
export function subgraphHeadersFor(subgraph: string, principal: Principal): Record<string, string> {
  return { [GATEWAY_CREDENTIAL_HEADER]: gatewayCredential(TEST_SUBGRAPH_SECRET, subgraph), ...gatewayHeadersFor(principal) };
}
