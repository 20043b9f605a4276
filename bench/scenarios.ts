import { readFileSync } from 'node:fs';
import { Kind, parse, print } from 'graphql';
import { postGraphQL } from '../lib/graphql-client.ts';

/**
 * What the benchmark drives. Each scenario prepares a set of request bodies (different pages,
 * so the database does real work) that the clients cycle through, sending `headers` (the
 * caller's bearer token) with every request.
 */
export interface Scenario {
  name: string;
  description: string;
  /** Who the clients call as: the scorecard's KPIs are for staff; the storefront's buyer is an account's. */
  caller: 'staff' | 'anonymous' | { buyer: string };
  /** Concurrent clients to drive it with; `--connections` overrides. */
  connections: number;
  prepare(gatewayUrl: string, headers: Record<string, string>): Promise<string[]>;
}

const SCORECARD = `query BenchScorecard($week: IsoWeek!) {
  scorecard(week: $week) {
    week
    kpis {
      definition { name title owner unit direction target warningThreshold breachThreshold }
      status weeksInBreach
      reading { value numerator denominator }
      trend { fromWeek value }
      escalationDue { afterHours notify channel }
    }
  }
}`;

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

/** The storefront listing page exactly as queries/storefront.graphql documents it. */
const STOREFRONT_LISTING = operationIn(readFileSync(new URL('../queries/storefront.graphql', import.meta.url), 'utf8'), 'StorefrontListing');

/** One named operation of a document holding several. */
function operationIn(source: string, name: string): string {
  const document = parse(source);
  return print({ ...document, definitions: document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name) });
}

/**
 * Request bodies for the first 20 pages of 50 products (so the clients spread over 1,000 SKUs),
 * walking the cursors once through the gateway.
 */
async function pages(gatewayUrl: string, headers: Record<string, string>, query: string, variables: Record<string, unknown>): Promise<string[]> {
  const cursors: (string | null)[] = [null];
  for (let page = 0; page < 20; page++) {
    const response = await postGraphQL<{ products: { pageInfo: { endCursor: string | null; hasNextPage: boolean } } }>(
      gatewayUrl,
      query,
      { ...variables, after: cursors.at(-1) },
      headers,
    );
    if (response.errors) throw new Error(`product page failed: ${JSON.stringify(response.errors)}`);
    const info = response.data!.products.pageInfo;
    if (!info.hasNextPage) break;
    cursors.push(info.endCursor);
  }
  return cursors.map((after) => JSON.stringify({ query, variables: { ...variables, after } }));
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'storefront-listing-50',
    description: 'a buyer\'s listing page of 50 products: content (PIM), net price and ordering rules (ERP), availability and promise at one branch (OMS, requiring ERP supply facts)',
    caller: { buyer: 'ACCT-0001' },
    connections: 16,
    prepare: (gatewayUrl, headers) => pages(gatewayUrl, headers, STOREFRONT_LISTING, { first: 50, quantity: 4, branch: 'CHI' }),
  },
  {
    name: 'product-page-50',
    description: 'a page of 50 products joining PIM (content), ERP (item master, stock by branch) and OMS (allocations, available)',
    // Staff: the stock figures it asks for are null for anonymous callers (lib/access.ts), which would
    // skip the work they cost.
    caller: 'staff',
    connections: 16,
    prepare: (gatewayUrl, headers) => pages(gatewayUrl, headers, PRODUCT_PAGE, {}),
  },
  {
    name: 'scorecard-13w',
    description: 'the weekly 12-KPI scorecard with 13 weeks of readings (the week and a 12-week trend), ERP + OMS + ops',
    caller: 'staff',
    connections: 1,
    async prepare() {
      // The last four complete weeks of the demo history, so the database does real work.
      return ['2026-W41', '2026-W42', '2026-W43', '2026-W44'].map((week) => JSON.stringify({ query: SCORECARD, variables: { week } }));
    },
  },
];
