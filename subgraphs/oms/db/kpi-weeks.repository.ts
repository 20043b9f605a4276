import type { Db } from '../../../lib/db.ts';
import type {
  BackorderWeekAggregate,
  DeliveryWeekAggregate,
  ExceptionWeekAggregate,
  OrderWeekAggregate,
  QuoteLossWeekAggregate,
  QuoteWeekAggregate,
  ReturnWeekAggregate,
  ShipmentWeekAggregate,
  SkuWeekAggregate,
  WeekTotalsAggregate,
} from './kpi-rows.ts';

/**
 * Reads of the weekly KPI aggregates for a range of weeks, given by their Mondays (inclusive).
 * Each is one indexed range scan of a table whose size per week does not grow with history.
 */

const WEEKS = 'week_start BETWEEN $1::date AND $2::date';

export function orderWeeks(db: Db, fromMonday: string, toMonday: string): Promise<OrderWeekAggregate[]> {
  return db.query<OrderWeekAggregate>(`SELECT * FROM kpi_order_week WHERE ${WEEKS}`, [fromMonday, toMonday]);
}

export function deliveryWeeks(db: Db, fromMonday: string, toMonday: string): Promise<DeliveryWeekAggregate[]> {
  return db.query<DeliveryWeekAggregate>(`SELECT * FROM kpi_delivery_week WHERE ${WEEKS}`, [fromMonday, toMonday]);
}

export function skuWeeks(db: Db, fromMonday: string, toMonday: string): Promise<SkuWeekAggregate[]> {
  return db.query<SkuWeekAggregate>(`SELECT * FROM kpi_sku_week WHERE ${WEEKS}`, [fromMonday, toMonday]);
}

export function backorderWeeks(db: Db, fromMonday: string, toMonday: string): Promise<BackorderWeekAggregate[]> {
  return db.query<BackorderWeekAggregate>(`SELECT * FROM kpi_backorder_week WHERE ${WEEKS}`, [fromMonday, toMonday]);
}

export function shipmentWeeks(db: Db, fromMonday: string, toMonday: string): Promise<ShipmentWeekAggregate[]> {
  return db.query<ShipmentWeekAggregate>(`SELECT * FROM kpi_shipment_week WHERE ${WEEKS}`, [fromMonday, toMonday]);
}

export function quoteWeeks(db: Db, fromMonday: string, toMonday: string): Promise<QuoteWeekAggregate[]> {
  return db.query<QuoteWeekAggregate>(`SELECT * FROM kpi_quote_week WHERE ${WEEKS}`, [fromMonday, toMonday]);
}

export function quoteLossWeeks(db: Db, fromMonday: string, toMonday: string): Promise<QuoteLossWeekAggregate[]> {
  return db.query<QuoteLossWeekAggregate>(`SELECT * FROM kpi_quote_loss_week WHERE ${WEEKS}`, [fromMonday, toMonday]);
}

export function returnWeeks(db: Db, fromMonday: string, toMonday: string): Promise<ReturnWeekAggregate[]> {
  return db.query<ReturnWeekAggregate>(
    `SELECT week_start, count(*) AS credited, sum(customer_days) AS customer_days,
            count(internal_days) AS received, COALESCE(sum(internal_days), 0) AS internal_days
       FROM kpi_credited_return WHERE ${WEEKS} GROUP BY week_start`,
    [fromMonday, toMonday],
  );
}

export function exceptionWeeks(db: Db, fromMonday: string, toMonday: string): Promise<ExceptionWeekAggregate[]> {
  return db.query<ExceptionWeekAggregate>(`SELECT * FROM kpi_exception_week WHERE ${WEEKS}`, [fromMonday, toMonday]);
}

export function weekTotals(db: Db, fromMonday: string, toMonday: string): Promise<WeekTotalsAggregate[]> {
  return db.query<WeekTotalsAggregate>(`SELECT * FROM kpi_week_totals WHERE ${WEEKS} ORDER BY week_start`, [fromMonday, toMonday]);
}
