import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TradingPartnerRow, IntegrationEventRow, AlertRow } from '../db/rows.ts';
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
  /** An instant in time, ISO 8601 in UTC, e.g. 2026-11-02T14:30:00.000Z. */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An alert on the integration lanes' health or on exceptions left past their SLA, delivered to the configured webhook. */
export type Alert = {
  __typename?: 'Alert';
  /** When the webhook accepted it; null while undelivered (delivery is retried). */
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** How many times delivery was tried. */
  deliveryAttempts: Scalars['Int']['output'];
  /** The alert's id. */
  id: Scalars['ID']['output'];
  /** Why the last delivery failed, if it did. */
  lastDeliveryError: Maybe<Scalars['String']['output']>;
  /** Who must act: the exceptions' owner for exceptions past SLA (the default routing rule's owner for those nobody owns), else from the exception routing rules. */
  owner: Scalars['String']['output'];
  /** When the alert was raised. */
  raisedAt: Scalars['DateTime']['output'];
  /** When the condition cleared; null while open. */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** STALE_INVENTORY_SYNC: a branch's last inventory snapshot is older than its threshold. FAILED_ORDER_STATUS_EVENTS: a partner's order status events failed to apply. EXCEPTIONS_PAST_SLA: an owner's open exceptions are past their SLA. */
  rule: AlertRule;
  /** WARNING or CRITICAL. */
  severity: AlertSeverity;
  /** When the condition started (not when it was noticed). */
  since: Scalars['DateTime']['output'];
  /** What the alert is about: the branch code (stale inventory sync), the partner id (failed order status events), or the exceptions' owner, "unowned" for those nobody owns (exceptions past SLA). */
  subject: Scalars['String']['output'];
  /** What is wrong, in words. */
  summary: Scalars['String']['output'];
};

/** The alert rules. */
export type AlertRule =
  /** Exceptions one owner holds are still open after their SLA: customers wait on work nobody has finished in time. */
  | 'EXCEPTIONS_PAST_SLA'
  /** A partner's order status events failed to apply: order statuses customers see are behind. */
  | 'FAILED_ORDER_STATUS_EVENTS'
  /** A branch's last inventory snapshot is older than its threshold: stock shown to buyers may be wrong. */
  | 'STALE_INVENTORY_SYNC';

/** How urgent an alert is. */
export type AlertSeverity =
  /** Needs attention now: buyers or customers already see wrong figures, or exceptions are left far past their SLA. */
  | 'CRITICAL'
  /** Needs attention today. */
  | 'WARNING';

/** The business records an event touches. */
export type BusinessKeys = {
  __typename?: 'BusinessKeys';
  /** Customer account ids. */
  accounts: Array<Scalars['String']['output']>;
  /** Branch codes. */
  branches: Array<Scalars['String']['output']>;
  /** Sales order ids. */
  orders: Array<Scalars['String']['output']>;
  /** Purchase order numbers. */
  purchaseOrders: Array<Scalars['String']['output']>;
  /** Shipment ids. */
  shipments: Array<Scalars['String']['output']>;
  /** SKUs. */
  skus: Array<Scalars['String']['output']>;
};

/** An event received on an intake lane: one X12 transaction set (EDI) or one JSON event (API), normalized into one model, with what became of it. */
export type IntegrationEvent = {
  __typename?: 'IntegrationEvent';
  /** The domain that applies it (erp or oms); null when it is only recorded. */
  appliesTo: Maybe<Scalars['String']['output']>;
  /** How many times a domain was asked to apply it. */
  attempts: Scalars['Int']['output'];
  /** The business records it touches. */
  businessKeys: BusinessKeys;
  /** For a duplicate, the event it repeats. */
  duplicateOf: Maybe<IntegrationEvent>;
  /** Our id for the event. */
  id: Scalars['ID']['output'];
  /** The X12 interchange it arrived in; null for API events. */
  interchangeId: Maybe<Scalars['ID']['output']>;
  /** EDI or API. */
  lane: IntegrationLane;
  /** The normalized payload as JSON text; null when it was rejected before it could be read. */
  normalizedPayload: Maybe<Scalars['String']['output']>;
  /** When it happened at the partner, from the document itself; null when the content does not say. */
  occurredAt: Maybe<Scalars['DateTime']['output']>;
  /** The trading partner who sent it, or the X12 sender (qualifier:id) when the partner is not registered. */
  partner: Scalars['String']['output'];
  /** The payload exactly as received: the transaction set's segments, or the event's JSON. */
  rawPayload: Scalars['String']['output'];
  /** Why it was rejected, failed or is a duplicate, in words a partner manager can act on. */
  reason: Maybe<Scalars['String']['output']>;
  /** When we received it. */
  receivedAt: Scalars['DateTime']['output'];
  /** The partner's own id for it: the X12 transaction set control number (ST02) or the API event id. */
  sourceId: Maybe<Scalars['String']['output']>;
  /** ACCEPTED (recorded; waiting to be applied where a domain applies it), APPLIED, DUPLICATE, REJECTED (invalid) or FAILED (valid, but the owning domain could not apply it). */
  status: IntegrationEventStatus;
  /** When its status last changed. */
  statusChangedAt: Scalars['DateTime']['output'];
  /** What kind of event it is, e.g. purchase_order (X12 850), inventory_snapshot (API); x12_<set> for a transaction set opsgraph does not take. */
  type: Scalars['String']['output'];
};

/** A page of the integration event queue. */
export type IntegrationEventConnection = {
  __typename?: 'IntegrationEventConnection';
  /** The events of this page, newest first. */
  edges: Array<IntegrationEventEdge>;
  /** Whether more events follow, and the cursor to ask for them. */
  pageInfo: IntegrationEventPageInfo;
};

/** One event of a page. */
export type IntegrationEventEdge = {
  __typename?: 'IntegrationEventEdge';
  /** Pass as `after` to continue after this event. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: IntegrationEvent;
};

/** Which integration events to list or count. Every field given must match. */
export type IntegrationEventFilter = {
  /** Only events of this lane. */
  lane?: InputMaybe<IntegrationLane>;
  /** Only events touching this sales order. */
  orderId?: InputMaybe<Scalars['String']['input']>;
  /** A trading partner id, or an X12 sender as qualifier:id. */
  partner?: InputMaybe<Scalars['String']['input']>;
  /** Received before this instant. */
  receivedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Received at or after this instant. */
  receivedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only events touching this SKU. */
  sku?: InputMaybe<Scalars['String']['input']>;
  /** Only events in one of these statuses. */
  statuses?: InputMaybe<Array<IntegrationEventStatus>>;
  /** Event types, e.g. ["purchase_order", "order_status_change"]. */
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Whether there is more. */
export type IntegrationEventPageInfo = {
  __typename?: 'IntegrationEventPageInfo';
  /** Pass as `after` for the next page; null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more events follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** What became of an integration event. */
export type IntegrationEventStatus =
  /** Recorded; waiting to be applied (or only recorded, where no domain applies it). */
  | 'ACCEPTED'
  /** Applied by the domain that owns the truth it changes. */
  | 'APPLIED'
  /** A re-send of an event already recorded; kept for the record, never applied. */
  | 'DUPLICATE'
  /** Valid, but the owning domain could not apply it; an exception is opened and it can be retried. */
  | 'FAILED'
  /** Invalid (envelope, syntax or schema); kept with its raw bytes, an exception opened. */
  | 'REJECTED';

/** How many events are in one status. */
export type IntegrationEventStatusCount = {
  __typename?: 'IntegrationEventStatusCount';
  /** How many events matching the filter are in it. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: IntegrationEventStatus;
};

/** The lanes events arrive on. */
export type IntegrationLane =
  /** JSON events over HTTP, validated against the published schema. */
  | 'API'
  /** X12 EDI interchanges, over HTTP or from files. */
  | 'EDI';

export type Mutation = {
  __typename?: 'Mutation';
  /** Applies a failed integration event again, once its cause (an unknown SKU, order or partner) is fixed; applied, its exception is resolved. Rejected events cannot be retried: their content is invalid and the partner must re-send. Staff only. */
  retryIntegrationEvent: IntegrationEvent;
  /** Registers a trading partner, or changes one (by id): what it is in our records decides how its events apply. Its failed events can then be retried. Staff only. */
  saveTradingPartner: TradingPartner;
};


export type MutationRetryIntegrationEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveTradingPartnerArgs = {
  input: TradingPartnerInput;
};

export type Query = {
  __typename?: 'Query';
  /** Alerts on the integration lanes' health and on exceptions left past their SLA (stale inventory sync, failed order status events, exceptions past SLA): open ones first, critical before warning, longest-standing first; then resolved ones, most recently resolved first. Staff only. */
  alerts: Array<Alert>;
  /** One integration event with its raw and normalized payload; null when there is none with that id. Staff only. */
  integrationEvent: Maybe<IntegrationEvent>;
  /** How many events of the queue are in each status, for the same filter as integrationEvents. Staff only. */
  integrationEventCounts: Array<IntegrationEventStatusCount>;
  /** The integration event queue: every EDI transaction set and API event received, newest first. Staff only. */
  integrationEvents: IntegrationEventConnection;
  /** The trading partners the intake knows, with what each is in our records. Staff only. */
  tradingPartners: Array<TradingPartner>;
};


export type QueryAlertsArgs = {
  includeResolved?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryIntegrationEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIntegrationEventCountsArgs = {
  filter?: InputMaybe<IntegrationEventFilter>;
};


export type QueryIntegrationEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IntegrationEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A trading partner and what it is in our records. */
export type TradingPartner = {
  __typename?: 'TradingPartner';
  /** The customer account it trades as. */
  accountId: Maybe<Scalars['String']['output']>;
  /** The branch it reports for or ships to. */
  branchCode: Maybe<Scalars['String']['output']>;
  /** The partner's id, e.g. "OKAFOR-EDI". */
  id: Scalars['ID']['output'];
  /** customer, supplier, warehouse, carrier or bank. */
  kind: Scalars['String']['output'];
  /** The partner's name. */
  name: Scalars['String']['output'];
  /** The supplier it is. */
  supplierId: Maybe<Scalars['String']['output']>;
  /** Its X12 interchange id as qualifier:id; null when it trades over the API only. */
  x12Id: Maybe<Scalars['String']['output']>;
};

/** A trading partner to register or change. */
export type TradingPartnerInput = {
  /** The customer account a customer partner trades as. */
  accountId?: InputMaybe<Scalars['String']['input']>;
  /** The branch a warehouse partner reports for, or a customer's orders ship to. */
  branchCode?: InputMaybe<Scalars['String']['input']>;
  /** The partner's id: letters, digits, '.', '_' or '-', e.g. "ACME-EDI". */
  id: Scalars['ID']['input'];
  /** customer, supplier, warehouse, carrier or bank. */
  kind: Scalars['String']['input'];
  /** The partner's name. */
  name: Scalars['String']['input'];
  /** The supplier a supplier partner is. */
  supplierId?: InputMaybe<Scalars['String']['input']>;
  /** Its X12 interchange id as qualifier:id (ISA05:ISA06), e.g. "ZZ:ACMEEDI"; omit for API-only partners. */
  x12Id?: InputMaybe<Scalars['String']['input']>;
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
  IntegrationEvent: IntegrationEvent;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  IntegrationEvent:
    ( { __typename: 'IntegrationEvent' }
    & GraphQLRecursivePick<FederationTypes['IntegrationEvent'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Alert: ResolverTypeWrapper<AlertRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AlertRule: AlertRule;
  AlertSeverity: AlertSeverity;
  BusinessKeys: ResolverTypeWrapper<BusinessKeys>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  IntegrationEvent: ResolverTypeWrapper<IntegrationEventRow>;
  IntegrationEventConnection: ResolverTypeWrapper<Omit<IntegrationEventConnection, 'edges'> & { edges: Array<ResolversTypes['IntegrationEventEdge']> }>;
  IntegrationEventEdge: ResolverTypeWrapper<Omit<IntegrationEventEdge, 'node'> & { node: ResolversTypes['IntegrationEvent'] }>;
  IntegrationEventFilter: IntegrationEventFilter;
  IntegrationEventPageInfo: ResolverTypeWrapper<IntegrationEventPageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  IntegrationEventStatus: IntegrationEventStatus;
  IntegrationEventStatusCount: ResolverTypeWrapper<IntegrationEventStatusCount>;
  IntegrationLane: IntegrationLane;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TradingPartner: ResolverTypeWrapper<TradingPartnerRow>;
  TradingPartnerInput: TradingPartnerInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Alert: AlertRow;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  BusinessKeys: BusinessKeys;
  DateTime: Scalars['DateTime']['output'];
  IntegrationEvent: IntegrationEventRow;
  IntegrationEventConnection: Omit<IntegrationEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['IntegrationEventEdge']> };
  IntegrationEventEdge: Omit<IntegrationEventEdge, 'node'> & { node: ResolversParentTypes['IntegrationEvent'] };
  IntegrationEventFilter: IntegrationEventFilter;
  IntegrationEventPageInfo: IntegrationEventPageInfo;
  Boolean: Scalars['Boolean']['output'];
  IntegrationEventStatusCount: IntegrationEventStatusCount;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  TradingPartner: TradingPartnerRow;
  TradingPartnerInput: TradingPartnerInput;
};

export type AlertResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Alert'] = ResolversParentTypes['Alert']> = {
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deliveryAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastDeliveryError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['AlertRule'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['AlertSeverity'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BusinessKeysResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BusinessKeys'] = ResolversParentTypes['BusinessKeys']> = {
  accounts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  branches?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  orders?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  purchaseOrders?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  shipments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  skus?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type IntegrationEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntegrationEvent'] = ResolversParentTypes['IntegrationEvent'], FederationReferenceType extends FederationReferenceTypes['IntegrationEvent'] = FederationReferenceTypes['IntegrationEvent']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['IntegrationEvent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  appliesTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  businessKeys?: Resolver<ResolversTypes['BusinessKeys'], ParentType, ContextType>;
  duplicateOf?: Resolver<Maybe<ResolversTypes['IntegrationEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interchangeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  lane?: Resolver<ResolversTypes['IntegrationLane'], ParentType, ContextType>;
  normalizedPayload?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rawPayload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IntegrationEventStatus'], ParentType, ContextType>;
  statusChangedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IntegrationEventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntegrationEventConnection'] = ResolversParentTypes['IntegrationEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IntegrationEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['IntegrationEventPageInfo'], ParentType, ContextType>;
};

export type IntegrationEventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntegrationEventEdge'] = ResolversParentTypes['IntegrationEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['IntegrationEvent'], ParentType, ContextType>;
};

export type IntegrationEventPageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntegrationEventPageInfo'] = ResolversParentTypes['IntegrationEventPageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type IntegrationEventStatusCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntegrationEventStatusCount'] = ResolversParentTypes['IntegrationEventStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IntegrationEventStatus'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  retryIntegrationEvent?: Resolver<ResolversTypes['IntegrationEvent'], ParentType, ContextType, RequireFields<MutationRetryIntegrationEventArgs, 'id'>>;
  saveTradingPartner?: Resolver<ResolversTypes['TradingPartner'], ParentType, ContextType, RequireFields<MutationSaveTradingPartnerArgs, 'input'>>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  alerts?: Resolver<Array<ResolversTypes['Alert']>, ParentType, ContextType, RequireFields<QueryAlertsArgs, 'includeResolved'>>;
  integrationEvent?: Resolver<Maybe<ResolversTypes['IntegrationEvent']>, ParentType, ContextType, RequireFields<QueryIntegrationEventArgs, 'id'>>;
  integrationEventCounts?: Resolver<Array<ResolversTypes['IntegrationEventStatusCount']>, ParentType, ContextType, Partial<QueryIntegrationEventCountsArgs>>;
  integrationEvents?: Resolver<ResolversTypes['IntegrationEventConnection'], ParentType, ContextType, RequireFields<QueryIntegrationEventsArgs, 'first'>>;
  tradingPartners?: Resolver<Array<ResolversTypes['TradingPartner']>, ParentType, ContextType>;
};

export type TradingPartnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TradingPartner'] = ResolversParentTypes['TradingPartner']> = {
  accountId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  branchCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supplierId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  x12Id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Alert?: AlertResolvers<ContextType>;
  BusinessKeys?: BusinessKeysResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  IntegrationEvent?: IntegrationEventResolvers<ContextType>;
  IntegrationEventConnection?: IntegrationEventConnectionResolvers<ContextType>;
  IntegrationEventEdge?: IntegrationEventEdgeResolvers<ContextType>;
  IntegrationEventPageInfo?: IntegrationEventPageInfoResolvers<ContextType>;
  IntegrationEventStatusCount?: IntegrationEventStatusCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  TradingPartner?: TradingPartnerResolvers<ContextType>;
};

