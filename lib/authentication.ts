import { GraphQLError } from 'graphql';
import { unauthenticated } from './errors.ts';
import { ANONYMOUS, IdentityError, type Principal } from './identity.ts';
import { TokenKeysUnavailableError, type TokenVerifier } from './tokens.ts';

/** RFC 6750's challenge for a bearer token that was sent but cannot be trusted. */
const INVALID_TOKEN_CHALLENGE = 'Bearer realm="opsgraph", error="invalid_token"';

/** The token of an `Authorization: Bearer <token>` header, or null when the header has another form. */
export function bearerToken(authorization: string): string | null {
  return /^Bearer +(\S+) *$/i.exec(authorization)?.[1] ?? null;
}

/**
 * The caller's principal from the Authorization header, as the gateway and every subgraph read
 * it: anonymous without one, the verified claims of a good bearer token, and HTTP 401
 * UNAUTHENTICATED naming the problem otherwise. A token that fails is refused, never downgraded
 * to anonymous, so a client sees why it was refused.
 */
export async function principalOfAuthorization(authorization: string | undefined, verifier: TokenVerifier, now?: Date): Promise<Principal> {
  if (authorization === undefined) return ANONYMOUS;
  const token = bearerToken(authorization);
  if (!token) throw unauthenticated('the Authorization header must be "Bearer <token>"', INVALID_TOKEN_CHALLENGE);
  try {
    return await verifier.verify(token, now);
  } catch (error) {
    if (error instanceof IdentityError) throw unauthenticated(error.message, INVALID_TOKEN_CHALLENGE);
    if (error instanceof TokenKeysUnavailableError) {
      console.error(`[identity] ${error.message}`);
      throw new GraphQLError('the identity provider\'s keys cannot be read just now; try again shortly', {
        extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
      });
    }
    throw error;
  }
}
