import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';
import { startPim, type PimUnderTest } from './harness.ts';

/**
 * 120 generated products, each with attribute values, two media files and two relations (one
 * for every segment, one for OEM buyers), so every nested field of a 100-product page has data.
 */
const SKUS = Array.from({ length: 120 }, (_, i) => `GEN-${String(i).padStart(3, '0')}`);
const next = (i: number) => SKUS[(i + 1) % SKUS.length]!;

async function loadGeneratedCatalog(db: Db): Promise<void> {
  await insertRows(db, 'families', [{ code: 'tools', name: 'Hand tools' }]);
  await insertRows(db, 'categories', [
    { code: 'tools.wrenches', family_code: 'tools', name: 'Wrenches' },
    { code: 'tools.pliers', family_code: 'tools', name: 'Pliers' },
  ]);
  await insertRows(db, 'attribute_definitions', [
    { code: 'size_mm', label: 'Size', data_type: 'number', unit: 'mm' },
    { code: 'insulated', label: 'Insulated', data_type: 'boolean', unit: null },
  ]);
  await insertRows(db, 'family_attributes', [
    { family_code: 'tools', attribute_code: 'size_mm', required: true, position: 1 },
    { family_code: 'tools', attribute_code: 'insulated', required: true, position: 2 },
  ]);
  await insertRows(db, 'products', SKUS.map((sku, i) => ({
    sku, name: `Tool ${sku}`, description: i % 2 ? 'A tool.' : null, family_code: 'tools',
    category_code: i % 3 ? 'tools.wrenches' : 'tools.pliers', brand: 'Torq', keywords: ['tool'],
    governance_status: 'approved', updated_at: '2026-10-01T00:00:00Z', search_text: `tool ${sku.toLowerCase()} torq`,
  })));
  await insertRows(db, 'product_attribute_values', SKUS.map((sku, i) => ({
    sku, attribute_code: 'size_mm', text_value: null, number_value: 8 + (i % 12), boolean_value: null,
  })));
  await insertRows(db, 'product_media', SKUS.flatMap((sku) => [
    { sku, position: 1, kind: 'datasheet', url: `https://cdn.example.com/${sku}.pdf`, alt_text: null },
    { sku, position: 2, kind: 'image', url: `https://cdn.example.com/${sku}.jpg`, alt_text: sku },
  ]));
  await insertRows(db, 'product_relations', SKUS.flatMap((sku, i) => [
    { sku, related_sku: next(i), kind: 'cross_sell', segment: null, rank: 1 },
    { sku, related_sku: next(i + 1), kind: 'upsell', segment: 'oem', rank: 1 },
  ]));
}

let pim: PimUnderTest;
beforeAll(async () => {
  pim = await startPim(loadGeneratedCatalog);
});
afterAll(async () => {
  await pim?.close();
});

const PAGE = `query ($first: Int) {
  products(first: $first) {
    totalCount
    edges { node {
      sku name
      family { name categories { name } attributes { required definition { code } } }
      category { name family { name } }
      attributes { definition { code label } numberValue displayValue }
      media { kind url }
      primaryImage { url }
      completeness { score missingAttributes }
      relations(segment: OEM) { kind product { name family { name } completeness { score } } }
    } }
  }
}`;

async function statementsFor(run: () => Promise<unknown>): Promise<number> {
  const before = pim.db.stats.statements;
  await run();
  return pim.db.stats.statements - before;
}

describe('SQL statements do not grow with the number of products', () => {
  it('a products page with every nested field costs the same for 10 and 100 products', async () => {
    const page = (first: number) => async () => {
      const data = await pim.query(PAGE, { first });
      expect(data.products.edges).toHaveLength(first);
      // Nested fields really resolved. GEN-009 (index 9): size 8 + 9 = 17 mm, an image at position 2,
      // odd index so described; 1 of 2 required attributes + description + image = 3 of 4 checks.
      const node = data.products.edges[9].node;
      expect(node.attributes[0].displayValue).toBe('17 mm');
      expect(node.primaryImage.url).toBe('https://cdn.example.com/GEN-009.jpg');
      expect(node.completeness).toEqual({ score: 0.75, missingAttributes: ['insulated'] }); // (1+1+1)/4
      expect(node.relations.map((r: { product: { name: string } }) => r.product.name)).toEqual(['Tool GEN-010', 'Tool GEN-011']);
    };
    const ten = await statementsFor(page(10));
    const hundred = await statementsFor(page(100));
    expect(hundred).toBe(ten);
    // One statement per field, whatever the page size: products page, count, families, categories,
    // each family's categories, family attributes, attribute values, media, relations, related
    // products, then the related products' attribute values and media for their completeness
    // (their family is already cached) = 12.
    expect(ten).toBe(12);
  });

  it('counts the products only when the query asks for totalCount', async () => {
    const bare = await statementsFor(() => pim.query('{ products(first: 5) { edges { node { sku } } } }'));
    const counted = await statementsFor(async () => {
      const data = await pim.query('{ products(first: 5) { ...total edges { node { sku } } } } fragment total on ProductConnection { totalCount }');
      expect(data.products.totalCount).toBe(SKUS.length);
    });
    expect([bare, counted]).toEqual([1, 2]);
  });

  it('_entities costs the same for 10 and 100 representations', async () => {
    const entities = (count: number) => async () => {
      const representations = SKUS.slice(0, count).map((sku) => ({ __typename: 'Product', sku }));
      const data = await pim.query(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Product {
          sku category { name } attributes { displayValue } primaryImage { url } completeness { score } relations { product { sku } } } } }`,
        { r: representations },
      );
      expect(data._entities).toHaveLength(count);
      expect(data._entities[count - 1].sku).toBe(SKUS[count - 1]);
    };
    const ten = await statementsFor(entities(10));
    const hundred = await statementsFor(entities(100));
    expect(hundred).toBe(ten);
  });
});
