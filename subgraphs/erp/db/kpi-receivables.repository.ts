import type { Db } from '../../../lib/db.ts';
import { TRAILING_DAYS } from '../rules/dso.rules.ts';
import type { MonthlySalesRecord, ReceivableSnapshotRecord } from './rows.ts';

/**
 * Receivables as of the end of given days, per cohort: the cohort's latest running balances on or
 * before each day, and its credit sales of the trailing 91 days as the difference of its
 * invoiced-to-date then and 91 days earlier. Two index probes per day and cohort, however long
 * the history.
 */
export function receivableSnapshots(db: Db, endDays: readonly string[]): Promise<ReceivableSnapshotRecord[]> {
  return db.query<ReceivableSnapshotRecord>(
    `SELECT e.end_day::text AS end_day, c.cohort, now.receivable_minor, now.current_minor,
            (now.invoiced_to_date_minor - coalesce(before.invoiced_to_date_minor, 0))::bigint AS trailing_sales_minor
       FROM unnest($1::date[]) AS e(end_day)
      CROSS JOIN (SELECT DISTINCT cohort FROM customer_accounts) c
      CROSS JOIN LATERAL (SELECT f.receivable_minor, f.current_minor, f.invoiced_to_date_minor
                            FROM kpi_receivables_day f WHERE f.cohort = c.cohort AND f.day <= e.end_day
                           ORDER BY f.day DESC LIMIT 1) now
       LEFT JOIN LATERAL (SELECT f.invoiced_to_date_minor
                            FROM kpi_receivables_day f WHERE f.cohort = c.cohort AND f.day <= e.end_day - $2::int
                           ORDER BY f.day DESC LIMIT 1) before ON true
      ORDER BY 1, 2`,
    [endDays, TRAILING_DAYS],
  );
}

/** Credit sales per cohort and calendar month up to each end day (the month of the end day partly). */
export function monthlyCreditSales(db: Db, endDays: readonly string[]): Promise<MonthlySalesRecord[]> {
  return db.query<MonthlySalesRecord>(
    `SELECT e.end_day::text AS end_day, f.cohort, to_char(f.day, 'YYYY-MM') AS month, sum(f.invoiced_minor)::bigint AS sales_minor
       FROM unnest($1::date[]) AS e(end_day)
       JOIN kpi_receivables_day f ON f.day <= e.end_day
      GROUP BY 1, 2, 3
      ORDER BY 1, 2, 3`,
    [endDays],
  );
}
