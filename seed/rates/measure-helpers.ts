import { DAY_MS, HOUR_MS, dateMs } from '../calendar.ts';

/** One line of seed/RATES.md. */
export interface RateLine {
  irregularity: string;
  configured: string;
  measured: string;
  kpi: string;
}

export function pct(value: number, digits = 1): string {
  return `${(value * 100).toFixed(digits)}%`;
}

export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

export function share(numerator: number, denominator: number, digits = 1): string {
  return `${pct(ratio(numerator, denominator), digits)} (${numerator.toLocaleString('en-US')} / ${denominator.toLocaleString('en-US')})`;
}

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function daysBetween(fromIsoDay: string, toMs: number): number {
  return Math.round((toMs - dateMs(fromIsoDay)) / DAY_MS);
}

export function hours(ms: number): number {
  return ms / HOUR_MS;
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** "a 40%, b 25%, ..." in descending order of count. */
export function mix(counts: ReadonlyMap<string, number>): string {
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  return [...counts.entries()]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .map(([key, count]) => `${key} ${pct(ratio(count, total), 0)}`)
    .join(', ');
}
