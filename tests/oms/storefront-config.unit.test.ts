import { describe, expect, it } from 'vitest';
import { storefrontConfig } from '../../subgraphs/oms/storefront-config.ts';

describe('storefrontConfig', () => {
  it('defaults to exact stock for signed-in buyers and a low-stock threshold of 10', () => {
    expect(storefrontConfig({})).toEqual({ disclosure: { lowStockThreshold: 10, familyLowStockThresholds: {} }, exactFor: 'buyers' });
  });

  it('reads the threshold, per-family thresholds and who sees exact stock', () => {
    const config = storefrontConfig({ OPSGRAPH_LOW_STOCK_UNITS: '25', OPSGRAPH_LOW_STOCK_BY_FAMILY: '{"cable":200}', OPSGRAPH_EXACT_STOCK_FOR: 'staff' });
    expect(config).toEqual({ disclosure: { lowStockThreshold: 25, familyLowStockThresholds: { cable: 200 } }, exactFor: 'staff' });
  });

  it('refuses bad values, naming the variable', () => {
    expect(() => storefrontConfig({ OPSGRAPH_LOW_STOCK_UNITS: '-1' })).toThrow(/OPSGRAPH_LOW_STOCK_UNITS.*lowStockThreshold/);
    expect(() => storefrontConfig({ OPSGRAPH_LOW_STOCK_BY_FAMILY: '[1]' })).toThrow('OPSGRAPH_LOW_STOCK_BY_FAMILY must be a JSON object of family -> units, got [1]');
    expect(() => storefrontConfig({ OPSGRAPH_EXACT_STOCK_FOR: 'everyone' })).toThrow('OPSGRAPH_EXACT_STOCK_FOR must be "buyers" or "staff", got "everyone"');
  });
});
