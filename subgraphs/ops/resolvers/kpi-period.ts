import type { KpiPeriodResolvers } from '../generated/resolvers.ts';
import { periodDates, periodProblem } from '../rules/period.rules.ts';
import { weeksBetween } from '../../../lib/iso-week.ts';

export const KpiPeriod: KpiPeriodResolvers = {
  // A period is its key; one that kpis() would refuse is no period at all.
  __resolveReference: ({ fromWeek, toWeek }) => (periodProblem(fromWeek, toWeek) ? null : { fromWeek, toWeek }),
  startsOn: ({ fromWeek, toWeek }) => periodDates(fromWeek, toWeek).startsOn,
  endsOn: ({ fromWeek, toWeek }) => periodDates(fromWeek, toWeek).endsOn,
  weeks: ({ fromWeek, toWeek }) => weeksBetween(fromWeek, toWeek),
};
