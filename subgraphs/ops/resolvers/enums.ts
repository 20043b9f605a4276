/**
 * GraphQL enum values are UPPER_SNAKE; the database stores lower_snake. The internal values below
 * let rows pass through unchanged in both directions: arguments arrive as database values, and
 * database values serialize as GraphQL names.
 */
export const enumResolvers = {
  EscalationChannel: { EMAIL: 'email', SLACK: 'slack', PAGE: 'page' },
  // A principal's kind (lib/identity.ts) is spelled the same way.
  ViewerKind: { BUYER: 'buyer', STAFF: 'staff', ANONYMOUS: 'anonymous' },
} as const;

/** A database enum value typed as the generated enum; the schema's internal values map it on output. */
export function asEnum<GraphQLEnum extends string>(dbValue: string): GraphQLEnum {
  return dbValue as GraphQLEnum;
}
