import type { GraphQLFormattedError } from 'graphql';

interface SubgraphHttpFailure {
  response?: { status?: number; body?: { errors?: GraphQLFormattedError[] } };
}

/**
 * A subgraph that rejects a request outright (for instance a variable its scalar refuses, such as
 * the Date "2026-13-40") answers HTTP 400 with GraphQL errors in the body. The gateway wraps that
 * as "400: Bad Request"; this hands the client the subgraph's own message and code instead, since
 * that is what names the problem.
 */
export function unwrapSubgraphRejection(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  const failure = formatted.extensions as SubgraphHttpFailure | undefined;
  const inner = failure?.response?.body?.errors?.[0];
  if (!inner || failure?.response?.status !== 400) return null;
  return {
    message: inner.message,
    path: formatted.path,
    extensions: { code: inner.extensions?.code ?? 'BAD_USER_INPUT' },
  };
}
