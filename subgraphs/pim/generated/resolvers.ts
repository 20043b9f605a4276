import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { GovernanceStatusRow, AttributeDataTypeRow, ProductMediaKindRow, RelationKindRow, CustomerSegmentRow, ProductRow, FamilyRow, CategoryRow, AttributeDefinitionRow, FamilyAttributeRow, ProductAttributeRow, ProductMediaRow, ProductRelationRow } from '../db/rows.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  DateTime: { input: Date; output: Date | string; }
  Decimal: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** The kind of value an attribute holds. */
export type AttributeDataType =
  /** Yes or no, e.g. whether a part is zinc plated. */
  | 'BOOLEAN'
  /** A measurement or count, e.g. a length in millimetres. */
  | 'NUMBER'
  /** Free text, e.g. a thread size "M8". */
  | 'TEXT';

/** A characteristic products can carry, e.g. thread size or voltage. */
export type AttributeDefinition = {
  __typename?: 'AttributeDefinition';
  /** The attribute code, e.g. "thread_size". */
  code: Scalars['ID']['output'];
  /** Whether values are text, numbers or yes/no. */
  dataType: AttributeDataType;
  /** The attribute's name as shown to customers, e.g. "Thread size". */
  label: Scalars['String']['output'];
  /** Unit of numeric values, e.g. "mm"; null when the attribute has none. */
  unit: Maybe<Scalars['String']['output']>;
};

/** A merchandising category within a family, e.g. bolts within fasteners. */
export type Category = {
  __typename?: 'Category';
  /** The category code, e.g. "fasteners.bolts". */
  code: Scalars['ID']['output'];
  /** The family the category belongs to. */
  family: Family;
  /** The category's name, e.g. "Bolts". */
  name: Scalars['String']['output'];
};

/** How completely a product is enriched. score = satisfied checks / total checks, rounded to 4 decimals, where the checks are one per required attribute of the family, one for a description and one for at least one image. E.g. 3 required attributes with 2 filled, a description and no image: (2 + 1 + 0) / 5 = 0.6. */
export type Completeness = {
  __typename?: 'Completeness';
  /** True when the product has a description. */
  hasDescription: Scalars['Boolean']['output'];
  /** True when the product has at least one image. */
  hasImage: Scalars['Boolean']['output'];
  /** Codes of the family's required attributes the product has no value for. */
  missingAttributes: Array<Scalars['String']['output']>;
  /** Share of checks satisfied, from 0 (nothing) to 1 (fully enriched). */
  score: Scalars['Float']['output'];
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

/** A group of similar products sharing one set of attributes, e.g. fasteners. */
export type Family = {
  __typename?: 'Family';
  /** The attributes the family's products carry, in display order, saying which are required. */
  attributes: Array<FamilyAttribute>;
  /** The categories in this family, ordered by code. */
  categories: Array<Category>;
  /** The family code, e.g. "fasteners". */
  code: Scalars['ID']['output'];
  /** The family's name, e.g. "Fasteners". */
  name: Scalars['String']['output'];
};

/** An attribute as a family uses it: whether it is required and where it is shown. */
export type FamilyAttribute = {
  __typename?: 'FamilyAttribute';
  /** What the attribute is. */
  definition: AttributeDefinition;
  /** Display order within the family, lowest first. */
  position: Scalars['Int']['output'];
  /** True when a product of the family counts as incomplete without a value for it. */
  required: Scalars['Boolean']['output'];
};

/** Where a product stands in the catalogue's approval workflow. */
export type GovernanceStatus =
  /** Approved for sale and publication. */
  | 'APPROVED'
  /** Being created; not yet submitted for review. */
  | 'DRAFT'
  /** Submitted and waiting for the catalogue team's approval. */
  | 'IN_REVIEW'
  /** No longer sold or published; kept for history. */
  | 'RETIRED';

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
  /** The attribute values the product has, in the family's attribute order. */
  attributes: Array<ProductAttribute>;
  /** The manufacturer's brand. */
  brand: Scalars['String']['output'];
  /** False when the caller is a buyer whose account refuses substitutes (from the ERP). */
  buyerAllowsSubstitutions: Scalars['Boolean']['output'];
  /** The category the product is merchandised under. */
  category: Category;
  /** How completely the product is enriched: its required attributes, a description and an image. */
  completeness: Completeness;
  /** Marketing description; null when the product has not been enriched yet. */
  description: Maybe<Scalars['String']['output']>;
  /** The product family, which decides which attributes the product carries. */
  family: Family;
  /** Where the product stands in the approval workflow. */
  governanceStatus: GovernanceStatus;
  /** Search keywords merchandisers attached to the product. */
  keywords: Array<Scalars['String']['output']>;
  /** Images, datasheets, CAD files and videos, in display order. */
  media: Array<ProductMedia>;
  /** The product's name as shown to customers. */
  name: Scalars['String']['output'];
  /** The first image in display order; null when the product has no image. */
  primaryImage: Maybe<ProductMedia>;
  /** Merchandising suggestions (cross-sells, upsells, substitutes), ordered by kind then rank. */
  relations: Array<ProductRelation>;
  /** The stock keeping unit, e.g. "BRG-6204-2RS". */
  sku: Scalars['ID']['output'];
  /**
   * Equivalent products to offer when this one is unavailable (SUBSTITUTE relations, best first),
   * each with its own availability, promise and price through the graph. Empty when the caller is a
   * buyer whose account does not accept substitutions.
   */
  substitutes: Array<Product>;
  /** When the product information last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A product the distributor sells, as the product information system describes it. */
export type ProductRelationsArgs = {
  kind?: InputMaybe<Array<RelationKind>>;
  segment?: InputMaybe<CustomerSegment>;
};


/** A product the distributor sells, as the product information system describes it. */
export type ProductSubstitutesArgs = {
  segment?: InputMaybe<CustomerSegment>;
};

/** One attribute value of a product. Exactly one of the three value fields is set, matching the definition's data type. */
export type ProductAttribute = {
  __typename?: 'ProductAttribute';
  /** The value of a yes/no attribute; null for other data types. */
  booleanValue: Maybe<Scalars['Boolean']['output']>;
  /** Which attribute this value is for. */
  definition: AttributeDefinition;
  /** The value ready to show, with its unit, e.g. "12 mm" or "Yes". */
  displayValue: Scalars['String']['output'];
  /** The value of a number attribute, in the definition's unit; null for other data types. */
  numberValue: Maybe<Scalars['Float']['output']>;
  /** The value of a text attribute; null for other data types. */
  textValue: Maybe<Scalars['String']['output']>;
};

/** A page of products. */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  /** The products on this page, each with its cursor. */
  edges: Array<ProductEdge>;
  /** Whether another page follows, and where it starts. */
  pageInfo: PageInfo;
  /** How many products match the filter across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One product on a page, with the cursor that marks its place. */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  /** Opaque position of this product in the list; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The product. */
  node: Product;
};

/** Which products to list. Every criterion given must hold; an empty list or blank text is ignored. */
export type ProductFilter = {
  /** Only products in one of these categories (category codes). */
  category?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only products in one of these families (family codes). */
  family?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only products in one of these governance states. */
  governanceStatus?: InputMaybe<Array<GovernanceStatus>>;
  /** Free text, at most 200 characters: every whitespace-separated word must appear (ignoring case) in the product's name, SKU, brand or keywords. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A file that illustrates or documents a product. */
export type ProductMedia = {
  __typename?: 'ProductMedia';
  /** Text describing the file for screen readers; null when none was written. */
  altText: Maybe<Scalars['String']['output']>;
  /** What the file is. */
  kind: ProductMediaKind;
  /** Display order, lowest first. */
  position: Scalars['Int']['output'];
  /** Where the file can be downloaded. */
  url: Scalars['String']['output'];
};

/** What a media file is. */
export type ProductMediaKind =
  /** A CAD model for engineers. */
  | 'CAD'
  /** A technical datasheet, usually a PDF. */
  | 'DATASHEET'
  /** A product photo or drawing. */
  | 'IMAGE'
  /** A product or installation video. */
  | 'VIDEO';

/** A merchandising suggestion from one product to another. */
export type ProductRelation = {
  __typename?: 'ProductRelation';
  /** Why the product is suggested. */
  kind: RelationKind;
  /** The suggested product. */
  product: Product;
  /** Order among suggestions of the same kind, 1 first. */
  rank: Scalars['Int']['output'];
  /** The customer segment the suggestion targets; null when it applies to every segment. */
  segment: Maybe<CustomerSegment>;
};

export type Query = {
  __typename?: 'Query';
  /** One category by its code; null when no category has that code. */
  category: Maybe<Category>;
  /** Every product family, ordered by code. */
  families: Array<Family>;
  /** One product family by its code; null when no family has that code. */
  family: Maybe<Family>;
  /** One product by its SKU; null when no product has that SKU. */
  product: Maybe<Product>;
  /** Products matching a filter, ordered by SKU, one page at a time. */
  products: ProductConnection;
};


export type QueryCategoryArgs = {
  code: Scalars['ID']['input'];
};


export type QueryFamilyArgs = {
  code: Scalars['ID']['input'];
};


export type QueryProductArgs = {
  sku: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Why one product is suggested alongside another. */
export type RelationKind =
  /** A complementary product to buy together, e.g. nuts for bolts. */
  | 'CROSS_SELL'
  /** An equivalent product to offer when this one is unavailable. */
  | 'SUBSTITUTE'
  /** A better or larger product to offer instead. */
  | 'UPSELL';



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
  Product: Product;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"sku":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Product'], {"buyerAllowsSubstitutions":true}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AttributeDataType: ResolverTypeWrapper<AttributeDataTypeRow>;
  AttributeDefinition: ResolverTypeWrapper<AttributeDefinitionRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Category: ResolverTypeWrapper<CategoryRow>;
  Completeness: ResolverTypeWrapper<Completeness>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CustomerSegment: ResolverTypeWrapper<CustomerSegmentRow>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Family: ResolverTypeWrapper<FamilyRow>;
  FamilyAttribute: ResolverTypeWrapper<FamilyAttributeRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  GovernanceStatus: ResolverTypeWrapper<GovernanceStatusRow>;
  Money: ResolverTypeWrapper<Money>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Product: ResolverTypeWrapper<ProductRow>;
  ProductAttribute: ResolverTypeWrapper<ProductAttributeRow>;
  ProductConnection: ResolverTypeWrapper<Omit<ProductConnection, 'edges'> & { edges: Array<ResolversTypes['ProductEdge']> }>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductFilter: ProductFilter;
  ProductMedia: ResolverTypeWrapper<ProductMediaRow>;
  ProductMediaKind: ResolverTypeWrapper<ProductMediaKindRow>;
  ProductRelation: ResolverTypeWrapper<ProductRelationRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationKind: ResolverTypeWrapper<RelationKindRow>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AttributeDefinition: AttributeDefinitionRow;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Category: CategoryRow;
  Completeness: Completeness;
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Family: FamilyRow;
  FamilyAttribute: FamilyAttributeRow;
  Int: Scalars['Int']['output'];
  Money: Money;
  PageInfo: PageInfo;
  Product: ProductRow;
  ProductAttribute: ProductAttributeRow;
  ProductConnection: Omit<ProductConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProductEdge']> };
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductFilter: ProductFilter;
  ProductMedia: ProductMediaRow;
  ProductRelation: ProductRelationRow;
  Query: Record<PropertyKey, never>;
};

export type AttributeDataTypeResolvers = EnumResolverSignature<{ BOOLEAN?: any, NUMBER?: any, TEXT?: any }, ResolversTypes['AttributeDataType']>;

export type AttributeDefinitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttributeDefinition'] = ResolversParentTypes['AttributeDefinition']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  dataType?: Resolver<ResolversTypes['AttributeDataType'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CategoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Category'] = ResolversParentTypes['Category']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['Family'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CompletenessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Completeness'] = ResolversParentTypes['Completeness']> = {
  hasDescription?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasImage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  missingAttributes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CustomerSegmentResolvers = EnumResolverSignature<{ CONTRACTOR?: any, DISTRIBUTOR?: any, GOVERNMENT?: any, MRO?: any, OEM?: any }, ResolversTypes['CustomerSegment']>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type FamilyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Family'] = ResolversParentTypes['Family']> = {
  attributes?: Resolver<Array<ResolversTypes['FamilyAttribute']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FamilyAttributeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FamilyAttribute'] = ResolversParentTypes['FamilyAttribute']> = {
  definition?: Resolver<ResolversTypes['AttributeDefinition'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GovernanceStatusResolvers = EnumResolverSignature<{ APPROVED?: any, DRAFT?: any, IN_REVIEW?: any, RETIRED?: any }, ResolversTypes['GovernanceStatus']>;

export type MoneyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minorUnits?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attributes?: Resolver<Array<ResolversTypes['ProductAttribute']>, ParentType, ContextType>;
  brand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['Category'], ParentType, ContextType>;
  completeness?: Resolver<ResolversTypes['Completeness'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  family?: Resolver<ResolversTypes['Family'], ParentType, ContextType>;
  governanceStatus?: Resolver<ResolversTypes['GovernanceStatus'], ParentType, ContextType>;
  keywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  media?: Resolver<Array<ResolversTypes['ProductMedia']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  primaryImage?: Resolver<Maybe<ResolversTypes['ProductMedia']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['ProductRelation']>, ParentType, ContextType, Partial<ProductRelationsArgs>>;
  sku?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  substitutes?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType, Partial<ProductSubstitutesArgs>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ProductAttributeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductAttribute'] = ResolversParentTypes['ProductAttribute']> = {
  booleanValue?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['AttributeDefinition'], ParentType, ContextType>;
  displayValue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  numberValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  textValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProductConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProductEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
};

export type ProductMediaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductMedia'] = ResolversParentTypes['ProductMedia']> = {
  altText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProductMediaKind'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProductMediaKindResolvers = EnumResolverSignature<{ CAD?: any, DATASHEET?: any, IMAGE?: any, VIDEO?: any }, ResolversTypes['ProductMediaKind']>;

export type ProductRelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductRelation'] = ResolversParentTypes['ProductRelation']> = {
  kind?: Resolver<ResolversTypes['RelationKind'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes['CustomerSegment']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType, RequireFields<QueryCategoryArgs, 'code'>>;
  families?: Resolver<Array<ResolversTypes['Family']>, ParentType, ContextType>;
  family?: Resolver<Maybe<ResolversTypes['Family']>, ParentType, ContextType, RequireFields<QueryFamilyArgs, 'code'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'sku'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<QueryProductsArgs, 'first'>>;
};

export type RelationKindResolvers = EnumResolverSignature<{ CROSS_SELL?: any, SUBSTITUTE?: any, UPSELL?: any }, ResolversTypes['RelationKind']>;

export type Resolvers<ContextType = Context> = {
  AttributeDataType?: AttributeDataTypeResolvers;
  AttributeDefinition?: AttributeDefinitionResolvers<ContextType>;
  Category?: CategoryResolvers<ContextType>;
  Completeness?: CompletenessResolvers<ContextType>;
  CustomerSegment?: CustomerSegmentResolvers;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Family?: FamilyResolvers<ContextType>;
  FamilyAttribute?: FamilyAttributeResolvers<ContextType>;
  GovernanceStatus?: GovernanceStatusResolvers;
  Money?: MoneyResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductAttribute?: ProductAttributeResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductMedia?: ProductMediaResolvers<ContextType>;
  ProductMediaKind?: ProductMediaKindResolvers;
  ProductRelation?: ProductRelationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RelationKind?: RelationKindResolvers;
};

