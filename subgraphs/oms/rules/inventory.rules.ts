/**
 * Inventory rules (kpi-standards, "Inventory and supply"): on hand, allocated, on hold and
 * available are separate figures; available = on hand - allocated - on hold - safety stock.
 */

/** Order statuses whose lines no longer hold an allocation: the goods left, or never will. */
export const CLOSED_ORDER_STATUSES: readonly string[] = ['shipped', 'delivered', 'cancelled'];

export interface NetworkStock {
  onHand: number;
  allocated: number;
  onHold: number;
  safetyStock: number;
}

/**
 * Units free to promise across the network. Not clamped at zero: a negative figure says how far
 * commitments already exceed free stock, which is what a planner needs to see.
 */
export function availableQuantity(stock: NetworkStock): number {
  return stock.onHand - stock.allocated - stock.onHold - stock.safetyStock;
}
