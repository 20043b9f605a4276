import type { ScorecardResolvers } from '../generated/resolvers.ts';
import { scorecardPeriod, week } from '../kpi/period.ts';
import { erpReadings } from '../kpi/scorecard.kpi.ts';
import { external } from './required.ts';

export const Scorecard: ScorecardResolvers = {
  // The scorecard is its week; the readings come from the weekly aggregates in a few statements.
  __resolveReference: (reference) => ({ ...reference, week: week(reference.week, 'week') }),
  erpReadings: (scorecard, _, { loaders }) =>
    erpReadings(loaders.kpi, scorecard.week, external(scorecard.ordersPlacedByWeek, 'ordersPlacedByWeek')),
};
