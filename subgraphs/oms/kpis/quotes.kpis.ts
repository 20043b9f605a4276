import { formatDecimal } from '../../../lib/kpi.ts';
import type { QuoteWeekAggregate } from '../db/kpi-rows.ts';
import type { QuoteLostReason } from '../generated/resolvers.ts';
import { asEnum } from '../resolvers/enums.ts';
import { DELIVERY_OR_PRICE_LOSS_REASONS, KPI } from '../rules/kpi-catalog.ts';
import { measure, periodReading } from '../rules/kpi-measure.ts';
import { partsOf, type Cut } from './parts.ts';
import type { KpiScope } from './period.ts';

const quoteCut = (by: string | null | undefined): Cut<QuoteWeekAggregate> | null =>
  by === 'QUOTE_CHANNEL' ? { dimension: 'quote_channel', valueOf: (row) => row.channel } : null;

/** Quotes issued in the period that converted within 30 days / quotes issued in the period. */
export async function quoteConversion({ period, loaders }: KpiScope, by: string | null | undefined) {
  const rows = await loaders.quoteWeeks.load(period);
  const cut = quoteCut(by);
  return measure(KPI.quoteConversionRate, period, partsOf(rows, (row) => [row.converted_in_window, row.issued], cut), cut?.dimension ?? null);
}

/** Days from issue to order of the quotes converted (within 30 days) in the period / those quotes. */
export async function quoteCycleTime({ period, loaders }: KpiScope, by: string | null | undefined) {
  const rows = await loaders.quoteWeeks.load(period);
  const cut = quoteCut(by);
  return measure(KPI.quoteToOrderCycleTime, period, partsOf(rows, (row) => [row.cycle_days, row.converted], cut), cut?.dimension ?? null);
}

export async function quoteWinLoss({ period, loaders }: KpiScope) {
  const rows = await loaders.quoteLossWeeks.load(period);
  const byReason = new Map<string, number>();
  for (const row of rows) byReason.set(row.reason, (byReason.get(row.reason) ?? 0) + row.lost);
  const lost = [...byReason.values()].reduce((sum, count) => sum + count, 0);
  const deliveryOrPrice = DELIVERY_OR_PRICE_LOSS_REASONS.reduce((sum, reason) => sum + (byReason.get(reason) ?? 0), 0);
  return {
    lost,
    byReason: [...byReason]
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([reason, count]) => ({ reason: asEnum<QuoteLostReason>(reason)!, count, share: formatDecimal((100 * count) / lost) })),
    deliveryOrPriceShare: periodReading(KPI.quoteLossDeliveryOrPriceShare, period, deliveryOrPrice, lost),
  };
}
