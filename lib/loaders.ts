import DataLoader from 'dataloader';

/**
 * Loader helpers. Every entity reference and every per-parent list goes through one of these,
 * created once per request, so a page of N parents costs one statement per field, not N.
 */

/** One row (or null) per key, in key order. `keyOf` reads the key back from a fetched row. */
export function rowLoader<Key, Row>(
  fetch: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
  cacheKey: (key: Key) => unknown = (key) => key,
): DataLoader<Key, Row | null, unknown> {
  return new DataLoader<Key, Row | null, unknown>(
    async (keys) => {
      const byKey = new Map<unknown, Row>();
      for (const row of await fetch(keys)) byKey.set(cacheKey(keyOf(row)), row);
      return keys.map((key) => byKey.get(cacheKey(key)) ?? null);
    },
    { cacheKeyFn: cacheKey },
  );
}

/** A list of rows per key (possibly empty), in key order, keeping the order the SQL returned. */
export function listLoader<Key, Row>(
  fetch: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
  cacheKey: (key: Key) => unknown = (key) => key,
): DataLoader<Key, Row[], unknown> {
  return new DataLoader<Key, Row[], unknown>(
    async (keys) => {
      const byKey = new Map<unknown, Row[]>();
      for (const row of await fetch(keys)) {
        const k = cacheKey(keyOf(row));
        const list = byKey.get(k);
        if (list) list.push(row);
        else byKey.set(k, [row]);
      }
      return keys.map((key) => byKey.get(cacheKey(key)) ?? []);
    },
    { cacheKeyFn: cacheKey },
  );
}

/** A list that does not depend on the parent (a small reference table), read at most once per request. */
export function onceLoader<Row>(fetch: () => Promise<Row[]>): () => Promise<Row[]> {
  let rows: Promise<Row[]> | undefined;
  return () => (rows ??= fetch());
}
