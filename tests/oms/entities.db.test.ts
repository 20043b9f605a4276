import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../lib/identity.ts';
import { testBuyer } from '../../lib/testing/identity.ts';
import { startOms, type OmsUnderTest } from './harness.ts';
import { loadOmsFixture } from './oms.fixture.ts';

// How the gateway reaches OMS for entities it owns (Order) or extends (Account, Branch, Product).
let oms: OmsUnderTest;
beforeAll(async () => {
  oms = await startOms(loadOmsFixture);
});
afterAll(async () => {
  await oms?.close();
});

const entities = (selection: string) => `query Entities($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`;
const ids = (connection: any) => connection.edges.map((e: any) => e.node.id);

describe('_entities: Order', () => {
  it('resolves orders by id in the order asked, and null for an unknown id', async () => {
    const { _entities } = await oms.query(entities('... on Order { id status lineCount orderedValue { amount } }'), {
      r: [{ __typename: 'Order', id: 'SO-3' }, { __typename: 'Order', id: 'SO-404' }, { __typename: 'Order', id: 'SO-1' }],
    });
    expect(_entities).toEqual([
      // 30 x 12.50 = 375.00
      { id: 'SO-3', status: 'ALLOCATED', lineCount: 1, orderedValue: { amount: '375.00' } },
      null,
      { id: 'SO-1', status: 'DELIVERED', lineCount: 2, orderedValue: { amount: '205.00' } },
    ]);
  });
});

const ACCOUNT = entities(`... on Account {
  id
  orders(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
  quotes(status: $quoteStatus) { totalCount edges { node { id status } } }
  returns { totalCount edges { node { id } } }
}`).replace('($r: [_Any!]!)', '($r: [_Any!]!, $filter: AccountOrderFilter, $first: Int, $after: String, $quoteStatus: [QuoteStatus!])');

const accounts = (...accountIds: string[]) => accountIds.map((id) => ({ __typename: 'Account', id }));

describe('_entities: Account', () => {
  it('adds each account\'s orders (newest first), quotes and returns', async () => {
    const { _entities } = await oms.query(ACCOUNT, { r: accounts('ACCT-0001', 'ACCT-0002') });
    const [first, second] = _entities;
    expect(ids(first.orders)).toEqual(['SO-3', 'SO-2', 'SO-1']);
    expect(first.orders.totalCount).toBe(3);
    expect(first.quotes.edges.map((e: any) => e.node)).toEqual([{ id: 'Q-2', status: 'LOST' }, { id: 'Q-1', status: 'CONVERTED' }]);
    expect(ids(first.returns)).toEqual(['RMA-2', 'RMA-1']);
    expect(ids(second.orders)).toEqual(['SO-5', 'SO-4']);
    expect(second.quotes.totalCount).toBe(1);
    expect(second.returns).toEqual({ totalCount: 0, edges: [] });
  });

  it('filters and pages each account\'s orders separately', async () => {
    const filter = { status: ['ALLOCATED', 'PARTIALLY_SHIPPED', 'PICKING', 'CANCELLED'] };
    const { _entities: page1 } = await oms.query(ACCOUNT, { r: accounts('ACCT-0001', 'ACCT-0002'), filter, first: 1 });
    expect(page1.map((a: any) => [ids(a.orders), a.orders.totalCount, a.orders.pageInfo.hasNextPage])).toEqual([
      [['SO-3'], 2, true],
      [['SO-5'], 2, true],
    ]);
    const { _entities: page2 } = await oms.query(ACCOUNT, { r: accounts('ACCT-0001'), filter, first: 1, after: page1[0].orders.pageInfo.endCursor });
    expect(ids(page2[0].orders)).toEqual(['SO-2']);
    expect(page2[0].orders.pageInfo.hasNextPage).toBe(false);
    const { _entities: dated } = await oms.query(ACCOUNT, { r: accounts('ACCT-0001'), filter: { placedFrom: '2026-10-05', placedTo: '2026-10-05' } });
    expect(ids(dated[0].orders)).toEqual(['SO-2']);
  });

  it('filters quotes by status', async () => {
    const { _entities } = await oms.query(ACCOUNT, { r: accounts('ACCT-0001'), quoteStatus: ['LOST'] });
    expect(_entities[0].quotes).toEqual({ totalCount: 1, edges: [{ node: { id: 'Q-2', status: 'LOST' } }] });
  });

  it('serves an account OMS has never seen with empty lists, not null: the ERP owns whether it exists', async () => {
    const { _entities } = await oms.query(ACCOUNT, { r: accounts('ACCT-9999') });
    expect(_entities).toEqual([{
      id: 'ACCT-9999',
      orders: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] },
      quotes: { totalCount: 0, edges: [] },
      returns: { totalCount: 0, edges: [] },
    }]);
  });

  it('refuses bad arguments on the account\'s orders, naming them', async () => {
    const tooMany = await oms.error(ACCOUNT, { r: accounts('ACCT-0001'), first: 201 });
    expect([tooMany.extensions?.code, tooMany.message]).toEqual(['BAD_USER_INPUT', expect.stringMatching(/"first"/)]);
    const badCursor = await oms.error(ACCOUNT, { r: accounts('ACCT-0001'), after: 'nope' });
    expect(badCursor.message).toMatch(/"after"/);
    const backwards = await oms.error(ACCOUNT, { r: accounts('ACCT-0001'), filter: { placedFrom: '2026-10-06', placedTo: '2026-10-05' } });
    expect(backwards.extensions?.argumentName).toBe('filter.placedFrom');
  });
});

const BRANCH = `query Branches($r: [_Any!]!, $from: Date, $to: Date, $first: Int, $after: String) {
  _entities(representations: $r) {
    ... on Branch { code shipments(shippedFrom: $from, shippedTo: $to, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id order { id } } } } }
  }
}`;
const branches = (...codes: string[]) => codes.map((code) => ({ __typename: 'Branch', code }));

describe('_entities: Branch', () => {
  it('adds each branch\'s shipments, latest ship cutoff first; an unknown branch has none', async () => {
    const { _entities } = await oms.query(BRANCH, { r: branches('CHI', 'DAL', 'ZZZ') });
    expect(_entities.map((b: any) => [b.code, ids(b.shipments), b.shipments.totalCount])).toEqual([
      ['CHI', ['SH-4', 'SH-2', 'SH-1'], 3],
      ['DAL', ['SH-3'], 1],
      ['ZZZ', [], 0],
    ]);
    expect(_entities[0].shipments.edges[1].node.order).toEqual({ id: 'SO-2' });
  });

  it('filters by shipped date, whole days inclusive, and pages', async () => {
    // SH-2 left 2026-10-07 10:00, SH-1 2026-10-02 18:30; SH-3 and SH-4 have not shipped
    const { _entities: oneDay } = await oms.query(BRANCH, { r: branches('CHI', 'DAL'), from: '2026-10-07', to: '2026-10-07' });
    expect(oneDay.map((b: any) => ids(b.shipments))).toEqual([['SH-2'], []]);
    const { _entities: page1 } = await oms.query(BRANCH, { r: branches('CHI'), from: '2026-10-02', first: 1 });
    expect([ids(page1[0].shipments), page1[0].shipments.totalCount, page1[0].shipments.pageInfo.hasNextPage]).toEqual([['SH-2'], 2, true]);
    const { _entities: page2 } = await oms.query(BRANCH, { r: branches('CHI'), from: '2026-10-02', first: 1, after: page1[0].shipments.pageInfo.endCursor });
    expect(ids(page2[0].shipments)).toEqual(['SH-1']);
  });

  it('refuses shippedFrom after shippedTo, naming "shippedFrom"', async () => {
    const error = await oms.error(BRANCH, { r: branches('CHI'), from: '2026-10-08', to: '2026-10-07' });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'shippedFrom' });
  });
});

describe('_entities: Product', () => {
  it('sums allocations of open orders only', async () => {
    const { _entities } = await oms.query(entities('... on Product { sku allocatedQuantity }'), {
      r: ['BRG-1', 'BRG-3', 'BRG-2', 'NO-SUCH-SKU'].map((sku) => ({ __typename: 'Product', sku })),
    });
    expect(_entities).toEqual([
      // SO-3 30 + SO-2 0 + SO-6 0; SO-1 (delivered, 10) and SO-4 (cancelled, 7) no longer hold stock
      { sku: 'BRG-1', allocatedQuantity: 30 },
      { sku: 'BRG-3', allocatedQuantity: 7 }, // SO-2 5 + SO-5 2
      { sku: 'BRG-2', allocatedQuantity: 0 }, // only on the delivered SO-1
      { sku: 'NO-SUCH-SKU', allocatedQuantity: 0 },
    ]);
  });

  it('computes availableQuantity from the ERP figures in the representation (@requires)', async () => {
    const { _entities } = await oms.query(entities('... on Product { sku allocatedQuantity availableQuantity }'), {
      r: [
        { __typename: 'Product', sku: 'BRG-1', networkOnHand: 100, networkOnHold: 5, networkSafetyStock: 10 },
        { __typename: 'Product', sku: 'BRG-3', networkOnHand: 8, networkOnHold: 1, networkSafetyStock: 4 },
        { __typename: 'Product', sku: 'NO-SUCH-SKU', networkOnHand: 0, networkOnHold: 0, networkSafetyStock: 0 },
      ],
    });
    expect(_entities).toEqual([
      { sku: 'BRG-1', allocatedQuantity: 30, availableQuantity: 55 }, // 100 - 30 - 5 - 10
      { sku: 'BRG-3', allocatedQuantity: 7, availableQuantity: -4 }, // 8 - 7 - 1 - 4: commitments exceed free stock
      { sku: 'NO-SUCH-SKU', allocatedQuantity: 0, availableQuantity: 0 },
    ]);
  });

  it('withholds allocatedQuantity and availableQuantity from an anonymous caller, and from a buyer the ERP withholds figures from', async () => {
    const selection = entities('... on Product { sku allocatedQuantity availableQuantity }');
    // The gateway fetches the ERP's figures as the caller: an anonymous caller's arrive null.
    const anonymous = await oms.as(ANONYMOUS).query(selection, {
      r: [{ __typename: 'Product', sku: 'BRG-1', networkOnHand: null, networkOnHold: null, networkSafetyStock: null }],
    });
    expect(anonymous._entities).toEqual([{ sku: 'BRG-1', allocatedQuantity: null, availableQuantity: null }]);
    // Figures in the representation do not change that: the OMS applies the rule itself.
    const forged = await oms.as(ANONYMOUS).query(selection, {
      r: [{ __typename: 'Product', sku: 'BRG-1', networkOnHand: 100, networkOnHold: 5, networkSafetyStock: 10 }],
    });
    expect(forged._entities).toEqual([{ sku: 'BRG-1', allocatedQuantity: null, availableQuantity: null }]);
    const buyer = await oms.as(testBuyer('ACCT-0001')).query(selection, {
      r: [
        { __typename: 'Product', sku: 'BRG-1', networkOnHand: 100, networkOnHold: 5, networkSafetyStock: 10 },
        { __typename: 'Product', sku: 'BRG-1', networkOnHand: null, networkOnHold: null, networkSafetyStock: null },
      ],
    });
    expect(buyer._entities).toEqual([
      { sku: 'BRG-1', allocatedQuantity: 30, availableQuantity: 55 }, // 100 - 30 - 5 - 10, as for staff
      { sku: 'BRG-1', allocatedQuantity: 30, availableQuantity: null }, // no ERP figures to compute from
    ]);
  });

  it('refuses availableQuantity when the ERP figures are missing, rather than guessing zero', async () => {
    const error = await oms.error(entities('... on Product { availableQuantity }'), { r: [{ __typename: 'Product', sku: 'BRG-1' }] });
    expect(error.message).toMatch(/networkOnHand/);
  });
});
