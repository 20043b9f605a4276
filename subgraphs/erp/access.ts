import type { StaffOnlyFields } from '../../lib/access.ts';
import type { Resolvers } from './generated/resolvers.ts';

/**
 * The ERP's staff-only fields (the whole policy, with reasons, is in lib/access.ts). Account data
 * (accounts, invoices, payments, credit holds, disputes, contract prices, credit figures) is not
 * listed here: the loaders filter it to the caller's visible accounts. Everything else the ERP
 * serves (item master, stock positions, branches) is the public catalogue.
 */
export const STAFF_ONLY: StaffOnlyFields<Resolvers> = {
  Query: { supplier: 'Suppliers', suppliers: 'Suppliers', purchaseOrder: 'Purchase orders' },
  // Only the integration intake, calling as staff, changes the ERP's record from partner events.
  Mutation: { applyErpEvents: 'ERP integration event applies' },
  // What we pay for an item tells a customer our margin; who we buy it from is our sourcing.
  ItemMaster: { standardCost: 'Standard costs', primarySupplier: 'Suppliers' },
  InvoiceLine: { unitCost: 'Standard costs' },
  Product: { inboundSupply: 'Purchase orders', demandForecast: 'Demand forecasts' },
  // The KPI entities are reached only through ops's staff-only root fields; guarding the
  // references keeps _entities sent straight to the ERP from going around them.
  KpiPeriod: { __resolveReference: 'KPIs' },
  Scorecard: { __resolveReference: 'KPIs' },
};
