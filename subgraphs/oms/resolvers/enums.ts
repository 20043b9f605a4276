/**
 * GraphQL enum values are UPPER_SNAKE; the database stores lower_snake. The internal values below
 * let rows pass through unchanged in both directions: arguments arrive as database values, and
 * database values serialize as GraphQL names.
 *
 * The generated types name enums by their GraphQL values, so a database value served through a
 * hand-written field resolver is typed with `asEnum`, the one place that says why that is sound.
 */
export const enumResolvers = {
  OrderChannel: { PORTAL: 'portal', REP: 'rep', EDI: 'edi', API: 'api' },
  OrderStatus: {
    PLACED: 'placed',
    CREDIT_HOLD: 'credit_hold',
    ALLOCATED: 'allocated',
    PICKING: 'picking',
    PARTIALLY_SHIPPED: 'partially_shipped',
    SHIPPED: 'shipped',
    DELIVERED: 'delivered',
    CANCELLED: 'cancelled',
  },
  CancellationInitiator: { CUSTOMER: 'customer', SUPPLIER_STOCKOUT: 'supplier_stockout' },
  ReturnReason: {
    DAMAGED: 'damaged',
    WRONG_ITEM: 'wrong_item',
    NOT_NEEDED: 'not_needed',
    DEFECTIVE: 'defective',
    LATE_DELIVERY: 'late_delivery',
  },
  ReturnStatus: {
    REQUESTED: 'requested',
    AUTHORIZED: 'authorized',
    RECEIVED: 'received',
    INSPECTED: 'inspected',
    CREDITED: 'credited',
    REJECTED: 'rejected',
  },
  QuoteChannel: { SELF_SERVE: 'self_serve', ASSISTED: 'assisted' },
  QuoteStatus: { OPEN: 'open', CONVERTED: 'converted', LOST: 'lost', EXPIRED: 'expired' },
  QuoteLostReason: {
    PRICE: 'price',
    DELIVERY_RELIABILITY: 'delivery_reliability',
    LEAD_TIME: 'lead_time',
    COMPETITOR: 'competitor',
    NO_DECISION: 'no_decision',
    CREDIT: 'credit',
  },
} as const;

/** A database enum value typed as the generated enum; the schema's internal values map it on output. */
export function asEnum<GraphQLEnum extends string>(dbValue: string | null): GraphQLEnum | null {
  return dbValue as GraphQLEnum | null;
}
