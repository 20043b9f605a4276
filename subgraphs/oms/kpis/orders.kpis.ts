import type { OrderWeekAggregate } from '../db/kpi-rows.ts';
import { KPI, SELF_SERVE_CHANNELS } from '../rules/kpi-catalog.ts';
import { measure, type KpiPart } from '../rules/kpi-measure.ts';
import { weekOfMonday } from '../rules/kpi-period.ts';
import { segmentsByAccount } from './erp-inputs.ts';
import { accountCut, amountOf, partsOf } from './parts.ts';
import type { KpiScope } from './period.ts';

/** Order-based KPIs over the orders placed in the period (kpi_order_week). */

export async function cancellationRate({ period, parent, loaders }: KpiScope, by: string | null | undefined) {
  const rows = await loaders.orderWeeks.load(period);
  const total = (row: OrderWeekAggregate) => [row.cancelled_by_customer + row.cancelled_by_supplier, row.orders_placed] as [number, number];
  if (by === 'INITIATOR') {
    // Each initiator's cancellations over ALL orders placed, so the initiators add up to the total.
    const byInitiator = [
      ...partsOf(rows, (row) => [row.cancelled_by_customer, row.orders_placed], { dimension: 'initiator', valueOf: () => 'customer' }),
      ...partsOf(rows, (row) => [row.cancelled_by_supplier, row.orders_placed], { dimension: 'initiator', valueOf: () => 'supplier_stockout' }),
    ];
    return measure(KPI.cancellationRate, period, partsOf(rows, total), 'initiator', byInitiator);
  }
  const cut = accountCut<OrderWeekAggregate>(by, parent, 'cancellationRate');
  return measure(KPI.cancellationRate, period, partsOf(rows, total, cut), cut?.dimension ?? null);
}

export async function substitutionRate({ period, parent, loaders }: KpiScope, by: string | null | undefined) {
  const rows = await loaders.orderWeeks.load(period);
  const cut = accountCut<OrderWeekAggregate>(by, parent, 'substitutionRate');
  return measure(KPI.substitutionRate, period, partsOf(rows, (row) => [row.substituted_lines, row.lines], cut), cut?.dimension ?? null);
}

export async function selfServeOrderPenetration({ period, parent, loaders }: KpiScope, by: string | null | undefined) {
  const rows = await loaders.orderWeeks.load(period);
  const cut = accountCut<OrderWeekAggregate>(by, parent, 'selfServeOrderPenetration');
  const selfServe = (row: OrderWeekAggregate) => (SELF_SERVE_CHANNELS.includes(row.channel) ? row.orders_placed : 0);
  return measure(KPI.selfServeOrderPenetration, period, partsOf(rows, (row) => [selfServe(row), row.orders_placed], cut), cut?.dimension ?? null);
}

export async function campaignInfluencedOrders({ period, parent, loaders }: KpiScope, by: string | null | undefined) {
  const rows = await loaders.orderWeeks.load(period);
  const cut = accountCut<OrderWeekAggregate>(by, parent, 'campaignInfluencedOrders');
  const dimension = cut?.dimension ?? null;
  return {
    orderShare: measure(KPI.campaignInfluencedOrderShare, period, partsOf(rows, (row) => [row.campaign_orders, row.orders_placed], cut), dimension),
    revenueShare: measure(
      KPI.campaignInfluencedRevenueShare,
      period,
      partsOf(rows, (row) => [amountOf(row.campaign_booked_value_minor), amountOf(row.booked_value_minor)], cut),
      dimension,
    ),
  };
}

/**
 * Accounts, not orders: each week counts the accounts ordering in it; the period counts each
 * account once, against its 365 days before the period start.
 */
export async function repeatOrderRate({ period, parent, loaders }: KpiScope, by: string | null | undefined) {
  const rows = await loaders.repeatAccounts.load(period);
  const segments = by === 'SEGMENT' ? segmentsByAccount(parent, 'repeatOrderRate') : null;
  const accounts = new Map<string, KpiPart>();
  for (const row of rows) {
    accounts.set(row.account_id, {
      week: period.fromWeek,
      dimensionValue: segments?.get(row.account_id) ?? 'unknown',
      numerator: row.repeat_in_period ? 1 : 0,
      denominator: 1,
    });
  }
  const weekly = rows.map((row) => ({ week: weekOfMonday(row.week_start), numerator: row.repeat_in_week ? 1 : 0, denominator: 1 }));
  const whole = measure(KPI.repeatOrderRate, period, [...accounts.values()], segments ? 'segment' : null);
  return { ...whole, byWeek: measure(KPI.repeatOrderRate, period, weekly, null).byWeek };
}
