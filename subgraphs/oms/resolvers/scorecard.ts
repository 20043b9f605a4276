import type { ScorecardResolvers } from '../generated/resolvers.ts';
import { ordersPlacedByWeek } from '../kpis/feeds.ts';
import { omsReadings, SCORECARD_WEEKS } from '../kpis/scorecard.kpis.ts';
import { weeksEnding, type KpiPeriodRange } from '../rules/kpi-period.ts';

const scorecardWeeks = (week: string): KpiPeriodRange => weeksEnding(week, SCORECARD_WEEKS)!;

export const scorecardResolvers: ScorecardResolvers = {
  // ops owns scorecards; the OMS adds its readings of the week. A malformed week: null.
  __resolveReference: (reference) => (weeksEnding(reference.week, SCORECARD_WEEKS) ? reference : null),

  omsReadings: (s, _, { loaders }) => omsReadings(scorecardWeeks(s.week), loaders.kpi),
  ordersPlacedByWeek: (s, _, { loaders }) => ordersPlacedByWeek(scorecardWeeks(s.week), loaders.kpi),
};
