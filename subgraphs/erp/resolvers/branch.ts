import type { BranchResolvers } from '../generated/resolvers.ts';
import { isSyncStale, syncAgeMinutes } from '../rules/inventory.rules.ts';

export const Branch: BranchResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.branch.load(reference.code),
  timeZone: (branch) => branch.time_zone,
  lastInventorySyncAt: (branch) => branch.last_inventory_sync_at,
  syncStaleAfterMinutes: (branch) => branch.sync_stale_after_minutes,
  inventorySyncAgeMinutes: async (branch, _, { asOf }) => syncAgeMinutes(branch.last_inventory_sync_at, await asOf()),
  inventorySyncStale: async (branch, _, { asOf }) =>
    isSyncStale(syncAgeMinutes(branch.last_inventory_sync_at, await asOf()), branch.sync_stale_after_minutes),
};
