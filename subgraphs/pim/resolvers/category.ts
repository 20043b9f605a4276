import type { CategoryResolvers } from '../generated/resolvers.ts';
import { required } from './required.ts';

export const Category: CategoryResolvers = {
  family: async (category, _, { loaders }) =>
    required(await loaders.family.load(category.family_code), `family ${category.family_code} of category ${category.code}`),
};
