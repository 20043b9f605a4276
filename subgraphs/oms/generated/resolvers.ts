import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrderRow, OrderLineRow, OrderStatusChangeRow, CampaignRow, ShipmentRow, OrderExceptionRow, ReturnRow, QuoteRow, AccountRow, BranchRow, ProductRow } from '../db/rows.ts';
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

/** Who cancelled an order. */
export type CancellationInitiator =
  /** The customer withdrew the order. */
  | 'CUSTOMER'
  /** We cancelled because we could not source the goods. */
  | 'SUPPLIER_STOCKOUT';

/** Narrows a list of fulfilment exceptions. Every condition given must hold. */
export type ExceptionFilter = {
  /** When true, only exceptions not yet resolved. */
  openOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only exceptions of one of these types, e.g. "short_ship", "late_shipment". */
  type?: InputMaybe<Array<Scalars['String']['input']>>;
  /** When true, only exceptions nobody has taken ownership of. */
  unownedOnly?: InputMaybe<Scalars['Boolean']['input']>;
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
  /** The branch where the exception arose, if known. */
  branch: Maybe<Branch>;
  /** What happened, in the words of whoever raised it. */
  description: Scalars['String']['output'];
  /** The exception number, e.g. "EX-000001". */
  id: Scalars['ID']['output'];
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

/** A product the distributor sells, as the product information system describes it. */
export type Product = {
  __typename?: 'Product';
  /** Units allocated to open order lines (orders not shipped, delivered or cancelled), across all branches. */
  allocatedQuantity: Scalars['Int']['output'];
  /**
   * Units free to promise across the network: on hand - allocated - on hold - safety stock.
   * Negative when commitments exceed free stock.
   */
  availableQuantity: Scalars['Int']['output'];
  /** Units physically on hand, summed over every branch; 0 when no branch holds the product. */
  networkOnHand: Scalars['Int']['output'];
  /** Units on hold (quality, damage, cycle count), summed over every branch; 0 when no branch holds the product. */
  networkOnHold: Scalars['Int']['output'];
  /** Safety stock units reserved, summed over every branch; 0 when no branch holds the product. */
  networkSafetyStock: Scalars['Int']['output'];
  /** The stock keeping unit, e.g. "BRG-6204-2RS". */
  sku: Scalars['ID']['output'];
};

/** Entry points into the graph: look-ups by key and filtered, paginated lists. */
export type Query = {
  __typename?: 'Query';
  /** Fulfilment exceptions (short ships, late shipments, bad addresses ...), newest opened first. */
  exceptions: OrderExceptionConnection;
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
  Order: Order;
  Product: Product;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Account:
    ( { __typename: 'Account' }
    & GraphQLRecursivePick<FederationTypes['Account'], {"id":true}> );
  Branch:
    ( { __typename: 'Branch' }
    & GraphQLRecursivePick<FederationTypes['Branch'], {"code":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"sku":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Product'], {"networkOnHand":true,"networkOnHold":true,"networkSafetyStock":true}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Account: ResolverTypeWrapper<AccountRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccountOrderFilter: AccountOrderFilter;
  Branch: ResolverTypeWrapper<BranchRow>;
  Campaign: ResolverTypeWrapper<CampaignRow>;
  CancellationInitiator: CancellationInitiator;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  ExceptionFilter: ExceptionFilter;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Money: ResolverTypeWrapper<Money>;
  Order: ResolverTypeWrapper<OrderRow>;
  OrderChannel: OrderChannel;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges'> & { edges: Array<ResolversTypes['OrderEdge']> }>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderException: ResolverTypeWrapper<OrderExceptionRow>;
  OrderExceptionConnection: ResolverTypeWrapper<Omit<OrderExceptionConnection, 'edges'> & { edges: Array<ResolversTypes['OrderExceptionEdge']> }>;
  OrderExceptionEdge: ResolverTypeWrapper<Omit<OrderExceptionEdge, 'node'> & { node: ResolversTypes['OrderException'] }>;
  OrderFilter: OrderFilter;
  OrderLine: ResolverTypeWrapper<OrderLineRow>;
  OrderStatus: OrderStatus;
  OrderStatusChange: ResolverTypeWrapper<OrderStatusChangeRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Product: ResolverTypeWrapper<ProductRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<QuoteRow>;
  QuoteChannel: QuoteChannel;
  QuoteConnection: ResolverTypeWrapper<Omit<QuoteConnection, 'edges'> & { edges: Array<ResolversTypes['QuoteEdge']> }>;
  QuoteEdge: ResolverTypeWrapper<Omit<QuoteEdge, 'node'> & { node: ResolversTypes['Quote'] }>;
  QuoteLostReason: QuoteLostReason;
  QuoteStatus: QuoteStatus;
  Return: ResolverTypeWrapper<ReturnRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ReturnConnection: ResolverTypeWrapper<Omit<ReturnConnection, 'edges'> & { edges: Array<ResolversTypes['ReturnEdge']> }>;
  ReturnEdge: ResolverTypeWrapper<Omit<ReturnEdge, 'node'> & { node: ResolversTypes['Return'] }>;
  ReturnReason: ReturnReason;
  ReturnStatus: ReturnStatus;
  Shipment: ResolverTypeWrapper<ShipmentRow>;
  ShipmentConnection: ResolverTypeWrapper<Omit<ShipmentConnection, 'edges'> & { edges: Array<ResolversTypes['ShipmentEdge']> }>;
  ShipmentEdge: ResolverTypeWrapper<Omit<ShipmentEdge, 'node'> & { node: ResolversTypes['Shipment'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Account: AccountRow;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  AccountOrderFilter: AccountOrderFilter;
  Branch: BranchRow;
  Campaign: CampaignRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  ExceptionFilter: ExceptionFilter;
  Boolean: Scalars['Boolean']['output'];
  Money: Money;
  Order: OrderRow;
  OrderConnection: Omit<OrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderEdge']> };
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderException: OrderExceptionRow;
  OrderExceptionConnection: Omit<OrderExceptionConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderExceptionEdge']> };
  OrderExceptionEdge: Omit<OrderExceptionEdge, 'node'> & { node: ResolversParentTypes['OrderException'] };
  OrderFilter: OrderFilter;
  OrderLine: OrderLineRow;
  OrderStatusChange: OrderStatusChangeRow;
  PageInfo: PageInfo;
  Product: ProductRow;
  Query: Record<PropertyKey, never>;
  Quote: QuoteRow;
  QuoteConnection: Omit<QuoteConnection, 'edges'> & { edges: Array<ResolversParentTypes['QuoteEdge']> };
  QuoteEdge: Omit<QuoteEdge, 'node'> & { node: ResolversParentTypes['Quote'] };
  Return: ReturnRow;
  Float: Scalars['Float']['output'];
  ReturnConnection: Omit<ReturnConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReturnEdge']> };
  ReturnEdge: Omit<ReturnEdge, 'node'> & { node: ResolversParentTypes['Return'] };
  Shipment: ShipmentRow;
  ShipmentConnection: Omit<ShipmentConnection, 'edges'> & { edges: Array<ResolversParentTypes['ShipmentEdge']> };
  ShipmentEdge: Omit<ShipmentEdge, 'node'> & { node: ResolversParentTypes['Shipment'] };
};

export type AccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account'], FederationReferenceType extends FederationReferenceTypes['Account'] = FederationReferenceTypes['Account']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Account']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<AccountOrdersArgs, 'first'>>;
  quotes?: Resolver<ResolversTypes['QuoteConnection'], ParentType, ContextType, RequireFields<AccountQuotesArgs, 'first'>>;
  returns?: Resolver<ResolversTypes['ReturnConnection'], ParentType, ContextType, RequireFields<AccountReturnsArgs, 'first'>>;
};

export type BranchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Branch'] = ResolversParentTypes['Branch'], FederationReferenceType extends FederationReferenceTypes['Branch'] = FederationReferenceTypes['Branch']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Branch']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shipments?: Resolver<ResolversTypes['ShipmentConnection'], ParentType, ContextType, RequireFields<BranchShipmentsArgs, 'first'>>;
};

export type CampaignResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  targetSegment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type MoneyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minorUnits?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  branch?: Resolver<Maybe<ResolversTypes['Branch']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  marginImpact?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
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

export type ProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allocatedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  availableQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  exceptions?: Resolver<ResolversTypes['OrderExceptionConnection'], ParentType, ContextType, RequireFields<QueryExceptionsArgs, 'first'>>;
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

export type ReturnEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReturnEdge'] = ResolversParentTypes['ReturnEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Return'], ParentType, ContextType>;
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

export type Resolvers<ContextType = Context> = {
  Account?: AccountResolvers<ContextType>;
  Branch?: BranchResolvers<ContextType>;
  Campaign?: CampaignResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Money?: MoneyResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderException?: OrderExceptionResolvers<ContextType>;
  OrderExceptionConnection?: OrderExceptionConnectionResolvers<ContextType>;
  OrderExceptionEdge?: OrderExceptionEdgeResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OrderStatusChange?: OrderStatusChangeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteConnection?: QuoteConnectionResolvers<ContextType>;
  QuoteEdge?: QuoteEdgeResolvers<ContextType>;
  Return?: ReturnResolvers<ContextType>;
  ReturnConnection?: ReturnConnectionResolvers<ContextType>;
  ReturnEdge?: ReturnEdgeResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  ShipmentConnection?: ShipmentConnectionResolvers<ContextType>;
  ShipmentEdge?: ShipmentEdgeResolvers<ContextType>;
};

