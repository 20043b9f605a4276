/**
 * On hand vs ATP variance (kpi-standards, "Inventory and supply") of one product at one branch.
 * ATP here is on hand - units committed to open order lines (no scheduled receipts: the OMS does
 * not see the ERP's purchase orders).
 */
export interface StockPosition {
  onHand: number;
  onHold: number;
  safetyStock: number;
  /** Units allocated to open order lines sourced from this branch. */
  allocated: number;
}

export interface PositionVariance {
  availableToPromise: number;
  /** on hand - ATP: the units promised to open orders. */
  variance: number;
  /** What the storefront shows: on hand - on hold - safety stock. */
  storefrontAvailable: number;
  /** What could actually ship: on hand - allocated - on hold. */
  shippable: number;
  /** The storefront promised a different quantity from what could ship. */
  storefrontMismatch: boolean;
}

export function positionVariance(position: StockPosition): PositionVariance {
  const availableToPromise = position.onHand - position.allocated;
  const storefrontAvailable = position.onHand - position.onHold - position.safetyStock;
  const shippable = position.onHand - position.allocated - position.onHold;
  return {
    availableToPromise,
    variance: position.onHand - availableToPromise,
    storefrontAvailable,
    shippable,
    storefrontMismatch: storefrontAvailable !== shippable,
  };
}
