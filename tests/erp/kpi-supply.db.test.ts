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
const byWeek = (readings: { toWeek: string; value: string | null }[]) => Object.fromEntries(readings.map((r) => [r.toWeek, r.value]));

describe('supplierOnTimeDelivery', () => {
  it('counts lines first received 2 days early to 0 days late of commit, over lines due by commit week', async () => {
    const period = await periodFields(erp.url, 'supplierOnTimeDelivery(by: SUPPLIER) { reading { kpi value numerator denominator } byWeek { toWeek value } byDimension { dimensionValue value } }', W42_W44);
    // due W42: PO-4/1 (3 days early: not on time). Due W43: PO-1/1 (2 early: on time), PO-1/2 (3 late),
    // PO-2/1 (on the day: on time), PO-2/2 (never received). PO-3 is cancelled. 2 / 5 = 40%
    expect(period.supplierOnTimeDelivery.reading).toEqual({ kpi: 'supplier_on_time_delivery', value: '40.0000', numerator: '2.0000', denominator: '5.0000' });
    expect(byWeek(period.supplierOnTimeDelivery.byWeek)).toEqual({ '2026-W42': '0.0000', '2026-W43': '50.0000', '2026-W44': null });
    // SUP-1: PO-1/1 of PO-1/1, PO-1/2, PO-4/1 = 33.3333%; SUP-2: PO-2/1 of PO-2/1, PO-2/2 = 50%
    expect(period.supplierOnTimeDelivery.byDimension).toEqual([{ dimensionValue: 'SUP-1', value: '33.3333' }, { dimensionValue: 'SUP-2', value: '50.0000' }]);
  });
});

describe('inboundEtaAccuracy', () => {
  it('compares first receipts with the ETA held 7 days before them', async () => {
    const period = await periodFields(erp.url, 'inboundEtaAccuracy { withinTwoDays { reading { kpi value numerator denominator } byWeek { toWeek value } } meanAbsoluteErrorDays biasDays }', W42_W44);
    // first receipts minus ETA: PO-4/1 0 (W42); PO-1/1 -1, PO-1/2 +3, PO-2/1 -1 (W43). Within +-2: 3 of 4 = 75%
    expect(period.inboundEtaAccuracy.withinTwoDays.reading).toEqual({ kpi: 'inbound_eta_within_two_days', value: '75.0000', numerator: '3.0000', denominator: '4.0000' });
    expect(byWeek(period.inboundEtaAccuracy.withinTwoDays.byWeek)).toEqual({ '2026-W42': '100.0000', '2026-W43': '66.6667', '2026-W44': null });
    // mean |error| (0 + 1 + 3 + 1) / 4 = 1.25; bias (0 - 1 + 3 - 1) / 4 = 0.25 days late
    expect(period.inboundEtaAccuracy.meanAbsoluteErrorDays).toBe('1.2500');
    expect(period.inboundEtaAccuracy.biasDays).toBe('0.2500');
  });

  it('has no errors to average when nothing arrived', async () => {
    const period = await periodFields(erp.url, 'inboundEtaAccuracy { withinTwoDays { reading { value } } meanAbsoluteErrorDays biasDays }', { fromWeek: '2026-W44', toWeek: '2026-W44' });
    expect(period.inboundEtaAccuracy).toEqual({ withinTwoDays: { reading: { value: null } }, meanAbsoluteErrorDays: null, biasDays: null });
  });
});

describe('inventoryAging', () => {
  const rows = (aging: any[]) => aging.filter((row) => row.quantity > 0).map((row) => `${row.dimensionValue} ${row.bucket} ${row.quantity} ${row.value.amount}`);

  it('ages FIFO layers to the Sunday ending the period, by family, with every bucket listed', async () => {
    const period = await periodFields(erp.url, 'inventoryAging { dimension dimensionValue bucket quantity value { amount } }', W42_W44);
    // to 2026-11-01: SKU-1 10 @ 6.00 received 10-20 (12 days), 5 @ 5.80 received 08-01 (92 days);
    // SKU-2 3 @ 30.00 received 09-02 (60 days), 2 @ 29.00 received 2025-09-01 (426 days)
    expect(period.inventoryAging).toHaveLength(12);
    expect(period.inventoryAging[0]).toEqual({ dimension: 'family', dimensionValue: 'fasteners', bucket: 'DAYS_0_30', quantity: 10, value: { amount: '60.00' } });
    expect(period.inventoryAging[1]).toEqual({ dimension: 'family', dimensionValue: 'fasteners', bucket: 'DAYS_31_60', quantity: 0, value: { amount: '0.00' } });
    expect(rows(period.inventoryAging)).toEqual(['fasteners DAYS_0_30 10 60.00', 'fasteners DAYS_91_180 5 29.00', 'hvac DAYS_31_60 3 90.00', 'hvac OVER_365 2 58.00']);
  });

  it('groups by branch, and leaves out layers received after an earlier period end', async () => {
    const byBranch = await periodFields(erp.url, 'inventoryAging(by: BRANCH) { dimensionValue bucket quantity value { amount } }', W42_W44);
    expect(rows(byBranch.inventoryAging)).toEqual(['CHI DAYS_0_30 10 60.00', 'CHI DAYS_31_60 3 90.00', 'CHI DAYS_91_180 5 29.00', 'DAL OVER_365 2 58.00']);
    // to 2026-10-18: the 10-20 layer is not there yet; 08-01 is 78 days old, 09-02 46 days, 2025-09-01 412 days
    const earlier = await periodFields(erp.url, 'inventoryAging { dimensionValue bucket quantity value { amount } }', { fromWeek: '2026-W42', toWeek: '2026-W42' });
    expect(rows(earlier.inventoryAging)).toEqual(['fasteners DAYS_61_90 5 29.00', 'hvac DAYS_31_60 3 90.00', 'hvac OVER_365 2 58.00']);
  });
});

describe('forecastAccuracy', () => {
  // The OMS's units ordered for the 8 weeks ending W44, as the gateway sends them.
  const demand = [
    { sku: 'SKU-1', week: '2026-W38', quantity: 5 },
    { sku: 'SKU-1', week: '2026-W43', quantity: 10 },
    { sku: 'SKU-1', week: '2026-W44', quantity: 20 },
    { sku: 'SKU-2', week: '2026-W43', quantity: 5 },
  ];
  const selection = 'forecastAccuracy { trailing2Weeks { WINDOW } trailing4Weeks { WINDOW } trailing8Weeks { WINDOW } }';
  const windowFragment = 'wape { kpi value numerator denominator fromWeek toWeek } bias { kpi value numerator denominator } lagWeeks';

  it('computes WAPE and bias of the lag-1 forecasts over the trailing 2, 4 and 8 weeks', async () => {
    const period = await periodFields(erp.url, selection.replaceAll('WINDOW', windowFragment), { ...W42_W44, skuWeeklyDemand: demand });
    const { trailing2Weeks, trailing4Weeks, trailing8Weeks } = period.forecastAccuracy;
    // W43-W44, (actual, forecast): SKU-1 W43 (10, 12) W44 (20, 15); SKU-2 W43 (5, none = 0) W44 (0, 4)
    // sum |A - F| = 2 + 5 + 5 + 4 = 16; sum A = 35; sum (F - A) = 2 - 5 - 5 + 4 = -4
    expect(trailing2Weeks).toEqual({
      wape: { kpi: 'forecast_wape', value: '45.7143', numerator: '16.0000', denominator: '35.0000', fromWeek: '2026-W43', toWeek: '2026-W44' },
      bias: { kpi: 'forecast_bias', value: '-11.4286', numerator: '-4.0000', denominator: '35.0000' },
      lagWeeks: 1,
    });
    // W41-W44 holds nothing more
    expect(trailing4Weeks.wape.value).toBe('45.7143');
    expect(trailing4Weeks.wape.fromWeek).toBe('2026-W41');
    // W37-W44 adds SKU-1 W38 (5, 5): WAPE 16 / 40 = 40%, bias -4 / 40 = -10%. SKU-2's W36 forecast and the
    // lag-4 forecast are not compared.
    expect([trailing8Weeks.wape.value, trailing8Weeks.bias.value, trailing8Weeks.wape.fromWeek]).toEqual(['40.0000', '-10.0000', '2026-W37']);
  });

  it('gives a null WAPE on zero actuals, never a division error', async () => {
    const period = await periodFields(erp.url, 'forecastAccuracy { trailing2Weeks { wape { value numerator denominator } bias { value } } }', { ...W42_W44, skuWeeklyDemand: [] });
    // forecasts 12 + 15 + 4 = 31 units against no demand
    expect(period.forecastAccuracy.trailing2Weeks).toEqual({ wape: { value: null, numerator: '31.0000', denominator: '0.0000' }, bias: { value: null } });
  });
});

describe('inputs for the OMS', () => {
  it('lists every account profile, item velocity tier and stock position', async () => {
    const period = await periodFields(
      erp.url,
      'accountProfiles { accountId segment cohort paymentTermsDays } itemVelocityTiers { sku velocityTier } inventorySnapshot { sku branchCode onHand onHold safetyStock }',
      W42_W44,
    );
    expect(period.accountProfiles).toEqual([
      { accountId: 'ACCT-A', segment: 'CONTRACTOR', cohort: '2024-H1', paymentTermsDays: 30 },
      { accountId: 'ACCT-B', segment: 'OEM', cohort: '2025-H1', paymentTermsDays: 45 },
    ]);
    expect(period.itemVelocityTiers).toEqual([{ sku: 'SKU-1', velocityTier: 'A' }, { sku: 'SKU-2', velocityTier: 'C' }]);
    expect(period.inventorySnapshot).toEqual([
      { sku: 'SKU-1', branchCode: 'CHI', onHand: 15, onHold: 1, safetyStock: 2 },
      { sku: 'SKU-2', branchCode: 'CHI', onHand: 3, onHold: 0, safetyStock: 1 },
      { sku: 'SKU-2', branchCode: 'DAL', onHand: 2, onHold: 0, safetyStock: 0 },
    ]);
  });
});
