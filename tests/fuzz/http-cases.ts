import type { GraphQLSchema } from 'graphql';
import { print } from 'graphql';
import { validOperation } from './operations.ts';
import type { Random } from './random.ts';

/**
 * Requests that go wrong before GraphQL does: bodies that are not JSON, odd variables and
 * operation names, content types a browser form would send, other methods, bad credentials.
 */
export interface FuzzRequest {
  method: string;
  /** Path and query string, e.g. "/graphql?query=..." */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const post = (body: string, headers: Record<string, string> = JSON_TYPE): FuzzRequest => ({ method: 'POST', path: '/graphql', headers, body });
const someQuery = (schema: GraphQLSchema, random: Random) => print(validOperation(schema, random, { maxDepth: 2, mutation: false }).document);

export function nonJsonBody(_schema: GraphQLSchema, random: Random): FuzzRequest {
  const depth = random.int(1_000, 200_000);
  return post(random.pick<() => string>([
    () => Buffer.from(Array.from({ length: random.int(1, 64) }, () => random.int(0, 255))).toString('latin1'),
    () => '{"query": "{ branches { code } }"'.slice(0, random.int(1, 30)),
    () => random.pick(['', 'null', 'true', '123', '"{ branches { code } }"', '[]', '{}', '[{}]', '{"query": null}', '{"query": 5}', '{"query": ["{ branches { code } }"]}']),
    () => '[{"query": "{ branches { code } }"}, {"query": "{ branches { name } }"}]',
    () => '\ufeff{"query": "{ branches { code } }"}',
    () => '{"query": "{ branches { code } }", "query": "{ branches { name } }"}',
    () => `${'['.repeat(depth)}${']'.repeat(depth)}`,
    () => `{"query": "{ branches { code } }", "extensions": ${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}}`,
    () => '{"query": "{ branches { code } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}',
  ])());
}

export function oddVariables(schema: GraphQLSchema, random: Random): FuzzRequest {
  const query = random.chance(0.5) ? 'query($sku: ID!) { product(sku: $sku) { sku name } }' : someQuery(schema, random);
  const variables = random.pick<unknown>([
    '{"sku": "VLV-1"}', ['VLV-1'], 42, true, '', { sku: { sku: 'VLV-1' } }, { sku: 'VLV-1', extra: 1 }, {},
    { __proto__: { sku: 'VLV-1' } }, JSON.parse('{"__proto__": {"polluted": 1}, "sku": "VLV-1"}'),
    Object.fromEntries(Array.from({ length: random.int(100, 5000) }, (_, i) => [`k${i}`, i])),
  ]);
  return post(JSON.stringify({ query, variables }));
}

export function oddOperationName(schema: GraphQLSchema, random: Random): FuzzRequest {
  const two = 'query A { branches { code } } query B { branches { name } }';
  return post(JSON.stringify(random.pick<Record<string, unknown>>([
    { query: someQuery(schema, random), operationName: random.pick(['Nope', '', ' ', 'fragment', 'A']) },
    { query: two },
    { query: two, operationName: random.pick(['C', 5, null, ['A'], { name: 'A' }]) },
    { query: 'query A { ...F } fragment F on Query { branches { code } }', operationName: 'F' },
    { query: '{ branches { code } }', operationName: 42 },
  ])));
}

export function wrongContentType(schema: GraphQLSchema, random: Random): FuzzRequest {
  const body = JSON.stringify({ query: someQuery(schema, random) });
  const contentType = random.pick([
    null, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/graphql',
    'application/xml', 'application/json; charset=utf-16', 'application/jsonx', 'application/graphql-response+json', '*/*',
  ]);
  const form = `query=${encodeURIComponent('{ branches { code } }')}`;
  return post(contentType === 'application/x-www-form-urlencoded' ? form : body, contentType === null ? {} : { 'content-type': contentType });
}

export function otherMethod(schema: GraphQLSchema, random: Random): FuzzRequest {
  const query = random.chance(0.8) ? someQuery(schema, random) : 'mutation { retireScorecardKpi(name: "dso") { kpi } }';
  const params = new URLSearchParams({ query });
  if (random.chance(0.3)) params.set('variables', random.pick(['{"sku": "VLV-1"}', '{bad json', '[]', '5']));
  if (random.chance(0.2)) params.set('extensions', random.pick(['{bad', '{"persistedQuery": {"version": 1}}']));
  if (random.chance(0.1)) params.set('operationName', 'Nope');
  const preflight: Record<string, string> = random.chance(0.7) ? { 'apollo-require-preflight': 'true' } : {};
  const method = random.weighted({ GET: 6, HEAD: 1, PUT: 1, DELETE: 1, PATCH: 1, OPTIONS: 1 });
  const path = random.weighted({ '/graphql': 8, '/': 1, '/graphql/': 1, '/metrics': 1, '/health': 1, '/..%2f..%2fetc%2fpasswd': 1, '/graphql%00': 1 });
  return { method, path: random.chance(0.9) ? `${path}?${params}` : path, headers: preflight, body: method === 'GET' || method === 'HEAD' ? undefined : '' };
}

export function badAuthorization(schema: GraphQLSchema, random: Random): FuzzRequest {
  const authorization = random.pick([
    'Bearer', 'Bearer ', 'bearer x', 'Basic dXNlcjpwYXNz', 'Bearer a.b.c', 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
    `Bearer ${random.text(random.int(10, 8000), 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.')}`,
    'Bearer eyJhbGciOiJIUzI1NiJ9.e30.AAAA', 'Bearer x, Bearer y', 'Token abc',
  ]);
  return post(JSON.stringify({ query: someQuery(schema, random) }), { ...JSON_TYPE, authorization });
}
