import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../lib/identity.ts';
import { testBuyer, TEST_STAFF } from '../../lib/testing/identity.ts';
import {
  AccountListsDocument,
  AccountLookUpsDocument,
  AccountNestedDocument,
  AccountRecordsDocument,
  PublicCatalogueDocument,
  StaffKpisDocument,
  StaffScorecardDocument,
  StaffStandardCostDocument,
  StaffSuppliersDocument,
} from '../generated/graphql.ts';
import { startTestGraph, type TestGraph } from './harness.ts';
import { loadTwoAccounts } from './two-accounts.fixture.ts';

/**
 * A buyer sees only their own account's data, an anonymous caller only the public catalogue, and
 * staff everything: through the real gateway over HTTP, and with `_entities` sent straight to the
 * ERP and OMS with a correctly signed buyer assertion (the way round the gateway). Every refusal
 * is paired with the same call for the caller's own account, so no check passes for want of data.
 * Fixture and expected values: tests/e2e/two-accounts.fixture.ts.
 */
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph(loadTwoAccounts);
});
afterAll(async () => {
  await graph?.close();
});

const BUYER_A = testBuyer('ACCT-A');
const A = { account: 'ACCT-A', order: 'SO-A1', invoice: 'INV-A1', quote: 'Q-A1', shipment: 'SH-A1', return: 'RMA-A1' };
const B = { account: 'ACCT-B', order: 'SO-B1', invoice: 'INV-B1', quote: 'Q-B1', shipment: 'SH-B1', return: 'RMA-B1' };
const NOTHING = { account: null, order: null, invoice: null, quote: null, shipment: null, return: null };
const lookUpsOf = (ids: typeof A) => ({
  account: { id: ids.account, name: ids.account === 'ACCT-A' ? 'Alder Tools' : 'Birch Supply' },
  order: { id: ids.order }, invoice: { id: ids.invoice }, quote: { id: ids.quote }, shipment: { id: ids.shipment }, return: { id: ids.return },
});
const page = (...ids: string[]) => ({ totalCount: ids.length, edges: ids.map((id) => ({ node: { id } })) });

const KPI_REFUSAL = { message: 'KPIs are for staff: sign in with a staff token', extensions: { code: 'FORBIDDEN' } };

const ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename ';
const ERP_ENTITIES = `${ENTITIES} ... on Account { id name } ... on Order { id invoices { id } creditHolds { id } } } }`;
const OMS_ENTITIES = `${ENTITIES} ... on Order { id lines { lineNumber } } ... on Account { id orders { totalCount } quotes { totalCount } returns { totalCount } } } }`;
const representations = (typename: string, ...ids: string[]) => ids.map((id) => ({ __typename: typename, id }));

describe('a buyer of ACCT-A', () => {
  const buyer = () => graph.as(BUYER_A);

  it('lists only ACCT-A: accounts, orders, and nothing for a filter naming ACCT-B', async () => {
    const response = await buyer().post(AccountListsDocument, { otherAccount: 'ACCT-B' });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ accounts: page('ACCT-A'), orders: page('SO-A1'), ordersOfOther: page() });
  });

  it('looks up ACCT-A\'s records by key and finds none of ACCT-B\'s, as if they did not exist', async () => {
    const own = await buyer().post(AccountLookUpsDocument, A);
    expect(own.errors).toBeUndefined();
    expect(own.data).toEqual(lookUpsOf(A));

    const other = await buyer().post(AccountLookUpsDocument, B);
    expect(other.errors).toBeUndefined();
    expect(other.data).toEqual(NOTHING);
  });

  it('reads every record of ACCT-A through Account: credit figures, contract prices, AR and OMS lists', async () => {
    const response = await buyer().post(AccountRecordsDocument, { id: 'ACCT-A' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.account).toEqual({
      id: 'ACCT-A',
      openBalance: { amount: '600.00' }, // 1,000.00 - 400.00 paid
      creditHeadroom: { amount: '4400.00' }, // 5,000.00 - 600.00
      contractPrices: [{ product: { sku: 'FAS-1' }, unitPrice: { amount: '20.00' } }],
      invoices: { totalCount: 1, edges: [{ node: { id: 'INV-A1', payments: [{ id: 'PAY-A1' }], disputes: [{ id: 'DSP-A1' }] } }] },
      creditHolds: [{ id: 'HOLD-A1' }],
      disputes: [{ id: 'DSP-A1' }],
      orders: page('SO-A1'),
      quotes: page('Q-A1'),
      returns: page('RMA-A1'),
    });
    expect((await buyer().post(AccountRecordsDocument, { id: 'ACCT-B' })).data).toEqual({ account: null });
  });

  it('follows nested paths across domains within ACCT-A only', async () => {
    const own = await buyer().post(AccountNestedDocument, { order: 'SO-A1', invoice: 'INV-A1' });
    expect(own.errors).toBeUndefined();
    expect(own.data).toEqual({
      order: {
        id: 'SO-A1', lines: [{ lineNumber: 1 }], quote: { id: 'Q-A1' }, shipments: [{ id: 'SH-A1' }], returns: [{ id: 'RMA-A1' }],
        invoices: [{ id: 'INV-A1' }], creditHolds: [{ id: 'HOLD-A1' }],
        account: { id: 'ACCT-A', invoices: { edges: [{ node: { id: 'INV-A1' } }] } },
      },
      invoice: { id: 'INV-A1', order: { id: 'SO-A1', account: { id: 'ACCT-A' } } },
    });
    const other = await buyer().post(AccountNestedDocument, { order: 'SO-B1', invoice: 'INV-B1' });
    expect(other).toEqual({ data: { order: null, invoice: null } });
  });

  it('gets null from the ERP\'s and OMS\'s _entities for ACCT-B\'s Account and Order, and empty nested lists', async () => {
    const erp = await graph.subgraph('erp', BUYER_A).post(ERP_ENTITIES, {
      r: [...representations('Account', 'ACCT-A', 'ACCT-B'), ...representations('Order', 'SO-A1', 'SO-B1')],
    });
    expect(erp.errors).toBeUndefined();
    // The ERP answers for any order id (orders live in the OMS), so ACCT-B's order is there, but
    // its invoices and holds are filtered out like any other account data.
    expect(erp.data!._entities).toEqual([
      { __typename: 'Account', id: 'ACCT-A', name: 'Alder Tools' },
      null,
      { __typename: 'Order', id: 'SO-A1', invoices: [{ id: 'INV-A1' }], creditHolds: [{ id: 'HOLD-A1' }] },
      { __typename: 'Order', id: 'SO-B1', invoices: [], creditHolds: [] },
    ]);

    const oms = await graph.subgraph('oms', BUYER_A).post(OMS_ENTITIES, {
      r: [...representations('Order', 'SO-A1', 'SO-B1'), ...representations('Account', 'ACCT-A', 'ACCT-B')],
    });
    expect(oms.errors).toBeUndefined();
    expect(oms.data!._entities).toEqual([
      { __typename: 'Order', id: 'SO-A1', lines: [{ lineNumber: 1 }] },
      null,
      { __typename: 'Account', id: 'ACCT-A', orders: { totalCount: 1 }, quotes: { totalCount: 1 }, returns: { totalCount: 1 } },
      null,
    ]);
  });

  it('is refused internal data with FORBIDDEN, and still reads the public catalogue', async () => {
    expect((await buyer().post(StaffKpisDocument)).errors?.[0]).toMatchObject(KPI_REFUSAL);
    expect((await buyer().post(StaffSuppliersDocument)).errors?.[0]).toMatchObject({
      message: 'Suppliers are for staff: sign in with a staff token', extensions: { code: 'FORBIDDEN' },
    });
    const cost = await buyer().post(StaffStandardCostDocument, { sku: 'FAS-1' });
    expect(cost.data).toEqual({ product: { name: 'Hex bolt M8', itemMaster: null } });
    expect(cost.errors?.[0]).toMatchObject({
      message: 'Standard costs are for staff: sign in with a staff token', path: ['product', 'itemMaster', 'standardCost'], extensions: { code: 'FORBIDDEN' },
    });
    expect((await buyer().post(PublicCatalogueDocument, { sku: 'FAS-1' })).data).toEqual(CATALOGUE);
  });

  it('is refused the KPI entities when sending _entities straight to the ERP and the OMS', async () => {
    const period = { __typename: 'KpiPeriod', fromWeek: '2026-W44', toWeek: '2026-W44' };
    for (const domain of ['erp', 'oms'] as const) {
      const response = await graph.subgraph(domain, BUYER_A).post(`${ENTITIES} ... on KpiPeriod { fromWeek } } }`, { r: [period] });
      expect(response.data, domain).toEqual({ _entities: [null] });
      expect(response.errors?.[0], domain).toMatchObject(KPI_REFUSAL);
    }
  });
});

const CATALOGUE = {
  product: { name: 'Hex bolt M8', itemMaster: { listPrice: { amount: '25.00' } }, inventory: [{ branch: { name: 'Chicago DC', city: 'Chicago' }, onHand: 100 }], availableQuantity: 90 },
};
// Stock figures are for signed-in callers: an anonymous one sees where the product is held, not how many.
const ANONYMOUS_CATALOGUE = {
  product: { ...CATALOGUE.product, inventory: [{ branch: { name: 'Chicago DC', city: 'Chicago' }, onHand: null }], availableQuantity: null },
};

describe('an anonymous caller', () => {
  const anonymous = () => graph.as(ANONYMOUS);

  it('sees no account data through any list, look-up or reference', async () => {
    expect((await anonymous().post(AccountListsDocument, { otherAccount: 'ACCT-A' })).data).toEqual({ accounts: page(), orders: page(), ordersOfOther: page() });
    for (const ids of [A, B]) expect(await anonymous().post(AccountLookUpsDocument, ids)).toEqual({ data: NOTHING });
    const erp = await graph.subgraph('erp', ANONYMOUS).post(ERP_ENTITIES, { r: representations('Account', 'ACCT-A') });
    expect(erp).toEqual({ data: { _entities: [null] } });
  });

  it('is refused KPIs with FORBIDDEN and a message saying to sign in as staff', async () => {
    for (const document of [StaffKpisDocument, StaffScorecardDocument]) {
      const response = await anonymous().post(document);
      expect(response.data).toBeNull();
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]).toMatchObject(KPI_REFUSAL);
    }
  });

  it('reads the public catalogue: name, list price, the branches holding stock, and no stock figure', async () => {
    const response = await anonymous().post(PublicCatalogueDocument, { sku: 'FAS-1' });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual(ANONYMOUS_CATALOGUE);
  });
});

describe('a staff member', () => {
  it('sees both accounts through every path', async () => {
    const staff = graph.as(TEST_STAFF);
    expect((await staff.post(AccountListsDocument, { otherAccount: 'ACCT-B' })).data).toEqual({
      accounts: page('ACCT-A', 'ACCT-B'), orders: page('SO-B1', 'SO-A1'), ordersOfOther: page('SO-B1'),
    });
    for (const ids of [A, B]) expect((await staff.post(AccountLookUpsDocument, ids)).data).toEqual(lookUpsOf(ids));
    const records = await staff.post(AccountRecordsDocument, { id: 'ACCT-B' });
    expect(records.data!.account).toMatchObject({ openBalance: { amount: '1500.00' }, creditHeadroom: { amount: '3500.00' }, orders: page('SO-B1') });
    expect((await staff.post(StaffKpisDocument)).data).toEqual({ kpis: { fromWeek: '2026-W44', toWeek: '2026-W44' } });
  });
});
