import type { BranchResolvers } from '../generated/resolvers.ts';
import { checkDateRange, keysetPage, parentConnection, timeIdPosition } from './pages.ts';

export const branchResolvers: BranchResolvers = {
  // The ERP owns branches; every code it sends is a branch here, possibly with no shipments.
  __resolveReference: ({ code }) => ({ code }),

  async shipments({ code }, { shippedFrom, shippedTo, first, after }, { loaders }) {
    const page = keysetPage({ first, after });
    checkDateRange(shippedFrom, shippedTo, 'shippedFrom', 'shippedTo');
    const window = { shippedFrom: shippedFrom ?? null, shippedTo: shippedTo ?? null };
    const result = await loaders.shipmentsByBranch.load({ parent: code, args: { window, page } });
    return parentConnection(result, page, (s) => timeIdPosition(s.ship_by, s.id));
  },
};
