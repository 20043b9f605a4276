import type { CustomerSegmentRow, ProductRelationRow, RelationKindRow } from '../db/rows.ts';

export interface RelationScope {
  /** Only these kinds; null or empty means every kind. */
  kinds: readonly RelationKindRow[] | null;
  /** The buyer's segment; null means "show only relations meant for every segment". */
  segment: CustomerSegmentRow | null;
}

/**
 * The relations a buyer in `scope.segment` sees: those for every segment (segment null) plus
 * those targeted at their own segment. Keeps the input order.
 */
export function visibleRelations(relations: readonly ProductRelationRow[], scope: RelationScope): ProductRelationRow[] {
  const kinds = scope.kinds && scope.kinds.length > 0 ? new Set(scope.kinds) : null;
  return relations.filter(
    (relation) =>
      (kinds === null || kinds.has(relation.kind)) && (relation.segment === null || relation.segment === scope.segment),
  );
}
