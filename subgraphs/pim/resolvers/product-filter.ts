import type { ProductCriteria } from '../db/product.repository.ts';
import type { GovernanceStatusRow } from '../db/rows.ts';
import type { ProductFilter } from '../generated/resolvers.ts';
import { containsPattern, searchTerms } from '../rules/text-search.ts';
import { internalValues } from './enums.ts';

/** The ProductFilter input as repository criteria; empty lists and blank text restrict nothing. */
export function productCriteria(filter: ProductFilter | null | undefined): ProductCriteria {
  const terms = searchTerms(filter?.text);
  return {
    familyCodes: nonEmpty(filter?.family),
    categoryCodes: nonEmpty(filter?.category),
    searchPatterns: terms.length > 0 ? terms.map(containsPattern) : null,
    statuses: nonEmpty(internalValues<GovernanceStatusRow>(filter?.governanceStatus)),
  };
}

function nonEmpty<T>(values: readonly T[] | null | undefined): T[] | null {
  return values && values.length > 0 ? [...values] : null;
}
