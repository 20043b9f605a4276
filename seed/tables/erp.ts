/**
 * ERP rows exactly as loaded: snake_case keys are the column names, money is integer minor units,
 * timestamptz columns are Date and date columns 'YYYY-MM-DD'. ERP_COLUMNS lists the tables in
 * foreign-key load order with their column order.
 */
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

export interface ItemRow {
  sku: string;
  description: string;
  unit_of_measure: string;
  family: string;
  velocity_tier: 'A' | 'B' | 'C';
  standard_cost_minor: number;
  list_price_minor: number;
  currency_code: string;
  primary_supplier_id: string;
  min_order_quantity: number;
  order_increment: number;
  active: boolean;
}

export interface PriceListRow {
  id: string;
  name: string;
  currency_code: string;
}

export interface PriceListPriceRow {
  price_list_id: string;
  sku: string;
  min_quantity: number;
  unit_price_minor: number;
}

export interface CustomerAccountRow {
  id: string;
  name: string;
  segment: string;
  cohort: string;
  payment_terms: string;
  payment_terms_days: number;
  credit_limit_minor: number;
  credit_status: 'good' | 'watch' | 'hold';
  price_list_id: string;
  allows_substitutions: boolean;
  opened_on: string;
}

export interface ContractPriceRow {
  account_id: string;
  sku: string;
  min_quantity: number;
  unit_price_minor: number;
  valid_from: string;
  valid_to: string | null;
}

export interface InventoryPositionRow {
  sku: string;
  branch_code: string;
  on_hand: number;
  on_hold: number;
  safety_stock: number;
  last_synced_at: Date;
}

export interface InventoryLayerRow {
  sku: string;
  branch_code: string;
  received_on: string;
  quantity: number;
  unit_cost_minor: number;
}

export interface PurchaseOrderRow {
  id: string;
  supplier_id: string;
  branch_code: string;
  ordered_at: Date;
  status: 'open' | 'partially_received' | 'received' | 'cancelled';
}

export interface PurchaseOrderLineRow {
  purchase_order_id: string;
  line_number: number;
  sku: string;
  ordered_quantity: number;
  received_quantity: number;
  unit_cost_minor: number;
  supplier_commit_date: string;
  current_eta: string | null;
  eta_seven_days_prior: string | null;
}

export interface ReceiptRow {
  id: string;
  purchase_order_id: string;
  line_number: number;
  received_at: Date;
  quantity: number;
}

export interface InvoiceRow {
  id: string;
  account_id: string;
  order_id: string | null;
  issued_at: Date;
  due_date: string;
  amount_minor: number;
  currency_code: string;
  status: 'open' | 'paid' | 'partially_paid' | 'disputed' | 'void';
  /** The billed order's entry channel; null for manual invoices. */
  sales_channel: 'portal' | 'rep' | 'edi' | 'api' | null;
}

/** One billed order line: line_number is the order line's number; the sku is the one shipped. */
export interface InvoiceLineRow {
  invoice_id: string;
  line_number: number;
  sku: string;
  quantity: number;
  unit_price_minor: number;
  list_price_minor: number;
  unit_cost_minor: number;
}

export interface PaymentRow {
  id: string;
  account_id: string;
  invoice_id: string;
  received_at: Date;
  amount_minor: number;
  method: 'ach' | 'wire' | 'check' | 'card';
}

export interface CreditHoldRow {
  id: string;
  account_id: string;
  order_id: string | null;
  held_at: Date;
  released_at: Date | null;
  reason: 'over_limit' | 'past_due' | 'new_account_review' | 'manual';
}

export interface DisputeRow {
  id: string;
  invoice_id: string;
  account_id: string;
  reason: 'pricing' | 'quantity' | 'documentation' | 'damage';
  amount_minor: number;
  opened_at: Date;
  resolved_at: Date | null;
}

export interface DemandForecastRow {
  sku: string;
  week_start: string;
  lag_weeks: number;
  forecast_quantity: number;
}

export interface ErpTables {
  branches: BranchRow[];
  suppliers: SupplierRow[];
  items: ItemRow[];
  price_lists: PriceListRow[];
  price_list_prices: PriceListPriceRow[];
  customer_accounts: CustomerAccountRow[];
  contract_prices: ContractPriceRow[];
  inventory_positions: InventoryPositionRow[];
  inventory_layers: InventoryLayerRow[];
  purchase_orders: PurchaseOrderRow[];
  purchase_order_lines: PurchaseOrderLineRow[];
  receipts: ReceiptRow[];
  invoices: InvoiceRow[];
  invoice_lines: InvoiceLineRow[];
  payments: PaymentRow[];
  credit_holds: CreditHoldRow[];
  disputes: DisputeRow[];
  demand_forecasts: DemandForecastRow[];
}

export const ERP_COLUMNS = {
  branches: ['code', 'name', 'city', 'region', 'time_zone', 'sync_stale_after_minutes', 'last_inventory_sync_at'],
  suppliers: ['id', 'name', 'country', 'lead_time_days', 'payment_terms'],
  items: [
    'sku', 'description', 'unit_of_measure', 'family', 'velocity_tier', 'standard_cost_minor', 'list_price_minor',
    'currency_code', 'primary_supplier_id', 'min_order_quantity', 'order_increment', 'active',
  ],
  price_lists: ['id', 'name', 'currency_code'],
  price_list_prices: ['price_list_id', 'sku', 'min_quantity', 'unit_price_minor'],
  customer_accounts: [
    'id', 'name', 'segment', 'cohort', 'payment_terms', 'payment_terms_days', 'credit_limit_minor', 'credit_status',
    'price_list_id', 'allows_substitutions', 'opened_on',
  ],
  contract_prices: ['account_id', 'sku', 'min_quantity', 'unit_price_minor', 'valid_from', 'valid_to'],
  inventory_positions: ['sku', 'branch_code', 'on_hand', 'on_hold', 'safety_stock', 'last_synced_at'],
  inventory_layers: ['sku', 'branch_code', 'received_on', 'quantity', 'unit_cost_minor'],
  purchase_orders: ['id', 'supplier_id', 'branch_code', 'ordered_at', 'status'],
  purchase_order_lines: [
    'purchase_order_id', 'line_number', 'sku', 'ordered_quantity', 'received_quantity', 'unit_cost_minor',
    'supplier_commit_date', 'current_eta', 'eta_seven_days_prior',
  ],
  receipts: ['id', 'purchase_order_id', 'line_number', 'received_at', 'quantity'],
  invoices: ['id', 'account_id', 'order_id', 'issued_at', 'due_date', 'amount_minor', 'currency_code', 'status', 'sales_channel'],
  invoice_lines: ['invoice_id', 'line_number', 'sku', 'quantity', 'unit_price_minor', 'list_price_minor', 'unit_cost_minor'],
  payments: ['id', 'account_id', 'invoice_id', 'received_at', 'amount_minor', 'method'],
  credit_holds: ['id', 'account_id', 'order_id', 'held_at', 'released_at', 'reason'],
  disputes: ['id', 'invoice_id', 'account_id', 'reason', 'amount_minor', 'opened_at', 'resolved_at'],
  demand_forecasts: ['sku', 'week_start', 'lag_weeks', 'forecast_quantity'],
} as const satisfies { [T in keyof ErpTables]: readonly (keyof ErpTables[T][number])[] };
