import { unauthenticated } from '../lib/errors.ts';
import { ANONYMOUS, IdentityError, verifyToken, type Principal } from '../lib/identity.ts';

/** RFC 6750's challenge for a bearer token that was sent but cannot be trusted. */
const INVALID_TOKEN_CHALLENGE = 'Bearer realm="opsgraph", error="invalid_token"';

/**
 * The caller's principal from the Authorization header: anonymous without one, the verified
 * claims of a good bearer token, and HTTP 401 UNAUTHENTICATED naming the problem otherwise. A
 * token that fails is refused, never downgraded to anonymous, so a client sees why it was refused.
 */
export function principalOfAuthorization(authorization: string | undefined, tokenSecret: string, now: Date = new Date()): Principal {
  if (authorization === undefined) return ANONYMOUS;
  const token = /^Bearer +(\S+) *$/i.exec(authorization)?.[1];
  if (!token) throw unauthenticated('the Authorization header must be "Bearer <token>"', INVALID_TOKEN_CHALLENGE);
  try {
    return verifyToken(token, tokenSecret, now);
  } catch (error) {
    if (error instanceof IdentityError) throw unauthenticated(error.message, INVALID_TOKEN_CHALLENGE);
    throw error;
  }
}
