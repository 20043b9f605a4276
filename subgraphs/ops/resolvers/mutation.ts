import {
  addScorecardKpi,
  reassignScorecardKpi,
  retireScorecardKpi,
  updateScorecardKpi,
} from '../definitions.service.ts';
import type { MutationResolvers } from '../generated/resolvers.ts';

export const Mutation: MutationResolvers = {
  addScorecardKpi: (_, { input }, context) => addScorecardKpi(context, input),
  updateScorecardKpi: (_, { name, input }, context) => updateScorecardKpi(context, name, input),
  retireScorecardKpi: (_, { name }, context) => retireScorecardKpi(context, name),
  reassignScorecardKpi: (_, { name, owner }, context) => reassignScorecardKpi(context, name, owner),
};
