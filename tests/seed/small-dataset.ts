import { DEFAULT_SEED, PINNED_AS_OF } from '../../seed/config.ts';
import { generateDataset, type Dataset } from '../../seed/dataset.ts';

/** The instant the small dataset describes: 23:59:59 UTC on PINNED_AS_OF (2026-11-01). */
export const AS_OF = Date.parse('2026-11-01T23:59:59Z');

let cached: Dataset | null = null;

/**
 * The dataset the invariant tests inspect: the default seed at scale 0.02 (about 1,100 orders), as
 * of the pinned day.
 * SEED_INVARIANTS_SCALE=1 runs the same invariants over the full demo dataset (about a minute).
 */
export function smallDataset(): Dataset {
  cached ??= generateDataset({ seed: DEFAULT_SEED, scale: Number(process.env.SEED_INVARIANTS_SCALE ?? 0.02), asOf: PINNED_AS_OF });
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
