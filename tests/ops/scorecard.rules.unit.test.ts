import { describe, expect, it } from 'vitest';
import { catalogEntry, KPI_CATALOG } from '../../subgraphs/ops/rules/kpi-catalog.ts';
import { periodDates, periodProblem, weekCount } from '../../subgraphs/ops/rules/period.rules.ts';
import { judgeKpi, scorecardWeeks, type ReceivedReading } from '../../subgraphs/ops/rules/scorecard.rules.ts';

const perfectOrder = catalogEntry('perfect_order_rate')!;
const thresholds = { target: 95, warning: 92, breach: 90 };

/** A weekly perfect-order reading as the OMS sends it: value = 100 x perfect / delivered. */
function weekly(week: string, perfect: number, delivered: number): ReceivedReading {
  return {
    kpi: 'perfect_order_rate', unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', fromWeek: week, toWeek: week,
    value: delivered === 0 ? null : ((100 * perfect) / delivered).toFixed(4), numerator: perfect.toFixed(4), denominator: delivered.toFixed(4),
  };
}

describe('the KPI catalog', () => {
  it('holds the 20 scorecard-eligible KPIs of the brief with their owning domain, unit and direction', () => {
    expect(KPI_CATALOG).toHaveLength(20);
    expect(KPI_CATALOG.filter((e) => e.domain === 'OMS')).toHaveLength(14);
    expect(catalogEntry('dso')).toMatchObject({ unit: 'DAYS', direction: 'LOWER_IS_BETTER', domain: 'ERP' });
    expect(catalogEntry('credit_hold_release_time')).toMatchObject({ unit: 'HOURS', direction: 'LOWER_IS_BETTER', domain: 'ERP' });
    expect(catalogEntry('self_serve_order_penetration')?.description).toMatch(/^Project definition: .*EDI is automated but not self-serve/);
    expect(catalogEntry('made_up')).toBeUndefined();
  });
});

describe('scorecardWeeks', () => {
  it('is the 12 trend weeks and the week itself, oldest first, across a year end', () => {
    const weeks = scorecardWeeks('2026-W05');
    expect(weeks).toHaveLength(13);
    // 2025 has 52 ISO weeks: W05 - 12 weeks = 2025-W45
    expect([weeks[0], weeks[3], weeks[12]]).toEqual(['2025-W45', '2025-W48', '2026-W05']);
  });
});

describe('judgeKpi', () => {
  const week = '2026-W44';
  const weeks = scorecardWeeks(week); // 2026-W32 .. 2026-W44

  it('reads the week, judges it, keeps a 12-week trend and counts the breach run', () => {
    // oldest first; W32..W40 fine (190 / 200 = 95%), then W41 178 / 200 = 89% BREACH, W42 170 / 200 = 85%,
    // W43 179 / 200 = 89.5%, W44 183 / 200 = 91.5% -> WARNING; the breach run ended in W43, so 0 weeks now
    const received = weeks.map((w, i) => weekly(w, i < 9 ? 190 : [178, 170, 179, 183][i - 9]!, 200));
    const verdict = judgeKpi(perfectOrder, 'Director of Fulfilment', thresholds, received, week);
    expect(verdict.reading).toMatchObject({ fromWeek: week, value: '91.5000', numerator: '183.0000', dimension: null, dimensionValue: null });
    expect(verdict.status).toBe('WARNING');
    expect(verdict.weeksInBreach).toBe(0);
    expect(verdict.trend.map((r) => r.fromWeek)).toEqual(weeks.slice(0, 12));
    expect(verdict.trend.slice(-3).map((r) => r.value)).toEqual(['89.0000', '85.0000', '89.5000']);

    // the same history with W44 at 179 / 200 = 89.5%: W41..W44 all at or below 90 -> 4 weeks in breach
    const worse = judgeKpi(perfectOrder, 'Director of Fulfilment', thresholds, [...received.slice(0, 12), weekly(week, 179, 200)], week);
    expect([worse.status, worse.weeksInBreach]).toEqual(['BREACH', 4]);
  });

  it('has no reading and NO_DATA when the domain sent nothing for the week; empty trend weeks keep their place', () => {
    const verdict = judgeKpi(perfectOrder, 'Director of Fulfilment', thresholds, [weekly('2026-W40', 0, 0)], week);
    expect(verdict.reading).toBeNull();
    expect(verdict.status).toBe('NO_DATA');
    expect(verdict.trend).toHaveLength(12);
    expect(verdict.trend[0]).toEqual({
      kpi: 'perfect_order_rate', value: null, numerator: '0.0000', denominator: '0.0000', unit: 'PERCENT',
      direction: 'HIGHER_IS_BETTER', fromWeek: '2026-W32', toWeek: '2026-W32', dimension: null, dimensionValue: null,
    });
  });

  it('ignores readings of other KPIs, other periods and dimension cuts', () => {
    const received: ReceivedReading[] = [
      { ...weekly(week, 50, 100), kpi: 'otif' },
      { ...weekly(week, 50, 100), fromWeek: '2026-W43' }, // a two-week reading
      { ...weekly(week, 50, 100), dimension: 'segment', dimensionValue: 'oem' },
      weekly(week, 97, 100),
    ];
    expect(judgeKpi(perfectOrder, 'Director of Fulfilment', thresholds, received, week).reading?.value).toBe('97.0000');
  });

  it('flags an unowned KPI UNOWNED even when its value is fine, and still counts its breach run', () => {
    expect(judgeKpi(perfectOrder, null, thresholds, [weekly(week, 97, 100)], week).status).toBe('UNOWNED');
    const breached = judgeKpi(perfectOrder, null, thresholds, [weekly('2026-W43', 80, 100), weekly(week, 80, 100)], week);
    expect([breached.status, breached.weeksInBreach]).toEqual(['UNOWNED', 2]);
  });
});

describe('periods', () => {
  it('counts weeks and dates a period Monday to Sunday', () => {
    expect(weekCount('2026-W40', '2026-W44')).toBe(5);
    expect(weekCount('2025-W45', '2026-W05')).toBe(13);
    // 2026-W44 starts Monday 2026-10-26 and ends Sunday 2026-11-01 (the demo as-of day)
    expect(periodDates('2026-W44', '2026-W44')).toEqual({ startsOn: '2026-10-26', endsOn: '2026-11-01' });
    expect(periodDates('2025-W45', '2026-W44')).toEqual({ startsOn: '2025-11-03', endsOn: '2026-11-01' });
  });

  it('refuses a period that ends before it starts or spans more than 104 weeks, naming toWeek', () => {
    expect(periodProblem('2026-W44', '2026-W44')).toBeNull();
    expect(periodProblem('2026-W44', '2026-W43')).toEqual({ argument: 'toWeek', problem: 'must not be before fromWeek (2026-W44); got 2026-W43' });
    expect(periodProblem('2024-W45', '2026-W44')).toBeNull(); // 2024 has 52 weeks: 8 + 52 + 44 = 104
    expect(periodProblem('2024-W44', '2026-W44')).toEqual({
      argument: 'toWeek',
      problem: 'makes a period of 105 weeks from 2024-W44; a period covers at most 104 weeks',
    });
    expect(periodProblem('2026-W99', '2026-W44')?.argument).toBe('fromWeek');
  });
});
