import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';

/**
 * Errors the caller can act on (bad input, validation) pass through with their code; anything
 * unexpected is logged here with its stack and reaches the client only as a short message, so
 * no stack trace or SQL ever leaves the server.
 */
export function formatError(service: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isCodelessRefusal(original)) return { ...formatted, extensions: { code: 'BAD_REQUEST' } };
    const code = formatted.extensions?.code;
    if ((original instanceof GraphQLError && !wrapsUnexpected(original)) || (code && code !== 'INTERNAL_SERVER_ERROR')) {
      const { stacktrace: _ignored, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    console.error(`[${service}] unexpected error at ${formatted.path?.join('.') ?? '(no path)'}:`, original);
    return {
      message: `internal error in the ${service} service; it has been logged`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * Apollo Server refuses some requests with HTTP 400 and an error that has no code (a persisted
 * query whose hash does not match its text), which its formatting then labels
 * INTERNAL_SERVER_ERROR. The status says whose mistake it is: the caller's.
 */
function isCodelessRefusal(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  return status !== undefined && status >= 400 && status < 500;
}

/**
 * Apollo Server wraps an error thrown outside any resolver (by the gateway's query planner, say a
 * RangeError on a deeply nested document) in a GraphQLError that keeps the original message: it is
 * unexpected all the same, so it is logged and its message stays on the server.
 */
function wrapsUnexpected(error: GraphQLError): boolean {
  return error.extensions.code === undefined && error.originalError !== undefined && !(error.originalError instanceof GraphQLError);
}
