import { composeServices } from '@apollo/composition';
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from '../../gateway/limits/cost.ts';
import { costModelOf } from '../../gateway/limits/cost-model.ts';

/**
 * The cost arithmetic on a tiny graph composed from two subgraphs, as `npm run compose` composes
 * ours, so the directives are read where composition writes them in a supergraph. Lists without
 * `@listSize` are assumed to hold 10 items.
 */
const SHOP = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@cost", "@listSize"])
  type Query {
    products(first: Int = 5, filter: ProductFilter): ProductConnection! @listSize(slicingArguments: ["first"], sizedFields: ["edges"])
    featured: [Product!]! @listSize(assumedSize: 3)
    tags: [String!]!
  }
  type Mutation { rate(sku: ID!, stars: Int!): Review }
  input ProductFilter { text: String }
  type ProductConnection { edges: [ProductEdge!]! totalCount: Int! }
  type ProductEdge { node: Product! }
  type Product @key(fields: "sku") {
    sku: ID!
    name: String!
    reviews: [Review!]!
    price: Money! @cost(weight: 4)
    supply: Supply!
  }
  type Review { stars: Int! }
  type Money { amount: String! }
  type Supply { lines: [SupplyLine!]! }
  type SupplyLine { quantity: Int! }
`;
const STOCK = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@cost", "@external", "@requires"])
  type Product @key(fields: "sku") {
    sku: ID!
    supply: Supply! @external
    promise: Promise! @requires(fields: "supply { lines { quantity } }") @cost(weight: 20)
  }
  type Supply { lines: [SupplyLine!]! @external }
  type SupplyLine { quantity: Int! @external }
  type Promise { date: String! }
`;

const composed = composeServices([
  { name: 'shop', url: 'http://shop', typeDefs: parse(SHOP) },
  { name: 'stock', url: 'http://stock', typeDefs: parse(STOCK) },
]);
if (composed.errors) throw new Error(composed.errors.map((error) => error.message).join('\n'));
const model = costModelOf(composed.supergraphSdl, 10);

function cost(source: string, variables?: Record<string, unknown>): number {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return operationCost(model, operation, fragments, variables);
}

describe('the estimated cost of an operation', () => {
  it('counts 1 per object and 0 per scalar, a connection\'s page size multiplying its edges', () => {
    // products 1 + edges 2 x (edge 1 + node 1); totalCount, name: 0
    expect(cost('{ products(first: 2) { totalCount edges { node { name } } } }')).toBe(5);
    // 1 + 20 x 2
    expect(cost('{ products(first: 20) { edges { node { name } } } }')).toBe(41);
  });

  it('takes the page size from a variable, the operation\'s default, or the argument\'s default', () => {
    const page = 'query Page($n: Int) { products(first: $n) { edges { node { sku } } } }';
    expect(cost(page, { n: 7 })).toBe(15); // 1 + 7 x 2
    expect(cost('query Page($n: Int = 3) { products(first: $n) { edges { node { sku } } } }')).toBe(7); // 1 + 3 x 2
    expect(cost('{ products { edges { node { sku } } } }')).toBe(11); // first defaults to 5: 1 + 5 x 2
  });

  it('multiplies nested lists, a list without @listSize counted as 10', () => {
    // products 1 + 2 edges x (edge 1 + node 1 + reviews 10 x review 1) = 1 + 2 x 12
    expect(cost('{ products(first: 2) { edges { node { reviews { stars } } } } }')).toBe(25);
    // a list of scalars costs nothing however long
    expect(cost('{ tags }')).toBe(0);
  });

  it('uses a field\'s @cost weight in place of the 1 an object costs, and @listSize\'s assumed size', () => {
    // featured: 3 x (product 1 + price 4)
    expect(cost('{ featured { price { amount } } }')).toBe(15);
  });

  it('adds the selection a field @requires, costed where it is fetched', () => {
    // promise 20 + its requirement supply 1 + lines 10 x 1 = 31; featured 3 x (1 + 31)
    expect(cost('{ featured { promise { date } } }')).toBe(96);
  });

  it('charges 1 for an input object argument and 10 for a mutation', () => {
    expect(cost('{ products(first: 1, filter: { text: "bolt" }) { totalCount } }')).toBe(2); // products 1 + filter 1
    expect(cost('query F($f: ProductFilter) { products(first: 1, filter: $f) { totalCount } }', { f: { text: 'bolt' } })).toBe(2);
    expect(cost('mutation { rate(sku: "A", stars: 5) { stars } }')).toBe(11); // 10 + review 1
  });

  it('leaves out skipped fields, __typename and introspection, and follows fragments', () => {
    expect(cost('{ __typename featured @skip(if: true) { name } __schema { types { name } } }')).toBe(0);
    expect(cost('query Q($on: Boolean!) { featured @include(if: $on) { name } }', { on: false })).toBe(0);
    expect(cost('query Q($on: Boolean!) { featured @include(if: $on) { name } }', { on: true })).toBe(3);
    // 1 + 3 x 2, the edges inside a fragment still sized by the page
    expect(cost('{ products(first: 3) { ...Page } } fragment Page on ProductConnection { edges { node { name } } }')).toBe(7);
  });
});
