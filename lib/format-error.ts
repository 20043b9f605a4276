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
    const code = formatted.extensions?.code;
    if (original instanceof GraphQLError || (code && code !== 'INTERNAL_SERVER_ERROR')) {
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
