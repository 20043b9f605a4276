import type { Maybe } from '../generated/resolvers.ts';

/**
 * A row a foreign key guarantees (a product's family, a relation's product). Its absence means
 * the database lost integrity, which is a server fault, not a null for the client.
 */
export function required<Row>(row: Maybe<Row> | undefined, what: string): Row {
  if (row === null || row === undefined) throw new Error(`PIM integrity: ${what} not found`);
  return row;
}
