import { badUserInput } from '../../../lib/errors.ts';
import { scorecardDefinitions } from '../db/scorecard.repository.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { KPI_CATALOG } from '../rules/kpi-catalog.ts';
import { periodProblem } from '../rules/period.rules.ts';
import { viewerOf } from './viewer.ts';

export const Query: QueryResolvers = {
  kpiCatalog: () => [...KPI_CATALOG],
  kpis: (_, { fromWeek, toWeek }) => {
    const period = { fromWeek, toWeek: toWeek ?? fromWeek };
    const problem = periodProblem(period.fromWeek, period.toWeek);
    if (problem) throw badUserInput(problem.argument, problem.problem);
    return period;
  },
  scorecard: (_, { week }) => ({ week }),
  scorecardDefinitions: (_, { includeRetired }, { db }) => scorecardDefinitions(db, { includeRetired: includeRetired ?? false }),
  whoAmI: (_, __, { principal }) => viewerOf(principal),
};
