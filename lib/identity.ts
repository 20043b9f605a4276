import { createHmac } from 'node:crypto';

/**
 * Who is asking. Every tier reads the caller from the bearer token itself (lib/tokens.ts): the
 * gateway to refuse a bad one early, each subgraph from the Authorization header the gateway
 * forwards. Resolvers read the principal from their context and never take the caller's account
 * from a query argument.
 */
export type Principal =
  | { kind: 'buyer'; subject: string; accountId: string }
  | { kind: 'staff'; subject: string }
  | { kind: 'anonymous' };

export const ANONYMOUS: Principal = Object.freeze({ kind: 'anonymous' });

/** The issuer and audience bearer tokens name unless configured otherwise (OPSGRAPH_TOKEN_ISSUER, OPSGRAPH_TOKEN_AUDIENCE). */
export const TOKEN_ISSUER = 'opsgraph';
export const TOKEN_AUDIENCE = 'opsgraph';

/** HMAC-SHA256 keys shorter than its 32-byte output weaken it; configuration refuses them. */
export const MIN_SECRET_BYTES = 32;

/** A token that cannot be trusted; the message names the exact problem. */
export class IdentityError extends Error {
  override name = 'IdentityError';
}

/** What a bearer token says about its holder (`iss` and `aud` are added when signing). */
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

/**
 * A compact JWS (JWT) signed with HMAC-SHA256, as an identity provider sharing the secret would
 * issue it. Written with node:crypto rather than jose's SignJWT because the scripts and test
 * helpers that sign need it synchronous; verification, the part that must be strict, is jose's.
 */
export function signToken(claims: TokenClaims, secret: string | Uint8Array, names: { issuer?: string; audience?: string } = {}): string {
  return signHs256({ ...claims, iss: names.issuer ?? TOKEN_ISSUER, aud: names.audience ?? TOKEN_AUDIENCE }, secret);
}

export function signHs256(payload: object, key: string | Uint8Array): string {
  const header = encodeJson({ alg: 'HS256', typ: 'JWT' });
  const body = encodeJson(payload);
  return `${header}.${body}.${createHmac('sha256', key).update(`${header}.${body}`).digest('base64url')}`;
}

/** The principal a verified token's claims describe; the claims and roles are the graph's contract with its identity provider. */
export function principalOfClaims(claims: Record<string, unknown>): Principal {
  if (!isNonEmptyString(claims.sub)) throw new IdentityError('bearer token has no sub claim');
  if (claims.role === 'staff') return { kind: 'staff', subject: claims.sub };
  if (claims.role !== 'buyer') throw new IdentityError(`bearer token has unknown role ${JSON.stringify(claims.role)} (expected "buyer" or "staff")`);
  if (!isNonEmptyString(claims.acct)) throw new IdentityError('buyer token has no acct claim');
  return { kind: 'buyer', subject: claims.sub, accountId: claims.acct };
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

function encodeJson(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
