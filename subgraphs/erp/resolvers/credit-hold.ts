import type { CreditHoldResolvers } from '../generated/resolvers.ts';
import { hoursHeld } from '../rules/credit.rules.ts';
import { required } from './required.ts';

export const CreditHold: CreditHoldResolvers = {
  account: async (hold, _, { loaders }) =>
    required(await loaders.account.load(hold.account_id), `account ${hold.account_id} of hold ${hold.id}`),
  order: (hold) => (hold.order_id === null ? null : { id: hold.order_id }),
  heldAt: (hold) => hold.held_at,
  releasedAt: (hold) => hold.released_at,
  hoursHeld: async (hold, _, { asOf }) => hoursHeld(hold.held_at, hold.released_at, await asOf()),
};
