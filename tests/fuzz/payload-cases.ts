import type { GraphQLSchema } from 'graphql';
import { encodeCursor } from '../../lib/pagination.ts';
import { asBody, type Body } from './document-cases.ts';
import { validOperation } from './operations.ts';
import type { Random } from './random.ts';

/**
 * Hostile values where the schema expects an ordinary one: long strings, the NUL character, deep
 * nesting and cursors no list issued. Each returns the GraphQL request body.
 */

/** Long strings where a client would put a word: arguments, aliases, names, the whole document. */
export function hugeString(_schema: GraphQLSchema, random: Random): Body {
  const long = random.text(random.int(20_000, 400_000), 'abcdefghij');
  return random.pick<Body>([
    { query: `{ product(sku: "${long}") { sku } }` },
    { query: 'query($text: String) { products(filter: { text: $text }) { totalCount } }', variables: { text: long } },
    { query: `{ ${long.slice(0, 5000)}: branches { code } }` },
    { query: `{ ${long.slice(0, 5000)} }` },
    { query: `query ${long.slice(0, 5000)} { branches { code } }` },
    { query: '{ branches { code } }', operationName: long },
    { query: `{ branches { code } } # ${long}` },
    { query: `{ ${Array.from({ length: random.int(200, 2000) }, (_, i) => `a${i}: branches { code }`).join(' ')} }` },
  ]);
}

/** The NUL character, which no value of this graph may hold, in every place a string goes. */
export function nulByte(_schema: GraphQLSchema, random: Random): Body {
  const nul = `${random.pick(['VLV-1', 'ACCT-1', 'SO-1', 'valve', ''])}\u0000${random.pick(['', 'x', '; DROP'])}`;
  return random.pick<Body>([
    { query: `{ product(sku: ${JSON.stringify(nul)}) { sku } }` },
    { query: 'query($id: ID!) { account(id: $id) { id } }', variables: { id: nul } },
    { query: 'query($id: ID!) { order(id: $id) { id } }', variables: { id: nul } },
    { query: 'query($f: ProductFilter) { products(filter: $f) { totalCount } }', variables: { f: { text: nul, family: [nul] } } },
    { query: `{ accounts(filter: { search: ${JSON.stringify(nul)} }) { totalCount } }` },
    { query: 'query($w: IsoWeek!) { scorecard(week: $w) { week } }', variables: { w: nul } },
    { query: 'query($d: Date) { orders(filter: { placedFrom: $d }) { totalCount } }', variables: { d: nul } },
    { query: `{ branch(code: "CHI") { code } }\u0000` },
    { query: '{ branches { code } }', variables: { [nul]: 1 } },
    { query: 'mutation($n: String!) { retireScorecardKpi(name: $n) { kpi } }', variables: { n: nul } },
  ]);
}

/**
 * How deep the syntactic nesting cases go: far past where graphql-js's recursive parser and the
 * gateway's planner would overflow the stack (about 2,000 levels), which the token and depth limits
 * (gateway/limits) must refuse before parsing that deep.
 */
export const MAX_SYNTACTIC_NESTING = 20_000;

export function deepNesting(schema: GraphQLSchema, random: Random): Body {
  const depth = random.int(50, MAX_SYNTACTIC_NESTING);
  return random.pick([
    // Real fields a little deeper than the valid cases go.
    () => asBody(validOperation(schema, random, { maxDepth: random.int(6, 8), mutation: false })),
    () => ({ query: `{ ${'a { '.repeat(depth)}b${' }'.repeat(depth)} }` }),
    () => ({ query: `{ product(sku: ${'['.repeat(depth)}"x"${']'.repeat(depth)}) { sku } }` }),
    () => ({ query: `{ products(filter: ${'{ text: '.repeat(depth)}"x"${' }'.repeat(depth)}) { totalCount } }` }),
    () => ({ query: 'query($f: ProductFilter) { products(filter: $f) { totalCount } }', variablesText: `{"f":${nestedObjectText(depth)}}` }),
    () => ({ query: `{ ${'...on Query { '.repeat(depth)}branches { code }${' }'.repeat(depth)} }` }),
    () => {
      const links = random.int(2, 6);
      return { query: `{ product(sku: "VLV-1") { ${'substitutes { '.repeat(links)}sku${' }'.repeat(links)} } }` };
    },
  ])();
}

function nestedObjectText(depth: number): string {
  return `${'{"text":'.repeat(depth)}"x"${'}'.repeat(depth)}`;
}

const LIST_WITH_CURSOR = [
  'orders(first: 2, after: $after) { edges { cursor node { id } } }',
  'accounts(first: 2, after: $after) { totalCount }',
  'products(first: 2, after: $after) { edges { node { sku } } }',
  'suppliers(first: 2, after: $after) { totalCount }',
  'exceptions(first: 2, after: $after) { totalCount }',
  'integrationEvents(first: 2, after: $after) { edges { cursor } }',
  'account(id: "ACCT-1") { orders(first: 1, after: $after) { totalCount } invoices(first: 1, after: $after) { totalCount } }',
  'account(id: "ACCT-1") { quotes(first: 1, after: $after) { totalCount } returns(first: 1, after: $after) { totalCount } }',
  'branch(code: "CHI") { shipments(first: 1, after: $after) { totalCount } }',
  'supplier(id: "SUP-A") { purchaseOrders(first: 1, after: $after) { totalCount } }',
];

/** Cursors no list issued: other shapes, other encodings, edited bytes. */
export function tamperedCursor(_schema: GraphQLSchema, random: Random): Body {
  const issued = encodeCursor(['2026-10-30T15:00:00.000Z', 'SO-2']);
  const flip = random.int(0, issued.length - 1);
  const after = random.pick<() => string>([
    () => encodeCursor(random.pick<unknown>([null, 1, -1, 1e300, true, {}, [], ['x'], [1, 2], ['2026-10-30', 'SO-2'], ['Tue', 'SO-2'], ['1', 'SO-2'],
      ['+275760-09-13T00:00:00.000Z', 'x'], ['2026-10-30T15:00:00.000Z', 7], ['2026-10-30T15:00:00.000Z', 'SO\u00002'], 'VLV\u00001', { __proto__: 1 }, ['2026-02-30T00:00:00.000Z', 'x']])),
    () => issued.slice(0, flip) + (issued[flip] === 'A' ? 'B' : 'A') + issued.slice(flip + 1),
    () => issued.slice(0, random.int(0, issued.length - 1)),
    () => Buffer.from([0xff, 0xfe, 0x00, random.int(0, 255)]).toString('base64url'),
    () => random.text(random.int(0, 40), 'ABCxyz019+/=_-%$\u00e9'),
    () => Buffer.from(random.text(20_000)).toString('base64url'),
    () => String(random.int(-5, 99999)) + '9'.repeat(random.int(0, 30)),
  ])();
  return { query: `query($after: String) { ${random.pick(LIST_WITH_CURSOR)} }`, variables: { after } };
}
