import { requireWholeNumber } from '../../../lib/input-checks.ts';
import { minorToDecimal } from '../../../lib/money.ts';
import { daysPastDue } from './receivables.rules.ts';

/**
 * Credit control rules. Pure functions; worked numbers in tests/erp/credit.rules.unit.test.ts and
 * tests/erp/storefront-credit.unit.test.ts.
 */

const MS_PER_HOUR = 3_600_000;

/** Credit still available, in minor units: credit limit - open balance. Negative when over the limit. */
export function creditHeadroomMinor(creditLimitMinor: bigint, openBalanceMinor: bigint): bigint {
  return creditLimitMinor - openBalanceMinor;
}

/** Hours a credit hold lasted: to its release, or to the as-of instant while it is still in place. */
export function hoursHeld(heldAt: Date, releasedAt: Date | null, asOf: Date): number {
  return ((releasedAt ?? asOf).getTime() - heldAt.getTime()) / MS_PER_HOUR;
}

export interface CreditHoldRules {
  /** An account with an invoice more than this many days past due has its new orders held. */
  pastDueDaysLimit: number;
}

export const CREDIT_HOLD_RULES: CreditHoldRules = { pastDueDaysLimit: 30 };

export interface AccountCredit {
  creditStatus: 'good' | 'watch' | 'hold';
  creditLimitMinor: bigint;
  /** What the account's invoices still owe (open AR). */
  openReceivableMinor: bigint;
  /** Open orders not yet invoiced: committed, so they use credit before they are billed. */
  uninvoicedOrdersMinor: bigint;
  /** The account's invoices with a balance; the as-of date decides which are past due. */
  openInvoices: readonly { id: string; dueDate: string; status: string; balanceMinor: bigint }[];
}

/** Credit left for a new order: limit - (open AR + open orders not yet invoiced). Negative when over the limit. */
export function orderHeadroomMinor(account: AccountCredit): bigint {
  return creditHeadroomMinor(account.creditLimitMinor, account.openReceivableMinor + account.uninvoicedOrdersMinor);
}

export interface CreditHoldReason {
  code: 'ACCOUNT_ON_HOLD' | 'OVER_CREDIT_LIMIT' | 'PAST_DUE_INVOICES';
  message: string;
}

export interface CreditHoldPrediction {
  wouldHold: boolean;
  /** orderHeadroomMinor before this order. */
  headroomMinor: bigint;
  /** Every rule the order would be held by; empty when it would release. */
  reasons: CreditHoldReason[];
}

/** What an account's credit looks like before any new order: the part of the prediction every order shares. */
export interface CreditStanding {
  account: AccountCredit;
  headroomMinor: bigint;
  onHold: CreditHoldReason | null;
  pastDue: CreditHoldReason | null;
}

/**
 * The account's standing at the as-of date: its headroom, whether it is on hold, and its invoices
 * more than `pastDueDaysLimit` days past due. Worked out once per account, then each order value
 * is judged against it (predictFromStanding).
 */
export function creditStanding(account: AccountCredit, asOf: Date, rules = CREDIT_HOLD_RULES): CreditStanding {
  const limitDays = requireWholeNumber('pastDueDaysLimit', rules.pastDueDaysLimit);
  const onHold: CreditHoldReason | null = account.creditStatus === 'hold'
    ? { code: 'ACCOUNT_ON_HOLD', message: 'The account is on credit hold: credit control releases each new order.' }
    : null;
  const overdue = account.openInvoices
    .map((invoice) => ({ invoice, days: daysPastDue(invoice, asOf) }))
    .filter(({ days }) => days > limitDays)
    .sort((a, b) => b.days - a.days);
  let pastDue: CreditHoldReason | null = null;
  if (overdue.length > 0) {
    const counted = overdue.length === 1 ? '1 invoice is' : `${overdue.length} invoices are`;
    const listed = overdue.map(({ invoice, days }) => `${invoice.id} (${days} days, ${minorToDecimal(invoice.balanceMinor)} owed)`);
    pastDue = { code: 'PAST_DUE_INVOICES', message: `${counted} more than ${limitDays} days past due: ${listed.join(', ')}.` };
  }
  return { account, headroomMinor: orderHeadroomMinor(account), onHold, pastDue };
}

/**
 * Whether an order of `orderValueMinor` would go on credit hold: when the account is on hold,
 * when the order is worth more than the headroom (exactly the headroom still releases), or when
 * any invoice is more than `pastDueDaysLimit` days past due at the as-of date. 'watch' alone does
 * not hold an order.
 */
export function predictCreditHold(
  account: AccountCredit,
  orderValueMinor: bigint,
  asOf: Date,
  rules = CREDIT_HOLD_RULES,
): CreditHoldPrediction {
  return predictFromStanding(creditStanding(account, asOf, rules), orderValueMinor);
}

/** predictCreditHold for one order value, from a standing already worked out. */
export function predictFromStanding(standing: CreditStanding, orderValueMinor: bigint): CreditHoldPrediction {
  if (orderValueMinor < 0n) throw new RangeError(`orderValueMinor must not be negative, got ${orderValueMinor}`);
  const { account, headroomMinor } = standing;
  const reasons: CreditHoldReason[] = [];
  if (standing.onHold) reasons.push(standing.onHold);
  if (orderValueMinor > headroomMinor) {
    const amount = minorToDecimal;
    reasons.push({
      code: 'OVER_CREDIT_LIMIT',
      message:
        `This order (${amount(orderValueMinor)}) is more than the credit still available ` +
        `(${amount(headroomMinor)} of a ${amount(account.creditLimitMinor)} limit, after ${amount(account.openReceivableMinor)} owed ` +
        `on invoices and ${amount(account.uninvoicedOrdersMinor)} on orders not yet invoiced).`,
    });
  }
  if (standing.pastDue) reasons.push(standing.pastDue);
  return { wouldHold: reasons.length > 0, headroomMinor, reasons };
}
