import { reading, rollUp, type KpiDefinitionShape, type KpiReading } from '../../../lib/kpi.ts';

/**
 * Builds a KpiMeasure (the period's reading, the same cut by a dimension, and week by week) from
 * parts: numerator/denominator pairs tagged with their week and dimension value. Every reading is a
 * ratio of sums of parts, never an average of ratios.
 */
export interface KpiPart {
  /** ISO week, e.g. "2026-W41". */
  week: string;
  /** The part's value of the requested dimension; ignored when no dimension was requested. */
  dimensionValue?: string | null;
  numerator: number;
  denominator: number;
}

export interface PeriodWeeks {
  fromWeek: string;
  toWeek: string;
  /** Every ISO week of the period, oldest first. */
  weeks: readonly string[];
}

export interface KpiMeasureShape {
  reading: KpiReading;
  byDimension: KpiReading[];
  byWeek: KpiReading[];
}

/**
 * Parts summed: the period reading, per week, and per dimension value (sorted) when `dimension` is
 * set. The cut normally regroups the same parts; `dimensionParts` replaces them when the cut's
 * parts overlap (e.g. cancellations by initiator: each initiator over all orders placed).
 */
export function measure(
  definition: KpiDefinitionShape,
  period: PeriodWeeks,
  parts: readonly KpiPart[],
  dimension: string | null,
  dimensionParts: readonly KpiPart[] = parts,
): KpiMeasureShape {
  const { fromWeek, toWeek } = period;
  return {
    reading: rollUp(definition, [...parts], { fromWeek, toWeek }),
    byDimension: dimension === null ? [] : byDimension(definition, period, dimensionParts, dimension),
    byWeek: weekly(definition, period, parts),
  };
}

function weekly(definition: KpiDefinitionShape, period: PeriodWeeks, parts: readonly KpiPart[]): KpiReading[] {
  const groups = groupBy(parts, (part) => part.week);
  return period.weeks.map((week) => rollUp(definition, groups.get(week) ?? [], { fromWeek: week, toWeek: week }));
}

function groupBy(parts: readonly KpiPart[], keyOf: (part: KpiPart) => string): Map<string, KpiPart[]> {
  const groups = new Map<string, KpiPart[]>();
  for (const part of parts) {
    const key = keyOf(part);
    const group = groups.get(key);
    if (group) group.push(part);
    else groups.set(key, [part]);
  }
  return groups;
}

function byDimension(definition: KpiDefinitionShape, period: PeriodWeeks, parts: readonly KpiPart[], dimension: string): KpiReading[] {
  const groups = groupBy(parts, (part) => part.dimensionValue ?? 'unknown');
  return [...groups.keys()]
    .sort()
    .map((value) => rollUp(definition, groups.get(value)!, { fromWeek: period.fromWeek, toWeek: period.toWeek, dimension, dimensionValue: value }));
}

/**
 * A snapshot KPI (semi-additive, e.g. open backorders): a week's value is its own snapshot and the
 * period's reading is the latest week's snapshot, never a sum over weeks.
 */
export function snapshotMeasure(definition: KpiDefinitionShape, period: PeriodWeeks, parts: readonly KpiPart[]): KpiMeasureShape {
  const groups = groupBy(parts, (part) => part.week);
  const latest = [...period.weeks].reverse().find((week) => groups.has(week));
  const last = latest === undefined ? [] : groups.get(latest)!;
  return { reading: rollUp(definition, last, { fromWeek: period.fromWeek, toWeek: period.toWeek }), byDimension: [], byWeek: weekly(definition, period, parts) };
}

/** One reading from a numerator and denominator over the whole period, optionally for one dimension value. */
export function periodReading(
  definition: KpiDefinitionShape,
  period: PeriodWeeks,
  numerator: number,
  denominator: number,
  cut?: { dimension: string; dimensionValue: string },
): KpiReading {
  return reading(definition, { numerator, denominator, fromWeek: period.fromWeek, toWeek: period.toWeek, ...cut });
}
