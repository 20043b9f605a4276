import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphCaller } from '../../lib/testing/graphql.ts';
import { testBuyer } from '../../lib/testing/identity.ts';
import { startKpiFixture } from './kpi-fixture.ts';

/**
 * An invoice's sales channel and lines, on the ERP KPI fixture: INV-1 (ACCT-A, portal) bills 10 x
 * SKU-1 at 10.00 (list 10.00, cost 6.00); INV-3 (ACCT-A, rep) bills line 2, 5 x SKU-1 at 11.00;
 * INV-5 is a manual invoice with no lines and no channel.
 */
let erp: Awaited<ReturnType<typeof startKpiFixture>>;
beforeAll(async () => {
  erp = await startKpiFixture();
});
afterAll(async () => {
  await erp?.stop();
});

const INVOICE = `query($id: ID!) { invoice(id: $id) { id salesChannel
  lines { lineNumber product { sku } quantity unitPrice { amount } listPrice { amount } amount { amount } } } }`;

describe('Invoice.salesChannel and Invoice.lines', () => {
  it('gives the channel and each billed line with its amount', async () => {
    const staff = subgraphCaller(erp);
    const one = await staff.post(INVOICE, { id: 'INV-1' });
    expect(one.data).toEqual({ invoice: { id: 'INV-1', salesChannel: 'PORTAL', lines: [
      { lineNumber: 1, product: { sku: 'SKU-1' }, quantity: 10, unitPrice: { amount: '10.00' }, listPrice: { amount: '10.00' }, amount: { amount: '100.00' } },
    ] } });
    // 5 x 11.00 = 55.00, billed as order line 2
    expect((await staff.post(INVOICE, { id: 'INV-3' })).data).toMatchObject({ invoice: { salesChannel: 'REP', lines: [{ lineNumber: 2, amount: { amount: '55.00' } }] } });
    expect((await staff.post(INVOICE, { id: 'INV-5' })).data).toEqual({ invoice: { id: 'INV-5', salesChannel: null, lines: [] } });
  });

  it('shows the unit cost to staff only', async () => {
    const COST = `{ invoice(id: "INV-1") { lines { unitCost { amount } } } }`;
    expect((await subgraphCaller(erp).post(COST)).data).toEqual({ invoice: { lines: [{ unitCost: { amount: '6.00' } }] } });
    const buyer = await subgraphCaller(erp, testBuyer('ACCT-A')).post(COST);
    expect(buyer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
