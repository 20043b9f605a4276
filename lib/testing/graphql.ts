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
 * Calls a subgraph directly as `principal` (staff unless said otherwise) with what the gateway
 * sends it: its credential and the caller's bearer token.
 */
export function subgraphCaller(subgraph: { name: string; url: string }, principal: Principal = TEST_STAFF): GraphQLCaller {
  const sent = subgraphHeadersFor(subgraph.name, principal);
  return { post: (document, variables, headers = {}) => postGraphQL(subgraph.url, document, variables, { ...sent, ...headers }) };
}

/** What came back over HTTP, for tests about the status and headers (a refusal's 401) as well as the body. */
export interface HttpAnswer {
  status: number;
  wwwAuthenticate: string | null;
  body: GraphQLResponse<Record<string, any>>;
}

/** Posts one operation with exactly `headers` (and a JSON content type), keeping the HTTP status and challenge. */
export async function postForAnswer(url: string, query: string, headers: Record<string, string>, variables?: Record<string, unknown>): Promise<HttpAnswer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, wwwAuthenticate: response.headers.get('www-authenticate'), body: (await response.json()) as HttpAnswer['body'] };
}
