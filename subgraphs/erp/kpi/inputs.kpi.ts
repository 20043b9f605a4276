import type { CustomerSegment, VelocityTier } from '../generated/resolvers.ts';
import type { KpiLoaders } from '../kpi-loaders.ts';
import { asEnum } from '../resolvers/enums.ts';

/** The ERP facts other domains' KPIs require, shaped as their GraphQL value types (enum fields carry database values). */

export async function accountProfiles(loaders: KpiLoaders) {
  return (await loaders.accountProfiles()).map((row) => ({
    accountId: row.id,
    segment: asEnum<CustomerSegment>(row.segment),
    cohort: row.cohort,
    paymentTermsDays: row.payment_terms_days,
  }));
}

export async function itemVelocityTiers(loaders: KpiLoaders) {
  return (await loaders.itemVelocityTiers()).map((row) => ({ sku: row.sku, velocityTier: asEnum<VelocityTier>(row.velocity_tier) }));
}

export async function inventorySnapshot(loaders: KpiLoaders) {
  return (await loaders.inventorySnapshot()).map((row) => ({
    sku: row.sku,
    branchCode: row.branch_code,
    onHand: row.on_hand,
    onHold: row.on_hold,
    safetyStock: row.safety_stock,
  }));
}
