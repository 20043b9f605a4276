import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';
import { postGraphQL, type GraphQLResponse } from '../graphql-client.ts';
import type { Principal } from '../identity.ts';
import { gatewayHeadersFor, subgraphHeadersFor, TEST_STAFF } from './identity.ts';

/** Tests post operations with the same small client the benchmark uses. */
export { postGraphQL, type GraphQLResponse } from '../graphql-client.ts';

/** Posts operations to one URL as one caller; `headers` adds to (or overrides) the caller's own. */
export interface GraphQLCaller {
  post<Data = Record<string, any>, Variables = Record<string, unknown>>(
    document: string | DocumentNode | TypedDocumentNode<Data, Variables>,
    variables?: Variables,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<Data>>;
}

/** Calls the gateway as `principal` (staff unless said otherwise) with a bearer token signed with the test secret. */
export function gatewayCaller(url: string, principal: Principal = TEST_STAFF): GraphQLCaller {
  return { post: (document, variables, headers = {}) => postGraphQL(url, document, variables, { ...gatewayHeadersFor(principal), ...headers }) };
}

/**
 * Calls a subgraph directly as `principal` (staff unless said otherwise), with the principal
 * assertion the gateway would send, signed afresh for every request.
 */
export function subgraphCaller(url: string, principal: Principal = TEST_STAFF): GraphQLCaller {
  return { post: (document, variables, headers = {}) => postGraphQL(url, document, variables, { ...subgraphHeadersFor(principal), ...headers }) };
}
