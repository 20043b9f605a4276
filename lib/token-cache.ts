import type { Principal } from './identity.ts';

/**
 * Verified tokens by token string, each kept until its expiry. A request through the gateway is
 * verified by the gateway and again by every subgraph it reaches; with the cache only the first
 * sight of a token pays for jose's signature check. Only tokens that verified are kept, and at
 * most `limit` of them (the oldest go first), so junk tokens cannot grow it.
 */
export interface TokenCache {
  get(token: string, nowMs: number): Principal | undefined;
  set(token: string, entry: CachedToken): void;
}

export interface CachedToken {
  principal: Principal;
  /** From when the token is good (its nbf or iat less the clock skew), ms since the epoch. */
  validFromMs: number;
  /** Its exp, ms since the epoch; after that it is verified afresh (and refused once past the skew). */
  expiresAtMs: number;
}

export function tokenCache(limit = 10_000): TokenCache {
  const entries = new Map<string, CachedToken>();
  return {
    get(token, nowMs) {
      const entry = entries.get(token);
      if (!entry) return undefined;
      if (nowMs >= entry.validFromMs && nowMs < entry.expiresAtMs) return entry.principal;
      entries.delete(token);
      return undefined;
    },
    set(token, entry) {
      if (entries.size >= limit) entries.delete(entries.keys().next().value!);
      entries.set(token, entry);
    },
  };
}
