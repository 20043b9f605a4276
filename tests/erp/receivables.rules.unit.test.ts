import { describe, expect, it } from 'vitest';
import { daysPastDue, invoiceBalanceMinor, isTiedToOrderQuality } from '../../subgraphs/erp/rules/receivables.rules.ts';

describe('invoiceBalanceMinor', () => {
  it('is the amount minus payments', () => {
    // 1,200.00 billed - 500.00 paid = 700.00
    expect(invoiceBalanceMinor(120_000n, 50_000n)).toBe(70_000n);
  });
});

describe('daysPastDue', () => {
  const asOf = new Date('2026-11-01T23:59:59Z');

  it('counts calendar days from the due date to the as-of date', () => {
    // due 2026-10-01, as of 2026-11-01: 30 days of October after the 1st + 1 = 31
    expect(daysPastDue({ dueDate: '2026-10-01', status: 'partially_paid', balanceMinor: 70_000n }, asOf)).toBe(31);
  });

  it('is 0 on the due date and before it', () => {
    expect(daysPastDue({ dueDate: '2026-11-01', status: 'open', balanceMinor: 1n }, asOf)).toBe(0);
    expect(daysPastDue({ dueDate: '2026-11-09', status: 'open', balanceMinor: 80_000n }, asOf)).toBe(0);
  });

  it('is 0 once nothing is owed, and for void invoices', () => {
    expect(daysPastDue({ dueDate: '2026-08-31', status: 'paid', balanceMinor: 0n }, asOf)).toBe(0);
    expect(daysPastDue({ dueDate: '2026-08-31', status: 'open', balanceMinor: 0n }, asOf)).toBe(0);
    expect(daysPastDue({ dueDate: '2026-08-31', status: 'void', balanceMinor: 10_000n }, asOf)).toBe(0);
  });

  it('uses the UTC calendar date of the as-of instant', () => {
    // 2026-11-02T00:30Z is already the 2nd in UTC: due 2026-11-01 -> 1 day past due
    expect(daysPastDue({ dueDate: '2026-11-01', status: 'open', balanceMinor: 1n }, new Date('2026-11-02T00:30:00Z'))).toBe(1);
  });
});

describe('isTiedToOrderQuality', () => {
  it('is true for quantity, documentation and damage disputes, false for pricing', () => {
    expect(isTiedToOrderQuality('quantity')).toBe(true);
    expect(isTiedToOrderQuality('documentation')).toBe(true);
    expect(isTiedToOrderQuality('damage')).toBe(true);
    expect(isTiedToOrderQuality('pricing')).toBe(false);
  });
});
