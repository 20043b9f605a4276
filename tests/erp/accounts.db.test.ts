import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryData, queryError, startErpFixture } from './erp-fixture.ts';

let erp: Awaited<ReturnType<typeof startErpFixture>>;
beforeAll(async () => {
  erp = await startErpFixture();
});
afterAll(async () => {
  await erp?.stop();
});

const ACCOUNTS = `query ($filter: AccountFilter, $first: Int, $after: String) {
  accounts(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
const ids = (connection: any) => connection.edges.map((edge: any) => edge.node.id);

describe('account look-up', () => {
  it('serves an account with its terms, credit and balances', async () => {
    const data = await queryData(
      erp.url,
      `{ account(id: "ACCT-0001") { id name segment cohort creditStatus allowsSubstitutions openedOn
          paymentTerms { code netDays } creditLimit { amount } openBalance { amount currencyCode } creditHeadroom { amount }
          priceList { id currencyCode prices(sku: "BRG-6204") { minQuantity unitPrice { amount } } }
          contractPrices { product { sku } minQuantity unitPrice { amount } validFrom validTo } } }`,
    );
    expect(data.account).toEqual({
      id: 'ACCT-0001', name: 'Acme Build Co', segment: 'CONTRACTOR', cohort: '2024-H1', creditStatus: 'GOOD',
      allowsSubstitutions: true, openedOn: '2024-02-01', paymentTerms: { code: 'NET30', netDays: 30 },
      creditLimit: { amount: '5000.00' },
      // Not void: INV-1 1,200.00 - 500.00 paid + INV-2 800.00 + INV-3 300.00 - 300.00 paid = 1,500.00 (INV-4 is void)
      openBalance: { amount: '1500.00', currencyCode: 'USD' },
      // 5,000.00 - 1,500.00
      creditHeadroom: { amount: '3500.00' },
      priceList: { id: 'PL-CONTRACTOR', currencyCode: 'USD', prices: [{ minQuantity: 1, unitPrice: { amount: '4.50' } }, { minQuantity: 10, unitPrice: { amount: '4.20' } }] },
      contractPrices: [
        { product: { sku: 'BRG-6204' }, minQuantity: 1, unitPrice: { amount: '4.00' }, validFrom: '2026-01-01', validTo: null },
        { product: { sku: 'FAS-1001' }, minQuantity: 50, unitPrice: { amount: '19.00' }, validFrom: '2026-01-01', validTo: '2026-12-31' },
      ],
    });
  });

  it('shows negative headroom for an account over its limit, and zero balance without invoices', async () => {
    const data = await queryData(
      erp.url,
      `{ over: account(id: "ACCT-0002") { openBalance { amount } creditHeadroom { amount } }
         clean: account(id: "ACCT-0003") { openBalance { amount } creditHeadroom { amount } contractPrices(sku: "BRG-6204") { minQuantity } } }`,
    );
    // ACCT-0002: 1,500.00 owed on INV-5 against a 1,000.00 limit -> -500.00
    expect(data.over).toEqual({ openBalance: { amount: '1500.00' }, creditHeadroom: { amount: '-500.00' } });
    expect(data.clean).toEqual({ openBalance: { amount: '0.00' }, creditHeadroom: { amount: '2000.00' }, contractPrices: [] });
  });

  it('returns null for an unknown account', async () => {
    expect(await queryData(erp.url, '{ account(id: "ACCT-9999") { id } }')).toEqual({ account: null });
  });

  it('lists credit holds and disputes, newest first, optionally only open ones', async () => {
    const data = await queryData(
      erp.url,
      `{ account(id: "ACCT-0002") {
          holds: creditHolds { id reason order { id } releasedAt hoursHeld }
          openHolds: creditHolds(openOnly: true) { id }
          disputes { id reason amount { amount } tiedToOrderQuality invoice { id } resolvedAt }
          openDisputes: disputes(openOnly: true) { id } } }`,
    );
    expect(data.account.holds).toEqual([
      // still held: 11:59:59 -> as-of 23:59:59 = 12 h
      { id: 'HOLD-2', reason: 'MANUAL', order: null, releasedAt: null, hoursHeld: 12 },
      // 10-20 12:00 -> 10-21 06:30 = 18.5 h
      { id: 'HOLD-1', reason: 'OVER_LIMIT', order: { id: 'SO-000003' }, releasedAt: '2026-10-21T06:30:00.000Z', hoursHeld: 18.5 },
    ]);
    expect(data.account.openHolds).toEqual([{ id: 'HOLD-2' }]);
    expect(data.account.disputes).toEqual([
      { id: 'DSP-1', reason: 'QUANTITY', amount: { amount: '200.00' }, tiedToOrderQuality: true, invoice: { id: 'INV-000005' }, resolvedAt: null },
      { id: 'DSP-2', reason: 'PRICING', amount: { amount: '50.00' }, tiedToOrderQuality: false, invoice: { id: 'INV-000005' }, resolvedAt: '2026-10-24T09:00:00.000Z' },
    ]);
    expect(data.account.openDisputes).toEqual([{ id: 'DSP-1' }]);
  });
});

describe('account invoices', () => {
  const INVOICES = `query ($status: [InvoiceStatus!], $first: Int, $after: String) { account(id: "ACCT-0001") {
    invoices(status: $status, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;

  it('pages newest issued first with a cursor round trip', async () => {
    const first = (await queryData(erp.url, INVOICES, { first: 2 })).account.invoices;
    // Issued 10-10 (INV-2), 09-02 (INV-4), 09-01 (INV-1), 08-01 (INV-3)
    expect(ids(first)).toEqual(['INV-000002', 'INV-000004']);
    expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const second = (await queryData(erp.url, INVOICES, { first: 2, after: first.pageInfo.endCursor })).account.invoices;
    expect(ids(second)).toEqual(['INV-000001', 'INV-000003']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by status', async () => {
    const page = (await queryData(erp.url, INVOICES, { status: ['OPEN', 'PARTIALLY_PAID'] })).account.invoices;
    expect(ids(page)).toEqual(['INV-000002', 'INV-000001']);
    expect(page.totalCount).toBe(2);
  });

  it('refuses first over 200 and a foreign cursor', async () => {
    const tooMany = await queryError(erp.url, INVOICES, { first: 201 });
    expect(tooMany.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.message).toContain('"first"');
    const badCursor = await queryError(erp.url, INVOICES, { after: 'not-a-cursor' });
    expect(badCursor.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badCursor.message).toContain('"after"');
  });
});

describe('accounts list', () => {
  it('filters by segment and pages by account number with a cursor round trip', async () => {
    const filter = { segment: ['CONTRACTOR'] };
    const first = (await queryData(erp.url, ACCOUNTS, { filter, first: 1 })).accounts;
    // Contractors: ACCT-0001 and ACCT-0003
    expect(ids(first)).toEqual(['ACCT-0001']);
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = (await queryData(erp.url, ACCOUNTS, { filter, first: 1, after: first.pageInfo.endCursor })).accounts;
    expect(ids(second)).toEqual(['ACCT-0003']);
    expect(second).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false } });
  });

  it('filters by credit status and by name or number, case-insensitively', async () => {
    const held = (await queryData(erp.url, ACCOUNTS, { filter: { creditStatus: ['HOLD', 'WATCH'] } })).accounts;
    expect(ids(held)).toEqual(['ACCT-0002', 'ACCT-0003']);
    const byName = (await queryData(erp.url, ACCOUNTS, { filter: { search: 'BOREALIS' } })).accounts;
    expect(ids(byName)).toEqual(['ACCT-0002']);
    const byNumber = (await queryData(erp.url, ACCOUNTS, { filter: { search: 'acct-0003' } })).accounts;
    expect(ids(byNumber)).toEqual(['ACCT-0003']);
    const all = (await queryData(erp.url, ACCOUNTS, { filter: { segment: [], search: '  ' } })).accounts;
    expect(all.totalCount).toBe(3);
  });

  it('refuses first over 200 and a bad cursor, naming the argument', async () => {
    const tooMany = await queryError(erp.url, ACCOUNTS, { first: 201 });
    expect(tooMany.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.message).toContain('"first"');
    const badCursor = await queryError(erp.url, ACCOUNTS, { after: '!!!' });
    expect(badCursor.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badCursor.message).toContain('"after"');
  });
});
