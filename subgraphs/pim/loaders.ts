import type { Db } from '../../lib/db.ts';
import { listLoader, rowLoader } from '../../lib/loaders.ts';
import { categoriesByCodes, categoriesByFamilies, familiesByCodes, familyAttributesByFamilies } from './db/family.repository.ts';
import { attributeValuesBySkus, mediaBySkus, relationsBySkus } from './db/product-content.repository.ts';
import { productsBySkus } from './db/product.repository.ts';

/**
 * One set per request. Every product reference and every per-product or per-family list goes
 * through these, so a page costs one statement per field whatever its size.
 */
export function createLoaders(db: Db) {
  return {
    product: rowLoader((skus: readonly string[]) => productsBySkus(db, skus), (row) => row.sku),
    family: rowLoader((codes: readonly string[]) => familiesByCodes(db, codes), (row) => row.code),
    category: rowLoader((codes: readonly string[]) => categoriesByCodes(db, codes), (row) => row.code),
    categoriesByFamily: listLoader((codes: readonly string[]) => categoriesByFamilies(db, codes), (row) => row.family_code),
    /** Also the source of each family's required attributes for completeness. */
    familyAttributes: listLoader((codes: readonly string[]) => familyAttributesByFamilies(db, codes), (row) => row.family_code),
    productAttributes: listLoader((skus: readonly string[]) => attributeValuesBySkus(db, skus), (row) => row.sku),
    productMedia: listLoader((skus: readonly string[]) => mediaBySkus(db, skus), (row) => row.sku),
    productRelations: listLoader((skus: readonly string[]) => relationsBySkus(db, skus), (row) => row.sku),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
