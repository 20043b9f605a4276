/**
 * What every paginated OMS list is keyed by: newest first on a timestamp, ties broken by id
 * descending. The cursor is the [timestamp ISO, id] of the last row seen.
 */
export interface Keyset {
  /** Rows wanted on the page; repositories fetch one more to tell whether another page follows. */
  limit: number;
  after: [string, string] | null;
}

/** The keyset's three statement parameters: cursor instant, cursor id, fetch size (limit + 1). */
export function keysetParams(page: Keyset): [string | null, string | null, number] {
  return [page.after?.[0] ?? null, page.after?.[1] ?? null, page.limit + 1];
}

/** A per-parent count as SQL returns it (count(*) is int8, so a string). */
export interface ParentCount {
  parent: string;
  total: string;
}
