/**
 * How late a supplier's deliveries arrive against the ETA it held 7 days before: the ERP measures
 * it (quantiles over its receipts), the OMS promises from it. Shared so both judge it alike.
 */

/** A supplier needs this many deliveries on record to be judged by its own; else by all suppliers'. */
export const MIN_SUPPLIER_DELIVERIES = 5;

export interface Spread {
  p50: number;
  p90: number;
  /** How many observations the quantiles were taken over. */
  observations: number;
}

/** Whose record judged a supplier's ETAs: its own, all suppliers' (too few of its own), or none at all. */
export type SlipBasis = 'supplier' | 'pooled' | 'none';

export interface SlipEstimate extends Spread {
  supplierId: string;
  basis: SlipBasis;
  /** The supplier's own deliveries on record (fewer than the minimum when pooled). */
  ownDeliveries: number;
}

/**
 * The estimate to promise with: the supplier's own quantiles when it has at least `minDeliveries`
 * deliveries, else the pooled quantiles of every supplier, else none (the ETA taken as given).
 */
export function judgeSlip(supplierId: string, own: Spread | undefined, pooled: Spread | undefined, minDeliveries: number): SlipEstimate {
  const ownDeliveries = own?.observations ?? 0;
  if (own && ownDeliveries >= minDeliveries) return { supplierId, basis: 'supplier', ownDeliveries, ...own };
  if (pooled && pooled.observations > 0) return { supplierId, basis: 'pooled', ownDeliveries, ...pooled };
  return { supplierId, basis: 'none', ownDeliveries, p50: 0, p90: 0, observations: 0 };
}
