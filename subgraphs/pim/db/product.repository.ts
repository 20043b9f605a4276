import type { Db } from '../../../lib/db.ts';
import type { PageRequest } from '../../../lib/pagination.ts';
import type { GovernanceStatusRow, ProductRow } from './rows.ts';

const PRODUCT_COLUMNS = `sku, name, description, family_code, category_code, brand, keywords, governance_status, updated_at`;

/** Which products a list holds; null means "no restriction" for that criterion. */
export interface ProductCriteria {
  familyCodes: string[] | null;
  categoryCodes: string[] | null;
  /** LIKE patterns that must ALL match the lower-cased search_text. */
  searchPatterns: string[] | null;
  statuses: GovernanceStatusRow[] | null;
}

// One static statement for every combination of criteria: a null parameter switches its test off.
const MATCHES_CRITERIA = `
  ($1::text[] IS NULL OR family_code = ANY($1::text[]))
  AND ($2::text[] IS NULL OR category_code = ANY($2::text[]))
  AND ($3::text[] IS NULL OR search_text LIKE ALL ($3::text[]))
  AND ($4::text[] IS NULL OR governance_status = ANY($4::text[]))`;

function criteriaParams(criteria: ProductCriteria): unknown[] {
  return [criteria.familyCodes, criteria.categoryCodes, criteria.searchPatterns, criteria.statuses];
}

export function productsBySkus(db: Db, skus: readonly string[]): Promise<ProductRow[]> {
  return db.query<ProductRow>(`SELECT ${PRODUCT_COLUMNS} FROM products WHERE sku = ANY($1::text[])`, [skus]);
}

/** One page of matching products in SKU order, fetching limit + 1 rows to tell if more follow. */
export function productsPage(db: Db, criteria: ProductCriteria, page: PageRequest<string>): Promise<ProductRow[]> {
  return db.query<ProductRow>(
    `SELECT ${PRODUCT_COLUMNS} FROM products
     WHERE ${MATCHES_CRITERIA} AND ($5::text IS NULL OR sku > $5::text)
     ORDER BY sku
     LIMIT $6`,
    [...criteriaParams(criteria), page.after, page.limit + 1],
  );
}

export async function productCount(db: Db, criteria: ProductCriteria): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM products WHERE ${MATCHES_CRITERIA}`,
    criteriaParams(criteria),
  );
  return row?.count ?? 0;
}
