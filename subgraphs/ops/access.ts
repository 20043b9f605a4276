import type { StaffOnlyFields } from '../../lib/access.ts';
import type { Resolvers } from './generated/resolvers.ts';

/**
 * ops is the operating model: every KPI, the scorecard and its changes are for staff (the whole
 * policy, with reasons, is in lib/access.ts). Only whoAmI answers everyone.
 */
export const STAFF_ONLY: StaffOnlyFields<Resolvers> = {
  Query: {
    kpis: 'KPIs', scorecard: 'KPIs', kpiCatalog: 'KPIs', scorecardDefinitions: 'KPIs',
  },
  Mutation: {
    addScorecardKpi: 'Scorecard changes',
    updateScorecardKpi: 'Scorecard changes',
    retireScorecardKpi: 'Scorecard changes',
    reassignScorecardKpi: 'Scorecard changes',
  },
  // Guarded for _entities sent straight to ops, which would otherwise go around the root fields.
  KpiPeriod: { __resolveReference: 'KPIs' },
  Scorecard: { __resolveReference: 'KPIs' },
};
