import { generateDataset, type Dataset } from '../../seed/dataset.ts';

let cached: Dataset | null = null;

/**
 * The dataset the invariant tests inspect: the default seed at scale 0.02 (about 1,100 orders).
 * SEED_INVARIANTS_SCALE=1 runs the same invariants over the full demo dataset (about a minute).
 */
export function smallDataset(): Dataset {
  cached ??= generateDataset({ scale: Number(process.env.SEED_INVARIANTS_SCALE ?? 0.02) });
  return cached;
}

export function keyed<T>(rows: readonly T[], key: (row: T) => string): Map<string, T> {
  return new Map(rows.map((row) => [key(row), row]));
}

export function sumBy<T>(rows: readonly T[], key: (row: T) => string, value: (row: T) => number): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + value(row));
  return sums;
}
