/**
 * GraphQL enum values are UPPER_SNAKE; the database stores lower_snake. The internal values below
 * let rows pass through unchanged in both directions: arguments arrive as database values, and
 * database values serialize as GraphQL names.
 *
 * The generated types name enums by their GraphQL values, so a database value served through a
 * hand-written field resolver is typed with `asEnum`, the one place that says why that is sound.
 */
export const enumResolvers = {
  CustomerSegment: {
    OEM: 'oem',
    CONTRACTOR: 'contractor',
    MRO: 'mro',
    DISTRIBUTOR: 'distributor',
    GOVERNMENT: 'government',
  },
  CreditStatus: { GOOD: 'good', WATCH: 'watch', HOLD: 'hold' },
  VelocityTier: { A: 'A', B: 'B', C: 'C' },
  PurchaseOrderStatus: {
    OPEN: 'open',
    PARTIALLY_RECEIVED: 'partially_received',
    RECEIVED: 'received',
    CANCELLED: 'cancelled',
  },
  InvoiceStatus: {
    OPEN: 'open',
    PAID: 'paid',
    PARTIALLY_PAID: 'partially_paid',
    DISPUTED: 'disputed',
    VOID: 'void',
  },
  SalesChannel: { PORTAL: 'portal', REP: 'rep', EDI: 'edi', API: 'api' },
  PaymentMethod: { ACH: 'ach', WIRE: 'wire', CHECK: 'check', CARD: 'card' },
  CreditHoldReason: {
    OVER_LIMIT: 'over_limit',
    PAST_DUE: 'past_due',
    NEW_ACCOUNT_REVIEW: 'new_account_review',
    MANUAL: 'manual',
  },
  DisputeReason: { PRICING: 'pricing', QUANTITY: 'quantity', DOCUMENTATION: 'documentation', DAMAGE: 'damage' },
  // KPI arguments: the internal value is the dimension name a reading reports (dimension: "segment").
  RevenueDimension: { CHANNEL: 'channel', SEGMENT: 'segment' },
  ReceivablesDimension: { COHORT: 'cohort' },
  DsoMethod: { TRAILING_91: 'trailing_91', COUNTBACK: 'countback' },
  DisputeDimension: { REASON: 'reason' },
  SupplierDimension: { SUPPLIER: 'supplier' },
  InventoryAgingDimension: { FAMILY: 'family', BRANCH: 'branch' },
} as const;

/** A database enum value typed as the generated enum; the schema's internal values map it on output. */
export function asEnum<GraphQLEnum extends string>(dbValue: string): GraphQLEnum {
  return dbValue as GraphQLEnum;
}

/**
 * A KPI enum argument as its internal value (the lower-case name); null when omitted. A value
 * given in the query arrives as the internal value, but an SDL default arrives as the enum's NAME
 * (buildSubgraphSchema attaches internal values after it has parsed defaults): lower-casing
 * reads both the same.
 */
export function internalValue<Internal extends string>(value: string | null | undefined): Internal | null {
  return (value?.toLowerCase() ?? null) as Internal | null;
}

/**
 * Enum arguments arrive as internal (database) values although the generated types name them by
 * their GraphQL values; an empty list means "no restriction", like an omitted one.
 */
export function dbValues(values: readonly string[] | null | undefined): readonly string[] | null {
  return values && values.length > 0 ? values : null;
}
