import type { ProductMediaResolvers } from '../generated/resolvers.ts';

export const ProductMedia: ProductMediaResolvers = {
  altText: (media) => media.alt_text,
};
