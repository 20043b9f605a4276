import type { ExceptionsPastSlaResolvers } from '../generated/resolvers.ts';

export const exceptionsPastSlaResolvers: ExceptionsPastSlaResolvers = {
  count: (group) => group.past_sla_count,
  // The group's row is the oldest exception's row.
  oldest: (group) => group,
};
