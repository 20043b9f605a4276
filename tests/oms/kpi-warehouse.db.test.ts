import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OmsUnderTest } from './harness.ts';
import { figures, kpiPeriod, line, MEASURE, order, periodQuery, returnOf, shipment, startOmsWithKpis } from './kpi-builders.ts';

/**
 * Warehouse and returns KPIs. Orders SO-1 portal, SO-2 rep, SO-3 edi. Shipments, by ship cutoff:
 *   SH-1 SO-1 CHI cutoff Oct 13 17:00  packed 16:00  picked 08:00, shipped 18:00   (10 h)
 *   SH-2 SO-1 CHI cutoff Oct 14 17:00  packed 17:00  picked 12:00, shipped 18:00   (6 h; at the cutoff is on time)
 *   SH-3 SO-2 DAL cutoff Oct 15 17:00  packed 19:00  picked 15:00, shipped Oct 16 09:00 (18 h)
 *   SH-4 SO-3 DAL cutoff Oct 16 17:00  never packed                                  (due, missed)
 *   SH-5 SO-2 CHI cutoff Oct 20 17:00  packed 16:00  picked 08:00, shipped 20:00   (W43, 12 h)
 *   SH-6 SO-3 CHI cutoff Nov 2 17:00, after the as-of instant: not due yet
 * Returns credited: RMA-1 (W42) requested Oct 1, received Oct 8, credited Oct 13 12:00;
 * RMA-2 (W42) Oct 5 / Oct 10 / Oct 15; RMA-3 (W42) requested Oct 10, no receipt logged, credited
 * Oct 14; RMA-4 (W43) Oct 18 / Oct 19 / Oct 20; RMA-5 rejected, never credited.
 * Backorders (promised date / backordered since / resolution):
 *   SO-B1 Oct 9 / Oct 7 / still open, 4 units     SO-B2 Oct 16 / Oct 14 / shipped Oct 21 10:00, 5 ordered
 *   SO-B3 Oct 22 / Oct 15 / still open, 2 units   SO-B4 Oct 9 / Oct 6 / cancelled Oct 16 00:00
 */
const at = (day: string, time: string) => `2026-10-${day}T${time}:00Z`;
const history = (orderId: string, entries: [string, string][]) =>
  entries.map(([status, changedAt], i) => ({ order_id: orderId, sequence: i + 1, status, changed_at: changedAt, note: null }));

let oms: OmsUnderTest;
beforeAll(async () => {
  oms = await startOmsWithKpis({
    orders: [
      order('SO-1', 'ACCT-A', 'portal', at('05', '09:00'), 'delivered'),
      order('SO-2', 'ACCT-A', 'rep', at('05', '09:00'), 'shipped'),
      order('SO-3', 'ACCT-A', 'edi', at('05', '09:00'), 'picking'),
      order('SO-B1', 'ACCT-A', 'portal', at('05', '09:00'), 'partially_shipped', { promised_date: '2026-10-09' }),
      order('SO-B2', 'ACCT-A', 'portal', at('12', '09:00'), 'shipped', { promised_date: '2026-10-16' }),
      order('SO-B3', 'ACCT-A', 'portal', at('13', '09:00'), 'allocated', { promised_date: '2026-10-22' }),
      order('SO-B4', 'ACCT-A', 'portal', at('05', '09:00'), 'cancelled', { promised_date: '2026-10-09', cancelled_by: 'customer' }),
    ],
    lines: [
      line('SO-1', 1, 'SKU-1', 5, 5), line('SO-2', 1, 'SKU-1', 5, 5), line('SO-3', 1, 'SKU-1', 5, 0),
      line('SO-B1', 1, 'SKU-1', 10, 6, { backordered_quantity: 4, backordered_since: '2026-10-07' }),
      line('SO-B2', 1, 'SKU-1', 5, 5, { backordered_since: '2026-10-14' }),
      line('SO-B3', 1, 'SKU-1', 2, 0, { backordered_quantity: 2, backordered_since: '2026-10-15' }),
      line('SO-B4', 1, 'SKU-1', 3, 0, { cancelled_quantity: 3, backordered_since: '2026-10-06' }),
    ],
    history: [
      ...history('SO-B2', [['placed', at('12', '09:00')], ['allocated', at('14', '09:00')], ['shipped', at('21', '10:00')]]),
      ...history('SO-B4', [['placed', at('05', '09:00')], ['allocated', at('06', '09:00')], ['cancelled', at('16', '00:00')]]),
    ],
    shipments: [
      shipment('SH-1', 'SO-1', at('13', '17:00'), { pick_started_at: at('13', '08:00'), packed_at: at('13', '16:00'), shipped_at: at('13', '18:00') }),
      shipment('SH-2', 'SO-1', at('14', '17:00'), { pick_started_at: at('14', '12:00'), packed_at: at('14', '17:00'), shipped_at: at('14', '18:00') }),
      shipment('SH-3', 'SO-2', at('15', '17:00'), { branch_code: 'DAL', pick_started_at: at('15', '15:00'), packed_at: at('15', '19:00'), shipped_at: at('16', '09:00') }),
      shipment('SH-4', 'SO-3', at('16', '17:00'), { branch_code: 'DAL' }),
      shipment('SH-5', 'SO-2', at('20', '17:00'), { pick_started_at: at('20', '08:00'), packed_at: at('20', '16:00'), shipped_at: at('20', '20:00') }),
      shipment('SH-6', 'SO-3', '2026-11-02T17:00:00Z'),
    ],
    returns: [
      returnOf('RMA-1', 'SO-1', 1, 'wrong_item', at('01', '00:00'), { received_at: at('08', '00:00'), credited_at: at('13', '12:00'), status: 'credited' }),
      returnOf('RMA-2', 'SO-1', 1, 'defective', at('05', '00:00'), { received_at: at('10', '00:00'), credited_at: at('15', '00:00'), status: 'credited' }),
      returnOf('RMA-3', 'SO-2', 1, 'not_needed', at('10', '00:00'), { credited_at: at('14', '00:00'), status: 'credited' }),
      returnOf('RMA-4', 'SO-2', 1, 'not_needed', at('18', '00:00'), { received_at: at('19', '00:00'), credited_at: at('20', '00:00'), status: 'credited' }),
      returnOf('RMA-5', 'SO-2', 1, 'not_needed', at('10', '00:00'), { received_at: at('12', '00:00'), inspected_at: at('13', '00:00'), status: 'rejected' }),
    ],
  });
});
afterAll(async () => {
  await oms?.close();
});

async function kpi(selection: string, fromWeek = '2026-W42', toWeek = '2026-W42') {
  const { _entities } = await oms.query(periodQuery(selection), { r: [kpiPeriod(fromWeek, toWeek)] });
  return _entities[0];
}

describe('pickPackSlaAdherence', () => {
  it('is shipments packed by their cutoff / shipments due in the period', async () => {
    const { pickPackSlaAdherence: p } = await kpi(`pickPackSlaAdherence { ${MEASURE} }`);
    // due in W42: SH-1..SH-4; packed by the cutoff: SH-1, SH-2 (exactly at it) -> 2 / 4
    expect(figures(p.reading)).toEqual(['50.0000', '2.0000', '4.0000']);
    expect(p.reading).toMatchObject({ kpi: 'pick_pack_sla_adherence', direction: 'HIGHER_IS_BETTER' });
  });
  it('cuts by branch and by channel', async () => {
    const { byBranch, byChannel } = await kpi(`byBranch: pickPackSlaAdherence(by: BRANCH) { byDimension { dimension dimensionValue value numerator denominator } }
      byChannel: pickPackSlaAdherence(by: CHANNEL) { byDimension { dimension dimensionValue value numerator denominator } }`);
    // CHI SH-1, SH-2 2 / 2; DAL SH-3 late, SH-4 not packed 0 / 2
    expect(byBranch.byDimension.map((r: any) => [r.dimension, r.dimensionValue, ...figures(r)])).toEqual([
      ['branch', 'CHI', '100.0000', '2.0000', '2.0000'],
      ['branch', 'DAL', '0.0000', '0.0000', '2.0000'],
    ]);
    // edi SH-4 0 / 1; portal SH-1, SH-2 2 / 2; rep SH-3 0 / 1
    expect(byChannel.byDimension.map((r: any) => [r.dimensionValue, ...figures(r)])).toEqual([
      ['edi', '0.0000', '0.0000', '1.0000'],
      ['portal', '100.0000', '2.0000', '2.0000'],
      ['rep', '0.0000', '0.0000', '1.0000'],
    ]);
  });
  it('does not count a shipment whose cutoff is after the as-of instant as due', async () => {
    // SH-6 (cutoff Nov 2, as of Nov 1 23:59:59) is in W45: nothing due -> null
    const { pickPackSlaAdherence: p } = await kpi(`pickPackSlaAdherence { ${MEASURE} }`, '2026-W45', '2026-W45');
    expect(figures(p.reading)).toEqual([null, '0.0000', '0.0000']);
  });
});

describe('pickToShipHours', () => {
  it('is the median and p90 of shipped - pick started over the shipments due in the period', async () => {
    // W42: 6, 10, 18 h -> median 10; p90 at rank 0.9 x 2 = 1.8: 10 + 0.8 x (18 - 10) = 16.4
    expect((await kpi('pickToShipHours { median p90 }')).pickToShipHours).toEqual({ median: '10.0000', p90: '16.4000' });
    // W42-W43: 6, 10, 12, 18 -> median 11; p90 at 2.7: 12 + 0.7 x 6 = 16.2
    expect((await kpi('pickToShipHours { median p90 }', '2026-W42', '2026-W43')).pickToShipHours).toEqual({ median: '11.0000', p90: '16.2000' });
    expect((await kpi('pickToShipHours { median p90 }', '2026-W30', '2026-W30')).pickToShipHours).toEqual({ median: null, p90: null });
  });
});

describe('returnCycleTime over the returns credited in the period', () => {
  const RETURNS = `returnCycleTime { customerFacing { ${MEASURE} } internal { ${MEASURE} } customerFacingP90Days internalP90Days }`;
  it('gives the customer-facing and internal means and 90th percentiles', async () => {
    const { returnCycleTime: r } = await kpi(RETURNS);
    // customer-facing: RMA-1 12.5, RMA-2 10, RMA-3 4 days -> 26.5 / 3 = 8.8333
    expect(figures(r.customerFacing.reading)).toEqual(['8.8333', '26.5000', '3.0000']);
    expect(r.customerFacing.reading).toMatchObject({ kpi: 'return_cycle_time', unit: 'DAYS', direction: 'LOWER_IS_BETTER' });
    // internal (received to credited): RMA-1 5.5, RMA-2 5; RMA-3 logged no receipt -> 10.5 / 2 = 5.25
    expect(figures(r.internal.reading)).toEqual(['5.2500', '10.5000', '2.0000']);
    // p90: [4, 10, 12.5] at 1.8 -> 10 + 0.8 x 2.5 = 12; internal [5, 5.5] at 0.9 -> 5.45
    expect([r.customerFacingP90Days, r.internalP90Days]).toEqual(['12.0000', '5.4500']);
  });
  it('reads week by week; the rejected RMA-5 never counts', async () => {
    const { returnCycleTime: r } = await kpi(RETURNS, '2026-W41', '2026-W43');
    // W41 none -> null; W42 8.8333; W43 RMA-4 2 days
    expect(r.customerFacing.byWeek.map((w: any) => w.value)).toEqual([null, '8.8333', '2.0000']);
    // period: (26.5 + 2) / 4 = 7.125
    expect(figures(r.customerFacing.reading)).toEqual(['7.1250', '28.5000', '4.0000']);
  });
});

describe('backorderDaysOutstanding', () => {
  const BACKORDERS = `backorderDaysOutstanding { averageDays { ${MEASURE} } unitDaysLate }`;
  it('averages the days late of the lines open on backorder at the period end', async () => {
    const { backorderDaysOutstanding: b } = await kpi(BACKORDERS);
    // End of W42 (Oct 19 00:00): B1 late since Oct 10 -> 9 days; B2 (resolved Oct 21) since Oct 17
    // -> 2 days; B3 promised Oct 22, not late yet -> 0 days; B4 resolved Oct 16. (9 + 2 + 0) / 3
    expect(figures(b.averageDays.reading)).toEqual(['3.6667', '11.0000', '3.0000']);
    // units x days: B1 4 x 9 + B2 5 (its ordered quantity, since filled) x 2 + B3 2 x 0 = 46
    expect(b.unitDaysLate).toBe('46.0000');
  });
  it('reads a multi-week period as its last snapshot, not a sum', async () => {
    const { backorderDaysOutstanding: b } = await kpi(BACKORDERS, '2026-W41', '2026-W43');
    // W41 end (Oct 12): B1 2 days, B4 2 days -> 4 / 2; W42 11 / 3; W43 end (Oct 26): B1 16, B3 3 -> 19 / 2
    expect(b.averageDays.byWeek.map((w: any) => figures(w))).toEqual([
      ['2.0000', '4.0000', '2.0000'],
      ['3.6667', '11.0000', '3.0000'],
      ['9.5000', '19.0000', '2.0000'],
    ]);
    expect(figures(b.averageDays.reading)).toEqual(['9.5000', '19.0000', '2.0000']);
    // B1 4 x 16 + B3 2 x 3 = 70
    expect(b.unitDaysLate).toBe('70.0000');
  });
  it('has nothing to read after the as-of week', async () => {
    const { backorderDaysOutstanding: b } = await kpi(BACKORDERS, '2026-W46', '2026-W47');
    expect([b.averageDays.reading.value, b.unitDaysLate]).toEqual([null, '0.0000']);
  });
});
