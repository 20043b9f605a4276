/**
 * PIM rows exactly as the repositories' SQL returns them. Codegen maps each GraphQL type `Foo` to
 * `FooRow`, so resolvers are type-checked against these shapes.
 */

/**
 * Enum columns as stored. Exported as `<Enum>Row` on purpose: codegen then maps each GraphQL enum
 * to its database values, which is what resolvers return once the resolver map gives every enum
 * value its internal value (see resolvers/enums.ts).
 */
export type GovernanceStatusRow = 'draft' | 'in_review' | 'approved' | 'retired';
export type AttributeDataTypeRow = 'text' | 'number' | 'boolean';
export type ProductMediaKindRow = 'image' | 'datasheet' | 'cad' | 'video';
export type RelationKindRow = 'cross_sell' | 'upsell' | 'substitute';
export type CustomerSegmentRow = 'oem' | 'contractor' | 'mro' | 'distributor' | 'government';

export interface ProductRow {
  sku: string;
  name: string;
  description: string | null;
  family_code: string;
  category_code: string;
  brand: string;
  keywords: string[];
  governance_status: GovernanceStatusRow;
  updated_at: Date;
  /** From the ERP through @requires (substitutes); absent otherwise. */
  buyerAllowsSubstitutions?: boolean;
}

export interface FamilyRow {
  code: string;
  name: string;
}

export interface CategoryRow {
  code: string;
  family_code: string;
  name: string;
}

export interface AttributeDefinitionRow {
  code: string;
  label: string;
  data_type: AttributeDataTypeRow;
  unit: string | null;
}

/** A family's use of an attribute, joined with the attribute's definition. */
export interface FamilyAttributeRow extends AttributeDefinitionRow {
  family_code: string;
  required: boolean;
  position: number;
}

/** One attribute value of a product, joined with the attribute's definition. */
export interface ProductAttributeRow extends AttributeDefinitionRow {
  sku: string;
  /** numeric: a decimal string. */
  number_value: string | null;
  text_value: string | null;
  boolean_value: boolean | null;
}

export interface ProductMediaRow {
  sku: string;
  position: number;
  kind: ProductMediaKindRow;
  url: string;
  alt_text: string | null;
}

export interface ProductRelationRow {
  sku: string;
  related_sku: string;
  kind: RelationKindRow;
  segment: CustomerSegmentRow | null;
  rank: number;
}
