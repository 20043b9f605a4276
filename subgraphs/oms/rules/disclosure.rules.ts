import { requireInteger, requireWholeNumber } from '../../../lib/input-checks.ts';

/**
 * What a viewer is told about availability. A buyer whose account is contracted sees the exact
 * quantity; anyone else (an anonymous visitor) sees a band, so competitors cannot read our stock
 * levels off the storefront. Pure; worked numbers in tests/oms/storefront-disclosure.unit.test.ts.
 */
export type StockBand = 'IN_STOCK' | 'LOW_STOCK' | 'OUT_OF_STOCK';

export interface DisclosureConfig {
  /** Fewer available units than this (but more than 0) is LOW_STOCK; this many or more is IN_STOCK. */
  lowStockThreshold: number;
  /** Per product family, a threshold used instead of lowStockThreshold (e.g. cable sold by the foot). */
  familyLowStockThresholds: Readonly<Record<string, number>>;
}

export const DEFAULT_DISCLOSURE_CONFIG: DisclosureConfig = { lowStockThreshold: 10, familyLowStockThresholds: {} };

/**
 * The defaults with `overrides` applied, checked: every threshold must be a whole number of units,
 * 0 or more; the error names the field ("familyLowStockThresholds.CABLE must be …").
 */
export function disclosureConfig(overrides: Partial<DisclosureConfig> = {}): DisclosureConfig {
  const config = { ...DEFAULT_DISCLOSURE_CONFIG, ...overrides };
  requireWholeNumber('lowStockThreshold', config.lowStockThreshold);
  for (const [family, threshold] of Object.entries(config.familyLowStockThresholds)) {
    requireWholeNumber(`familyLowStockThresholds.${family}`, threshold);
  }
  return config;
}

/** OUT_OF_STOCK at 0 or less; LOW_STOCK above 0 and below the threshold; IN_STOCK from the threshold up. */
export function stockBand(available: number, lowStockThreshold: number): StockBand {
  if (available <= 0) return 'OUT_OF_STOCK';
  return available < lowStockThreshold ? 'LOW_STOCK' : 'IN_STOCK';
}

export interface StockToDisclose {
  /** availableNow(): units free to promise; a negative figure is disclosed as 0. */
  available: number;
  family: string;
  /** Days to replenish, told to the viewer when nothing is available. */
  leadTimeDays: number;
}

export type Disclosure =
  | { kind: 'exact'; available: number; leadTimeDays: number | null }
  | { kind: 'band'; band: StockBand; leadTimeDays: number | null };

/**
 * `exact` is true for a buyer principal whose account is contracted. Either way the lead time is
 * given only when nothing is available, since that is when the buyer waits for it.
 */
export function discloseAvailability(stock: StockToDisclose, exact: boolean, config = DEFAULT_DISCLOSURE_CONFIG): Disclosure {
  const available = Math.max(0, requireInteger('available', stock.available));
  const leadTimeDays = available === 0 ? requireWholeNumber('leadTimeDays', stock.leadTimeDays) : null;
  if (exact) return { kind: 'exact', available, leadTimeDays };
  return { kind: 'band', band: familyBand(available, stock.family, config), leadTimeDays };
}

/** The band of `available` units of a product of `family`: the family's threshold, else the general one. */
export function familyBand(available: number, family: string, config = DEFAULT_DISCLOSURE_CONFIG): StockBand {
  return stockBand(available, config.familyLowStockThresholds[family] ?? config.lowStockThreshold);
}
