import { GraphQLError } from 'graphql';
import type { CustomerSegmentRow, ProductRow, RelationKindRow } from '../db/rows.ts';
import type { Context } from '../context.ts';
import type { CompletenessResult } from '../rules/completeness.ts';
import { completeness } from '../rules/completeness.ts';
import { visibleRelations } from '../rules/relations.ts';
import type { ProductResolvers } from '../generated/resolvers.ts';
import { internalValue, internalValues } from './enums.ts';
import { required } from './required.ts';

export const Product: ProductResolvers = {
  // The representation may carry the ERP's buyerAllowsSubstitutions (for substitutes): keep it.
  __resolveReference: async (reference, { loaders }) => {
    const product = await loaders.product.load(reference.sku);
    const allows = (reference as { buyerAllowsSubstitutions?: boolean }).buyerAllowsSubstitutions;
    return product && allows !== undefined ? { ...product, buyerAllowsSubstitutions: allows } : product;
  },
  family: async (product, _, { loaders }) =>
    required(await loaders.family.load(product.family_code), `family ${product.family_code} of ${product.sku}`),
  category: async (product, _, { loaders }) =>
    required(await loaders.category.load(product.category_code), `category ${product.category_code} of ${product.sku}`),
  attributes: (product, _, { loaders }) => loaders.productAttributes.load(product.sku),
  media: (product, _, { loaders }) => loaders.productMedia.load(product.sku),
  primaryImage: async (product, _, { loaders }) =>
    (await loaders.productMedia.load(product.sku)).find((media) => media.kind === 'image') ?? null,
  governanceStatus: (product) => product.governance_status,
  completeness: (product, _, context) => productCompleteness(product, context),
  relations: async (product, { kind, segment }, { loaders }) =>
    visibleRelations(await loaders.productRelations.load(product.sku), {
      kinds: internalValues<RelationKindRow>(kind),
      segment: internalValue<CustomerSegmentRow>(segment),
    }),
  substitutes: async (product, { segment }, { loaders }) => {
    if (product.buyerAllowsSubstitutions === undefined) {
      throw new GraphQLError('substitutes needs buyerAllowsSubstitutions from the ERP; query it through the gateway');
    }
    if (!product.buyerAllowsSubstitutions) return [];
    const relations = visibleRelations(await loaders.productRelations.load(product.sku), {
      kinds: ['substitute'],
      segment: internalValue<CustomerSegmentRow>(segment),
    });
    const products = await Promise.all(relations.map((relation) => loaders.product.load(relation.related_sku)));
    return products.filter((related): related is NonNullable<typeof related> => related !== null);
  },
  updatedAt: (product) => product.updated_at,
};

/** Completeness from the same loaders the attribute and media fields use: no query of its own. */
async function productCompleteness(product: ProductRow, { loaders }: Context): Promise<CompletenessResult> {
  const [familyAttributes, attributes, media] = await Promise.all([
    loaders.familyAttributes.load(product.family_code),
    loaders.productAttributes.load(product.sku),
    loaders.productMedia.load(product.sku),
  ]);
  return completeness({
    requiredAttributes: familyAttributes.filter((attribute) => attribute.required).map((attribute) => attribute.code),
    filledAttributes: attributes.map((attribute) => attribute.code),
    description: product.description,
    mediaKinds: media.map((file) => file.kind),
  });
}
