import { badUserInput } from '../../../lib/errors.ts';
import { formatDecimal } from '../../../lib/kpi.ts';
import { money, toMinorBigInt } from '../../../lib/money.ts';
import { KPI } from '../rules/kpi-catalog.ts';
import { measure, periodReading } from '../rules/kpi-measure.ts';
import { partsOf } from './parts.ts';
import type { KpiScope } from './period.ts';

export async function exceptionOwnerCoverage({ period, loaders }: KpiScope) {
  const rows = await loaders.exceptionWeeks.load(period);
  return measure(KPI.exceptionOwnerCoverage, period, partsOf(rows, (row) => [row.owned, row.opened]), null);
}

const MAX_FIRST = 200;

interface TypeTotals {
  type: string;
  opened: number;
  owned: number;
  marginImpactMinor: bigint;
}

const byVolume = (a: TypeTotals, b: TypeTotals) => b.opened - a.opened;
const byMarginImpact = (a: TypeTotals, b: TypeTotals) => (a.marginImpactMinor === b.marginImpactMinor ? 0 : a.marginImpactMinor < b.marginImpactMinor ? 1 : -1);

/** Exception types of the period ranked by volume or margin impact (the other breaks ties), with ownership and median resolution. */
export async function topExceptions({ period, loaders }: KpiScope, rankBy: string, first: number) {
  if (first < 1 || first > MAX_FIRST) throw badUserInput('first', `must be between 1 and ${MAX_FIRST}, got ${first}`);
  const [rows, medians] = await Promise.all([loaders.exceptionWeeks.load(period), loaders.exceptionResolutionMedians.load(period)]);
  const types = new Map<string, TypeTotals>();
  for (const row of rows) {
    const entry = types.get(row.type) ?? { type: row.type, opened: 0, owned: 0, marginImpactMinor: 0n };
    entry.opened += row.opened;
    entry.owned += row.owned;
    entry.marginImpactMinor += toMinorBigInt(row.margin_impact_minor);
    types.set(row.type, entry);
  }
  const medianByType = new Map(medians.map((row) => [row.type, row.median_hours]));
  const [primary, secondary] = rankBy === 'MARGIN_IMPACT' ? [byMarginImpact, byVolume] : [byVolume, byMarginImpact];
  return [...types.values()]
    .sort((a, b) => primary(a, b) || secondary(a, b) || a.type.localeCompare(b.type))
    .slice(0, first)
    .map((entry) => {
      const median = medianByType.get(entry.type);
      return {
        type: entry.type,
        opened: entry.opened,
        marginImpact: money(entry.marginImpactMinor),
        owned: entry.owned,
        ownerCoverage: periodReading(KPI.exceptionOwnerCoverage, period, entry.owned, entry.opened, { dimension: 'exception_type', dimensionValue: entry.type }),
        medianResolutionHours: median === null || median === undefined ? null : formatDecimal(median),
      };
    });
}
