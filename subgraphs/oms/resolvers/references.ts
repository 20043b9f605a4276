/**
 * A row a foreign key guarantees (a shipment's order, a return's order). Missing means the
 * database broke its own constraint: an internal error, logged, never a silent null.
 */
export async function existing<Row>(row: Promise<Row | null>, what: string): Promise<Row> {
  const found = await row;
  if (found === null) throw new Error(`${what} is missing although a foreign key requires it`);
  return found;
}
