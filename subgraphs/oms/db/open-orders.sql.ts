import { CLOSED_ORDER_STATUSES } from '../rules/inventory.rules.ts';

/**
 * "Order o is still open", written with constants so the planner can use the partial index
 * orders_open (migration 20261127_0005), whose predicate is this same condition.
 */
export const OPEN_ORDER = `o.status NOT IN (${CLOSED_ORDER_STATUSES.map((status) => `'${status}'`).join(', ')})`;
