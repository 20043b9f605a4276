import type { KpiDefinitionShape } from '../../../lib/kpi.ts';
import type { DeliveryWeekAggregate } from '../db/kpi-rows.ts';
import { KPI } from '../rules/kpi-catalog.ts';
import { measure, type KpiMeasureShape } from '../rules/kpi-measure.ts';
import { accountCut, partsOf } from './parts.ts';
import type { KpiScope } from './period.ts';

/**
 * Delivered orders (perfect order population) of the period and the four criteria. The weekly
 * aggregate counts each order once across the criteria (an order failing two is one imperfect
 * order); documentation disputes are the ones the OMS recorded from the ERP's feed.
 */
export async function perfectOrder({ period, parent, loaders }: KpiScope, by: string | null | undefined) {
  const cut = accountCut<DeliveryWeekAggregate>(by, parent, 'perfectOrderRate');
  const rows = await loaders.deliveryWeeks.load(period);
  const component = (definition: KpiDefinitionShape, numerator: (row: DeliveryWeekAggregate) => number): KpiMeasureShape =>
    measure(definition, period, partsOf(rows, (row) => [numerator(row), row.delivered], cut), cut?.dimension ?? null);
  return {
    rate: component(KPI.perfectOrderRate, (row) => row.perfect),
    inFull: component(KPI.perfectOrderInFull, (row) => row.in_full),
    onTime: component(KPI.perfectOrderOnTime, (row) => row.on_time),
    documentationAccurate: component(KPI.perfectOrderDocumentationAccurate, (row) => row.documentation_accurate),
    damageFree: component(KPI.perfectOrderDamageFree, (row) => row.damage_free),
  };
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
