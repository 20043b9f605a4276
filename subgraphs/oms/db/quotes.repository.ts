import type { VisibleAccounts } from '../../../lib/access.ts';
import type { Db } from '../../../lib/db.ts';
import { keysetParams, type Keyset, type ParentCount } from './keyset.ts';
import type { QuoteRow } from './rows.ts';

// Every statement takes the caller's visible accounts (lib/access.ts; null: all).

export function quotesByIds(db: Db, visible: VisibleAccounts, ids: readonly string[]): Promise<QuoteRow[]> {
  return db.query<QuoteRow>(
    'SELECT q.* FROM quotes q WHERE q.id = ANY($1::text[]) AND ($2::text[] IS NULL OR q.account_id = ANY($2::text[]))',
    [ids, visible],
  );
}

/** The same page of quotes, newest issued first, for each of several accounts at once. */
export function quotesPageByAccounts(
  db: Db,
  visible: VisibleAccounts,
  accountIds: readonly string[],
  statuses: readonly string[] | null,
  page: Keyset,
): Promise<QuoteRow[]> {
  return db.query<QuoteRow>(
    `SELECT p.* FROM unnest($1::text[]) WITH ORDINALITY AS k(account_id, ord)
      CROSS JOIN LATERAL (
        SELECT q.* FROM quotes q
         WHERE q.account_id = k.account_id AND ($2::text[] IS NULL OR q.status = ANY($2::text[]))
           AND ($6::text[] IS NULL OR q.account_id = ANY($6::text[]))
           AND ($3::timestamptz IS NULL OR (q.issued_at, q.id) < ($3::timestamptz, $4::text))
         ORDER BY q.issued_at DESC, q.id DESC LIMIT $5) p
      ORDER BY k.ord, p.issued_at DESC, p.id DESC`,
    [accountIds, statuses, ...keysetParams(page), visible],
  );
}

export function quoteCountsByAccounts(db: Db, visible: VisibleAccounts, accountIds: readonly string[], statuses: readonly string[] | null): Promise<ParentCount[]> {
  return db.query<ParentCount>(
    `SELECT q.account_id AS parent, count(*) AS total FROM quotes q
      WHERE q.account_id = ANY($1::text[]) AND ($2::text[] IS NULL OR q.status = ANY($2::text[]))
        AND ($3::text[] IS NULL OR q.account_id = ANY($3::text[]))
      GROUP BY q.account_id`,
    [accountIds, statuses, visible],
  );
}
