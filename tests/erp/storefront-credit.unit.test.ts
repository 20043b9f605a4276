import { describe, expect, it } from 'vitest';
import { orderHeadroomMinor, predictCreditHold, type AccountCredit } from '../../subgraphs/erp/rules/credit.rules.ts';

const asOf = new Date('2026-11-01T23:59:59Z');

// Limit 5,000.00; invoices owe 2,800.00; orders not yet invoiced 1,200.00.
// Headroom = 5,000.00 - (2,800.00 + 1,200.00) = 1,000.00.
// INV-000845 due 2026-10-02 is 30 days past due on 2026-11-01: at the 30-day limit, not over it.
const account: AccountCredit = {
  creditStatus: 'good',
  creditLimitMinor: 500_000n,
  openReceivableMinor: 280_000n,
  uninvoicedOrdersMinor: 120_000n,
  openInvoices: [
    { id: 'INV-000845', dueDate: '2026-10-02', status: 'open', balanceMinor: 120_000n },
    { id: 'INV-000900', dueDate: '2026-11-15', status: 'open', balanceMinor: 160_000n },
  ],
};

// Past due on 2026-11-01: due 2026-09-20 -> 10 days of September + 31 of October + 1 = 42; due 2026-10-01 -> 31.
const overdueInvoices = [
  { id: 'INV-000830', dueDate: '2026-10-01', status: 'partially_paid', balanceMinor: 4_550n },
  { id: 'INV-000812', dueDate: '2026-09-20', status: 'open', balanceMinor: 31_000n },
];

describe('orderHeadroomMinor', () => {
  it('is the limit minus open receivables and open orders not yet invoiced', () => {
    expect(orderHeadroomMinor(account)).toBe(100_000n);
  });

  it('is negative when the account is already over its limit', () => {
    // 1,000.00 - (1,400.00 + 100.00) = -500.00
    expect(orderHeadroomMinor({ ...account, creditLimitMinor: 100_000n, openReceivableMinor: 140_000n, uninvoicedOrdersMinor: 10_000n })).toBe(-50_000n);
  });
});

describe('predictCreditHold', () => {
  it('releases an order worth exactly the headroom, with invoices no more than 30 days past due', () => {
    expect(predictCreditHold(account, 100_000n, asOf)).toEqual({ wouldHold: false, headroomMinor: 100_000n, reasons: [] });
  });

  it('holds an order one cent over the headroom and says by how much credit is used', () => {
    expect(predictCreditHold(account, 100_001n, asOf)).toEqual({
      wouldHold: true,
      headroomMinor: 100_000n,
      reasons: [{
        code: 'OVER_CREDIT_LIMIT',
        message: 'This order (1000.01) is more than the credit still available (1000.00 of a 5000.00 limit, after 2800.00 owed on invoices and 1200.00 on orders not yet invoiced).',
      }],
    });
  });

  it('holds any order of an account already over its limit', () => {
    const over = { ...account, creditLimitMinor: 100_000n, openReceivableMinor: 140_000n, uninvoicedOrdersMinor: 10_000n };
    expect(predictCreditHold(over, 1_000n, asOf)).toMatchObject({ wouldHold: true, headroomMinor: -50_000n, reasons: [{ code: 'OVER_CREDIT_LIMIT' }] });
  });

  it('holds when an invoice is more than 30 days past due, naming the invoices, oldest first', () => {
    const late = { ...account, openInvoices: [...account.openInvoices, ...overdueInvoices] };
    expect(predictCreditHold(late, 10_000n, asOf)).toEqual({
      wouldHold: true,
      headroomMinor: 100_000n,
      reasons: [{
        code: 'PAST_DUE_INVOICES',
        message: '2 invoices are more than 30 days past due: INV-000812 (42 days, 310.00 owed), INV-000830 (31 days, 45.50 owed).',
      }],
    });
  });

  it('takes the past-due limit from configuration', () => {
    const late = { ...account, openInvoices: overdueInvoices };
    // with 40 days allowed only the 42-day invoice counts; with 60 none does
    expect(predictCreditHold(late, 10_000n, asOf, { pastDueDaysLimit: 40 }).reasons[0]!.message)
      .toBe('1 invoice is more than 40 days past due: INV-000812 (42 days, 310.00 owed).');
    expect(predictCreditHold(late, 10_000n, asOf, { pastDueDaysLimit: 60 }).wouldHold).toBe(false);
  });

  it('does not count void or fully paid invoices, however old', () => {
    const settled = {
      ...account,
      openInvoices: [
        { id: 'INV-000700', dueDate: '2026-06-30', status: 'void', balanceMinor: 50_000n },
        { id: 'INV-000701', dueDate: '2026-06-30', status: 'paid', balanceMinor: 0n },
      ],
    };
    expect(predictCreditHold(settled, 10_000n, asOf).wouldHold).toBe(false);
  });

  it('holds every order of an account on hold, and lists each rule broken', () => {
    const held = { ...account, creditStatus: 'hold' as const, openInvoices: overdueInvoices };
    expect(predictCreditHold(held, 1n, asOf).reasons.map((reason) => reason.code)).toEqual(['ACCOUNT_ON_HOLD', 'PAST_DUE_INVOICES']);
    expect(predictCreditHold(held, 250_000n, asOf).reasons.map((reason) => reason.code)).toEqual([
      'ACCOUNT_ON_HOLD', 'OVER_CREDIT_LIMIT', 'PAST_DUE_INVOICES',
    ]);
  });

  it('does not hold for watch status alone', () => {
    expect(predictCreditHold({ ...account, creditStatus: 'watch' }, 10_000n, asOf).wouldHold).toBe(false);
  });

  it('refuses a negative order value and a negative past-due limit', () => {
    expect(() => predictCreditHold(account, -1n, asOf)).toThrow('orderValueMinor must not be negative, got -1');
    expect(() => predictCreditHold(account, 1n, asOf, { pastDueDaysLimit: -5 })).toThrow('pastDueDaysLimit must be a whole number of at least 0, got -5');
  });
});
