import { isStringCursor, pageRequest, selectsField, toConnection } from '../../../lib/pagination.ts';
import { allFamilies } from '../db/family.repository.ts';
import { productCount, productsPage } from '../db/product.repository.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { productCriteria } from './product-filter.ts';

export const Query: QueryResolvers = {
  product: (_, { sku }, { loaders }) => loaders.product.load(sku),
  products: async (_, { filter, first, after }, { db }, info) => {
    const criteria = productCriteria(filter);
    const page = pageRequest({ first, after }, isStringCursor);
    // A storefront page seldom asks for the total: count only when asked (-1 is never served).
    const [rows, totalCount] = await Promise.all([
      productsPage(db, criteria, page),
      selectsField(info, 'totalCount') ? productCount(db, criteria) : -1,
    ]);
    return toConnection(rows, page.limit, totalCount, (row) => row.sku, (row) => row);
  },
  families: (_, __, { db }) => allFamilies(db),
  family: (_, { code }, { loaders }) => loaders.family.load(code),
  category: (_, { code }, { loaders }) => loaders.category.load(code),
};
