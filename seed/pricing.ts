import type { Sku } from './catalog/products.ts';
import { SEGMENTS, type Segment } from './config.ts';
import type { ContractPriceRow, PriceListPriceRow, PriceListRow } from './tables/erp.ts';

/** Discount off list price for each segment's price list, and the extra quantity-break discounts. */
const SEGMENT_DISCOUNT: Record<Segment, number> = { oem: 0.22, contractor: 0.1, mro: 0.06, distributor: 0.28, government: 0.15 };
const BREAK_DISCOUNTS = [0, 0.04, 0.08] as const;
const SECOND_BREAK: Record<string, number> = { EA: 10, BX: 10, PK: 10, RL: 5, FT: 500 };

export function priceListId(segment: Segment): string {
  return `PL-${segment.toUpperCase()}`;
}

export function priceListRows(): PriceListRow[] {
  const names: Record<Segment, string> = {
    oem: 'OEM production price list',
    contractor: 'Contractor price list',
    mro: 'MRO facilities price list',
    distributor: 'Distributor resale price list',
    government: 'Government contract price list',
  };
  return SEGMENTS.map((segment) => ({ id: priceListId(segment), name: names[segment], currency_code: 'USD' }));
}

/** The quantity thresholds of a SKU's price breaks: 1, then e.g. 10 and 50 each. */
export function breakQuantities(sku: Sku): readonly number[] {
  const second = SECOND_BREAK[sku.category.uom] ?? 10;
  return [1, second, second * 5];
}

export function priceListPriceRows(skus: readonly Sku[]): PriceListPriceRow[] {
  return SEGMENTS.flatMap((segment) =>
    skus.flatMap((sku) =>
      breakQuantities(sku).map((minQuantity, index) => ({
        price_list_id: priceListId(segment),
        sku: sku.sku,
        min_quantity: minQuantity,
        unit_price_minor: breakPrice(sku, segment, index),
      })),
    ),
  );
}

function breakPrice(sku: Sku, segment: Segment, breakIndex: number): number {
  return Math.round(sku.listMinor * (1 - SEGMENT_DISCOUNT[segment]) * (1 - BREAK_DISCOUNTS[breakIndex]!));
}

/** The segment price list's unit price for a quantity (the highest break not above it). */
export function priceListPrice(sku: Sku, segment: Segment, quantity: number): number {
  const breaks = breakQuantities(sku);
  let index = 0;
  breaks.forEach((minQuantity, i) => {
    if (quantity >= minQuantity) index = i;
  });
  return breakPrice(sku, segment, index);
}

/** A contract row applies when valid on the day and its min quantity is met; the highest such wins. */
export function contractPrice(rows: readonly ContractPriceRow[] | undefined, quantity: number, isoDay: string): number | null {
  let best: ContractPriceRow | null = null;
  for (const row of rows ?? []) {
    const valid = row.valid_from <= isoDay && (row.valid_to === null || isoDay <= row.valid_to);
    if (valid && quantity >= row.min_quantity && (!best || row.min_quantity > best.min_quantity)) best = row;
  }
  return best ? best.unit_price_minor : null;
}

export function segmentDiscount(segment: Segment): number {
  return SEGMENT_DISCOUNT[segment];
}
