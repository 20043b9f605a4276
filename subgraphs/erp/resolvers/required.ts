import { GraphQLError } from 'graphql';

/**
 * A row the database guarantees through a foreign key. Its absence is a broken invariant, not a
 * caller's mistake: it surfaces as an internal error (logged), never as a silent null.
 */
export function required<Row>(row: Row | null, what: string): Row {
  if (row === null) throw new GraphQLError(`ERP data is inconsistent: ${what} is missing`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  return row;
}

/**
 * A field another subgraph provides through @requires: the gateway always sends it in the
 * representation; a caller that queries _entities directly without it gets a clear error.
 */
export function external<Value>(value: Value | null | undefined, field: string): Value {
  if (value === null || value === undefined) {
    throw new GraphQLError(`the representation lacks "${field}", which this field requires from another subgraph`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}
