import type { KpiPeriodRow } from '../db/rows.ts';
import type { KpiLoaders } from '../kpi-loaders.ts';
import { kpiPeriod, type KpiPeriodRange } from '../rules/kpi-period.ts';

/** What every KPI computation gets: the period, its representation (ERP inputs) and the KPI loaders. */
export interface KpiScope {
  period: KpiPeriodRange;
  parent: KpiPeriodRow;
  loaders: KpiLoaders;
}

export function kpiScope(parent: KpiPeriodRow, loaders: KpiLoaders): KpiScope {
  const period = kpiPeriod(parent.fromWeek, parent.toWeek);
  // __resolveReference answers null for a malformed key, so a field never sees one.
  if (!period) throw new Error(`KpiPeriod ${parent.fromWeek}..${parent.toWeek} is not a valid period`);
  return { period, parent, loaders };
}
