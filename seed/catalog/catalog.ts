import type { ScaledVolumes } from '../config.ts';
import type { Supplier } from '../network.ts';
import { cumulative } from '../random.ts';
import type { PimTables } from '../tables/pim.ts';
import type { Timeline } from '../timeline.ts';
import { ATTRIBUTE_DEFINITIONS } from './attributes.ts';
import { generateMedia, generateRelations } from './content.ts';
import { FAMILIES } from './families.ts';
import { generateProducts, type Sku } from './products.ts';

/** The assortment: SKUs with lookups for demand sampling, plus the PIM tables. */
export interface Catalog {
  skus: readonly Sku[];
  bySku: ReadonlyMap<string, Sku>;
  /** Sellable SKUs of each family (in FAMILIES order) with cumulative popularity for sampling. */
  sellableByFamily: readonly { skus: readonly Sku[]; weights: Float64Array }[];
  byCategory: ReadonlyMap<string, readonly Sku[]>;
  pim: PimTables;
}

export function generateCatalog(seed: number, timeline: Timeline, volumes: ScaledVolumes, suppliers: readonly Supplier[]): Catalog {
  const { skus, attributeValues } = generateProducts(seed, timeline, volumes, suppliers);
  const relations = generateRelations(seed, skus);
  const sellableByFamily = FAMILIES.map((family) => {
    const familySkus = skus.filter((sku) => sku.family.code === family.code && sku.sellable);
    return { skus: familySkus, weights: cumulative(familySkus.map((sku) => sku.popularity)) };
  });
  const byCategory = new Map<string, Sku[]>();
  for (const sku of skus) {
    if (!sku.sellable) continue;
    const peers = byCategory.get(sku.category.code);
    if (peers) peers.push(sku);
    else byCategory.set(sku.category.code, [sku]);
  }
  return {
    skus,
    bySku: new Map(skus.map((sku) => [sku.sku, sku])),
    sellableByFamily,
    byCategory,
    pim: {
      families: FAMILIES.map((family) => ({ code: family.code, name: family.name })),
      categories: FAMILIES.flatMap((family) =>
        family.categories.map((category) => ({ code: category.code, family_code: family.code, name: category.name })),
      ),
      attribute_definitions: [...ATTRIBUTE_DEFINITIONS],
      family_attributes: FAMILIES.flatMap((family) =>
        family.attributes.map((attribute, index) => ({
          family_code: family.code,
          attribute_code: attribute.code,
          required: attribute.required,
          position: index + 1,
        })),
      ),
      products: skus.map((sku) => sku.product),
      product_attribute_values: attributeValues,
      product_media: generateMedia(seed, skus),
      product_relations: relations,
    },
  };
}
