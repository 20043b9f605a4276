import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORDERS_PLACED, periodFields, startKpiFixture } from './kpi-fixture.ts';

let erp: Awaited<ReturnType<typeof startKpiFixture>>;
beforeAll(async () => {
  erp = await startKpiFixture();
});
afterAll(async () => {
  await erp?.stop();
});

const W42_W44 = { fromWeek: '2026-W42', toWeek: '2026-W44' };
const byWeek = (readings: { toWeek: string; value: string | null }[]) => Object.fromEntries(readings.map((r) => [r.toWeek, r.value]));

describe('creditHoldFrequency', () => {
  it('divides orders held per hold week by the OMS orders placed per week, sent in the representation', async () => {
    const period = await periodFields(erp.url, 'creditHoldFrequency { reading { kpi value numerator denominator unit } byWeek { toWeek value } }', {
      ...W42_W44,
      ordersPlacedByWeek: ORDERS_PLACED,
    });
    // held: W43 SO-1, SO-2, SO-3; W44 SO-4 (HOLD-4 has no order). Placed: 10 + 40 + 20 = 70. 4 / 70 = 5.7143%
    expect(period.creditHoldFrequency.reading).toEqual({ kpi: 'credit_hold_frequency', value: '5.7143', numerator: '4.0000', denominator: '70.0000', unit: 'PERCENT' });
    // W42 0 / 10; W43 3 / 40 = 7.5%; W44 1 / 20 = 5%
    expect(byWeek(period.creditHoldFrequency.byWeek)).toEqual({ '2026-W42': '0.0000', '2026-W43': '7.5000', '2026-W44': '5.0000' });
  });

  it('refuses a representation without the required orders placed', async () => {
    await expect(periodFields(erp.url, 'creditHoldFrequency { reading { value } }', W42_W44)).rejects.toThrow(/ordersPlacedByWeek/);
  });
});

describe('creditHoldReleaseTime', () => {
  it('gives mean, median and p90 hours of the holds released in the period', async () => {
    const period = await periodFields(erp.url, 'creditHoldReleaseTime { mean { reading { kpi value numerator denominator unit } byWeek { toWeek value } } medianHours p90Hours }', W42_W44);
    // released: W43 HOLD-1 2 h, HOLD-2 24 h; W44 HOLD-3 60 h, HOLD-4 6 h. Mean (2 + 24 + 60 + 6) / 4 = 23 h
    expect(period.creditHoldReleaseTime.mean.reading).toEqual({ kpi: 'credit_hold_release_time', value: '23.0000', numerator: '92.0000', denominator: '4.0000', unit: 'HOURS' });
    // W42 nothing released: null; W43 26 / 2 = 13; W44 66 / 2 = 33
    expect(byWeek(period.creditHoldReleaseTime.mean.byWeek)).toEqual({ '2026-W42': null, '2026-W43': '13.0000', '2026-W44': '33.0000' });
    // sorted 2, 6, 24, 60: median (6 + 24) / 2 = 15; p90 at rank 0.9 x 3 = 2.7: 24 + 0.7 x (60 - 24) = 49.2
    expect(period.creditHoldReleaseTime.medianHours).toBe('15.0000');
    expect(period.creditHoldReleaseTime.p90Hours).toBe('49.2000');
  });

  it('is null throughout when nothing was released', async () => {
    const period = await periodFields(erp.url, 'creditHoldReleaseTime { mean { reading { value } } medianHours p90Hours }', { fromWeek: '2026-W40', toWeek: '2026-W40' });
    expect(period.creditHoldReleaseTime).toEqual({ mean: { reading: { value: null } }, medianHours: null, p90Hours: null });
  });
});

// Invoices issued: W42 INV-5; W43 INV-1, INV-2, INV-3, INV-4 (void, still issued); W44 none: 5 in all.
// First disputes: INV-5 quantity W42; INV-1 documentation W43; INV-2 pricing W43 (its damage dispute in W44
// is its second dispute, but its first of that reason and its first tied to order quality).
describe('disputeRate', () => {
  it('counts invoices by the week of their first dispute over invoices issued', async () => {
    const period = await periodFields(erp.url, 'disputeRate(by: REASON) { reading { kpi value numerator denominator } byWeek { toWeek value numerator denominator } byDimension { dimension dimensionValue value } }', W42_W44);
    // INV-5, INV-1, INV-2: 3 / 5 = 60%
    expect(period.disputeRate.reading).toEqual({ kpi: 'dispute_rate', value: '60.0000', numerator: '3.0000', denominator: '5.0000' });
    expect(period.disputeRate.byWeek).toEqual([
      { toWeek: '2026-W42', value: '100.0000', numerator: '1.0000', denominator: '1.0000' },
      { toWeek: '2026-W43', value: '50.0000', numerator: '2.0000', denominator: '4.0000' },
      // no invoices and no first dispute: null, no error
      { toWeek: '2026-W44', value: null, numerator: '0.0000', denominator: '0.0000' },
    ]);
    // one invoice per reason, each 1 / 5
    expect(period.disputeRate.byDimension).toEqual(
      ['damage', 'documentation', 'pricing', 'quantity'].map((reason) => ({ dimension: 'reason', dimensionValue: reason, value: '20.0000' })),
    );
  });

  it('ties order quality to quantity, documentation and damage disputes', async () => {
    const period = await periodFields(erp.url, 'disputeRateOrderQuality { reading { kpi value numerator denominator } byWeek { toWeek value numerator denominator } }', W42_W44);
    // INV-5 quantity, INV-1 documentation, INV-2 damage: 3 / 5
    expect(period.disputeRateOrderQuality.reading).toEqual({ kpi: 'dispute_rate_order_quality', value: '60.0000', numerator: '3.0000', denominator: '5.0000' });
    expect(period.disputeRateOrderQuality.byWeek).toEqual([
      { toWeek: '2026-W42', value: '100.0000', numerator: '1.0000', denominator: '1.0000' },
      // 4 invoices, 1 documentation dispute (INV-2's pricing dispute is not order quality): 1 / 4 = 25%
      { toWeek: '2026-W43', value: '25.0000', numerator: '1.0000', denominator: '4.0000' },
      // INV-2's damage dispute, but no invoice issued that week: null
      { toWeek: '2026-W44', value: null, numerator: '1.0000', denominator: '0.0000' },
    ]);
  });

  it('measures dispute cycle time over the disputes resolved in the period', async () => {
    const period = await periodFields(erp.url, 'disputeCycleTimeDays { reading { kpi value numerator denominator unit } byWeek { toWeek value } }', W42_W44);
    // resolved: DSP-4 4 days and DSP-1 4 days (W43), DSP-2 7 days (W44): 15 / 3 = 5 days
    expect(period.disputeCycleTimeDays.reading).toEqual({ kpi: 'dispute_cycle_time', value: '5.0000', numerator: '15.0000', denominator: '3.0000', unit: 'DAYS' });
    expect(byWeek(period.disputeCycleTimeDays.byWeek)).toEqual({ '2026-W42': null, '2026-W43': '4.0000', '2026-W44': '7.0000' });
  });
});
