import { GraphQLError } from 'graphql';
import type { ProductResolvers } from '../generated/resolvers.ts';
import { availableQuantity } from '../rules/inventory.rules.ts';
import { promise } from './promise.ts';
import { allocatedOf, availability } from './storefront.ts';

export const productResolvers: ProductResolvers = {
  // The PIM owns products. The representation is kept whole: through @requires it carries the
  // ERP's network stock figures that availableQuantity needs.
  __resolveReference: (reference) => reference,

  allocatedQuantity: async ({ sku }, _, { loaders, seesExactStock }) => (seesExactStock ? allocatedOf(await loaders.openDemand.load(sku)) : null),

  async availableQuantity({ sku, networkOnHand, networkOnHold, networkSafetyStock }, _, { loaders, seesExactStock }) {
    if (!seesExactStock) return null;
    if (networkOnHand === undefined || networkOnHold === undefined || networkSafetyStock === undefined) {
      throw new GraphQLError(
        'availableQuantity needs networkOnHand, networkOnHold and networkSafetyStock from the ERP; query it through the gateway',
      );
    }
    // The gateway fetches the ERP's figures as this caller: null means the ERP withholds them from
    // it, and a figure computed without them would be made up.
    if (networkOnHand === null || networkOnHold === null || networkSafetyStock === null) return null;
    const allocated = allocatedOf(await loaders.openDemand.load(sku));
    return availableQuantity({ onHand: networkOnHand, allocated, onHold: networkOnHold, safetyStock: networkSafetyStock });
  },
  availability: (product, args, context) => availability(product, args, context),
  promise: (product, args, context) => promise(product, args, context),
};
