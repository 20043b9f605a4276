import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryData, startErpFixture } from './erp-fixture.ts';

let erp: Awaited<ReturnType<typeof startErpFixture>>;
beforeAll(async () => {
  erp = await startErpFixture();
});
afterAll(async () => {
  await erp?.stop();
});

const entities = (selection: string) =>
  `query ($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`;

describe('_entities', () => {
  it('resolves Account references, null for an unknown account', async () => {
    const data = await queryData(erp.url, entities('... on Account { id name segment creditHeadroom { amount } }'), {
      representations: [
        { __typename: 'Account', id: 'ACCT-0002' },
        { __typename: 'Account', id: 'ACCT-9999' },
        { __typename: 'Account', id: 'ACCT-0001' },
      ],
    });
    expect(data._entities).toEqual([
      // 1,000.00 limit - 1,500.00 owed
      { id: 'ACCT-0002', name: 'Borealis Motors', segment: 'OEM', creditHeadroom: { amount: '-500.00' } },
      null,
      // 5,000.00 - 1,500.00
      { id: 'ACCT-0001', name: 'Acme Build Co', segment: 'CONTRACTOR', creditHeadroom: { amount: '3500.00' } },
    ]);
  });

  it('resolves Branch references with sync age and staleness, null for an unknown branch', async () => {
    const data = await queryData(
      erp.url,
      entities('... on Branch { code name timeZone syncStaleAfterMinutes inventorySyncAgeMinutes inventorySyncStale }'),
      { representations: [{ __typename: 'Branch', code: 'CHI' }, { __typename: 'Branch', code: 'DAL' }, { __typename: 'Branch', code: 'ZZZ' }] },
    );
    expect(data._entities).toEqual([
      // 23:00:00 -> 23:59:59 = 59 min, not over 60
      { code: 'CHI', name: 'Chicago DC', timeZone: 'America/Chicago', syncStaleAfterMinutes: 60, inventorySyncAgeMinutes: 59, inventorySyncStale: false },
      // 21:30:00 -> 23:59:59 = 149 min, over 60
      { code: 'DAL', name: 'Dallas DC', timeZone: 'America/Chicago', syncStaleAfterMinutes: 60, inventorySyncAgeMinutes: 149, inventorySyncStale: true },
      null,
    ]);
  });

  it('resolves Order references to their invoices and credit holds; an order the ERP never billed has empty lists', async () => {
    const data = await queryData(erp.url, entities('... on Order { id invoices { id status } creditHolds { id hoursHeld } }'), {
      representations: [{ __typename: 'Order', id: 'SO-000001' }, { __typename: 'Order', id: 'SO-999999' }],
    });
    expect(data._entities).toEqual([
      // HOLD-3: 10:00 -> 14:00 = 4 h
      { id: 'SO-000001', invoices: [{ id: 'INV-000001', status: 'PARTIALLY_PAID' }, { id: 'INV-000004', status: 'VOID' }], creditHolds: [{ id: 'HOLD-3', hoursHeld: 4 }] },
      // Orders live in the OMS: the ERP cannot tell an unknown id from one it has not billed yet.
      { id: 'SO-999999', invoices: [], creditHolds: [] },
    ]);
  });
});

describe('look-ups', () => {
  it('serves an invoice with payments, balance and days past due', async () => {
    const data = await queryData(
      erp.url,
      `{ invoice(id: "INV-000001") { id account { id } order { id } issuedAt dueDate status daysPastDue
          amount { amount } paidAmount { amount } balance { amount } payments { id method amount { amount } receivedAt } disputes { id } } }`,
    );
    expect(data.invoice).toEqual({
      id: 'INV-000001', account: { id: 'ACCT-0001' }, order: { id: 'SO-000001' }, issuedAt: '2026-09-01T10:00:00.000Z',
      dueDate: '2026-10-01', status: 'PARTIALLY_PAID',
      // due 10-01, as of 11-01: 31 days
      daysPastDue: 31,
      // 1,200.00 - 500.00 paid = 700.00
      amount: { amount: '1200.00' }, paidAmount: { amount: '500.00' }, balance: { amount: '700.00' },
      payments: [{ id: 'PAY-1', method: 'ACH', amount: { amount: '500.00' }, receivedAt: '2026-09-20T15:00:00.000Z' }],
      disputes: [],
    });
  });

  it('shows 0 days past due for paid and not-yet-due invoices, and no order for unlinked ones', async () => {
    const data = await queryData(
      erp.url,
      `{ paid: invoice(id: "INV-000003") { daysPastDue order { id } balance { amount } }
         notDue: invoice(id: "INV-000002") { daysPastDue }
         disputed: invoice(id: "INV-000005") { disputes { id } } }`,
    );
    expect(data).toEqual({
      paid: { daysPastDue: 0, order: null, balance: { amount: '0.00' } },
      notDue: { daysPastDue: 0 },
      disputed: { disputes: [{ id: 'DSP-2' }, { id: 'DSP-1' }] },
    });
  });

  it('returns null for unknown keys', async () => {
    const data = await queryData(
      erp.url,
      '{ invoice(id: "X") { id } purchaseOrder(id: "X") { id } supplier(id: "X") { id } branch(code: "X") { code } }',
    );
    expect(data).toEqual({ invoice: null, purchaseOrder: null, supplier: null, branch: null });
  });

  it('lists branches by code', async () => {
    const data = await queryData(erp.url, '{ branches { code city region } branch(code: "DAL") { name } }');
    expect(data).toEqual({
      branches: [{ code: 'CHI', city: 'Chicago', region: 'Midwest' }, { code: 'DAL', city: 'Dallas', region: 'South' }],
      branch: { name: 'Dallas DC' },
    });
  });

  it('pages suppliers and their purchase orders with cursor round trips', async () => {
    const SUPPLIERS = `query ($after: String) { suppliers(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { id leadTimeDays paymentTerms purchaseOrders(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } } } }`;
    const first = (await queryData(erp.url, SUPPLIERS)).suppliers;
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const sup1 = first.edges[0].node;
    // SUP-001 placed PO-000002 (10-15) and PO-000001 (10-01): newest first
    expect(sup1).toMatchObject({ id: 'SUP-001', leadTimeDays: 14, paymentTerms: 'NET30' });
    expect(sup1.purchaseOrders).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { id: 'PO-000002' } }] });
    const nextOrders = await queryData(
      erp.url,
      `query ($after: String) { supplier(id: "SUP-001") { purchaseOrders(first: 1, after: $after) { pageInfo { hasNextPage } edges { node { id } } } } }`,
      { after: sup1.purchaseOrders.pageInfo.endCursor },
    );
    expect(nextOrders.supplier.purchaseOrders).toEqual({ pageInfo: { hasNextPage: false }, edges: [{ node: { id: 'PO-000001' } }] });
    const second = (await queryData(erp.url, SUPPLIERS, { after: first.pageInfo.endCursor })).suppliers;
    expect(second).toMatchObject({ pageInfo: { hasNextPage: false }, edges: [{ node: { id: 'SUP-002', purchaseOrders: { totalCount: 1 } } }] });
  });
});
