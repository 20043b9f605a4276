import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodFields, startKpiFixture } from './kpi-fixture.ts';

let erp: Awaited<ReturnType<typeof startKpiFixture>>;
beforeAll(async () => {
  erp = await startKpiFixture();
});
afterAll(async () => {
  await erp?.stop();
});

const W42_W44 = { fromWeek: '2026-W42', toWeek: '2026-W44' };
const values = (readings: { dimensionValue?: string; toWeek?: string; value: string | null }[], key: 'dimensionValue' | 'toWeek') =>
  Object.fromEntries(readings.map((reading) => [reading[key], reading.value]));

describe('revenue', () => {
  it('sums the non-void invoices issued in the period, by week and by channel', async () => {
    const period = await periodFields(erp.url, 'revenue(by: CHANNEL) { reading { kpi value numerator denominator unit direction } byWeek { toWeek value } byDimension { dimension dimensionValue value } }', W42_W44);
    // W42: INV-5 20.00; W43: INV-1 100.00 + INV-2 360.00 + INV-3 55.00 = 515.00 (INV-4 is void); W44: none = 0
    expect(period.revenue.reading).toEqual({ kpi: 'revenue', value: '535.0000', numerator: '535.0000', denominator: '1.0000', unit: 'MONEY', direction: 'HIGHER_IS_BETTER' });
    expect(values(period.revenue.byWeek, 'toWeek')).toEqual({ '2026-W42': '20.0000', '2026-W43': '515.0000', '2026-W44': '0.0000' });
    // api had only the void INV-4; manual is INV-5, which has no entry channel
    expect(period.revenue.byDimension.map((r: any) => r.dimension)).toEqual(['channel', 'channel', 'channel', 'channel', 'channel']);
    expect(values(period.revenue.byDimension, 'dimensionValue')).toEqual({ api: '0.0000', edi: '360.0000', manual: '20.0000', portal: '100.0000', rep: '55.0000' });
  });
});

describe('grossMarginPercent', () => {
  it('is (revenue - COGS) / revenue, a ratio of sums over weeks and segments', async () => {
    const period = await periodFields(erp.url, 'grossMarginPercent(by: SEGMENT) { reading { value numerator denominator } byWeek { toWeek value numerator denominator } byDimension { dimensionValue value } }', W42_W44);
    // revenue 535.00; COGS = 10 x 6.00 + 8 x 30.00 + 5 x 6.00 = 330.00 (INV-5 has no lines);
    // (535 - 330) / 535 = 38.3178%
    expect(period.grossMarginPercent.reading).toEqual({ value: '38.3178', numerator: '205.0000', denominator: '535.0000' });
    expect(period.grossMarginPercent.byWeek).toEqual([
      // W42: 20.00 with no cost = 100%; W43: (515 - 330) / 515 = 35.9223%
      { toWeek: '2026-W42', value: '100.0000', numerator: '20.0000', denominator: '20.0000' },
      { toWeek: '2026-W43', value: '35.9223', numerator: '185.0000', denominator: '515.0000' },
      // a week with no invoices: nothing to measure, value null, no error
      { toWeek: '2026-W44', value: null, numerator: '0.0000', denominator: '0.0000' },
    ]);
    // contractor: (20 + 100 + 55 - 60 - 30) / 175 = 48.5714%; oem: (360 - 240) / 360 = 33.3333%
    expect(values(period.grossMarginPercent.byDimension, 'dimensionValue')).toEqual({ contractor: '48.5714', oem: '33.3333' });
  });

  it('reads null for a channel that only had a void invoice', async () => {
    const period = await periodFields(erp.url, 'grossMarginPercent(by: CHANNEL) { byDimension { dimensionValue value } }', W42_W44);
    // portal (100 - 60) / 100 = 40%; edi (360 - 240) / 360; rep (55 - 30) / 55 = 45.4545%
    expect(values(period.grossMarginPercent.byDimension, 'dimensionValue')).toEqual({ api: null, edi: '33.3333', manual: '100.0000', portal: '40.0000', rep: '45.4545' });
  });
});

describe('contributionMargin and priceLeakage', () => {
  it('subtracts the OMS fulfilment costs sent in the representation, short-ship costs excepted', async () => {
    const costs = {
      outboundFreight: { minorUnits: '3000' },
      expedite: { minorUnits: '500' },
      pickPack: { minorUnits: '1200' },
      returns: { minorUnits: '800' },
      shortShip: { minorUnits: '9900' },
    };
    const period = await periodFields(erp.url, 'contributionMargin { kpi value numerator denominator unit fromWeek toWeek }', { ...W42_W44, fulfilmentCostTotals: costs });
    // 535.00 - 330.00 COGS - 30.00 freight - 5.00 expedite - 12.00 pick/pack - 8.00 returns = 150.00
    expect(period.contributionMargin).toEqual({ kpi: 'contribution_margin', value: '150.0000', numerator: '150.0000', denominator: '1.0000', unit: 'MONEY', fromWeek: '2026-W42', toWeek: '2026-W44' });
  });

  it('sums (list - invoiced price) x quantity per line, floored at 0, over non-void invoices', async () => {
    const period = await periodFields(erp.url, 'priceLeakage { amount currencyCode minorUnits }', W42_W44);
    // INV-2: (50.00 - 45.00) x 8 = 40.00; INV-3 is billed above list (0, not -5.00); void INV-4 left out
    expect(period.priceLeakage).toEqual({ amount: '40.00', currencyCode: 'USD', minorUnits: '4000' });
  });

  it('answers a week with no invoices with zeros and nulls, not errors', async () => {
    const period = await periodFields(erp.url, 'revenue { reading { value } } grossMarginPercent { reading { value } } priceLeakage { amount }', { fromWeek: '2026-W44', toWeek: '2026-W44' });
    expect(period).toEqual({ revenue: { reading: { value: '0.0000' } }, grossMarginPercent: { reading: { value: null } }, priceLeakage: { amount: '0.00' } });
  });
});
