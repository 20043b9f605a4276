import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minorToDecimal } from '../../lib/money.ts';
import {
  COST_TO_SERVE_RATES,
  paymentTermsCarryingMinor,
  pickPackMinor,
  roundedDivision,
  serviceCost,
} from '../../subgraphs/oms/rules/cost-to-serve.rules.ts';
import { marginLeakage } from '../../subgraphs/oms/rules/leakage.rules.ts';
import { positionVariance } from '../../subgraphs/oms/rules/stock-position.rules.ts';

describe('cost to serve', () => {
  it('prices the activities at the configured rates', () => {
    // 12 lines x $1.50 = $18.00; 3 shipments x $4.00 = $12.00; freight $45.00; expedite $20.00;
    // 1 return x $25.00; carrying: $3,650.00 shipped x 30 days / 365 x 8% = $24.00
    const cost = serviceCost(
      { orders: 2, linesPicked: 12, shipmentsSent: 3, freightMinor: 4_500n, expediteMinor: 2_000n, returns: 1, shippedValueMinor: 365_000n },
      30,
    );
    expect(Object.fromEntries(Object.entries(cost).map(([k, v]) => [k, minorToDecimal(v)]))).toEqual({
      picking: '18.00', handling: '12.00', freight: '45.00', expeditePremium: '20.00', returnsHandling: '25.00', paymentTermsCarrying: '24.00',
      total: '144.00', // 18 + 12 + 45 + 20 + 25 + 24
    });
  });
  it('rounds the carrying cost to the cent', () => {
    // $1,000.00 x 45 / 365 x 8% = $9.8630... -> $9.86
    expect(paymentTermsCarryingMinor(100_000n, 45)).toBe(986n);
    expect(paymentTermsCarryingMinor(100_000n, 0)).toBe(0n);
  });
  it('prices pick/pack as lines x pick rate + shipments x handling rate', () => {
    // 5 x $1.50 + 2 x $4.00 = $15.50
    expect(pickPackMinor(5, 2)).toBe(1_550n);
  });
  it('rounds halves away from zero', () => {
    expect([roundedDivision(5n, 2n), roundedDivision(7n, 3n), roundedDivision(-5n, 2n), roundedDivision(14_400n, 2n)]).toEqual([3n, 2n, -3n, 7_200n]);
  });
  it('documents the rates it uses in the schema description', () => {
    const sdl = readFileSync(new URL('../../subgraphs/oms/schema.graphql', import.meta.url), 'utf8');
    const dollars = (minor: bigint) => `$${minorToDecimal(minor)}`;
    expect(sdl).toContain(`lines picked x ${dollars(COST_TO_SERVE_RATES.pickPerLineMinor)} pick rate`);
    expect(sdl).toContain(`shipments x ${dollars(COST_TO_SERVE_RATES.handlingPerShipmentMinor)} handling rate`);
    expect(sdl).toContain(`returns x ${dollars(COST_TO_SERVE_RATES.returnHandlingPerReturnMinor)} handling`);
    expect(sdl).toContain(`${Number(COST_TO_SERVE_RATES.annualCarryingRateBasisPoints) / 100}% annual cost of capital`);
  });
});

describe('marginLeakage', () => {
  it('adds expedite, short ship (credits + re-ship freight), returns and price', () => {
    // short ship 30.00 + 12.00 = 42.00; total 50.00 + 42.00 + 18.00 + 7.50 = 117.50
    expect(marginLeakage({ expediteMinor: 5_000n, shortShipCreditMinor: 3_000n, reshipFreightMinor: 1_200n, returnCostMinor: 1_800n, priceLeakageMinor: 750n }))
      .toEqual({ expedite: 5_000n, shortShip: 4_200n, returns: 1_800n, price: 750n, total: 11_750n });
  });
});

describe('positionVariance', () => {
  it('is on hand - ATP, ATP = on hand - allocated; the storefront differs when safety stock and allocations differ', () => {
    // on hand 100, on hold 5, safety 10, allocated 30: ATP 70, variance 30;
    // storefront 100 - 5 - 10 = 85 vs shippable 100 - 30 - 5 = 65: mismatch
    expect(positionVariance({ onHand: 100, onHold: 5, safetyStock: 10, allocated: 30 })).toEqual({
      availableToPromise: 70, variance: 30, storefrontAvailable: 85, shippable: 65, storefrontMismatch: true,
    });
    // safety 8 = allocated 8: storefront 40 - 2 - 8 = 30 = shippable 40 - 8 - 2
    expect(positionVariance({ onHand: 40, onHold: 2, safetyStock: 8, allocated: 8 }).storefrontMismatch).toBe(false);
  });
});
