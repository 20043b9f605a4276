/**
 * GraphQL enum values are UPPER_SNAKE; the database stores lower_snake. The internal values below
 * let rows pass through unchanged in both directions: arguments arrive as database values, and
 * database values serialize as GraphQL names.
 */
export const enumResolvers = {
  IntegrationLane: { EDI: 'edi', API: 'api' },
  IntegrationEventStatus: { ACCEPTED: 'accepted', APPLIED: 'applied', DUPLICATE: 'duplicate', REJECTED: 'rejected', FAILED: 'failed' },
  AlertRule: { STALE_INVENTORY_SYNC: 'stale_inventory_sync', FAILED_ORDER_STATUS_EVENTS: 'failed_order_status_events', EXCEPTIONS_PAST_SLA: 'exceptions_past_sla' },
  AlertSeverity: { WARNING: 'warning', CRITICAL: 'critical' },
} as const;

/** A database enum value typed as the generated enum; the schema's internal values map it on output. */
export function asEnum<GraphQLEnum extends string>(dbValue: string): GraphQLEnum {
  return dbValue as GraphQLEnum;
}
