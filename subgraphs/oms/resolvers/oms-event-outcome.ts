import type { OmsEventOutcomeResolvers } from '../generated/resolvers.ts';

export const omsEventOutcomeResolvers: OmsEventOutcomeResolvers = {
  reason: (o) => ('reason' in o ? o.reason : null),
};
