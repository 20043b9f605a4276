import type { KpiDefinitionShape } from '../../../lib/kpi.ts';

/**
 * The KPIs the ERP computes: catalog name (the contract with ops and oms), unit and direction.
 * The scorecard-eligible ones are listed in SCORECARD_KPIS in the order erpReadings serves them.
 */
const define = <Name extends string>(kpi: Name, unit: KpiDefinitionShape['unit'], direction: KpiDefinitionShape['direction']) => ({
  kpi,
  unit,
  direction,
});

export const KPI = {
  revenue: define('revenue', 'MONEY', 'HIGHER_IS_BETTER'),
  grossMarginPercent: define('gross_margin_percent', 'PERCENT', 'HIGHER_IS_BETTER'),
  contributionMargin: define('contribution_margin', 'MONEY', 'HIGHER_IS_BETTER'),
  dso: define('dso', 'DAYS', 'LOWER_IS_BETTER'),
  dsoCountback: define('dso_countback', 'DAYS', 'LOWER_IS_BETTER'),
  bestPossibleDso: define('best_possible_dso', 'DAYS', 'LOWER_IS_BETTER'),
  averageDaysDelinquent: define('average_days_delinquent', 'DAYS', 'LOWER_IS_BETTER'),
  creditHoldFrequency: define('credit_hold_frequency', 'PERCENT', 'LOWER_IS_BETTER'),
  creditHoldReleaseTime: define('credit_hold_release_time', 'HOURS', 'LOWER_IS_BETTER'),
  disputeRate: define('dispute_rate', 'PERCENT', 'LOWER_IS_BETTER'),
  disputeRateOrderQuality: define('dispute_rate_order_quality', 'PERCENT', 'LOWER_IS_BETTER'),
  disputeCycleTime: define('dispute_cycle_time', 'DAYS', 'LOWER_IS_BETTER'),
  supplierOnTimeDelivery: define('supplier_on_time_delivery', 'PERCENT', 'HIGHER_IS_BETTER'),
  inboundEtaWithinTwoDays: define('inbound_eta_within_two_days', 'PERCENT', 'HIGHER_IS_BETTER'),
  forecastWape: define('forecast_wape', 'PERCENT', 'LOWER_IS_BETTER'),
  // Bias is best at 0; "lower" reads as "closer to 0" for a forecaster who over-forecasts.
  forecastBias: define('forecast_bias', 'PERCENT', 'LOWER_IS_BETTER'),
} as const;


/** The ERP's scorecard-eligible KPIs, in the order erpReadings lists them. */
export const SCORECARD_KPIS = [
  KPI.dso,
  KPI.creditHoldReleaseTime,
  KPI.creditHoldFrequency,
  KPI.disputeRateOrderQuality,
  KPI.grossMarginPercent,
  KPI.supplierOnTimeDelivery,
] as const;
