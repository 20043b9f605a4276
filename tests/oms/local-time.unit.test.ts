import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../subgraphs/oms/resolvers/storefront.ts';

describe('localDateTime', () => {
  it('reads an instant on a branch wall clock, across a daylight saving change', () => {
    // 2026-11-01 is the day US daylight saving time ends: Chicago is UTC-5 before 07:00 UTC, UTC-6 after.
    expect(localDateTime(new Date('2026-11-01T23:59:59Z'), 'America/Chicago')).toBe('2026-11-01T17:59');
    expect(localDateTime(new Date('2026-11-01T05:30:00Z'), 'America/Chicago')).toBe('2026-11-01T00:30');
    expect(localDateTime(new Date('2026-11-01T23:59:59Z'), 'UTC')).toBe('2026-11-01T23:59');
    // the same pair again comes from the memo, unchanged
    expect(localDateTime(new Date('2026-11-01T23:59:59Z'), 'America/Chicago')).toBe('2026-11-01T17:59');
  });
});
