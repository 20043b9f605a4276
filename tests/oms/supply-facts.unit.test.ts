import { describe, expect, it } from 'vitest';
import { decodeSupplyFacts, encodeSupplyFacts } from '../../lib/supply-facts.ts';

const FACTS = {
  asOf: '2026-11-01T23:59:59.000Z', family: 'valves', replenishment: { supplierId: 'SUP-A', leadTimeDays: 14 },
  stock: [
    { branchCode: 'DAL', timeZone: 'America/Chicago', onHand: 7, onHold: 0, safetyStock: 1, lastSyncedAtMs: Date.UTC(2026, 10, 1, 20), syncAgeMinutes: 239, syncStale: true },
    { branchCode: 'CHI', timeZone: 'UTC', onHand: 30, onHold: 2, safetyStock: 3, lastSyncedAtMs: Date.UTC(2026, 10, 1, 23, 50), syncAgeMinutes: 9, syncStale: false },
  ],
  inbound: [{ purchaseOrderId: 'PO-1', lineNumber: 1, branchCode: 'CHI', openQuantity: 40, eta: '2026-11-10', supplierId: 'SUP-A',
    slip: { basis: 'supplier' as const, ownDeliveries: 6, observations: 6, p50: 1, p90: 5 } }],
  branches: [{ code: 'CHI', timeZone: 'UTC' }, { code: 'DAL', timeZone: 'America/Chicago' }],
};

describe('supply facts between the ERP and the OMS', () => {
  it('decode what was encoded, with the version', () => {
    expect(decodeSupplyFacts(encodeSupplyFacts(FACTS))).toEqual({ v: 2, ...FACTS });
    const none = { ...FACTS, replenishment: null, inbound: [], stock: [] };
    expect(decodeSupplyFacts(encodeSupplyFacts(none))).toEqual({ v: 2, ...none });
  });

  it('travel positionally: each branch once, lines pointing at it by index, instants in epoch ms', () => {
    expect(JSON.parse(encodeSupplyFacts(FACTS))).toEqual({
      v: 2, at: '2026-11-01T23:59:59.000Z', f: 'valves',
      b: [['CHI', 'UTC'], ['DAL', 'America/Chicago']],
      s: [[1, 7, 0, 1, Date.UTC(2026, 10, 1, 20), 239, 1], [0, 30, 2, 3, Date.UTC(2026, 10, 1, 23, 50), 9, 0]],
      i: [['PO-1', 1, 0, 40, '2026-11-10', 'SUP-A', 's', 6, 6, 1, 5]],
      r: ['SUP-A', 14],
    });
  });

  it('refuse another version, non-JSON, missing parts and unknown branches, naming the problem', () => {
    expect(() => decodeSupplyFacts('{"v":1}')).toThrow('supplyFacts is version 1, this OMS reads version 2');
    expect(() => decodeSupplyFacts('stock')).toThrow('supplyFacts is not JSON');
    const wire = JSON.parse(encodeSupplyFacts(FACTS)) as Record<string, unknown>;
    expect(() => decodeSupplyFacts(JSON.stringify({ ...wire, i: undefined }))).toThrow('supplyFacts has no inbound list');
    expect(() => decodeSupplyFacts(JSON.stringify({ ...wire, at: 'yesterday' }))).toThrow('supplyFacts has no valid asOf');
    expect(() => decodeSupplyFacts(JSON.stringify({ ...wire, s: [[5, 1, 0, 0, 0, 0, 0]] }))).toThrow('supplyFacts names branch #5, beyond its 2 branches');
    expect(() => encodeSupplyFacts({ ...FACTS, branches: [] })).toThrow('supplyFacts: branch DAL is not among the facts\' branches');
  });
});
