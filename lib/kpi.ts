/**
 * The shape every KPI reading takes, whichever domain computes it: value with its numerator and
 * denominator (so ratios roll up as ratios of sums, never averages of ratios), unit, direction,
 * period and the dimension it was cut by. Numbers travel as decimal strings: some KPIs are money.
 */
export type KpiUnit = 'PERCENT' | 'DAYS' | 'HOURS' | 'MONEY' | 'COUNT' | 'UNITS' | 'RATIO';
export type KpiDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

export interface KpiReading {
  /** Catalog name, snake_case, e.g. "perfect_order_rate". */
  kpi: string;
  /** numerator / denominator in the unit (x100 for PERCENT), 4 decimals; null when the denominator is 0. */
  value: string | null;
  numerator: string;
  denominator: string;
  unit: KpiUnit;
  direction: KpiDirection;
  fromWeek: string;
  toWeek: string;
  /** The dimension the reading was cut by ("segment"), null for the whole period. */
  dimension: string | null;
  /** That dimension's value ("contractor"), null for the whole period. */
  dimensionValue: string | null;
}

export interface KpiDefinitionShape {
  kpi: string;
  unit: KpiUnit;
  direction: KpiDirection;
}

export interface ReadingInput {
  numerator: number;
  denominator: number;
  fromWeek: string;
  toWeek: string;
  dimension?: string | null;
  dimensionValue?: string | null;
}

const DECIMALS = 4;

export function formatDecimal(n: number, decimals = DECIMALS): string {
  if (!Number.isFinite(n)) throw new RangeError(`KPI quantity is not finite: ${n}`);
  const fixed = n.toFixed(decimals);
  return fixed === `-${(0).toFixed(decimals)}` ? (0).toFixed(decimals) : fixed;
}

/** A reading from a numerator and denominator; PERCENT multiplies the ratio by 100. */
export function reading(definition: KpiDefinitionShape, input: ReadingInput): KpiReading {
  const scale = definition.unit === 'PERCENT' ? 100 : 1;
  return {
    kpi: definition.kpi,
    unit: definition.unit,
    direction: definition.direction,
    value: input.denominator === 0 ? null : formatDecimal((input.numerator / input.denominator) * scale),
    numerator: formatDecimal(input.numerator),
    denominator: formatDecimal(input.denominator),
    fromWeek: input.fromWeek,
    toWeek: input.toWeek,
    dimension: input.dimension ?? null,
    dimensionValue: input.dimensionValue ?? null,
  };
}

/** Sums numerators and denominators of parts (weeks, segments) into one reading: a ratio of sums. */
export function rollUp(
  definition: KpiDefinitionShape,
  parts: { numerator: number; denominator: number }[],
  period: { fromWeek: string; toWeek: string; dimension?: string | null; dimensionValue?: string | null },
): KpiReading {
  const numerator = parts.reduce((sum, part) => sum + part.numerator, 0);
  const denominator = parts.reduce((sum, part) => sum + part.denominator, 0);
  return reading(definition, { numerator, denominator, ...period });
}
