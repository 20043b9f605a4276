import type { StaffOnlyFields } from '../../lib/access.ts';
import type { Resolvers } from './generated/resolvers.ts';

/**
 * The OMS's staff-only fields (the whole policy, with reasons, is in lib/access.ts). Orders,
 * quotes, shipments and returns are not listed here: the loaders filter them to the caller's
 * visible accounts. Product allocations and availability are network totals naming no account:
 * public, for the storefront.
 */
export const STAFF_ONLY: StaffOnlyFields<Resolvers> = {
  // exceptionsPastSlaByOwner: the integration intake's alert rule asks it straight on the subgraph.
  Query: { exceptions: 'Fulfilment exceptions', exceptionsPastSlaByOwner: 'Fulfilment exceptions' },
  // The integration intake's hand-over of events and their exceptions: changes to execution truth.
  Mutation: {
    applyOmsEvents: 'Integration event changes',
    openIntegrationExceptions: 'Integration event changes',
    resolveIntegrationExceptions: 'Integration event changes',
  },
  Order: { exceptions: 'Fulfilment exceptions' },
  // What a shipment or return cost us, and how the warehouse did against its cutoff, are ours.
  Shipment: {
    freightCost: 'Fulfilment costs',
    expediteCost: 'Fulfilment costs',
    pickToShipHours: 'Warehouse performance figures',
    packedByCutoff: 'Warehouse performance figures',
  },
  Return: { cost: 'Fulfilment costs' },
  // A branch's whole shipping queue, every account's shipments at once.
  Branch: { shipments: 'Branch shipment lists' },
  // Reached only through ops's staff-only root fields; guarded for _entities sent straight here.
  KpiPeriod: { __resolveReference: 'KPIs' },
  Scorecard: { __resolveReference: 'KPIs' },
};
