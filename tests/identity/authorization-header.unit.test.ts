import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { principalOfAuthorization } from '../../lib/authentication.ts';
import { signToken } from '../../lib/identity.ts';
import { createTokenVerifier, TOKEN_DEFAULTS } from '../../lib/tokens.ts';

const SECRET = 'authorization-header-unit-test-secret-01';
const verifier = createTokenVerifier({ ...TOKEN_DEFAULTS, secret: SECRET, jwksUrl: null, clockSkewSeconds: 0 });
const NOW = new Date('2026-11-02T12:00:00Z');
const token = signToken({ sub: 'u-17', role: 'buyer', acct: 'ACCT-0001', exp: NOW.getTime() / 1000 + 60 }, SECRET);

async function refusal(authorization: string, now = NOW): Promise<GraphQLError> {
  try {
    await principalOfAuthorization(authorization, verifier, now);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('the header was accepted');
}

describe('the reading of the Authorization header, by the gateway and the subgraphs', () => {
  it('treats a request without one as anonymous', async () => {
    expect(await principalOfAuthorization(undefined, verifier, NOW)).toEqual({ kind: 'anonymous' });
  });

  it('reads a bearer token, whatever the scheme name\'s case', async () => {
    const buyer = { kind: 'buyer', subject: 'u-17', accountId: 'ACCT-0001' };
    expect(await principalOfAuthorization(`Bearer ${token}`, verifier, NOW)).toEqual(buyer);
    expect(await principalOfAuthorization(`bearer ${token}`, verifier, NOW)).toEqual(buyer);
  });

  it('refuses a bad token with 401 UNAUTHENTICATED naming the problem, never as anonymous', async () => {
    const error = await refusal(`Bearer ${token}`, new Date('2026-11-02T12:01:00Z'));
    expect(error.message).toBe('bearer token expired at 2026-11-02T12:01:00.000Z');
    expect(error.extensions.code).toBe('UNAUTHENTICATED');
    expect(error.extensions.http).toEqual({
      status: 401,
      headers: new Map([['www-authenticate', 'Bearer realm="opsgraph", error="invalid_token"']]),
    });
  });

  it('refuses another scheme or a missing token', async () => {
    for (const header of ['', 'Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', `Bearer ${token} extra`]) {
      expect((await refusal(header)).message, header).toBe('the Authorization header must be "Bearer <token>"');
    }
  });
});
