import { readFileSync } from 'node:fs';
import { buildSchema, print, type GraphQLSchema } from 'graphql';
import * as documents from './document-cases.ts';
import * as http from './http-cases.ts';
import * as payloads from './payload-cases.ts';
import type { FuzzRequest } from './http-cases.ts';
import { validOperation } from './operations.ts';
import { Random } from './random.ts';

export type { FuzzRequest } from './http-cases.ts';

export type CallerName = 'anonymous' | 'buyer' | 'staff';

/** One generated request, fully determined by (seed, index). */
export interface FuzzCase {
  seed: number;
  index: number;
  kind: Kind;
  caller: CallerName;
  /** A well-formed operation on the schema: it must answer 200 with no error but FORBIDDEN or BAD_USER_INPUT. */
  valid: boolean;
  request: FuzzRequest;
}

/** The composed client schema: what a caller of the gateway sees. */
export function clientSchema(): GraphQLSchema {
  return buildSchema(readFileSync(new URL('../../schema/api-schema.graphql', import.meta.url), 'utf8'));
}

type Build = (schema: GraphQLSchema, random: Random) => FuzzRequest;
const graphql = (make: (schema: GraphQLSchema, random: Random) => documents.Body): Build => (schema, random) => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
  body: bodyText(make(schema, random)),
});

function bodyText({ variablesText, ...body }: documents.Body): string {
  return variablesText === undefined ? JSON.stringify(body) : `{"query":${JSON.stringify(body.query)},"variables":${variablesText}}`;
}

const valid: Build = graphql((schema, random) => {
  const operation = validOperation(schema, random, { maxDepth: random.int(2, 5), mutation: random.chance(0.12) });
  return { query: print(operation.document), variables: operation.variables, operationName: operation.operationName };
});

const introspection: Build = graphql((_, random) => ({
  query: random.pick([
    '{ __schema { queryType { name } types { name kind } } }',
    '{ __type(name: "Product") { fields { name args { name type { name kind ofType { name } } } } } }',
    '{ __type(name: "NoSuchType") { name } }',
    '{ __typename }',
  ]),
}));

/** Each kind, with how often it is drawn. */
const KINDS = {
  valid: { weight: 40, valid: true, build: valid },
  introspection: { weight: 2, valid: true, build: introspection },
  'wrong-argument-type': { weight: 6, valid: false, build: graphql(documents.wrongArgumentType) },
  'wrong-variable-value': { weight: 6, valid: false, build: graphql(documents.wrongVariableValue) },
  'unknown-field': { weight: 4, valid: false, build: graphql(documents.unknownField) },
  'bad-enum-value': { weight: 3, valid: false, build: graphql(documents.badEnumValue) },
  'malformed-syntax': { weight: 5, valid: false, build: graphql(documents.malformedSyntax) },
  'huge-string': { weight: 3, valid: false, build: graphql(payloads.hugeString) },
  'nul-byte': { weight: 4, valid: false, build: graphql(payloads.nulByte) },
  'deep-nesting': { weight: 3, valid: false, build: graphql(payloads.deepNesting) },
  'tampered-cursor': { weight: 5, valid: false, build: graphql(payloads.tamperedCursor) },
  'odd-directives': { weight: 2, valid: false, build: graphql(documents.oddDirectives) },
  'non-json-body': { weight: 3, valid: false, build: http.nonJsonBody },
  'odd-variables': { weight: 3, valid: false, build: http.oddVariables },
  'odd-operation-name': { weight: 2, valid: false, build: http.oddOperationName },
  'wrong-content-type': { weight: 3, valid: false, build: http.wrongContentType },
  'other-method': { weight: 4, valid: false, build: http.otherMethod },
  'bad-authorization': { weight: 2, valid: false, build: http.badAuthorization },
} satisfies Record<string, { weight: number; valid: boolean; build: Build }>;

export type Kind = keyof typeof KINDS;

const WEIGHTS = Object.fromEntries(Object.entries(KINDS).map(([kind, { weight }]) => [kind, weight])) as Record<Kind, number>;

export function fuzzCase(schema: GraphQLSchema, seed: number, index: number): FuzzCase {
  const random = new Random(seed, index);
  const kind = random.weighted(WEIGHTS);
  const caller = random.weighted<CallerName>({ anonymous: 1, buyer: 1, staff: 1 });
  return { seed, index, kind, caller, valid: KINDS[kind].valid, request: KINDS[kind].build(schema, random) };
}
