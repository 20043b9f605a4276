import { toInt } from '../../../lib/convert.ts';
import { weeksBetween } from '../../../lib/iso-week.ts';
import { reading, type KpiDefinitionShape, type KpiReading } from '../../../lib/kpi.ts';

/**
 * Builds a KPI's headline reading, its cut by a dimension and its week-by-week readings from
 * weekly numerators and denominators. Pure; worked numbers in tests/erp/measure.rules.unit.test.ts.
 */

export interface Part {
  numerator: number;
  denominator: number;
}

export interface Measure {
  reading: KpiReading;
  byDimension: KpiReading[];
  byWeek: KpiReading[];
}

export interface Period {
  fromWeek: string;
  toWeek: string;
}

/**
 * How weeks combine into a longer period. 'sum': flows (invoices, holds, lines due) add up, so a
 * ratio rolls up as a ratio of sums. 'last': balances (AR for DSO) are as-of snapshots, so a
 * period reads as its last week.
 */
export type PeriodRule = 'sum' | 'last';

/** Amounts (MONEY) are totals, not ratios: their denominator is always 1, so 0 reads as 0. */
export function combine(definition: KpiDefinitionShape, parts: readonly Part[]): Part {
  const numerator = parts.reduce((sum, part) => sum + part.numerator, 0);
  const denominator = definition.unit === 'MONEY' ? 1 : parts.reduce((sum, part) => sum + part.denominator, 0);
  return { numerator, denominator };
}

export type WeeklyParts = ReadonlyMap<string, Part>;

export function weeklyMeasure(
  definition: KpiDefinitionShape,
  period: Period,
  weekly: WeeklyParts,
  options: { rule?: PeriodRule; dimension?: { name: string; weekly: ReadonlyMap<string, WeeklyParts> } } = {},
): Measure {
  const weeks = weeksBetween(period.fromWeek, period.toWeek);
  const rule = options.rule ?? 'sum';
  const periodPart = (parts: WeeklyParts) =>
    rule === 'last' ? combine(definition, listOf(parts.get(period.toWeek))) : combine(definition, weeks.flatMap((week) => listOf(parts.get(week))));
  const dimension = options.dimension;
  return {
    reading: reading(definition, { ...periodPart(weekly), ...period }),
    byDimension: dimension
      ? [...dimension.weekly.keys()]
          .sort()
          .map((value) => reading(definition, { ...periodPart(dimension.weekly.get(value)!), ...period, dimension: dimension.name, dimensionValue: value }))
      : [],
    byWeek: weeks.map((week) => reading(definition, { ...combine(definition, listOf(weekly.get(week))), fromWeek: week, toWeek: week })),
  };
}

const listOf = (part: Part | undefined): Part[] => (part ? [part] : []);

/** Adds a part under `week` (and a dimension value), creating the maps on first use. */
export function addPart(target: Map<string, Part>, week: string, part: Part): void {
  const existing = target.get(week);
  if (existing) {
    existing.numerator += part.numerator;
    existing.denominator += part.denominator;
  } else target.set(week, { ...part });
}

export function addDimensionPart(target: Map<string, Map<string, Part>>, value: string, week: string, part: Part): void {
  let weekly = target.get(value);
  if (!weekly) target.set(value, (weekly = new Map()));
  addPart(weekly, week, part);
}

/** Minor units (a pg bigint string or number) as a major-unit amount for a reading's numerator. */
export function majorUnits(minor: string | number | bigint): number {
  return toInt(minor) / 100;
}
