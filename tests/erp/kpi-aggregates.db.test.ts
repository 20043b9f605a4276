import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db.ts';
import { addWeeks, weekRange } from '../../lib/iso-week.ts';
import { reading } from '../../lib/kpi.ts';
import { startSubgraph, type StartedSubgraph } from '../../lib/subgraph.ts';
import { createTestDatabase, type TestDatabase } from '../../lib/testing/database.ts';
import { insertRows } from '../../lib/testing/fixtures.ts';
import { subgraphCaller } from '../../lib/testing/graphql.ts';
import { TEST_SUBGRAPH_OPTIONS } from '../../lib/testing/identity.ts';
import { DEFAULT_SEED, PINNED_AS_OF } from '../../seed/config.ts';
import { generateDataset } from '../../seed/dataset.ts';
import { datasetTables, rowTuples } from '../../seed/load.ts';
import { postgresTarget } from '../../seed/targets.ts';
import { KPI } from '../../subgraphs/erp/rules/kpi-catalog.ts';
import { erpMigrations, erpSubgraph } from '../../subgraphs/erp/server.ts';

/**
 * The aggregates are derived data: readings served from them must equal the same KPIs computed
 * straight from the raw rows. The fixture is the generated demo ERP at scale 0.02 (about 1,700
 * invoices), loaded as the seed loads it; the raw computations below are written independently of
 * the refresh SQL, per week, for the 13 weeks ending 2026-W44.
 */
let database: TestDatabase;
let subgraph: StartedSubgraph;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase('erpagg', erpMigrations);
  db = database.db;
  const dataset = generateDataset({ seed: DEFAULT_SEED, scale: 0.02, asOf: PINNED_AS_OF });
  const target = postgresTarget(database.url);
  try {
    for (const { domain, table, columns, rows } of datasetTables(dataset)) {
      if (domain === 'erp') await target.copy(table, columns, rowTuples(rows, columns));
    }
  } finally {
    await target.close();
  }
  await erpSubgraph.refreshAggregates!(db);
  subgraph = await startSubgraph(erpSubgraph, db, TEST_SUBGRAPH_OPTIONS);
});

afterAll(async () => {
  await subgraph?.close();
  await database?.drop();
});

const WEEK = '2026-W44';
const WEEKS = Array.from({ length: 13 }, (_, index) => addWeeks(WEEK, index - 12));
const ORDERS_PLACED = WEEKS.map((week, index) => ({ week, count: 40 + index }));

async function erpReadings(): Promise<Map<string, (string | null)[]>> {
  const response = await subgraphCaller(subgraph).post('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Scorecard { erpReadings { kpi value } } } }', {
    r: [{ __typename: 'Scorecard', week: WEEK, ordersPlacedByWeek: ORDERS_PLACED }],
  });
  expect(response.errors).toBeUndefined();
  const series = new Map<string, (string | null)[]>();
  for (const r of (response.data as any)._entities[0].erpReadings) series.set(r.kpi, [...(series.get(r.kpi) ?? []), r.value]);
  return series;
}

/** A numerator and denominator per week from raw SQL in which $1 and $2 stand for the week's [start, end) instants. */
async function perWeek(sql: string): Promise<{ numerator: number; denominator: number }[]> {
  const parts = [];
  for (const week of WEEKS) {
    const { start, end } = weekRange(week, week);
    const instant = (date: Date) => `'${date.toISOString()}'::timestamptz`;
    const statement = sql.replaceAll('$1::timestamptz', instant(start)).replaceAll('$2::timestamptz', instant(end)).replaceAll('$1', instant(start)).replaceAll('$2', instant(end));
    const [row] = await db.query<{ numerator: string | null; denominator: string | null }>(statement);
    parts.push({ numerator: Number(row?.numerator ?? 0), denominator: Number(row?.denominator ?? 0) });
  }
  return parts;
}

const values = (definition: Parameters<typeof reading>[0], parts: { numerator: number; denominator: number }[]) =>
  parts.map((part, index) => reading(definition, { ...part, fromWeek: WEEKS[index]!, toWeek: WEEKS[index]! }).value);

describe('aggregate-based readings equal the raw computation', () => {
  it('for every scorecard KPI, week by week', async () => {
    const served = await erpReadings();
    const raw = {
      // AR at the week's end and credit sales of the 91 days before it, non-void invoices only
      dso: (
        await perWeek(`
        SELECT (SELECT sum(amount_minor) FROM invoices WHERE status <> 'void' AND issued_at < $2)
             - (SELECT coalesce(sum(p.amount_minor), 0) FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE i.status <> 'void' AND p.received_at < $2) AS numerator,
               (SELECT sum(amount_minor) FROM invoices WHERE status <> 'void' AND issued_at >= $2 - interval '91 days' AND issued_at < $2) AS denominator`)
      ).map((part) => ({ numerator: part.numerator, denominator: part.denominator / 91 })),
      release: await perWeek(`SELECT sum(extract(epoch FROM released_at - held_at) / 3600) AS numerator, count(*) AS denominator
                                FROM credit_holds WHERE released_at >= $1 AND released_at < $2`),
      frequency: (await perWeek(`SELECT count(DISTINCT order_id) AS numerator FROM credit_holds WHERE held_at >= $1 AND held_at < $2`)).map((part, index) => ({
        numerator: part.numerator,
        denominator: ORDERS_PLACED[index]!.count,
      })),
      orderQuality: await perWeek(`
        SELECT (SELECT count(*) FROM (SELECT invoice_id FROM disputes WHERE reason IN ('quantity', 'documentation', 'damage')
                GROUP BY invoice_id HAVING min(opened_at) >= $1 AND min(opened_at) < $2) f) AS numerator,
               (SELECT count(*) FROM invoices WHERE issued_at >= $1 AND issued_at < $2) AS denominator`),
      grossMargin: await perWeek(`
        SELECT sum(i.amount_minor) - coalesce(sum((SELECT sum(l.quantity * l.unit_cost_minor) FROM invoice_lines l WHERE l.invoice_id = i.id)), 0) AS numerator,
               sum(i.amount_minor) AS denominator
          FROM invoices i WHERE i.status <> 'void' AND i.issued_at >= $1 AND i.issued_at < $2`),
      supplier: await perWeek(`
        SELECT count(*) FILTER (WHERE (SELECT (min(r.received_at) AT TIME ZONE 'UTC')::date FROM receipts r
                                        WHERE r.purchase_order_id = l.purchase_order_id AND r.line_number = l.line_number)
                                      BETWEEN l.supplier_commit_date - 2 AND l.supplier_commit_date) AS numerator,
               count(*) AS denominator
          FROM purchase_order_lines l JOIN purchase_orders po ON po.id = l.purchase_order_id
         WHERE po.status <> 'cancelled' AND l.supplier_commit_date >= ($1::timestamptz AT TIME ZONE 'UTC')::date
           AND l.supplier_commit_date < ($2::timestamptz AT TIME ZONE 'UTC')::date`),
    };
    expect(served.get('dso')).toEqual(values(KPI.dso, raw.dso));
    expect(served.get('credit_hold_release_time')).toEqual(values(KPI.creditHoldReleaseTime, raw.release));
    expect(served.get('credit_hold_frequency')).toEqual(values(KPI.creditHoldFrequency, raw.frequency));
    expect(served.get('dispute_rate_order_quality')).toEqual(values(KPI.disputeRateOrderQuality, raw.orderQuality));
    expect(served.get('gross_margin_percent')).toEqual(values(KPI.grossMarginPercent, raw.grossMargin));
    expect(served.get('supplier_on_time_delivery')).toEqual(values(KPI.supplierOnTimeDelivery, raw.supplier));
    // the dataset is busy enough that these are real comparisons, not nulls against nulls
    for (const [kpi, weekly] of served) expect(weekly.filter((value) => value !== null).length, kpi).toBeGreaterThanOrEqual(6);
  });

  it('for the current (not yet due) AR behind best possible DSO', async () => {
    const response = await subgraphCaller(subgraph).post('query ($r: [_Any!]!) { _entities(representations: $r) { ... on KpiPeriod { bestPossibleDso { byWeek { numerator } } } } }', {
      r: [{ __typename: 'KpiPeriod', fromWeek: WEEKS[0], toWeek: WEEK }],
    });
    const served = (response.data as any)._entities[0].bestPossibleDso.byWeek.map((r: any) => r.numerator);
    const raw = await perWeek(`
      SELECT sum(i.amount_minor - coalesce((SELECT sum(p.amount_minor) FROM payments p WHERE p.invoice_id = i.id AND p.received_at < $2), 0)) / 100.0 AS numerator
        FROM invoices i
       WHERE i.status <> 'void' AND i.issued_at < $2 AND i.due_date >= (($2::timestamptz - interval '1 day') AT TIME ZONE 'UTC')::date`);
    expect(served).toEqual(raw.map((part) => part.numerator.toFixed(4)));
  });
});

describe('refreshAggregates', () => {
  it('rebuilds the aggregates from the raw rows, and running it again changes nothing', async () => {
    const revenueW44 = async () => {
      const response = await subgraphCaller(subgraph).post('query ($r: [_Any!]!) { _entities(representations: $r) { ... on KpiPeriod { revenue { reading { numerator } } } } }', {
        r: [{ __typename: 'KpiPeriod', fromWeek: WEEK, toWeek: WEEK }],
      });
      return Number((response.data as any)._entities[0].revenue.reading.numerator);
    };
    const before = await revenueW44();
    const [account] = await db.query<{ id: string }>('SELECT id FROM customer_accounts ORDER BY id LIMIT 1');
    await insertRows(db, 'invoices', [
      { id: 'INV-TEST', account_id: account!.id, order_id: null, sales_channel: null, issued_at: '2026-10-28T12:00:00Z', due_date: '2026-11-27', amount_minor: 12_345, status: 'open' },
    ]);
    // not visible until the aggregates are refreshed
    expect(await revenueW44()).toBe(before);
    await erpSubgraph.refreshAggregates!(db);
    expect(await revenueW44()).toBeCloseTo(before + 123.45, 2);
    const counts = async () => db.query('SELECT (SELECT count(*) FROM kpi_invoice_week) AS a, (SELECT count(*) FROM kpi_receivables_day) AS b, (SELECT count(*) FROM kpi_dispute_week) AS c');
    const first = await counts();
    await erpSubgraph.refreshAggregates!(db);
    expect(await counts()).toEqual(first);
  });
});
