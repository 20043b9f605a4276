import type { VisibleAccounts } from '../../../lib/access.ts';
import type { Db } from '../../../lib/db.ts';
import { keysetParams, type Keyset, type ParentCount } from './keyset.ts';
import type { ReturnRow } from './rows.ts';

const RETURN_COLUMNS = 'r.*, o.currency_code';

// Every statement takes the caller's visible accounts (lib/access.ts; null: all).

export function returnsByIds(db: Db, visible: VisibleAccounts, ids: readonly string[]): Promise<ReturnRow[]> {
  return db.query<ReturnRow>(
    `SELECT ${RETURN_COLUMNS} FROM returns r JOIN orders o ON o.id = r.order_id
      WHERE r.id = ANY($1::text[]) AND ($2::text[] IS NULL OR r.account_id = ANY($2::text[]))`,
    [ids, visible],
  );
}

/** Returns against several orders, oldest requested first. */
export function returnsByOrderIds(db: Db, visible: VisibleAccounts, orderIds: readonly string[]): Promise<ReturnRow[]> {
  return db.query<ReturnRow>(
    `SELECT ${RETURN_COLUMNS} FROM returns r JOIN orders o ON o.id = r.order_id
      WHERE r.order_id = ANY($1::text[]) AND ($2::text[] IS NULL OR r.account_id = ANY($2::text[]))
      ORDER BY r.order_id, r.requested_at, r.id`,
    [orderIds, visible],
  );
}

/** The same page of returns, newest requested first, for each of several accounts at once. */
export function returnsPageByAccounts(db: Db, visible: VisibleAccounts, accountIds: readonly string[], page: Keyset): Promise<ReturnRow[]> {
  return db.query<ReturnRow>(
    `SELECT p.* FROM unnest($1::text[]) WITH ORDINALITY AS k(account_id, ord)
      CROSS JOIN LATERAL (
        SELECT ${RETURN_COLUMNS} FROM returns r JOIN orders o ON o.id = r.order_id
         WHERE r.account_id = k.account_id AND ($5::text[] IS NULL OR r.account_id = ANY($5::text[]))
           AND ($2::timestamptz IS NULL OR (r.requested_at, r.id) < ($2::timestamptz, $3::text))
         ORDER BY r.requested_at DESC, r.id DESC LIMIT $4) p
      ORDER BY k.ord, p.requested_at DESC, p.id DESC`,
    [accountIds, ...keysetParams(page), visible],
  );
}

export function returnCountsByAccounts(db: Db, visible: VisibleAccounts, accountIds: readonly string[]): Promise<ParentCount[]> {
  return db.query<ParentCount>(
    `SELECT r.account_id AS parent, count(*) AS total FROM returns r
      WHERE r.account_id = ANY($1::text[]) AND ($2::text[] IS NULL OR r.account_id = ANY($2::text[]))
      GROUP BY r.account_id`,
    [accountIds, visible],
  );
}
