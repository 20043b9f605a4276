import { toFloat } from '../../../lib/convert.ts';
import { addWeeks } from '../../../lib/iso-week.ts';
import { reading as emptyReading, type KpiReading } from '../../../lib/kpi.ts';
import type { KpiCatalogEntry } from './kpi-catalog.ts';
import { kpiStatus, weeksInBreach, type KpiStatus, type Thresholds } from './status.rules.ts';

/**
 * One KPI's verdict for a week, from the weekly readings its domain sent through federation (13
 * weeks ending the scorecard's week). Readings arrive without the dimension fields (the @requires
 * selection leaves them out); a weekly headline reading is one whose period is exactly that week.
 */
export const TREND_WEEKS = 12;

export type ReceivedReading = Omit<KpiReading, 'dimension' | 'dimensionValue'> & {
  dimension?: string | null;
  dimensionValue?: string | null;
};

export interface KpiVerdict {
  reading: KpiReading | null;
  trend: KpiReading[];
  status: KpiStatus;
  weeksInBreach: number;
}

/** The 13 weeks a scorecard reads: the 12 trend weeks and the week itself, oldest first. */
export function scorecardWeeks(week: string): string[] {
  return Array.from({ length: TREND_WEEKS + 1 }, (_, i) => addWeeks(week, i - TREND_WEEKS));
}

export function judgeKpi(
  entry: KpiCatalogEntry,
  owner: string | null,
  thresholds: Thresholds,
  received: readonly ReceivedReading[],
  week: string,
): KpiVerdict {
  const weeks = scorecardWeeks(week);
  const byWeek = new Map<string, KpiReading>();
  for (const r of received) {
    const headline = r.kpi === entry.name && r.fromWeek === r.toWeek && !r.dimension;
    if (headline && !byWeek.has(r.fromWeek)) byWeek.set(r.fromWeek, { ...r, dimension: null, dimensionValue: null });
  }
  const readings = weeks.map((w) => byWeek.get(w) ?? null);
  const values = readings.map((r) => (r?.value == null ? null : toFloat(r.value)));
  const current = readings[TREND_WEEKS] ?? null;
  return {
    reading: current,
    // A week with nothing reported keeps its place in the trend, so the chart's x-axis is always 12 weeks.
    trend: readings.slice(0, TREND_WEEKS).map((r, i) => r ?? emptyReading({ kpi: entry.name, unit: entry.unit, direction: entry.direction }, { numerator: 0, denominator: 0, fromWeek: weeks[i]!, toWeek: weeks[i]! })),
    status: kpiStatus(values[TREND_WEEKS] ?? null, owner, entry.direction, thresholds),
    weeksInBreach: weeksInBreach(values, entry.direction, thresholds),
  };
}
