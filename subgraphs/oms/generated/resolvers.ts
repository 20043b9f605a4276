import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrderRow, OrderLineRow, OrderStatusChangeRow, CampaignRow, ShipmentRow, OrderExceptionRow, ExceptionsPastSlaRow, ReturnRow, QuoteRow, AccountRow, BranchRow, ProductRow, KpiPeriodRow, QuoteToOrderRow, ScorecardRow, OmsEventOutcomeRow } from '../db/rows.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD (ISO 8601), with no time zone. */
  Date: { input: string; output: string; }
  /** An instant in time, ISO 8601 in UTC, e.g. 2026-11-02T14:30:00.000Z. */
  DateTime: { input: Date; output: Date | string; }
  /** An exact decimal number written as a string (money amounts, never a float), e.g. "1234.50". */
  Decimal: { input: string; output: string; }
  /** An ISO 8601 week, Monday to Sunday in UTC, written YYYY-Www, e.g. "2026-W44". */
  IsoWeek: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A customer account: who buys from us, on what terms and with how much credit. */
export type Account = {
  __typename?: 'Account';
  /** The account number, e.g. "ACCT-0001". */
  id: Scalars['ID']['output'];
  /** The account's sales orders, newest placed first. */
  orders: OrderConnection;
  /** The account's quotes, newest issued first. */
  quotes: QuoteConnection;
  /** The account's return authorizations, newest requested first. */
  returns: ReturnConnection;
};


/** A customer account: who buys from us, on what terms and with how much credit. */
export type AccountOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer account: who buys from us, on what terms and with how much credit. */
export type AccountQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<QuoteStatus>>;
};


/** A customer account: who buys from us, on what terms and with how much credit. */
export type AccountReturnsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Narrows a customer account's orders. Every condition given must hold; lists match any of their values. */
export type AccountOrderFilter = {
  /** Only orders that came in through one of these channels. */
  channel?: InputMaybe<Array<OrderChannel>>;
  /** Only orders placed on or after this calendar date (UTC). */
  placedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only orders placed on or before this calendar date (UTC), the whole day included. */
  placedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only orders currently in one of these statuses. */
  status?: InputMaybe<Array<OrderStatus>>;
};

/** A customer account's profile as the ERP keeps it: what the OMS needs to cut KPIs by segment and cost payment terms. */
export type AccountProfile = {
  __typename?: 'AccountProfile';
  /** The account number, e.g. "ACCT-0001". */
  accountId: Scalars['ID']['output'];
  /** Days the account has to pay an invoice (e.g. 30 for net 30). */
  paymentTermsDays: Scalars['Int']['output'];
  /** The account's customer segment. */
  segment: CustomerSegment;
};

/** ATP on one date of the horizon. */
export type AtpBucket = {
  __typename?: 'AtpBucket';
  /** Units that become promisable on this date. */
  atp: Scalars['Int']['output'];
  /** Units promisable on or after this date without breaking a later commitment. */
  cumulativeAtp: Scalars['Int']['output'];
  /** The date. */
  date: Scalars['Date']['output'];
  /** Unallocated units of open order lines due that date (late ones count on the as-of date). */
  demand: Scalars['Int']['output'];
  /** Projected available after the date's receipts and demand (negative: a shortfall). */
  projectedAvailable: Scalars['Int']['output'];
  /** Units scheduled to arrive (purchase order ETAs; late ones count on the as-of date). */
  receipts: Scalars['Int']['output'];
};

/** A product's sellable stock, across the network and per branch. */
export type Availability = {
  __typename?: 'Availability';
  /** The instant the stock figures are as of (the ERP's as-of time). */
  asOf: Scalars['DateTime']['output'];
  /** Each branch holding the product (or only the one asked for), by branch code. */
  branches: Array<BranchAvailability>;
  /** Whether quantities are exact or banded for this caller. */
  disclosure: Disclosure;
  /** Calendar days of ATP after the as-of date. */
  horizonDays: Scalars['Int']['output'];
  /** Summed over every branch holding the product. */
  network: StockLevel;
};

/** Backorder days outstanding at the period end, with the unit-days late behind it. */
export type BackorderDaysOutstanding = {
  __typename?: 'BackorderDaysOutstanding';
  /** Average days late of the open backorder lines: sum of line ages / open backorder lines (kpi backorder_days_outstanding). */
  averageDays: KpiMeasure;
  /**
   * Sum over the open backorder lines of units x days late, at the period end. Units are the open
   * backordered quantity; for a backorder since filled or cancelled, whose waiting quantity the OMS no
   * longer keeps, the line's ordered quantity.
   */
  unitDaysLate: Scalars['Decimal']['output'];
};

/** How backorder incidence can be cut. */
export type BackorderDimension =
  /** By the ordered product's velocity tier (A fast, B medium, C slow). */
  | 'VELOCITY_TIER';

/** A branch (warehouse) of the distribution network, which holds stock and ships orders. */
export type Branch = {
  __typename?: 'Branch';
  /** The branch code, e.g. "CHI". */
  code: Scalars['ID']['output'];
  /** Shipments picked and sent from this branch, latest ship cutoff first. */
  shipments: ShipmentConnection;
};


/** A branch (warehouse) of the distribution network, which holds stock and ships orders. */
export type BranchShipmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  shippedFrom?: InputMaybe<Scalars['Date']['input']>;
  shippedTo?: InputMaybe<Scalars['Date']['input']>;
};

/** On hand vs available-to-promise variance at one branch. */
export type BranchAtpVariance = {
  __typename?: 'BranchAtpVariance';
  /** Available to promise at the branch: on hand - units allocated to open order lines. */
  availableToPromise: Scalars['Int']['output'];
  /** The branch code, e.g. "CHI". */
  branchCode: Scalars['ID']['output'];
  /** Units on hand at the branch. */
  onHand: Scalars['Int']['output'];
  /** Product positions at the branch. */
  positions: Scalars['Int']['output'];
  /** Share of the branch's positions where storefront availability differs from what could ship, x100. */
  storefrontMismatch: KpiReading;
  /** on hand - available to promise. */
  variance: Scalars['Int']['output'];
};

/** One branch's sellable stock of a product. */
export type BranchAvailability = {
  __typename?: 'BranchAvailability';
  /** Time-phased ATP: the as-of date, each date a receipt or commitment lands on, and the horizon end; empty when banded. */
  atp: Array<AtpBucket>;
  /** The branch. */
  branch: Branch;
  /** When the branch's stock was last synced into the ERP. */
  lastSyncedAt: Scalars['DateTime']['output'];
  /** Its stock figures. */
  stock: StockLevel;
  /** Whole minutes from that sync to the as-of instant. */
  syncAgeMinutes: Scalars['Int']['output'];
  /** True when the sync is older than the branch's threshold: treat the figures with care. */
  syncStale: Scalars['Boolean']['output'];
};

/** A marketing campaign that orders can be attributed to. */
export type Campaign = {
  __typename?: 'Campaign';
  /** The campaign code, e.g. "CMP-2026-SPRING-MRO". */
  code: Scalars['ID']['output'];
  /** Last day the campaign ran. */
  endsOn: Scalars['Date']['output'];
  /** The campaign's name as marketing calls it. */
  name: Scalars['String']['output'];
  /** First day the campaign ran. */
  startsOn: Scalars['Date']['output'];
  /** The customer segment the campaign was aimed at, if it had one (e.g. "mro"). */
  targetSegment: Maybe<Scalars['String']['output']>;
};

/** Orders carrying a campaign attribution, over the orders placed in the period. */
export type CampaignInfluence = {
  __typename?: 'CampaignInfluence';
  /** Orders with a campaign attribution / orders placed, x100 (kpi campaign_influenced_order_share). */
  orderShare: KpiMeasure;
  /**
   * Booked value (ordered quantity x unit price) of campaign-attributed orders / booked value of all
   * orders placed, x100, cancelled orders excluded from both (kpi campaign_influenced_revenue_share).
   */
  revenueShare: KpiMeasure;
};

/** How the cancellation rate can be cut. */
export type CancellationDimension =
  /** By who cancelled: the customer or us, for a supplier stockout. */
  | 'INITIATOR'
  /** By the customer segment of the ordering account. */
  | 'SEGMENT';

/** Who cancelled an order. */
export type CancellationInitiator =
  /** The customer withdrew the order. */
  | 'CUSTOMER'
  /** We cancelled because we could not source the goods. */
  | 'SUPPLIER_STOCKOUT';

/** How cost to serve can be cut. */
export type CostToServeDimension =
  /** One row per customer account. */
  | 'ACCOUNT'
  /** One row per order type, i.e. the channel the order came in through (portal, rep, EDI, API). */
  | 'ORDER_TYPE';

/** The cost to serve one account or one order type over the orders placed in the period. */
export type CostToServeRow = {
  __typename?: 'CostToServeRow';
  /** What the row is cut by: account or order_type. */
  dimension: Scalars['String']['output'];
  /** The account number (e.g. "ACCT-0001") or the order type (portal, rep, edi, api). */
  dimensionValue: Scalars['String']['output'];
  /** Expedite premiums paid. */
  expeditePremium: Money;
  /** Outbound freight paid. */
  freight: Money;
  /** Shipments sent x the handling rate. */
  handling: Money;
  /** Orders placed in the period. */
  orders: Scalars['Int']['output'];
  /** Shipped value x payment terms days / 365 x the annual cost of capital. */
  paymentTermsCarrying: Money;
  /** total / orders, rounded to the cent; null when there were no orders. */
  perOrder: Maybe<Money>;
  /** total / revenue, x100 (kpi cost_to_serve_percent). */
  percentOfRevenue: KpiReading;
  /** Order lines picked (lines with a shipped quantity) x the pick rate. */
  picking: Money;
  /** Returns x the returns handling rate. */
  returnsHandling: Money;
  /** Revenue: shipped quantity x unit price of those orders. */
  revenue: Money;
  /** The sum of the activity costs. */
  total: Money;
};

/** The customer segment an account belongs to; drives pricing, terms and merchandising. */
export type CustomerSegment =
  /** Construction and installation contractors buying for job sites. */
  | 'CONTRACTOR'
  /** Resellers and distributors buying for their own stock. */
  | 'DISTRIBUTOR'
  /** Public-sector buyers on contract pricing. */
  | 'GOVERNMENT'
  /** Maintenance, repair and operations buyers at plants and facilities. */
  | 'MRO'
  /** Original equipment manufacturers that build our parts into their products. */
  | 'OEM';

/** A pair of dates: as likely early as late (P50), and late only 1 time in 10 (P90). */
export type DateRange = {
  __typename?: 'DateRange';
  /** The median date. */
  p50: Scalars['Date']['output'];
  /** The 90th percentile date. */
  p90: Scalars['Date']['output'];
};

/** When a requested quantity reaches the buyer. */
export type DeliveryPromise = {
  __typename?: 'DeliveryPromise';
  /** The instant the promise is made as of. */
  asOf: Scalars['DateTime']['output'];
  /** Units promisable from the branch's stock now (null when the caller sees bands only). */
  availableNow: Maybe<Scalars['Int']['output']>;
  /** The branch it ships from. */
  branch: Branch;
  /** When the whole quantity has been delivered. */
  deliveryDate: DateRange;
  /** Ship complete, and split when some ships now and some later. */
  options: Array<ShipOption>;
  /** Stock first, then inbound lines in ETA order, then the supplier lead time. */
  parts: Array<PromisePart>;
  /** Units promised. */
  quantity: Scalars['Int']['output'];
  /** Why, contributor by contributor. */
  reasons: Array<PromiseReason>;
};

/** How much of the stock picture a caller is shown. */
export type Disclosure =
  /** Bands only (anonymous visitors): quantities are null. */
  | 'BANDED'
  /** Exact quantities (signed-in buyers and staff). */
  | 'EXACT';

/** Narrows a list of fulfilment exceptions. Every condition given must hold. */
export type ExceptionFilter = {
  /** When true, only exceptions not yet resolved. */
  openOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only exceptions this person or role owns, e.g. "Inventory Control": one owner's queue. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** Only exceptions of one of these types, e.g. "short_ship", "late_shipment". */
  type?: InputMaybe<Array<Scalars['String']['input']>>;
  /** When true, only exceptions nobody has taken ownership of. */
  unownedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How exception types are ranked. */
export type ExceptionRanking =
  /** Most margin lost first. */
  | 'MARGIN_IMPACT'
  /** Most exceptions opened first. */
  | 'VOLUME';

/** One type of fulfilment exception over the period (exceptions opened in the period). */
export type ExceptionTypeSummary = {
  __typename?: 'ExceptionTypeSummary';
  /** Margin lost to them: sum of their margin impact. */
  marginImpact: Money;
  /** Median hours from opening to resolution of the resolved ones; null when none is resolved. */
  medianResolutionHours: Maybe<Scalars['Decimal']['output']>;
  /** Exceptions of this type opened in the period. */
  opened: Scalars['Int']['output'];
  /** How many of them have an owner. */
  owned: Scalars['Int']['output'];
  /** Owned / opened, x100 (kpi exception_owner_coverage, cut by exception type). */
  ownerCoverage: KpiReading;
  /** The exception type, e.g. "late_shipment". */
  type: Scalars['String']['output'];
};

/** One owner's open exceptions that are past their SLA. */
export type ExceptionsPastSla = {
  __typename?: 'ExceptionsPastSla';
  /** How many of the owner's open exceptions are past their slaDueAt. */
  count: Scalars['Int']['output'];
  /** The one longest past its SLA: the earliest slaDueAt (the lowest id among equals). */
  oldest: OrderException;
  /** Who owns them; null for the exceptions nobody owns. */
  owner: Maybe<Scalars['String']['output']>;
};

/** Fulfilment costs of a period's orders. */
export type FulfilmentCostTotals = {
  __typename?: 'FulfilmentCostTotals';
  /** Expedite premiums paid on their shipments. */
  expedite: Money;
  /** Outbound freight paid on their shipments (re-shipments included). */
  outboundFreight: Money;
  /** Pick and pack: lines picked x pick rate + shipments x handling rate (cost-to-serve rates). */
  pickPack: Money;
  /** Return costs: return freight, restocking and write-off. */
  returns: Money;
  /** Short-ship costs: value of units cancelled on orders that shipped, plus re-shipment freight (also part of outboundFreight). */
  shortShip: Money;
};

/** An integration event of the intake; the integration subgraph resolves its fields. */
export type IntegrationEvent = {
  __typename?: 'IntegrationEvent';
  id: Scalars['ID']['output'];
};

/** An exception to open for an integration event that was rejected or failed. */
export type IntegrationExceptionInput = {
  /** The branch the event concerns, if any. */
  branchCode?: InputMaybe<Scalars['String']['input']>;
  /** What went wrong, e.g. the failure reason. */
  description: Scalars['String']['input'];
  /** The integration event; at most one exception is opened per event. */
  eventId: Scalars['ID']['input'];
  /** rejected (the intake found the document invalid) or failed (valid, but the owning domain could not apply it). */
  kind: Scalars['String']['input'];
  /** When it was opened, ISO 8601 with an offset. */
  openedAt: Scalars['String']['input'];
  /** The order the event concerns, if any; kept on the exception only when the order exists. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** Who works the exception, e.g. a partner manager; null when nobody owns it yet. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** The product the event concerns, if any. */
  sku?: InputMaybe<Scalars['String']['input']>;
  /** When it must be resolved by, ISO 8601 with an offset. */
  slaDueAt: Scalars['String']['input'];
};

/** One current stock position of a product at a branch, as the ERP records it. */
export type InventorySnapshotRow = {
  __typename?: 'InventorySnapshotRow';
  /** The branch holding the stock. */
  branchCode: Scalars['ID']['output'];
  /** Units physically on hand. */
  onHand: Scalars['Int']['output'];
  /** Units on hold (quality, damage, cycle count). */
  onHold: Scalars['Int']['output'];
  /** Safety stock units reserved. */
  safetyStock: Scalars['Int']['output'];
  /** The stock keeping unit. */
  sku: Scalars['ID']['output'];
};

/** An item's velocity tier as the ERP ranks it. */
export type ItemVelocityTier = {
  __typename?: 'ItemVelocityTier';
  /** The stock keeping unit. */
  sku: Scalars['ID']['output'];
  /** How fast the item sells (A fast, B medium, C slow). */
  velocityTier: VelocityTier;
};

/** Which way a KPI improves. */
export type KpiDirection =
  /** A higher value is better (e.g. perfect order rate). */
  | 'HIGHER_IS_BETTER'
  /** A lower value is better (e.g. DSO). */
  | 'LOWER_IS_BETTER';

/** A KPI over a period: the headline reading, the same cut by a dimension, and week by week. */
export type KpiMeasure = {
  __typename?: 'KpiMeasure';
  /** One reading per value of the requested dimension (empty when no dimension was requested). */
  byDimension: Array<KpiReading>;
  /** One reading per ISO week of the period, oldest first. */
  byWeek: Array<KpiReading>;
  /** The reading for the whole period and every dimension value together. */
  reading: KpiReading;
};

/**
 * A span of consecutive ISO weeks (Monday to Sunday, UTC) that KPIs are measured over. The
 * operating model (ops) creates periods; the OMS adds the fulfilment, quote and exception KPIs it
 * owns. Every KPI states its formula and which orders, lines or events fall in the period.
 */
export type KpiPeriod = {
  __typename?: 'KpiPeriod';
  /** Every customer account's segment, cohort and payment terms (from the ERP). */
  accountProfiles: Array<AccountProfile>;
  /**
   * Backorder days outstanding (project definition; kpi-standards names it without a standard):
   * average age in days of the order lines open on backorder, measured from the end of the order's
   * original promised date to the snapshot instant (0 while the promise is still ahead). A snapshot is
   * taken at the end of each week (or at the dataset's as-of instant, when earlier); the period's
   * reading is the snapshot at its end, never a sum over weeks.
   */
  backorderDaysOutstanding: BackorderDaysOutstanding;
  /**
   * Backorder incidence = lines that went on backorder / lines, x100, over the lines of orders placed
   * in the period (a line counts when it was backordered at any time, even if since filled).
   */
  backorderIncidence: KpiMeasure;
  /** Orders carrying a campaign attribution, as a share of orders and of booked value, over the orders placed in the period. */
  campaignInfluencedOrders: CampaignInfluence;
  /**
   * Cancellation rate = orders cancelled / orders placed in the period, x100 (orders by placed week,
   * cancelled orders by the week they were placed). By initiator, each initiator's cancellations
   * over all orders placed, so the initiators add up to the total.
   */
  cancellationRate: KpiMeasure;
  /**
   * Cost to serve the orders placed in the period, by account or by order type (the order's channel),
   * most expensive first. Activity costs at the configured rates: lines picked x $1.50 pick rate,
   * shipments x $4.00 handling rate, outbound freight, expedite premiums, returns x $25.00 handling
   * rate, and payment-terms carrying cost = shipped value x the account's payment terms days / 365 x
   * an 8% annual cost of capital. Revenue = shipped value (shipped quantity x unit price).
   */
  costToServe: Array<CostToServeRow>;
  /**
   * Exception owner coverage (project definition) = exceptions opened in the period that have an
   * owner / exceptions opened in the period, x100.
   */
  exceptionOwnerCoverage: KpiMeasure;
  /** First ISO week of the period. */
  fromWeek: Scalars['IsoWeek']['output'];
  /**
   * Fulfilment costs of the orders placed in the period (costs follow the order): outbound freight,
   * expedite premiums, pick/pack at the cost-to-serve rates, return costs and short-ship costs.
   */
  fulfilmentCostTotals: FulfilmentCostTotals;
  /** Current stock positions per product and branch (from the ERP). */
  inventorySnapshot: Array<InventorySnapshotRow>;
  /** Every item's velocity tier (from the ERP). */
  itemVelocityTiers: Array<ItemVelocityTier>;
  /**
   * Line fill rate = lines completely filled / lines requested, x100. A line is filled when its shipped
   * quantity reached the ordered quantity with no substitute, as of its order's last shipment.
   * Lines of orders placed in the period whose fulfilment is settled (shipped, delivered, or cancelled
   * for a supplier stockout); orders cancelled by the customer are excluded.
   */
  lineFillRate: KpiMeasure;
  /**
   * Margin leakage on the orders placed in the period (costs follow the order, whenever they were
   * incurred): expedite premiums, short-ship costs, return costs, and the ERP's price leakage of the
   * period's invoices.
   */
  marginLeakage: MarginLeakage;
  /**
   * On hand vs available-to-promise variance of the current stock positions (not of the period):
   * per product and branch, on hand - ATP, where ATP here = on hand - units allocated to open order
   * lines sourced from that branch; with the share of positions where the storefront's availability
   * (on hand - on hold - safety stock) differs from what could ship (on hand - allocated - on hold).
   */
  onHandVsAtpVariance: OnHandVsAtpVariance;
  /**
   * Order fill rate = orders filled completely without substitution or backorder / orders, x100.
   * Orders placed in the period whose fulfilment is settled (shipped, delivered, or cancelled for a
   * supplier stockout); orders cancelled by the customer are excluded.
   */
  orderFillRate: KpiMeasure;
  /** Orders placed per ISO week of the period, every week listed (0 when none): an input of the ERP's credit hold frequency. */
  ordersPlacedByWeek: Array<WeeklyCount>;
  /**
   * OTIF = orders delivered on time and in full / orders delivered in the period, x100: per order 1
   * when its last shipment arrived by the end of the promised date (UTC) and every line shipped in full
   * as the product ordered, else 0 (the mean of that flag, not the product of two rates). Same order
   * population as perfectOrderRate.
   */
  otif: KpiMeasure;
  /**
   * Perfect order rate (SCOR RL.1.1 Perfect Order Fulfillment) = perfect orders / orders delivered in
   * the period, x100. Orders delivered in the period: orders whose last shipment was delivered in the
   * period and that have nothing left to ship; orders cancelled by the customer are excluded. An order
   * is perfect when (a) every line shipped in full as the product ordered (no short ship, no
   * substitute), (b) its last shipment arrived by the end of the promised date (UTC), (c) no invoice of
   * it has a documentation dispute (an ERP fact the OMS records from the ERP's dispute feed, whenever
   * the dispute was opened) and (d) no shipment of it was damaged and no return of it has
   * reason damaged. An order failing several criteria counts once. The four component rates are
   * served alongside (their product, APQC's perfect order index, is a different number and is not
   * served here).
   */
  perfectOrderRate: PerfectOrder;
  /**
   * Pick/pack SLA adherence = shipments packed and staged by their ship cutoff (packedAt <= shipBy) /
   * shipments due, x100. Shipments due: those whose ship cutoff falls in the period and is not after
   * the dataset's as-of instant.
   */
  pickPackSlaAdherence: KpiMeasure;
  /** Hours from pick start to leaving the dock for the shipments whose ship cutoff falls in the period and that have shipped: median and 90th percentile. */
  pickToShipHours: PickToShipHours;
  /** Price leakage of the period's invoices (from the ERP). */
  priceLeakage: Money;
  /** Quote-to-order conversion and cycle time, with the 30-day conversion window of kpi-standards. */
  quoteToOrder: QuoteToOrder;
  /** Quotes recorded as lost in the period, by reason, with the share lost to delivery reliability or price. */
  quoteWinLoss: QuoteWinLoss;
  /**
   * Repeat order rate (project definition) = accounts placing an order in the period that had also
   * ordered in the 365 days before the period start / accounts placing an order in the period, x100.
   * Accounts are counted once per period, so the period's reading is not the sum of its weeks.
   */
  repeatOrderRate: KpiMeasure;
  /**
   * Return (RMA) cycle time over the returns credited in the period: customer-facing = mean days from
   * request to credit; internal = mean days from receipt at the branch to credit; with their 90th
   * percentiles.
   */
  returnCycleTime: ReturnCycleTime;
  /**
   * Self-serve order penetration (project definition) = orders placed through the PORTAL or the API /
   * orders placed in the period, x100. EDI orders are automated but not self-serve, so they count only
   * in the denominator, as do orders entered by reps.
   */
  selfServeOrderPenetration: KpiMeasure;
  /**
   * Units ordered per product and ISO week for the 8 weeks ending toWeek (orders by placed week;
   * orders cancelled by the customer excluded): the actuals for forecast accuracy. Only product-weeks
   * with demand are listed.
   */
  skuWeeklyDemand: Array<SkuWeekQuantity>;
  /** Substitution rate = lines shipped with a substitute product / lines ordered, x100, over the lines of orders placed in the period. */
  substitutionRate: KpiMeasure;
  /** Last ISO week of the period (inclusive). */
  toWeek: Scalars['IsoWeek']['output'];
  /**
   * The exception types that cost most in the period (exceptions opened in the period): volume or
   * margin impact, ownership and median resolution time, ranked as asked.
   */
  topExceptions: Array<ExceptionTypeSummary>;
  /**
   * Unit fill rate = units shipped / units ordered, x100, over the lines of orders placed in the
   * period whose fulfilment is settled (shipped, delivered, or cancelled for a supplier stockout);
   * orders cancelled by the customer are excluded.
   */
  unitFillRate: KpiMeasure;
};


/**
 * A span of consecutive ISO weeks (Monday to Sunday, UTC) that KPIs are measured over. The
 * operating model (ops) creates periods; the OMS adds the fulfilment, quote and exception KPIs it
 * owns. Every KPI states its formula and which orders, lines or events fall in the period.
 */
export type KpiPeriodBackorderIncidenceArgs = {
  by?: InputMaybe<BackorderDimension>;
};


/**
 * A span of consecutive ISO weeks (Monday to Sunday, UTC) that KPIs are measured over. The
 * operating model (ops) creates periods; the OMS adds the fulfilment, quote and exception KPIs it
 * owns. Every KPI states its formula and which orders, lines or events fall in the period.
 */
export type KpiPeriodCampaignInfluencedOrdersArgs = {
  by?: InputMaybe<OrderSegmentDimension>;
};


/**
 * A span of consecutive ISO weeks (Monday to Sunday, UTC) that KPIs are measured over. The
 * operating model (ops) creates periods; the OMS adds the fulfilment, quote and exception KPIs it
 * owns. Every KPI states its formula and which orders, lines or events fall in the period.
 */
export type KpiPeriodCancellationRateArgs = {
  by?: InputMaybe<CancellationDimension>;
};


/**
 * A span of consecutive ISO weeks (Monday to Sunday, UTC) that KPIs are measured over. The
 * operating model (ops) creates periods; the OMS adds the fulfilment, quote and exception KPIs it
 * owns. Every KPI states its formula and which orders, lines or events fall in the period.
 */
export type KpiPeriodCostToServeArgs = {
  by: CostToServeDimension;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A span of consecutive ISO weeks (Monday to Sunday, UTC) that KPIs are measured over. The
 * operating model (ops) creates periods; the OMS adds the fulfilment, quote and exception KPIs it
 * owns. Every KPI states its formula and which orders, lines or events fall in the period.
 */
export type KpiPeriodOnHandVsAtpVarianceArgs = {
  by?: InputMaybe<StockPositionDimension>;
};


/**
 * A span of consecutive ISO weeks (Monday to Sunday, UTC) that KPIs are measured over. The
 * operating model (ops) creates periods; the OMS adds the fulfilment, quote and exception KPIs it
 * owns. Every KPI states its formula and which orders, lines or events fall in the period.
 */
export type KpiPeriodPerfectOrderRateArgs = {
  by?: InputMaybe<PerfectOrderDimension>;
};


/**
 * A span of consecutive ISO weeks (Monday to Sunday, UTC) that KPIs are measured over. The
 * operating model (ops) creates periods; the OMS adds the fulfilment, quote and exception KPIs it
 * owns. Every KPI states its formula and which orders, lines or events fall in the period.
 */
export type KpiPeriodPickPackSlaAdherenceArgs = {
  by?: InputMaybe<PickPackDimension>;
};


/**
 * A span of consecutive ISO weeks (Monday to Sunday, UTC) that KPIs are measured over. The
 * operating model (ops) creates periods; the OMS adds the fulfilment, quote and exception KPIs it
 * owns. Every KPI states its formula and which orders, lines or events fall in the period.
 */
export type KpiPeriodRepeatOrderRateArgs = {
  by?: InputMaybe<OrderSegmentDimension>;
};


/**
 * A span of consecutive ISO weeks (Monday to Sunday, UTC) that KPIs are measured over. The
 * operating model (ops) creates periods; the OMS adds the fulfilment, quote and exception KPIs it
 * owns. Every KPI states its formula and which orders, lines or events fall in the period.
 */
export type KpiPeriodSelfServeOrderPenetrationArgs = {
  by?: InputMaybe<OrderSegmentDimension>;
};


/**
 * A span of consecutive ISO weeks (Monday to Sunday, UTC) that KPIs are measured over. The
 * operating model (ops) creates periods; the OMS adds the fulfilment, quote and exception KPIs it
 * owns. Every KPI states its formula and which orders, lines or events fall in the period.
 */
export type KpiPeriodSubstitutionRateArgs = {
  by?: InputMaybe<OrderSegmentDimension>;
};


/**
 * A span of consecutive ISO weeks (Monday to Sunday, UTC) that KPIs are measured over. The
 * operating model (ops) creates periods; the OMS adds the fulfilment, quote and exception KPIs it
 * owns. Every KPI states its formula and which orders, lines or events fall in the period.
 */
export type KpiPeriodTopExceptionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  rankBy?: InputMaybe<ExceptionRanking>;
};

/**
 * One measured value of a KPI for a period, with the numerator and denominator it was computed from,
 * so readings roll up as a ratio of sums and never as an average of ratios.
 */
export type KpiReading = {
  __typename?: 'KpiReading';
  /** What it was divided by. */
  denominator: Scalars['Decimal']['output'];
  /** The dimension this reading is cut by (e.g. segment), or null for the whole period. */
  dimension: Maybe<Scalars['String']['output']>;
  /** The dimension's value (e.g. contractor), or null for the whole period. */
  dimensionValue: Maybe<Scalars['String']['output']>;
  /** Whether higher or lower is better. */
  direction: KpiDirection;
  /** First ISO week of the period the reading covers. */
  fromWeek: Scalars['IsoWeek']['output'];
  /** The KPI's catalog name, e.g. perfect_order_rate. */
  kpi: Scalars['String']['output'];
  /** What was counted or summed on top of the ratio. */
  numerator: Scalars['Decimal']['output'];
  /** Last ISO week of the period the reading covers (inclusive). */
  toWeek: Scalars['IsoWeek']['output'];
  /** The unit of value. */
  unit: KpiUnit;
  /** numerator / denominator in the KPI's unit (x100 for PERCENT), 4 decimals; null when the denominator is 0 (nothing to measure). */
  value: Maybe<Scalars['Decimal']['output']>;
};

/** What a KPI value is measured in. */
export type KpiUnit =
  /** A count of events or documents. */
  | 'COUNT'
  /** Calendar days. */
  | 'DAYS'
  /** Hours. */
  | 'HOURS'
  /** An amount of money in the reading's currency (USD). */
  | 'MONEY'
  /** A share, value = 100 x numerator / denominator. */
  | 'PERCENT'
  /** A plain ratio, numerator / denominator. */
  | 'RATIO'
  /** A quantity of stock units. */
  | 'UNITS';

/** How many quotes were lost for one reason. */
export type LossReasonCount = {
  __typename?: 'LossReasonCount';
  /** Quotes lost for this reason. */
  count: Scalars['Int']['output'];
  /** Why the quotes were lost. */
  reason: QuoteLostReason;
  /** Quotes lost for this reason / quotes lost, x100, 4 decimals. */
  share: Scalars['Decimal']['output'];
};

/** Margin leaking away on the period's orders, in money and as a share of revenue. */
export type MarginLeakage = {
  __typename?: 'MarginLeakage';
  /** Expedite premiums paid on the shipments of the orders. */
  expedite: Money;
  /** total / revenue, x100; revenue = shipped value of the orders (kpi margin_leakage_percent). */
  percentOfRevenue: KpiReading;
  /** Price leakage of the period's invoices, from the ERP: (list price - invoiced price) x quantity, floored at 0 per line. */
  price: Money;
  /** Return costs: return freight, restocking and write-off of the orders' returns. */
  returns: Money;
  /**
   * Short-ship costs: the value of units cancelled on orders that did ship (credited, never invoiced)
   * plus the freight of re-shipments (every shipment of an order after its first from the same branch,
   * i.e. backorder fills).
   */
  shortShip: Money;
  /** expedite + shortShip + returns + price. */
  total: Money;
};

/** An amount of money: exact decimal string plus ISO 4217 currency. */
export type Money = {
  __typename?: 'Money';
  /** Exact decimal amount, two fraction digits, e.g. "1234.50". */
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 currency code, e.g. USD. */
  currencyCode: Scalars['String']['output'];
  /** The amount in integer minor units (cents), as a string. */
  minorUnits: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Applies integration events the OMS owns (purchase_order, order_status_change,
   * warehouse_shipping_advice, shipment_telemetry, return_authorization, return) in one transaction.
   * Answers one outcome per event, in input order: each applies whole or fails alone with a reason.
   */
  applyOmsEvents: Array<OmsEventOutcome>;
  /**
   * Opens one exception per integration event the intake rejected or the owning domain could not apply
   * (type integration_rejected or integration_failed, id "EX-" + the event id), counted by the
   * exception KPIs at once. An event that already has its exception is skipped. Answers how many
   * were opened.
   */
  openIntegrationExceptions: Scalars['Int']['output'];
  /** Resolves the open exceptions of these integration events (e.g. once a retry applied them). Answers how many were resolved. */
  resolveIntegrationExceptions: Scalars['Int']['output'];
};


export type MutationApplyOmsEventsArgs = {
  events: Array<OmsEventToApply>;
};


export type MutationOpenIntegrationExceptionsArgs = {
  exceptions: Array<IntegrationExceptionInput>;
};


export type MutationResolveIntegrationExceptionsArgs = {
  eventIds: Array<Scalars['ID']['input']>;
  resolvedAt: Scalars['String']['input'];
};

/** What became of one integration event. */
export type OmsEventOutcome = {
  __typename?: 'OmsEventOutcome';
  /** The event's id, as sent. */
  eventId: Scalars['ID']['output'];
  /** applied (now), already_applied (by an earlier delivery: nothing changed again) or failed. */
  outcome: Scalars['String']['output'];
  /** Why it failed, for a partner manager to act on, e.g. "order SO-000123 does not exist"; null unless failed. */
  reason: Maybe<Scalars['String']['output']>;
};

/** The trading partner an integration event came from, as the OMS needs it to apply the event. */
export type OmsEventPartner = {
  /** The customer account a customer partner trades as; its events may touch only that account's orders. */
  accountId?: InputMaybe<Scalars['String']['input']>;
  /** The branch a warehouse or 3PL partner reports for, and the branch an EDI customer's orders are sourced from. */
  branchCode?: InputMaybe<Scalars['String']['input']>;
  /** The partner's id in the integration intake. */
  id: Scalars['String']['input'];
  /** The supplier a supplier partner is. */
  supplierId?: InputMaybe<Scalars['String']['input']>;
};

/** An integration event for the OMS to apply (lib/events/model.ts EventToApply). */
export type OmsEventToApply = {
  /** The event's id in the integration intake; applying the same id again changes nothing. */
  eventId: Scalars['ID']['input'];
  /** When it happened at the partner, ISO 8601; null when the document does not say. */
  occurredAt?: InputMaybe<Scalars['String']['input']>;
  /** The trading partner that sent it. */
  partner: OmsEventPartner;
  /** The event's payload as JSON text, shaped as the type's payload in lib/events/model.ts. */
  payload: Scalars['String']['input'];
  /** When the integration intake received it, ISO 8601. */
  receivedAt: Scalars['String']['input'];
  /** The event type, e.g. "purchase_order", "order_status_change". */
  type: Scalars['String']['input'];
};

/** On hand vs available-to-promise variance of the current stock positions. */
export type OnHandVsAtpVariance = {
  __typename?: 'OnHandVsAtpVariance';
  /** Available to promise: on hand - units allocated to open order lines. */
  availableToPromise: Scalars['Int']['output'];
  /** The same per branch, ordered by branch code (empty unless cut by branch). */
  byBranch: Array<BranchAtpVariance>;
  /** Units on hand over the positions. */
  onHand: Scalars['Int']['output'];
  /** Product-branch positions counted (the ERP's positions plus any position with open allocations). */
  positions: Scalars['Int']['output'];
  /**
   * Positions where the storefront's availability (on hand - on hold - safety stock) differs from
   * what could ship (on hand - allocated - on hold) / positions, x100 (kpi storefront_availability_mismatch).
   */
  storefrontMismatch: KpiReading;
  /** on hand - available to promise, i.e. the units promised to open orders. */
  variance: Scalars['Int']['output'];
};

/** A customer's sales order: what was ordered, from which branch, and how far it has got. */
export type Order = {
  __typename?: 'Order';
  /** The customer account that placed the order. */
  account: Account;
  /** The marketing campaign the order is attributed to, if any. */
  campaign: Maybe<Campaign>;
  /** Why the order was cancelled, in free text; null unless it is cancelled. */
  cancelReason: Maybe<Scalars['String']['output']>;
  /** Who cancelled the order; null unless it is cancelled. */
  cancelledBy: Maybe<CancellationInitiator>;
  /** How the order reached us: customer portal, sales rep, EDI or API. */
  channel: OrderChannel;
  /** The customer's own purchase order number, if they gave one. */
  customerPo: Maybe<Scalars['String']['output']>;
  /** Fulfilment exceptions raised against the order, oldest opened first. */
  exceptions: Array<OrderException>;
  /** The order number, e.g. "SO-000001". */
  id: Scalars['ID']['output'];
  /** How many lines the order has. */
  lineCount: Scalars['Int']['output'];
  /** The order's lines, by line number. */
  lines: Array<OrderLine>;
  /** Value ordered: sum over lines of ordered quantity x unit price. */
  orderedValue: Money;
  /** When the order was placed. */
  placedAt: Scalars['DateTime']['output'];
  /** The delivery date we committed to (the reference for on-time measures). */
  promisedDate: Scalars['Date']['output'];
  /** The quote this order was converted from, if any. */
  quote: Maybe<Quote>;
  /** The delivery date the customer asked for. */
  requestedDate: Scalars['Date']['output'];
  /** Return authorizations raised against the order, oldest requested first. */
  returns: Array<Return>;
  /** The branch that serves the order's ship-to address by default. */
  shipToBranch: Branch;
  /** The shipments that carry the order's goods, earliest ship cutoff first. */
  shipments: Array<Shipment>;
  /** Value shipped: sum over lines of shipped quantity x unit price. */
  shippedValue: Money;
  /** Where the order is now in its life cycle. */
  status: OrderStatus;
  /** Every status the order has passed through, oldest first. */
  statusHistory: Array<OrderStatusChange>;
};

/** How an order reached us. */
export type OrderChannel =
  /** Submitted by the customer's system through our ordering API. */
  | 'API'
  /** Received as an EDI 850 purchase order. */
  | 'EDI'
  /** Placed by the customer on the self-service web portal. */
  | 'PORTAL'
  /** Entered by one of our sales or inside-sales reps. */
  | 'REP';

/** A page of sales orders. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The orders on this page, each with its cursor. */
  edges: Array<OrderEdge>;
  /** Whether another page follows, and the cursor to fetch it. */
  pageInfo: PageInfo;
  /** How many orders match in all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** One sales order in a page, with its cursor. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Pass as `after` to continue after this order. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
};

/** Something that went wrong in fulfilment and needs someone to act: a short ship, a late shipment, a bad address ... */
export type OrderException = {
  __typename?: 'OrderException';
  /** Hours the exception has been open: to resolvedAt once resolved, else to the as-of instant (the dataset's, else now; never before openedAt). */
  ageHours: Scalars['Float']['output'];
  /** The branch where the exception arose, if known. */
  branch: Maybe<Branch>;
  /** What happened, in the words of whoever raised it. */
  description: Scalars['String']['output'];
  /** The exception number, e.g. "EX-000001". */
  id: Scalars['ID']['output'];
  /** The integration event that opened it, with its raw and normalized payload (from the integration domain); null for other exceptions. */
  integrationEvent: Maybe<IntegrationEvent>;
  /** The integration event that opened it (an EDI or API event the intake rejected or the owning domain could not apply); null for other exceptions. */
  integrationEventId: Maybe<Scalars['ID']['output']>;
  /** The margin lost to the exception (re-ship freight, credits, expedite premiums). */
  marginImpact: Money;
  /** When the exception was raised. */
  openedAt: Scalars['DateTime']['output'];
  /** The order affected, if the exception concerns one. */
  order: Maybe<Order>;
  /** Who is working on it; null means nobody owns it. */
  owner: Maybe<Scalars['String']['output']>;
  /** The product affected, if the exception concerns one. */
  product: Maybe<Product>;
  /** Hours from openedAt to resolvedAt; null while open. */
  resolutionHours: Maybe<Scalars['Float']['output']>;
  /** When it was resolved; null while still open. */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** The shipment affected, if the exception concerns one. */
  shipment: Maybe<Shipment>;
  /**
   * True when the SLA was missed: resolved after slaDueAt, or still open past slaDueAt at the
   * dataset's as-of instant.
   */
  slaBreached: Scalars['Boolean']['output'];
  /** When it must be resolved by, under its service-level agreement. */
  slaDueAt: Scalars['DateTime']['output'];
  /** What kind of exception it is, e.g. "short_ship", "late_shipment", "address_invalid". */
  type: Scalars['String']['output'];
};

/** A page of fulfilment exceptions. */
export type OrderExceptionConnection = {
  __typename?: 'OrderExceptionConnection';
  /** The exceptions on this page, each with its cursor. */
  edges: Array<OrderExceptionEdge>;
  /** Whether another page follows, and the cursor to fetch it. */
  pageInfo: PageInfo;
  /** How many exceptions match in all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** One fulfilment exception in a page, with its cursor. */
export type OrderExceptionEdge = {
  __typename?: 'OrderExceptionEdge';
  /** Pass as `after` to continue after this exception. */
  cursor: Scalars['String']['output'];
  /** The exception. */
  node: OrderException;
};

/** Narrows a list of orders. Every condition given must hold; lists match any of their values. */
export type OrderFilter = {
  /** Only orders placed by this customer account, e.g. "ACCT-0001". */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Only orders that came in through one of these channels. */
  channel?: InputMaybe<Array<OrderChannel>>;
  /** Only orders placed on or after this calendar date (UTC). */
  placedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only orders placed on or before this calendar date (UTC), the whole day included. */
  placedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only orders currently in one of these statuses. */
  status?: InputMaybe<Array<OrderStatus>>;
};

/** One line of a sales order: a product, the quantity asked for and what became of it. */
export type OrderLine = {
  __typename?: 'OrderLine';
  /** Units currently allocated from stock to this line. */
  allocatedQuantity: Scalars['Int']['output'];
  /** Units on backorder, waiting for stock. */
  backorderedQuantity: Scalars['Int']['output'];
  /** The date the line went on backorder; null when it never did. */
  backorderedSince: Maybe<Scalars['Date']['output']>;
  /** Units cancelled from the line. */
  cancelledQuantity: Scalars['Int']['output'];
  /** Ordered quantity x unit price. */
  extendedPrice: Money;
  /** True when the shipped quantity reached the ordered quantity with no substitute product. */
  filledInFull: Scalars['Boolean']['output'];
  /** The line's position on the order, starting at 1. */
  lineNumber: Scalars['Int']['output'];
  /** Units the customer ordered. */
  orderedQuantity: Scalars['Int']['output'];
  /** The product the customer ordered. */
  product: Product;
  /** Units shipped so far (of the ordered or the substitute product). */
  shippedQuantity: Scalars['Int']['output'];
  /** The branch the line is fulfilled from. */
  sourcingBranch: Branch;
  /** The product shipped in place of the ordered one, when a substitute was sent. */
  substitutedProduct: Maybe<Product>;
  /** The price per unit agreed on the order. */
  unitPrice: Money;
};

/** How order-based KPIs can be cut by customer. */
export type OrderSegmentDimension =
  /** By the customer segment of the ordering account. */
  | 'SEGMENT';

/** Where an order is in its life cycle. */
export type OrderStatus =
  /** Stock is allocated to the order's lines. */
  | 'ALLOCATED'
  /** The order was cancelled; see cancelledBy and cancelReason. */
  | 'CANCELLED'
  /** Held until the customer's credit is cleared. */
  | 'CREDIT_HOLD'
  /** The customer has received the goods. */
  | 'DELIVERED'
  /** Some of the goods have shipped; the rest are still to come. */
  | 'PARTIALLY_SHIPPED'
  /** The warehouse is picking the order. */
  | 'PICKING'
  /** Received, not yet checked for credit or allocated. */
  | 'PLACED'
  /** Everything that will ship has shipped. */
  | 'SHIPPED';

/** One step in an order's status history. */
export type OrderStatusChange = {
  __typename?: 'OrderStatusChange';
  /** When the order moved into that status. */
  changedAt: Scalars['DateTime']['output'];
  /** Why the status changed, when someone noted it. */
  note: Maybe<Scalars['String']['output']>;
  /** The step's position in the history, starting at 1. */
  sequence: Scalars['Int']['output'];
  /** The status the order moved into. */
  status: OrderStatus;
};

/** Where a page of a list ends, for cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` to get the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** The perfect order rate and its four SCOR components, over the orders delivered in the period. */
export type PerfectOrder = {
  __typename?: 'PerfectOrder';
  /** Orders with no damaged shipment and no return for damage / orders delivered, x100 (SCOR RL.2.4). */
  damageFree: KpiMeasure;
  /** Orders with no documentation dispute on their invoices (ERP) / orders delivered, x100 (SCOR RL.2.3). */
  documentationAccurate: KpiMeasure;
  /** Orders whose every line shipped in full as the product ordered / orders delivered, x100 (SCOR RL.2.1). */
  inFull: KpiMeasure;
  /** Orders whose last shipment arrived by the end of the promised date (UTC) / orders delivered, x100 (SCOR RL.2.2). */
  onTime: KpiMeasure;
  /** Perfect orders / orders delivered, x100 (kpi perfect_order_rate). */
  rate: KpiMeasure;
};

/** How the perfect order rates can be cut. */
export type PerfectOrderDimension =
  /** By the channel the order came in through. */
  | 'CHANNEL'
  /** By the customer segment of the ordering account. */
  | 'SEGMENT';

/** How pick/pack SLA adherence can be cut. */
export type PickPackDimension =
  /** By the branch that picked and shipped. */
  | 'BRANCH'
  /** By the channel the order came in through. */
  | 'CHANNEL';

/** Hours from pick start to leaving the dock. */
export type PickToShipHours = {
  __typename?: 'PickToShipHours';
  /** The median (50th percentile, linear interpolation); null when nothing shipped. */
  median: Maybe<Scalars['Decimal']['output']>;
  /** The 90th percentile (linear interpolation); null when nothing shipped. */
  p90: Maybe<Scalars['Decimal']['output']>;
};

/** A shipment the promise plans. */
export type PlannedShipment = {
  __typename?: 'PlannedShipment';
  /** The branch it ships from. */
  branch: Branch;
  /** When it arrives. */
  deliveryDate: DateRange;
  /** Units: the whole quantity when shipping complete; for a split shipment, null unless the caller sees exact stock. */
  quantity: Maybe<Scalars['Int']['output']>;
  /** When it leaves. */
  shipDate: DateRange;
};

/** A product the distributor sells, as the product information system describes it. */
export type Product = {
  __typename?: 'Product';
  /**
   * Units allocated to open order lines (orders not shipped, delivered or cancelled), across all
   * branches. Null unless the caller sees exact stock (signed-in buyers and staff, or staff only
   * with OPSGRAPH_EXACT_STOCK_FOR=staff); availability's band is for everyone.
   */
  allocatedQuantity: Maybe<Scalars['Int']['output']>;
  /**
   * What can be sold, per branch and across the network, as of the ERP's last inventory sync: on
   * hand, allocated to open orders, on hold, safety stock and available (on hand - allocated - on
   * hold - safety stock, never below 0), and per branch time-phased ATP over the horizon (on hand -
   * committed + scheduled receipts, with cumulative ATP never above the lowest later projection).
   * Signed-in buyers and staff see exact quantities; anonymous visitors see bands (IN_STOCK,
   * LOW_STOCK, OUT_OF_STOCK with the lead time) and no ATP (see the README's storefront section).
   */
  availability: Availability;
  /**
   * Units free to promise across the network: on hand - allocated - on hold - safety stock.
   * Negative when commitments exceed free stock. Null unless the caller sees exact stock (signed-in
   * buyers and staff, or staff only with OPSGRAPH_EXACT_STOCK_FOR=staff); availability's band is for everyone.
   */
  availableQuantity: Maybe<Scalars['Int']['output']>;
  /** Units physically on hand, summed over every branch; 0 when no branch holds the product; null unless the caller sees exact stock. */
  networkOnHand: Maybe<Scalars['Int']['output']>;
  /** Units on hold (quality, damage, cycle count), summed over every branch; 0 when no branch holds the product; null unless the caller sees exact stock. */
  networkOnHold: Maybe<Scalars['Int']['output']>;
  /** Safety stock units reserved, summed over every branch; 0 when no branch holds the product; null unless the caller sees exact stock. */
  networkSafetyStock: Maybe<Scalars['Int']['output']>;
  /**
   * When a quantity shipped from a branch reaches the buyer, at P50 and P90, and why: the part
   * promisable from stock now, then the inbound purchase order lines it draws on (what other
   * orders have not already claimed, by time-phased ATP) dated by ETA plus that supplier's measured
   * slip, then the supplier lead time for anything left; each plus the branch's measured pick/pack
   * time and transit. With the options to ship complete or split. Every caller gets the dates and
   * the reasons in words; only staff are told the purchase orders and suppliers behind them, and
   * only callers who see exact stock the quantities (see the README's storefront section).
   */
  promise: DeliveryPromise;
  /** The stock keeping unit, e.g. "BRG-6204-2RS". */
  sku: Scalars['ID']['output'];
  /** The ERP's supply facts as one JSON document (lib/supply-facts.ts): stock by branch, inbound lines with supplier ETA slip, lead time. */
  supplyFacts: Scalars['String']['output'];
};


/** A product the distributor sells, as the product information system describes it. */
export type ProductAvailabilityArgs = {
  branchCode?: InputMaybe<Scalars['ID']['input']>;
  horizonDays?: InputMaybe<Scalars['Int']['input']>;
};


/** A product the distributor sells, as the product information system describes it. */
export type ProductPromiseArgs = {
  branchCode: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

/** A part of the promised quantity with its dates. */
export type PromisePart = {
  __typename?: 'PromisePart';
  /** When it is expected at the branch (INBOUND and LEAD_TIME). */
  arrivalDate: Maybe<DateRange>;
  /** When it reaches the buyer. */
  deliveryDate: DateRange;
  /** The supplier's ETA (INBOUND); null unless the caller is staff. arrivalDate is the date for everyone. */
  eta: Maybe<Scalars['Date']['output']>;
  /** Where it comes from. */
  kind: PromisePartKind;
  /** The purchase order line (INBOUND); null unless the caller is staff. */
  lineNumber: Maybe<Scalars['Int']['output']>;
  /** The purchase order it arrives on (INBOUND); null unless the caller is staff (our sourcing). */
  purchaseOrderId: Maybe<Scalars['ID']['output']>;
  /** Units; null unless the caller sees exact stock (the stock part's units are the stock free now). */
  quantity: Maybe<Scalars['Int']['output']>;
  /** When it leaves the branch. */
  shipDate: DateRange;
  /** The supplier (INBOUND and LEAD_TIME); null unless the caller is staff. */
  supplierId: Maybe<Scalars['ID']['output']>;
};

/** Where a part of a promised quantity comes from. */
export type PromisePartKind =
  /** An inbound purchase order line. */
  | 'INBOUND'
  /** A new order on the supplier, at its lead time. */
  | 'LEAD_TIME'
  /** Stock at the branch now. */
  | 'STOCK';

/** One contributor to a promise date, in words. */
export type PromiseReason = {
  __typename?: 'PromiseReason';
  /** IN_STOCK, INBOUND_SUPPLY, POOLED_SUPPLIER_HISTORY, NO_SUPPLIER_HISTORY, EARLY_DELIVERIES_NOT_COUNTED, SUPPLIER_LEAD_TIME, PICK_PACK or TRANSIT. */
  code: Scalars['String']['output'];
  /**
   * The reason as a buyer would read it. Only staff are told the purchase order, the supplier and
   * its delivery record; only callers who see exact stock are told unit counts ("5 of 40 units"),
   * others read "some of the 40 units".
   */
  message: Scalars['String']['output'];
};

/** Entry points into the graph: look-ups by key and filtered, paginated lists. */
export type Query = {
  __typename?: 'Query';
  /** Fulfilment exceptions (short ships, late shipments, bad addresses ...), newest opened first. */
  exceptions: OrderExceptionConnection;
  /**
   * Open exceptions past their SLA (slaDueAt before the as-of instant: the dataset's, else now, as
   * slaBreached measures), one group per owner and one for those nobody owns, the group due
   * earliest first. For the integration intake's alert rule, called on this subgraph directly; staff only.
   */
  exceptionsPastSlaByOwner: Array<ExceptionsPastSla>;
  /** One sales order by its number, e.g. "SO-000001"; null when no such order exists. */
  order: Maybe<Order>;
  /** Sales orders, newest placed first, optionally narrowed by account, status, channel and placement date. */
  orders: OrderConnection;
  /** One quote by its number, e.g. "Q-000001"; null when no such quote exists. */
  quote: Maybe<Quote>;
  /** One return authorization (RMA) by its number, e.g. "RMA-000001"; null when no such return exists. */
  return: Maybe<Return>;
  /** One shipment by its number, e.g. "SH-000001"; null when no such shipment exists. */
  shipment: Maybe<Shipment>;
};


/** Entry points into the graph: look-ups by key and filtered, paginated lists. */
export type QueryExceptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExceptionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points into the graph: look-ups by key and filtered, paginated lists. */
export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points into the graph: look-ups by key and filtered, paginated lists. */
export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points into the graph: look-ups by key and filtered, paginated lists. */
export type QueryQuoteArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points into the graph: look-ups by key and filtered, paginated lists. */
export type QueryReturnArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points into the graph: look-ups by key and filtered, paginated lists. */
export type QueryShipmentArgs = {
  id: Scalars['ID']['input'];
};

/** A priced offer to a customer that may become an order. */
export type Quote = {
  __typename?: 'Quote';
  /** The customer account the quote was issued to. */
  account: Account;
  /** The quote's total value. */
  amount: Money;
  /** Whether the customer built the quote themselves or a rep prepared it. */
  channel: Maybe<QuoteChannel>;
  /** When the customer turned the quote into an order; null unless converted. */
  convertedAt: Maybe<Scalars['DateTime']['output']>;
  /** When the quoted prices stop being valid. */
  expiresAt: Scalars['DateTime']['output'];
  /** The quote number, e.g. "Q-000001". */
  id: Scalars['ID']['output'];
  /** When the quote was issued. */
  issuedAt: Scalars['DateTime']['output'];
  /** When the quote was recorded as lost; null unless lost. */
  lostAt: Maybe<Scalars['DateTime']['output']>;
  /** Why the customer did not buy; null unless lost. */
  lostReason: Maybe<QuoteLostReason>;
  /** The order placed from this quote; null unless converted. */
  order: Maybe<Order>;
  /** Where the quote stands: open, converted to an order, lost or expired. */
  status: Maybe<QuoteStatus>;
};

/** Who prepared a quote. */
export type QuoteChannel =
  /** A sales rep prepared it for the customer. */
  | 'ASSISTED'
  /** The customer configured and priced it themselves online. */
  | 'SELF_SERVE';

/** A page of quotes. */
export type QuoteConnection = {
  __typename?: 'QuoteConnection';
  /** The quotes on this page, each with its cursor. */
  edges: Array<QuoteEdge>;
  /** Whether another page follows, and the cursor to fetch it. */
  pageInfo: PageInfo;
  /** How many quotes match in all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** How quote-to-order KPIs can be cut. */
export type QuoteDimension =
  /** By who prepared the quote: the customer (self-serve) or a rep (assisted). */
  | 'QUOTE_CHANNEL';

/** One quote in a page, with its cursor. */
export type QuoteEdge = {
  __typename?: 'QuoteEdge';
  /** Pass as `after` to continue after this quote. */
  cursor: Scalars['String']['output'];
  /** The quote. */
  node: Quote;
};

/** Why a quote was lost. */
export type QuoteLostReason =
  /** The customer bought from a competitor. */
  | 'COMPETITOR'
  /** The customer's credit did not allow the order. */
  | 'CREDIT'
  /** The customer doubted we would deliver when promised. */
  | 'DELIVERY_RELIABILITY'
  /** Our lead time was too long. */
  | 'LEAD_TIME'
  /** The customer never decided. */
  | 'NO_DECISION'
  /** Our price was too high. */
  | 'PRICE';

/** Where a quote stands. */
export type QuoteStatus =
  /** The customer turned it into an order. */
  | 'CONVERTED'
  /** It passed its expiry date without a decision. */
  | 'EXPIRED'
  /** The customer decided not to buy (see lostReason). */
  | 'LOST'
  /** Still valid and awaiting the customer's decision. */
  | 'OPEN';

/** Quote-to-order KPIs with a 30-day conversion window. */
export type QuoteToOrder = {
  __typename?: 'QuoteToOrder';
  /**
   * Quote conversion = quotes converted to an order within 30 days of issue / quotes issued in the
   * period, x100 (quotes by issue week; a week less than 30 days old is still maturing).
   */
  conversion: KpiMeasure;
  /**
   * Quote-to-order cycle time = sum of (order placed - quote issued) in days / quotes converted within
   * 30 days of issue, over the quotes converted in the period (by the week the order was placed).
   */
  cycleTimeDays: KpiMeasure;
};


/** Quote-to-order KPIs with a 30-day conversion window. */
export type QuoteToOrderConversionArgs = {
  by?: InputMaybe<QuoteDimension>;
};


/** Quote-to-order KPIs with a 30-day conversion window. */
export type QuoteToOrderCycleTimeDaysArgs = {
  by?: InputMaybe<QuoteDimension>;
};

/** Why quotes were lost in the period (quotes by the week they were recorded as lost). */
export type QuoteWinLoss = {
  __typename?: 'QuoteWinLoss';
  /** Lost quotes by reason, most frequent first. */
  byReason: Array<LossReasonCount>;
  /** Quotes lost to delivery reliability or price / quotes lost, x100 (kpi quote_loss_delivery_or_price_share). */
  deliveryOrPriceShare: KpiReading;
  /** Quotes recorded as lost in the period. */
  lost: Scalars['Int']['output'];
};

/** A return authorization (RMA): goods from one order line coming back for credit. */
export type Return = {
  __typename?: 'Return';
  /** When we authorized the return; null until then. */
  authorizedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the return cost us: return freight, restocking and write-off. */
  cost: Money;
  /** The credit given (or to be given) to the customer. */
  credit: Money;
  /** When the customer was credited; null until then. */
  creditedAt: Maybe<Scalars['DateTime']['output']>;
  /** Days from request to credit (creditedAt - requestedAt), the customer-facing return cycle time. Null until credited. */
  cycleDays: Maybe<Scalars['Float']['output']>;
  /** The return authorization number, e.g. "RMA-000001". */
  id: Scalars['ID']['output'];
  /** When the goods were inspected; null until then. */
  inspectedAt: Maybe<Scalars['DateTime']['output']>;
  /** The line of that order being returned. */
  lineNumber: Scalars['Int']['output'];
  /** The order the goods were shipped on. */
  order: Order;
  /** The product being returned. */
  product: Product;
  /** Units being returned. */
  quantity: Scalars['Int']['output'];
  /** Why the customer is returning the goods. */
  reason: ReturnReason;
  /** When the goods arrived back at a branch; null until then. */
  receivedAt: Maybe<Scalars['DateTime']['output']>;
  /** When the customer asked to return the goods. */
  requestedAt: Scalars['DateTime']['output'];
  /** Where the return is in its life cycle. */
  status: ReturnStatus;
};

/** A page of return authorizations. */
export type ReturnConnection = {
  __typename?: 'ReturnConnection';
  /** The returns on this page, each with its cursor. */
  edges: Array<ReturnEdge>;
  /** Whether another page follows, and the cursor to fetch it. */
  pageInfo: PageInfo;
  /** How many returns match in all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** Return (RMA) cycle times over the returns credited in the period. */
export type ReturnCycleTime = {
  __typename?: 'ReturnCycleTime';
  /** Mean days from the customer's request to the credit: sum of days / returns credited (kpi return_cycle_time). */
  customerFacing: KpiMeasure;
  /** 90th percentile of the customer-facing days (linear interpolation); null when no return was credited. */
  customerFacingP90Days: Maybe<Scalars['Decimal']['output']>;
  /** Mean days from receipt at the branch to the credit: sum of days / returns credited (kpi return_internal_cycle_time). */
  internal: KpiMeasure;
  /** 90th percentile of the internal days (linear interpolation); null when no return was credited. */
  internalP90Days: Maybe<Scalars['Decimal']['output']>;
};

/** One return authorization in a page, with its cursor. */
export type ReturnEdge = {
  __typename?: 'ReturnEdge';
  /** Pass as `after` to continue after this return. */
  cursor: Scalars['String']['output'];
  /** The return. */
  node: Return;
};

/** Why goods are being returned. */
export type ReturnReason =
  /** The goods arrived damaged. */
  | 'DAMAGED'
  /** The product does not work as specified. */
  | 'DEFECTIVE'
  /** The goods arrived too late to be of use. */
  | 'LATE_DELIVERY'
  /** The customer no longer needs the goods. */
  | 'NOT_NEEDED'
  /** We shipped a different product from the one ordered. */
  | 'WRONG_ITEM';

/** Where a return is in its life cycle. */
export type ReturnStatus =
  /** We have authorized the return. */
  | 'AUTHORIZED'
  /** The customer has been credited; the return is closed. */
  | 'CREDITED'
  /** The goods have been inspected. */
  | 'INSPECTED'
  /** The goods are back at a branch. */
  | 'RECEIVED'
  /** We refused the return. */
  | 'REJECTED'
  /** The customer has asked to return the goods. */
  | 'REQUESTED';

/** The weekly operating scorecard of one ISO week. */
export type Scorecard = {
  __typename?: 'Scorecard';
  /**
   * One reading per ISO week for the 13 weeks ending week (oldest first, dimension null) of every
   * scorecard-eligible KPI the OMS owns, in this order: quote_to_order_cycle_time,
   * quote_conversion_rate, perfect_order_rate, otif, line_fill_rate, unit_fill_rate,
   * cancellation_rate, substitution_rate, backorder_days_outstanding, return_cycle_time,
   * pick_pack_sla_adherence, self_serve_order_penetration, repeat_order_rate,
   * exception_owner_coverage. Each follows the formula of the KpiPeriod field of the same name, for
   * a period of one week.
   */
  omsReadings: Array<KpiReading>;
  /** Orders placed per ISO week for the 13 weeks ending week, oldest first (0 when none). */
  ordersPlacedByWeek: Array<WeeklyCount>;
  /** The ISO week the scorecard reports on. */
  week: Scalars['IsoWeek']['output'];
};

/** A way to ship the promised quantity. */
export type ShipOption = {
  __typename?: 'ShipOption';
  /** Complete or split. */
  kind: ShipOptionKind;
  /** The shipments, in date order. */
  shipments: Array<PlannedShipment>;
};

/** How a promised quantity can ship. */
export type ShipOptionKind =
  /** Everything in one shipment when the last part is ready. */
  | 'COMPLETE'
  /** Each part when it is ready (offered when some ships now and some later). */
  | 'SPLIT';

/** A parcel or freight shipment picked, packed and sent from one branch for one order. */
export type Shipment = {
  __typename?: 'Shipment';
  /** The branch that picked and sent the shipment. */
  branch: Branch;
  /** The carrier moving the shipment, e.g. "UPS". */
  carrier: Scalars['String']['output'];
  /** True when the goods arrived damaged. */
  damaged: Scalars['Boolean']['output'];
  /** When the customer received it; null until they did. */
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** The premium paid to expedite, zero when not expedited. */
  expediteCost: Money;
  /** True when a faster (paid-up) service was used to recover a promise. */
  expedited: Scalars['Boolean']['output'];
  /** The outbound freight cost. */
  freightCost: Money;
  /** The shipment number, e.g. "SH-000001". */
  id: Scalars['ID']['output'];
  /** The order the shipment carries goods for. */
  order: Order;
  /** When it was packed and staged; null until it was. */
  packedAt: Maybe<Scalars['DateTime']['output']>;
  /** True when packed at or before the ship cutoff (packedAt <= shipBy). Null until packed. */
  packedByCutoff: Maybe<Scalars['Boolean']['output']>;
  /** When picking started; null until it has. */
  pickStartedAt: Maybe<Scalars['DateTime']['output']>;
  /** Hours from pick start to leaving the dock: shippedAt - pickStartedAt. Null until shipped. */
  pickToShipHours: Maybe<Scalars['Float']['output']>;
  /** The carrier service bought, e.g. "GROUND" or "NEXT_DAY". */
  serviceLevel: Scalars['String']['output'];
  /** The ship cutoff: the warehouse must have it packed and staged by this instant. */
  shipBy: Scalars['DateTime']['output'];
  /** When it left the dock; null until it did. */
  shippedAt: Maybe<Scalars['DateTime']['output']>;
  /** The carrier's tracking number, once issued. */
  trackingNumber: Maybe<Scalars['String']['output']>;
};

/** A page of shipments. */
export type ShipmentConnection = {
  __typename?: 'ShipmentConnection';
  /** The shipments on this page, each with its cursor. */
  edges: Array<ShipmentEdge>;
  /** Whether another page follows, and the cursor to fetch it. */
  pageInfo: PageInfo;
  /** How many shipments match in all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** One shipment in a page, with its cursor. */
export type ShipmentEdge = {
  __typename?: 'ShipmentEdge';
  /** Pass as `after` to continue after this shipment. */
  cursor: Scalars['String']['output'];
  /** The shipment. */
  node: Shipment;
};

/** Units ordered of one product in one ISO week. */
export type SkuWeekQuantity = {
  __typename?: 'SkuWeekQuantity';
  /** Units ordered. */
  quantity: Scalars['Int']['output'];
  /** The stock keeping unit. */
  sku: Scalars['ID']['output'];
  /** The ISO week the orders were placed in. */
  week: Scalars['IsoWeek']['output'];
};

/** A stock level in words. */
export type StockBand =
  /** Available at or above the low-stock threshold. */
  | 'IN_STOCK'
  /** Some available, fewer than the low-stock threshold. */
  | 'LOW_STOCK'
  /** None available: see the lead time. */
  | 'OUT_OF_STOCK';

/** Stock figures; quantities are null when the caller sees bands only. */
export type StockLevel = {
  __typename?: 'StockLevel';
  /** Units allocated to open order lines. */
  allocated: Maybe<Scalars['Int']['output']>;
  /** on hand - allocated - on hold - safety stock, never below 0. */
  available: Maybe<Scalars['Int']['output']>;
  /** The level in words. */
  band: StockBand;
  /** Days the supplier quotes to replenish, when out of stock; null otherwise or when unknown. */
  leadTimeDays: Maybe<Scalars['Int']['output']>;
  /** Units on the shelf. */
  onHand: Maybe<Scalars['Int']['output']>;
  /** Units on hold. */
  onHold: Maybe<Scalars['Int']['output']>;
  /** Safety stock units. */
  safetyStock: Maybe<Scalars['Int']['output']>;
};

/** How stock position KPIs can be cut. */
export type StockPositionDimension =
  /** By branch. */
  | 'BRANCH';

/** How fast an item sells, ranked across the catalogue. */
export type VelocityTier =
  /** Fast movers: the items that make up most of the unit volume. */
  | 'A'
  /** Medium movers. */
  | 'B'
  /** Slow movers: the long tail. */
  | 'C';

/** A count for one ISO week. */
export type WeeklyCount = {
  __typename?: 'WeeklyCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The ISO week. */
  week: Scalars['IsoWeek']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Account: Account;
  Branch: Branch;
  KpiPeriod: KpiPeriod;
  Order: Order;
  Product: Product;
  Scorecard: Scorecard;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Account:
    ( { __typename: 'Account' }
    & GraphQLRecursivePick<FederationTypes['Account'], {"id":true}> );
  Branch:
    ( { __typename: 'Branch' }
    & GraphQLRecursivePick<FederationTypes['Branch'], {"code":true}> );
  KpiPeriod:
    ( { __typename: 'KpiPeriod' }
    & GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"fromWeek":true,"toWeek":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"itemVelocityTiers":{"sku":true,"velocityTier":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true},"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"priceLeakage":{"minorUnits":true,"currencyCode":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"priceLeakage":{"minorUnits":true,"currencyCode":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"priceLeakage":{"minorUnits":true,"currencyCode":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"priceLeakage":{"minorUnits":true,"currencyCode":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"priceLeakage":{"minorUnits":true,"currencyCode":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"priceLeakage":{"minorUnits":true,"currencyCode":true},"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"inventorySnapshot":{"sku":true,"branchCode":true,"onHand":true,"onHold":true,"safetyStock":true},"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"accountProfiles":{"accountId":true,"segment":true,"paymentTermsDays":true}}> ) );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"sku":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Product'], {"supplyFacts":true}>
        | GraphQLRecursivePick<FederationTypes['Product'], {"supplyFacts":true,"networkOnHand":true,"networkOnHold":true,"networkSafetyStock":true}>
        | GraphQLRecursivePick<FederationTypes['Product'], {"supplyFacts":true}>
        | GraphQLRecursivePick<FederationTypes['Product'], {"supplyFacts":true,"networkOnHand":true,"networkOnHold":true,"networkSafetyStock":true}>
        | GraphQLRecursivePick<FederationTypes['Product'], {"networkOnHand":true,"networkOnHold":true,"networkSafetyStock":true}>
        | GraphQLRecursivePick<FederationTypes['Product'], {"networkOnHand":true,"networkOnHold":true,"networkSafetyStock":true,"supplyFacts":true}>
        | GraphQLRecursivePick<FederationTypes['Product'], {"supplyFacts":true}> ) );
  Scorecard:
    ( { __typename: 'Scorecard' }
    & GraphQLRecursivePick<FederationTypes['Scorecard'], {"week":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Account: ResolverTypeWrapper<AccountRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccountOrderFilter: AccountOrderFilter;
  AccountProfile: ResolverTypeWrapper<AccountProfile>;
  AtpBucket: ResolverTypeWrapper<AtpBucket>;
  Availability: ResolverTypeWrapper<Omit<Availability, 'branches'> & { branches: Array<ResolversTypes['BranchAvailability']> }>;
  BackorderDaysOutstanding: ResolverTypeWrapper<BackorderDaysOutstanding>;
  BackorderDimension: BackorderDimension;
  Branch: ResolverTypeWrapper<BranchRow>;
  BranchAtpVariance: ResolverTypeWrapper<BranchAtpVariance>;
  BranchAvailability: ResolverTypeWrapper<Omit<BranchAvailability, 'branch'> & { branch: ResolversTypes['Branch'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Campaign: ResolverTypeWrapper<CampaignRow>;
  CampaignInfluence: ResolverTypeWrapper<CampaignInfluence>;
  CancellationDimension: CancellationDimension;
  CancellationInitiator: CancellationInitiator;
  CostToServeDimension: CostToServeDimension;
  CostToServeRow: ResolverTypeWrapper<CostToServeRow>;
  CustomerSegment: CustomerSegment;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateRange: ResolverTypeWrapper<DateRange>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DeliveryPromise: ResolverTypeWrapper<Omit<DeliveryPromise, 'branch' | 'options'> & { branch: ResolversTypes['Branch'], options: Array<ResolversTypes['ShipOption']> }>;
  Disclosure: Disclosure;
  ExceptionFilter: ExceptionFilter;
  ExceptionRanking: ExceptionRanking;
  ExceptionTypeSummary: ResolverTypeWrapper<ExceptionTypeSummary>;
  ExceptionsPastSla: ResolverTypeWrapper<ExceptionsPastSlaRow>;
  FulfilmentCostTotals: ResolverTypeWrapper<FulfilmentCostTotals>;
  IntegrationEvent: ResolverTypeWrapper<IntegrationEvent>;
  IntegrationExceptionInput: IntegrationExceptionInput;
  InventorySnapshotRow: ResolverTypeWrapper<InventorySnapshotRow>;
  IsoWeek: ResolverTypeWrapper<Scalars['IsoWeek']['output']>;
  ItemVelocityTier: ResolverTypeWrapper<ItemVelocityTier>;
  KpiDirection: KpiDirection;
  KpiMeasure: ResolverTypeWrapper<KpiMeasure>;
  KpiPeriod: ResolverTypeWrapper<KpiPeriodRow>;
  KpiReading: ResolverTypeWrapper<KpiReading>;
  KpiUnit: KpiUnit;
  LossReasonCount: ResolverTypeWrapper<LossReasonCount>;
  MarginLeakage: ResolverTypeWrapper<MarginLeakage>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OmsEventOutcome: ResolverTypeWrapper<OmsEventOutcomeRow>;
  OmsEventPartner: OmsEventPartner;
  OmsEventToApply: OmsEventToApply;
  OnHandVsAtpVariance: ResolverTypeWrapper<OnHandVsAtpVariance>;
  Order: ResolverTypeWrapper<OrderRow>;
  OrderChannel: OrderChannel;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges'> & { edges: Array<ResolversTypes['OrderEdge']> }>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderException: ResolverTypeWrapper<OrderExceptionRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  OrderExceptionConnection: ResolverTypeWrapper<Omit<OrderExceptionConnection, 'edges'> & { edges: Array<ResolversTypes['OrderExceptionEdge']> }>;
  OrderExceptionEdge: ResolverTypeWrapper<Omit<OrderExceptionEdge, 'node'> & { node: ResolversTypes['OrderException'] }>;
  OrderFilter: OrderFilter;
  OrderLine: ResolverTypeWrapper<OrderLineRow>;
  OrderSegmentDimension: OrderSegmentDimension;
  OrderStatus: OrderStatus;
  OrderStatusChange: ResolverTypeWrapper<OrderStatusChangeRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PerfectOrder: ResolverTypeWrapper<PerfectOrder>;
  PerfectOrderDimension: PerfectOrderDimension;
  PickPackDimension: PickPackDimension;
  PickToShipHours: ResolverTypeWrapper<PickToShipHours>;
  PlannedShipment: ResolverTypeWrapper<Omit<PlannedShipment, 'branch'> & { branch: ResolversTypes['Branch'] }>;
  Product: ResolverTypeWrapper<ProductRow>;
  PromisePart: ResolverTypeWrapper<PromisePart>;
  PromisePartKind: PromisePartKind;
  PromiseReason: ResolverTypeWrapper<PromiseReason>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<QuoteRow>;
  QuoteChannel: QuoteChannel;
  QuoteConnection: ResolverTypeWrapper<Omit<QuoteConnection, 'edges'> & { edges: Array<ResolversTypes['QuoteEdge']> }>;
  QuoteDimension: QuoteDimension;
  QuoteEdge: ResolverTypeWrapper<Omit<QuoteEdge, 'node'> & { node: ResolversTypes['Quote'] }>;
  QuoteLostReason: QuoteLostReason;
  QuoteStatus: QuoteStatus;
  QuoteToOrder: ResolverTypeWrapper<QuoteToOrderRow>;
  QuoteWinLoss: ResolverTypeWrapper<QuoteWinLoss>;
  Return: ResolverTypeWrapper<ReturnRow>;
  ReturnConnection: ResolverTypeWrapper<Omit<ReturnConnection, 'edges'> & { edges: Array<ResolversTypes['ReturnEdge']> }>;
  ReturnCycleTime: ResolverTypeWrapper<ReturnCycleTime>;
  ReturnEdge: ResolverTypeWrapper<Omit<ReturnEdge, 'node'> & { node: ResolversTypes['Return'] }>;
  ReturnReason: ReturnReason;
  ReturnStatus: ReturnStatus;
  Scorecard: ResolverTypeWrapper<ScorecardRow>;
  ShipOption: ResolverTypeWrapper<Omit<ShipOption, 'shipments'> & { shipments: Array<ResolversTypes['PlannedShipment']> }>;
  ShipOptionKind: ShipOptionKind;
  Shipment: ResolverTypeWrapper<ShipmentRow>;
  ShipmentConnection: ResolverTypeWrapper<Omit<ShipmentConnection, 'edges'> & { edges: Array<ResolversTypes['ShipmentEdge']> }>;
  ShipmentEdge: ResolverTypeWrapper<Omit<ShipmentEdge, 'node'> & { node: ResolversTypes['Shipment'] }>;
  SkuWeekQuantity: ResolverTypeWrapper<SkuWeekQuantity>;
  StockBand: StockBand;
  StockLevel: ResolverTypeWrapper<StockLevel>;
  StockPositionDimension: StockPositionDimension;
  VelocityTier: VelocityTier;
  WeeklyCount: ResolverTypeWrapper<WeeklyCount>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Account: AccountRow;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  AccountOrderFilter: AccountOrderFilter;
  AccountProfile: AccountProfile;
  AtpBucket: AtpBucket;
  Availability: Omit<Availability, 'branches'> & { branches: Array<ResolversParentTypes['BranchAvailability']> };
  BackorderDaysOutstanding: BackorderDaysOutstanding;
  Branch: BranchRow;
  BranchAtpVariance: BranchAtpVariance;
  BranchAvailability: Omit<BranchAvailability, 'branch'> & { branch: ResolversParentTypes['Branch'] };
  Boolean: Scalars['Boolean']['output'];
  Campaign: CampaignRow;
  CampaignInfluence: CampaignInfluence;
  CostToServeRow: CostToServeRow;
  Date: Scalars['Date']['output'];
  DateRange: DateRange;
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DeliveryPromise: Omit<DeliveryPromise, 'branch' | 'options'> & { branch: ResolversParentTypes['Branch'], options: Array<ResolversParentTypes['ShipOption']> };
  ExceptionFilter: ExceptionFilter;
  ExceptionTypeSummary: ExceptionTypeSummary;
  ExceptionsPastSla: ExceptionsPastSlaRow;
  FulfilmentCostTotals: FulfilmentCostTotals;
  IntegrationEvent: IntegrationEvent;
  IntegrationExceptionInput: IntegrationExceptionInput;
  InventorySnapshotRow: InventorySnapshotRow;
  IsoWeek: Scalars['IsoWeek']['output'];
  ItemVelocityTier: ItemVelocityTier;
  KpiMeasure: KpiMeasure;
  KpiPeriod: KpiPeriodRow;
  KpiReading: KpiReading;
  LossReasonCount: LossReasonCount;
  MarginLeakage: MarginLeakage;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  OmsEventOutcome: OmsEventOutcomeRow;
  OmsEventPartner: OmsEventPartner;
  OmsEventToApply: OmsEventToApply;
  OnHandVsAtpVariance: OnHandVsAtpVariance;
  Order: OrderRow;
  OrderConnection: Omit<OrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderEdge']> };
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderException: OrderExceptionRow;
  Float: Scalars['Float']['output'];
  OrderExceptionConnection: Omit<OrderExceptionConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderExceptionEdge']> };
  OrderExceptionEdge: Omit<OrderExceptionEdge, 'node'> & { node: ResolversParentTypes['OrderException'] };
  OrderFilter: OrderFilter;
  OrderLine: OrderLineRow;
  OrderStatusChange: OrderStatusChangeRow;
  PageInfo: PageInfo;
  PerfectOrder: PerfectOrder;
  PickToShipHours: PickToShipHours;
  PlannedShipment: Omit<PlannedShipment, 'branch'> & { branch: ResolversParentTypes['Branch'] };
  Product: ProductRow;
  PromisePart: PromisePart;
  PromiseReason: PromiseReason;
  Query: Record<PropertyKey, never>;
  Quote: QuoteRow;
  QuoteConnection: Omit<QuoteConnection, 'edges'> & { edges: Array<ResolversParentTypes['QuoteEdge']> };
  QuoteEdge: Omit<QuoteEdge, 'node'> & { node: ResolversParentTypes['Quote'] };
  QuoteToOrder: QuoteToOrderRow;
  QuoteWinLoss: QuoteWinLoss;
  Return: ReturnRow;
  ReturnConnection: Omit<ReturnConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReturnEdge']> };
  ReturnCycleTime: ReturnCycleTime;
  ReturnEdge: Omit<ReturnEdge, 'node'> & { node: ResolversParentTypes['Return'] };
  Scorecard: ScorecardRow;
  ShipOption: Omit<ShipOption, 'shipments'> & { shipments: Array<ResolversParentTypes['PlannedShipment']> };
  Shipment: ShipmentRow;
  ShipmentConnection: Omit<ShipmentConnection, 'edges'> & { edges: Array<ResolversParentTypes['ShipmentEdge']> };
  ShipmentEdge: Omit<ShipmentEdge, 'node'> & { node: ResolversParentTypes['Shipment'] };
  SkuWeekQuantity: SkuWeekQuantity;
  StockLevel: StockLevel;
  WeeklyCount: WeeklyCount;
};

export type AccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account'], FederationReferenceType extends FederationReferenceTypes['Account'] = FederationReferenceTypes['Account']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Account']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<AccountOrdersArgs, 'first'>>;
  quotes?: Resolver<ResolversTypes['QuoteConnection'], ParentType, ContextType, RequireFields<AccountQuotesArgs, 'first'>>;
  returns?: Resolver<ResolversTypes['ReturnConnection'], ParentType, ContextType, RequireFields<AccountReturnsArgs, 'first'>>;
};

export type AtpBucketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AtpBucket'] = ResolversParentTypes['AtpBucket']> = {
  atp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cumulativeAtp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  demand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projectedAvailable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receipts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AvailabilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Availability'] = ResolversParentTypes['Availability']> = {
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  branches?: Resolver<Array<ResolversTypes['BranchAvailability']>, ParentType, ContextType>;
  disclosure?: Resolver<ResolversTypes['Disclosure'], ParentType, ContextType>;
  horizonDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  network?: Resolver<ResolversTypes['StockLevel'], ParentType, ContextType>;
};

export type BackorderDaysOutstandingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BackorderDaysOutstanding'] = ResolversParentTypes['BackorderDaysOutstanding']> = {
  averageDays?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType>;
  unitDaysLate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type BranchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Branch'] = ResolversParentTypes['Branch'], FederationReferenceType extends FederationReferenceTypes['Branch'] = FederationReferenceTypes['Branch']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Branch']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shipments?: Resolver<ResolversTypes['ShipmentConnection'], ParentType, ContextType, RequireFields<BranchShipmentsArgs, 'first'>>;
};

export type BranchAtpVarianceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BranchAtpVariance'] = ResolversParentTypes['BranchAtpVariance']> = {
  availableToPromise?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  branchCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  positions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storefrontMismatch?: Resolver<ResolversTypes['KpiReading'], ParentType, ContextType>;
  variance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BranchAvailabilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BranchAvailability'] = ResolversParentTypes['BranchAvailability']> = {
  atp?: Resolver<Array<ResolversTypes['AtpBucket']>, ParentType, ContextType>;
  branch?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
  lastSyncedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  stock?: Resolver<ResolversTypes['StockLevel'], ParentType, ContextType>;
  syncAgeMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  syncStale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CampaignResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  targetSegment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CampaignInfluenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignInfluence'] = ResolversParentTypes['CampaignInfluence']> = {
  orderShare?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType>;
  revenueShare?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType>;
};

export type CostToServeRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CostToServeRow'] = ResolversParentTypes['CostToServeRow']> = {
  dimension?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dimensionValue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expeditePremium?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  freight?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  handling?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paymentTermsCarrying?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  perOrder?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  percentOfRevenue?: Resolver<ResolversTypes['KpiReading'], ParentType, ContextType>;
  picking?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  returnsHandling?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DateRangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DateRange'] = ResolversParentTypes['DateRange']> = {
  p50?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  p90?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DeliveryPromiseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeliveryPromise'] = ResolversParentTypes['DeliveryPromise']> = {
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  availableNow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  branch?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
  deliveryDate?: Resolver<ResolversTypes['DateRange'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['ShipOption']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['PromisePart']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['PromiseReason']>, ParentType, ContextType>;
};

export type ExceptionTypeSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExceptionTypeSummary'] = ResolversParentTypes['ExceptionTypeSummary']> = {
  marginImpact?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  medianResolutionHours?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  opened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  owned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ownerCoverage?: Resolver<ResolversTypes['KpiReading'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExceptionsPastSlaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExceptionsPastSla'] = ResolversParentTypes['ExceptionsPastSla']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  oldest?: Resolver<ResolversTypes['OrderException'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FulfilmentCostTotalsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FulfilmentCostTotals'] = ResolversParentTypes['FulfilmentCostTotals']> = {
  expedite?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  outboundFreight?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  pickPack?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  returns?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  shortShip?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type IntegrationEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntegrationEvent'] = ResolversParentTypes['IntegrationEvent']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface IsoWeekScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['IsoWeek'], any> {
  name: 'IsoWeek';
}

export type KpiMeasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KpiMeasure'] = ResolversParentTypes['KpiMeasure']> = {
  byDimension?: Resolver<Array<ResolversTypes['KpiReading']>, ParentType, ContextType>;
  byWeek?: Resolver<Array<ResolversTypes['KpiReading']>, ParentType, ContextType>;
  reading?: Resolver<ResolversTypes['KpiReading'], ParentType, ContextType>;
};

export type KpiPeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KpiPeriod'] = ResolversParentTypes['KpiPeriod'], FederationReferenceType extends FederationReferenceTypes['KpiPeriod'] = FederationReferenceTypes['KpiPeriod']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['KpiPeriod']> | FederationReferenceType, FederationReferenceType, ContextType>;
  backorderDaysOutstanding?: Resolver<ResolversTypes['BackorderDaysOutstanding'], ParentType, ContextType>;
  backorderIncidence?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType, Partial<KpiPeriodBackorderIncidenceArgs>>;
  campaignInfluencedOrders?: Resolver<ResolversTypes['CampaignInfluence'], ParentType, ContextType, Partial<KpiPeriodCampaignInfluencedOrdersArgs>>;
  cancellationRate?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType, Partial<KpiPeriodCancellationRateArgs>>;
  costToServe?: Resolver<Array<ResolversTypes['CostToServeRow']>, ParentType, ContextType, RequireFields<KpiPeriodCostToServeArgs, 'by' | 'first'>>;
  exceptionOwnerCoverage?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType>;
  fromWeek?: Resolver<ResolversTypes['IsoWeek'], ParentType, ContextType>;
  fulfilmentCostTotals?: Resolver<ResolversTypes['FulfilmentCostTotals'], ParentType, ContextType>;
  lineFillRate?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType>;
  marginLeakage?: Resolver<ResolversTypes['MarginLeakage'], ParentType, ContextType>;
  onHandVsAtpVariance?: Resolver<ResolversTypes['OnHandVsAtpVariance'], ParentType, ContextType, Partial<KpiPeriodOnHandVsAtpVarianceArgs>>;
  orderFillRate?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType>;
  ordersPlacedByWeek?: Resolver<Array<ResolversTypes['WeeklyCount']>, ParentType, ContextType>;
  otif?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType>;
  perfectOrderRate?: Resolver<ResolversTypes['PerfectOrder'], ParentType, ContextType, Partial<KpiPeriodPerfectOrderRateArgs>>;
  pickPackSlaAdherence?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType, Partial<KpiPeriodPickPackSlaAdherenceArgs>>;
  pickToShipHours?: Resolver<ResolversTypes['PickToShipHours'], ParentType, ContextType>;
  quoteToOrder?: Resolver<ResolversTypes['QuoteToOrder'], ParentType, ContextType>;
  quoteWinLoss?: Resolver<ResolversTypes['QuoteWinLoss'], ParentType, ContextType>;
  repeatOrderRate?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType, Partial<KpiPeriodRepeatOrderRateArgs>>;
  returnCycleTime?: Resolver<ResolversTypes['ReturnCycleTime'], ParentType, ContextType>;
  selfServeOrderPenetration?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType, Partial<KpiPeriodSelfServeOrderPenetrationArgs>>;
  skuWeeklyDemand?: Resolver<Array<ResolversTypes['SkuWeekQuantity']>, ParentType, ContextType>;
  substitutionRate?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType, Partial<KpiPeriodSubstitutionRateArgs>>;
  toWeek?: Resolver<ResolversTypes['IsoWeek'], ParentType, ContextType>;
  topExceptions?: Resolver<Array<ResolversTypes['ExceptionTypeSummary']>, ParentType, ContextType, RequireFields<KpiPeriodTopExceptionsArgs, 'first' | 'rankBy'>>;
  unitFillRate?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType>;
};

export type KpiReadingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KpiReading'] = ResolversParentTypes['KpiReading']> = {
  denominator?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  dimension?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dimensionValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['KpiDirection'], ParentType, ContextType>;
  fromWeek?: Resolver<ResolversTypes['IsoWeek'], ParentType, ContextType>;
  kpi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  numerator?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  toWeek?: Resolver<ResolversTypes['IsoWeek'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['KpiUnit'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
};

export type LossReasonCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LossReasonCount'] = ResolversParentTypes['LossReasonCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['QuoteLostReason'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type MarginLeakageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MarginLeakage'] = ResolversParentTypes['MarginLeakage']> = {
  expedite?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  percentOfRevenue?: Resolver<ResolversTypes['KpiReading'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  returns?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  shortShip?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minorUnits?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  applyOmsEvents?: Resolver<Array<ResolversTypes['OmsEventOutcome']>, ParentType, ContextType, RequireFields<MutationApplyOmsEventsArgs, 'events'>>;
  openIntegrationExceptions?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationOpenIntegrationExceptionsArgs, 'exceptions'>>;
  resolveIntegrationExceptions?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationResolveIntegrationExceptionsArgs, 'eventIds' | 'resolvedAt'>>;
};

export type OmsEventOutcomeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OmsEventOutcome'] = ResolversParentTypes['OmsEventOutcome']> = {
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OnHandVsAtpVarianceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OnHandVsAtpVariance'] = ResolversParentTypes['OnHandVsAtpVariance']> = {
  availableToPromise?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byBranch?: Resolver<Array<ResolversTypes['BranchAtpVariance']>, ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  positions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storefrontMismatch?: Resolver<ResolversTypes['KpiReading'], ParentType, ContextType>;
  variance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledBy?: Resolver<Maybe<ResolversTypes['CancellationInitiator']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['OrderChannel'], ParentType, ContextType>;
  customerPo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exceptions?: Resolver<Array<ResolversTypes['OrderException']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  orderedValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  promisedDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
  requestedDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  returns?: Resolver<Array<ResolversTypes['Return']>, ParentType, ContextType>;
  shipToBranch?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
  shipments?: Resolver<Array<ResolversTypes['Shipment']>, ParentType, ContextType>;
  shippedValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['OrderStatusChange']>, ParentType, ContextType>;
};

export type OrderConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrderEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
};

export type OrderExceptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderException'] = ResolversParentTypes['OrderException']> = {
  ageHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  branch?: Resolver<Maybe<ResolversTypes['Branch']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  integrationEvent?: Resolver<Maybe<ResolversTypes['IntegrationEvent']>, ParentType, ContextType>;
  integrationEventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  marginImpact?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  resolutionHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  shipment?: Resolver<Maybe<ResolversTypes['Shipment']>, ParentType, ContextType>;
  slaBreached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  slaDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrderExceptionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderExceptionConnection'] = ResolversParentTypes['OrderExceptionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrderExceptionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrderExceptionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderExceptionEdge'] = ResolversParentTypes['OrderExceptionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrderException'], ParentType, ContextType>;
};

export type OrderLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = {
  allocatedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  backorderedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  backorderedSince?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  cancelledQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  extendedPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  filledInFull?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lineNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orderedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  shippedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourcingBranch?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
  substitutedProduct?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type OrderStatusChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderStatusChange'] = ResolversParentTypes['OrderStatusChange']> = {
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PerfectOrderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PerfectOrder'] = ResolversParentTypes['PerfectOrder']> = {
  damageFree?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType>;
  documentationAccurate?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType>;
  inFull?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType>;
};

export type PickToShipHoursResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PickToShipHours'] = ResolversParentTypes['PickToShipHours']> = {
  median?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  p90?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
};

export type PlannedShipmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlannedShipment'] = ResolversParentTypes['PlannedShipment']> = {
  branch?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
  deliveryDate?: Resolver<ResolversTypes['DateRange'], ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  shipDate?: Resolver<ResolversTypes['DateRange'], ParentType, ContextType>;
};

export type ProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allocatedQuantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  availability?: Resolver<ResolversTypes['Availability'], ParentType, ContextType, RequireFields<ProductAvailabilityArgs, 'horizonDays'>>;
  availableQuantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  promise?: Resolver<ResolversTypes['DeliveryPromise'], ParentType, ContextType, RequireFields<ProductPromiseArgs, 'branchCode' | 'quantity'>>;
  sku?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PromisePartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PromisePart'] = ResolversParentTypes['PromisePart']> = {
  arrivalDate?: Resolver<Maybe<ResolversTypes['DateRange']>, ParentType, ContextType>;
  deliveryDate?: Resolver<ResolversTypes['DateRange'], ParentType, ContextType>;
  eta?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PromisePartKind'], ParentType, ContextType>;
  lineNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  purchaseOrderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  shipDate?: Resolver<ResolversTypes['DateRange'], ParentType, ContextType>;
  supplierId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type PromiseReasonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PromiseReason'] = ResolversParentTypes['PromiseReason']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  exceptions?: Resolver<ResolversTypes['OrderExceptionConnection'], ParentType, ContextType, RequireFields<QueryExceptionsArgs, 'first'>>;
  exceptionsPastSlaByOwner?: Resolver<Array<ResolversTypes['ExceptionsPastSla']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<QueryOrdersArgs, 'first'>>;
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType, RequireFields<QueryQuoteArgs, 'id'>>;
  return?: Resolver<Maybe<ResolversTypes['Return']>, ParentType, ContextType, RequireFields<QueryReturnArgs, 'id'>>;
  shipment?: Resolver<Maybe<ResolversTypes['Shipment']>, ParentType, ContextType, RequireFields<QueryShipmentArgs, 'id'>>;
};

export type QuoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['QuoteChannel']>, ParentType, ContextType>;
  convertedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lostAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lostReason?: Resolver<Maybe<ResolversTypes['QuoteLostReason']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['QuoteStatus']>, ParentType, ContextType>;
};

export type QuoteConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuoteConnection'] = ResolversParentTypes['QuoteConnection']> = {
  edges?: Resolver<Array<ResolversTypes['QuoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QuoteEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuoteEdge'] = ResolversParentTypes['QuoteEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Quote'], ParentType, ContextType>;
};

export type QuoteToOrderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuoteToOrder'] = ResolversParentTypes['QuoteToOrder']> = {
  conversion?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType, Partial<QuoteToOrderConversionArgs>>;
  cycleTimeDays?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType, Partial<QuoteToOrderCycleTimeDaysArgs>>;
};

export type QuoteWinLossResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuoteWinLoss'] = ResolversParentTypes['QuoteWinLoss']> = {
  byReason?: Resolver<Array<ResolversTypes['LossReasonCount']>, ParentType, ContextType>;
  deliveryOrPriceShare?: Resolver<ResolversTypes['KpiReading'], ParentType, ContextType>;
  lost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReturnResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Return'] = ResolversParentTypes['Return']> = {
  authorizedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  credit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  creditedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cycleDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspectedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lineNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ReturnReason'], ParentType, ContextType>;
  receivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReturnStatus'], ParentType, ContextType>;
};

export type ReturnConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReturnConnection'] = ResolversParentTypes['ReturnConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReturnEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReturnCycleTimeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReturnCycleTime'] = ResolversParentTypes['ReturnCycleTime']> = {
  customerFacing?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType>;
  customerFacingP90Days?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  internal?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType>;
  internalP90Days?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
};

export type ReturnEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReturnEdge'] = ResolversParentTypes['ReturnEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Return'], ParentType, ContextType>;
};

export type ScorecardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Scorecard'] = ResolversParentTypes['Scorecard'], FederationReferenceType extends FederationReferenceTypes['Scorecard'] = FederationReferenceTypes['Scorecard']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Scorecard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  omsReadings?: Resolver<Array<ResolversTypes['KpiReading']>, ParentType, ContextType>;
  ordersPlacedByWeek?: Resolver<Array<ResolversTypes['WeeklyCount']>, ParentType, ContextType>;
  week?: Resolver<ResolversTypes['IsoWeek'], ParentType, ContextType>;
};

export type ShipOptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ShipOption'] = ResolversParentTypes['ShipOption']> = {
  kind?: Resolver<ResolversTypes['ShipOptionKind'], ParentType, ContextType>;
  shipments?: Resolver<Array<ResolversTypes['PlannedShipment']>, ParentType, ContextType>;
};

export type ShipmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Shipment'] = ResolversParentTypes['Shipment']> = {
  branch?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
  carrier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  damaged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  expediteCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  expedited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  freightCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  packedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  packedByCutoff?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  pickStartedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pickToShipHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  serviceLevel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shipBy?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  shippedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  trackingNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ShipmentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ShipmentConnection'] = ResolversParentTypes['ShipmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ShipmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ShipmentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ShipmentEdge'] = ResolversParentTypes['ShipmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Shipment'], ParentType, ContextType>;
};

export type SkuWeekQuantityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SkuWeekQuantity'] = ResolversParentTypes['SkuWeekQuantity']> = {
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  week?: Resolver<ResolversTypes['IsoWeek'], ParentType, ContextType>;
};

export type StockLevelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StockLevel'] = ResolversParentTypes['StockLevel']> = {
  allocated?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  available?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  band?: Resolver<ResolversTypes['StockBand'], ParentType, ContextType>;
  leadTimeDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  onHand?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  onHold?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  safetyStock?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type WeeklyCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WeeklyCount'] = ResolversParentTypes['WeeklyCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  week?: Resolver<ResolversTypes['IsoWeek'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Account?: AccountResolvers<ContextType>;
  AtpBucket?: AtpBucketResolvers<ContextType>;
  Availability?: AvailabilityResolvers<ContextType>;
  BackorderDaysOutstanding?: BackorderDaysOutstandingResolvers<ContextType>;
  Branch?: BranchResolvers<ContextType>;
  BranchAtpVariance?: BranchAtpVarianceResolvers<ContextType>;
  BranchAvailability?: BranchAvailabilityResolvers<ContextType>;
  Campaign?: CampaignResolvers<ContextType>;
  CampaignInfluence?: CampaignInfluenceResolvers<ContextType>;
  CostToServeRow?: CostToServeRowResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateRange?: DateRangeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DeliveryPromise?: DeliveryPromiseResolvers<ContextType>;
  ExceptionTypeSummary?: ExceptionTypeSummaryResolvers<ContextType>;
  ExceptionsPastSla?: ExceptionsPastSlaResolvers<ContextType>;
  FulfilmentCostTotals?: FulfilmentCostTotalsResolvers<ContextType>;
  IntegrationEvent?: IntegrationEventResolvers<ContextType>;
  IsoWeek?: GraphQLScalarType;
  KpiMeasure?: KpiMeasureResolvers<ContextType>;
  KpiPeriod?: KpiPeriodResolvers<ContextType>;
  KpiReading?: KpiReadingResolvers<ContextType>;
  LossReasonCount?: LossReasonCountResolvers<ContextType>;
  MarginLeakage?: MarginLeakageResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OmsEventOutcome?: OmsEventOutcomeResolvers<ContextType>;
  OnHandVsAtpVariance?: OnHandVsAtpVarianceResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderException?: OrderExceptionResolvers<ContextType>;
  OrderExceptionConnection?: OrderExceptionConnectionResolvers<ContextType>;
  OrderExceptionEdge?: OrderExceptionEdgeResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OrderStatusChange?: OrderStatusChangeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PerfectOrder?: PerfectOrderResolvers<ContextType>;
  PickToShipHours?: PickToShipHoursResolvers<ContextType>;
  PlannedShipment?: PlannedShipmentResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  PromisePart?: PromisePartResolvers<ContextType>;
  PromiseReason?: PromiseReasonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteConnection?: QuoteConnectionResolvers<ContextType>;
  QuoteEdge?: QuoteEdgeResolvers<ContextType>;
  QuoteToOrder?: QuoteToOrderResolvers<ContextType>;
  QuoteWinLoss?: QuoteWinLossResolvers<ContextType>;
  Return?: ReturnResolvers<ContextType>;
  ReturnConnection?: ReturnConnectionResolvers<ContextType>;
  ReturnCycleTime?: ReturnCycleTimeResolvers<ContextType>;
  ReturnEdge?: ReturnEdgeResolvers<ContextType>;
  Scorecard?: ScorecardResolvers<ContextType>;
  ShipOption?: ShipOptionResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  ShipmentConnection?: ShipmentConnectionResolvers<ContextType>;
  ShipmentEdge?: ShipmentEdgeResolvers<ContextType>;
  SkuWeekQuantity?: SkuWeekQuantityResolvers<ContextType>;
  StockLevel?: StockLevelResolvers<ContextType>;
  WeeklyCount?: WeeklyCountResolvers<ContextType>;
};

