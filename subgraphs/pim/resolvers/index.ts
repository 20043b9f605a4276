import { scalarResolvers } from '../../../lib/scalars.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { AttributeDefinition } from './attribute-definition.ts';
import { Category } from './category.ts';
import { enumResolvers } from './enums.ts';
import { Family } from './family.ts';
import { FamilyAttribute } from './family-attribute.ts';
import { Product } from './product.ts';
import { ProductAttribute } from './product-attribute.ts';
import { ProductMedia } from './product-media.ts';
import { ProductRelation } from './product-relation.ts';
import { Query } from './query.ts';

export const resolvers: Resolvers = {
  DateTime: scalarResolvers.DateTime,
  Decimal: scalarResolvers.Decimal,
  ...enumResolvers,
  Query,
  Product,
  Family,
  FamilyAttribute,
  Category,
  AttributeDefinition,
  ProductAttribute,
  ProductMedia,
  ProductRelation,
};
