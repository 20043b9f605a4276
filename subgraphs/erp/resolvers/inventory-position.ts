import type { InventoryPositionResolvers } from '../generated/resolvers.ts';
import { freeStock, syncAgeMinutes } from '../rules/inventory.rules.ts';
import { required } from './required.ts';

export const InventoryPosition: InventoryPositionResolvers = {
  branch: async (position, _, { loaders }) =>
    required(await loaders.branch.load(position.branch_code), `branch ${position.branch_code} of ${position.sku}`),
  onHand: (position, _, { seesExactStock }) => (seesExactStock ? position.on_hand : null),
  onHold: (position, _, { seesExactStock }) => (seesExactStock ? position.on_hold : null),
  safetyStock: (position, _, { seesExactStock }) => (seesExactStock ? position.safety_stock : null),
  available: (position, _, { seesExactStock }) =>
    seesExactStock ? freeStock({ onHand: position.on_hand, onHold: position.on_hold, safetyStock: position.safety_stock }) : null,
  lastSyncedAt: (position) => position.last_synced_at,
  syncAgeMinutes: async (position, _, { asOf }) => syncAgeMinutes(position.last_synced_at, await asOf()),
};
