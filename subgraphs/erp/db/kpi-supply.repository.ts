import type { Db } from '../../../lib/db.ts';
import type { AgingRecord, ForecastRecord, InboundEtaWeekRecord, SupplierWeekRecord } from './rows.ts';

export function supplierWeeks(db: Db, fromMonday: string, toMonday: string): Promise<SupplierWeekRecord[]> {
  return db.query<SupplierWeekRecord>(
    `SELECT week_start, supplier_id, lines_due, lines_on_time
       FROM kpi_supplier_week
      WHERE week_start BETWEEN $1::date AND $2::date
      ORDER BY week_start, supplier_id`,
    [fromMonday, toMonday],
  );
}

export function inboundEtaWeeks(db: Db, fromMonday: string, toMonday: string): Promise<InboundEtaWeekRecord[]> {
  return db.query<InboundEtaWeekRecord>(
    `SELECT week_start, supplier_id, receipts, within_two_days, abs_error_days, error_days
       FROM kpi_inbound_eta_week
      WHERE week_start BETWEEN $1::date AND $2::date
      ORDER BY week_start, supplier_id`,
    [fromMonday, toMonday],
  );
}

const AGING_DIMENSIONS = { family: 'i.family', branch: 'l.branch_code' } as const;

/**
 * The FIFO layers on hand, aged to each end day (layers received after it are left out), summed
 * by family or branch and age bucket: width_bucket over the buckets' lower bounds gives the
 * bucket's index (rules/aging.rules.ts).
 */
export function agedLayers(db: Db, endDays: readonly string[], by: keyof typeof AGING_DIMENSIONS, bucketBounds: readonly number[]): Promise<AgingRecord[]> {
  return db.query<AgingRecord>(
    `SELECT e.end_day::text AS end_day, ${AGING_DIMENSIONS[by]} AS dimension_value,
            width_bucket(e.end_day - l.received_on, $2::int[]) AS bucket,
            sum(l.quantity)::bigint AS quantity, sum(l.quantity * l.unit_cost_minor)::bigint AS value_minor
       FROM unnest($1::date[]) AS e(end_day)
       JOIN inventory_layers l ON l.received_on <= e.end_day
       JOIN items i ON i.sku = l.sku
      GROUP BY 1, 2, 3
      ORDER BY 1, 2, 3`,
    [endDays, bucketBounds],
  );
}

/** Forecast snapshots of one lag for the weeks starting between two Mondays. */
export function forecastsByLag(db: Db, lagWeeks: number, fromMonday: string, toMonday: string): Promise<ForecastRecord[]> {
  return db.query<ForecastRecord>(
    `SELECT sku, week_start, forecast_quantity
       FROM demand_forecasts
      WHERE lag_weeks = $1 AND week_start BETWEEN $2::date AND $3::date`,
    [lagWeeks, fromMonday, toMonday],
  );
}
