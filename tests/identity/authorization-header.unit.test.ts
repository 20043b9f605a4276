import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { principalOfAuthorization } from '../../gateway/authentication.ts';
import { signToken } from '../../lib/identity.ts';

const SECRET = 'authorization-header-unit-test-secret-01';
const NOW = new Date('2026-11-02T12:00:00Z');
const token = signToken({ sub: 'u-17', role: 'buyer', acct: 'ACCT-0001', exp: NOW.getTime() / 1000 + 60 }, SECRET);

function refusal(authorization: string, now = NOW): GraphQLError {
  try {
    principalOfAuthorization(authorization, SECRET, now);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('the header was accepted');
}

describe("the gateway's reading of the Authorization header", () => {
  it('treats a request without one as anonymous', () => {
    expect(principalOfAuthorization(undefined, SECRET, NOW)).toEqual({ kind: 'anonymous' });
  });

  it('reads a bearer token, whatever the scheme name\'s case', () => {
    const buyer = { kind: 'buyer', subject: 'u-17', accountId: 'ACCT-0001' };
    expect(principalOfAuthorization(`Bearer ${token}`, SECRET, NOW)).toEqual(buyer);
    expect(principalOfAuthorization(`bearer ${token}`, SECRET, NOW)).toEqual(buyer);
  });

  it('refuses a bad token with 401 UNAUTHENTICATED naming the problem, never as anonymous', () => {
    const error = refusal(`Bearer ${token}`, new Date('2026-11-02T12:01:00Z'));
    expect(error.message).toBe('bearer token expired at 2026-11-02T12:01:00.000Z');
    expect(error.extensions.code).toBe('UNAUTHENTICATED');
    expect(error.extensions.http).toEqual({
      status: 401,
      headers: new Map([['www-authenticate', 'Bearer realm="opsgraph", error="invalid_token"']]),
    });
  });

  it('refuses another scheme or a missing token', () => {
    for (const header of ['', 'Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', `Bearer ${token} extra`]) {
      expect(refusal(header).message, header).toBe('the Authorization header must be "Bearer <token>"');
    }
  });
});
