/** Accounts receivable rules. Pure functions; worked numbers in tests/erp/receivables.rules.unit.test.ts. */

const MS_PER_DAY = 86_400_000;

/** What is still owed on an invoice, in minor units: amount - payments received. */
export function invoiceBalanceMinor(amountMinor: bigint, paidMinor: bigint): bigint {
  return amountMinor - paidMinor;
}

/**
 * Whole days from the due date to the as-of date (the as-of instant's UTC calendar date).
 * 0 when not yet due, when nothing is owed (paid, or balance 0 or less) and when the invoice is void.
 */
export function daysPastDue(
  invoice: { dueDate: string; status: string; balanceMinor: bigint },
  asOf: Date,
): number {
  if (invoice.status === 'paid' || invoice.status === 'void' || invoice.balanceMinor <= 0n) return 0;
  const asOfDay = Date.parse(asOf.toISOString().slice(0, 10));
  const dueDay = Date.parse(invoice.dueDate);
  return Math.max(0, Math.round((asOfDay - dueDay) / MS_PER_DAY));
}

/** Dispute reasons that point at how the order was fulfilled (KPI standards: "dispute rate tied to order quality"). */
const ORDER_QUALITY_REASONS: ReadonlySet<string> = new Set(['quantity', 'documentation', 'damage']);

/** True for disputes about quantity, documentation or damage; pricing disputes are commercial, not order quality. */
export function isTiedToOrderQuality(reason: string): boolean {
  return ORDER_QUALITY_REASONS.has(reason);
}
