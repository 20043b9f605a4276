import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { KpiDefinitionRow, EscalationStepRow, KpiPeriodRow, ScorecardRow } from '../db/rows.ts';
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

/** A catalog KPI to put on the scorecard, with everything needed to run it. */
export type AddScorecardKpiInput = {
  /** Where the KPI is in BREACH; past the warning threshold for the KPI's direction. */
  breachThreshold: Scalars['Decimal']['input'];
  /** Who is told after how long in breach: at least one step, afterHours ascending. */
  escalationPath: Array<EscalationStepInput>;
  /** The KPI's catalog name, e.g. "otif" (see kpiCatalog). */
  name: Scalars['String']['input'];
  /** The person or role accountable for it; must not be blank. */
  owner: Scalars['String']['input'];
  /** The value the owner aims for. */
  target: Scalars['Decimal']['input'];
  /** The title to show; omit to use the catalog's. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where the KPI turns WARNING; between target and breach for the KPI's direction. */
  warningThreshold: Scalars['Decimal']['input'];
};

/** How an escalation is delivered. */
export type EscalationChannel =
  /** An email to the person or role. */
  | 'EMAIL'
  /** A page (phone alert) to whoever is on call for the role. */
  | 'PAGE'
  /** A Slack message to the person, role or channel. */
  | 'SLACK';

/** One step of a KPI's escalation path: who is told once the KPI has been in breach for a given time. */
export type EscalationStep = {
  __typename?: 'EscalationStep';
  /** Hours in breach after which this step is due; 0 means as soon as the KPI breaches. */
  afterHours: Scalars['Int']['output'];
  /** How they are notified. */
  channel: EscalationChannel;
  /** The person or role to notify, e.g. "VP Operations". */
  notify: Scalars['String']['output'];
};

/** One step of an escalation path to set. */
export type EscalationStepInput = {
  /** Hours in breach after which the step is due (0 or more); steps are listed in ascending order. */
  afterHours: Scalars['Int']['input'];
  /** How they are notified. */
  channel: EscalationChannel;
  /** The person or role to notify, e.g. "VP Operations". */
  notify: Scalars['String']['input'];
};

/** A KPI the scorecard can carry: what it measures and how, as defined in the project's KPI standards. */
export type KpiCatalogEntry = {
  __typename?: 'KpiCatalogEntry';
  /** What the KPI measures and its formula, with the period it is attributed to. */
  description: Scalars['String']['output'];
  /** Whether a higher or a lower value is better. */
  direction: KpiDirection;
  /** The domain that owns the KPI's data and serves its weekly readings. */
  domain: KpiDomain;
  /** The catalog name every domain and the scorecard use, e.g. "perfect_order_rate". */
  name: Scalars['String']['output'];
  /** A short human title, e.g. "Perfect order rate". */
  title: Scalars['String']['output'];
  /** The unit its value is measured in. */
  unit: KpiUnit;
};

/** A KPI as the scorecard runs it: the catalog's formula plus the owner, target, thresholds and escalation path. */
export type KpiDefinition = {
  __typename?: 'KpiDefinition';
  /** True while the KPI is on the scorecard; false once retired. */
  active: Scalars['Boolean']['output'];
  /** The value at which the KPI is in BREACH: at or below it when higher is better, at or above it when lower is better. */
  breachThreshold: Scalars['Decimal']['output'];
  /** What the KPI measures and its formula (from the catalog). */
  description: Scalars['String']['output'];
  /** Whether a higher or a lower value is better; thresholds are consistent with it. */
  direction: KpiDirection;
  /** Who is told after how long in breach, in order of hours. */
  escalationPath: Array<EscalationStep>;
  /** The KPI's catalog name, e.g. "dso". */
  name: Scalars['String']['output'];
  /** The person or role accountable for the KPI; null when nobody owns it (the scorecard then flags it UNOWNED). */
  owner: Maybe<Scalars['String']['output']>;
  /** The KPI's place on the scorecard, 1 first (positions of retired KPIs are kept for reference). */
  position: Scalars['Int']['output'];
  /** When the KPI was taken off the scorecard; null while it is active. */
  retiredAt: Maybe<Scalars['DateTime']['output']>;
  /** The value the owner aims for. */
  target: Scalars['Decimal']['output'];
  /** The title shown on the scorecard. */
  title: Scalars['String']['output'];
  /** The unit its value and thresholds are in. */
  unit: KpiUnit;
  /** When the definition was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The value at which the KPI turns WARNING: at or below it when higher is better, at or above it when lower is better. */
  warningThreshold: Scalars['Decimal']['output'];
};

/** Which way a KPI improves. */
export type KpiDirection =
  /** A higher value is better (e.g. perfect order rate). */
  | 'HIGHER_IS_BETTER'
  /** A lower value is better (e.g. DSO). */
  | 'LOWER_IS_BETTER';

/** The truth domain (subgraph) that owns a KPI's data and computes its readings. */
export type KpiDomain =
  /** The ERP: financial and inventory record (receivables, credit, disputes, margin, suppliers). */
  | 'ERP'
  /** The OMS/WMS: execution record (quotes, orders, shipments, exceptions, returns). */
  | 'OMS';

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
  /** The Sunday that ends toWeek (the period includes all of that day, UTC). */
  endsOn: Scalars['Date']['output'];
  /** The first ISO week of the period. */
  fromWeek: Scalars['IsoWeek']['output'];
  /** The Monday that starts fromWeek. */
  startsOn: Scalars['Date']['output'];
  /** The last ISO week of the period, inclusive. */
  toWeek: Scalars['IsoWeek']['output'];
  /** Every ISO week of the period, oldest first. */
  weeks: Array<Scalars['IsoWeek']['output']>;
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

/** How a KPI on the scorecard is doing in a week, judged against its thresholds. */
export type KpiStatus =
  /** At or past the breach threshold: the escalation path runs. */
  | 'BREACH'
  /** The owning domain had nothing to measure that week (no reading, or a reading with no value). */
  | 'NO_DATA'
  /** At or better than the warning threshold's good side: on track. */
  | 'OK'
  /** Nobody owns the KPI. Flagged whatever its value: a KPI without an owner is not a real KPI, so it is never shown as fine. */
  | 'UNOWNED'
  /** Past the warning threshold but not yet the breach threshold: watch it. */
  | 'WARNING';

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

/** Changes to the scorecard's definitions. Each change is checked first, applied in one transaction and recorded in the audit trail with the subject of the caller's verified token. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Puts a catalog KPI on the scorecard with an owner, target, thresholds and escalation path. Refused when the KPI is unknown or already active, or when 12 KPIs are already active. */
  addScorecardKpi: KpiDefinition;
  /** Hands an active KPI to a new owner. */
  reassignScorecardKpi: KpiDefinition;
  /** Takes an active KPI off the scorecard, freeing its slot; its definition is kept and it can be added back. */
  retireScorecardKpi: KpiDefinition;
  /** Changes an active KPI's title, target, thresholds or escalation path; fields left out keep their value. */
  updateScorecardKpi: KpiDefinition;
};


/** Changes to the scorecard's definitions. Each change is checked first, applied in one transaction and recorded in the audit trail with the subject of the caller's verified token. */
export type MutationAddScorecardKpiArgs = {
  input: AddScorecardKpiInput;
};


/** Changes to the scorecard's definitions. Each change is checked first, applied in one transaction and recorded in the audit trail with the subject of the caller's verified token. */
export type MutationReassignScorecardKpiArgs = {
  name: Scalars['String']['input'];
  owner: Scalars['String']['input'];
};


/** Changes to the scorecard's definitions. Each change is checked first, applied in one transaction and recorded in the audit trail with the subject of the caller's verified token. */
export type MutationRetireScorecardKpiArgs = {
  name: Scalars['String']['input'];
};


/** Changes to the scorecard's definitions. Each change is checked first, applied in one transaction and recorded in the audit trail with the subject of the caller's verified token. */
export type MutationUpdateScorecardKpiArgs = {
  input: UpdateScorecardKpiInput;
  name: Scalars['String']['input'];
};

/** Entry points into the operating model: the KPI catalog, periods, the weekly scorecard and its definitions. */
export type Query = {
  __typename?: 'Query';
  /** Every KPI that can sit on the weekly scorecard, with its formula, unit, direction and the domain that measures it. */
  kpiCatalog: Array<KpiCatalogEntry>;
  /** A period of ISO weeks to read KPIs for; the ERP and OMS add the KPI fields computed over it. */
  kpis: KpiPeriod;
  /** The weekly operations scorecard for one ISO week: at most 12 KPIs, each with its owner, thresholds, status, trend and the escalation due. */
  scorecard: Scorecard;
  /** The scorecard's KPI definitions (owner, target, thresholds, escalation path), in scorecard order. */
  scorecardDefinitions: Array<KpiDefinition>;
  /** Who the graph takes the caller to be: the identity the gateway verified from the request's bearer token, or anonymous without one. */
  whoAmI: Viewer;
};


/** Entry points into the operating model: the KPI catalog, periods, the weekly scorecard and its definitions. */
export type QueryKpisArgs = {
  fromWeek: Scalars['IsoWeek']['input'];
  toWeek?: InputMaybe<Scalars['IsoWeek']['input']>;
};


/** Entry points into the operating model: the KPI catalog, periods, the weekly scorecard and its definitions. */
export type QueryScorecardArgs = {
  week: Scalars['IsoWeek']['input'];
};


/** Entry points into the operating model: the KPI catalog, periods, the weekly scorecard and its definitions. */
export type QueryScorecardDefinitionsArgs = {
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The weekly operations scorecard for one ISO week: the KPIs currently on it, judged on that week's readings. */
export type Scorecard = {
  __typename?: 'Scorecard';
  /** The Sunday that ends the week. */
  endsOn: Scalars['Date']['output'];
  /** The ERP's readings of every scorecard-eligible KPI it owns, one per week for the 13 weeks ending week (provided by the ERP). */
  erpReadings: Array<KpiReading>;
  /** The active KPIs in scorecard order (at most 12), each with the week's reading, status, 12-week trend and escalation due. */
  kpis: Array<ScorecardKpi>;
  /** The OMS's readings of every scorecard-eligible KPI it owns, one per week for the 13 weeks ending week (provided by the OMS). */
  omsReadings: Array<KpiReading>;
  /** The Monday that starts the week. */
  startsOn: Scalars['Date']['output'];
  /** The ISO week reviewed. */
  week: Scalars['IsoWeek']['output'];
};

/** One KPI on a week's scorecard: its definition, the week's reading, the verdict and what escalation is due. */
export type ScorecardKpi = {
  __typename?: 'ScorecardKpi';
  /** The KPI's definition: owner, target, thresholds, escalation path. */
  definition: KpiDefinition;
  /** The escalation steps due now: those whose afterHours is at most weeksInBreach x 168 hours; empty when the KPI is not in breach. */
  escalationDue: Array<EscalationStep>;
  /** The owning domain's reading for the scorecard's week; null when the domain sent none. */
  reading: Maybe<KpiReading>;
  /** The week's verdict: UNOWNED whenever the KPI has no owner, whatever its value; else NO_DATA without a value; else OK, WARNING or BREACH by the thresholds. */
  status: KpiStatus;
  /** The readings of the 12 weeks before the scorecard's week, oldest first; a week the domain reported nothing for has value null and numerator and denominator 0. */
  trend: Array<KpiReading>;
  /** How many consecutive weeks, ending with the scorecard's week, the value has been at or past the breach threshold (0 to 13); the owner does not affect it. */
  weeksInBreach: Scalars['Int']['output'];
};

/** Changes to an active KPI's definition; fields left out keep their current value. */
export type UpdateScorecardKpiInput = {
  /** A new breach threshold. */
  breachThreshold?: InputMaybe<Scalars['Decimal']['input']>;
  /** A new escalation path, replacing the whole current one. */
  escalationPath?: InputMaybe<Array<EscalationStepInput>>;
  /** A new target. */
  target?: InputMaybe<Scalars['Decimal']['input']>;
  /** A new title to show. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** A new warning threshold. */
  warningThreshold?: InputMaybe<Scalars['Decimal']['input']>;
};

/** The caller of this request, as the gateway verified them. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The customer account a buyer acts for, e.g. "ACCT-0001"; null for staff and anonymous callers. */
  accountId: Maybe<Scalars['ID']['output']>;
  /** Whether the caller is a buyer, a staff member or anonymous. */
  kind: ViewerKind;
  /** The user id from the bearer token (its sub claim); null for an anonymous caller. */
  subject: Maybe<Scalars['String']['output']>;
};

/** The kinds of caller the graph tells apart. */
export type ViewerKind =
  /** A caller who sent no bearer token. */
  | 'ANONYMOUS'
  /** A customer's user, acting for one customer account. */
  | 'BUYER'
  /** An employee of the distributor. */
  | 'STAFF';



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
  KpiPeriod: KpiPeriod;
  Scorecard: Scorecard;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  KpiPeriod:
    ( { __typename: 'KpiPeriod' }
    & GraphQLRecursivePick<FederationTypes['KpiPeriod'], {"fromWeek":true,"toWeek":true}> );
  Scorecard:
    ( { __typename: 'Scorecard' }
    & GraphQLRecursivePick<FederationTypes['Scorecard'], {"week":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Scorecard'], {"erpReadings":{"kpi":true,"value":true,"numerator":true,"denominator":true,"unit":true,"direction":true,"fromWeek":true,"toWeek":true},"omsReadings":{"kpi":true,"value":true,"numerator":true,"denominator":true,"unit":true,"direction":true,"fromWeek":true,"toWeek":true}}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddScorecardKpiInput: AddScorecardKpiInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  EscalationChannel: EscalationChannel;
  EscalationStep: ResolverTypeWrapper<EscalationStepRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  EscalationStepInput: EscalationStepInput;
  IsoWeek: ResolverTypeWrapper<Scalars['IsoWeek']['output']>;
  KpiCatalogEntry: ResolverTypeWrapper<KpiCatalogEntry>;
  KpiDefinition: ResolverTypeWrapper<KpiDefinitionRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  KpiDirection: KpiDirection;
  KpiDomain: KpiDomain;
  KpiMeasure: ResolverTypeWrapper<KpiMeasure>;
  KpiPeriod: ResolverTypeWrapper<KpiPeriodRow>;
  KpiReading: ResolverTypeWrapper<KpiReading>;
  KpiStatus: KpiStatus;
  KpiUnit: KpiUnit;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Scorecard: ResolverTypeWrapper<ScorecardRow>;
  ScorecardKpi: ResolverTypeWrapper<Omit<ScorecardKpi, 'definition' | 'escalationDue'> & { definition: ResolversTypes['KpiDefinition'], escalationDue: Array<ResolversTypes['EscalationStep']> }>;
  UpdateScorecardKpiInput: UpdateScorecardKpiInput;
  Viewer: ResolverTypeWrapper<Viewer>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ViewerKind: ViewerKind;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddScorecardKpiInput: AddScorecardKpiInput;
  String: Scalars['String']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  EscalationStep: EscalationStepRow;
  Int: Scalars['Int']['output'];
  EscalationStepInput: EscalationStepInput;
  IsoWeek: Scalars['IsoWeek']['output'];
  KpiCatalogEntry: KpiCatalogEntry;
  KpiDefinition: KpiDefinitionRow;
  Boolean: Scalars['Boolean']['output'];
  KpiMeasure: KpiMeasure;
  KpiPeriod: KpiPeriodRow;
  KpiReading: KpiReading;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  Scorecard: ScorecardRow;
  ScorecardKpi: Omit<ScorecardKpi, 'definition' | 'escalationDue'> & { definition: ResolversParentTypes['KpiDefinition'], escalationDue: Array<ResolversParentTypes['EscalationStep']> };
  UpdateScorecardKpiInput: UpdateScorecardKpiInput;
  Viewer: Viewer;
  ID: Scalars['ID']['output'];
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

export type EscalationStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EscalationStep'] = ResolversParentTypes['EscalationStep']> = {
  afterHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['EscalationChannel'], ParentType, ContextType>;
  notify?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface IsoWeekScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['IsoWeek'], any> {
  name: 'IsoWeek';
}

export type KpiCatalogEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KpiCatalogEntry'] = ResolversParentTypes['KpiCatalogEntry']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['KpiDirection'], ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['KpiDomain'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['KpiUnit'], ParentType, ContextType>;
};

export type KpiDefinitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KpiDefinition'] = ResolversParentTypes['KpiDefinition']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  breachThreshold?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['KpiDirection'], ParentType, ContextType>;
  escalationPath?: Resolver<Array<ResolversTypes['EscalationStep']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['KpiUnit'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  warningThreshold?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type KpiMeasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KpiMeasure'] = ResolversParentTypes['KpiMeasure']> = {
  byDimension?: Resolver<Array<ResolversTypes['KpiReading']>, ParentType, ContextType>;
  byWeek?: Resolver<Array<ResolversTypes['KpiReading']>, ParentType, ContextType>;
  reading?: Resolver<ResolversTypes['KpiReading'], ParentType, ContextType>;
};

export type KpiPeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KpiPeriod'] = ResolversParentTypes['KpiPeriod'], FederationReferenceType extends FederationReferenceTypes['KpiPeriod'] = FederationReferenceTypes['KpiPeriod']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['KpiPeriod']> | FederationReferenceType, FederationReferenceType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fromWeek?: Resolver<ResolversTypes['IsoWeek'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  toWeek?: Resolver<ResolversTypes['IsoWeek'], ParentType, ContextType>;
  weeks?: Resolver<Array<ResolversTypes['IsoWeek']>, ParentType, ContextType>;
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

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addScorecardKpi?: Resolver<ResolversTypes['KpiDefinition'], ParentType, ContextType, RequireFields<MutationAddScorecardKpiArgs, 'input'>>;
  reassignScorecardKpi?: Resolver<ResolversTypes['KpiDefinition'], ParentType, ContextType, RequireFields<MutationReassignScorecardKpiArgs, 'name' | 'owner'>>;
  retireScorecardKpi?: Resolver<ResolversTypes['KpiDefinition'], ParentType, ContextType, RequireFields<MutationRetireScorecardKpiArgs, 'name'>>;
  updateScorecardKpi?: Resolver<ResolversTypes['KpiDefinition'], ParentType, ContextType, RequireFields<MutationUpdateScorecardKpiArgs, 'input' | 'name'>>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  kpiCatalog?: Resolver<Array<ResolversTypes['KpiCatalogEntry']>, ParentType, ContextType>;
  kpis?: Resolver<ResolversTypes['KpiPeriod'], ParentType, ContextType, RequireFields<QueryKpisArgs, 'fromWeek'>>;
  scorecard?: Resolver<ResolversTypes['Scorecard'], ParentType, ContextType, RequireFields<QueryScorecardArgs, 'week'>>;
  scorecardDefinitions?: Resolver<Array<ResolversTypes['KpiDefinition']>, ParentType, ContextType, RequireFields<QueryScorecardDefinitionsArgs, 'includeRetired'>>;
  whoAmI?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type ScorecardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Scorecard'] = ResolversParentTypes['Scorecard'], FederationReferenceType extends FederationReferenceTypes['Scorecard'] = FederationReferenceTypes['Scorecard']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Scorecard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kpis?: Resolver<Array<ResolversTypes['ScorecardKpi']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  week?: Resolver<ResolversTypes['IsoWeek'], ParentType, ContextType>;
};

export type ScorecardKpiResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScorecardKpi'] = ResolversParentTypes['ScorecardKpi']> = {
  definition?: Resolver<ResolversTypes['KpiDefinition'], ParentType, ContextType>;
  escalationDue?: Resolver<Array<ResolversTypes['EscalationStep']>, ParentType, ContextType>;
  reading?: Resolver<Maybe<ResolversTypes['KpiReading']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['KpiStatus'], ParentType, ContextType>;
  trend?: Resolver<Array<ResolversTypes['KpiReading']>, ParentType, ContextType>;
  weeksInBreach?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  accountId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ViewerKind'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  EscalationStep?: EscalationStepResolvers<ContextType>;
  IsoWeek?: GraphQLScalarType;
  KpiCatalogEntry?: KpiCatalogEntryResolvers<ContextType>;
  KpiDefinition?: KpiDefinitionResolvers<ContextType>;
  KpiMeasure?: KpiMeasureResolvers<ContextType>;
  KpiPeriod?: KpiPeriodResolvers<ContextType>;
  KpiReading?: KpiReadingResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Scorecard?: ScorecardResolvers<ContextType>;
  ScorecardKpi?: ScorecardKpiResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

