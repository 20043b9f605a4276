import type { Db } from '../../lib/db.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';

/**
 * A hand-built catalogue small enough to check every expected number by hand.
 *
 * fasteners: required thread_size (text), length_mm (number, mm), zinc_plated (boolean) -> 3 + 2 checks
 * electrical: required voltage (number, V); ip_rating optional                          -> 1 + 2 checks
 *
 * sku      category          status     description  attributes                  media              completeness
 * ELE-001  electrical.cable  approved   yes          voltage, ip_rating          image              (1+1+1)/3 = 1
 * ELE-002  electrical.cable  retired    null         ip_rating                   image              (0+0+1)/3 = 0.3333
 * ELE-003  electrical.cable  approved   yes          voltage                     -                  (1+1+0)/3 = 0.6667
 * FAS-001  fasteners.bolts   approved   yes          thread, length, zinc        image, datasheet   (3+1+1)/5 = 1
 * FAS-002  fasteners.bolts   approved   yes          thread, length              datasheet, image   (2+1+1)/5 = 0.8
 * FAS-003  fasteners.bolts   draft      null         thread, length 12.5         -                  (2+0+0)/5 = 0.4
 * FAS-004  fasteners.nuts    approved   yes          thread                      image              (1+1+1)/5 = 0.6
 * FAS-005  fasteners.nuts    in_review  blank "  "   -                           -                  (0+0+0)/5 = 0
 */
export interface FixtureProduct {
  sku: string;
  name: string;
  description: string | null;
  family_code: string;
  category_code: string;
  brand: string;
  keywords: string[];
  governance_status: string;
}

export const PRODUCTS: FixtureProduct[] = [
  product('ELE-001', 'Cable 3x2.5 mm2 100 m', 'Flexible PVC cable.', 'electrical.cable', 'Voltix', ['flexible'], 'approved'),
  product('ELE-002', 'Cable 5x1.5 mm2', null, 'electrical.cable', 'Voltix', [], 'retired'),
  product('ELE-003', 'Armoured cable 4x6 mm2', 'Steel wire armoured, zinc coated.', 'electrical.cable', 'Voltix', ['zinc'], 'approved'),
  product('FAS-001', 'Hex bolt M8 x 40', 'Grade 8.8 hex bolt.', 'fasteners.bolts', 'Acme', ['zinc'], 'approved'),
  product('FAS-002', 'Hex bolt M10 x 50', 'Grade 8.8 hex bolt.', 'fasteners.bolts', 'Acme', [], 'approved'),
  product('FAS-003', 'Carriage bolt M8', null, 'fasteners.bolts', 'Boltco', [], 'draft'),
  product('FAS-004', 'Hex nut M8', 'Zinc plated nut.', 'fasteners.nuts', 'Acme', [], 'approved'),
  product('FAS-005', 'Lock nut M10', '  ', 'fasteners.nuts', 'Boltco', ['nylon insert'], 'in_review'),
];

function product(
  sku: string, name: string, description: string | null, category_code: string, brand: string, keywords: string[], governance_status: string,
): FixtureProduct {
  return { sku, name, description, family_code: category_code.split('.')[0]!, category_code, brand, keywords, governance_status };
}

/** What the catalogue loader writes into products.search_text: name, sku, brand, keywords, lower-cased. */
export function searchText(p: Pick<FixtureProduct, 'sku' | 'name' | 'brand' | 'keywords'>): string {
  return [p.name, p.sku, p.brand, ...p.keywords].join(' ').toLowerCase();
}

export async function loadCatalogFixture(db: Db): Promise<void> {
  await insertRows(db, 'families', [{ code: 'electrical', name: 'Electrical' }, { code: 'fasteners', name: 'Fasteners' }]);
  await insertRows(db, 'categories', [
    { code: 'electrical.cable', family_code: 'electrical', name: 'Cable' },
    { code: 'fasteners.bolts', family_code: 'fasteners', name: 'Bolts' },
    { code: 'fasteners.nuts', family_code: 'fasteners', name: 'Nuts' },
  ]);
  await insertRows(db, 'attribute_definitions', [
    { code: 'thread_size', label: 'Thread size', data_type: 'text', unit: null },
    { code: 'length_mm', label: 'Length', data_type: 'number', unit: 'mm' },
    { code: 'zinc_plated', label: 'Zinc plated', data_type: 'boolean', unit: null },
    { code: 'voltage', label: 'Rated voltage', data_type: 'number', unit: 'V' },
    { code: 'ip_rating', label: 'IP rating', data_type: 'text', unit: null },
  ]);
  await insertRows(db, 'family_attributes', [
    { family_code: 'fasteners', attribute_code: 'thread_size', required: true, position: 1 },
    { family_code: 'fasteners', attribute_code: 'length_mm', required: true, position: 2 },
    { family_code: 'fasteners', attribute_code: 'zinc_plated', required: true, position: 3 },
    { family_code: 'electrical', attribute_code: 'voltage', required: true, position: 1 },
    { family_code: 'electrical', attribute_code: 'ip_rating', required: false, position: 2 },
  ]);
  await insertRows(db, 'products', PRODUCTS.map((p) => ({ ...p, updated_at: '2026-10-15T08:30:00Z', search_text: searchText(p) })));
  const value = (sku: string, attribute_code: string, v: { text?: string; number?: number; boolean?: boolean }) => ({
    sku, attribute_code, text_value: v.text ?? null, number_value: v.number ?? null, boolean_value: v.boolean ?? null,
  });
  await insertRows(db, 'product_attribute_values', [
    value('ELE-001', 'ip_rating', { text: 'IP67' }),
    value('ELE-001', 'voltage', { number: 450 }),
    value('ELE-002', 'ip_rating', { text: 'IP44' }),
    value('ELE-003', 'voltage', { number: 600 }),
    value('FAS-001', 'zinc_plated', { boolean: true }),
    value('FAS-001', 'thread_size', { text: 'M8' }),
    value('FAS-001', 'length_mm', { number: 40 }),
    value('FAS-002', 'thread_size', { text: 'M10' }),
    value('FAS-002', 'length_mm', { number: 50 }),
    value('FAS-003', 'thread_size', { text: 'M8' }),
    value('FAS-003', 'length_mm', { number: 12.5 }),
    value('FAS-004', 'thread_size', { text: 'M8' }),
  ]);
  const media = (sku: string, position: number, kind: string) => ({
    sku, position, kind, url: `https://cdn.example.com/${sku}/${position}`, alt_text: kind === 'image' ? `${sku} photo` : null,
  });
  await insertRows(db, 'product_media', [
    media('ELE-001', 1, 'image'),
    media('ELE-002', 1, 'image'),
    media('FAS-001', 1, 'image'),
    media('FAS-001', 2, 'datasheet'),
    media('FAS-002', 1, 'datasheet'),
    media('FAS-002', 2, 'image'),
    media('FAS-004', 1, 'image'),
  ]);
  // FAS-001: two relations for every segment, one only for OEM buyers, one only for contractors.
  await insertRows(db, 'product_relations', [
    { sku: 'FAS-001', related_sku: 'FAS-003', kind: 'substitute', segment: 'contractor', rank: 1 },
    { sku: 'FAS-001', related_sku: 'FAS-002', kind: 'upsell', segment: null, rank: 1 },
    { sku: 'FAS-001', related_sku: 'FAS-005', kind: 'cross_sell', segment: 'oem', rank: 2 },
    { sku: 'FAS-001', related_sku: 'FAS-004', kind: 'cross_sell', segment: null, rank: 1 },
    { sku: 'FAS-002', related_sku: 'FAS-001', kind: 'substitute', segment: null, rank: 1 },
  ]);
}
