import type { FamilyResolvers } from '../generated/resolvers.ts';

export const Family: FamilyResolvers = {
  categories: (family, _, { loaders }) => loaders.categoriesByFamily.load(family.code),
  attributes: (family, _, { loaders }) => loaders.familyAttributes.load(family.code),
};
