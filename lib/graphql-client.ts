import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';

export interface GraphQLResponse<Data> {
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Posts one operation over real HTTP, as a frontend would (tests and the benchmark use it). */
export async function postGraphQL<Data = Record<string, any>, Variables = Record<string, unknown>>(
  url: string,
  document: string | DocumentNode | TypedDocumentNode<Data, Variables>,
  variables?: Variables,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data>> {
  const query = typeof document === 'string' ? document : print(document);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphQLResponse<Data>;
  } catch {
    throw new Error(`HTTP ${response.status} from ${url} was not JSON: ${text.slice(0, 300)}`);
  }
}
