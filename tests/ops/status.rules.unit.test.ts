import { describe, expect, it } from 'vitest';
import {
  escalationDue,
  kpiStatus,
  thresholdInconsistency,
  thresholdStatus,
  weeksInBreach,
} from '../../subgraphs/ops/rules/status.rules.ts';

// Perfect order rate (higher is better): target 95, warning 92, breach 90.
const perfectOrder = { target: 95, warning: 92, breach: 90 };
// DSO (lower is better): target 40 days, warning 45, breach 50.
const dso = { target: 40, warning: 45, breach: 50 };

describe('thresholdStatus', () => {
  it('judges a higher-is-better KPI: at or below breach is BREACH, at or below warning is WARNING', () => {
    expect(thresholdStatus(96, 'HIGHER_IS_BETTER', perfectOrder)).toBe('OK'); // above target
    expect(thresholdStatus(93, 'HIGHER_IS_BETTER', perfectOrder)).toBe('OK'); // below target, above warning: still fine
    expect(thresholdStatus(92, 'HIGHER_IS_BETTER', perfectOrder)).toBe('WARNING'); // exactly warning: 92 <= 92
    expect(thresholdStatus(91.5, 'HIGHER_IS_BETTER', perfectOrder)).toBe('WARNING'); // 90 < 91.5 <= 92
    expect(thresholdStatus(90, 'HIGHER_IS_BETTER', perfectOrder)).toBe('BREACH'); // exactly breach: 90 <= 90
    expect(thresholdStatus(72.25, 'HIGHER_IS_BETTER', perfectOrder)).toBe('BREACH');
  });

  it('judges a lower-is-better KPI: at or above breach is BREACH, at or above warning is WARNING', () => {
    expect(thresholdStatus(38.5, 'LOWER_IS_BETTER', dso)).toBe('OK');
    expect(thresholdStatus(44.99, 'LOWER_IS_BETTER', dso)).toBe('OK');
    expect(thresholdStatus(45, 'LOWER_IS_BETTER', dso)).toBe('WARNING'); // 45 >= 45
    expect(thresholdStatus(49, 'LOWER_IS_BETTER', dso)).toBe('WARNING'); // the demo network DSO
    expect(thresholdStatus(50, 'LOWER_IS_BETTER', dso)).toBe('BREACH'); // 50 >= 50
    expect(thresholdStatus(73.7, 'LOWER_IS_BETTER', dso)).toBe('BREACH'); // the countback example
  });
});

describe('kpiStatus', () => {
  it('flags a KPI without an owner as UNOWNED whatever its value, even a fine one or none', () => {
    expect(kpiStatus(97, null, 'HIGHER_IS_BETTER', perfectOrder)).toBe('UNOWNED');
    expect(kpiStatus(80, null, 'HIGHER_IS_BETTER', perfectOrder)).toBe('UNOWNED');
    expect(kpiStatus(null, null, 'HIGHER_IS_BETTER', perfectOrder)).toBe('UNOWNED');
  });

  it('is NO_DATA for an owned KPI without a value, else the threshold verdict', () => {
    expect(kpiStatus(null, 'Credit Manager', 'LOWER_IS_BETTER', dso)).toBe('NO_DATA');
    expect(kpiStatus(46.2, 'Credit Manager', 'LOWER_IS_BETTER', dso)).toBe('WARNING');
    expect(kpiStatus(0, 'Credit Manager', 'LOWER_IS_BETTER', dso)).toBe('OK'); // zero is a value, not missing data
  });
});

describe('thresholdInconsistency', () => {
  it('accepts breach < warning <= target when higher is better, and target <= warning < breach when lower is better', () => {
    expect(thresholdInconsistency('HIGHER_IS_BETTER', perfectOrder)).toBeNull();
    expect(thresholdInconsistency('HIGHER_IS_BETTER', { target: 95, warning: 95, breach: 90 })).toBeNull(); // warning may equal target
    expect(thresholdInconsistency('LOWER_IS_BETTER', dso)).toBeNull();
    expect(thresholdInconsistency('LOWER_IS_BETTER', { target: 40, warning: 40, breach: 50 })).toBeNull();
  });

  it('names the threshold that breaks the order', () => {
    // DSO's thresholds written as if higher were better: warning 38 is below the target 40
    expect(thresholdInconsistency('LOWER_IS_BETTER', { target: 40, warning: 38, breach: 35 })).toEqual({
      field: 'warningThreshold',
      problem: 'must be at or above the target (40) when lower is better; got 38',
    });
    expect(thresholdInconsistency('LOWER_IS_BETTER', { target: 40, warning: 45, breach: 45 })?.field).toBe('breachThreshold');
    expect(thresholdInconsistency('HIGHER_IS_BETTER', { target: 95, warning: 96, breach: 90 })?.field).toBe('warningThreshold');
    expect(thresholdInconsistency('HIGHER_IS_BETTER', { target: 95, warning: 92, breach: 93 })).toEqual({
      field: 'breachThreshold',
      problem: 'must be below the warning threshold (92) when higher is better; got 93',
    });
  });
});

describe('weeksInBreach', () => {
  it('counts consecutive breached weeks ending with the latest one', () => {
    // perfect order, oldest first: 94 OK, 89 BREACH, 91 WARNING, 88, 90, 85 BREACH -> the last three
    expect(weeksInBreach([94, 89, 91, 88, 90, 85], 'HIGHER_IS_BETTER', perfectOrder)).toBe(3);
    // the latest week is only WARNING: 0, whatever came before
    expect(weeksInBreach([80, 80, 80, 91], 'HIGHER_IS_BETTER', perfectOrder)).toBe(0);
    // DSO 51, 52, 50 days: 50 >= 50 still counts -> 3
    expect(weeksInBreach([51, 52, 50], 'LOWER_IS_BETTER', dso)).toBe(3);
  });

  it('stops at a week without a value and caps at the readings given', () => {
    expect(weeksInBreach([85, null, 85, 85], 'HIGHER_IS_BETTER', perfectOrder)).toBe(2);
    expect(weeksInBreach([85, 85, 85], 'HIGHER_IS_BETTER', perfectOrder)).toBe(3);
    expect(weeksInBreach([null], 'HIGHER_IS_BETTER', perfectOrder)).toBe(0);
    expect(weeksInBreach([], 'HIGHER_IS_BETTER', perfectOrder)).toBe(0);
  });
});

describe('escalationDue', () => {
  const path = [
    { afterHours: 0, notify: 'Director of Fulfilment' },
    { afterHours: 48, notify: 'VP Operations' },
    { afterHours: 336, notify: 'COO' },
    { afterHours: 504, notify: 'CEO' },
    { afterHours: 672, notify: 'Board' },
  ];
  const due = (weeks: number) => escalationDue(path, weeks, (step) => step.afterHours).map((step) => step.notify);

  it('is due for every step with afterHours <= weeks in breach x 168', () => {
    expect(due(1)).toEqual(['Director of Fulfilment', 'VP Operations']); // 1 x 168 = 168: 0 and 48
    expect(due(2)).toEqual(['Director of Fulfilment', 'VP Operations', 'COO']); // 336 <= 336
    expect(due(3)).toEqual(['Director of Fulfilment', 'VP Operations', 'COO', 'CEO']); // 504 <= 504; 672 > 504
    expect(due(4)).toHaveLength(5); // 4 x 168 = 672
  });

  it('is empty when the KPI is not in breach, even for a step at 0 hours', () => {
    expect(due(0)).toEqual([]);
  });
});
