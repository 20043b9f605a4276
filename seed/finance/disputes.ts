import { RATES } from '../config.ts';
import { DAY_MS } from '../calendar.ts';
import type { PlannedShipment } from '../fulfilment/model.ts';
import type { Random } from '../random.ts';
import type { DisputeRow } from '../tables/erp.ts';

export interface DisputePlan {
  reason: DisputeRow['reason'];
  amountMinor: number;
  openedMs: number;
  resolvedMs: number | null;
}

/**
 * Whether the customer disputes a shipment's invoice, and why: damage and short ships and
 * mispriced lines drive their own reasons; missing or wrong paperwork (documentation) is the
 * largest single reason and strikes any invoice.
 */
export function disputeFor(rng: Random, shipment: PlannedShipment, amountMinor: number): DisputePlan | null {
  const rates = RATES.finance;
  const short = shipment.items.some((item) => item.line.shortQuantity > 0);
  const mispriced = shipment.items.some((item) => item.line.draft.unitPriceMinor !== item.line.draft.correctPriceMinor);
  let reason: DisputeRow['reason'] | null = null;
  if (shipment.damaged && rng.chance(rates.disputeDamaged)) reason = 'damage';
  else if (short && rng.chance(rates.disputeShortShip)) reason = 'quantity';
  else if (mispriced && rng.chance(rates.disputePricingMismatch)) reason = 'pricing';
  else {
    const roll = rng.next();
    if (roll < rates.disputeDocumentation) reason = 'documentation';
    else if (roll < rates.disputeDocumentation + rates.disputeBasePricing) reason = 'pricing';
    else if (roll < rates.disputeDocumentation + rates.disputeBasePricing + rates.disputeBaseQuantity) reason = 'quantity';
  }
  if (reason === null) return null;
  const share = reason === 'documentation' ? 1 : reason === 'damage' ? rng.between(0.3, 1) : rng.between(0.05, 0.4);
  const openedMs = (reason === 'damage' ? shipment.deliveredMs : shipment.shippedMs) + Math.round(rng.between(reason === 'damage' ? 1 : 3, reason === 'damage' ? 5 : 25) * DAY_MS);
  return {
    reason,
    amountMinor: Math.max(1, Math.round(amountMinor * share)),
    openedMs,
    resolvedMs: rng.chance(0.03) ? null : openedMs + Math.round(rng.logNormal(12, 0.6) * DAY_MS),
  };
}
