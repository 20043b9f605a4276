/** OMS rows exactly as loaded (see tables/erp.ts for the conventions). */
export interface CampaignRow {
  code: string;
  name: string;
  target_segment: string | null;
  starts_on: string;
  ends_on: string;
}

export interface QuoteRow {
  id: string;
  account_id: string;
  channel: 'self_serve' | 'assisted';
  issued_at: Date;
  expires_at: Date;
  amount_minor: number;
  status: 'open' | 'converted' | 'lost' | 'expired';
  converted_at: Date | null;
  lost_at: Date | null;
  lost_reason: string | null;
}

export type OrderStatus =
  | 'placed' | 'credit_hold' | 'allocated' | 'picking' | 'partially_shipped' | 'shipped' | 'delivered' | 'cancelled';

export interface OrderRow {
  id: string;
  account_id: string;
  channel: 'portal' | 'rep' | 'edi' | 'api';
  campaign_code: string | null;
  quote_id: string | null;
  customer_po: string | null;
  placed_at: Date;
  requested_date: string;
  promised_date: string;
  status: OrderStatus;
  cancelled_by: 'customer' | 'supplier_stockout' | null;
  cancel_reason: string | null;
  ship_to_branch_code: string;
  currency_code: string;
}

export interface OrderStatusHistoryRow {
  order_id: string;
  sequence: number;
  status: OrderStatus;
  changed_at: Date;
  note: string | null;
}

export interface OrderLineRow {
  order_id: string;
  line_number: number;
  sku: string;
  ordered_quantity: number;
  allocated_quantity: number;
  shipped_quantity: number;
  backordered_quantity: number;
  cancelled_quantity: number;
  substituted_sku: string | null;
  sourcing_branch_code: string;
  unit_price_minor: number;
  backordered_since: string | null;
}

export interface ShipmentRow {
  id: string;
  order_id: string;
  branch_code: string;
  carrier: string;
  service_level: string;
  tracking_number: string | null;
  ship_by: Date;
  pick_started_at: Date | null;
  packed_at: Date | null;
  shipped_at: Date | null;
  delivered_at: Date | null;
  expedited: boolean;
  expedite_cost_minor: number;
  freight_cost_minor: number;
  damaged: boolean;
}

export interface ExceptionRow {
  id: string;
  type: string;
  order_id: string | null;
  shipment_id: string | null;
  sku: string | null;
  branch_code: string | null;
  owner: string | null;
  opened_at: Date;
  sla_due_at: Date;
  resolved_at: Date | null;
  margin_impact_minor: number;
  description: string;
}

export interface ReturnRow {
  id: string;
  order_id: string;
  line_number: number;
  account_id: string;
  sku: string;
  quantity: number;
  reason: 'damaged' | 'wrong_item' | 'not_needed' | 'defective' | 'late_delivery';
  requested_at: Date;
  authorized_at: Date | null;
  received_at: Date | null;
  inspected_at: Date | null;
  credited_at: Date | null;
  cost_minor: number;
  credit_minor: number;
  status: 'requested' | 'authorized' | 'received' | 'inspected' | 'credited' | 'rejected';
}

export interface OmsTables {
  campaigns: CampaignRow[];
  quotes: QuoteRow[];
  orders: OrderRow[];
  order_status_history: OrderStatusHistoryRow[];
  order_lines: OrderLineRow[];
  shipments: ShipmentRow[];
  exceptions: ExceptionRow[];
  returns: ReturnRow[];
}

export const OMS_COLUMNS = {
  campaigns: ['code', 'name', 'target_segment', 'starts_on', 'ends_on'],
  quotes: ['id', 'account_id', 'channel', 'issued_at', 'expires_at', 'amount_minor', 'status', 'converted_at', 'lost_at', 'lost_reason'],
  orders: [
    'id', 'account_id', 'channel', 'campaign_code', 'quote_id', 'customer_po', 'placed_at', 'requested_date',
    'promised_date', 'status', 'cancelled_by', 'cancel_reason', 'ship_to_branch_code', 'currency_code',
  ],
  order_status_history: ['order_id', 'sequence', 'status', 'changed_at', 'note'],
  order_lines: [
    'order_id', 'line_number', 'sku', 'ordered_quantity', 'allocated_quantity', 'shipped_quantity',
    'backordered_quantity', 'cancelled_quantity', 'substituted_sku', 'sourcing_branch_code', 'unit_price_minor',
    'backordered_since',
  ],
  shipments: [
    'id', 'order_id', 'branch_code', 'carrier', 'service_level', 'tracking_number', 'ship_by', 'pick_started_at',
    'packed_at', 'shipped_at', 'delivered_at', 'expedited', 'expedite_cost_minor', 'freight_cost_minor', 'damaged',
  ],
  exceptions: [
    'id', 'type', 'order_id', 'shipment_id', 'sku', 'branch_code', 'owner', 'opened_at', 'sla_due_at', 'resolved_at',
    'margin_impact_minor', 'description',
  ],
  returns: [
    'id', 'order_id', 'line_number', 'account_id', 'sku', 'quantity', 'reason', 'requested_at', 'authorized_at',
    'received_at', 'inspected_at', 'credited_at', 'cost_minor', 'credit_minor', 'status',
  ],
} as const satisfies { [T in keyof OmsTables]: readonly (keyof OmsTables[T][number])[] };
