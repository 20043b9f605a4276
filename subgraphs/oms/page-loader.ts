import DataLoader from 'dataloader';
import { toInt } from '../../lib/convert.ts';
import type { ParentCount } from './db/keyset.ts';

/**
 * A loader for lists paginated per parent (an account's orders, a branch's shipments): each key is
 * a parent plus the field's arguments. Keys sharing the same arguments are fetched together, one
 * statement for the pages (unnest + LATERAL) and one for the totals, so a page of N parents costs
 * the same for any N.
 */
export interface ParentPageKey<Args> {
  parent: string;
  args: Args;
}

export interface ParentPage<Row> {
  /** Up to limit + 1 rows: the extra one only tells whether another page follows. */
  rows: Row[];
  totalCount: number;
}

export function parentPageLoader<Args, Row>(
  fetchRows: (parents: string[], args: Args) => Promise<Row[]>,
  fetchCounts: (parents: string[], args: Args) => Promise<ParentCount[]>,
  parentOf: (row: Row) => string,
): DataLoader<ParentPageKey<Args>, ParentPage<Row>, string> {
  return new DataLoader<ParentPageKey<Args>, ParentPage<Row>, string>(
    async (keys) => {
      const groups = new Map<string, { args: Args; parents: string[] }>();
      for (const { parent, args } of keys) {
        const argsKey = JSON.stringify(args);
        const group = groups.get(argsKey) ?? { args, parents: [] };
        group.parents.push(parent);
        groups.set(argsKey, group);
      }
      const pages = new Map<string, ParentPage<Row>>();
      await Promise.all(
        [...groups].map(async ([argsKey, { args, parents }]) => {
          const [rows, counts] = await Promise.all([fetchRows(parents, args), fetchCounts(parents, args)]);
          for (const parent of parents) pages.set(JSON.stringify([parent, argsKey]), { rows: [], totalCount: 0 });
          for (const row of rows) pages.get(JSON.stringify([parentOf(row), argsKey]))?.rows.push(row);
          for (const count of counts) {
            const page = pages.get(JSON.stringify([count.parent, argsKey]));
            if (page) page.totalCount = toInt(count.total);
          }
        }),
      );
      return keys.map((key) => pages.get(cacheKeyOf(key)) ?? { rows: [], totalCount: 0 });
    },
    { cacheKeyFn: cacheKeyOf },
  );
}

function cacheKeyOf<Args>(key: ParentPageKey<Args>): string {
  return JSON.stringify([key.parent, JSON.stringify(key.args)]);
}
