import type { VisibleAccounts } from '../../../lib/access.ts';
import type { Db } from '../../../lib/db.ts';
import { keysetParams, type Keyset, type ParentCount } from './keyset.ts';
import type { OrderRow } from './rows.ts';

/** Order conditions shared by every order list; `placedTo` includes the whole UTC day. */
export interface OrderCriteria {
  statuses?: readonly string[] | null;
  channels?: readonly string[] | null;
  placedFrom?: string | null;
  placedTo?: string | null;
}

// Parameters $1..$4 of every order-list statement.
const ORDER_CRITERIA_SQL = `
      ($1::text[] IS NULL OR o.status = ANY($1::text[]))
  AND ($2::text[] IS NULL OR o.channel = ANY($2::text[]))
  AND ($3::date IS NULL OR o.placed_at >= ($3::date::timestamp AT TIME ZONE 'UTC'))
  AND ($4::date IS NULL OR o.placed_at < (($4::date + 1)::timestamp AT TIME ZONE 'UTC'))`;

const criteriaParams = (c: OrderCriteria) => [c.statuses ?? null, c.channels ?? null, c.placedFrom ?? null, c.placedTo ?? null];

// Every statement takes the caller's visible accounts (lib/access.ts; null: all), so a look-up, a
// list and a reference all meet the same condition and another account's orders read as absent.

export function ordersByIds(db: Db, visible: VisibleAccounts, ids: readonly string[]): Promise<OrderRow[]> {
  return db.query<OrderRow>(
    'SELECT o.* FROM orders o WHERE o.id = ANY($1::text[]) AND ($2::text[] IS NULL OR o.account_id = ANY($2::text[]))',
    [ids, visible],
  );
}

/** Per quote, the first order placed from it. */
export function firstOrdersByQuoteIds(db: Db, visible: VisibleAccounts, quoteIds: readonly string[]): Promise<OrderRow[]> {
  return db.query<OrderRow>(
    `SELECT DISTINCT ON (o.quote_id) o.* FROM orders o
      WHERE o.quote_id = ANY($1::text[]) AND ($2::text[] IS NULL OR o.account_id = ANY($2::text[]))
      ORDER BY o.quote_id, o.placed_at, o.id`,
    [quoteIds, visible],
  );
}

/**
 * One page of orders, newest placed first, optionally for one account; fetches limit + 1 rows. The
 * account argument narrows the visible accounts, never widens them.
 */
export function ordersPage(db: Db, visible: VisibleAccounts, criteria: OrderCriteria, accountId: string | null, page: Keyset): Promise<OrderRow[]> {
  return db.query<OrderRow>(
    `SELECT o.* FROM orders o
      WHERE ${ORDER_CRITERIA_SQL}
        AND ($5::text IS NULL OR o.account_id = $5::text)
        AND ($9::text[] IS NULL OR o.account_id = ANY($9::text[]))
        AND ($6::timestamptz IS NULL OR (o.placed_at, o.id) < ($6::timestamptz, $7::text))
      ORDER BY o.placed_at DESC, o.id DESC LIMIT $8`,
    [...criteriaParams(criteria), accountId, ...keysetParams(page), visible],
  );
}

export async function orderCount(db: Db, visible: VisibleAccounts, criteria: OrderCriteria, accountId: string | null): Promise<string> {
  const [row] = await db.query<{ total: string }>(
    `SELECT count(*) AS total FROM orders o
      WHERE ${ORDER_CRITERIA_SQL} AND ($5::text IS NULL OR o.account_id = $5::text)
        AND ($6::text[] IS NULL OR o.account_id = ANY($6::text[]))`,
    [...criteriaParams(criteria), accountId, visible],
  );
  return row?.total ?? '0';
}

/** The same page for each of several accounts in one statement, grouped by account in key order. */
export function ordersPageByAccounts(db: Db, visible: VisibleAccounts, accountIds: readonly string[], criteria: OrderCriteria, page: Keyset): Promise<OrderRow[]> {
  return db.query<OrderRow>(
    `SELECT p.* FROM unnest($5::text[]) WITH ORDINALITY AS k(account_id, ord)
      CROSS JOIN LATERAL (
        SELECT o.* FROM orders o
         WHERE o.account_id = k.account_id AND ${ORDER_CRITERIA_SQL}
           AND ($9::text[] IS NULL OR o.account_id = ANY($9::text[]))
           AND ($6::timestamptz IS NULL OR (o.placed_at, o.id) < ($6::timestamptz, $7::text))
         ORDER BY o.placed_at DESC, o.id DESC LIMIT $8) p
      ORDER BY k.ord, p.placed_at DESC, p.id DESC`,
    [...criteriaParams(criteria), accountIds, ...keysetParams(page), visible],
  );
}

export function orderCountsByAccounts(db: Db, visible: VisibleAccounts, accountIds: readonly string[], criteria: OrderCriteria): Promise<ParentCount[]> {
  return db.query<ParentCount>(
    `SELECT o.account_id AS parent, count(*) AS total FROM orders o
      WHERE o.account_id = ANY($5::text[]) AND ${ORDER_CRITERIA_SQL}
        AND ($6::text[] IS NULL OR o.account_id = ANY($6::text[]))
      GROUP BY o.account_id`,
    [...criteriaParams(criteria), accountIds, visible],
  );
}
