import { describe, expect, it } from 'vitest';
import { decodeSupplyFacts, encodeSupplyFacts } from '../../lib/supply-facts.ts';

const FACTS = {
  asOf: '2026-11-01T23:59:59.000Z', family: 'valves', replenishment: { supplierId: 'SUP-A', leadTimeDays: 14 },
  stock: [{ branchCode: 'CHI', timeZone: 'UTC', onHand: 30, onHold: 2, safetyStock: 3, lastSyncedAt: '2026-11-01T23:50:00.000Z', syncAgeMinutes: 9, syncStale: false }],
  inbound: [{ purchaseOrderId: 'PO-1', lineNumber: 1, branchCode: 'CHI', openQuantity: 40, eta: '2026-11-10', supplierId: 'SUP-A',
    slip: { basis: 'supplier' as const, ownDeliveries: 6, observations: 6, p50: 1, p90: 5 } }],
  branches: [{ code: 'CHI', timeZone: 'UTC' }],
};

describe('supply facts between the ERP and the OMS', () => {
  it('decode what was encoded, with the version', () => {
    expect(decodeSupplyFacts(encodeSupplyFacts(FACTS))).toEqual({ v: 1, ...FACTS });
  });

  it('refuse another version, non-JSON and missing parts, naming the problem', () => {
    expect(() => decodeSupplyFacts('{"v":2}')).toThrow('supplyFacts is version 2, this OMS reads version 1');
    expect(() => decodeSupplyFacts('stock')).toThrow('supplyFacts is not JSON');
    expect(() => decodeSupplyFacts(JSON.stringify({ ...FACTS, v: 1, inbound: undefined }))).toThrow('supplyFacts has no inbound list');
    expect(() => decodeSupplyFacts(JSON.stringify({ ...FACTS, v: 1, asOf: 'yesterday' }))).toThrow('supplyFacts has no valid asOf');
  });
});
