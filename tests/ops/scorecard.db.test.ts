import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWeeks } from '../../lib/iso-week.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';
import { startOps, type OpsUnderTest } from './harness.ts';

/**
 * The scorecard as the gateway resolves it: ops answers `scorecard(week)` with the key, the ERP
 * and OMS add their weekly readings, and ops receives them back in a Scorecard representation to
 * judge. The readings below are hand-made, shaped exactly as the @requires selection sends them.
 *
 * Fixture on the default scorecard, week 2026-W44 (trend 2026-W32 .. W43):
 * - perfect_order_rate (OMS; target 95, warning 92, breach 90): W44 183 / 200 = 91.5% -> WARNING
 *   (90 < 91.5 <= 92); earlier weeks 190 / 200 = 95%.
 * - dso (ERP; target 40, warning 45, breach 50 days): W42 51.0, W43 52.0, W44 50.5, earlier 44.0:
 *   three weeks at or above 50 -> BREACH, weeksInBreach 3, so steps with afterHours <= 3 x 168 =
 *   504 are due: 0 (Credit Manager), 48 (Controller), 336 (CFO); the 672 h step added below is not.
 * - substitution_rate (OMS; lower is better, breach 5): owner set to NULL; W44 1.2% is fine but
 *   the KPI is UNOWNED.
 * - cancellation_rate (OMS): no readings at all -> reading null, NO_DATA, 12 empty trend weeks.
 * - gross_margin_percent (ERP; higher is better, breach 22): W44 30.1234 -> OK. A copy of it sent
 *   in omsReadings with value 10 is ignored: a KPI is read from the domain that owns it.
 */
const WEEK = '2026-W44';
const WEEKS = Array.from({ length: 13 }, (_, i) => addWeeks(WEEK, i - 12)); // W32 .. W44

function reading(kpi: string, unit: string, direction: string, week: string, numerator: number, denominator: number) {
  const scale = unit === 'PERCENT' ? 100 : 1;
  return {
    kpi, unit, direction, fromWeek: week, toWeek: week,
    value: denominator === 0 ? null : ((numerator / denominator) * scale).toFixed(4),
    numerator: numerator.toFixed(4), denominator: denominator.toFixed(4),
  };
}

// DSO = ending AR / (credit sales of 91 days / 91): AR 51,000 on 91-day sales of 91,000 -> 51,000 / 1,000 = 51.0 days
const dsoDays = [44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 51, 52, 50.5];
const erpReadings = [
  ...WEEKS.map((week, i) => reading('dso', 'DAYS', 'LOWER_IS_BETTER', week, dsoDays[i]! * 1000, 91_000 / 91)),
  ...WEEKS.map((week) => reading('gross_margin_percent', 'PERCENT', 'HIGHER_IS_BETTER', week, 301_234, 1_000_000)),
];
const omsReadings = [
  ...WEEKS.map((week) => reading('perfect_order_rate', 'PERCENT', 'HIGHER_IS_BETTER', week, week === WEEK ? 183 : 190, 200)),
  ...WEEKS.map((week) => reading('substitution_rate', 'PERCENT', 'LOWER_IS_BETTER', week, 6, 500)),
  reading('gross_margin_percent', 'PERCENT', 'HIGHER_IS_BETTER', WEEK, 10, 100),
];
const scorecardOf = (week: string) => ({ __typename: 'Scorecard', week, erpReadings, omsReadings });

let ops: OpsUnderTest;
beforeAll(async () => {
  ops = await startOps(async (db) => {
    await db.query("UPDATE scorecard_kpis SET owner = NULL WHERE kpi = 'substitution_rate'");
    await insertRows(db, 'escalation_steps', [{ kpi: 'dso', step: 4, after_hours: 672, notify: 'CEO', channel: 'page' }]);
  });
});
afterAll(async () => {
  await ops?.close();
});

const SCORECARD = `query Scorecards($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Scorecard {
      week startsOn endsOn
      kpis {
        definition { name owner }
        reading { kpi value numerator denominator unit direction fromWeek toWeek dimension dimensionValue }
        status
        trend { fromWeek value }
        weeksInBreach
        escalationDue { afterHours notify channel }
      }
    }
  }
}`;

describe('_entities: Scorecard', () => {
  it('judges every active KPI, in scorecard order, on the readings the ERP and OMS sent', async () => {
    const { _entities } = await ops.query(SCORECARD, { r: [scorecardOf(WEEK)] });
    const [scorecard] = _entities;
    // 2026-W44 runs Monday 2026-10-26 to Sunday 2026-11-01
    expect([scorecard.week, scorecard.startsOn, scorecard.endsOn]).toEqual([WEEK, '2026-10-26', '2026-11-01']);
    expect(scorecard.kpis.map((k: any) => k.definition.name)).toEqual([
      'quote_to_order_cycle_time', 'perfect_order_rate', 'cancellation_rate', 'substitution_rate',
      'backorder_days_outstanding', 'return_cycle_time', 'dso', 'credit_hold_release_time',
      'dispute_rate_order_quality', 'pick_pack_sla_adherence', 'gross_margin_percent', 'self_serve_order_penetration',
    ]);
    const kpi = Object.fromEntries(scorecard.kpis.map((k: any) => [k.definition.name, k]));

    expect(kpi.perfect_order_rate).toMatchObject({
      reading: {
        kpi: 'perfect_order_rate', value: '91.5000', numerator: '183.0000', denominator: '200.0000', unit: 'PERCENT',
        direction: 'HIGHER_IS_BETTER', fromWeek: WEEK, toWeek: WEEK, dimension: null, dimensionValue: null,
      },
      status: 'WARNING',
      weeksInBreach: 0,
      escalationDue: [],
    });
    expect(kpi.perfect_order_rate.trend.map((r: any) => r.fromWeek)).toEqual(WEEKS.slice(0, 12));
    expect(kpi.perfect_order_rate.trend.every((r: any) => r.value === '95.0000')).toBe(true);

    expect(kpi.dso).toMatchObject({ reading: { value: '50.5000' }, status: 'BREACH', weeksInBreach: 3 });
    expect(kpi.dso.trend.slice(-3).map((r: any) => r.value)).toEqual(['44.0000', '51.0000', '52.0000']);
    expect(kpi.dso.escalationDue).toEqual([
      { afterHours: 0, notify: 'Credit Manager', channel: 'EMAIL' },
      { afterHours: 48, notify: 'Controller', channel: 'SLACK' },
      { afterHours: 336, notify: 'CFO', channel: 'PAGE' },
    ]);

    // 6 / 500 = 1.2%, well under the 3% warning, yet nobody owns it
    expect(kpi.substitution_rate).toMatchObject({ definition: { owner: null }, reading: { value: '1.2000' }, status: 'UNOWNED', weeksInBreach: 0 });

    expect(kpi.cancellation_rate).toMatchObject({ reading: null, status: 'NO_DATA', weeksInBreach: 0, escalationDue: [] });
    expect(kpi.cancellation_rate.trend).toHaveLength(12);
    expect(kpi.cancellation_rate.trend.every((r: any) => r.value === null)).toBe(true);

    // 301,234 / 1,000,000 = 30.1234%; the OMS's 10% copy is not the OMS's KPI to report
    expect(kpi.gross_margin_percent).toMatchObject({ reading: { value: '30.1234' }, status: 'OK' });
  });

  it('answers several weeks at once, each judged on its own readings, and null for a key that is no week', async () => {
    const { _entities } = await ops.query(SCORECARD, { r: [scorecardOf('2026-W43'), scorecardOf('2026-W99'), scorecardOf(WEEK)] });
    expect(_entities[1]).toBeNull();
    const dsoOf = (scorecard: any) => scorecard.kpis.find((k: any) => k.definition.name === 'dso');
    // as of W43 the run is W42 51.0, W43 52.0: 2 weeks -> steps up to 336 h due
    expect(dsoOf(_entities[0])).toMatchObject({ reading: { value: '52.0000' }, weeksInBreach: 2 });
    expect(dsoOf(_entities[0]).escalationDue.map((s: any) => s.afterHours)).toEqual([0, 48, 336]);
    expect(dsoOf(_entities[2]).weeksInBreach).toBe(3);
  });

  it('costs the same SQL statements for 1 and 5 scorecards', async () => {
    const count = async (n: number) => {
      const before = ops.db.stats.statements;
      await ops.query(SCORECARD, { r: Array.from({ length: n }, (_, i) => scorecardOf(addWeeks(WEEK, -i))) });
      return ops.db.stats.statements - before;
    };
    const one = await count(1);
    expect(one).toBe(2); // the active definitions and their escalation paths
    expect(await count(5)).toBe(one);
  });

  it('explains that kpis needs the ERP and OMS readings when asked without them', async () => {
    const error = await ops.error(SCORECARD, { r: [{ __typename: 'Scorecard', week: WEEK }] });
    expect(error.message).toMatch(/kpis needs erpReadings from the ERP and omsReadings from the OMS; query it through the gateway/);
  });
});

describe('scorecard(week)', () => {
  it('returns the week with its dates', async () => {
    const { scorecard } = await ops.query('{ scorecard(week: "2026-W01") { week startsOn endsOn } }');
    // ISO 2026-W01 starts Monday 2025-12-29
    expect(scorecard).toEqual({ week: '2026-W01', startsOn: '2025-12-29', endsOn: '2026-01-04' });
  });

  it('refuses a malformed week', async () => {
    const error = await ops.error('{ scorecard(week: "2026-W60") { week } }');
    expect(error.message).toMatch(/IsoWeek cannot represent "2026-W60"/);
  });
});

describe('kpis(fromWeek, toWeek) and _entities: KpiPeriod', () => {
  const PERIOD = 'fromWeek toWeek startsOn endsOn weeks';

  it('returns the period, toWeek defaulting to fromWeek', async () => {
    const { one, five } = await ops.query(`{ one: kpis(fromWeek: "2026-W44") { ${PERIOD} } five: kpis(fromWeek: "2026-W40", toWeek: "2026-W44") { ${PERIOD} } }`);
    expect(one).toEqual({ fromWeek: WEEK, toWeek: WEEK, startsOn: '2026-10-26', endsOn: '2026-11-01', weeks: [WEEK] });
    // W40 starts Monday 2026-09-28
    expect(five).toEqual({
      fromWeek: '2026-W40', toWeek: WEEK, startsOn: '2026-09-28', endsOn: '2026-11-01',
      weeks: ['2026-W40', '2026-W41', '2026-W42', '2026-W43', '2026-W44'],
    });
  });

  it('refuses a period that ends before it starts or spans more than 104 weeks, naming toWeek', async () => {
    const backwards = await ops.error('{ kpis(fromWeek: "2026-W44", toWeek: "2026-W43") { weeks } }');
    expect([backwards.extensions?.code, backwards.extensions?.argumentName, backwards.message]).toEqual([
      'BAD_USER_INPUT', 'toWeek', 'Argument "toWeek" must not be before fromWeek (2026-W44); got 2026-W43',
    ]);
    // 2024-W44 .. 2026-W44 is 9 + 52 + 44 = 105 weeks; one week less is allowed
    const tooLong = await ops.error('{ kpis(fromWeek: "2024-W44", toWeek: "2026-W44") { weeks } }');
    expect([tooLong.extensions?.argumentName, tooLong.message]).toEqual([
      'toWeek', 'Argument "toWeek" makes a period of 105 weeks from 2024-W44; a period covers at most 104 weeks',
    ]);
    const { kpis } = await ops.query('{ kpis(fromWeek: "2024-W45", toWeek: "2026-W44") { weeks } }');
    expect(kpis.weeks).toHaveLength(104);
  });

  it('resolves periods by key, null for one kpis() would refuse', async () => {
    const { _entities } = await ops.query(`query Periods($r: [_Any!]!) { _entities(representations: $r) { ... on KpiPeriod { ${PERIOD} } } }`, {
      r: [
        { __typename: 'KpiPeriod', fromWeek: '2025-W52', toWeek: '2026-W01' },
        { __typename: 'KpiPeriod', fromWeek: WEEK, toWeek: '2026-W40' },
        { __typename: 'KpiPeriod', fromWeek: 'last week', toWeek: WEEK },
      ],
    });
    expect(_entities).toEqual([
      { fromWeek: '2025-W52', toWeek: '2026-W01', startsOn: '2025-12-22', endsOn: '2026-01-04', weeks: ['2025-W52', '2026-W01'] },
      null,
      null,
    ]);
  });
});
