import type { ProductRelationResolvers } from '../generated/resolvers.ts';
import { required } from './required.ts';

export const ProductRelation: ProductRelationResolvers = {
  product: async (relation, _, { loaders }) =>
    required(await loaders.product.load(relation.related_sku), `related product ${relation.related_sku} of ${relation.sku}`),
};
