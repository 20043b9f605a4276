import { badUserInput } from '../../../lib/errors.ts';
import type { MutationResolvers } from '../generated/resolvers.ts';
import { retryEvent, RetryRefusedError } from '../intake/apply.ts';
import { saveTradingPartner } from '../intake/partners.service.ts';
import { isEventId } from './event-queue.ts';

export const Mutation: MutationResolvers = {
  saveTradingPartner: (_, { input }, { db }) => saveTradingPartner(db, input),
  retryIntegrationEvent: async (_, { id }, { intake }) => {
    if (!isEventId(id)) throw badUserInput('id', `"${id}" is not an integration event id`);
    try {
      return await retryEvent(intake(), id);
    } catch (error) {
      if (error instanceof RetryRefusedError) throw badUserInput('id', error.message);
      throw error;
    }
  },
};
