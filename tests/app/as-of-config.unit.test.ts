import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../app/config.ts';

describe('OPSGRAPH_AS_OF, the day the embedded demo dataset describes', () => {
  it('defaults to today in UTC, so a demo shown on any day promises dates after it', () => {
    const before = new Date().toISOString().slice(0, 10);
    const { asOf } = loadConfig({});
    const after = new Date().toISOString().slice(0, 10);
    expect([before, after]).toContain(asOf);
  });

  it('pins a day when set', () => {
    expect(loadConfig({ OPSGRAPH_AS_OF: '2026-11-01' }).asOf).toBe('2026-11-01');
  });

  it('refuses anything but a calendar day, naming the variable and the value', () => {
    for (const value of ['2026-11-31', '2026-11-01T23:59:59Z', 'yesterday']) {
      expect(() => loadConfig({ OPSGRAPH_AS_OF: value })).toThrow(new ConfigError(`OPSGRAPH_AS_OF must be a calendar day YYYY-MM-DD, e.g. 2026-11-01, got "${value}"`));
    }
  });
});
