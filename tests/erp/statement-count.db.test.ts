import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryData, startErpFixture } from './erp-fixture.ts';

/**
 * No N+1: a batch of 100 entity representations must cost exactly as many SQL statements as a
 * batch of 10. Both batches hold every key the fixture knows, padded with unknown keys, so every
 * nested field is exercised in both.
 */
let erp: Awaited<ReturnType<typeof startErpFixture>>;
beforeAll(async () => {
  erp = await startErpFixture();
});
afterAll(async () => {
  await erp?.stop();
});

async function statementsFor(query: string, representations: object[]): Promise<number> {
  const before = erp.db.stats.statements;
  const data = await queryData(erp.url, query, { representations });
  expect(data._entities).toHaveLength(representations.length);
  return erp.db.stats.statements - before;
}

function padded(typename: string, field: string, known: string[], size: number): object[] {
  const keys = [...known, ...Array.from({ length: size - known.length }, (_, i) => `UNKNOWN-${i}`)];
  return keys.map((key) => ({ __typename: typename, [field]: key }));
}

const entities = (selection: string) =>
  `query ($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`;

describe('statements per batch of entities do not grow with the batch', () => {
  it('Product: itemMaster, inventory, network totals, inbound supply', async () => {
    const query = entities(`... on Product { sku
      itemMaster { description primarySupplier { name } }
      inventory { branch { name } available syncAgeMinutes }
      networkOnHand networkOnHold networkSafetyStock
      inboundSupply { openQuantity purchaseOrder { id status } receipts { quantity } }
      demandForecast(fromWeek: "2026-11-02", toWeek: "2026-11-16") { forecastQuantity } }`);
    const known = ['BRG-6204', 'FAS-1001', 'VAL-2001'];
    const ten = await statementsFor(query, padded('Product', 'sku', known, 10));
    const hundred = await statementsFor(query, padded('Product', 'sku', known, 100));
    expect(hundred).toBe(ten);
    // as-of, item+totals, suppliers, inventory, branches, inbound lines, purchase orders, receipts, forecasts
    expect(ten).toBe(9);
  });

  it('Account: balances, price list, contract prices, invoices page, holds, disputes', async () => {
    const query = entities(`... on Account { id openBalance { amount } creditHeadroom { amount }
      priceList { prices(sku: "BRG-6204") { minQuantity } } contractPrices { minQuantity }
      invoices(first: 2) { totalCount edges { node { id daysPastDue payments { id } disputes { id } order { id } } } }
      creditHolds { hoursHeld order { id } } disputes { invoice { id } } }`);
    const known = ['ACCT-0001', 'ACCT-0002', 'ACCT-0003'];
    const ten = await statementsFor(query, padded('Account', 'id', known, 10));
    const hundred = await statementsFor(query, padded('Account', 'id', known, 100));
    expect(hundred).toBe(ten);
  });

  it('Order and Branch references', async () => {
    const orders = entities('... on Order { id invoices { id payments { id } account { name } } creditHolds { id } }');
    const knownOrders = ['SO-000001', 'SO-000002', 'SO-000003'];
    expect(await statementsFor(orders, padded('Order', 'id', knownOrders, 100))).toBe(
      await statementsFor(orders, padded('Order', 'id', knownOrders, 10)),
    );
    const branches = entities('... on Branch { code inventorySyncStale }');
    expect(await statementsFor(branches, padded('Branch', 'code', ['CHI', 'DAL'], 100))).toBe(
      await statementsFor(branches, padded('Branch', 'code', ['CHI', 'DAL'], 10)),
    );
  });
});
