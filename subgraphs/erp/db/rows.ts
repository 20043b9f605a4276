/**
 * Rows exactly as the ERP repositories' SQL returns them: int4 as number, int8/numeric/sums as
 * string, timestamptz as Date, date as 'YYYY-MM-DD'. A `FooRow` backs the GraphQL type `Foo`
 * (codegen mappers); other shapes are named `...Record`.
 */

/** A product reference: ERP answers for any SKU, and every field loads lazily by SKU. */
export interface ProductRow {
  sku: string;
}

/** An OMS order reference; ERP only knows its id. */
export interface OrderRow {
  id: string;
}

export interface ItemMasterRow {
  sku: string;
  description: string;
  unit_of_measure: string;
  family: string;
  velocity_tier: string;
  standard_cost_minor: string;
  list_price_minor: string;
  currency_code: string;
  primary_supplier_id: string;
  min_order_quantity: number;
  order_increment: number;
  active: boolean;
}

/** An item with its stock summed over every branch (bigint sums, as strings). */
export interface ItemStockRecord extends ItemMasterRow {
  network_on_hand: string;
  network_on_hold: string;
  network_safety_stock: string;
}

export interface InventoryPositionRow {
  sku: string;
  branch_code: string;
  on_hand: number;
  on_hold: number;
  safety_stock: number;
  last_synced_at: Date;
}

export interface WeeklyForecastRow {
  sku: string;
  week_start: string;
  lag_weeks: number;
  forecast_quantity: number;
}

export interface BranchRow {
  code: string;
  name: string;
  city: string;
  region: string;
  time_zone: string;
  sync_stale_after_minutes: number;
  last_inventory_sync_at: Date;
}

export interface SupplierRow {
  id: string;
  name: string;
  country: string;
  lead_time_days: number;
  payment_terms: string;
}

export interface PurchaseOrderRow {
  id: string;
  supplier_id: string;
  branch_code: string;
  ordered_at: Date;
  status: string;
}

export interface PurchaseOrderLineRow {
  purchase_order_id: string;
  line_number: number;
  sku: string;
  ordered_quantity: number;
  received_quantity: number;
  unit_cost_minor: string;
  supplier_commit_date: string;
  current_eta: string | null;
  /** The item's currency, which the unit cost is in. */
  currency_code: string;
}

export interface ReceiptRow {
  id: string;
  purchase_order_id: string;
  line_number: number;
  received_at: Date;
  quantity: number;
}

export interface AccountRow {
  id: string;
  name: string;
  segment: string;
  cohort: string;
  payment_terms: string;
  payment_terms_days: number;
  credit_limit_minor: string;
  credit_status: string;
  price_list_id: string;
  allows_substitutions: boolean;
  opened_on: string;
  /** The account's price list currency: its credit limit and balances are in it. */
  currency_code: string;
}

export interface PriceListRow {
  id: string;
  name: string;
  currency_code: string;
}

export interface PriceBreakRow {
  price_list_id: string;
  sku: string;
  min_quantity: number;
  unit_price_minor: string;
  currency_code: string;
}

export interface ContractPriceRow {
  account_id: string;
  sku: string;
  min_quantity: number;
  unit_price_minor: string;
  valid_from: string;
  valid_to: string | null;
  currency_code: string;
}

export interface InvoiceRow {
  id: string;
  account_id: string;
  order_id: string | null;
  issued_at: Date;
  due_date: string;
  amount_minor: string;
  currency_code: string;
  status: string;
  /** Sum of the invoice's payments, computed in the same statement. */
  paid_minor: string;
  sales_channel: string | null;
}

export interface InvoiceLineRow {
  invoice_id: string;
  line_number: number;
  sku: string;
  quantity: number;
  unit_price_minor: string;
  list_price_minor: string;
  unit_cost_minor: string;
  /** The invoice's currency. */
  currency_code: string;
}

export interface PaymentRow {
  id: string;
  account_id: string;
  invoice_id: string;
  received_at: Date;
  amount_minor: string;
  method: string;
  currency_code: string;
}

export interface CreditHoldRow {
  id: string;
  account_id: string;
  order_id: string | null;
  held_at: Date;
  released_at: Date | null;
  reason: string;
}

export interface DisputeRow {
  id: string;
  invoice_id: string;
  account_id: string;
  reason: string;
  amount_minor: string;
  opened_at: Date;
  resolved_at: Date | null;
  currency_code: string;
}

/** A total per parent key, for connections' totalCount. */
export interface CountRecord {
  key: string;
  total: string;
}

/* KPI periods and scorecards: entities whose key is a week range; the @external fields ops and
 * oms send in the representation ride along on the reference. */

export interface WeeklyCountRecord {
  week: string;
  count: number;
}

export interface SkuWeekQuantityRecord {
  sku: string;
  week: string;
  quantity: number;
}

/** The fulfilment cost totals oms sends for contribution margin: Money objects, minor units only. */
export type FulfilmentCostRecord = Record<'outboundFreight' | 'expedite' | 'pickPack' | 'returns' | 'shortShip', { minorUnits: string }>;

export interface KpiPeriodRow {
  fromWeek: string;
  toWeek: string;
  ordersPlacedByWeek?: WeeklyCountRecord[];
  fulfilmentCostTotals?: FulfilmentCostRecord;
  skuWeeklyDemand?: SkuWeekQuantityRecord[];
}

export interface ScorecardRow {
  week: string;
  ordersPlacedByWeek?: WeeklyCountRecord[];
}

/** Invoices of one week, in total (dimension null) or for one segment or sales channel. */
export interface InvoiceWeekRecord {
  week_start: string;
  dimension: 'segment' | 'channel' | null;
  dimension_value: string | null;
  invoices: string;
  revenue_minor: string;
  cogs_minor: string;
  price_leakage_minor: string;
}

export interface DisputeWeekRecord {
  week_start: string;
  category: string;
  first_disputed_invoices: number;
  resolved_disputes: number;
  resolved_days: string;
}

/** A cohort's receivables at the end of a day: AR, its not-yet-due part, and the trailing 91 days' credit sales. */
export interface ReceivableSnapshotRecord {
  end_day: string;
  cohort: string;
  receivable_minor: string;
  current_minor: string;
  trailing_sales_minor: string;
}

/** A cohort's credit sales in one calendar month ('YYYY-MM'), up to a period's last day. */
export interface MonthlySalesRecord {
  end_day: string;
  cohort: string;
  month: string;
  sales_minor: string;
}

export interface CreditHoldWeekRecord {
  week_start: string;
  orders_held: number;
  holds_released: number;
  released_hours: string;
}

export interface ReleaseQuantilesRecord {
  period: number;
  median_hours: number | null;
  p90_hours: number | null;
}

export interface SupplierWeekRecord {
  week_start: string;
  supplier_id: string;
  lines_due: number;
  lines_on_time: number;
}

export interface InboundEtaWeekRecord {
  week_start: string;
  supplier_id: string;
  receipts: number;
  within_two_days: number;
  abs_error_days: number;
  error_days: number;
}

/** Stock on hand at a period end by family or branch and age bucket (index into AGING_BUCKETS). */
export interface AgingRecord {
  end_day: string;
  dimension_value: string;
  bucket: number;
  quantity: string;
  value_minor: string;
}

/** One entry of the documentation dispute feed: a documentation dispute on an order's invoice. */
export interface DocumentationDisputeFeedRecord {
  /** The dispute's place in the feed (int8, as a string). */
  feed_position: string;
  dispute_id: string;
  order_id: string;
  opened_at: Date;
}

export interface ForecastRecord {
  sku: string;
  week_start: string;
  forecast_quantity: number;
}

export interface AccountProfileRecord {
  id: string;
  segment: string;
  cohort: string;
  payment_terms_days: number;
}

export interface ItemVelocityRecord {
  sku: string;
  velocity_tier: string;
}

/** An open purchase order line as the storefront promise draws on it. */
export interface InboundFactRecord {
  sku: string;
  purchase_order_id: string;
  line_number: number;
  branch_code: string;
  supplier_id: string;
  open_quantity: number;
  /** The current ETA, else the supplier's commit date. */
  eta: string;
}

/** supplier_eta_slip: one supplier's (or, for '*', every supplier's) ETA slip quantiles. */
export interface SupplierEtaSlipRecord {
  supplier_id: string;
  observations: number;
  p50_days: number;
  p90_days: number;
}

/** An invoice with a balance left, for credit checks. */
export interface OpenInvoiceRecord {
  id: string;
  account_id: string;
  due_date: string;
  status: string;
  balance_minor: string;
}

/** An invoice a payment event names, as the intake checks it before applying the payment. */
export interface PaymentTargetRecord {
  id: string;
  account_id: string;
  currency_code: string;
  status: string;
}

/** A purchase order an 855 or 856 names, one record per line (line fields null for a PO without lines). */
export interface PurchaseOrderLineRefRecord {
  purchase_order_id: string;
  supplier_id: string;
  status: string;
  line_number: number | null;
  sku: string | null;
  ordered_quantity: number | null;
  received_quantity: number | null;
}
