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
const byValue = (readings: { dimensionValue: string; value: string | null }[]) => Object.fromEntries(readings.map((r) => [r.dimensionValue, r.value]));

// AR at the end of Sunday 2026-11-01 (end of W44), non-void invoices less payments by then:
//   INV-2 360.00 + INV-3 (55.00 - 15.00) + INV-5 20.00 + INV-1 (100.00 - 100.00) = 420.00
// Credit sales of the 91 days 08-03 .. 11-01: INV-1 100 + INV-2 360 + INV-3 55 + INV-5 20 + INV-6 300 + INV-7 200 = 1,035.00
describe('dso (trailing 91 days)', () => {
  it('is ending AR / credit sales of the trailing 91 days x 91, as of the end of the last week', async () => {
    const period = await periodFields(erp.url, 'dso { reading { kpi value numerator denominator unit direction } byWeek { toWeek value } }', W42_W44);
    // 420.00 / 1,035.00 x 91 = 36.9275 days; denominator = 1,035.00 / 91 = 11.3736 a day
    expect(period.dso.reading).toEqual({ kpi: 'dso', value: '36.9275', numerator: '420.0000', denominator: '11.3736', unit: 'DAYS', direction: 'LOWER_IS_BETTER' });
    expect(byWeek(period.dso.byWeek)).toEqual({
      // end of 10-18: AR = INV-5 20.00 (INV-6 and INV-7 paid); sales since 07-20 = 20 + 300 + 200 = 520: 20 / 520 x 91 = 3.5
      '2026-W42': '3.5000',
      // end of 10-25: AR = 20 + 100 + 360 + (55 - 15) = 520.00; sales = 1,035.00: 520 / 1,035 x 91 = 45.7198
      '2026-W43': '45.7198',
      '2026-W44': '36.9275',
    });
  });

  it('by cohort divides each cohort AR by its own credit sales (a ratio of sums, not an average of DSOs)', async () => {
    const period = await periodFields(erp.url, 'dso(by: COHORT) { byDimension { dimension dimensionValue value numerator } }', W42_W44);
    expect(period.dso.byDimension.map((r: any) => r.dimension)).toEqual(['cohort', 'cohort']);
    expect(byValue(period.dso.byDimension)).toEqual({
      // ACCT-A: AR 40 + 20 = 60.00; sales 100 + 55 + 20 + 300 = 475.00: 60 / 475 x 91 = 11.4947
      '2024-H1': '11.4947',
      // ACCT-B: AR 360.00; sales 360 + 200 = 560.00: 360 / 560 x 91 = 58.5
      '2025-H1': '58.5000',
    });
  });

  it('is null for a period before any invoice, with no error', async () => {
    const period = await periodFields(erp.url, 'dso { reading { value numerator denominator } } bestPossibleDso { reading { value } }', { fromWeek: '2025-W01', toWeek: '2025-W01' });
    expect(period).toEqual({ dso: { reading: { value: null, numerator: '0.0000', denominator: '0.0000' } }, bestPossibleDso: { reading: { value: null } } });
  });
});

describe('dso (countback)', () => {
  it('counts months back from the period end, the running month by its elapsed days', async () => {
    const period = await periodFields(erp.url, 'dso(method: COUNTBACK, by: COHORT) { reading { kpi value numerator denominator } byDimension { dimensionValue value } }', W42_W44);
    // AR 420.00. November (1 day elapsed) sales 0: 420 >= 0, so 1 day and carry on;
    // October sales 100 + 360 + 55 + 20 = 535.00 > 420: 1 + 420 / 535 x 31 = 1 + 24.3364 = 25.3364 days
    expect(period.dso.reading).toEqual({ kpi: 'dso_countback', value: '25.3364', numerator: '25.3364', denominator: '1.0000' });
    expect(byValue(period.dso.byDimension)).toEqual({
      // ACCT-A: AR 60.00 against October's 175.00: 1 + 60 / 175 x 31 = 11.6286
      '2024-H1': '11.6286',
      // ACCT-B: AR 360.00 uses up October's 360.00 exactly: 1 + 31 = 32 days
      '2025-H1': '32.0000',
    });
  });

  it('is null before any credit sales', async () => {
    const period = await periodFields(erp.url, 'dso(method: COUNTBACK) { reading { value } }', { fromWeek: '2025-W01', toWeek: '2025-W01' });
    expect(period.dso.reading.value).toBeNull();
  });
});

describe('bestPossibleDso and averageDaysDelinquent', () => {
  it('split DSO into its current and past-due parts', async () => {
    const period = await periodFields(
      erp.url,
      'bestPossibleDso(by: COHORT) { reading { kpi value numerator } byWeek { toWeek value } byDimension { dimensionValue value } } averageDaysDelinquent { reading { kpi value numerator } }',
      W42_W44,
    );
    // current at 11-01 (due on or after 11-01): INV-2 360.00 (due 12-05) + INV-3 40.00 (due 11-22) = 400.00:
    // 400 / 1,035 x 91 = 35.1691
    expect(period.bestPossibleDso.reading).toEqual({ kpi: 'best_possible_dso', value: '35.1691', numerator: '400.0000' });
    // end of 10-18: INV-5 (due 10-20) still current: 20 / 520 x 91 = 3.5; end of 10-25: INV-5 past due, current
    // 100 + 360 + 40 = 500.00: 500 / 1,035 x 91 = 43.9614
    expect(byWeek(period.bestPossibleDso.byWeek)).toEqual({ '2026-W42': '3.5000', '2026-W43': '43.9614', '2026-W44': '35.1691' });
    // ACCT-A current 40.00 / 475.00 x 91 = 7.6632; ACCT-B 360 / 560 x 91 = 58.5
    expect(byValue(period.bestPossibleDso.byDimension)).toEqual({ '2024-H1': '7.6632', '2025-H1': '58.5000' });
    // past due: INV-5 20.00: 20 / 1,035 x 91 = 1.7585 (= 36.9275 - 35.1691, to rounding)
    expect(period.averageDaysDelinquent.reading).toEqual({ kpi: 'average_days_delinquent', value: '1.7585', numerator: '20.0000' });
  });
});
