import { describe, expect, it } from 'vitest';
import { addDays, dateOfMs } from '../../subgraphs/oms/rules/calendar-days.ts';

describe('calendar days', () => {
  it('give the date of an instant, padded, whatever the time of day', () => {
    expect(dateOfMs(Date.UTC(2026, 0, 5, 23, 59, 59, 999))).toBe('2026-01-05');
    expect(dateOfMs(Date.UTC(2026, 11, 31))).toBe('2026-12-31');
    expect(dateOfMs(Date.UTC(2028, 1, 29, 12))).toBe('2028-02-29');
    // Years outside four digits are written as ISO 8601 writes them.
    expect(dateOfMs(Date.UTC(999, 0, 1))).toBe('0999-01-01');
  });

  it('count days across month and year ends, forwards and back', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-11-01', 0)).toBe('2026-11-01');
  });
});
