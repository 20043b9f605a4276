import type { InventoryPositionResolvers } from '../generated/resolvers.ts';
import { freeStock, syncAgeMinutes } from '../rules/inventory.rules.ts';
import { required } from './required.ts';

export const InventoryPosition: InventoryPositionResolvers = {
  branch: async (position, _, { loaders }) =>
    required(await loaders.branch.load(position.branch_code), `branch ${position.branch_code} of ${position.sku}`),
  onHand: (position) => position.on_hand,
  onHold: (position) => position.on_hold,
  safetyStock: (position) => position.safety_stock,
  available: (position) =>
    freeStock({ onHand: position.on_hand, onHold: position.on_hold, safetyStock: position.safety_stock }),
  lastSyncedAt: (position) => position.last_synced_at,
  syncAgeMinutes: async (position, _, { asOf }) => syncAgeMinutes(position.last_synced_at, await asOf()),
};
