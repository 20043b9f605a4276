import type { ReceiptResolvers } from '../generated/resolvers.ts';

export const Receipt: ReceiptResolvers = {
  receivedAt: (receipt) => receipt.received_at,
};
