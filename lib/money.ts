/**
 * Money is stored as integer minor units (cents) in bigint columns and served as a decimal string.
 * This module is the one place where minor units and decimal strings are converted; no float ever
 * holds an amount.
 */

export interface Money {
  /** Decimal string with exactly two fraction digits, e.g. "1234.50" or "-0.07". */
  amount: string;
  currencyCode: string;
  /** Integer minor units, for clients that prefer to do their own arithmetic. */
  minorUnits: string;
}

const MINOR_DIGITS = 2;

/** Minor units (bigint, int8 string from pg, or safe integer) to a Money value. */
export function money(minor: bigint | string | number, currencyCode = 'USD'): Money {
  const units = toMinorBigInt(minor);
  return { amount: minorToDecimal(units), currencyCode, minorUnits: units.toString() };
}

export function moneyOrNull(minor: bigint | string | number | null | undefined, currencyCode = 'USD'): Money | null {
  return minor === null || minor === undefined ? null : money(minor, currencyCode);
}

export function toMinorBigInt(minor: bigint | string | number): bigint {
  if (typeof minor === 'bigint') return minor;
  if (typeof minor === 'number') {
    if (!Number.isSafeInteger(minor)) throw new RangeError(`minor units must be an integer, got ${minor}`);
    return BigInt(minor);
  }
  if (!/^-?\d+$/.test(minor)) throw new RangeError(`minor units must be an integer string, got "${minor}"`);
  return BigInt(minor);
}

export function minorToDecimal(minor: bigint): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(MINOR_DIGITS + 1, '0');
  const whole = digits.slice(0, -MINOR_DIGITS);
  const fraction = digits.slice(-MINOR_DIGITS);
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

/** A decimal string ("12", "12.5", "-0.07") to minor units; more than two fraction digits is refused. */
export function decimalToMinor(decimal: string): bigint {
  const match = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(decimal.trim());
  if (!match) throw new RangeError(`"${decimal}" is not a decimal amount with at most ${MINOR_DIGITS} fraction digits`);
  const [, sign, whole, fraction = ''] = match;
  const units = BigInt(whole!) * 100n + BigInt(fraction.padEnd(MINOR_DIGITS, '0'));
  return sign ? -units : units;
}
