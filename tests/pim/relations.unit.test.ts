import { describe, expect, it } from 'vitest';
import type { ProductRelationRow } from '../../subgraphs/pim/db/rows.ts';
import { visibleRelations } from '../../subgraphs/pim/rules/relations.ts';

const relation = (related_sku: string, kind: ProductRelationRow['kind'], segment: ProductRelationRow['segment']): ProductRelationRow =>
  ({ sku: 'A', related_sku, kind, segment, rank: 1 });

const ALL = [
  relation('B', 'cross_sell', null),
  relation('C', 'cross_sell', 'oem'),
  relation('D', 'upsell', 'mro'),
  relation('E', 'substitute', null),
];
const related = (rows: ProductRelationRow[]) => rows.map((row) => row.related_sku);

describe('visibleRelations', () => {
  it('without a segment shows only relations for every segment', () => {
    expect(related(visibleRelations(ALL, { kinds: null, segment: null }))).toEqual(['B', 'E']);
  });

  it('with a segment adds that segment\'s relations, keeping order', () => {
    expect(related(visibleRelations(ALL, { kinds: null, segment: 'oem' }))).toEqual(['B', 'C', 'E']);
    expect(related(visibleRelations(ALL, { kinds: null, segment: 'mro' }))).toEqual(['B', 'D', 'E']);
  });

  it('filters by kind; an empty kind list means every kind', () => {
    expect(related(visibleRelations(ALL, { kinds: ['cross_sell'], segment: 'oem' }))).toEqual(['B', 'C']);
    expect(related(visibleRelations(ALL, { kinds: [], segment: null }))).toEqual(['B', 'E']);
  });
});
