import type { MutationResolvers } from '../generated/resolvers.ts';
import { resolveIntegrationExceptions } from '../intake/exceptions.ts';
import { applyEventInputs, instantArgument, openExceptionInputs } from '../intake/mutation-inputs.ts';

// Called by ops on this subgraph directly; staff only (access.ts).
export const mutationResolvers: MutationResolvers = {
  applyOmsEvents: async (_, { events }, { db, aggregatesChanged }) => {
    const outcomes = await applyEventInputs(db, events);
    // New orders, shipments, status changes and returns feed the order, delivery and return KPIs.
    if (outcomes.some((o) => o.outcome === 'applied')) aggregatesChanged();
    return outcomes;
  },
  openIntegrationExceptions: (_, { exceptions }, { db }) => openExceptionInputs(db, exceptions),
  resolveIntegrationExceptions: (_, { eventIds, resolvedAt }, { db }) =>
    resolveIntegrationExceptions(db, eventIds, instantArgument('resolvedAt', resolvedAt)),
};
