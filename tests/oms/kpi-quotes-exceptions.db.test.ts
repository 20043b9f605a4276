import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OmsUnderTest } from './harness.ts';
import { exception, figures, kpiPeriod, MEASURE, periodQuery, quote, startOmsWithKpis } from './kpi-builders.ts';

/**
 * Quote and exception KPIs.
 *
 * Quotes (issued / outcome): Q-1 self-serve Oct 12, converted Oct 13 12:00 (1.5 days); Q-2 assisted
 * Oct 13, converted Oct 17 (4 days); Q-3 assisted Oct 14, open; Q-4 self-serve Sep 1, converted Oct 1
 * (exactly 30 days: inside the window); Q-5 assisted Sep 10, converted Oct 14 (34 days: outside);
 * Q-6 assisted Sep 20, converted Oct 15 (25 days); Q-7 self-serve Oct 15, lost Oct 16 (price);
 * lost in W42 too: Q-8 delivery_reliability, Q-9 lead_time, Q-10 price; Q-11 competitor in W43.
 *
 * Exceptions opened in W42 (type, owner, opened -> resolved, margin impact):
 *   EX-1 late_shipment dana Oct 13 00:00 -> 10:00 $40   EX-4 short_ship dana Oct 13 00:00 -> 04:00 $90
 *   EX-2 late_shipment -    Oct 14 00:00 -> Oct 15 06:00 $10   EX-5 short_ship - Oct 16, open, $5
 *   EX-3 late_shipment sam  Oct 15, open, $0                EX-6 address_invalid - Oct 17 00:00 -> 02:00 $15
 *   EX-7 credit_hold (W43).
 */
const at = (day: string, time = '00:00') => `2026-10-${day}T${time}:00Z`;

let oms: OmsUnderTest;
beforeAll(async () => {
  oms = await startOmsWithKpis({
    quotes: [
      quote('Q-1', 'self_serve', at('12'), { status: 'converted', converted_at: at('13', '12:00') }),
      quote('Q-2', 'assisted', at('13'), { status: 'converted', converted_at: at('17') }),
      quote('Q-3', 'assisted', at('14')),
      quote('Q-4', 'self_serve', '2026-09-01T00:00:00Z', { status: 'converted', converted_at: '2026-10-01T00:00:00Z' }),
      quote('Q-5', 'assisted', '2026-09-10T00:00:00Z', { status: 'converted', converted_at: at('14') }),
      quote('Q-6', 'assisted', '2026-09-20T00:00:00Z', { status: 'converted', converted_at: at('15') }),
      quote('Q-7', 'self_serve', at('15'), { status: 'lost', lost_at: at('16'), lost_reason: 'price' }),
      quote('Q-8', 'assisted', at('01'), { status: 'lost', lost_at: at('14'), lost_reason: 'delivery_reliability' }),
      quote('Q-9', 'assisted', at('02'), { status: 'lost', lost_at: at('15'), lost_reason: 'lead_time' }),
      quote('Q-10', 'self_serve', at('03'), { status: 'lost', lost_at: at('16'), lost_reason: 'price' }),
      quote('Q-11', 'assisted', at('03'), { status: 'lost', lost_at: at('20'), lost_reason: 'competitor' }),
    ],
    exceptions: [
      exception('EX-1', 'late_shipment', at('13'), { owner: 'dana', resolved_at: at('13', '10:00'), margin_impact_minor: 4000 }),
      exception('EX-2', 'late_shipment', at('14'), { resolved_at: at('15', '06:00'), margin_impact_minor: 1000 }),
      exception('EX-3', 'late_shipment', at('15'), { owner: 'sam' }),
      exception('EX-4', 'short_ship', at('13'), { owner: 'dana', resolved_at: at('13', '04:00'), margin_impact_minor: 9000 }),
      exception('EX-5', 'short_ship', at('16'), { margin_impact_minor: 500 }),
      exception('EX-6', 'address_invalid', at('17'), { resolved_at: at('17', '02:00'), margin_impact_minor: 1500 }),
      exception('EX-7', 'credit_hold', at('20'), { owner: 'ar.team' }),
    ],
  });
});
afterAll(async () => {
  await oms?.close();
});

async function kpi(selection: string, fromWeek = '2026-W42', toWeek = fromWeek, variables: Record<string, unknown> = {}, declared = '') {
  const { _entities } = await oms.query(periodQuery(selection, declared), { r: [kpiPeriod(fromWeek, toWeek)], ...variables });
  return _entities[0];
}
const cut = (readings: any[]) => readings.map((r) => [r.dimensionValue, ...figures(r)]);

describe('quoteToOrder', () => {
  const QUOTES = `quoteToOrder { conversion(by: $by) { ${MEASURE} } cycleTimeDays(by: $by) { ${MEASURE} } }`;
  const query = (fromWeek: string, by?: string) => kpi(QUOTES, fromWeek, fromWeek, { by }, ', $by: QuoteDimension');
  it('conversion = quotes issued in the period converted within 30 days / quotes issued', async () => {
    const { quoteToOrder: q } = await query('2026-W42', 'QUOTE_CHANNEL');
    // issued in W42: Q-1 (converted), Q-2 (converted), Q-3, Q-7 -> 2 / 4
    expect(figures(q.conversion.reading)).toEqual(['50.0000', '2.0000', '4.0000']);
    // assisted Q-2 of; self_serve Q-1 of
    expect(cut(q.conversion.byDimension)).toEqual([['assisted', '50.0000', '1.0000', '2.0000'], ['self_serve', '50.0000', '1.0000', '2.0000']]);
    expect(q.conversion.byDimension[0].dimension).toBe('quote_channel');
    // W36: Q-4 converted at exactly 30 days -> 1 / 1; W37: Q-5 after 34 days -> 0 / 1
    expect(figures((await query('2026-W36')).quoteToOrder.conversion.reading)).toEqual(['100.0000', '1.0000', '1.0000']);
    expect(figures((await query('2026-W37')).quoteToOrder.conversion.reading)).toEqual(['0.0000', '0.0000', '1.0000']);
  });
  it('cycle time = days from issue to order of the quotes converted in the period within 30 days', async () => {
    const { quoteToOrder: q } = await query('2026-W42', 'QUOTE_CHANNEL');
    // converted in W42: Q-1 1.5, Q-2 4, Q-6 25 days (Q-5's 34 days are outside the window) -> 30.5 / 3
    expect(figures(q.cycleTimeDays.reading)).toEqual(['10.1667', '30.5000', '3.0000']);
    expect(q.cycleTimeDays.reading).toMatchObject({ kpi: 'quote_to_order_cycle_time', unit: 'DAYS', direction: 'LOWER_IS_BETTER' });
    // assisted (4 + 25) / 2 = 14.5; self_serve 1.5 / 1
    expect(cut(q.cycleTimeDays.byDimension)).toEqual([['assisted', '14.5000', '29.0000', '2.0000'], ['self_serve', '1.5000', '1.5000', '1.0000']]);
  });
});

describe('quoteWinLoss', () => {
  it('counts quotes lost in the period by reason, with the delivery-or-price share', async () => {
    const { quoteWinLoss: w } = await kpi('quoteWinLoss { lost byReason { reason count share } deliveryOrPriceShare { kpi value numerator denominator } }');
    // W42: Q-7 price, Q-8 delivery_reliability, Q-9 lead_time, Q-10 price (Q-11 is W43)
    expect(w.lost).toBe(4);
    expect(w.byReason).toEqual([
      { reason: 'PRICE', count: 2, share: '50.0000' },
      { reason: 'DELIVERY_RELIABILITY', count: 1, share: '25.0000' },
      { reason: 'LEAD_TIME', count: 1, share: '25.0000' },
    ]);
    // (2 price + 1 delivery) / 4 = 75%
    expect(w.deliveryOrPriceShare).toEqual({ kpi: 'quote_loss_delivery_or_price_share', value: '75.0000', numerator: '3.0000', denominator: '4.0000' });
  });
});

describe('exceptions', () => {
  const TOP = `topExceptions(rankBy: $rankBy, first: $first) { type opened owned marginImpact { amount } ownerCoverage { value numerator denominator dimension dimensionValue } medianResolutionHours }`;
  const top = (variables: Record<string, unknown>) => kpi(TOP, '2026-W42', '2026-W42', variables, ', $rankBy: ExceptionRanking, $first: Int');
  it('ranks exception types by volume by default', async () => {
    const { topExceptions } = await top({});
    expect(topExceptions).toEqual([
      // 3 opened, EX-1 and EX-3 owned; $40 + $10 + $0; resolved 10 h and 30 h -> median 20 h
      { type: 'late_shipment', opened: 3, owned: 2, marginImpact: { amount: '50.00' },
        ownerCoverage: { value: '66.6667', numerator: '2.0000', denominator: '3.0000', dimension: 'exception_type', dimensionValue: 'late_shipment' }, medianResolutionHours: '20.0000' },
      // EX-4 (owned, 4 h) and EX-5 (open): $90 + $5
      { type: 'short_ship', opened: 2, owned: 1, marginImpact: { amount: '95.00' },
        ownerCoverage: { value: '50.0000', numerator: '1.0000', denominator: '2.0000', dimension: 'exception_type', dimensionValue: 'short_ship' }, medianResolutionHours: '4.0000' },
      { type: 'address_invalid', opened: 1, owned: 0, marginImpact: { amount: '15.00' },
        ownerCoverage: { value: '0.0000', numerator: '0.0000', denominator: '1.0000', dimension: 'exception_type', dimensionValue: 'address_invalid' }, medianResolutionHours: '2.0000' },
    ]);
  });
  it('ranks by margin impact and keeps the first n', async () => {
    const { topExceptions } = await top({ rankBy: 'MARGIN_IMPACT', first: 2 });
    // $95 short_ship, $50 late_shipment ($15 address_invalid cut)
    expect(topExceptions.map((t: any) => [t.type, t.marginImpact.amount])).toEqual([['short_ship', '95.00'], ['late_shipment', '50.00']]);
  });
  it('refuses a first outside 1..200, naming it', async () => {
    for (const first of [0, 201]) {
      const error = await oms.error(periodQuery(TOP, ', $rankBy: ExceptionRanking, $first: Int'), { r: [kpiPeriod('2026-W42', '2026-W42')], first });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    }
  });
  it('exceptionOwnerCoverage = exceptions opened with an owner / exceptions opened', async () => {
    const { exceptionOwnerCoverage: c } = await kpi(`exceptionOwnerCoverage { ${MEASURE} }`, '2026-W42', '2026-W43');
    // W42: EX-1, EX-3, EX-4 of 6 -> 50%; W43: EX-7 owned 1 / 1; period 4 / 7
    expect(c.byWeek.map((w: any) => figures(w))).toEqual([['50.0000', '3.0000', '6.0000'], ['100.0000', '1.0000', '1.0000']]);
    expect(figures(c.reading)).toEqual(['57.1429', '4.0000', '7.0000']);
  });
});
