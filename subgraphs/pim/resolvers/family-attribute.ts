import type { FamilyAttributeResolvers } from '../generated/resolvers.ts';

export const FamilyAttribute: FamilyAttributeResolvers = {
  // The row carries the joined definition's columns.
  definition: (attribute) => attribute,
};
