import type { ScaledVolumes, Tier } from '../config.ts';
import { DAY_MS } from '../calendar.ts';
import { BRANCHES, type Supplier } from '../network.ts';
import { Random, allocateByShares, cumulative } from '../random.ts';
import type { ItemRow } from '../tables/erp.ts';
import type { ProductAttributeValueRow, ProductRow } from '../tables/pim.ts';
import type { Timeline } from '../timeline.ts';
import { ATTRIBUTE_DEFINITIONS } from './attributes.ts';
import { FAMILIES, type AttributeValue, type CategorySpec, type FamilySpec } from './families.ts';

/** One SKU as the rest of the generator sees it; `product` and `item` are its PIM and ERP rows. */
export interface Sku {
  sku: string;
  family: FamilySpec;
  category: CategorySpec;
  tier: Tier;
  /** Relative demand weight within its family. */
  popularity: number;
  costMinor: number;
  listMinor: number;
  moq: number;
  increment: number;
  supplier: Supplier;
  /** Retired SKUs are still on the books but no longer sold. */
  sellable: boolean;
  stockedBranches: readonly string[];
  substitutes: string[];
  product: ProductRow;
  item: ItemRow;
}

const GOVERNANCE = { approved: 0.82, in_review: 0.07, draft: 0.06, retired: 0.05 } as const;
const TIER_SHARE: Record<Tier, number> = { A: 0.15, B: 0.3, C: 0.55 };
const STOCKED_BRANCH_COUNT: Record<Tier, number> = { A: 6, B: 5, C: 3 };
const UNIT_LABEL: Record<string, string> = { BX: 'box', PK: 'pack', EA: 'each', FT: 'ft', RL: 'roll' };

export function generateProducts(seed: number, timeline: Timeline, volumes: ScaledVolumes, suppliers: readonly Supplier[]): { skus: Sku[]; attributeValues: ProductAttributeValueRow[] } {
  const rng = new Random(seed, 'catalog');
  const floor = Math.floor(volumes.skus / FAMILIES.length / 2);
  const extra = allocateByShares(volumes.skus - floor * FAMILIES.length, FAMILIES.map((family) => family.skuShare));
  const skus: Sku[] = [];
  const attributeValues: ProductAttributeValueRow[] = [];
  FAMILIES.forEach((family, familyIndex) => {
    const count = floor + extra[familyIndex]!;
    const familySuppliers = suppliers.filter((supplier) => supplier.families.includes(family.code));
    const ranks = rng.shuffle([...Array(count).keys()]);
    for (let i = 0; i < count; i += 1) {
      const rank = ranks[i]!;
      const governance = rng.pickWeighted(GOVERNANCE);
      const tier: Tier = governance === 'retired' ? 'C' : rank < count * TIER_SHARE.A ? 'A' : rank < count * (TIER_SHARE.A + TIER_SHARE.B) ? 'B' : 'C';
      const sku = `${family.skuPrefix}-${String(10001 + i)}`;
      const values = drawAttributes(rng, family, governance);
      for (const [code, value] of values) attributeValues.push(attributeValueRow(sku, code, value));
      skus.push(buildSku(rng, timeline, { sku, family, tier, rank, governance, values, supplier: rng.pick(familySuppliers) }));
    }
  });
  return { skus, attributeValues };
}

interface SkuDraft {
  sku: string;
  family: FamilySpec;
  tier: Tier;
  rank: number;
  governance: ProductRow['governance_status'];
  values: Map<string, AttributeValue>;
  supplier: Supplier;
}

function buildSku(rng: Random, { asOfMs, historyStartMs }: Timeline, draft: SkuDraft): Sku {
  const { sku, family, tier, governance, values, supplier } = draft;
  const category = rng.pick(family.categories);
  const brand = rng.pick(family.brands);
  const name = productName(category, values);
  const costMinor = Math.max(5, Math.round(Math.exp(rng.between(Math.log(category.cost[0]), Math.log(category.cost[1]))) * 100));
  const listMinor = Math.round(costMinor / (1 - rng.inRange(family.margin)));
  const [moq, increment] = orderMultiple(rng, category.uom);
  const keywords = productKeywords(rng, family, category, values);
  const sellable = governance !== 'retired';
  const product: ProductRow = {
    sku,
    name,
    description: rng.chance(governance === 'approved' ? 0.04 : 0.4) ? null : productDescription(brand, category, family),
    family_code: family.code,
    category_code: category.code,
    brand,
    keywords,
    governance_status: governance,
    updated_at: new Date(historyStartMs - 200 * DAY_MS + Math.floor(rng.next() * (asOfMs - historyStartMs + 199 * DAY_MS))),
    search_text: [name, sku, brand, ...keywords].join(' ').toLowerCase(),
  };
  const item: ItemRow = {
    sku,
    description: name,
    unit_of_measure: category.uom,
    family: family.code,
    velocity_tier: tier,
    standard_cost_minor: costMinor,
    list_price_minor: listMinor,
    currency_code: 'USD',
    primary_supplier_id: supplier.id,
    min_order_quantity: moq,
    order_increment: increment,
    active: sellable,
  };
  return {
    sku, family, category, tier, costMinor, listMinor, moq, increment, supplier, sellable, product, item,
    popularity: sellable ? 1 / Math.pow(draft.rank + 3, 0.9) : 0,
    stockedBranches: stockedBranches(rng, sellable ? STOCKED_BRANCH_COUNT[tier] : rng.int(1, 2)),
    substitutes: [],
  };
}

/** Required attributes are present unless the product is incomplete (drafts more often); optional ones about half the time. */
function drawAttributes(rng: Random, family: FamilySpec, governance: string): Map<string, AttributeValue> {
  const incomplete = rng.chance(governance === 'approved' ? 0.08 : 0.45);
  const required = family.attributes.filter((attribute) => attribute.required);
  const missing = incomplete ? new Set(rng.shuffle(required.map((a) => a.code)).slice(0, rng.int(1, 2))) : new Set<string>();
  const values = new Map<string, AttributeValue>();
  for (const attribute of family.attributes) {
    const present = attribute.required ? !missing.has(attribute.code) : rng.chance(0.55);
    if (present) values.set(attribute.code, rng.pick(attribute.values));
  }
  return values;
}

function attributeValueRow(sku: string, code: string, value: AttributeValue): ProductAttributeValueRow {
  return {
    sku,
    attribute_code: code,
    text_value: typeof value === 'string' ? value : null,
    number_value: typeof value === 'number' ? value : null,
    boolean_value: typeof value === 'boolean' ? value : null,
  };
}

function productName(category: CategorySpec, values: Map<string, AttributeValue>): string {
  const parts = category.nameAttributes.flatMap((code) => {
    const value = values.get(code);
    return value === undefined || typeof value === 'boolean' ? [] : [formatAttribute(code, value)];
  });
  const pack = values.get('pack_quantity');
  if (typeof pack === 'number' && pack > 1 && category.uom !== 'EA') parts.push(`${pack}/${UNIT_LABEL[category.uom]}`);
  return [category.noun, ...parts].join(', ');
}

export function formatAttribute(code: string, value: string | number): string {
  if (typeof value === 'string') return value;
  if (code === 'merv_rating') return `MERV ${value}`;
  if (code === 'grit') return `${value} Grit`;
  if (code === 'piece_count') return `${value}-Piece`;
  const unit = ATTRIBUTE_DEFINITIONS.find((definition) => definition.code === code)?.unit;
  return unit ? `${value} ${unit}` : String(value);
}

function productDescription(brand: string, category: CategorySpec, family: FamilySpec): string {
  return `${brand} ${category.noun.toLowerCase()} from our ${family.name.toLowerCase()} range, stocked for next-day shipping from regional branches.`;
}

function productKeywords(rng: Random, family: FamilySpec, category: CategorySpec, values: Map<string, AttributeValue>): string[] {
  const keywords = rng.shuffle([...family.keywords]).slice(0, rng.int(1, 3));
  keywords.push(category.noun.toLowerCase());
  const firstNameValue = values.get(category.nameAttributes[0] ?? '');
  if (typeof firstNameValue === 'string' && rng.chance(0.6)) keywords.push(firstNameValue.toLowerCase());
  return keywords.filter((keyword, index) => keywords.indexOf(keyword) === index);
}

function orderMultiple(rng: Random, uom: string): [number, number] {
  if (uom === 'FT') return [25, 25];
  if ((uom === 'BX' || uom === 'PK') && rng.chance(0.15)) {
    const multiple = rng.pick([2, 5]);
    return [multiple, multiple];
  }
  return [1, 1];
}

const BRANCH_WEIGHTS = cumulative(BRANCHES.map((candidate) => candidate.accountShare));

function stockedBranches(rng: Random, count: number): string[] {
  const chosen: string[] = [];
  while (chosen.length < count) {
    const code = BRANCHES[rng.weightedIndex(BRANCH_WEIGHTS)]!.code;
    if (!chosen.includes(code)) chosen.push(code);
  }
  return BRANCHES.map((candidate) => candidate.code).filter((code) => chosen.includes(code));
}
