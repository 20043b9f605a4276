/**
 * Cost to serve (kpi-standards, "Cash"): the sum of activity costs per account or order type,
 * per order and as % of revenue. The rates are configuration and live here only; the schema's
 * costToServe description quotes them (a unit test keeps the two in step).
 */
export const COST_TO_SERVE_RATES = {
  /** Picking one order line. */
  pickPerLineMinor: 150n,
  /** Handling (pack, label, stage) one shipment. */
  handlingPerShipmentMinor: 400n,
  /** Handling one return authorization (receive, inspect, restock or scrap). */
  returnHandlingPerReturnMinor: 2_500n,
  /** Annual cost of capital tied up in receivables, in basis points (800 = 8%). */
  annualCarryingRateBasisPoints: 800n,
} as const;

export interface ServiceActivity {
  orders: number;
  linesPicked: number;
  shipmentsSent: number;
  freightMinor: bigint;
  expediteMinor: bigint;
  returns: number;
  shippedValueMinor: bigint;
}

export interface ServiceCost {
  picking: bigint;
  handling: bigint;
  freight: bigint;
  expeditePremium: bigint;
  returnsHandling: bigint;
  paymentTermsCarrying: bigint;
  total: bigint;
}

/** Rounds numerator / denominator to the nearest integer, halves away from zero. */
export function roundedDivision(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = (numerator < 0n) !== (denominator < 0n);
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = (2n * n + d) / (2n * d);
  return negative ? -rounded : rounded;
}

/** Shipped value x payment terms days / 365 x the annual rate: the cost of waiting for the cash. */
export function paymentTermsCarryingMinor(shippedValueMinor: bigint, paymentTermsDays: number, rates = COST_TO_SERVE_RATES): bigint {
  return roundedDivision(shippedValueMinor * BigInt(paymentTermsDays) * rates.annualCarryingRateBasisPoints, 365n * 10_000n);
}

/** The activity costs of serving some orders of one account (whose terms set the carrying cost). */
export function serviceCost(activity: ServiceActivity, paymentTermsDays: number, rates = COST_TO_SERVE_RATES): ServiceCost {
  const cost = {
    picking: BigInt(activity.linesPicked) * rates.pickPerLineMinor,
    handling: BigInt(activity.shipmentsSent) * rates.handlingPerShipmentMinor,
    freight: activity.freightMinor,
    expeditePremium: activity.expediteMinor,
    returnsHandling: BigInt(activity.returns) * rates.returnHandlingPerReturnMinor,
    paymentTermsCarrying: paymentTermsCarryingMinor(activity.shippedValueMinor, paymentTermsDays, rates),
  };
  return { ...cost, total: Object.values(cost).reduce((sum, part) => sum + part, 0n) };
}

export function addServiceCosts(a: ServiceCost, b: ServiceCost): ServiceCost {
  return {
    picking: a.picking + b.picking,
    handling: a.handling + b.handling,
    freight: a.freight + b.freight,
    expeditePremium: a.expeditePremium + b.expeditePremium,
    returnsHandling: a.returnsHandling + b.returnsHandling,
    paymentTermsCarrying: a.paymentTermsCarrying + b.paymentTermsCarrying,
    total: a.total + b.total,
  };
}

export const NO_SERVICE_COST: ServiceCost = {
  picking: 0n, handling: 0n, freight: 0n, expeditePremium: 0n, returnsHandling: 0n, paymentTermsCarrying: 0n, total: 0n,
};

/** Pick/pack cost of some orders at the same rates: lines picked x pick rate + shipments x handling rate. */
export function pickPackMinor(linesPicked: number, shipmentsSent: number, rates = COST_TO_SERVE_RATES): bigint {
  return BigInt(linesPicked) * rates.pickPerLineMinor + BigInt(shipmentsSent) * rates.handlingPerShipmentMinor;
}
