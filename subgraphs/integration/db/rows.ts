/**
 * Rows exactly as the integration repositories' SQL returns them (bigint ids as string,
 * timestamptz as Date). A `FooRow` backs the GraphQL type `Foo` (codegen mappers); other shapes
 * are named `...Record`.
 */

/** A trading partner (integration lanes). */
export interface TradingPartnerRow {
  id: string;
  name: string;
  kind: 'customer' | 'supplier' | 'warehouse' | 'carrier' | 'bank';
  x12_qualifier: string | null;
  x12_id: string | null;
  account_id: string | null;
  supplier_id: string | null;
  branch_code: string | null;
}

export interface ExceptionRouteRecord {
  partner_id: string | null;
  event_type: string | null;
  owner: string;
  sla_hours: number;
}

/** One received event of either lane, as recorded (bigint ids come back as strings). */
export interface IntegrationEventRow {
  id: string;
  lane: 'edi' | 'api';
  partner_id: string;
  type: string;
  idempotency_key: string;
  source_id: string | null;
  interchange_id: string | null;
  occurred_at: Date | null;
  received_at: Date;
  keys: Record<string, string[]>;
  payload: unknown;
  raw: string;
  status: 'accepted' | 'applied' | 'duplicate' | 'rejected' | 'failed';
  reason: string | null;
  applies_to: 'erp' | 'oms' | null;
  duplicate_of: string | null;
  attempts: number;
  status_changed_at: Date;
  exception_opened_at: Date | null;
}

export interface InterchangeRecord {
  id: string;
  sender: string | null;
  receiver: string | null;
  control_number: string | null;
  received_at: Date;
  status: 'accepted' | 'partially_accepted' | 'rejected' | 'duplicate';
  reason: string | null;
  duplicate_of: string | null;
  acknowledgments: string[];
  /** The TA1 we sent, or null when none was owed. */
  interchange_acknowledgment: string | null;
}

export interface AlertRow {
  id: string;
  rule: 'stale_inventory_sync' | 'failed_order_status_events' | 'exceptions_past_sla';
  subject: string;
  severity: 'warning' | 'critical';
  owner: string;
  summary: string;
  since: Date;
  raised_at: Date;
  resolved_at: Date | null;
  delivered_at: Date | null;
  delivery_attempts: number;
  last_delivery_error: string | null;
}
