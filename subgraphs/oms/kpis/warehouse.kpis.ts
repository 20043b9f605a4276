import type { ShipmentWeekAggregate } from '../db/kpi-rows.ts';
import { formatDecimal } from '../../../lib/kpi.ts';
import { KPI } from '../rules/kpi-catalog.ts';
import { measure } from '../rules/kpi-measure.ts';
import { partsOf, type Cut } from './parts.ts';
import type { KpiScope } from './period.ts';

const decimalOrNull = (value: number | null | undefined) => (value === null || value === undefined ? null : formatDecimal(value));

export async function pickPackSlaAdherence({ period, loaders }: KpiScope, by: string | null | undefined) {
  const rows = await loaders.shipmentWeeks.load(period);
  let cut: Cut<ShipmentWeekAggregate> | null = null;
  if (by === 'BRANCH') cut = { dimension: 'branch', valueOf: (row) => row.branch_code };
  if (by === 'CHANNEL') cut = { dimension: 'channel', valueOf: (row) => row.channel };
  return measure(KPI.pickPackSlaAdherence, period, partsOf(rows, (row) => [row.packed_by_cutoff, row.due], cut), cut?.dimension ?? null);
}

export async function pickToShipHours({ period, loaders }: KpiScope) {
  const [row] = await loaders.pickToShipPercentiles.load(period);
  return { median: decimalOrNull(row?.p50), p90: decimalOrNull(row?.p90) };
}

export async function returnCycleTime({ period, loaders }: KpiScope) {
  const [weeks, [percentiles]] = await Promise.all([loaders.returnWeeks.load(period), loaders.returnCyclePercentiles.load(period)]);
  return {
    customerFacing: measure(KPI.returnCycleTime, period, partsOf(weeks, (row) => [row.customer_days, row.credited]), null),
    internal: measure(KPI.returnInternalCycleTime, period, partsOf(weeks, (row) => [row.internal_days, row.received]), null),
    customerFacingP90Days: decimalOrNull(percentiles?.customer_p90),
    internalP90Days: decimalOrNull(percentiles?.internal_p90),
  };
}
