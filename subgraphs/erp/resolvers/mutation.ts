import type { MutationResolvers } from '../generated/resolvers.ts';
import { applyEventInputs } from '../intake/from-input.ts';

export const Mutation: MutationResolvers = {
  applyErpEvents: (_, { events }, context) => applyEventInputs(context, events),
};
