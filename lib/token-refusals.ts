import { errors } from 'jose';
import { IdentityError } from './identity.ts';
import type { Trust } from './tokens.ts';

/** The identity provider's key set could not be fetched: not the caller's fault, and worth retrying. */
export class TokenKeysUnavailableError extends Error {
  override name = 'TokenKeysUnavailableError';
}

/**
 * jose's refusal of a token, said the way a client developer can act on: which claim, what it
 * holds and what was expected. Errors that are not about the token (the provider's keys could not
 * be read, a bug) pass through unchanged.
 */
export function explainRefusal(error: unknown, trust: Trust, header: Record<string, unknown>): Error {
  if (error instanceof IdentityError || error instanceof TokenKeysUnavailableError) return error;
  if (error instanceof errors.JWSSignatureVerificationFailed) return refused('bearer token signature does not verify');
  if (error instanceof errors.JWTExpired) return refused(`bearer token expired at ${instant(error.payload.exp as number)}`);
  if (error instanceof errors.JWTClaimValidationFailed) return claimRefusal(error, trust);
  if (error instanceof errors.JWKSNoMatchingKey) {
    return refused(`bearer token is signed by a key the identity provider does not publish (kid ${JSON.stringify(header.kid)})`);
  }
  if (error instanceof errors.JWKSMultipleMatchingKeys) return refused('bearer token names no kid, and the identity provider publishes several keys for its alg');
  if (error instanceof errors.JOSEError) return refused(`bearer token is not a valid JWT: ${error.message}`);
  return error as Error;
}

function claimRefusal(error: InstanceType<typeof errors.JWTClaimValidationFailed>, trust: Trust): IdentityError {
  const value = error.payload[error.claim];
  const missing = error.reason === 'missing';
  switch (error.claim) {
    case 'iss':
      return refused(`bearer token issuer ${JSON.stringify(value)} is not accepted (expected "${trust.issuer}")`);
    case 'aud':
      if (missing) return refused(`bearer token has no aud claim (expected "${trust.audience}")`);
      return refused(`bearer token audience ${JSON.stringify(value)} is not accepted (expected "${trust.audience}")`);
    case 'exp':
      return refused('bearer token has no exp claim');
    case 'nbf':
    case 'iat':
      if (error.reason === 'invalid') return refused(`bearer token ${error.claim} claim must be a number of seconds since the epoch, got ${JSON.stringify(value)}`);
      return refused(`bearer token is not valid before ${instant(value as number)}`);
    default:
      return refused(`bearer token claim ${error.claim} is not accepted: ${error.message}`);
  }
}

function refused(message: string): IdentityError {
  return new IdentityError(message);
}

/** A NumericDate as an ISO instant, or as a count when it lies beyond what a Date can hold. */
export function instant(seconds: number): string {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? `${seconds} s after the epoch` : date.toISOString();
}
