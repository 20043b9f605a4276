import { slowCohort } from '../accounts.ts';
import { HISTORY_WEEKS, RATES, SEGMENTS } from '../config.ts';
import { DAY_MS, dateMs } from '../calendar.ts';
import type { Dataset } from '../dataset.ts';
import { historyWeek, historyWeekStart, type Timeline } from '../timeline.ts';
import { countBy, mean, mix, pct, quantile, ratio, share, type RateLine } from './measure-helpers.ts';

/** Cash, quote, campaign and forecast irregularities, measured from the generated rows only. */
export function measureCommercial(dataset: Dataset): RateLine[] {
  return [...cashLines(dataset), ...demandLines(dataset)];
}

function cashLines({ erp, timeline }: Dataset): RateLine[] {
  const cohort = slowCohort(timeline);
  const disputes = erp.disputes;
  const quality = disputes.filter((d) => d.reason !== 'pricing').length;
  const cohortOf = new Map(erp.customer_accounts.map((account) => [account.id, account.cohort]));
  const lastPayment = new Map<string, number>();
  for (const payment of erp.payments) lastPayment.set(payment.invoice_id, Math.max(lastPayment.get(payment.invoice_id) ?? 0, payment.received_at.getTime()));
  const lateness = (slow: boolean) =>
    erp.invoices
      .filter((invoice) => invoice.status === 'paid' && (cohortOf.get(invoice.account_id) === cohort) === slow)
      .map((invoice) => (lastPayment.get(invoice.id)! - dateMs(invoice.due_date)) / DAY_MS);
  const slow = lateness(true);
  const others = lateness(false);
  return [
    {
      irregularity: 'Invoice disputes',
      configured: `documentation ${pct(RATES.finance.disputeDocumentation, 2)} of invoices; damage ${pct(RATES.finance.disputeDamaged, 0)} of damaged, quantity ${pct(RATES.finance.disputeShortShip, 0)} of short-shipped, pricing ${pct(RATES.finance.disputePricingMismatch, 0)} of mispriced shipments (~3% overall)`,
      measured: `${share(disputes.length, erp.invoices.length, 2)} of invoices; ${mix(countBy(disputes, (d) => d.reason))}; tied to order quality ${pct(ratio(quality, disputes.length), 0)}`,
      kpi: 'Dispute rate (tied to order quality); perfect order (documentation)',
    },
    {
      irregularity: `Slow-paying cohort (${cohort})`,
      configured: `pays ${RATES.finance.slowCohortDaysPastTerms.join('-')} days past terms; others ${RATES.finance.normalPayDays.mean} +- ${RATES.finance.normalPayDays.sd} days`,
      measured: `paid invoices: cohort ${mean(slow).toFixed(1)} days past due (median ${quantile(slow, 0.5).toFixed(0)}, n=${slow.length}); others ${mean(others).toFixed(1)} days (n=${others.length}); network DSO ${dso(erp, timeline.asOfMs).toFixed(1)} days`,
      kpi: 'DSO by customer cohort; average days delinquent',
    },
  ];
}

/** DSO, default method: ending AR / credit sales of the trailing 91 days x 91. */
function dso(erp: Dataset['erp'], asOfMs: number): number {
  const paid = new Map<string, number>();
  for (const payment of erp.payments) paid.set(payment.invoice_id, (paid.get(payment.invoice_id) ?? 0) + payment.amount_minor);
  const receivable = erp.invoices.reduce((sum, invoice) => sum + invoice.amount_minor - (paid.get(invoice.id) ?? 0), 0);
  const sales = erp.invoices.filter((invoice) => invoice.issued_at.getTime() > asOfMs - 91 * DAY_MS).reduce((sum, invoice) => sum + invoice.amount_minor, 0);
  return (receivable / sales) * 91;
}

function demandLines({ erp, oms, timeline }: Dataset): RateLine[] {
  const matured = oms.quotes.filter((quote) => quote.issued_at.getTime() <= timeline.asOfMs - RATES.quotes.validityDays * DAY_MS);
  const conversion = (['self_serve', 'assisted'] as const).map((channel) => {
    const issued = matured.filter((quote) => quote.channel === channel);
    const converted = issued.filter((quote) => quote.status === 'converted');
    const cycle = converted.map((quote) => (quote.converted_at!.getTime() - quote.issued_at.getTime()) / DAY_MS);
    return `${channel} ${share(converted.length, issued.length)}, median ${quantile(cycle, 0.5).toFixed(1)} days`;
  });
  const lost = oms.quotes.filter((quote) => quote.status === 'lost');
  const segmentOf = new Map(erp.customer_accounts.map((account) => [account.id, account.segment]));
  const attribution = SEGMENTS.map((segment) => {
    const orders = oms.orders.filter((order) => segmentOf.get(order.account_id) === segment);
    return `${segment} ${pct(ratio(orders.filter((order) => order.campaign_code !== null).length, orders.length), 1)}`;
  });
  return [
    {
      irregularity: 'Quote conversion, self-serve vs assisted',
      configured: `self_serve ${pct(RATES.quotes.conversion.self_serve, 0)}, assisted ${pct(RATES.quotes.conversion.assisted, 0)}; ${pct(RATES.quotes.lostShare, 0)} of the rest lost (${Object.entries(RATES.quotes.lostReasons).map(([reason, weight]) => `${reason} ${pct(weight, 0)}`).join(', ')})`,
      measured: `quotes issued >= ${RATES.quotes.validityDays} days before as-of: ${conversion.join('; ')}. Lost: ${mix(countBy(lost, (quote) => quote.lost_reason!))}`,
      kpi: 'Quote-to-order conversion and cycle time; win/loss reasons (delivery reliability, price)',
    },
    {
      irregularity: 'Campaign attribution by segment',
      configured: Object.entries(RATES.campaigns.attributionBySegment).map(([segment, rate]) => `${segment} ${pct(rate, 0)}`).join(', ') + ' while a campaign for the segment runs',
      measured: `${attribution.join(', ')} of orders`,
      kpi: 'Campaign-influenced orders by segment',
    },
    {
      irregularity: 'Forecast bias by family (lag 1)',
      configured: Object.entries(RATES.forecasts.familyBias).map(([family, bias]) => `${family} ${bias > 0 ? '+' : ''}${pct(bias, 0)}`).join(', ') + '; others 0%',
      measured: forecastBias(timeline, erp, oms),
      kpi: 'Forecast accuracy (WAPE, bias) vs trailing actuals',
    },
  ];
}

/** Bias = sum(F - A) / sum(A) over the 52 weeks, by family; WAPE alongside. */
function forecastBias(timeline: Timeline, erp: Dataset['erp'], oms: Dataset['oms']): string {
  const familyOf = new Map(erp.items.map((item) => [item.sku, item.family]));
  const weekOf = new Map(oms.orders.map((order) => [order.id, historyWeek(timeline, order.placed_at.getTime())]));
  const actual = new Map<string, number>();
  for (const line of oms.order_lines) {
    const key = `${line.sku}|${historyWeekStart(timeline, weekOf.get(line.order_id)!)}`;
    actual.set(key, (actual.get(key) ?? 0) + line.ordered_quantity);
  }
  const lastWeek = historyWeekStart(timeline, HISTORY_WEEKS - 1);
  const totals = new Map<string, { forecast: number; actual: number; error: number }>();
  for (const row of erp.demand_forecasts) {
    if (row.week_start > lastWeek) continue;
    const family = familyOf.get(row.sku)!;
    const a = actual.get(`${row.sku}|${row.week_start}`) ?? 0;
    const total = totals.get(family) ?? { forecast: 0, actual: 0, error: 0 };
    total.forecast += row.forecast_quantity;
    total.actual += a;
    total.error += Math.abs(row.forecast_quantity - a);
    totals.set(family, total);
  }
  return [...totals.entries()].map(([family, t]) => `${family} ${t.forecast >= t.actual ? '+' : ''}${pct(ratio(t.forecast - t.actual, t.actual), 0)} (WAPE ${pct(ratio(t.error, t.actual), 0)})`).join(', ');
}
