/** Stock and supply rules of the ERP record. Pure functions; worked numbers in tests/erp/inventory.rules.unit.test.ts. */

const MS_PER_MINUTE = 60_000;

/**
 * ERP-local free stock: on hand - on hold - safety stock. Customer order allocations live in the
 * OMS and are not subtracted here. Negative when holds and safety stock exceed what is on hand.
 */
export function freeStock(position: { onHand: number; onHold: number; safetyStock: number }): number {
  return position.onHand - position.onHold - position.safetyStock;
}

/**
 * Whole minutes from a sync to the as-of instant, rounded down. A sync stamped after the as-of
 * instant (clock skew between a warehouse and the ERP) counts as 0 minutes old, not negative.
 */
export function syncAgeMinutes(lastSyncedAt: Date, asOf: Date): number {
  return Math.max(0, Math.floor((asOf.getTime() - lastSyncedAt.getTime()) / MS_PER_MINUTE));
}

/** A sync is stale once it is older than the branch's threshold; exactly at the threshold is still fresh. */
export function isSyncStale(ageMinutes: number, staleAfterMinutes: number): boolean {
  return ageMinutes > staleAfterMinutes;
}

/** Units still expected on a purchase order line: ordered - received, never below 0 (over-receipts happen). */
export function openQuantity(orderedQuantity: number, receivedQuantity: number): number {
  return Math.max(0, orderedQuantity - receivedQuantity);
}
