import { requireIsoDate, requireWholeNumber } from '../../../lib/input-checks.ts';

/**
 * Net price at quantity for an account, and the order quantity rules. Money is integer minor
 * units (bigint) throughout. Pure; worked numbers in tests/erp/storefront-pricing.unit.test.ts.
 */

/** A quantity break: the price applies from minQuantity units up to the next break. */
export interface PriceBreak {
  minQuantity: number;
  unitPriceMinor: bigint;
}

/** A contract price break of the account, in force from validFrom to validTo (inclusive; null: open-ended). */
export interface ContractPrice extends PriceBreak {
  validFrom: string;
  validTo: string | null;
}

/** Every price that could apply to one SKU for one account. */
export interface AccountPrices {
  contractPrices: readonly ContractPrice[];
  /** The SKU's breaks on the account's price list. */
  priceListPrices: readonly PriceBreak[];
  listPriceMinor: bigint;
}

export type PriceSource = 'contract' | 'price_list' | 'list';

export interface UnitPrice {
  source: PriceSource;
  unitPriceMinor: bigint;
  /** minQuantity of the break applied; null for the item's list price, which has no breaks. */
  breakMinQuantity: number | null;
}

export interface NetPrice extends UnitPrice {
  /** unit price x quantity, exact. */
  extendedPriceMinor: bigint;
  /** The smallest larger quantity at which the unit price drops ("buy 50 for $x"); null when none. */
  nextBreak: PriceBreak | null;
}

/**
 * The unit price at `quantity` on `date`: the account's contract break in force on the date with
 * the highest minQuantity at or below the quantity; without one, the price list's break chosen
 * the same way; without one, the item's list price.
 */
export function unitPriceAt(prices: AccountPrices, quantity: number, date: string): UnitPrice {
  const inForce = prices.contractPrices.filter((price) => price.validFrom <= date && (price.validTo === null || date <= price.validTo));
  const contract = applicableBreak(inForce, quantity);
  if (contract) return { source: 'contract', unitPriceMinor: contract.unitPriceMinor, breakMinQuantity: contract.minQuantity };
  const listed = applicableBreak(prices.priceListPrices, quantity);
  if (listed) return { source: 'price_list', unitPriceMinor: listed.unitPriceMinor, breakMinQuantity: listed.minQuantity };
  return { source: 'list', unitPriceMinor: prices.listPriceMinor, breakMinQuantity: null };
}

/**
 * Net price at quantity with its extended price and the next cheaper break. The next break is
 * found by pricing each larger break quantity (contract in force or price list) with the same
 * rule, so it is what the buyer would really pay there, whichever source that comes from.
 */
export function netPrice(prices: AccountPrices, quantity: number, date: string): NetPrice {
  requireWholeNumber('quantity', quantity, 1);
  requireIsoDate('date', date);
  const price = unitPriceAt(prices, quantity, date);
  const larger = [...prices.contractPrices, ...prices.priceListPrices]
    .map((candidate) => candidate.minQuantity)
    .filter((minQuantity) => minQuantity > quantity)
    .sort((a, b) => a - b);
  let nextBreak: PriceBreak | null = null;
  for (const minQuantity of larger) {
    const { unitPriceMinor } = unitPriceAt(prices, minQuantity, date);
    if (unitPriceMinor < price.unitPriceMinor) {
      nextBreak = { minQuantity, unitPriceMinor };
      break;
    }
  }
  return { ...price, extendedPriceMinor: price.unitPriceMinor * BigInt(quantity), nextBreak };
}

function applicableBreak<Break extends PriceBreak>(breaks: readonly Break[], quantity: number): Break | undefined {
  return breaks.reduce<Break | undefined>(
    (best, candidate) => (candidate.minQuantity <= quantity && (!best || candidate.minQuantity > best.minQuantity) ? candidate : best),
    undefined,
  );
}

export interface QuantityRules {
  minOrderQuantity: number;
  /** Valid quantities are multiples of this (counted from 0), at or above the minimum. */
  orderIncrement: number;
}

export interface QuantityViolation {
  code: 'BELOW_MINIMUM' | 'NOT_A_MULTIPLE';
  message: string;
  /** The valid quantities nearest the one asked for, smallest first. */
  nearestValid: number[];
}

export type QuantityCheck = { ok: true } | { ok: false; violations: QuantityViolation[] };

/**
 * Whether `quantity` can be ordered: at least the minimum order quantity, and a multiple of the
 * order increment. Every rule broken is listed. A quantity that is not a whole number of at least
 * 1 is not a quantity at all and throws.
 */
export function checkQuantity(quantity: number, rules: QuantityRules): QuantityCheck {
  requireWholeNumber('quantity', quantity, 1);
  const minimum = requireWholeNumber('minOrderQuantity', rules.minOrderQuantity, 1);
  const increment = requireWholeNumber('orderIncrement', rules.orderIncrement, 1);
  const smallestValid = Math.ceil(minimum / increment) * increment;
  const violations: QuantityViolation[] = [];
  if (quantity < minimum) {
    violations.push({
      code: 'BELOW_MINIMUM',
      message: `quantity ${quantity} is below the minimum order quantity ${minimum}`,
      nearestValid: [smallestValid],
    });
  }
  if (quantity % increment !== 0) {
    const below = quantity - (quantity % increment);
    const nearestValid = below >= smallestValid ? [below, below + increment] : [Math.max(below + increment, smallestValid)];
    violations.push({
      code: 'NOT_A_MULTIPLE',
      message: `quantity ${quantity} is not a multiple of the order increment ${increment} (nearest valid: ${nearestValid.join(' or ')})`,
      nearestValid,
    });
  }
  return violations.length === 0 ? { ok: true } : { ok: false, violations };
}
