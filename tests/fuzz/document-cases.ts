import { Kind, print, typeFromAST, visit, type ASTNode, type DocumentNode, type GraphQLInputType, type GraphQLSchema, type SelectionSetNode, type ValueNode } from 'graphql';
import { validOperation, type Operation } from './operations.ts';
import type { Random } from './random.ts';
import { wrongValue } from './values.ts';

/**
 * Operations a careless or hostile client writes, each derived from a valid generated one or from
 * a small template. Most must be refused (a 4xx or a field error that names the problem); none may
 * meet a 5xx, a leak or an internal error. Each returns the request body (query, variables,
 * operationName) as a plain object.
 */
/**
 * A request body. `variablesText` is variables already written as JSON text, for values nested
 * deeper than JSON.stringify's own recursion reaches (the server must still refuse them cleanly).
 */
export type Body = { query: string; variables?: unknown; operationName?: unknown; variablesText?: string };

export const asBody = (operation: Operation): Body => ({ query: print(operation.document), variables: operation.variables, operationName: operation.operationName });

const small = (schema: GraphQLSchema, random: Random) => validOperation(schema, random, { maxDepth: random.int(2, 3), mutation: random.chance(0.1) });

/** Replaces the n-th node `visit` finds of `kind` with what `replace` returns. */
function replaceNth(document: DocumentNode, kind: Kind, n: number, replace: (node: ASTNode) => ASTNode): DocumentNode {
  let seen = -1;
  return visit(document, { [kind]: (node: ASTNode) => (++seen === n ? replace(node) : undefined) });
}

function countOf(document: DocumentNode, kind: Kind): number {
  let count = 0;
  visit(document, { [kind]: () => void count++ });
  return count;
}

const WRONG_LITERALS: ValueNode[] = [
  { kind: Kind.INT, value: '99999999999' },
  { kind: Kind.FLOAT, value: '1.5e400' },
  { kind: Kind.STRING, value: 'not-the-right-type' },
  { kind: Kind.BOOLEAN, value: true },
  { kind: Kind.NULL },
  { kind: Kind.ENUM, value: 'NOT_A_VALUE' },
  { kind: Kind.LIST, values: [{ kind: Kind.LIST, values: [{ kind: Kind.INT, value: '1' }] }] },
  { kind: Kind.OBJECT, fields: [{ kind: Kind.OBJECT_FIELD, name: { kind: Kind.NAME, value: 'bogus' }, value: { kind: Kind.INT, value: '1' } }] },
];

export function wrongArgumentType(schema: GraphQLSchema, random: Random): Body {
  const operation = small(schema, random);
  const count = countOf(operation.document, Kind.ARGUMENT);
  if (count === 0) return { query: '{ product(sku: 12.5) { sku } orders(first: "ten") { totalCount } }' };
  const document = replaceNth(operation.document, Kind.ARGUMENT, random.int(0, count - 1), (node) => ({ ...node, value: random.pick(WRONG_LITERALS) }) as ASTNode);
  return { ...asBody(operation), query: print(document) };
}

export function wrongVariableValue(schema: GraphQLSchema, random: Random): Body {
  const operation = small(schema, random);
  const definitions = operation.document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? d.variableDefinitions ?? [] : []));
  if (definitions.length === 0) {
    return { query: 'query($sku: ID!, $first: Int) { product(sku: $sku) { sku } products(first: $first) { totalCount } }', variables: { sku: random.pick([null, 7, ['VLV-1'], {}]), first: random.pick(['3', 1e300, 2 ** 31, -1, 0, 201]) } };
  }
  const definition = random.pick(definitions);
  const type = typeFromAST(schema, definition.type as never) as GraphQLInputType;
  const variables = { ...operation.variables };
  if (random.chance(0.2)) delete variables[definition.variable.name.value];
  else variables[definition.variable.name.value] = wrongValue(random, type);
  return { ...asBody(operation), variables };
}

export function unknownField(schema: GraphQLSchema, random: Random): Body {
  const operation = small(schema, random);
  const sets = countOf(operation.document, Kind.SELECTION_SET);
  const bogus = random.pick(['notAField', '_entities', '_service', 'password', 'constructor', '__proto__', 'sku_', 'Product']);
  const document = replaceNth(operation.document, Kind.SELECTION_SET, random.int(0, sets - 1), (node) => {
    const set = node as SelectionSetNode;
    return { ...set, selections: [...set.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: bogus } }] };
  });
  return { ...asBody(operation), query: print(document) };
}

export function badEnumValue(_schema: GraphQLSchema, random: Random): Body {
  return random.pick<Body>([
    { query: '{ orders(filter: { status: [SHIPPED_MAYBE] }) { totalCount } }' },
    { query: '{ accounts(filter: { segment: ["OEM"] }) { totalCount } }' },
    { query: '{ accounts(filter: { segment: [oem] }) { totalCount } }' },
    { query: 'query($s: [OrderStatus!]) { orders(filter: { status: $s }) { totalCount } }', variables: { s: [random.pick(['nope', 'shipped', '', 'SHIPPED ', 'constructor'])] } },
    { query: '{ kpis(fromWeek: "2026-W44") { revenue(by: COLOUR) { value } } }' },
    { query: 'query($k: [RelationKind!]) { product(sku: "VLV-1") { relations(kind: $k) { sku } } }', variables: { k: 'SUBSTITUTE_ALL' } },
  ]);
}

export function malformedSyntax(schema: GraphQLSchema, random: Random): Body {
  const query = print(small(schema, random).document);
  const at = random.int(0, query.length);
  const variants = [
    () => query.slice(0, at),
    () => query.slice(0, at) + random.text(random.int(1, 3), '{}()[]:$@!.#"\\=|&\u00e9\u{1f600}') + query.slice(at),
    () => query.replace('}', ''),
    () => `${query} }`,
    () => `{ product(sku: "unterminated) { sku } }`,
    () => '{ product(sku: """block\n string""") { sku } }',
    () => '{ product(sku: 1e999999) { sku } }',
    () => '# only a comment',
    () => '',
    () => random.text(random.int(1, 200), 'abc {}()$@!:"\n\t,0123456789'),
    () => 'subscription { products { totalCount } }',
    () => 'fragment F on Product { sku }',
    () => '{ ...F } fragment F on Query { ...F }',
    () => 'query Q { branches { code } } query Q { branches { name } }',
  ];
  return { query: random.pick(variants)() };
}

export function oddDirectives(_schema: GraphQLSchema, random: Random): Body {
  return random.pick<Body>([
    { query: '{ branches @nope { code } }' },
    { query: '{ branches @include { code } }' },
    { query: '{ branches @include(if: "yes") { code } }' },
    { query: '{ branches @skip(if: $undeclared) { code } }' },
    { query: '{ branches @deprecated { code } }' },
    { query: '{ branches @include(if: true) @include(if: true) { code } }' },
    { query: 'query @skip(if: true) { branches { code } }' },
    { query: `{ branches ${'@include(if: true) '.repeat(random.int(2, 500))}{ code } }` },
  ]);
}
