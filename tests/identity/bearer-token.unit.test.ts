import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { IdentityError, signToken } from '../../lib/identity.ts';
import { createTokenVerifier, TOKEN_DEFAULTS, type TokenSettings } from '../../lib/tokens.ts';

const SECRET = 'bearer-token-unit-test-secret-0123456789';
// With no clock skew, so each boundary below falls on the exact instant the claims name.
const SETTINGS: TokenSettings = { ...TOKEN_DEFAULTS, secret: SECRET, jwksUrl: null, clockSkewSeconds: 0 };
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
const BUYER_CLAIMS = { sub: 'u-17', role: 'buyer', acct: 'ACCT-0001', exp: EXP, iss: 'opsgraph', aud: 'opsgraph' };

/** Each call verifies with a fresh verifier, so no answer comes from another test's cache. */
const verify = (token: string, now = NOW, settings = SETTINGS) => createTokenVerifier(settings).verify(token, now);

async function rejection(token: string, now = NOW, settings = SETTINGS): Promise<string> {
  try {
    await verify(token, now, settings);
  } catch (error) {
    expect(error).toBeInstanceOf(IdentityError);
    return (error as Error).message;
  }
  throw new Error('the token was accepted');
}

describe('signToken and the token verifier', () => {
  it('round-trips a buyer and a staff member', async () => {
    const buyer = signToken({ sub: 'u-17', role: 'buyer', acct: 'ACCT-0001', exp: EXP }, SECRET);
    expect(await verify(buyer)).toEqual({ kind: 'buyer', subject: 'u-17', accountId: 'ACCT-0001' });
    const staff = signToken({ sub: 'ana', role: 'staff', exp: EXP, iat: EXP - 3600 }, SECRET);
    expect(await verify(staff)).toEqual({ kind: 'staff', subject: 'ana' });
  });

  it('signs a standard compact JWS that another HS256 implementation produces byte for byte', () => {
    const claims = { sub: 'u-17', role: 'buyer' as const, acct: 'ACCT-0001', exp: EXP };
    expect(signToken(claims, SECRET)).toBe(handMadeJwt(HS256, { ...claims, iss: 'opsgraph', aud: 'opsgraph' }));
  });

  it('accepts a token up to the instant before exp and refuses it from exp on, naming the expiry', async () => {
    const token = signToken({ sub: 'ana', role: 'staff', exp: EXP }, SECRET);
    // One verifier, so the second and third answers also prove the cache lets go of a token at its exp.
    const verifier = createTokenVerifier(SETTINGS);
    expect((await verifier.verify(token, new Date('2026-11-02T12:59:59.999Z'))).kind).toBe('staff');
    await expect(verifier.verify(token, new Date('2026-11-02T13:00:00.000Z'))).rejects.toThrow('bearer token expired at 2026-11-02T13:00:00.000Z');
    expect(await rejection(token, new Date('2026-11-03T00:00:00Z'))).toBe('bearer token expired at 2026-11-02T13:00:00.000Z');
  });

  it('allows the configured clock skew around exp, nbf and iat, and no more', async () => {
    const skewed = { ...SETTINGS, clockSkewSeconds: 30 };
    const token = handMadeJwt(HS256, { ...BUYER_CLAIMS, iat: EXP - 3600, nbf: EXP - 3600 });
    expect((await verify(token, new Date('2026-11-02T13:00:29Z'), skewed)).kind).toBe('buyer');
    expect(await rejection(token, new Date('2026-11-02T13:00:30Z'), skewed)).toBe('bearer token expired at 2026-11-02T13:00:00.000Z');
    expect((await verify(token, new Date('2026-11-02T11:59:30Z'), skewed)).kind).toBe('buyer');
    expect(await rejection(token, new Date('2026-11-02T11:59:29Z'), skewed)).toBe('bearer token is not valid before 2026-11-02T12:00:00.000Z');
  });

  it('refuses a token signed with another secret', async () => {
    expect(await rejection(handMadeJwt(HS256, BUYER_CLAIMS, 'another-secret-of-at-least-32-bytes!!'))).toBe('bearer token signature does not verify');
  });

  it('refuses a token whose payload was changed after signing (a buyer moving to another account)', async () => {
    const [header, , signature] = handMadeJwt(HS256, BUYER_CLAIMS).split('.');
    const otherAccount = Buffer.from(JSON.stringify({ ...BUYER_CLAIMS, acct: 'ACCT-0002' })).toString('base64url');
    expect(await rejection(`${header}.${otherAccount}.${signature}`)).toBe('bearer token signature does not verify');
  });

  it('refuses a signature with any one character changed', async () => {
    const token = handMadeJwt(HS256, BUYER_CLAIMS);
    for (let i = token.lastIndexOf('.') + 1; i < token.length; i++) {
      const flipped = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
      expect(await rejection(flipped), `signature character ${i}`).toBe('bearer token signature does not verify');
    }
  });

  it('refuses what is not a JWT', async () => {
    for (const token of ['', 'abc', 'a.b', 'a.b.c.d', 'a b.c.d', `${handMadeJwt(HS256, BUYER_CLAIMS)}=`]) {
      expect(await rejection(token), token).toBe('bearer token is not a JWT (expected three base64url parts)');
    }
  });

  it('accepts HS256 only: no unsigned tokens, no other algorithms', async () => {
    const [, payload] = handMadeJwt(HS256, BUYER_CLAIMS).split('.');
    const unsignedHeader = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(await rejection(`${unsignedHeader}.${payload}.`)).toBe('bearer token alg none is not accepted (HS256 only)');
    expect(await rejection(handMadeJwt({ alg: 'RS256', typ: 'JWT' }, BUYER_CLAIMS))).toBe('bearer token alg RS256 is not accepted (HS256 only)');
    expect(await rejection(handMadeJwt({ typ: 'JWT' }, BUYER_CLAIMS))).toBe('bearer token alg undefined is not accepted (HS256 only)');
  });

  it('names each missing or wrong claim', async () => {
    const withClaims = (changes: Record<string, unknown>) => handMadeJwt(HS256, { ...BUYER_CLAIMS, ...changes });
    expect(await rejection(withClaims({ acct: undefined }))).toBe('buyer token has no acct claim');
    expect(await rejection(withClaims({ acct: ' ' }))).toBe('buyer token has no acct claim');
    expect(await rejection(withClaims({ role: 'admin' }))).toBe('bearer token has unknown role "admin" (expected "buyer" or "staff")');
    expect(await rejection(withClaims({ role: undefined }))).toBe('bearer token has unknown role undefined (expected "buyer" or "staff")');
    expect(await rejection(withClaims({ exp: undefined }))).toBe('bearer token has no exp claim');
    expect(await rejection(withClaims({ exp: '2026-11-02' }))).toBe('bearer token has no exp claim');
    expect(await rejection(withClaims({ sub: undefined }))).toBe('bearer token has no sub claim');
    expect(await rejection(withClaims({ iss: 'someone-else' }))).toBe('bearer token issuer "someone-else" is not accepted (expected "opsgraph")');
    expect(await rejection(withClaims({ iss: undefined }))).toBe('bearer token issuer undefined is not accepted (expected "opsgraph")');
    expect(await rejection(withClaims({ nbf: EXP - 60 }))).toBe('bearer token is not valid before 2026-11-02T12:59:00.000Z');
  });

  it('refuses a token for another audience, or naming none', async () => {
    const withClaims = (changes: Record<string, unknown>) => handMadeJwt(HS256, { ...BUYER_CLAIMS, ...changes });
    expect(await rejection(withClaims({ aud: 'another-api' }))).toBe('bearer token audience "another-api" is not accepted (expected "opsgraph")');
    expect(await rejection(withClaims({ aud: ['another-api', 'a-third'] }))).toBe('bearer token audience ["another-api","a-third"] is not accepted (expected "opsgraph")');
    expect(await rejection(withClaims({ aud: undefined }))).toBe('bearer token has no aud claim (expected "opsgraph")');
    expect((await verify(withClaims({ aud: ['another-api', 'opsgraph'] }))).kind).toBe('buyer');
  });

  it('refuses times that are not numbers, an iat in the future and a lifetime over the maximum', async () => {
    const withClaims = (changes: Record<string, unknown>) => handMadeJwt(HS256, { ...BUYER_CLAIMS, ...changes });
    expect(await rejection(withClaims({ nbf: '2026-11-02' }))).toBe('bearer token nbf claim must be a number of seconds since the epoch, got "2026-11-02"');
    expect(await rejection(withClaims({ iat: '1' }))).toBe('bearer token iat claim must be a number of seconds since the epoch, got "1"');
    // a year ahead: 2027-11-02T12:00:00Z
    const yearAhead = NOW.getTime() / 1000 + 365 * 86_400;
    expect(await rejection(withClaims({ iat: yearAhead, exp: yearAhead + 60 }))).toBe('bearer token is issued in the future (iat 2027-11-02T12:00:00.000Z)');
    expect(await rejection(withClaims({ exp: 1e300 }))).toBe('bearer token lives too long: exp 1e+300 s after the epoch is over 86400 s after now');
    // issued at 12:00, expiring 24 h and 1 s later
    expect(await rejection(withClaims({ iat: EXP - 3600, exp: EXP - 3600 + 86_401 }))).toBe(
      'bearer token lives too long: exp 2026-11-03T12:00:01.000Z is over 86400 s after its iat',
    );
    expect((await verify(withClaims({ iat: EXP - 3600, exp: EXP - 3600 + 86_400 }))).kind).toBe('buyer');
  });

  it('takes the issuer and audience from its settings', async () => {
    const named = { ...SETTINGS, issuer: 'https://login.example.com/', audience: 'api://opsgraph' };
    const token = signToken({ sub: 'ana', role: 'staff', exp: EXP }, SECRET, { issuer: named.issuer, audience: named.audience });
    expect(await verify(token, NOW, named)).toEqual({ kind: 'staff', subject: 'ana' });
    expect(await rejection(signToken({ sub: 'ana', role: 'staff', exp: EXP }, SECRET), NOW, named)).toBe(
      'bearer token issuer "opsgraph" is not accepted (expected "https://login.example.com/")',
    );
  });

  it('ignores an acct claim on a staff token: staff act for no one account', async () => {
    expect(await verify(handMadeJwt(HS256, { ...BUYER_CLAIMS, role: 'staff' }))).toEqual({ kind: 'staff', subject: 'u-17' });
  });
});
