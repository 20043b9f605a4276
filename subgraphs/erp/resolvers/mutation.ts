import type { MutationResolvers } from '../generated/resolvers.ts';
import { applyEventInputs } from '../intake/from-input.ts';

export const Mutation: MutationResolvers = {
  applyErpEvents: async (_, { events }, context) => {
    const outcomes = await applyEventInputs(context, events);
    // Payments and stock counts feed receivables and supply KPIs.
    if (outcomes.some((o) => o.outcome === 'applied')) context.aggregatesChanged();
    return outcomes;
  },
};
