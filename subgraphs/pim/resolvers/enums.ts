import type { Resolvers } from '../generated/resolvers.ts';

/**
 * Each GraphQL enum value's internal value is the database's lower_snake value, so rows pass
 * through unchanged and enum arguments reach resolvers already in database form.
 */
export const enumResolvers = {
  GovernanceStatus: { DRAFT: 'draft', IN_REVIEW: 'in_review', APPROVED: 'approved', RETIRED: 'retired' },
  AttributeDataType: { TEXT: 'text', NUMBER: 'number', BOOLEAN: 'boolean' },
  ProductMediaKind: { IMAGE: 'image', DATASHEET: 'datasheet', CAD: 'cad', VIDEO: 'video' },
  RelationKind: { CROSS_SELL: 'cross_sell', UPSELL: 'upsell', SUBSTITUTE: 'substitute' },
  CustomerSegment: { OEM: 'oem', CONTRACTOR: 'contractor', MRO: 'mro', DISTRIBUTOR: 'distributor', GOVERNMENT: 'government' },
} satisfies Resolvers;

/**
 * An enum argument as the resolver receives it at run time: its internal (database) value.
 * Codegen types arguments by their GraphQL names ('CROSS_SELL'); this is the one place that
 * bridges the two, typed by the row's enum (`RelationKindRow`, ...).
 */
export function internalValue<DbValue extends string>(value: string): DbValue;
export function internalValue<DbValue extends string>(value: string | null | undefined): DbValue | null;
export function internalValue<DbValue extends string>(value: string | null | undefined): DbValue | null {
  return (value ?? null) as DbValue | null;
}

export function internalValues<DbValue extends string>(values: readonly string[] | null | undefined): DbValue[] | null {
  return values ? values.map((value) => internalValue<DbValue>(value)) : null;
}
