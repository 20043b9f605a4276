import { GraphQLError } from 'graphql';

/**
 * A row the database guarantees through a foreign key. Its absence is a broken invariant, not a
 * caller's mistake: it surfaces as an internal error (logged), never as a silent null.
 */
export function required<Row>(row: Row | null, what: string): Row {
  if (row === null) throw new GraphQLError(`ERP data is inconsistent: ${what} is missing`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  return row;
}
