import { toInt } from '../../../lib/convert.ts';
import { KPI } from '../rules/kpi-catalog.ts';
import { periodReading } from '../rules/kpi-measure.ts';
import { positionVariance, type StockPosition } from '../rules/stock-position.rules.ts';
import { required } from './erp-inputs.ts';
import type { KpiScope } from './period.ts';

interface Totals {
  onHand: number;
  availableToPromise: number;
  variance: number;
  positions: number;
  mismatched: number;
}

const EMPTY: Totals = { onHand: 0, availableToPromise: 0, variance: 0, positions: 0, mismatched: 0 };

/**
 * Current positions: the ERP's snapshot joined to the open allocations by product and sourcing
 * branch; an allocation at a position the ERP does not list counts as a position with nothing on hand.
 */
export async function onHandVsAtpVariance({ period, parent, loaders }: KpiScope, by: string | null | undefined) {
  const snapshot = required(parent.inventorySnapshot, 'inventorySnapshot', 'onHandVsAtpVariance');
  const positions = new Map<string, StockPosition & { branchCode: string }>();
  const keyOf = (sku: string, branchCode: string) => JSON.stringify([sku, branchCode]);
  for (const row of snapshot) {
    positions.set(keyOf(row.sku, row.branchCode), { branchCode: row.branchCode, onHand: row.onHand, onHold: row.onHold, safetyStock: row.safetyStock, allocated: 0 });
  }
  for (const row of await loaders.openAllocations()) {
    const key = keyOf(row.sku, row.branch_code);
    const position = positions.get(key) ?? { branchCode: row.branch_code, onHand: 0, onHold: 0, safetyStock: 0, allocated: 0 };
    positions.set(key, { ...position, allocated: position.allocated + toInt(row.allocated) });
  }
  const network = { ...EMPTY };
  const branches = new Map<string, Totals>();
  for (const position of positions.values()) {
    const variance = positionVariance(position);
    const branch = branches.get(position.branchCode) ?? { ...EMPTY };
    for (const totals of [network, branch]) {
      totals.onHand += position.onHand;
      totals.availableToPromise += variance.availableToPromise;
      totals.variance += variance.variance;
      totals.positions += 1;
      totals.mismatched += variance.storefrontMismatch ? 1 : 0;
    }
    branches.set(position.branchCode, branch);
  }
  const shaped = (totals: Totals, cut?: { dimension: string; dimensionValue: string }) => ({
    onHand: totals.onHand,
    availableToPromise: totals.availableToPromise,
    variance: totals.variance,
    positions: totals.positions,
    storefrontMismatch: periodReading(KPI.storefrontAvailabilityMismatch, period, totals.mismatched, totals.positions, cut),
  });
  return {
    ...shaped(network),
    byBranch: by === 'BRANCH'
      ? [...branches].sort(([a], [b]) => a.localeCompare(b)).map(([branchCode, totals]) => ({ branchCode, ...shaped(totals, { dimension: 'branch', dimensionValue: branchCode }) }))
      : [],
  };
}
