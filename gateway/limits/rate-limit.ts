import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { OperationLimits } from './config.ts';
import { limitExceeded } from './refusal.ts';

/** Who a request is counted against: the verified token's subject, else the client's address. */
export interface Caller {
  subject?: string;
  address?: string;
}

/**
 * Requests per caller per window, in this process's memory (rate-limiter-flexible; several
 * gateway processes would each count their own share). It runs while the request context is
 * built, after the bearer token is verified and before the operation is parsed, so a caller over
 * the limit costs one counter update. Over the limit: HTTP 429, Retry-After in whole seconds and
 * a GraphQL error body with the code REQUEST_RATE_LIMITED.
 */
export function rateLimiter(rateLimit: OperationLimits['rateLimit']): (caller: Caller) => Promise<void> {
  if (!rateLimit) return async () => undefined;
  const limiter = new RateLimiterMemory({ points: rateLimit.requests, duration: rateLimit.windowSeconds });
  return async ({ subject, address }) => {
    // Prefixed so that no token subject can be chosen to share an address's counter, or the reverse.
    const key = subject !== undefined ? `subject:${subject}` : `address:${address ?? 'unknown'}`;
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw limitExceeded('rateLimit', `request ${rejection.consumedPoints} in ${rateLimit.windowSeconds} s`, `${rateLimit.requests} per ${rateLimit.windowSeconds} s`, {
        measured: rejection.consumedPoints,
        status: 429,
        headers: new Map([['retry-after', String(retryAfter)]]),
        suffix: `; retry after ${retryAfter} s`,
      });
    }
  };
}
