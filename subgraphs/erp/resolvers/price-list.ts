import type { PriceListResolvers } from '../generated/resolvers.ts';

export const PriceList: PriceListResolvers = {
  currencyCode: (priceList) => priceList.currency_code,
  prices: (priceList, { sku }, { loaders }) => loaders.priceBreaks.load({ priceListId: priceList.id, sku }),
};
