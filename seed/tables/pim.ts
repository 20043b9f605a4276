/** PIM rows exactly as loaded (see tables/erp.ts for the conventions). */
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
  data_type: 'text' | 'number' | 'boolean';
  unit: string | null;
}

export interface FamilyAttributeRow {
  family_code: string;
  attribute_code: string;
  required: boolean;
  position: number;
}

export interface ProductRow {
  sku: string;
  name: string;
  description: string | null;
  family_code: string;
  category_code: string;
  brand: string;
  keywords: string[];
  governance_status: 'draft' | 'in_review' | 'approved' | 'retired';
  updated_at: Date;
  search_text: string;
}

export interface ProductAttributeValueRow {
  sku: string;
  attribute_code: string;
  text_value: string | null;
  number_value: number | null;
  boolean_value: boolean | null;
}

export interface ProductMediaRow {
  sku: string;
  position: number;
  kind: 'image' | 'datasheet' | 'cad' | 'video';
  url: string;
  alt_text: string | null;
}

export interface ProductRelationRow {
  sku: string;
  related_sku: string;
  kind: 'cross_sell' | 'upsell' | 'substitute';
  segment: string | null;
  rank: number;
}

export interface PimTables {
  families: FamilyRow[];
  categories: CategoryRow[];
  attribute_definitions: AttributeDefinitionRow[];
  family_attributes: FamilyAttributeRow[];
  products: ProductRow[];
  product_attribute_values: ProductAttributeValueRow[];
  product_media: ProductMediaRow[];
  product_relations: ProductRelationRow[];
}

export const PIM_COLUMNS = {
  families: ['code', 'name'],
  categories: ['code', 'family_code', 'name'],
  attribute_definitions: ['code', 'label', 'data_type', 'unit'],
  family_attributes: ['family_code', 'attribute_code', 'required', 'position'],
  products: [
    'sku', 'name', 'description', 'family_code', 'category_code', 'brand', 'keywords', 'governance_status',
    'updated_at', 'search_text',
  ],
  product_attribute_values: ['sku', 'attribute_code', 'text_value', 'number_value', 'boolean_value'],
  product_media: ['sku', 'position', 'kind', 'url', 'alt_text'],
  product_relations: ['sku', 'related_sku', 'kind', 'segment', 'rank'],
} as const satisfies { [T in keyof PimTables]: readonly (keyof PimTables[T][number])[] };
