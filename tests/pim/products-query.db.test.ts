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

const PRODUCTS = `query ($filter: ProductFilter, $first: Int, $after: String) {
  products(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { sku } }
  }
}`;

async function skus(filter: Record<string, unknown>): Promise<string[]> {
  const data = await pim.query(PRODUCTS, { filter });
  return data.products.edges.map((edge: { node: { sku: string } }) => edge.node.sku);
}

describe('product(sku)', () => {
  it('returns the product with its scalar fields', async () => {
    const data = await pim.query(`{ product(sku: "FAS-001") {
      sku name description brand keywords governanceStatus updatedAt family { code } category { code name } } }`);
    expect(data.product).toEqual({
      sku: 'FAS-001', name: 'Hex bolt M8 x 40', description: 'Grade 8.8 hex bolt.', brand: 'Acme', keywords: ['zinc'],
      governanceStatus: 'APPROVED', updatedAt: '2026-10-15T08:30:00.000Z', family: { code: 'fasteners' },
      category: { code: 'fasteners.bolts', name: 'Bolts' },
    });
  });

  it('returns null for an unknown sku', async () => {
    expect(await pim.query('{ product(sku: "NO-SUCH-SKU") { sku } }')).toEqual({ product: null });
  });
});

describe('products(filter)', () => {
  it('lists every product in sku order without a filter', async () => {
    const data = await pim.query(PRODUCTS, {});
    expect(data.products.totalCount).toBe(8);
    expect(data.products.edges.map((edge: { node: { sku: string } }) => edge.node.sku)).toEqual([
      'ELE-001', 'ELE-002', 'ELE-003', 'FAS-001', 'FAS-002', 'FAS-003', 'FAS-004', 'FAS-005',
    ]);
  });

  it('filters by family and by category (any of the codes given)', async () => {
    expect(await skus({ family: ['electrical'] })).toEqual(['ELE-001', 'ELE-002', 'ELE-003']);
    expect(await skus({ category: ['fasteners.nuts'] })).toEqual(['FAS-004', 'FAS-005']);
    expect(await skus({ category: ['fasteners.nuts', 'electrical.cable'] })).toEqual(['ELE-001', 'ELE-002', 'ELE-003', 'FAS-004', 'FAS-005']);
  });

  it('filters by governance status', async () => {
    expect(await skus({ governanceStatus: ['DRAFT', 'IN_REVIEW'] })).toEqual(['FAS-003', 'FAS-005']);
  });

  it('matches text case-insensitively, every word anywhere in name, sku, brand or keywords', async () => {
    // "hex" and "m8": FAS-001 (hex bolt m8), FAS-004 (hex nut m8); FAS-002 is m10, FAS-003 has no "hex".
    expect(await skus({ text: 'Hex  M8' })).toEqual(['FAS-001', 'FAS-004']);
    // "zinc": ELE-003 and FAS-001 by keyword; FAS-004 says zinc only in its description, which is not searched.
    expect(await skus({ text: '  ZINC ' })).toEqual(['ELE-003', 'FAS-001']);
    expect(await skus({ text: 'acme fas-00' })).toEqual(['FAS-001', 'FAS-002', 'FAS-004']);
    // "_" is a literal underscore, not LIKE's any-character: "x_4" would otherwise match "m8 x 40".
    expect(await skus({ text: 'x_4' })).toEqual([]);
  });

  it('ignores blank text and empty lists', async () => {
    const data = await pim.query(PRODUCTS, { filter: { text: '   ', family: [] } });
    expect(data.products.totalCount).toBe(8);
  });

  it('combines criteria: all must hold', async () => {
    expect(await skus({ family: ['fasteners'], text: 'm8', governanceStatus: ['APPROVED'] })).toEqual(['FAS-001', 'FAS-004']);
  });

  it('refuses text over 200 characters, naming filter.text', async () => {
    const error = await pim.error(PRODUCTS, { filter: { text: 'a'.repeat(201) } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('filter.text');
  });
});

describe('products pagination', () => {
  it('walks the fasteners two at a time with cursors', async () => {
    const filter = { family: ['fasteners'] };
    const pages: string[][] = [];
    let after: string | null = null;
    let hasNextPage = true;
    while (hasNextPage) {
      const data = await pim.query(PRODUCTS, { filter, first: 2, after });
      const page = data.products;
      expect(page.totalCount).toBe(5);
      pages.push(page.edges.map((edge: { node: { sku: string } }) => edge.node.sku));
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
      ({ hasNextPage, endCursor: after } = page.pageInfo);
    }
    // 5 fasteners in pages of 2: 2 + 2 + 1, the last page saying no more follow.
    expect(pages).toEqual([['FAS-001', 'FAS-002'], ['FAS-003', 'FAS-004'], ['FAS-005']]);
  });

  it('refuses first over 200, naming first', async () => {
    const error = await pim.error(PRODUCTS, { first: 201 });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('first');
  });

  it('refuses a cursor it did not issue, naming after', async () => {
    const error = await pim.error(PRODUCTS, { after: 'not-a-cursor' });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('"after"');
  });
});

describe('families and categories', () => {
  it('lists families with their categories and attributes in display order', async () => {
    const data = await pim.query(`{ families { code name categories { code } attributes {
      required position definition { code label dataType unit } } } }`);
    expect(data.families.map((family: { code: string }) => family.code)).toEqual(['electrical', 'fasteners']);
    const fasteners = data.families[1];
    expect(fasteners.categories).toEqual([{ code: 'fasteners.bolts' }, { code: 'fasteners.nuts' }]);
    expect(fasteners.attributes).toEqual([
      { required: true, position: 1, definition: { code: 'thread_size', label: 'Thread size', dataType: 'TEXT', unit: null } },
      { required: true, position: 2, definition: { code: 'length_mm', label: 'Length', dataType: 'NUMBER', unit: 'mm' } },
      { required: true, position: 3, definition: { code: 'zinc_plated', label: 'Zinc plated', dataType: 'BOOLEAN', unit: null } },
    ]);
    expect(data.families[0].attributes.map((a: { required: boolean }) => a.required)).toEqual([true, false]);
  });

  it('looks up a family and a category by code, null when unknown', async () => {
    const data = await pim.query(`{ family(code: "electrical") { name categories { name } }
      category(code: "fasteners.nuts") { name family { name } }
      noFamily: family(code: "plumbing") { name } noCategory: category(code: "plumbing.pipes") { name } }`);
    expect(data).toEqual({
      family: { name: 'Electrical', categories: [{ name: 'Cable' }] },
      category: { name: 'Nuts', family: { name: 'Fasteners' } },
      noFamily: null,
      noCategory: null,
    });
  });
});

describe('_entities for Product', () => {
  it('resolves known skus in order and an unknown sku to null', async () => {
    const data = await pim.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Product { sku name family { code } } } }`,
      { r: [{ __typename: 'Product', sku: 'ELE-002' }, { __typename: 'Product', sku: 'NO-SUCH-SKU' }, { __typename: 'Product', sku: 'FAS-004' }] },
    );
    expect(data._entities).toEqual([
      { sku: 'ELE-002', name: 'Cable 5x1.5 mm2', family: { code: 'electrical' } },
      null,
      { sku: 'FAS-004', name: 'Hex nut M8', family: { code: 'fasteners' } },
    ]);
  });
});
