import { createRemoteJWKSet, errors, jwtVerify, type CryptoKey, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { IdentityError, principalOfClaims, TOKEN_AUDIENCE, TOKEN_ISSUER, type Principal } from './identity.ts';
import { INTERNAL_ISSUER, SERVICE_TOKEN_LIFETIME_SECONDS, serviceTokenKey } from './subgraph-trust.ts';
import { tokenCache } from './token-cache.ts';
import { explainRefusal, instant, TokenKeysUnavailableError } from './token-refusals.ts';

export { TokenKeysUnavailableError } from './token-refusals.ts';

/** How bearer tokens are checked (app/identity-config.ts reads it from the environment). */
export interface TokenSettings {
  /** The HS256 secret (OPSGRAPH_TOKEN_SECRET); null when only an identity provider signs tokens. */
  secret: string | null;
  /** An identity provider's JSON Web Key Set (OPSGRAPH_JWKS_URL), for its RS256/ES256... tokens. */
  jwksUrl: string | null;
  issuer: string;
  audience: string;
  clockSkewSeconds: number;
  /** exp may lie at most this far after iat (or now, without iat). */
  maxLifetimeSeconds: number;
}

/** What app/identity-config.ts takes when OPSGRAPH_TOKEN_ISSUER, _AUDIENCE, _CLOCK_SKEW_SECONDS and _MAX_LIFETIME_SECONDS are unset. */
export const TOKEN_DEFAULTS = { issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE, clockSkewSeconds: 30, maxLifetimeSeconds: 86_400 } as const;

/** The algorithms each kind of key may sign with; anything else (none, HS256 against a public key...) is refused. */
export const SECRET_ALGORITHMS = ['HS256'] as const;
export const PROVIDER_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'] as const;

export interface TokenVerifier {
  /** The principal of a good token; IdentityError naming the problem otherwise, TokenKeysUnavailableError when the provider's keys cannot be read. */
  verify(token: string, now?: Date): Promise<Principal>;
}

/** One issuer a verifier trusts: its audience, its keys and the algorithms they may sign with. */
export interface Trust {
  issuer: string;
  audience: string;
  algorithms: readonly string[];
  maxLifetimeSeconds: number;
  key: JWTVerifyGetKey;
}

/**
 * A verifier for the callers' tokens; a subgraph passes `internal` (the subgraph secret and its
 * own name) to accept service tokens addressed to it too (lib/subgraph-trust.ts).
 */
export function createTokenVerifier(settings: TokenSettings, internal?: { subgraphSecret: string; audience: string }): TokenVerifier {
  const callers = callerTrust(settings);
  const services: Trust | null = internal
    ? {
        issuer: INTERNAL_ISSUER,
        audience: internal.audience,
        algorithms: SECRET_ALGORITHMS,
        maxLifetimeSeconds: SERVICE_TOKEN_LIFETIME_SECONDS,
        key: hmacKey(serviceTokenKey(internal.subgraphSecret)),
      }
    : null;
  const cache = tokenCache();
  const skew = settings.clockSkewSeconds;
  return {
    async verify(token, now = new Date()) {
      const cached = cache.get(token, now.getTime());
      if (cached) return cached;
      const { header, claims } = peek(token);
      const trust = services && claims.iss === INTERNAL_ISSUER ? services : callers;
      if (!trust.algorithms.includes(header.alg as string)) {
        const accepted = trust.algorithms.length === 1 ? `${trust.algorithms[0]} only` : `accepted: ${trust.algorithms.join(', ') || 'none configured'}`;
        throw new IdentityError(`bearer token alg ${String(header.alg)} is not accepted (${accepted})`);
      }
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, trust.key, {
          issuer: trust.issuer, audience: trust.audience, algorithms: [...trust.algorithms], clockTolerance: skew, currentDate: now, requiredClaims: ['exp'],
        }));
      } catch (error) {
        throw explainRefusal(error, trust, header);
      }
      checkLifetime(payload, now, skew, trust.maxLifetimeSeconds);
      const principal = principalOfClaims(payload);
      const from = Math.max(payload.nbf ?? -Infinity, payload.iat ?? -Infinity);
      cache.set(token, { principal, validFromMs: (from - skew) * 1000, expiresAtMs: payload.exp! * 1000 });
      return principal;
    },
  };
}

function callerTrust(settings: TokenSettings): Trust {
  const secretKey = settings.secret === null ? null : hmacKey(new TextEncoder().encode(settings.secret));
  const jwks = settings.jwksUrl === null ? null : providerKeys(new URL(settings.jwksUrl));
  return {
    issuer: settings.issuer,
    audience: settings.audience,
    algorithms: [...(secretKey ? SECRET_ALGORITHMS : []), ...(jwks ? PROVIDER_ALGORITHMS : [])],
    maxLifetimeSeconds: settings.maxLifetimeSeconds,
    key: (header, token) => (header.alg === 'HS256' ? secretKey! : jwks!)(header, token),
  };
}

/** An HMAC key imported once, not per token as jose does for raw bytes. */
function hmacKey(bytes: Uint8Array): JWTVerifyGetKey {
  let key: Promise<CryptoKey> | undefined;
  return () => (key ??= globalThis.crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']));
}

/**
 * The provider's keys, fetched and cached by jose (refetched at most every 30 s when a token names
 * a key it has not seen, so rotation needs no restart). A key set that cannot be read is the
 * deployment's problem, told apart from a token signed by a key the provider does not publish.
 */
function providerKeys(url: URL): JWTVerifyGetKey {
  const keys = createRemoteJWKSet(url);
  return async (header, token) => {
    try {
      return await keys(header, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
      throw new TokenKeysUnavailableError(`the identity provider's keys at ${url.href} could not be read: ${(error as Error).message}`);
    }
  };
}

/** jose checks exp, nbf and iat's types; how far ahead iat and exp may lie is the graph's rule. */
function checkLifetime(payload: JWTPayload, now: Date, skew: number, maxLifetime: number) {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (payload.iat !== undefined && payload.iat > nowSeconds + skew) {
    throw new IdentityError(`bearer token is issued in the future (iat ${instant(payload.iat)})`);
  }
  const start = payload.iat ?? nowSeconds;
  if (payload.exp! - start > maxLifetime) {
    throw new IdentityError(`bearer token lives too long: exp ${instant(payload.exp!)} is over ${maxLifetime} s after ${payload.iat === undefined ? 'now' : 'its iat'}`);
  }
}

/** The token's form and unverified header and claims, read only to pick the key and name problems. */
function peek(token: string): { header: Record<string, unknown>; claims: Record<string, unknown> } {
  const parts = token.split('.');
  const [header, payload, signature] = parts;
  if (parts.length !== 3 || !isBase64Url(header) || !isBase64Url(payload) || !(signature === '' || isBase64Url(signature))) {
    throw new IdentityError('bearer token is not a JWT (expected three base64url parts)');
  }
  const decoded = { header: decodeJson(header, 'bearer token header'), claims: decodeJson(payload, 'bearer token payload') };
  // A base64url decoder ignores the spare bits of the last character, so two spellings would
  // otherwise pass for one signature.
  if (signature !== '' && Buffer.from(signature!, 'base64url').toString('base64url') !== signature) {
    throw new IdentityError('bearer token signature does not verify');
  }
  return decoded;
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
