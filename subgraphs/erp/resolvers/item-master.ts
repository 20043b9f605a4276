import { money } from '../../../lib/money.ts';
import type { ItemMasterResolvers, VelocityTier } from '../generated/resolvers.ts';
import { asEnum } from './enums.ts';
import { required } from './required.ts';

export const ItemMaster: ItemMasterResolvers = {
  unitOfMeasure: (item) => item.unit_of_measure,
  velocityTier: (item) => asEnum<VelocityTier>(item.velocity_tier),
  standardCost: (item) => money(item.standard_cost_minor, item.currency_code),
  listPrice: (item) => money(item.list_price_minor, item.currency_code),
  minOrderQuantity: (item) => item.min_order_quantity,
  orderIncrement: (item) => item.order_increment,
  primarySupplier: async (item, _, { loaders }) =>
    required(await loaders.supplier.load(item.primary_supplier_id), `supplier ${item.primary_supplier_id} of item ${item.sku}`),
};
