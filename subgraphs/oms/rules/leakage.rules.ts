/**
 * Margin leakage (kpi-standards, "Cash"): expedite premiums, short-ship costs (re-ship freight
 * and credits), return costs and price leakage, in money; as % of revenue alongside.
 */
export interface LeakageInputs {
  expediteMinor: bigint;
  /** Value of units cancelled on orders that did ship: credited, never invoiced. */
  shortShipCreditMinor: bigint;
  /** Freight of re-shipments (shipments after an order's first from the same branch). */
  reshipFreightMinor: bigint;
  returnCostMinor: bigint;
  priceLeakageMinor: bigint;
}

export interface Leakage {
  expedite: bigint;
  shortShip: bigint;
  returns: bigint;
  price: bigint;
  total: bigint;
}

export function marginLeakage(inputs: LeakageInputs): Leakage {
  const shortShip = inputs.shortShipCreditMinor + inputs.reshipFreightMinor;
  return {
    expedite: inputs.expediteMinor,
    shortShip,
    returns: inputs.returnCostMinor,
    price: inputs.priceLeakageMinor,
    total: inputs.expediteMinor + shortShip + inputs.returnCostMinor + inputs.priceLeakageMinor,
  };
}
