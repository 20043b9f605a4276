import type { KpiPeriodResolvers } from '../generated/resolvers.ts';
import { creditHoldFrequency, creditHoldReleaseTime } from '../kpi/credit.kpi.ts';
import { disputeCycleTimeDays, disputeRate, disputeRateOrderQuality } from '../kpi/disputes.kpi.ts';
import { forecastAccuracy } from '../kpi/forecast.kpi.ts';
import { accountProfiles, inventorySnapshot, itemVelocityTiers } from '../kpi/inputs.kpi.ts';
import { periodOf } from '../kpi/period.ts';
import { averageDaysDelinquent, bestPossibleDso, dso, type DsoMethod } from '../kpi/receivables.kpi.ts';
import { contributionMargin, grossMarginPercent, priceLeakage, revenue } from '../kpi/sales.kpi.ts';
import { inboundEtaAccuracy, inventoryAging, supplierOnTimeDelivery } from '../kpi/supply.kpi.ts';
import { internalValue } from './enums.ts';
import { external } from './required.ts';

export const KpiPeriod: KpiPeriodResolvers = {
  // The period is its key; every KPI field reads the ERP's aggregates through batched loaders.
  __resolveReference: (reference) => ({ ...reference, ...periodOf(reference) }),
  revenue: (period, { by }, { loaders }) => revenue(loaders.kpi, period, internalValue(by)),
  grossMarginPercent: (period, { by }, { loaders }) => grossMarginPercent(loaders.kpi, period, internalValue(by)),
  contributionMargin: (period, _, { loaders }) =>
    contributionMargin(loaders.kpi, period, external(period.fulfilmentCostTotals, 'fulfilmentCostTotals')),
  priceLeakage: (period, _, { loaders }) => priceLeakage(loaders.kpi, period),
  dso: (period, { method, by }, { loaders }) => dso(loaders.kpi, period, internalValue<DsoMethod>(method) ?? 'trailing_91', internalValue(by)),
  bestPossibleDso: (period, { by }, { loaders }) => bestPossibleDso(loaders.kpi, period, internalValue(by)),
  averageDaysDelinquent: (period, { by }, { loaders }) => averageDaysDelinquent(loaders.kpi, period, internalValue(by)),
  creditHoldFrequency: (period, _, { loaders }) =>
    creditHoldFrequency(loaders.kpi, period, external(period.ordersPlacedByWeek, 'ordersPlacedByWeek')),
  creditHoldReleaseTime: (period, _, { loaders }) => creditHoldReleaseTime(loaders.kpi, period),
  disputeRate: (period, { by }, { loaders }) => disputeRate(loaders.kpi, period, internalValue(by)),
  disputeRateOrderQuality: (period, _, { loaders }) => disputeRateOrderQuality(loaders.kpi, period),
  disputeCycleTimeDays: (period, _, { loaders }) => disputeCycleTimeDays(loaders.kpi, period),
  supplierOnTimeDelivery: (period, { by }, { loaders }) => supplierOnTimeDelivery(loaders.kpi, period, internalValue(by)),
  inboundEtaAccuracy: (period, _, { loaders }) => inboundEtaAccuracy(loaders.kpi, period),
  inventoryAging: (period, { by }, { loaders }) => inventoryAging(loaders.kpi, period, internalValue(by) ?? 'family'),
  forecastAccuracy: (period, _, { loaders }) => forecastAccuracy(loaders.kpi, period, external(period.skuWeeklyDemand, 'skuWeeklyDemand')),
  accountProfiles: (_, __, { loaders }) => accountProfiles(loaders.kpi),
  itemVelocityTiers: (_, __, { loaders }) => itemVelocityTiers(loaders.kpi),
  inventorySnapshot: (_, __, { loaders }) => inventorySnapshot(loaders.kpi),
};
