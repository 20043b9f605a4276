import type { GraphQLFormattedError } from 'graphql';

interface SubgraphHttpFailure {
  response?: { url?: string; status?: number; body?: { errors?: GraphQLFormattedError[] } };
}

/**
 * A subgraph that rejects a request outright (for instance a variable its scalar refuses, such as
 * the Date "2026-13-40") answers HTTP 400 with GraphQL errors in the body. The gateway wraps that
 * as "400: Bad Request"; this hands the client the subgraph's own message and code instead, since
 * that is what names the problem. A 401 is the subgraph refusing what the gateway sent after it
 * verified the caller itself, which the client cannot fix (see refusedGateway).
 */
export function unwrapSubgraphRejection(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  const failure = formatted.extensions as SubgraphHttpFailure | undefined;
  const inner = failure?.response?.body?.errors?.[0];
  if (failure?.response?.status === 401) return refusedGateway(formatted, failure.response.url, inner?.message);
  if (!inner || failure?.response?.status !== 400) return null;
  return {
    message: inner.message,
    path: formatted.path,
    extensions: { code: inner.extensions?.code ?? 'BAD_USER_INPUT' },
  };
}

/**
 * The gateway has verified the caller's token before any subgraph call, so a subgraph's 401 (its
 * credential refused, or the forwarded token) is the deployment's fault: the tiers do not share
 * OPSGRAPH_SUBGRAPH_SECRET or the token settings. Logged in full, answered as an internal error.
 */
function refusedGateway(formatted: GraphQLFormattedError, url: string | undefined, reason: string | undefined): GraphQLFormattedError {
  console.error(
    `[gateway] the subgraph at ${url ?? '(unknown URL)'} refused the gateway's request (${reason ?? 'no reason given'}); ` +
      'the gateway and the subgraphs must share OPSGRAPH_SUBGRAPH_SECRET and the OPSGRAPH_TOKEN_* / OPSGRAPH_JWKS_URL settings',
  );
  return { message: 'internal error in the gateway service; it has been logged', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
