import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProductRow, OrderRow, ItemMasterRow, InventoryPositionRow, WeeklyForecastRow, BranchRow, SupplierRow, PurchaseOrderRow, PurchaseOrderLineRow, ReceiptRow, AccountRow, PriceListRow, PriceBreakRow, ContractPriceRow, InvoiceRow, InvoiceLineRow, PaymentRow, CreditHoldRow, DisputeRow, KpiPeriodRow, ScorecardRow } from '../db/rows.ts';
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
  /** True when the customer accepts substitute products for out-of-stock items. */
  allowsSubstitutions: Scalars['Boolean']['output'];
  /** The onboarding cohort the account joined in, e.g. "2023-H1". */
  cohort: Scalars['String']['output'];
  /** Prices negotiated for this account, by SKU then minimum quantity. */
  contractPrices: Array<ContractPrice>;
  /** Credit still available: credit limit - open balance. Negative when the account owes more than its limit. */
  creditHeadroom: Money;
  /** Times the account's orders were held by credit control, newest first. */
  creditHolds: Array<CreditHold>;
  /** The most the account may owe us at any time. */
  creditLimit: Money;
  /** Whether the account may buy on credit. */
  creditStatus: CreditStatus;
  /** Invoice disputes the account raised, newest first. */
  disputes: Array<Dispute>;
  /** The account number, e.g. "ACCT-0001". */
  id: Scalars['ID']['output'];
  /** The account's invoices, newest issued first. */
  invoices: InvoiceConnection;
  /** The customer's name. */
  name: Scalars['String']['output'];
  /** What the account owes: the balance (amount minus payments received) of each of its invoices still open, partly paid or disputed, summed. */
  openBalance: Money;
  /** The date the account was opened. */
  openedOn: Scalars['Date']['output'];
  /** When the account has to pay its invoices. */
  paymentTerms: PaymentTerms;
  /** The price list the account buys from, before contract prices. */
  priceList: PriceList;
  /** The customer segment the account belongs to. */
  segment: CustomerSegment;
};


/** A customer account: who buys from us, on what terms and with how much credit. */
export type AccountContractPricesArgs = {
  sku?: InputMaybe<Scalars['ID']['input']>;
};


/** A customer account: who buys from us, on what terms and with how much credit. */
export type AccountCreditHoldsArgs = {
  openOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A customer account: who buys from us, on what terms and with how much credit. */
export type AccountDisputesArgs = {
  openOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A customer account: who buys from us, on what terms and with how much credit. */
export type AccountInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<InvoiceStatus>>;
};

/** A page of customer accounts. */
export type AccountConnection = {
  __typename?: 'AccountConnection';
  /** The accounts on this page, each with its cursor. */
  edges: Array<AccountEdge>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many accounts match the filter across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One customer account in a page, with the cursor that points at it. */
export type AccountEdge = {
  __typename?: 'AccountEdge';
  /** Pass as `after` to continue the list after this account. */
  cursor: Scalars['String']['output'];
  /** The customer account. */
  node: Account;
};

/** Which accounts to list. Every criterion given must hold; an empty list or blank text is ignored. */
export type AccountFilter = {
  /** Only accounts whose credit standing is one of these. */
  creditStatus?: InputMaybe<Array<CreditStatus>>;
  /** Only accounts whose name or account number contains this text (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only accounts in one of these customer segments. */
  segment?: InputMaybe<Array<CustomerSegment>>;
};

/** A customer account's profile as the ERP keeps it: what the OMS needs to cut KPIs by segment and cost payment terms. */
export type AccountProfile = {
  __typename?: 'AccountProfile';
  /** The account number, e.g. "ACCT-0001". */
  accountId: Scalars['ID']['output'];
  /** The onboarding cohort the account joined in, e.g. "2023-H1". */
  cohort: Scalars['String']['output'];
  /** Days the account has to pay an invoice (e.g. 30 for net 30). */
  paymentTermsDays: Scalars['Int']['output'];
  /** The account's customer segment. */
  segment: CustomerSegment;
};

/** A branch (warehouse) of the distribution network, which holds stock and ships orders. */
export type Branch = {
  __typename?: 'Branch';
  /** The city the branch is in. */
  city: Scalars['String']['output'];
  /** The branch code, e.g. "CHI". */
  code: Scalars['ID']['output'];
  /** Whole minutes from the last inventory sync to the as-of instant (the dataset's as-of time, else now). */
  inventorySyncAgeMinutes: Scalars['Int']['output'];
  /** True when inventorySyncAgeMinutes is greater than syncStaleAfterMinutes: the stock figures should not be trusted. */
  inventorySyncStale: Scalars['Boolean']['output'];
  /** When the branch's inventory was last synced into the ERP. */
  lastInventorySyncAt: Scalars['DateTime']['output'];
  /** The branch's name, e.g. "Chicago DC". */
  name: Scalars['String']['output'];
  /** The sales region the branch serves. */
  region: Scalars['String']['output'];
  /** A sync older than this many minutes makes the branch's stock figures stale. */
  syncStaleAfterMinutes: Scalars['Int']['output'];
  /** The branch's IANA time zone, e.g. "America/Chicago". */
  timeZone: Scalars['String']['output'];
};

/** A price negotiated with one account for one product, replacing the price list. */
export type ContractPrice = {
  __typename?: 'ContractPrice';
  /** The smallest order quantity this price applies to. */
  minQuantity: Scalars['Int']['output'];
  /** The product the price is for. */
  product: Product;
  /** The price of one unit. */
  unitPrice: Money;
  /** The first day the price applies. */
  validFrom: Scalars['Date']['output'];
  /** The last day the price applies; null when it has no end date. */
  validTo: Maybe<Scalars['Date']['output']>;
};

/** A time credit control held an account's order before it could be released to the warehouse. */
export type CreditHold = {
  __typename?: 'CreditHold';
  /** The account whose order was held. */
  account: Account;
  /** When the hold was placed. */
  heldAt: Scalars['DateTime']['output'];
  /** Hours the hold lasted: released - held, or as-of instant - held while it is still in place. */
  hoursHeld: Scalars['Float']['output'];
  /** The credit hold number. */
  id: Scalars['ID']['output'];
  /** The order held; null for holds placed on the account as a whole. */
  order: Maybe<Order>;
  /** Why the hold was placed. */
  reason: CreditHoldReason;
  /** When the hold was released; null while it is still in place. */
  releasedAt: Maybe<Scalars['DateTime']['output']>;
};

/** Why credit control held an account's order. */
export type CreditHoldReason =
  /** Held by hand by a credit controller. */
  | 'MANUAL'
  /** The account is new and its first orders are reviewed. */
  | 'NEW_ACCOUNT_REVIEW'
  /** The order would take the account over its credit limit. */
  | 'OVER_LIMIT'
  /** The account has invoices past due. */
  | 'PAST_DUE';

/** Why an order would be held for credit. */
export type CreditHoldReasonNote = {
  __typename?: 'CreditHoldReasonNote';
  /** ACCOUNT_ON_HOLD, OVER_CREDIT_LIMIT or PAST_DUE_INVOICES. */
  code: Scalars['String']['output'];
  /** The reason in words. */
  message: Scalars['String']['output'];
};

/** How long credit holds lasted before release, for the holds released in the period. */
export type CreditHoldReleaseTime = {
  __typename?: 'CreditHoldReleaseTime';
  /** Mean hours (KPI standards): sum of (released - held) hours / holds released; by release week. */
  mean: KpiMeasure;
  /** Median hours (interpolated) of the holds released in the period; null when none was released. */
  medianHours: Maybe<Scalars['Decimal']['output']>;
  /** 90th percentile hours (interpolated) of the holds released in the period; null when none was released. */
  p90Hours: Maybe<Scalars['Decimal']['output']>;
};

/** Whether an account may buy on credit. */
export type CreditStatus =
  /** In good standing: orders release normally. */
  | 'GOOD'
  /** On hold: new orders wait for credit control to release them. */
  | 'HOLD'
  /** Under watch: orders release, but credit control reviews the account. */
  | 'WATCH';

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

/** A customer's dispute of (part of) an invoice. */
export type Dispute = {
  __typename?: 'Dispute';
  /** The amount disputed. */
  amount: Money;
  /** The dispute number. */
  id: Scalars['ID']['output'];
  /** The invoice disputed. */
  invoice: Invoice;
  /** When the dispute was raised. */
  openedAt: Scalars['DateTime']['output'];
  /** Why the customer disputed it. */
  reason: DisputeReason;
  /** When the dispute was resolved; null while it is open. */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** True when the dispute points at order quality: its reason is quantity, documentation or damage (KPI standards). */
  tiedToOrderQuality: Scalars['Boolean']['output'];
};

/** How dispute rates are cut. */
export type DisputeDimension =
  /** By dispute reason (pricing, quantity, documentation, damage). */
  | 'REASON';

/** Why a customer disputed an invoice. */
export type DisputeReason =
  /** The goods arrived damaged. */
  | 'DAMAGE'
  /** The invoice, packing slip or bill of lading is wrong or missing. */
  | 'DOCUMENTATION'
  /** The price billed is not the price agreed. */
  | 'PRICING'
  /** The quantity billed is not the quantity received. */
  | 'QUANTITY';

/** How DSO is computed. */
export type DsoMethod =
  /** Countback: ending AR matched against calendar months' credit sales, newest first. */
  | 'COUNTBACK'
  /** Ending AR / credit sales of the trailing 91 days x 91 (the KPI standards' default). */
  | 'TRAILING_91';

/** What the ERP made of one event. */
export type ErpEventOutcome = {
  __typename?: 'ErpEventOutcome';
  /** The event's id, as sent. */
  eventId: Scalars['ID']['output'];
  /** applied (now), already_applied (by an earlier delivery; nothing changed this time) or failed. */
  outcome: Scalars['String']['output'];
  /** Why a failed event could not be applied, worded for the partner manager who has to act on it; null unless failed. */
  reason: Maybe<Scalars['String']['output']>;
};

/** The registered trading partner an event came from: who it is allowed to speak for. */
export type ErpEventPartner = {
  /** The customer account a customer partner trades as; its payments must name this account. */
  accountId?: InputMaybe<Scalars['String']['input']>;
  /** The branch a warehouse or 3PL partner reports for; its stock counts must be for this branch. */
  branchCode?: InputMaybe<Scalars['String']['input']>;
  /** The partner's id in the integration intake. */
  id: Scalars['String']['input'];
  /** The supplier a supplier partner is; its 855s and 856s must be for this supplier's purchase orders. */
  supplierId?: InputMaybe<Scalars['String']['input']>;
};

/** One integration event for the ERP to apply, as the integration intake recorded it (lib/events/model.ts EventToApply). */
export type ErpEventToApply = {
  /** The event's id in the integration intake's record; the ERP answers already_applied when it has applied this id before. */
  eventId: Scalars['ID']['input'];
  /** When it happened at the partner (the document's date and time), ISO 8601; null when the document does not say. */
  occurredAt?: InputMaybe<Scalars['String']['input']>;
  /** The trading partner that sent it, as registered. */
  partner: ErpEventPartner;
  /** The event's payload as JSON text, shaped as lib/events/model.ts PayloadOf[type]. */
  payload: Scalars['String']['input'];
  /** When the integration intake received it, ISO 8601. */
  receivedAt: Scalars['String']['input'];
  /** The event type, e.g. "inventory_snapshot" or "payment"; types the ERP does not apply fail. */
  type: Scalars['String']['input'];
};

/** Forecast accuracy over the trailing windows ending the period's last week. */
export type ForecastAccuracy = {
  __typename?: 'ForecastAccuracy';
  /** The 2 weeks ending toWeek. */
  trailing2Weeks: ForecastWindow;
  /** The 4 weeks ending toWeek. */
  trailing4Weeks: ForecastWindow;
  /** The 8 weeks ending toWeek. */
  trailing8Weeks: ForecastWindow;
};

/** Forecast accuracy over one trailing window, summed over every product and week with an actual or a forecast (a missing one counts 0). */
export type ForecastWindow = {
  __typename?: 'ForecastWindow';
  /** Bias = sum (forecast - actual) / sum actual x 100 (positive: over-forecast; 0 is best); null when there was no actual demand. */
  bias: KpiReading;
  /** The forecast lag compared: each week's forecast was made this many weeks before the week started. */
  lagWeeks: Scalars['Int']['output'];
  /** WAPE = sum |actual - forecast| / sum actual x 100 (numerator: absolute errors, denominator: actual units); null when there was no actual demand. */
  wape: KpiReading;
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

/** How well suppliers' ETAs predicted arrival: the first receipt of each PO line received in the period, against the ETA the supplier held 7 days before it. */
export type InboundEtaAccuracy = {
  __typename?: 'InboundEtaAccuracy';
  /** Mean of (receipt date - ETA) in days (4 decimals; positive means later than the ETA); null when nothing was received. */
  biasDays: Maybe<Scalars['Decimal']['output']>;
  /** Mean of |receipt date - ETA| in days (4 decimals); null when nothing was received. */
  meanAbsoluteErrorDays: Maybe<Scalars['Decimal']['output']>;
  /** Share of those receipts within +-2 days of the ETA x 100 (numerator: within, denominator: receipts). */
  withinTwoDays: KpiMeasure;
};

/** An age band of stock, in days since receipt. */
export type InventoryAgeBucket =
  /** 0 to 30 days. */
  | 'DAYS_0_30'
  /** 31 to 60 days. */
  | 'DAYS_31_60'
  /** 61 to 90 days. */
  | 'DAYS_61_90'
  /** 91 to 180 days. */
  | 'DAYS_91_180'
  /** 181 to 365 days. */
  | 'DAYS_181_365'
  /** More than 365 days. */
  | 'OVER_365';

/** How inventory aging is grouped. */
export type InventoryAgingDimension =
  /** By the branch holding the stock. */
  | 'BRANCH'
  /** By the item family in the ERP item master. */
  | 'FAMILY';

/** Stock of one family or branch in one age band at a period end. */
export type InventoryAgingRow = {
  __typename?: 'InventoryAgingRow';
  /** The age band. */
  bucket: InventoryAgeBucket;
  /** What the rows are grouped by: family or branch. */
  dimension: Scalars['String']['output'];
  /** The family code or branch code. */
  dimensionValue: Scalars['String']['output'];
  /** Units on hand in the band. */
  quantity: Scalars['Int']['output'];
  /** Their value at the cost of the receipt layers they came in on. */
  value: Money;
};

/**
 * A product's stock at one branch, as last synced from the warehouse. The quantities are null
 * unless the caller sees exact stock: signed-in buyers and staff, or staff only with
 * OPSGRAPH_EXACT_STOCK_FOR=staff. Anonymous visitors read Product.availability's bands instead.
 */
export type InventoryPosition = {
  __typename?: 'InventoryPosition';
  /**
   * Free stock in the ERP: on hand - on hold - safety stock. This is before customer order
   * allocations (those live in the OMS), and may be negative when holds and safety stock exceed on
   * hand. Null unless the caller sees exact stock.
   */
  available: Maybe<Scalars['Int']['output']>;
  /** The branch holding the stock. */
  branch: Branch;
  /** When this position was last synced from the warehouse. */
  lastSyncedAt: Scalars['DateTime']['output'];
  /** Units physically on the shelf; null unless the caller sees exact stock. */
  onHand: Maybe<Scalars['Int']['output']>;
  /** Units on hold and not sellable (quality, damage, cycle count); null unless the caller sees exact stock. */
  onHold: Maybe<Scalars['Int']['output']>;
  /** Units kept back as a buffer against demand and supply swings; null unless the caller sees exact stock. */
  safetyStock: Maybe<Scalars['Int']['output']>;
  /** Whole minutes from the last sync to the as-of instant (the dataset's as-of time, else now). */
  syncAgeMinutes: Scalars['Int']['output'];
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

/** A bill sent to a customer account. */
export type Invoice = {
  __typename?: 'Invoice';
  /** The account billed. */
  account: Account;
  /** The amount billed. */
  amount: Money;
  /** What is still owed: amount - paid amount. */
  balance: Money;
  /** Whole days from the due date to the as-of date (UTC); 0 when not yet due, paid in full or void. */
  daysPastDue: Scalars['Int']['output'];
  /** Disputes raised against the invoice, oldest first. */
  disputes: Array<Dispute>;
  /** The date payment is due. */
  dueDate: Scalars['Date']['output'];
  /** The invoice number, e.g. "INV-000001". */
  id: Scalars['ID']['output'];
  /** When the invoice was issued. */
  issuedAt: Scalars['DateTime']['output'];
  /** What was billed, line by line, by line number (empty for manual invoices). */
  lines: Array<InvoiceLine>;
  /** The sales order billed; null for invoices not tied to an order. */
  order: Maybe<Order>;
  /** The sum of payments received against the invoice. */
  paidAmount: Money;
  /** Payments received against the invoice, oldest first. */
  payments: Array<Payment>;
  /** The channel the billed order came in through; null for manual invoices (credits, service charges). */
  salesChannel: Maybe<SalesChannel>;
  /** Where the invoice stands. */
  status: InvoiceStatus;
};

/** A page of invoices. */
export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  /** The invoices on this page, each with its cursor. */
  edges: Array<InvoiceEdge>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many invoices match across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One invoice in a page, with the cursor that points at it. */
export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  /** Pass as `after` to continue the list after this invoice. */
  cursor: Scalars['String']['output'];
  /** The invoice. */
  node: Invoice;
};

/** One billed line: the order line a shipment carried, with its prices frozen at invoicing. */
export type InvoiceLine = {
  __typename?: 'InvoiceLine';
  /** quantity x unitPrice. */
  amount: Money;
  /** The billed order line's number (ties back to the OMS order line). */
  lineNumber: Scalars['Int']['output'];
  /** The item's list price per unit on the invoice date. */
  listPrice: Money;
  /** The product shipped (the substitute, when the order line was substituted). */
  product: Product;
  /** Units billed. */
  quantity: Scalars['Int']['output'];
  /** The item's standard cost per unit on the invoice date (staff only). */
  unitCost: Money;
  /** The price charged per unit. */
  unitPrice: Money;
};

/** Where an invoice stands. */
export type InvoiceStatus =
  /** The customer disputes the invoice; collection waits for the dispute. */
  | 'DISPUTED'
  /** Issued and not yet paid. */
  | 'OPEN'
  /** Paid in full. */
  | 'PAID'
  /** Some of the amount paid. */
  | 'PARTIALLY_PAID'
  /** Cancelled; nothing is owed. */
  | 'VOID';

/** The ERP's record of an item: how it is costed, priced, bought and stocked. */
export type ItemMaster = {
  __typename?: 'ItemMaster';
  /** False when the item is discontinued and no longer sold or replenished. */
  active: Scalars['Boolean']['output'];
  /** The item's description as it appears on invoices and purchase orders. */
  description: Scalars['String']['output'];
  /** The item family the ERP files it under, e.g. "fasteners". */
  family: Scalars['String']['output'];
  /** The list price of one unit, before price lists, quantity breaks and contract prices. */
  listPrice: Money;
  /** The smallest quantity a customer may order. */
  minOrderQuantity: Scalars['Int']['output'];
  /** Orders must be in multiples of this many units (above the minimum). */
  orderIncrement: Scalars['Int']['output'];
  /** The supplier the item is normally bought from. */
  primarySupplier: Supplier;
  /** The standard cost of one unit, used for cost of goods sold and inventory valuation. */
  standardCost: Money;
  /** The unit the item is counted, sold and bought in: EA (each), BX (box), FT (foot), PK (pack), RL (roll). */
  unitOfMeasure: Scalars['String']['output'];
  /** How fast the item sells (A fast, B medium, C slow). */
  velocityTier: VelocityTier;
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

/** A span of consecutive ISO weeks (UTC) that KPIs are read over; the ERP and OMS add the KPI fields. */
export type KpiPeriod = {
  __typename?: 'KpiPeriod';
  /** Every customer account's segment, cohort and payment terms (for the OMS's KPIs; not period-specific). */
  accountProfiles: Array<AccountProfile>;
  /**
   * Average days delinquent (KPI standards) = DSO - best possible DSO = past-due AR at the end of
   * the period's last week / credit sales of the trailing 91 days x 91. Numerator = past-due AR,
   * denominator = average daily credit sales.
   */
  averageDaysDelinquent: KpiMeasure;
  /**
   * Best possible DSO (KPI standards) = current (not yet due) AR at the end of the period's last
   * week / credit sales of the trailing 91 days x 91. An invoice is current through its due date.
   * Numerator = current AR, denominator = average daily credit sales.
   */
  bestPossibleDso: KpiMeasure;
  /**
   * Contribution margin (KPI standards) = revenue - COGS - outbound freight (expedite premiums
   * included) - pick/pack - return costs, for the period as a whole. Revenue and COGS are the
   * period's invoices; the costs are the OMS's fulfilment cost totals of the orders placed in the
   * period. Short-ship costs are not subtracted again: their units were never invoiced and their
   * re-shipment freight is already in outbound freight. Payment fees and rebates are not recorded.
   * Unit MONEY, denominator 1.
   */
  contributionMargin: KpiReading;
  /**
   * Credit hold frequency (KPI standards) = orders put on credit hold / orders placed x 100.
   * Numerator: distinct orders whose hold was placed in the period (by hold week; holds follow
   * placement within minutes); denominator: the OMS's orders placed per week. Account-level holds
   * without an order are not counted.
   */
  creditHoldFrequency: KpiMeasure;
  /** Credit hold release time (KPI standards): released - held, for the holds released in the period. */
  creditHoldReleaseTime: CreditHoldReleaseTime;
  /**
   * Dispute cycle time (KPI standards) = sum of (resolved - opened) in days / disputes resolved, for
   * the disputes resolved in the period.
   */
  disputeCycleTimeDays: KpiMeasure;
  /**
   * Dispute rate (KPI standards) = invoices disputed / invoices issued x 100, attributed as a flow:
   * the numerator counts invoices whose FIRST dispute (of the reason, for the cut) was opened in the
   * period, so a week's reading is final when the week ends and an invoice counts once over any
   * range; the denominator counts the invoices issued in the period (void included).
   */
  disputeRate: KpiMeasure;
  /**
   * Dispute rate tied to order quality (KPI standards) = invoices whose first quantity,
   * documentation or damage dispute was opened in the period / invoices issued in the period x 100.
   */
  disputeRateOrderQuality: KpiMeasure;
  /**
   * DSO (KPI standards), as of the end of the period's last week (a balance: the period reads as
   * its last week; byWeek gives each week's end). TRAILING_91: ending AR / credit sales of the 91
   * days ending then x 91; numerator = ending AR, denominator = average daily credit sales
   * (credit sales / 91). COUNTBACK: ending AR is matched against calendar months' credit sales,
   * newest first (the running month counts its elapsed days); numerator = days, denominator 1.
   * AR at an instant = non-void invoices issued by then - payments received by then; credit sales
   * = non-void invoices issued. By cohort: sum of the cohort's AR / sum of its credit sales.
   */
  dso: KpiMeasure;
  /**
   * Forecast accuracy (KPI standards) against the trailing 2, 4 and 8 weeks of actual demand ending
   * toWeek: per product and week, actual = units ordered (OMS, customer cancellations excluded) and
   * forecast = the ERP's lag-1 forecast (made 1 week before the week started).
   */
  forecastAccuracy: ForecastAccuracy;
  /** The first ISO week of the period. */
  fromWeek: Scalars['IsoWeek']['output'];
  /** Fulfilment costs of the orders placed in the period (from the OMS): subtracted in contribution margin. */
  fulfilmentCostTotals: FulfilmentCostTotals;
  /**
   * Gross margin % (KPI standards) = (revenue - COGS) / revenue x 100, over the invoices issued in
   * the period (void excluded); COGS = invoiced quantity x the item's standard cost at invoicing.
   * Numerator = revenue - COGS, denominator = revenue; null when nothing was invoiced.
   */
  grossMarginPercent: KpiMeasure;
  /** Inbound ETA accuracy (KPI standards): first receipts of the period against the ETA the supplier held 7 days before arrival. */
  inboundEtaAccuracy: InboundEtaAccuracy;
  /**
   * Inventory aging (KPI standards): the FIFO receipt layers on hand, aged to the Sunday ending the
   * period (days since receipt; layers received after it are left out), in buckets 0-30, 31-60,
   * 61-90, 91-180, 181-365 and over 365 days, with quantity and value at the layer's cost. Every
   * bucket of every family or branch that holds stock is listed, family or branch then bucket.
   * The layers are today's: an earlier period end ages the stock on hand now, not as it was then.
   */
  inventoryAging: Array<InventoryAgingRow>;
  /** Current stock positions per product and branch (for the OMS's KPIs; not period-specific), by product then branch. */
  inventorySnapshot: Array<InventorySnapshotRow>;
  /** Every item's velocity tier (for the OMS's KPIs; not period-specific). */
  itemVelocityTiers: Array<ItemVelocityTier>;
  /** Orders placed per ISO week of the period (from the OMS): the denominator of credit hold frequency. */
  ordersPlacedByWeek: Array<WeeklyCount>;
  /**
   * Price leakage: over the lines of the invoices issued in the period (void excluded), the sum of
   * (list price - invoiced unit price) x quantity, floored at 0 per line.
   */
  priceLeakage: Money;
  /**
   * Revenue (project definition; the playbook's "revenue by channel and segment"): the amounts of
   * the invoices issued in the period (void invoices excluded), by issue week. Unit MONEY (USD),
   * numerator = revenue, denominator 1; a week without invoices reads 0.
   */
  revenue: KpiMeasure;
  /** Units ordered per product and week for the 8 weeks ending toWeek (from the OMS): the actuals of forecast accuracy. */
  skuWeeklyDemand: Array<SkuWeekQuantity>;
  /**
   * Supplier on-time delivery (KPI standards) = PO lines received within the window / PO lines due
   * x 100. Lines due: lines whose supplier commit date falls in the period (cancelled purchase
   * orders excluded). Within the window: first receipt from 2 days before to 0 days after the
   * commit date (UTC dates); a line not received counts as late.
   */
  supplierOnTimeDelivery: KpiMeasure;
  /** The last ISO week of the period, inclusive. */
  toWeek: Scalars['IsoWeek']['output'];
};


/** A span of consecutive ISO weeks (UTC) that KPIs are read over; the ERP and OMS add the KPI fields. */
export type KpiPeriodAverageDaysDelinquentArgs = {
  by?: InputMaybe<ReceivablesDimension>;
};


/** A span of consecutive ISO weeks (UTC) that KPIs are read over; the ERP and OMS add the KPI fields. */
export type KpiPeriodBestPossibleDsoArgs = {
  by?: InputMaybe<ReceivablesDimension>;
};


/** A span of consecutive ISO weeks (UTC) that KPIs are read over; the ERP and OMS add the KPI fields. */
export type KpiPeriodDisputeRateArgs = {
  by?: InputMaybe<DisputeDimension>;
};


/** A span of consecutive ISO weeks (UTC) that KPIs are read over; the ERP and OMS add the KPI fields. */
export type KpiPeriodDsoArgs = {
  by?: InputMaybe<ReceivablesDimension>;
  method?: InputMaybe<DsoMethod>;
};


/** A span of consecutive ISO weeks (UTC) that KPIs are read over; the ERP and OMS add the KPI fields. */
export type KpiPeriodGrossMarginPercentArgs = {
  by?: InputMaybe<RevenueDimension>;
};


/** A span of consecutive ISO weeks (UTC) that KPIs are read over; the ERP and OMS add the KPI fields. */
export type KpiPeriodInventoryAgingArgs = {
  by?: InputMaybe<InventoryAgingDimension>;
};


/** A span of consecutive ISO weeks (UTC) that KPIs are read over; the ERP and OMS add the KPI fields. */
export type KpiPeriodRevenueArgs = {
  by?: InputMaybe<RevenueDimension>;
};


/** A span of consecutive ISO weeks (UTC) that KPIs are read over; the ERP and OMS add the KPI fields. */
export type KpiPeriodSupplierOnTimeDeliveryArgs = {
  by?: InputMaybe<SupplierDimension>;
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
  /** Applies integration events the ERP owns (inventory_snapshot, inventory_advice, payment, po_acknowledgment, ship_notice), handed over by the integration intake. The batch is one transaction; each event applies whole or fails alone with a reason, and an event applied before answers already_applied without applying twice. One outcome per event, in input order. Staff only. */
  applyErpEvents: Array<ErpEventOutcome>;
};


export type MutationApplyErpEventsArgs = {
  events: Array<ErpEventToApply>;
};

/** A cheaper price from a larger quantity. */
export type NextPriceBreak = {
  __typename?: 'NextPriceBreak';
  /** The quantity from which it applies. */
  minQuantity: Scalars['Int']['output'];
  /** The net price of one unit from that quantity. */
  unitPrice: Money;
};

/** What one product costs the caller at a quantity, and whether that quantity can be ordered. */
export type Offer = {
  __typename?: 'Offer';
  /** The buyer's account terms and credit for an order of extendedPrice; null unless the caller is a signed-in buyer. */
  account: Maybe<OfferAccount>;
  /** The quantity break applied (its minimum quantity); null for the list price. */
  breakMinQuantity: Maybe<Scalars['Int']['output']>;
  /** unitPrice x quantity. */
  extendedPrice: Money;
  /** The next cheaper quantity break from the same rules, e.g. buy 50 for less; null when none is cheaper. */
  nextBreak: Maybe<NextPriceBreak>;
  /** Where unitPrice comes from. */
  priceSource: PriceSource;
  /** The quantity priced. */
  quantity: Scalars['Int']['output'];
  /** The product's ordering rules and whether this quantity meets them. */
  quantityRules: QuantityRules;
  /** The net price of one unit at this quantity. */
  unitPrice: Money;
};

/** The buyer's account as it bears on an order of the offer's value. */
export type OfferAccount = {
  __typename?: 'OfferAccount';
  /** The account number. */
  accountId: Scalars['ID']['output'];
  /**
   * Credit left before this order: credit limit - open receivables (invoiced, unpaid). Open orders
   * not yet invoiced live in the OMS and are not counted here. Negative when over the limit.
   */
  creditHeadroom: Money;
  /** Every rule that would hold it (account on hold, over the credit limit, invoices past due); empty when it would release. */
  creditHoldReasons: Array<CreditHoldReasonNote>;
  /** The account's payment terms. */
  paymentTerms: PaymentTerms;
  /** True when an order of this offer's extended price would go on credit hold. */
  wouldHoldCredit: Scalars['Boolean']['output'];
};

/** A customer's sales order: what was ordered, from which branch, and how far it has got. */
export type Order = {
  __typename?: 'Order';
  /** Times credit control held this order, oldest first. */
  creditHolds: Array<CreditHold>;
  /** The order number, e.g. "SO-000001". */
  id: Scalars['ID']['output'];
  /** Invoices billed for this order, oldest first. */
  invoices: Array<Invoice>;
};

/** Where a page of a list ends, for cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` to get the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Money received from a customer against an invoice. */
export type Payment = {
  __typename?: 'Payment';
  /** The amount received. */
  amount: Money;
  /** The payment number. */
  id: Scalars['ID']['output'];
  /** How the payment reached us. */
  method: PaymentMethod;
  /** When the payment was received. */
  receivedAt: Scalars['DateTime']['output'];
};

/** How a payment reached us. */
export type PaymentMethod =
  /** Bank transfer through the ACH network. */
  | 'ACH'
  /** Credit or purchasing card. */
  | 'CARD'
  /** Paper cheque. */
  | 'CHECK'
  /** Wire transfer. */
  | 'WIRE';

/** When an account has to pay its invoices. */
export type PaymentTerms = {
  __typename?: 'PaymentTerms';
  /** The terms as written on the invoice, e.g. "NET30" or "2/10 NET30". */
  code: Scalars['String']['output'];
  /** Days from invoice to due date. */
  netDays: Scalars['Int']['output'];
};

/** A unit price that applies from a minimum quantity up to the next break. */
export type PriceBreak = {
  __typename?: 'PriceBreak';
  /** The smallest order quantity this price applies to. */
  minQuantity: Scalars['Int']['output'];
  /** The price of one unit at this quantity. */
  unitPrice: Money;
};

/** A list of prices by SKU and quantity break, assigned to accounts. */
export type PriceList = {
  __typename?: 'PriceList';
  /** The ISO 4217 currency the list is priced in. */
  currencyCode: Scalars['String']['output'];
  /** The price list code, e.g. "PL-CONTRACTOR". */
  id: Scalars['ID']['output'];
  /** The price list's name. */
  name: Scalars['String']['output'];
  /** The quantity breaks for one SKU, smallest minimum quantity first; empty when the list does not price it. */
  prices: Array<PriceBreak>;
};


/** A list of prices by SKU and quantity break, assigned to accounts. */
export type PriceListPricesArgs = {
  sku: Scalars['ID']['input'];
};

/** Where a net price comes from. */
export type PriceSource =
  /** The account's contract price (valid on the as-of date), at the quantity break reached. */
  | 'CONTRACT'
  /** The item's list price: no contract or price list price applies, or the caller has no account. */
  | 'LIST'
  /** The account's price list, at the quantity break reached. */
  | 'PRICE_LIST';

/** A product the distributor sells, as the product information system describes it. */
export type Product = {
  __typename?: 'Product';
  /** False when the caller is a buyer whose account refuses substitutes; true otherwise. Required by the PIM's substitutes. */
  buyerAllowsSubstitutions: Scalars['Boolean']['output'];
  /** Weekly demand forecast snapshots for this product, by week then forecast lag. */
  demandForecast: Array<WeeklyForecast>;
  /**
   * Purchase order lines still expected from suppliers: lines on open or partially received purchase
   * orders with fewer units received than ordered, soonest current ETA first (lines without an ETA last).
   */
  inboundSupply: Array<PurchaseOrderLine>;
  /**
   * Stock of this product at each branch that holds it, ordered by branch code. Every caller sees
   * which branches hold it and how old their figures are; the quantities are null unless the caller
   * sees exact stock (see InventoryPosition).
   */
  inventory: Array<InventoryPosition>;
  /** The ERP item record (costs, list price, ordering rules, supplier); null when the ERP has no item for this SKU. */
  itemMaster: Maybe<ItemMaster>;
  /** Units physically on hand, summed over every branch; 0 when no branch holds the product; null unless the caller sees exact stock. */
  networkOnHand: Maybe<Scalars['Int']['output']>;
  /** Units on hold (quality, damage, cycle count), summed over every branch; 0 when no branch holds the product; null unless the caller sees exact stock. */
  networkOnHold: Maybe<Scalars['Int']['output']>;
  /** Safety stock units reserved, summed over every branch; 0 when no branch holds the product; null unless the caller sees exact stock. */
  networkSafetyStock: Maybe<Scalars['Int']['output']>;
  /**
   * What this product costs the caller at a quantity, with the ordering rules and, for a signed-in
   * buyer, their account's payment terms, credit headroom and whether an order of this value would
   * go on credit hold. The account is the caller's (from the verified bearer token), never an
   * argument: a buyer is priced by their contract and price list, anyone else at list price. Null
   * when the ERP has no item for this SKU.
   */
  offer: Maybe<Offer>;
  /** The stock keeping unit, e.g. "BRG-6204-2RS". */
  sku: Scalars['ID']['output'];
  /**
   * The ERP facts the OMS promises from (stock by branch, inbound purchase order lines with their
   * supplier's measured ETA slip, the replenishing supplier's lead time), as one JSON document
   * (lib/supply-facts.ts). Not part of the public graph: the OMS requires it for
   * Product.availability and Product.promise, for every caller (the OMS bands or withholds what the
   * caller may not see), so it is never narrowed by the caller.
   */
  supplyFacts: Scalars['String']['output'];
};


/** A product the distributor sells, as the product information system describes it. */
export type ProductDemandForecastArgs = {
  fromWeek: Scalars['Date']['input'];
  toWeek: Scalars['Date']['input'];
};


/** A product the distributor sells, as the product information system describes it. */
export type ProductInventoryArgs = {
  branchCode?: InputMaybe<Scalars['ID']['input']>;
};


/** A product the distributor sells, as the product information system describes it. */
export type ProductOfferArgs = {
  quantity: Scalars['Int']['input'];
};

/** An order we placed with a supplier to replenish a branch. */
export type PurchaseOrder = {
  __typename?: 'PurchaseOrder';
  /** The branch the stock is to be delivered to. */
  branch: Branch;
  /** The purchase order number, e.g. "PO-000001". */
  id: Scalars['ID']['output'];
  /** The order's lines, by line number. */
  lines: Array<PurchaseOrderLine>;
  /** When the order was placed. */
  orderedAt: Scalars['DateTime']['output'];
  /** Where the order stands. */
  status: PurchaseOrderStatus;
  /** The supplier the order was placed with. */
  supplier: Supplier;
};

/** A page of purchase orders. */
export type PurchaseOrderConnection = {
  __typename?: 'PurchaseOrderConnection';
  /** The purchase orders on this page, each with its cursor. */
  edges: Array<PurchaseOrderEdge>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many purchase orders there are across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One purchase order in a page, with the cursor that points at it. */
export type PurchaseOrderEdge = {
  __typename?: 'PurchaseOrderEdge';
  /** Pass as `after` to continue the list after this purchase order. */
  cursor: Scalars['String']['output'];
  /** The purchase order. */
  node: PurchaseOrder;
};

/** One product line of a purchase order. */
export type PurchaseOrderLine = {
  __typename?: 'PurchaseOrderLine';
  /** The supplier's latest estimated arrival date; null once the line has been received. */
  currentEta: Maybe<Scalars['Date']['output']>;
  /** The line's number within its purchase order, from 1. */
  lineNumber: Scalars['Int']['output'];
  /** Units still expected: ordered - received, never below 0. */
  openQuantity: Scalars['Int']['output'];
  /** Units ordered. */
  orderedQuantity: Scalars['Int']['output'];
  /** The product ordered. */
  product: Product;
  /** The purchase order the line belongs to. */
  purchaseOrder: PurchaseOrder;
  /** The deliveries received against this line, oldest first. */
  receipts: Array<Receipt>;
  /** Units received so far. */
  receivedQuantity: Scalars['Int']['output'];
  /** The delivery date the supplier committed to when the order was placed. */
  supplierCommitDate: Scalars['Date']['output'];
  /** The agreed cost of one unit, in the item's currency. */
  unitCost: Money;
};

/** Where a purchase order stands. */
export type PurchaseOrderStatus =
  /** Cancelled; nothing more will arrive. */
  | 'CANCELLED'
  /** Placed with the supplier; nothing received yet. */
  | 'OPEN'
  /** Some units received, more still expected. */
  | 'PARTIALLY_RECEIVED'
  /** Everything expected has been received. */
  | 'RECEIVED';

/** How a product may be ordered. */
export type QuantityRules = {
  __typename?: 'QuantityRules';
  /** The smallest quantity that may be ordered. */
  minOrderQuantity: Scalars['Int']['output'];
  /** Quantities must be multiples of this (at or above the minimum). */
  orderIncrement: Scalars['Int']['output'];
  /** True when the offer's quantity meets every rule. */
  valid: Scalars['Boolean']['output'];
  /** Each rule the quantity breaks, with the nearest valid quantities; empty when valid. */
  violations: Array<QuantityViolation>;
};

/** A quantity rule broken. */
export type QuantityViolation = {
  __typename?: 'QuantityViolation';
  /** Which rule: BELOW_MINIMUM or NOT_A_MULTIPLE. */
  code: Scalars['String']['output'];
  /** The problem in words, e.g. "quantity 7 is below the minimum order quantity 10". */
  message: Scalars['String']['output'];
  /** The valid quantities nearest to the one asked for. */
  nearestValid: Array<Scalars['Int']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** One customer account by its number; null when no account has that number. */
  account: Maybe<Account>;
  /** Customer accounts matching a filter, ordered by account number, one page at a time. */
  accounts: AccountConnection;
  /** One branch (warehouse) by its code; null when no branch has that code. */
  branch: Maybe<Branch>;
  /** Every branch of the distribution network, ordered by code. */
  branches: Array<Branch>;
  /** One invoice by its number; null when no invoice has that number. */
  invoice: Maybe<Invoice>;
  /** One purchase order by its number; null when no purchase order has that number. */
  purchaseOrder: Maybe<PurchaseOrder>;
  /** One supplier by its number; null when no supplier has that number. */
  supplier: Maybe<Supplier>;
  /** Suppliers ordered by supplier number, one page at a time. */
  suppliers: SupplierConnection;
};


export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBranchArgs = {
  code: Scalars['ID']['input'];
};


export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPurchaseOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySupplierArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySuppliersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One delivery of units received against a purchase order line. */
export type Receipt = {
  __typename?: 'Receipt';
  /** The receipt number. */
  id: Scalars['ID']['output'];
  /** Units received in this delivery. */
  quantity: Scalars['Int']['output'];
  /** When the units were received at the branch. */
  receivedAt: Scalars['DateTime']['output'];
};

/** How receivables KPIs are cut. */
export type ReceivablesDimension =
  /** By the accounts' onboarding cohort, e.g. 2025-H1. */
  | 'COHORT';

/** How revenue and margin are cut. */
export type RevenueDimension =
  /** By the order's entry channel as the ERP recorded it at invoicing (portal, rep, edi, api; manual for invoices without one). */
  | 'CHANNEL'
  /** By the billed account's customer segment. */
  | 'SEGMENT';

/** The channel an order came in through, as the ERP records it when invoicing. */
export type SalesChannel =
  /** The customer's system called our API. */
  | 'API'
  /** An EDI purchase order (X12 850). */
  | 'EDI'
  /** The customer's self-service web portal. */
  | 'PORTAL'
  /** A sales representative entered it. */
  | 'REP';

/** The weekly operations scorecard for one ISO week: the KPIs currently on it, judged on that week's readings. */
export type Scorecard = {
  __typename?: 'Scorecard';
  /**
   * One reading per ISO week for the 13 weeks ending week (oldest first, dimension null) of every
   * scorecard-eligible KPI the ERP owns, in this order: dso (trailing-91-day method),
   * credit_hold_release_time (mean hours), credit_hold_frequency, dispute_rate_order_quality,
   * gross_margin_percent, supplier_on_time_delivery. Each follows the formula of the KpiPeriod
   * field of the same name for a period of one week, read from the weekly aggregates.
   */
  erpReadings: Array<KpiReading>;
  /** Orders placed per ISO week for the 13 weeks ending week (from the OMS): the denominator of credit hold frequency. */
  ordersPlacedByWeek: Array<WeeklyCount>;
  /** The ISO week reviewed. */
  week: Scalars['IsoWeek']['output'];
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

/** A company we buy stock from. */
export type Supplier = {
  __typename?: 'Supplier';
  /** The country the supplier ships from (ISO 3166 code). */
  country: Scalars['String']['output'];
  /** The supplier number, e.g. "SUP-001". */
  id: Scalars['ID']['output'];
  /** Days the supplier quotes from purchase order to delivery. */
  leadTimeDays: Scalars['Int']['output'];
  /** The supplier's name. */
  name: Scalars['String']['output'];
  /** The payment terms agreed with the supplier, e.g. "NET30". */
  paymentTerms: Scalars['String']['output'];
  /** Purchase orders placed with this supplier, newest first. */
  purchaseOrders: PurchaseOrderConnection;
};


/** A company we buy stock from. */
export type SupplierPurchaseOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of suppliers. */
export type SupplierConnection = {
  __typename?: 'SupplierConnection';
  /** The suppliers on this page, each with its cursor. */
  edges: Array<SupplierEdge>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many suppliers there are across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** How supplier KPIs are cut. */
export type SupplierDimension =
  /** By supplier number. */
  | 'SUPPLIER';

/** One supplier in a page, with the cursor that points at it. */
export type SupplierEdge = {
  __typename?: 'SupplierEdge';
  /** Pass as `after` to continue the list after this supplier. */
  cursor: Scalars['String']['output'];
  /** The supplier. */
  node: Supplier;
};

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

/** One forecast snapshot of a product's demand for one ISO week. */
export type WeeklyForecast = {
  __typename?: 'WeeklyForecast';
  /** Units forecast to be ordered in the week. */
  forecastQuantity: Scalars['Int']['output'];
  /** How many weeks before the week started this forecast was made (the forecast lag). */
  lagWeeks: Scalars['Int']['output'];
  /** The Monday the ISO week starts on. */
  weekStart: Scalars['Date']['output'];
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
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"fulfilmentCostTotals":{"outboundFreight":{"minorUnits":true},"expedite":{"minorUnits":true},"pickPack":{"minorUnits":true},"returns":{"minorUnits":true},"shortShip":{"minorUnits":true}}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"fulfilmentCostTotals":{"outboundFreight":{"minorUnits":true},"expedite":{"minorUnits":true},"pickPack":{"minorUnits":true},"returns":{"minorUnits":true},"shortShip":{"minorUnits":true}},"ordersPlacedByWeek":{"week":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"fulfilmentCostTotals":{"outboundFreight":{"minorUnits":true},"expedite":{"minorUnits":true},"pickPack":{"minorUnits":true},"returns":{"minorUnits":true},"shortShip":{"minorUnits":true}},"skuWeeklyDemand":{"sku":true,"week":true,"quantity":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"fulfilmentCostTotals":{"outboundFreight":{"minorUnits":true},"expedite":{"minorUnits":true},"pickPack":{"minorUnits":true},"returns":{"minorUnits":true},"shortShip":{"minorUnits":true}},"ordersPlacedByWeek":{"week":true,"count":true},"skuWeeklyDemand":{"sku":true,"week":true,"quantity":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"ordersPlacedByWeek":{"week":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"ordersPlacedByWeek":{"week":true,"count":true},"skuWeeklyDemand":{"sku":true,"week":true,"quantity":true}}>
        | GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"skuWeeklyDemand":{"sku":true,"week":true,"quantity":true}}> ) );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"sku":true}> );
  Scorecard:
    ( { __typename: 'Scorecard' }
    & GraphQLRecursivePick<FederationTypes['Scorecard'], {"week":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Scorecard'], {"ordersPlacedByWeek":{"week":true,"count":true}}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Account: ResolverTypeWrapper<AccountRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccountConnection: ResolverTypeWrapper<Omit<AccountConnection, 'edges'> & { edges: Array<ResolversTypes['AccountEdge']> }>;
  AccountEdge: ResolverTypeWrapper<Omit<AccountEdge, 'node'> & { node: ResolversTypes['Account'] }>;
  AccountFilter: AccountFilter;
  AccountProfile: ResolverTypeWrapper<AccountProfile>;
  Branch: ResolverTypeWrapper<BranchRow>;
  ContractPrice: ResolverTypeWrapper<ContractPriceRow>;
  CreditHold: ResolverTypeWrapper<CreditHoldRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CreditHoldReason: CreditHoldReason;
  CreditHoldReasonNote: ResolverTypeWrapper<CreditHoldReasonNote>;
  CreditHoldReleaseTime: ResolverTypeWrapper<CreditHoldReleaseTime>;
  CreditStatus: CreditStatus;
  CustomerSegment: CustomerSegment;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Dispute: ResolverTypeWrapper<DisputeRow>;
  DisputeDimension: DisputeDimension;
  DisputeReason: DisputeReason;
  DsoMethod: DsoMethod;
  ErpEventOutcome: ResolverTypeWrapper<ErpEventOutcome>;
  ErpEventPartner: ErpEventPartner;
  ErpEventToApply: ErpEventToApply;
  ForecastAccuracy: ResolverTypeWrapper<ForecastAccuracy>;
  ForecastWindow: ResolverTypeWrapper<ForecastWindow>;
  FulfilmentCostTotals: ResolverTypeWrapper<FulfilmentCostTotals>;
  InboundEtaAccuracy: ResolverTypeWrapper<InboundEtaAccuracy>;
  InventoryAgeBucket: InventoryAgeBucket;
  InventoryAgingDimension: InventoryAgingDimension;
  InventoryAgingRow: ResolverTypeWrapper<InventoryAgingRow>;
  InventoryPosition: ResolverTypeWrapper<InventoryPositionRow>;
  InventorySnapshotRow: ResolverTypeWrapper<InventorySnapshotRow>;
  Invoice: ResolverTypeWrapper<InvoiceRow>;
  InvoiceConnection: ResolverTypeWrapper<Omit<InvoiceConnection, 'edges'> & { edges: Array<ResolversTypes['InvoiceEdge']> }>;
  InvoiceEdge: ResolverTypeWrapper<Omit<InvoiceEdge, 'node'> & { node: ResolversTypes['Invoice'] }>;
  InvoiceLine: ResolverTypeWrapper<InvoiceLineRow>;
  InvoiceStatus: InvoiceStatus;
  IsoWeek: ResolverTypeWrapper<Scalars['IsoWeek']['output']>;
  ItemMaster: ResolverTypeWrapper<ItemMasterRow>;
  ItemVelocityTier: ResolverTypeWrapper<ItemVelocityTier>;
  KpiDirection: KpiDirection;
  KpiMeasure: ResolverTypeWrapper<KpiMeasure>;
  KpiPeriod: ResolverTypeWrapper<KpiPeriodRow>;
  KpiReading: ResolverTypeWrapper<KpiReading>;
  KpiUnit: KpiUnit;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NextPriceBreak: ResolverTypeWrapper<NextPriceBreak>;
  Offer: ResolverTypeWrapper<Offer>;
  OfferAccount: ResolverTypeWrapper<OfferAccount>;
  Order: ResolverTypeWrapper<OrderRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payment: ResolverTypeWrapper<PaymentRow>;
  PaymentMethod: PaymentMethod;
  PaymentTerms: ResolverTypeWrapper<PaymentTerms>;
  PriceBreak: ResolverTypeWrapper<PriceBreakRow>;
  PriceList: ResolverTypeWrapper<PriceListRow>;
  PriceSource: PriceSource;
  Product: ResolverTypeWrapper<ProductRow>;
  PurchaseOrder: ResolverTypeWrapper<PurchaseOrderRow>;
  PurchaseOrderConnection: ResolverTypeWrapper<Omit<PurchaseOrderConnection, 'edges'> & { edges: Array<ResolversTypes['PurchaseOrderEdge']> }>;
  PurchaseOrderEdge: ResolverTypeWrapper<Omit<PurchaseOrderEdge, 'node'> & { node: ResolversTypes['PurchaseOrder'] }>;
  PurchaseOrderLine: ResolverTypeWrapper<PurchaseOrderLineRow>;
  PurchaseOrderStatus: PurchaseOrderStatus;
  QuantityRules: ResolverTypeWrapper<QuantityRules>;
  QuantityViolation: ResolverTypeWrapper<QuantityViolation>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Receipt: ResolverTypeWrapper<ReceiptRow>;
  ReceivablesDimension: ReceivablesDimension;
  RevenueDimension: RevenueDimension;
  SalesChannel: SalesChannel;
  Scorecard: ResolverTypeWrapper<ScorecardRow>;
  SkuWeekQuantity: ResolverTypeWrapper<SkuWeekQuantity>;
  Supplier: ResolverTypeWrapper<SupplierRow>;
  SupplierConnection: ResolverTypeWrapper<Omit<SupplierConnection, 'edges'> & { edges: Array<ResolversTypes['SupplierEdge']> }>;
  SupplierDimension: SupplierDimension;
  SupplierEdge: ResolverTypeWrapper<Omit<SupplierEdge, 'node'> & { node: ResolversTypes['Supplier'] }>;
  VelocityTier: VelocityTier;
  WeeklyCount: ResolverTypeWrapper<WeeklyCount>;
  WeeklyForecast: ResolverTypeWrapper<WeeklyForecastRow>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Account: AccountRow;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AccountConnection: Omit<AccountConnection, 'edges'> & { edges: Array<ResolversParentTypes['AccountEdge']> };
  AccountEdge: Omit<AccountEdge, 'node'> & { node: ResolversParentTypes['Account'] };
  AccountFilter: AccountFilter;
  AccountProfile: AccountProfile;
  Branch: BranchRow;
  ContractPrice: ContractPriceRow;
  CreditHold: CreditHoldRow;
  Float: Scalars['Float']['output'];
  CreditHoldReasonNote: CreditHoldReasonNote;
  CreditHoldReleaseTime: CreditHoldReleaseTime;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Dispute: DisputeRow;
  ErpEventOutcome: ErpEventOutcome;
  ErpEventPartner: ErpEventPartner;
  ErpEventToApply: ErpEventToApply;
  ForecastAccuracy: ForecastAccuracy;
  ForecastWindow: ForecastWindow;
  FulfilmentCostTotals: FulfilmentCostTotals;
  InboundEtaAccuracy: InboundEtaAccuracy;
  InventoryAgingRow: InventoryAgingRow;
  InventoryPosition: InventoryPositionRow;
  InventorySnapshotRow: InventorySnapshotRow;
  Invoice: InvoiceRow;
  InvoiceConnection: Omit<InvoiceConnection, 'edges'> & { edges: Array<ResolversParentTypes['InvoiceEdge']> };
  InvoiceEdge: Omit<InvoiceEdge, 'node'> & { node: ResolversParentTypes['Invoice'] };
  InvoiceLine: InvoiceLineRow;
  IsoWeek: Scalars['IsoWeek']['output'];
  ItemMaster: ItemMasterRow;
  ItemVelocityTier: ItemVelocityTier;
  KpiMeasure: KpiMeasure;
  KpiPeriod: KpiPeriodRow;
  KpiReading: KpiReading;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  NextPriceBreak: NextPriceBreak;
  Offer: Offer;
  OfferAccount: OfferAccount;
  Order: OrderRow;
  PageInfo: PageInfo;
  Payment: PaymentRow;
  PaymentTerms: PaymentTerms;
  PriceBreak: PriceBreakRow;
  PriceList: PriceListRow;
  Product: ProductRow;
  PurchaseOrder: PurchaseOrderRow;
  PurchaseOrderConnection: Omit<PurchaseOrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['PurchaseOrderEdge']> };
  PurchaseOrderEdge: Omit<PurchaseOrderEdge, 'node'> & { node: ResolversParentTypes['PurchaseOrder'] };
  PurchaseOrderLine: PurchaseOrderLineRow;
  QuantityRules: QuantityRules;
  QuantityViolation: QuantityViolation;
  Query: Record<PropertyKey, never>;
  Receipt: ReceiptRow;
  Scorecard: ScorecardRow;
  SkuWeekQuantity: SkuWeekQuantity;
  Supplier: SupplierRow;
  SupplierConnection: Omit<SupplierConnection, 'edges'> & { edges: Array<ResolversParentTypes['SupplierEdge']> };
  SupplierEdge: Omit<SupplierEdge, 'node'> & { node: ResolversParentTypes['Supplier'] };
  WeeklyCount: WeeklyCount;
  WeeklyForecast: WeeklyForecastRow;
};

export type AccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account'], FederationReferenceType extends FederationReferenceTypes['Account'] = FederationReferenceTypes['Account']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Account']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allowsSubstitutions?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cohort?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contractPrices?: Resolver<Array<ResolversTypes['ContractPrice']>, ParentType, ContextType, Partial<AccountContractPricesArgs>>;
  creditHeadroom?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  creditHolds?: Resolver<Array<ResolversTypes['CreditHold']>, ParentType, ContextType, RequireFields<AccountCreditHoldsArgs, 'openOnly'>>;
  creditLimit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  creditStatus?: Resolver<ResolversTypes['CreditStatus'], ParentType, ContextType>;
  disputes?: Resolver<Array<ResolversTypes['Dispute']>, ParentType, ContextType, RequireFields<AccountDisputesArgs, 'openOnly'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoices?: Resolver<ResolversTypes['InvoiceConnection'], ParentType, ContextType, RequireFields<AccountInvoicesArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openBalance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  paymentTerms?: Resolver<ResolversTypes['PaymentTerms'], ParentType, ContextType>;
  priceList?: Resolver<ResolversTypes['PriceList'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['CustomerSegment'], ParentType, ContextType>;
};

export type AccountConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountConnection'] = ResolversParentTypes['AccountConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccountEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccountEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountEdge'] = ResolversParentTypes['AccountEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
};

export type AccountProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountProfile'] = ResolversParentTypes['AccountProfile']> = {
  accountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cohort?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paymentTermsDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['CustomerSegment'], ParentType, ContextType>;
};

export type BranchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Branch'] = ResolversParentTypes['Branch'], FederationReferenceType extends FederationReferenceTypes['Branch'] = FederationReferenceTypes['Branch']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Branch']> | FederationReferenceType, FederationReferenceType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inventorySyncAgeMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inventorySyncStale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastInventorySyncAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  syncStaleAfterMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContractPriceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContractPrice'] = ResolversParentTypes['ContractPrice']> = {
  minQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type CreditHoldResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditHold'] = ResolversParentTypes['CreditHold']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  heldAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  hoursHeld?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['CreditHoldReason'], ParentType, ContextType>;
  releasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type CreditHoldReasonNoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditHoldReasonNote'] = ResolversParentTypes['CreditHoldReasonNote']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreditHoldReleaseTimeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditHoldReleaseTime'] = ResolversParentTypes['CreditHoldReleaseTime']> = {
  mean?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType>;
  medianHours?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  p90Hours?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DisputeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dispute'] = ResolversParentTypes['Dispute']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoice?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['DisputeReason'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  tiedToOrderQuality?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ErpEventOutcomeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ErpEventOutcome'] = ResolversParentTypes['ErpEventOutcome']> = {
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ForecastAccuracyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForecastAccuracy'] = ResolversParentTypes['ForecastAccuracy']> = {
  trailing2Weeks?: Resolver<ResolversTypes['ForecastWindow'], ParentType, ContextType>;
  trailing4Weeks?: Resolver<ResolversTypes['ForecastWindow'], ParentType, ContextType>;
  trailing8Weeks?: Resolver<ResolversTypes['ForecastWindow'], ParentType, ContextType>;
};

export type ForecastWindowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForecastWindow'] = ResolversParentTypes['ForecastWindow']> = {
  bias?: Resolver<ResolversTypes['KpiReading'], ParentType, ContextType>;
  lagWeeks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wape?: Resolver<ResolversTypes['KpiReading'], ParentType, ContextType>;
};

export type InboundEtaAccuracyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InboundEtaAccuracy'] = ResolversParentTypes['InboundEtaAccuracy']> = {
  biasDays?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  meanAbsoluteErrorDays?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  withinTwoDays?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType>;
};

export type InventoryAgingRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InventoryAgingRow'] = ResolversParentTypes['InventoryAgingRow']> = {
  bucket?: Resolver<ResolversTypes['InventoryAgeBucket'], ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dimensionValue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type InventoryPositionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InventoryPosition'] = ResolversParentTypes['InventoryPosition']> = {
  available?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  branch?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
  lastSyncedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  onHand?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  onHold?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  safetyStock?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  syncAgeMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InventorySnapshotRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InventorySnapshotRow'] = ResolversParentTypes['InventorySnapshotRow']> = {
  branchCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onHold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  safetyStock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type InvoiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Invoice'] = ResolversParentTypes['Invoice']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  daysPastDue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disputes?: Resolver<Array<ResolversTypes['Dispute']>, ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['InvoiceLine']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  paidAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  salesChannel?: Resolver<Maybe<ResolversTypes['SalesChannel']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvoiceStatus'], ParentType, ContextType>;
};

export type InvoiceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvoiceConnection'] = ResolversParentTypes['InvoiceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InvoiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InvoiceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvoiceEdge'] = ResolversParentTypes['InvoiceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType>;
};

export type InvoiceLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvoiceLine'] = ResolversParentTypes['InvoiceLine']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  lineNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  listPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export interface IsoWeekScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['IsoWeek'], any> {
  name: 'IsoWeek';
}

export type ItemMasterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ItemMaster'] = ResolversParentTypes['ItemMaster']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  listPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  minOrderQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orderIncrement?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  primarySupplier?: Resolver<ResolversTypes['Supplier'], ParentType, ContextType>;
  standardCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitOfMeasure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  velocityTier?: Resolver<ResolversTypes['VelocityTier'], ParentType, ContextType>;
};

export type ItemVelocityTierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ItemVelocityTier'] = ResolversParentTypes['ItemVelocityTier']> = {
  sku?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  velocityTier?: Resolver<ResolversTypes['VelocityTier'], ParentType, ContextType>;
};

export type KpiMeasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KpiMeasure'] = ResolversParentTypes['KpiMeasure']> = {
  byDimension?: Resolver<Array<ResolversTypes['KpiReading']>, ParentType, ContextType>;
  byWeek?: Resolver<Array<ResolversTypes['KpiReading']>, ParentType, ContextType>;
  reading?: Resolver<ResolversTypes['KpiReading'], ParentType, ContextType>;
};

export type KpiPeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KpiPeriod'] = ResolversParentTypes['KpiPeriod'], FederationReferenceType extends FederationReferenceTypes['KpiPeriod'] = FederationReferenceTypes['KpiPeriod']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['KpiPeriod']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountProfiles?: Resolver<Array<ResolversTypes['AccountProfile']>, ParentType, ContextType>;
  averageDaysDelinquent?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType, Partial<KpiPeriodAverageDaysDelinquentArgs>>;
  bestPossibleDso?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType, Partial<KpiPeriodBestPossibleDsoArgs>>;
  contributionMargin?: Resolver<ResolversTypes['KpiReading'], ParentType, ContextType>;
  creditHoldFrequency?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType>;
  creditHoldReleaseTime?: Resolver<ResolversTypes['CreditHoldReleaseTime'], ParentType, ContextType>;
  disputeCycleTimeDays?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType>;
  disputeRate?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType, Partial<KpiPeriodDisputeRateArgs>>;
  disputeRateOrderQuality?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType>;
  dso?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType, RequireFields<KpiPeriodDsoArgs, 'method'>>;
  forecastAccuracy?: Resolver<ResolversTypes['ForecastAccuracy'], ParentType, ContextType>;
  fromWeek?: Resolver<ResolversTypes['IsoWeek'], ParentType, ContextType>;
  grossMarginPercent?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType, Partial<KpiPeriodGrossMarginPercentArgs>>;
  inboundEtaAccuracy?: Resolver<ResolversTypes['InboundEtaAccuracy'], ParentType, ContextType>;
  inventoryAging?: Resolver<Array<ResolversTypes['InventoryAgingRow']>, ParentType, ContextType, RequireFields<KpiPeriodInventoryAgingArgs, 'by'>>;
  inventorySnapshot?: Resolver<Array<ResolversTypes['InventorySnapshotRow']>, ParentType, ContextType>;
  itemVelocityTiers?: Resolver<Array<ResolversTypes['ItemVelocityTier']>, ParentType, ContextType>;
  priceLeakage?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType, Partial<KpiPeriodRevenueArgs>>;
  supplierOnTimeDelivery?: Resolver<ResolversTypes['KpiMeasure'], ParentType, ContextType, Partial<KpiPeriodSupplierOnTimeDeliveryArgs>>;
  toWeek?: Resolver<ResolversTypes['IsoWeek'], ParentType, ContextType>;
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

export type MoneyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minorUnits?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  applyErpEvents?: Resolver<Array<ResolversTypes['ErpEventOutcome']>, ParentType, ContextType, RequireFields<MutationApplyErpEventsArgs, 'events'>>;
};

export type NextPriceBreakResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NextPriceBreak'] = ResolversParentTypes['NextPriceBreak']> = {
  minQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type OfferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Offer'] = ResolversParentTypes['Offer']> = {
  account?: Resolver<Maybe<ResolversTypes['OfferAccount']>, ParentType, ContextType>;
  breakMinQuantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  extendedPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  nextBreak?: Resolver<Maybe<ResolversTypes['NextPriceBreak']>, ParentType, ContextType>;
  priceSource?: Resolver<ResolversTypes['PriceSource'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantityRules?: Resolver<ResolversTypes['QuantityRules'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type OfferAccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferAccount'] = ResolversParentTypes['OfferAccount']> = {
  accountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  creditHeadroom?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  creditHoldReasons?: Resolver<Array<ResolversTypes['CreditHoldReasonNote']>, ParentType, ContextType>;
  paymentTerms?: Resolver<ResolversTypes['PaymentTerms'], ParentType, ContextType>;
  wouldHoldCredit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type OrderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  creditHolds?: Resolver<Array<ResolversTypes['CreditHold']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoices?: Resolver<Array<ResolversTypes['Invoice']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PaymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['PaymentMethod'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PaymentTermsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaymentTerms'] = ResolversParentTypes['PaymentTerms']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  netDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PriceBreakResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PriceBreak'] = ResolversParentTypes['PriceBreak']> = {
  minQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type PriceListResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PriceList'] = ResolversParentTypes['PriceList']> = {
  currencyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prices?: Resolver<Array<ResolversTypes['PriceBreak']>, ParentType, ContextType, RequireFields<PriceListPricesArgs, 'sku'>>;
};

export type ProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  buyerAllowsSubstitutions?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  demandForecast?: Resolver<Array<ResolversTypes['WeeklyForecast']>, ParentType, ContextType, RequireFields<ProductDemandForecastArgs, 'fromWeek' | 'toWeek'>>;
  inboundSupply?: Resolver<Array<ResolversTypes['PurchaseOrderLine']>, ParentType, ContextType>;
  inventory?: Resolver<Array<ResolversTypes['InventoryPosition']>, ParentType, ContextType, Partial<ProductInventoryArgs>>;
  itemMaster?: Resolver<Maybe<ResolversTypes['ItemMaster']>, ParentType, ContextType>;
  networkOnHand?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  networkOnHold?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  networkSafetyStock?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  offer?: Resolver<Maybe<ResolversTypes['Offer']>, ParentType, ContextType, RequireFields<ProductOfferArgs, 'quantity'>>;
  sku?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  supplyFacts?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PurchaseOrderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PurchaseOrder'] = ResolversParentTypes['PurchaseOrder']> = {
  branch?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['PurchaseOrderLine']>, ParentType, ContextType>;
  orderedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PurchaseOrderStatus'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Supplier'], ParentType, ContextType>;
};

export type PurchaseOrderConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PurchaseOrderConnection'] = ResolversParentTypes['PurchaseOrderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PurchaseOrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PurchaseOrderEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PurchaseOrderEdge'] = ResolversParentTypes['PurchaseOrderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType>;
};

export type PurchaseOrderLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PurchaseOrderLine'] = ResolversParentTypes['PurchaseOrderLine']> = {
  currentEta?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lineNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orderedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  purchaseOrder?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType>;
  receipts?: Resolver<Array<ResolversTypes['Receipt']>, ParentType, ContextType>;
  receivedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supplierCommitDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  unitCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type QuantityRulesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuantityRules'] = ResolversParentTypes['QuantityRules']> = {
  minOrderQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orderIncrement?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  violations?: Resolver<Array<ResolversTypes['QuantityViolation']>, ParentType, ContextType>;
};

export type QuantityViolationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuantityViolation'] = ResolversParentTypes['QuantityViolation']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nearestValid?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  account?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<QueryAccountArgs, 'id'>>;
  accounts?: Resolver<ResolversTypes['AccountConnection'], ParentType, ContextType, RequireFields<QueryAccountsArgs, 'first'>>;
  branch?: Resolver<Maybe<ResolversTypes['Branch']>, ParentType, ContextType, RequireFields<QueryBranchArgs, 'code'>>;
  branches?: Resolver<Array<ResolversTypes['Branch']>, ParentType, ContextType>;
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType, RequireFields<QueryInvoiceArgs, 'id'>>;
  purchaseOrder?: Resolver<Maybe<ResolversTypes['PurchaseOrder']>, ParentType, ContextType, RequireFields<QueryPurchaseOrderArgs, 'id'>>;
  supplier?: Resolver<Maybe<ResolversTypes['Supplier']>, ParentType, ContextType, RequireFields<QuerySupplierArgs, 'id'>>;
  suppliers?: Resolver<ResolversTypes['SupplierConnection'], ParentType, ContextType, RequireFields<QuerySuppliersArgs, 'first'>>;
};

export type ReceiptResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Receipt'] = ResolversParentTypes['Receipt']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ScorecardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Scorecard'] = ResolversParentTypes['Scorecard'], FederationReferenceType extends FederationReferenceTypes['Scorecard'] = FederationReferenceTypes['Scorecard']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Scorecard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  erpReadings?: Resolver<Array<ResolversTypes['KpiReading']>, ParentType, ContextType>;
  week?: Resolver<ResolversTypes['IsoWeek'], ParentType, ContextType>;
};

export type SupplierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Supplier'] = ResolversParentTypes['Supplier']> = {
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leadTimeDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paymentTerms?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purchaseOrders?: Resolver<ResolversTypes['PurchaseOrderConnection'], ParentType, ContextType, RequireFields<SupplierPurchaseOrdersArgs, 'first'>>;
};

export type SupplierConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupplierConnection'] = ResolversParentTypes['SupplierConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SupplierEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupplierEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupplierEdge'] = ResolversParentTypes['SupplierEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Supplier'], ParentType, ContextType>;
};

export type WeeklyForecastResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WeeklyForecast'] = ResolversParentTypes['WeeklyForecast']> = {
  forecastQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lagWeeks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weekStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Account?: AccountResolvers<ContextType>;
  AccountConnection?: AccountConnectionResolvers<ContextType>;
  AccountEdge?: AccountEdgeResolvers<ContextType>;
  AccountProfile?: AccountProfileResolvers<ContextType>;
  Branch?: BranchResolvers<ContextType>;
  ContractPrice?: ContractPriceResolvers<ContextType>;
  CreditHold?: CreditHoldResolvers<ContextType>;
  CreditHoldReasonNote?: CreditHoldReasonNoteResolvers<ContextType>;
  CreditHoldReleaseTime?: CreditHoldReleaseTimeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Dispute?: DisputeResolvers<ContextType>;
  ErpEventOutcome?: ErpEventOutcomeResolvers<ContextType>;
  ForecastAccuracy?: ForecastAccuracyResolvers<ContextType>;
  ForecastWindow?: ForecastWindowResolvers<ContextType>;
  InboundEtaAccuracy?: InboundEtaAccuracyResolvers<ContextType>;
  InventoryAgingRow?: InventoryAgingRowResolvers<ContextType>;
  InventoryPosition?: InventoryPositionResolvers<ContextType>;
  InventorySnapshotRow?: InventorySnapshotRowResolvers<ContextType>;
  Invoice?: InvoiceResolvers<ContextType>;
  InvoiceConnection?: InvoiceConnectionResolvers<ContextType>;
  InvoiceEdge?: InvoiceEdgeResolvers<ContextType>;
  InvoiceLine?: InvoiceLineResolvers<ContextType>;
  IsoWeek?: GraphQLScalarType;
  ItemMaster?: ItemMasterResolvers<ContextType>;
  ItemVelocityTier?: ItemVelocityTierResolvers<ContextType>;
  KpiMeasure?: KpiMeasureResolvers<ContextType>;
  KpiPeriod?: KpiPeriodResolvers<ContextType>;
  KpiReading?: KpiReadingResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NextPriceBreak?: NextPriceBreakResolvers<ContextType>;
  Offer?: OfferResolvers<ContextType>;
  OfferAccount?: OfferAccountResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentTerms?: PaymentTermsResolvers<ContextType>;
  PriceBreak?: PriceBreakResolvers<ContextType>;
  PriceList?: PriceListResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  PurchaseOrder?: PurchaseOrderResolvers<ContextType>;
  PurchaseOrderConnection?: PurchaseOrderConnectionResolvers<ContextType>;
  PurchaseOrderEdge?: PurchaseOrderEdgeResolvers<ContextType>;
  PurchaseOrderLine?: PurchaseOrderLineResolvers<ContextType>;
  QuantityRules?: QuantityRulesResolvers<ContextType>;
  QuantityViolation?: QuantityViolationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Receipt?: ReceiptResolvers<ContextType>;
  Scorecard?: ScorecardResolvers<ContextType>;
  Supplier?: SupplierResolvers<ContextType>;
  SupplierConnection?: SupplierConnectionResolvers<ContextType>;
  SupplierEdge?: SupplierEdgeResolvers<ContextType>;
  WeeklyForecast?: WeeklyForecastResolvers<ContextType>;
};

