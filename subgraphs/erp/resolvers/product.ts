import { toInt } from '../../../lib/convert.ts';
import { badUserInput } from '../../../lib/errors.ts';
import type { ProductResolvers } from '../generated/resolvers.ts';
import { buyerAllowsSubstitutions, offer, supplyFacts } from './storefront.ts';

export const Product: ProductResolvers = {
  // The ERP answers for every SKU the PIM knows, item or not (network totals are then 0), so the
  // reference itself needs no query; each field loads what it needs through a batched loader.
  __resolveReference: (reference) => ({ sku: reference.sku }),
  itemMaster: (product, _, { loaders }) => loaders.itemStock.load(product.sku),
  inventory: async (product, { branchCode }, { loaders }) => {
    const positions = await loaders.inventory.load(product.sku);
    return branchCode ? positions.filter((position) => position.branch_code === branchCode) : positions;
  },
  networkOnHand: async (product, _, { loaders, seesExactStock }) =>
    seesExactStock ? toInt((await loaders.itemStock.load(product.sku))?.network_on_hand ?? 0) : null,
  networkOnHold: async (product, _, { loaders, seesExactStock }) =>
    seesExactStock ? toInt((await loaders.itemStock.load(product.sku))?.network_on_hold ?? 0) : null,
  networkSafetyStock: async (product, _, { loaders, seesExactStock }) =>
    seesExactStock ? toInt((await loaders.itemStock.load(product.sku))?.network_safety_stock ?? 0) : null,
  inboundSupply: (product, _, { loaders }) => loaders.inboundSupply.load(product.sku),
  offer: (product, { quantity }, context) => offer(product.sku, quantity, context),
  supplyFacts: (product, _, context) => supplyFacts(product.sku, context),
  buyerAllowsSubstitutions: (_, __, context) => buyerAllowsSubstitutions(context),
  demandForecast: (product, { fromWeek, toWeek }, { loaders }) => {
    // ISO dates compare correctly as strings.
    if (fromWeek > toWeek) throw badUserInput('fromWeek', `must not be after toWeek (got ${fromWeek} > ${toWeek})`);
    return loaders.weeklyForecasts({ fromWeek, toWeek }).load(product.sku);
  },
};
