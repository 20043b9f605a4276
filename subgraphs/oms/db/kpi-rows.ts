/**
 * Rows of the weekly KPI aggregates exactly as the KPI repositories return them: int4 as number,
 * int8 and numeric as string, date as 'YYYY-MM-DD' (week_start is the week's Monday).
 */

export interface OrderWeekAggregate {
  week_start: string;
  account_id: string;
  channel: string;
  orders_placed: number;
  cancelled_by_customer: number;
  cancelled_by_supplier: number;
  campaign_orders: number;
  booked_value_minor: string;
  campaign_booked_value_minor: string;
  lines: number;
  substituted_lines: number;
  settled_orders: number;
  settled_orders_filled: number;
  settled_lines: number;
  settled_lines_filled: number;
  settled_units_ordered: string;
  settled_units_shipped: string;
  lines_picked: number;
  shipments_sent: number;
  freight_minor: string;
  expedite_minor: string;
  reship_freight_minor: string;
  short_ship_credit_minor: string;
  returns: number;
  return_cost_minor: string;
  shipped_value_minor: string;
}

export interface DeliveryWeekAggregate {
  week_start: string;
  account_id: string;
  channel: string;
  delivered: number;
  in_full: number;
  on_time: number;
  damage_free: number;
  on_time_in_full: number;
  perfect: number;
  documentation_accurate: number;
}

export interface SkuWeekAggregate {
  week_start: string;
  sku: string;
  lines: number;
  backordered_lines: number;
  units_demanded: string;
}

export interface BackorderWeekAggregate {
  week_start: string;
  open_lines: number;
  age_days: string;
  unit_days_late: string;
}

export interface ShipmentWeekAggregate {
  week_start: string;
  branch_code: string;
  channel: string;
  due: number;
  packed_by_cutoff: number;
}

export interface QuoteWeekAggregate {
  week_start: string;
  channel: string;
  issued: number;
  converted_in_window: number;
  converted: number;
  cycle_days: string;
}

export interface QuoteLossWeekAggregate {
  week_start: string;
  reason: string;
  lost: number;
}

export interface ReturnWeekAggregate {
  week_start: string;
  credited: string;
  customer_days: string;
  received: string;
  internal_days: string;
}

export interface ExceptionWeekAggregate {
  week_start: string;
  type: string;
  opened: number;
  owned: number;
  margin_impact_minor: string;
}

export interface WeekTotalsAggregate {
  week_start: string;
  orders_placed: number;
  cancelled: number;
  self_serve_orders: number;
  lines: number;
  substituted_lines: number;
  settled_lines: number;
  settled_lines_filled: number;
  settled_units_ordered: string;
  settled_units_shipped: string;
  ordering_accounts: number;
  repeat_accounts: number;
  delivered: number;
  on_time_in_full: number;
  perfect: number;
  shipments_due: number;
  shipments_packed_by_cutoff: number;
  quotes_issued: number;
  quotes_converted_in_window: number;
  quotes_converted: number;
  quote_cycle_days: string;
  returns_credited: number;
  return_customer_days: string;
  backorder_open_lines: number;
  backorder_age_days: string;
  exceptions_opened: number;
  exceptions_owned: number;
}

/** Rows of per-period statements carry the 1-based index of the period they belong to. */
export interface PeriodIndexed {
  period_index: string;
}

export interface RepeatAccountRow extends PeriodIndexed {
  week_start: string;
  account_id: string;
  repeat_in_week: boolean;
  repeat_in_period: boolean;
}

export interface PercentilesRow extends PeriodIndexed {
  p50: number | null;
  p90: number | null;
}

export interface ReturnPercentilesRow extends PeriodIndexed {
  customer_p90: number | null;
  internal_p90: number | null;
}

export interface ExceptionResolutionRow extends PeriodIndexed {
  type: string;
  median_hours: number | null;
}

export interface OpenAllocationRow {
  sku: string;
  branch_code: string;
  allocated: string;
}
