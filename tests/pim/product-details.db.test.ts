import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogFixture } from './catalog.fixture.ts';
import { startPim, type PimUnderTest } from './harness.ts';

let pim: PimUnderTest;
beforeAll(async () => {
  pim = await startPim(loadCatalogFixture);
});
afterAll(async () => {
  await pim?.close();
});

const RELATIONS = `query ($sku: ID!, $kind: [RelationKind!], $segment: CustomerSegment) {
  product(sku: $sku) { relations(kind: $kind, segment: $segment) { kind segment rank product { sku name } } }
}`;

async function relations(variables: Record<string, unknown>): Promise<string[]> {
  const data = await pim.query(RELATIONS, variables);
  return data.product.relations.map(
    (r: { kind: string; segment: string | null; rank: number; product: { sku: string } }) =>
      `${r.kind} ${r.rank} ${r.product.sku} ${r.segment ?? 'ALL'}`,
  );
}

describe('Product.relations', () => {
  it('without a segment returns only relations for every segment, ordered by kind then rank', async () => {
    expect(await relations({ sku: 'FAS-001' })).toEqual(['CROSS_SELL 1 FAS-004 ALL', 'UPSELL 1 FAS-002 ALL']);
  });

  it('with a segment adds that segment\'s relations and no other segment\'s', async () => {
    expect(await relations({ sku: 'FAS-001', segment: 'OEM' })).toEqual([
      'CROSS_SELL 1 FAS-004 ALL', 'CROSS_SELL 2 FAS-005 OEM', 'UPSELL 1 FAS-002 ALL',
    ]);
    // Kinds follow the enum's order (cross-sell, upsell, substitute), not the alphabet.
    expect(await relations({ sku: 'FAS-001', segment: 'CONTRACTOR' })).toEqual([
      'CROSS_SELL 1 FAS-004 ALL', 'UPSELL 1 FAS-002 ALL', 'SUBSTITUTE 1 FAS-003 CONTRACTOR',
    ]);
  });

  it('filters by kind', async () => {
    expect(await relations({ sku: 'FAS-001', kind: ['SUBSTITUTE', 'UPSELL'], segment: 'CONTRACTOR' })).toEqual([
      'UPSELL 1 FAS-002 ALL', 'SUBSTITUTE 1 FAS-003 CONTRACTOR',
    ]);
    expect(await relations({ sku: 'FAS-001', kind: ['SUBSTITUTE'] })).toEqual([]);
  });

  it('resolves the related product in full', async () => {
    const data = await pim.query(RELATIONS, { sku: 'FAS-002' });
    expect(data.product.relations).toEqual([
      { kind: 'SUBSTITUTE', segment: null, rank: 1, product: { sku: 'FAS-001', name: 'Hex bolt M8 x 40' } },
    ]);
  });
});

describe('Product.attributes and media', () => {
  it('shows typed values in the family\'s order with display values', async () => {
    const data = await pim.query(`{ product(sku: "FAS-001") { attributes {
      definition { code dataType unit } textValue numberValue booleanValue displayValue } } }`);
    expect(data.product.attributes).toEqual([
      { definition: { code: 'thread_size', dataType: 'TEXT', unit: null }, textValue: 'M8', numberValue: null, booleanValue: null, displayValue: 'M8' },
      { definition: { code: 'length_mm', dataType: 'NUMBER', unit: 'mm' }, textValue: null, numberValue: 40, booleanValue: null, displayValue: '40 mm' },
      { definition: { code: 'zinc_plated', dataType: 'BOOLEAN', unit: null }, textValue: null, numberValue: null, booleanValue: true, displayValue: 'Yes' },
    ]);
  });

  it('keeps fractional measurements', async () => {
    const data = await pim.query('{ product(sku: "FAS-003") { attributes { numberValue displayValue } } }');
    expect(data.product.attributes[1]).toEqual({ numberValue: 12.5, displayValue: '12.5 mm' });
  });

  it('lists media by position; the primary image is the first image, not the first file', async () => {
    const data = await pim.query(`{ product(sku: "FAS-002") { media { position kind url altText } primaryImage { position url } } }`);
    expect(data.product.media).toEqual([
      { position: 1, kind: 'DATASHEET', url: 'https://cdn.example.com/FAS-002/1', altText: null },
      { position: 2, kind: 'IMAGE', url: 'https://cdn.example.com/FAS-002/2', altText: 'FAS-002 photo' },
    ]);
    expect(data.product.primaryImage).toEqual({ position: 2, url: 'https://cdn.example.com/FAS-002/2' });
  });

  it('has no primary image when the product has no image', async () => {
    const data = await pim.query('{ product(sku: "FAS-003") { media { url } primaryImage { url } } }');
    expect(data.product).toEqual({ media: [], primaryImage: null });
  });
});

describe('Product.completeness', () => {
  it('scores every fixture product as worked out in catalog.fixture.ts', async () => {
    const data = await pim.query(`{ products { edges { node { sku completeness {
      score missingAttributes hasDescription hasImage } } } } }`);
    const bySku = Object.fromEntries(
      data.products.edges.map((edge: { node: { sku: string; completeness: unknown } }) => [edge.node.sku, edge.node.completeness]),
    );
    expect(bySku).toEqual({
      'ELE-001': { score: 1, missingAttributes: [], hasDescription: true, hasImage: true }, // (1+1+1)/3
      'ELE-002': { score: 0.3333, missingAttributes: ['voltage'], hasDescription: false, hasImage: true }, // (0+0+1)/3
      'ELE-003': { score: 0.6667, missingAttributes: [], hasDescription: true, hasImage: false }, // (1+1+0)/3
      'FAS-001': { score: 1, missingAttributes: [], hasDescription: true, hasImage: true }, // (3+1+1)/5
      'FAS-002': { score: 0.8, missingAttributes: ['zinc_plated'], hasDescription: true, hasImage: true }, // (2+1+1)/5
      'FAS-003': { score: 0.4, missingAttributes: ['zinc_plated'], hasDescription: false, hasImage: false }, // (2+0+0)/5
      'FAS-004': { score: 0.6, missingAttributes: ['length_mm', 'zinc_plated'], hasDescription: true, hasImage: true }, // (1+1+1)/5
      'FAS-005': {
        score: 0, missingAttributes: ['thread_size', 'length_mm', 'zinc_plated'], hasDescription: false, hasImage: false,
      }, // (0+0+0)/5: a blank description does not count
    });
  });
});
