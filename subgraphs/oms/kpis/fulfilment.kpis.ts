import type { KpiDefinitionShape } from '../../../lib/kpi.ts';
import type { DeliveryWeekAggregate, DisputedDelivery } from '../db/kpi-rows.ts';
import { KPI } from '../rules/kpi-catalog.ts';
import { measure, type KpiMeasureShape } from '../rules/kpi-measure.ts';
import { perfectOrderCounts, type PerfectOrderCounts } from '../rules/perfect-order.rules.ts';
import { required } from './erp-inputs.ts';
import { accountCut, partsOf } from './parts.ts';
import type { KpiScope } from './period.ts';

/** Delivered orders (perfect order population) of the period, with the ERP's documentation disputes subtracted. */
export async function perfectOrder({ period, parent, loaders }: KpiScope, by: string | null | undefined) {
  const orderIds = required(parent.documentationDisputedOrderIds, 'documentationDisputedOrderIds', 'perfectOrderRate');
  const cut = accountCut<DeliveryWeekAggregate>(by, parent, 'perfectOrderRate');
  const [deliveries, disputed] = await Promise.all([
    loaders.deliveryWeeks.load(period),
    loaders.disputedDeliveries.load({ ...period, orderIds }),
  ]);
  const rows = withDisputes(deliveries, disputed);
  const component = (definition: KpiDefinitionShape, numerator: (counts: PerfectOrderCounts) => number): KpiMeasureShape =>
    measure(definition, period, partsOf(rows, (row) => [numerator(row.counts), row.counts.delivered], cut), cut?.dimension ?? null);
  return {
    rate: component(KPI.perfectOrderRate, (c) => c.perfect),
    inFull: component(KPI.perfectOrderInFull, (c) => c.inFull),
    onTime: component(KPI.perfectOrderOnTime, (c) => c.onTime),
    documentationAccurate: component(KPI.perfectOrderDocumentationAccurate, (c) => c.documentationAccurate),
    damageFree: component(KPI.perfectOrderDamageFree, (c) => c.damageFree),
  };
}

/** Each weekly delivery row with the disputed orders of the same week, account and channel subtracted. */
function withDisputes(deliveries: readonly DeliveryWeekAggregate[], disputed: readonly DisputedDelivery[]) {
  const keyOf = (row: { week_start: string; account_id: string; channel: string }) => `${row.week_start}|${row.account_id}|${row.channel}`;
  const disputes = new Map<string, { disputed: number; disputedOtherwisePerfect: number }>();
  for (const order of disputed) {
    const entry = disputes.get(keyOf(order)) ?? { disputed: 0, disputedOtherwisePerfect: 0 };
    entry.disputed += 1;
    if (order.otherwise_perfect) entry.disputedOtherwisePerfect += 1;
    disputes.set(keyOf(order), entry);
  }
  return deliveries.map((row) => ({
    ...row,
    counts: perfectOrderCounts(
      { delivered: row.delivered, inFull: row.in_full, onTime: row.on_time, damageFree: row.damage_free, perfectBeforeDocumentation: row.perfect_before_documentation },
      disputes.get(keyOf(row)) ?? { disputed: 0, disputedOtherwisePerfect: 0 },
    ),
  }));
}

export async function otif({ period, loaders }: KpiScope) {
  const rows = await loaders.deliveryWeeks.load(period);
  return measure(KPI.otif, period, partsOf(rows, (row) => [row.on_time_in_full, row.delivered]), null);
}

export async function lineFillRate({ period, loaders }: KpiScope) {
  const rows = await loaders.orderWeeks.load(period);
  return measure(KPI.lineFillRate, period, partsOf(rows, (row) => [row.settled_lines_filled, row.settled_lines]), null);
}

export async function orderFillRate({ period, loaders }: KpiScope) {
  const rows = await loaders.orderWeeks.load(period);
  return measure(KPI.orderFillRate, period, partsOf(rows, (row) => [row.settled_orders_filled, row.settled_orders]), null);
}

export async function unitFillRate({ period, loaders }: KpiScope) {
  const rows = await loaders.orderWeeks.load(period);
  return measure(KPI.unitFillRate, period, partsOf(rows, (row) => [row.settled_units_shipped, row.settled_units_ordered]), null);
}
