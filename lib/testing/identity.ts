import { signToken, type TokenClaims } from '../identity.ts';

/**
 * The secrets test graphs run with. They differ from the development secrets in app/config.ts, so
 * an identity test passes only when the secrets a caller configures really reach the gateway and
 * the subgraphs.
 */
export const TEST_TOKEN_SECRET = 'opsgraph-test-token-secret-0123456789abcdef';
export const TEST_SUBGRAPH_SECRET = 'opsgraph-test-subgraph-secret-0123456789abcdef';

/** An Authorization header for a token signed with the test token secret, valid for an hour by default. */
export function bearerHeader(claims: Omit<TokenClaims, 'exp'> & { exp?: number }): Record<string, string> {
  const exp = claims.exp ?? Math.floor(Date.now() / 1000) + 3600;
  return { authorization: `Bearer ${signToken({ ...claims, exp }, TEST_TOKEN_SECRET)}` };
}
