import { postGraphQL } from '../lib/testing/graphql.ts';

/**
 * What the benchmark drives. Each scenario prepares a set of request bodies (different pages,
 * so the database does real work) that the clients cycle through.
 */
export interface Scenario {
  name: string;
  description: string;
  prepare(gatewayUrl: string): Promise<string[]>;
}

const PRODUCT_PAGE = `query BenchProductPage($after: String) {
  products(first: 50, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      sku name family { name } primaryImage { url } completeness { score }
      attributes { definition { code } displayValue }
      itemMaster { velocityTier listPrice { amount } unitOfMeasure }
      inventory { branch { code } onHand available }
      networkOnHand allocatedQuantity availableQuantity
    } }
  }
}`;

export const SCENARIOS: Scenario[] = [
  {
    name: 'product-page-50',
    description: 'a page of 50 products joining PIM (content), ERP (item master, stock by branch) and OMS (allocations, available)',
    async prepare(gatewayUrl) {
      const cursors: (string | null)[] = [null];
      for (let page = 0; page < 20; page++) {
        const response = await postGraphQL<{ products: { pageInfo: { endCursor: string | null; hasNextPage: boolean } } }>(
          gatewayUrl,
          PRODUCT_PAGE,
          { after: cursors.at(-1) },
        );
        if (response.errors) throw new Error(`product page failed: ${JSON.stringify(response.errors)}`);
        const info = response.data!.products.pageInfo;
        if (!info.hasNextPage) break;
        cursors.push(info.endCursor);
      }
      return cursors.map((after) => JSON.stringify({ query: PRODUCT_PAGE, variables: { after } }));
    },
  },
];
