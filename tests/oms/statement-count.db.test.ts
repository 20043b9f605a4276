import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';
import { startOms, type OmsUnderTest } from './harness.ts';

/**
 * 120 orders, each for its own account, shipped from its own branch, with two lines, history, a
 * shipment, an exception, a return, a campaign and a quote: every nested field has data, so a
 * batch that fell back to one statement per parent would show in the counts.
 */
const N = 120;
const n3 = (i: number) => String(i).padStart(3, '0');
const ORDER_IDS = Array.from({ length: N }, (_, i) => `SO-${n3(i)}`);
const account = (i: number) => `ACCT-${n3(i)}`;
const branch = (i: number) => `B${n3(i)}`;
const sku = (i: number) => `SKU-${n3(i)}`;

async function loadMany(db: Db) {
  const each = <Row>(make: (i: number) => Row) => Array.from({ length: N }, (_, i) => make(i));
  await insertRows(db, 'dataset_info', [{ seed: 1, scale: 1, as_of: '2026-11-01T23:59:59Z', generator_version: 1 }]);
  await insertRows(db, 'campaigns', [{ code: 'CMP-1', name: 'Spring', target_segment: null, starts_on: '2026-03-01', ends_on: '2026-05-31' }]);
  await insertRows(db, 'quotes', each((i) => ({
    id: `Q-${n3(i)}`, account_id: account(i), channel: 'assisted', issued_at: '2026-09-01T00:00:00Z', expires_at: '2026-10-01T00:00:00Z',
    amount_minor: 1000, status: 'converted',
  })));
  await insertRows(db, 'orders', each((i) => ({
    id: ORDER_IDS[i], account_id: account(i), channel: 'portal', campaign_code: 'CMP-1', quote_id: `Q-${n3(i)}`,
    placed_at: new Date(Date.UTC(2026, 9, 1, 0, i)).toISOString(), requested_date: '2026-10-10', promised_date: '2026-10-10',
    status: 'allocated', ship_to_branch_code: branch(i),
  })));
  await insertRows(db, 'order_lines', each((i) => [1, 2].map((n) => ({
    order_id: ORDER_IDS[i], line_number: n, sku: sku(i), ordered_quantity: 2, allocated_quantity: 2, sourcing_branch_code: branch(i), unit_price_minor: 500,
  }))).flat());
  await insertRows(db, 'order_status_history', each((i) => ['placed', 'allocated'].map((status, s) => ({
    order_id: ORDER_IDS[i], sequence: s + 1, status, changed_at: '2026-10-01T01:00:00Z',
  }))).flat());
  await insertRows(db, 'shipments', each((i) => ({
    id: `SH-${n3(i)}`, order_id: ORDER_IDS[i], branch_code: branch(i), carrier: 'UPS', service_level: 'GROUND', ship_by: '2026-10-02T17:00:00Z', shipped_at: '2026-10-02T16:00:00Z',
  })));
  await insertRows(db, 'exceptions', each((i) => ({
    id: `EX-${n3(i)}`, type: 'late_shipment', order_id: ORDER_IDS[i], shipment_id: `SH-${n3(i)}`, opened_at: '2026-10-03T00:00:00Z',
    sla_due_at: '2026-10-04T00:00:00Z', description: 'late',
  })));
  await insertRows(db, 'returns', each((i) => ({
    id: `RMA-${n3(i)}`, order_id: ORDER_IDS[i], line_number: 1, account_id: account(i), sku: sku(i), quantity: 1, reason: 'damaged',
    requested_at: '2026-10-05T00:00:00Z', status: 'requested',
  })));
}

let oms: OmsUnderTest;
beforeAll(async () => {
  oms = await startOms(loadMany);
});
afterAll(async () => {
  await oms?.close();
});

/** Statements OMS issued to answer one operation, after checking every parent resolved. */
async function statementsFor(document: string, variables: Record<string, unknown>, check: (data: Record<string, any>) => void) {
  const before = oms.db.stats.statements;
  check(await oms.query(document, variables));
  return oms.db.stats.statements - before;
}

const ORDER_DETAIL = `
  id campaign { code } quote { id order { id } } account { id } shipToBranch { code }
  lines { lineNumber product { sku } filledInFull extendedPrice { amount } }
  statusHistory { sequence status }
  shipments { id order { id } pickToShipHours }
  exceptions { id slaBreached shipment { id } order { id } }
  returns { id order { id } cycleDays }
  orderedValue { amount } shippedValue { amount } lineCount`;

const ORDER_ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { ${ORDER_DETAIL} } } }`;
const ACCOUNT_ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { id
  orders(first: 5) { totalCount edges { node { ${ORDER_DETAIL} } } }
  quotes { totalCount edges { node { id order { id } } } }
  returns { totalCount edges { node { id order { id } } } } } } }`;
const BRANCH_ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Branch { code
  shipments(shippedTo: "2026-12-31") { totalCount edges { node { id order { id lineCount } } } } } } }`;
const PRODUCT_ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { sku allocatedQuantity availableQuantity } } }`;
const ORDERS_PAGE = `query($first: Int) { orders(first: $first) { totalCount edges { node { ${ORDER_DETAIL} } } } }`;

const first = (count: number) => Array.from({ length: count }, (_, i) => i);

describe('statements per request do not depend on how many parents are asked for', () => {
  it('_entities for 10 and 100 orders with every nested list', async () => {
    const run = (count: number) =>
      statementsFor(ORDER_ENTITIES, { r: first(count).map((i) => ({ __typename: 'Order', id: ORDER_IDS[i] })) }, ({ _entities }) => {
        expect(_entities).toHaveLength(count);
        expect(_entities.at(-1)).toMatchObject({ lineCount: 2, statusHistory: [{}, {}], shipments: [{}], exceptions: [{ slaBreached: true }], returns: [{}] });
      });
    const ten = await run(10);
    expect(await run(100)).toBe(ten);
    expect(ten).toBeLessThanOrEqual(12);
  });

  it('_entities for 10 and 100 accounts with their paginated orders, quotes and returns', async () => {
    const run = (count: number) =>
      statementsFor(ACCOUNT_ENTITIES, { r: first(count).map((i) => ({ __typename: 'Account', id: account(i) })) }, ({ _entities }) => {
        expect(_entities).toHaveLength(count);
        expect(_entities.at(-1)).toMatchObject({ orders: { totalCount: 1 }, quotes: { totalCount: 1 }, returns: { totalCount: 1 } });
      });
    expect(await run(100)).toBe(await run(10));
  });

  it('_entities for 10 and 100 branches with their shipments', async () => {
    const run = (count: number) =>
      statementsFor(BRANCH_ENTITIES, { r: first(count).map((i) => ({ __typename: 'Branch', code: branch(i) })) }, ({ _entities }) => {
        expect(_entities.at(-1).shipments.totalCount).toBe(1);
      });
    expect(await run(100)).toBe(await run(10));
  });

  it('_entities for 10 and 100 products with allocated and available quantity', async () => {
    const run = (count: number) =>
      statementsFor(
        PRODUCT_ENTITIES,
        { r: first(count).map((i) => ({ __typename: 'Product', sku: sku(i), networkOnHand: 50, networkOnHold: 1, networkSafetyStock: 5 })) },
        ({ _entities }) => expect(_entities.at(-1)).toEqual({ sku: sku(count - 1), allocatedQuantity: 4, availableQuantity: 40 }), // 50 - 4 - 1 - 5
      );
    const ten = await run(10);
    expect(await run(100)).toBe(ten);
    expect(ten).toBe(1);
  });

  it('a page of 10 and of 100 orders with every nested list', async () => {
    const run = (count: number) =>
      statementsFor(ORDERS_PAGE, { first: count }, ({ orders }) => expect(orders.edges).toHaveLength(count));
    expect(await run(100)).toBe(await run(10));
  });
});
