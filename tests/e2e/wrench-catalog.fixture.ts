import type { Db } from '../../lib/db.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';

/** The PIM side of the page-size tests: a family of wrenches, each with one attribute and one image. */
export async function loadWrenchContent(pim: Db, skus: readonly string[]): Promise<void> {
  await insertRows(pim, 'families', [{ code: 'tools', name: 'Hand tools' }]);
  await insertRows(pim, 'categories', [{ code: 'tools.wrenches', family_code: 'tools', name: 'Wrenches' }]);
  await insertRows(pim, 'attribute_definitions', [{ code: 'size_mm', label: 'Size', data_type: 'number', unit: 'mm' }]);
  await insertRows(pim, 'family_attributes', [{ family_code: 'tools', attribute_code: 'size_mm', required: true, position: 1 }]);
  await insertRows(pim, 'products', skus.map((sku) => ({
    sku, name: `Wrench ${sku}`, description: 'Combination wrench', family_code: 'tools', category_code: 'tools.wrenches',
    brand: 'Torq', keywords: ['wrench'], governance_status: 'approved', updated_at: '2026-10-01T00:00:00Z', search_text: `${sku} wrench`.toLowerCase(),
  })));
  await insertRows(pim, 'product_attribute_values', skus.map((sku, i) => ({ sku, attribute_code: 'size_mm', text_value: null, number_value: 8 + (i % 12), boolean_value: null })));
  await insertRows(pim, 'product_media', skus.map((sku) => ({ sku, position: 1, kind: 'image', url: `https://cdn.example.com/${sku}.jpg`, alt_text: sku })));
}
