import { describe, expect, it } from 'vitest';
import { KPI } from '../../subgraphs/erp/rules/kpi-catalog.ts';
import { weeklyMeasure, type Part } from '../../subgraphs/erp/rules/measure.rules.ts';

const period = { fromWeek: '2026-W42', toWeek: '2026-W44' };
const weeks = (entries: [string, Part][]) => new Map(entries);

describe('weeklyMeasure', () => {
  it('rolls a ratio up as a ratio of sums, with a null week where there was nothing to measure', () => {
    // W42 1 of 4 = 25%; W43 2 of 6 = 33.3333%; W44 nothing. Period: 3 of 10 = 30% (not the 29.17% mean of ratios)
    const measure = weeklyMeasure(KPI.supplierOnTimeDelivery, period, weeks([['2026-W42', { numerator: 1, denominator: 4 }], ['2026-W43', { numerator: 2, denominator: 6 }]]));
    expect(measure.reading).toMatchObject({ kpi: 'supplier_on_time_delivery', value: '30.0000', numerator: '3.0000', denominator: '10.0000', fromWeek: '2026-W42', toWeek: '2026-W44', dimension: null });
    expect(measure.byWeek.map((reading) => [reading.fromWeek, reading.toWeek, reading.value])).toEqual([
      ['2026-W42', '2026-W42', '25.0000'],
      ['2026-W43', '2026-W43', '33.3333'],
      ['2026-W44', '2026-W44', null],
    ]);
    expect(measure.byDimension).toEqual([]);
  });

  it('reads a balance (DSO) as its last week', () => {
    const measure = weeklyMeasure(KPI.dso, period, weeks([['2026-W43', { numerator: 520, denominator: 10 }], ['2026-W44', { numerator: 420, denominator: 12 }]]), { rule: 'last' });
    // 420 / 12 = 35 days, not (520 + 420) / 22
    expect(measure.reading.value).toBe('35.0000');
  });

  it('adds amounts up with denominator 1, so a week without any reads 0, not null', () => {
    const measure = weeklyMeasure(KPI.revenue, period, weeks([['2026-W42', { numerator: 20, denominator: 1 }], ['2026-W43', { numerator: 515, denominator: 1 }]]));
    expect(measure.reading).toMatchObject({ value: '535.0000', denominator: '1.0000', unit: 'MONEY' });
    expect(measure.byWeek.map((reading) => reading.value)).toEqual(['20.0000', '515.0000', '0.0000']);
  });

  it('cuts by a dimension, values in order, each a ratio of its own sums', () => {
    const dimension = {
      name: 'supplier',
      weekly: new Map([
        ['SUP-2', weeks([['2026-W43', { numerator: 1, denominator: 2 }]])],
        ['SUP-1', weeks([['2026-W42', { numerator: 0, denominator: 1 }], ['2026-W43', { numerator: 1, denominator: 2 }]])],
      ]),
    };
    const measure = weeklyMeasure(KPI.supplierOnTimeDelivery, period, weeks([]), { dimension });
    // SUP-1: 1 of 3 = 33.3333%; SUP-2: 1 of 2 = 50%
    expect(measure.byDimension.map((reading) => [reading.dimension, reading.dimensionValue, reading.value])).toEqual([
      ['supplier', 'SUP-1', '33.3333'],
      ['supplier', 'SUP-2', '50.0000'],
    ]);
  });
});
