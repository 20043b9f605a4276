import type { MutationResolvers } from '../generated/resolvers.ts';
import { resolveIntegrationExceptions } from '../intake/exceptions.ts';
import { applyEventInputs, instantArgument, openExceptionInputs } from '../intake/mutation-inputs.ts';

// Called by ops on this subgraph directly; staff only (access.ts).
export const mutationResolvers: MutationResolvers = {
  applyOmsEvents: (_, { events }, { db }) => applyEventInputs(db, events),
  openIntegrationExceptions: (_, { exceptions }, { db }) => openExceptionInputs(db, exceptions),
  resolveIntegrationExceptions: (_, { eventIds, resolvedAt }, { db }) =>
    resolveIntegrationExceptions(db, eventIds, instantArgument('resolvedAt', resolvedAt)),
};
