import type { OrderStatusChangeResolvers } from '../generated/resolvers.ts';

export const orderStatusChangeResolvers: OrderStatusChangeResolvers = {
  changedAt: (h) => h.changed_at,
};
