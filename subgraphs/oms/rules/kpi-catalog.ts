import type { KpiDefinitionShape, KpiDirection, KpiUnit } from '../../../lib/kpi.ts';

/**
 * The KPIs the OMS computes, by catalog name (the contract with ops' scorecard definitions), with
 * their unit and direction. The formulas are in the schema's field descriptions.
 */
const kpi = (name: string, unit: KpiUnit, direction: KpiDirection): KpiDefinitionShape => ({ kpi: name, unit, direction });
const higher = 'HIGHER_IS_BETTER';
const lower = 'LOWER_IS_BETTER';

export const KPI = {
  quoteToOrderCycleTime: kpi('quote_to_order_cycle_time', 'DAYS', lower),
  quoteConversionRate: kpi('quote_conversion_rate', 'PERCENT', higher),
  perfectOrderRate: kpi('perfect_order_rate', 'PERCENT', higher),
  perfectOrderInFull: kpi('perfect_order_in_full', 'PERCENT', higher),
  perfectOrderOnTime: kpi('perfect_order_on_time', 'PERCENT', higher),
  perfectOrderDocumentationAccurate: kpi('perfect_order_documentation_accurate', 'PERCENT', higher),
  perfectOrderDamageFree: kpi('perfect_order_damage_free', 'PERCENT', higher),
  otif: kpi('otif', 'PERCENT', higher),
  lineFillRate: kpi('line_fill_rate', 'PERCENT', higher),
  orderFillRate: kpi('order_fill_rate', 'PERCENT', higher),
  unitFillRate: kpi('unit_fill_rate', 'PERCENT', higher),
  cancellationRate: kpi('cancellation_rate', 'PERCENT', lower),
  substitutionRate: kpi('substitution_rate', 'PERCENT', lower),
  backorderIncidence: kpi('backorder_incidence', 'PERCENT', lower),
  backorderDaysOutstanding: kpi('backorder_days_outstanding', 'DAYS', lower),
  returnCycleTime: kpi('return_cycle_time', 'DAYS', lower),
  returnInternalCycleTime: kpi('return_internal_cycle_time', 'DAYS', lower),
  pickPackSlaAdherence: kpi('pick_pack_sla_adherence', 'PERCENT', higher),
  selfServeOrderPenetration: kpi('self_serve_order_penetration', 'PERCENT', higher),
  repeatOrderRate: kpi('repeat_order_rate', 'PERCENT', higher),
  exceptionOwnerCoverage: kpi('exception_owner_coverage', 'PERCENT', higher),
  campaignInfluencedOrderShare: kpi('campaign_influenced_order_share', 'PERCENT', higher),
  campaignInfluencedRevenueShare: kpi('campaign_influenced_revenue_share', 'PERCENT', higher),
  quoteLossDeliveryOrPriceShare: kpi('quote_loss_delivery_or_price_share', 'PERCENT', lower),
  marginLeakagePercent: kpi('margin_leakage_percent', 'PERCENT', lower),
  costToServePercent: kpi('cost_to_serve_percent', 'PERCENT', lower),
  storefrontAvailabilityMismatch: kpi('storefront_availability_mismatch', 'PERCENT', lower),
} as const;

/** The scorecard-eligible OMS KPIs, in the order omsReadings serves them. */
export const SCORECARD_KPIS = [
  KPI.quoteToOrderCycleTime,
  KPI.quoteConversionRate,
  KPI.perfectOrderRate,
  KPI.otif,
  KPI.lineFillRate,
  KPI.unitFillRate,
  KPI.cancellationRate,
  KPI.substitutionRate,
  KPI.backorderDaysOutstanding,
  KPI.returnCycleTime,
  KPI.pickPackSlaAdherence,
  KPI.selfServeOrderPenetration,
  KPI.repeatOrderRate,
  KPI.exceptionOwnerCoverage,
] as const;

/** Channels whose orders the customer placed without a rep: the self-serve order penetration numerator. */
export const SELF_SERVE_CHANNELS: readonly string[] = ['portal', 'api'];

/** Quote loss reasons that count against delivery reliability or price integrity. */
export const DELIVERY_OR_PRICE_LOSS_REASONS: readonly string[] = ['delivery_reliability', 'price'];
