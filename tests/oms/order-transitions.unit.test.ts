import { describe, expect, it } from 'vitest';
import { isForwardOrSame, refusedTransition } from '../../subgraphs/oms/rules/order-transitions.rules.ts';

describe('order status transitions an integration event may make', () => {
  it('allows forward moves, the same status again, and credit hold before picking', () => {
    for (const [from, to] of [
      ['placed', 'allocated'], ['allocated', 'picking'], ['picking', 'shipped'], ['partially_shipped', 'partially_shipped'],
      ['shipped', 'delivered'], ['placed', 'credit_hold'], ['allocated', 'credit_hold'], ['credit_hold', 'placed'],
      ['credit_hold', 'allocated'], ['picking', 'cancelled'], ['credit_hold', 'cancelled'],
    ] as const) {
      expect(refusedTransition('SO-1', from, to), `${from} -> ${to}`).toBeNull();
    }
  });

  it('refuses leaving a final status, moving back, late credit holds and cancelling what shipped', () => {
    expect(refusedTransition('SO-1', 'delivered', 'picking')).toBe('cannot move order SO-1 from delivered to picking: delivered is final');
    expect(refusedTransition('SO-1', 'cancelled', 'placed')).toBe('cannot move order SO-1 from cancelled to placed: cancelled is final');
    expect(refusedTransition('SO-1', 'shipped', 'picking')).toBe('cannot move order SO-1 from shipped back to picking');
    expect(refusedTransition('SO-1', 'picking', 'credit_hold')).toBe('cannot put order SO-1 on credit hold: it is already picking');
    expect(refusedTransition('SO-1', 'partially_shipped', 'cancelled')).toBe('cannot cancel order SO-1: it is already partially_shipped');
  });

  it('lets a status derived from facts move forward only', () => {
    expect(isForwardOrSame('picking', 'partially_shipped')).toBe(true);
    expect(isForwardOrSame('shipped', 'shipped')).toBe(true);
    expect(isForwardOrSame('delivered', 'shipped')).toBe(false);
    expect(isForwardOrSame('cancelled', 'shipped')).toBe(false);
  });
});
