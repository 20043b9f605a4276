import { GraphQLError } from 'graphql';
import type { ProductResolvers } from '../generated/resolvers.ts';
import { availableQuantity } from '../rules/inventory.rules.ts';
import { allocatedOf, availability, promise } from './storefront.ts';

export const productResolvers: ProductResolvers = {
  // The PIM owns products. The representation is kept whole: through @requires it carries the
  // ERP's network stock figures that availableQuantity needs.
  __resolveReference: (reference) => reference,

  allocatedQuantity: async ({ sku }, _, { loaders }) => allocatedOf(await loaders.openDemand.load(sku)),

  async availableQuantity({ sku, networkOnHand, networkOnHold, networkSafetyStock }, _, { loaders }) {
    if (networkOnHand === undefined || networkOnHold === undefined || networkSafetyStock === undefined) {
      throw new GraphQLError(
        'availableQuantity needs networkOnHand, networkOnHold and networkSafetyStock from the ERP; query it through the gateway',
      );
    }
    const allocated = allocatedOf(await loaders.openDemand.load(sku));
    return availableQuantity({ onHand: networkOnHand, allocated, onHold: networkOnHold, safetyStock: networkSafetyStock });
  },
  availability: (product, args, context) => availability(product, args, context),
  promise: (product, args, context) => promise(product, args, context),
};
