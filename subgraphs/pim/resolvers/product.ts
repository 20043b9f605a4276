import type { CustomerSegmentRow, ProductRow, RelationKindRow } from '../db/rows.ts';
import type { Context } from '../context.ts';
import type { CompletenessResult } from '../rules/completeness.ts';
import { completeness } from '../rules/completeness.ts';
import { visibleRelations } from '../rules/relations.ts';
import type { ProductResolvers } from '../generated/resolvers.ts';
import { internalValue, internalValues } from './enums.ts';
import { required } from './required.ts';

export const Product: ProductResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.product.load(reference.sku),
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
