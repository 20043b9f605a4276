import type { VisibleAccounts } from '../../../lib/access.ts';
import type { Db } from '../../../lib/db.ts';
import type { PageRequest } from '../../../lib/pagination.ts';
import type { AccountRow, ContractPriceRow, PriceBreakRow, PriceListRow } from './rows.ts';

// The account's money (credit limit, balances) is in its price list's currency.
// Every statement over account data takes the caller's visible accounts (lib/access.ts; null: all),
// so a look-up, a list and a reference all meet the same condition.
const ACCOUNT_SELECT = `
  SELECT a.id, a.name, a.segment, a.cohort, a.payment_terms, a.payment_terms_days, a.credit_limit_minor,
         a.credit_status, a.price_list_id, a.allows_substitutions, a.opened_on, pl.currency_code
    FROM customer_accounts a
    JOIN price_lists pl ON pl.id = a.price_list_id`;

/** Which accounts to list; null means "any". Values are the database's lower_snake codes. */
export interface AccountCriteria {
  segments: readonly string[] | null;
  creditStatuses: readonly string[] | null;
  search: string | null;
}

// strpos rather than LIKE, so a search for "50%" or "a_b" means those characters literally.
// $4 is the caller's visible accounts.
const ACCOUNT_WHERE = `
      ($1::text[] IS NULL OR a.segment = ANY($1::text[]))
  AND ($2::text[] IS NULL OR a.credit_status = ANY($2::text[]))
  AND ($3::text IS NULL OR strpos(lower(a.name), lower($3)) > 0 OR strpos(lower(a.id), lower($3)) > 0)
  AND ($4::text[] IS NULL OR a.id = ANY($4::text[]))`;

const criteriaParams = (criteria: AccountCriteria, visible: VisibleAccounts) => [criteria.segments, criteria.creditStatuses, criteria.search, visible];

export function accountsByIds(db: Db, visible: VisibleAccounts, ids: readonly string[]): Promise<AccountRow[]> {
  return db.query<AccountRow>(`${ACCOUNT_SELECT} WHERE a.id = ANY($1::text[]) AND ($2::text[] IS NULL OR a.id = ANY($2::text[]))`, [ids, visible]);
}

/** One page of matching accounts by id, fetching one row more than the page to tell whether another follows. */
export function accountPage(db: Db, visible: VisibleAccounts, criteria: AccountCriteria, page: PageRequest<string>): Promise<AccountRow[]> {
  return db.query<AccountRow>(
    `${ACCOUNT_SELECT} WHERE ${ACCOUNT_WHERE} AND ($5::text IS NULL OR a.id > $5) ORDER BY a.id LIMIT $6`,
    [...criteriaParams(criteria, visible), page.after, page.limit + 1],
  );
}

export async function accountCount(db: Db, visible: VisibleAccounts, criteria: AccountCriteria): Promise<number> {
  const [row] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM customer_accounts a WHERE ${ACCOUNT_WHERE}`,
    criteriaParams(criteria, visible),
  );
  return row!.total;
}

/** Contract prices are in the account's price list currency. */
export function contractPricesByAccountIds(db: Db, visible: VisibleAccounts, accountIds: readonly string[]): Promise<ContractPriceRow[]> {
  return db.query<ContractPriceRow>(
    `SELECT c.account_id, c.sku, c.min_quantity, c.unit_price_minor, c.valid_from, c.valid_to, pl.currency_code
       FROM contract_prices c
       JOIN customer_accounts a ON a.id = c.account_id
       JOIN price_lists pl ON pl.id = a.price_list_id
      WHERE c.account_id = ANY($1::text[]) AND ($2::text[] IS NULL OR c.account_id = ANY($2::text[]))
      ORDER BY c.account_id, c.sku, c.min_quantity`,
    [accountIds, visible],
  );
}

export function priceListsByIds(db: Db, ids: readonly string[]): Promise<PriceListRow[]> {
  return db.query<PriceListRow>('SELECT id, name, currency_code FROM price_lists WHERE id = ANY($1::text[])', [ids]);
}

export interface PriceListSkuKey {
  priceListId: string;
  sku: string;
}

export function priceBreaksByListsAndSkus(db: Db, keys: readonly PriceListSkuKey[]): Promise<PriceBreakRow[]> {
  return db.query<PriceBreakRow>(
    `SELECT p.price_list_id, p.sku, p.min_quantity, p.unit_price_minor, pl.currency_code
       FROM unnest($1::text[], $2::text[]) AS k(price_list_id, sku)
       JOIN price_list_prices p USING (price_list_id, sku)
       JOIN price_lists pl ON pl.id = p.price_list_id
      ORDER BY p.price_list_id, p.sku, p.min_quantity`,
    [keys.map((key) => key.priceListId), keys.map((key) => key.sku)],
  );
}
