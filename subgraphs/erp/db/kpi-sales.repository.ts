import type { Db } from '../../../lib/db.ts';
import type { DisputeWeekRecord, InvoiceWeekRecord } from './rows.ts';

/** Reads of the invoice and dispute aggregates (kpi_invoice_week, kpi_dispute_week). Days are week Mondays. */

/** Per week: the total, and the same cut by segment and by sales channel (one grouping-sets scan). */
export function invoiceWeeks(db: Db, fromMonday: string, toMonday: string): Promise<InvoiceWeekRecord[]> {
  return db.query<InvoiceWeekRecord>(
    `SELECT week_start,
            CASE WHEN grouping(segment) = 0 THEN 'segment' WHEN grouping(sales_channel) = 0 THEN 'channel' END AS dimension,
            coalesce(segment, sales_channel) AS dimension_value,
            sum(invoices)::bigint AS invoices, sum(revenue_minor)::bigint AS revenue_minor,
            sum(cogs_minor)::bigint AS cogs_minor, sum(price_leakage_minor)::bigint AS price_leakage_minor
       FROM kpi_invoice_week
      WHERE week_start BETWEEN $1::date AND $2::date
      GROUP BY GROUPING SETS ((week_start), (week_start, segment), (week_start, sales_channel))
      ORDER BY week_start`,
    [fromMonday, toMonday],
  );
}

export function disputeWeeks(db: Db, fromMonday: string, toMonday: string): Promise<DisputeWeekRecord[]> {
  return db.query<DisputeWeekRecord>(
    `SELECT week_start, category, first_disputed_invoices, resolved_disputes, resolved_days
       FROM kpi_dispute_week
      WHERE week_start BETWEEN $1::date AND $2::date
      ORDER BY week_start, category`,
    [fromMonday, toMonday],
  );
}
