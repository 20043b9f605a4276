import type { ApplyOutcome } from '../../../lib/events/model.ts';

/**
 * Rows exactly as the OMS repositories return them: int4 as number, int8 (money in minor units)
 * as string, timestamptz as Date, date as 'YYYY-MM-DD'. Codegen maps GraphQL type `Foo` to `FooRow`.
 *
 * Rows of a child table carry `currency_code` joined from their order, so money fields can be
 * served without a second look-up.
 */

export interface OrderRow {
  id: string;
  account_id: string;
  channel: string;
  campaign_code: string | null;
  quote_id: string | null;
  customer_po: string | null;
  placed_at: Date;
  requested_date: string;
  promised_date: string;
  status: string;
  cancelled_by: string | null;
  cancel_reason: string | null;
  ship_to_branch_code: string;
  currency_code: string;
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
  unit_price_minor: string;
  backordered_since: string | null;
  currency_code: string;
}

export interface OrderStatusChangeRow {
  order_id: string;
  sequence: number;
  status: string;
  changed_at: Date;
  note: string | null;
}

export interface CampaignRow {
  code: string;
  name: string;
  target_segment: string | null;
  starts_on: string;
  ends_on: string;
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
  expedite_cost_minor: string;
  freight_cost_minor: string;
  damaged: boolean;
  currency_code: string;
}

export interface OrderExceptionRow {
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
  margin_impact_minor: string;
  description: string;
  /** The integration event that opened it; null for other exceptions. */
  event_id: string | null;
  currency_code: string;
}

/** One owner's open exceptions past their SLA: the row of the one due earliest, and how many there are. */
export interface ExceptionsPastSlaRow extends OrderExceptionRow {
  past_sla_count: number;
}

export interface ReturnRow {
  id: string;
  order_id: string;
  line_number: number;
  account_id: string;
  sku: string;
  quantity: number;
  reason: string;
  requested_at: Date;
  authorized_at: Date | null;
  received_at: Date | null;
  inspected_at: Date | null;
  credited_at: Date | null;
  cost_minor: string;
  credit_minor: string;
  status: string;
  currency_code: string;
}

export interface QuoteRow {
  id: string;
  account_id: string;
  channel: string;
  issued_at: Date;
  expires_at: Date;
  amount_minor: string;
  status: string;
  converted_at: Date | null;
  lost_at: Date | null;
  lost_reason: string | null;
}

/** Entities owned elsewhere: the subgraph knows them by key only (the federation representation). */
export interface AccountRow {
  id: string;
}

export interface BranchRow {
  code: string;
}

/** The Product representation; the three network figures arrive from the ERP through @requires. */
export interface ProductRow {
  sku: string;
  /** The ERP's network figures through @requires; null when the ERP withholds them from the caller. */
  networkOnHand?: number | null;
  networkOnHold?: number | null;
  networkSafetyStock?: number | null;
  /** The ERP's supply facts as JSON (lib/supply-facts.ts), through @requires (availability and promise). */
  supplyFacts?: string;
}


/**
 * The KpiPeriod representation: its key, plus the ERP's figures that @requires adds for the fields
 * that need them (absent otherwise). Enum values arrive as their GraphQL names, e.g. "CONTRACTOR".
 */
export interface KpiPeriodRow {
  fromWeek: string;
  toWeek: string;
  accountProfiles?: { accountId: string; segment: string; paymentTermsDays?: number }[];
  itemVelocityTiers?: { sku: string; velocityTier: string }[];
  priceLeakage?: { minorUnits: string; currencyCode?: string };
  inventorySnapshot?: { sku: string; branchCode: string; onHand: number; onHold: number; safetyStock: number }[];
}

/** QuoteToOrder's fields take arguments, so it is resolved from its period. */
export type QuoteToOrderRow = KpiPeriodRow;

/** The Scorecard representation: its week. */
export interface ScorecardRow {
  week: string;
}

/** An integration event's outcome as the intake answers it (lib/events/model.ts). */
export type OmsEventOutcomeRow = ApplyOutcome;
