import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Who is asking. The gateway verifies the caller's bearer token once and hands the subgraphs a
 * short-lived, signed principal assertion; resolvers read the principal from their context and
 * never take the caller's account from a query argument.
 */
export type Principal =
  | { kind: 'buyer'; subject: string; accountId: string }
  | { kind: 'staff'; subject: string }
  | { kind: 'anonymous' };

export const ANONYMOUS: Principal = Object.freeze({ kind: 'anonymous' });

/** The header carrying the gateway's principal assertion to a subgraph. */
export const PRINCIPAL_HEADER = 'x-opsgraph-principal';

/** The issuer bearer tokens must name. */
export const TOKEN_ISSUER = 'opsgraph';

/** HMAC-SHA256 keys shorter than its 32-byte output weaken it; configuration refuses them. */
export const MIN_SECRET_BYTES = 32;

/** A captured assertion is worth little after this; the gateway signs a fresh one per subgraph call. */
export const ASSERTION_LIFETIME_SECONDS = 60;
/** How far a subgraph's clock may run behind the gateway's before an assertion looks future-dated. */
const ASSERTION_CLOCK_SKEW_SECONDS = 5;

/** A token or assertion that cannot be trusted; the message names the exact problem. */
export class IdentityError extends Error {
  override name = 'IdentityError';
}

/** What a bearer token says about its holder (`iss` is added when signing). */
export interface TokenClaims {
  /** The user id. */
  sub: string;
  role: 'buyer' | 'staff';
  /** The buyer's customer account, e.g. "ACCT-0001"; required for buyers. */
  acct?: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
  /** Issued at, seconds since the epoch. */
  iat?: number;
}

/** A compact JWS (JWT) signed with HMAC-SHA256, as an identity provider sharing the secret would issue it. */
export function signToken(claims: TokenClaims, secret: string): string {
  const header = encodeJson({ alg: 'HS256', typ: 'JWT' });
  const payload = encodeJson({ ...claims, iss: TOKEN_ISSUER });
  return `${header}.${payload}.${hmac(`${header}.${payload}`, secret)}`;
}

/** Checks a bearer token's form, algorithm, signature, issuer and lifetime, then reads its principal. */
export function verifyToken(token: string, secret: string, now: Date = new Date()): Principal {
  const parts = token.split('.');
  const [header, payload, signature] = parts;
  if (parts.length !== 3 || !isBase64Url(header) || !isBase64Url(payload) || !(signature === '' || isBase64Url(signature))) {
    throw new IdentityError('bearer token is not a JWT (expected three base64url parts)');
  }
  const alg = decodeJson(header, 'bearer token header')['alg'];
  if (alg !== 'HS256') throw new IdentityError(`bearer token alg ${String(alg)} is not accepted (HS256 only)`);
  if (!signatureMatches(`${header}.${payload}`, signature!, secret)) throw new IdentityError('bearer token signature does not verify');
  return principalOfClaims(decodeJson(payload, 'bearer token payload'), now);
}

function principalOfClaims(claims: Record<string, unknown>, now: Date): Principal {
  if (claims.iss !== TOKEN_ISSUER) throw new IdentityError(`bearer token issuer ${JSON.stringify(claims.iss)} is not accepted (expected "${TOKEN_ISSUER}")`);
  if (!isFiniteNumber(claims.exp)) throw new IdentityError('bearer token has no exp claim');
  // RFC 7519: the token must not be accepted on or after its expiry instant.
  if (now.getTime() >= claims.exp * 1000) throw new IdentityError(`bearer token expired at ${instant(claims.exp)}`);
  if (isFiniteNumber(claims.nbf) && now.getTime() < claims.nbf * 1000) {
    throw new IdentityError(`bearer token is not valid before ${instant(claims.nbf)}`);
  }
  if (!isNonEmptyString(claims.sub)) throw new IdentityError('bearer token has no sub claim');
  if (claims.role === 'staff') return { kind: 'staff', subject: claims.sub };
  if (claims.role !== 'buyer') throw new IdentityError(`bearer token has unknown role ${JSON.stringify(claims.role)} (expected "buyer" or "staff")`);
  if (!isNonEmptyString(claims.acct)) throw new IdentityError('buyer token has no acct claim');
  return { kind: 'buyer', subject: claims.sub, accountId: claims.acct };
}

/**
 * The gateway's word to a subgraph about who is asking: base64url(JSON principal + iat) '.'
 * HMAC-SHA256, signed with the internal subgraph secret (never the token secret, so whoever can
 * issue bearer tokens still cannot talk to subgraphs directly as someone else).
 */
export function encodePrincipalAssertion(principal: Principal, secret: string, now: Date = new Date()): string {
  const payload = encodeJson({ ...principal, iat: Math.floor(now.getTime() / 1000) });
  return `${payload}.${hmac(payload, secret)}`;
}

/** Verifies an assertion's signature and age; a bad or stale one is refused, never read as anonymous. */
export function decodePrincipalAssertion(assertion: string, secret: string, now: Date = new Date()): Principal {
  const parts = assertion.split('.');
  const [payload, signature] = parts;
  if (parts.length !== 2 || !isBase64Url(payload) || !isBase64Url(signature)) {
    throw new IdentityError('principal assertion is malformed (expected base64url payload "." signature)');
  }
  if (!signatureMatches(payload, signature, secret)) throw new IdentityError('principal assertion signature does not verify');
  const { iat, ...claimed } = decodeJson(payload, 'principal assertion');
  if (!isFiniteNumber(iat)) throw new IdentityError('principal assertion has no iat');
  const age = Math.floor(now.getTime() / 1000) - iat;
  if (age > ASSERTION_LIFETIME_SECONDS) {
    throw new IdentityError(`principal assertion expired (issued ${age} s ago; assertions last ${ASSERTION_LIFETIME_SECONDS} s)`);
  }
  if (age < -ASSERTION_CLOCK_SKEW_SECONDS) throw new IdentityError(`principal assertion is issued ${-age} s in the future`);
  const principal = asPrincipal(claimed);
  if (!principal) throw new IdentityError('principal assertion does not describe a buyer, staff member or anonymous caller');
  return principal;
}

function asPrincipal(value: Record<string, unknown>): Principal | null {
  if (value.kind === 'anonymous') return ANONYMOUS;
  if (!isNonEmptyString(value.subject)) return null;
  if (value.kind === 'staff') return { kind: 'staff', subject: value.subject };
  if (value.kind === 'buyer' && isNonEmptyString(value.accountId)) return { kind: 'buyer', subject: value.subject, accountId: value.accountId };
  return null;
}

/** The accounts a principal may see: staff every one, a buyer only their own, an anonymous caller none. */
export type AccountScope = { kind: 'all' } | { kind: 'account'; accountId: string } | { kind: 'none' };

export function accountScope(principal: Principal): AccountScope {
  if (principal.kind === 'staff') return { kind: 'all' };
  if (principal.kind === 'buyer') return { kind: 'account', accountId: principal.accountId };
  return { kind: 'none' };
}

/** Whether a principal may see one account's data. */
export function mayAccessAccount(principal: Principal, accountId: string): boolean {
  const scope = accountScope(principal);
  return scope.kind === 'all' || (scope.kind === 'account' && scope.accountId === accountId);
}

function hmac(data: string, secret: string): string {
  return createHmac('sha256', secret).update(data).digest('base64url');
}

/**
 * Compares the encoded signatures rather than decoded bytes: a base64url decoder ignores the
 * spare bits of the last character, so two spellings could otherwise pass for one signature.
 */
function signatureMatches(data: string, signature: string, secret: string): boolean {
  const expected = Buffer.from(hmac(data, secret));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function encodeJson(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decodeJson(part: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    throw new IdentityError(`${what} is not valid JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new IdentityError(`${what} is not a JSON object`);
  return value as Record<string, unknown>;
}

function isBase64Url(part: string | undefined): part is string {
  return part !== undefined && /^[A-Za-z0-9_-]+$/.test(part);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function instant(seconds: number): string {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? `${seconds} s after the epoch` : date.toISOString();
}
