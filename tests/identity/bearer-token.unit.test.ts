import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { IdentityError, signToken, verifyToken } from '../../lib/identity.ts';

const SECRET = 'bearer-token-unit-test-secret-0123456789';
// 2026-11-02T12:00:00Z; tokens below expire an hour later, at 13:00:00Z.
const NOW = new Date('2026-11-02T12:00:00Z');
const EXP = NOW.getTime() / 1000 + 3600;

/** A JWT built by hand, independently of lib/identity.ts, so tests can send what a signer never would. */
function handMadeJwt(header: object, payload: object, secret = SECRET): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signingInput = `${encode(header)}.${encode(payload)}`;
  return `${signingInput}.${createHmac('sha256', secret).update(signingInput).digest('base64url')}`;
}

const HS256 = { alg: 'HS256', typ: 'JWT' };
const BUYER_CLAIMS = { sub: 'u-17', role: 'buyer', acct: 'ACCT-0001', exp: EXP, iss: 'opsgraph' };

function rejection(token: string, now = NOW): string {
  try {
    verifyToken(token, SECRET, now);
  } catch (error) {
    expect(error).toBeInstanceOf(IdentityError);
    return (error as Error).message;
  }
  throw new Error('the token was accepted');
}

describe('signToken and verifyToken', () => {
  it('round-trips a buyer and a staff member', () => {
    const buyer = signToken({ sub: 'u-17', role: 'buyer', acct: 'ACCT-0001', exp: EXP }, SECRET);
    expect(verifyToken(buyer, SECRET, NOW)).toEqual({ kind: 'buyer', subject: 'u-17', accountId: 'ACCT-0001' });
    const staff = signToken({ sub: 'ana', role: 'staff', exp: EXP, iat: EXP - 3600 }, SECRET);
    expect(verifyToken(staff, SECRET, NOW)).toEqual({ kind: 'staff', subject: 'ana' });
  });

  it('signs a standard compact JWS that another HS256 implementation produces byte for byte', () => {
    const claims = { sub: 'u-17', role: 'buyer' as const, acct: 'ACCT-0001', exp: EXP };
    expect(signToken(claims, SECRET)).toBe(handMadeJwt(HS256, { ...claims, iss: 'opsgraph' }));
  });

  it('accepts a token up to the instant before exp and refuses it from exp on, naming the expiry', () => {
    const token = signToken({ sub: 'ana', role: 'staff', exp: EXP }, SECRET);
    expect(verifyToken(token, SECRET, new Date('2026-11-02T12:59:59.999Z')).kind).toBe('staff');
    expect(rejection(token, new Date('2026-11-02T13:00:00.000Z'))).toBe('bearer token expired at 2026-11-02T13:00:00.000Z');
    expect(rejection(token, new Date('2026-11-03T00:00:00Z'))).toBe('bearer token expired at 2026-11-02T13:00:00.000Z');
  });

  it('refuses a token signed with another secret', () => {
    expect(rejection(handMadeJwt(HS256, BUYER_CLAIMS, 'another-secret-of-at-least-32-bytes!!'))).toBe('bearer token signature does not verify');
  });

  it('refuses a token whose payload was changed after signing (a buyer moving to another account)', () => {
    const [header, , signature] = handMadeJwt(HS256, BUYER_CLAIMS).split('.');
    const otherAccount = Buffer.from(JSON.stringify({ ...BUYER_CLAIMS, acct: 'ACCT-0002' })).toString('base64url');
    expect(rejection(`${header}.${otherAccount}.${signature}`)).toBe('bearer token signature does not verify');
  });

  it('refuses a signature with any one character changed', () => {
    const token = handMadeJwt(HS256, BUYER_CLAIMS);
    for (let i = token.lastIndexOf('.') + 1; i < token.length; i++) {
      const flipped = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
      expect(rejection(flipped), `signature character ${i}`).toBe('bearer token signature does not verify');
    }
  });

  it('refuses what is not a JWT', () => {
    for (const token of ['', 'abc', 'a.b', 'a.b.c.d', 'a b.c.d', `${handMadeJwt(HS256, BUYER_CLAIMS)}=`]) {
      expect(rejection(token), token).toBe('bearer token is not a JWT (expected three base64url parts)');
    }
  });

  it('accepts HS256 only: no unsigned tokens, no other algorithms', () => {
    const [, payload] = handMadeJwt(HS256, BUYER_CLAIMS).split('.');
    const unsignedHeader = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(rejection(`${unsignedHeader}.${payload}.`)).toBe('bearer token alg none is not accepted (HS256 only)');
    expect(rejection(handMadeJwt({ alg: 'RS256', typ: 'JWT' }, BUYER_CLAIMS))).toBe('bearer token alg RS256 is not accepted (HS256 only)');
    expect(rejection(handMadeJwt({ typ: 'JWT' }, BUYER_CLAIMS))).toBe('bearer token alg undefined is not accepted (HS256 only)');
  });

  it('names each missing or wrong claim', () => {
    const withClaims = (changes: Record<string, unknown>) => handMadeJwt(HS256, { ...BUYER_CLAIMS, ...changes });
    expect(rejection(withClaims({ acct: undefined }))).toBe('buyer token has no acct claim');
    expect(rejection(withClaims({ acct: ' ' }))).toBe('buyer token has no acct claim');
    expect(rejection(withClaims({ role: 'admin' }))).toBe('bearer token has unknown role "admin" (expected "buyer" or "staff")');
    expect(rejection(withClaims({ role: undefined }))).toBe('bearer token has unknown role undefined (expected "buyer" or "staff")');
    expect(rejection(withClaims({ exp: undefined }))).toBe('bearer token has no exp claim');
    expect(rejection(withClaims({ exp: '2026-11-02' }))).toBe('bearer token has no exp claim');
    expect(rejection(withClaims({ sub: undefined }))).toBe('bearer token has no sub claim');
    expect(rejection(withClaims({ iss: 'someone-else' }))).toBe('bearer token issuer "someone-else" is not accepted (expected "opsgraph")');
    expect(rejection(withClaims({ iss: undefined }))).toBe('bearer token issuer undefined is not accepted (expected "opsgraph")');
    expect(rejection(withClaims({ nbf: EXP - 60 }))).toBe('bearer token is not valid before 2026-11-02T12:59:00.000Z');
  });

  it('ignores an acct claim on a staff token: staff act for no one account', () => {
    expect(verifyToken(handMadeJwt(HS256, { ...BUYER_CLAIMS, role: 'staff' }), SECRET, NOW)).toEqual({ kind: 'staff', subject: 'u-17' });
  });
});
