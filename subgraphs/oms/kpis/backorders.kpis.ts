import { formatDecimal } from '../../../lib/kpi.ts';
import { toFloat } from '../../../lib/convert.ts';
import type { SkuWeekAggregate } from '../db/kpi-rows.ts';
import { KPI } from '../rules/kpi-catalog.ts';
import { measure, snapshotMeasure } from '../rules/kpi-measure.ts';
import { required } from './erp-inputs.ts';
import { partsOf, type Cut } from './parts.ts';
import type { KpiScope } from './period.ts';

export async function backorderIncidence({ period, parent, loaders }: KpiScope, by: string | null | undefined) {
  const rows = await loaders.skuWeeks.load(period);
  let cut: Cut<SkuWeekAggregate> | null = null;
  if (by === 'VELOCITY_TIER') {
    const tiers = new Map(required(parent.itemVelocityTiers, 'itemVelocityTiers', 'backorderIncidence').map((item) => [item.sku, item.velocityTier]));
    cut = { dimension: 'velocity_tier', valueOf: (row) => tiers.get(row.sku) ?? 'unknown' };
  }
  return measure(KPI.backorderIncidence, period, partsOf(rows, (row) => [row.backordered_lines, row.lines], cut), cut?.dimension ?? null);
}

/** A snapshot per week; the period's figures are those of its last week that has one. */
export async function backorderDaysOutstanding({ period, loaders }: KpiScope) {
  const rows = await loaders.backorderWeeks.load(period);
  const averageDays = snapshotMeasure(KPI.backorderDaysOutstanding, period, partsOf(rows, (row) => [row.age_days, row.open_lines]));
  const last = rows.reduce<(typeof rows)[number] | null>((latest, row) => (latest === null || row.week_start > latest.week_start ? row : latest), null);
  return { averageDays, unitDaysLate: formatDecimal(last === null ? 0 : toFloat(last.unit_days_late)) };
}
