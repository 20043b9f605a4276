/**
 * Days sales outstanding (KPI standards, "Cash"). Pure functions; worked numbers in
 * tests/erp/dso.rules.unit.test.ts. Amounts may be in any one unit (minor or major), used consistently.
 */

/** The default method's window: credit sales of the trailing 91 days (13 ISO weeks). */
export const TRAILING_DAYS = 91;

/** Average credit sales per day over the trailing window: the DSO denominator. */
export function averageDailySales(sales: number, days = TRAILING_DAYS): number {
  return sales / days;
}

/** Default DSO: ending AR / credit sales of the trailing 91 days x 91; null without sales. */
export function trailingDso(receivable: number, trailingSales: number): number | null {
  return trailingSales === 0 ? null : (receivable / trailingSales) * TRAILING_DAYS;
}

export interface MonthSales {
  sales: number;
  /** Calendar days the month contributes (the elapsed days of a month still running). */
  days: number;
}

/**
 * Countback DSO: from the ending AR subtract each month's credit sales, newest first, adding
 * that month's days, until the remainder is less than a month's sales; then add remainder /
 * that month's sales x its days. When the AR exceeds every month's sales (history too short),
 * the days of every month are the answer: a floor, not the true value.
 */
export function countbackDso(receivable: number, monthsNewestFirst: readonly MonthSales[]): number {
  let remainder = receivable;
  let days = 0;
  for (const month of monthsNewestFirst) {
    if (remainder <= 0) break;
    if (remainder < month.sales) return days + (remainder / month.sales) * month.days;
    remainder -= month.sales;
    days += month.days;
  }
  return days;
}

/**
 * The months counted back from a period's last day, newest first: the month of `endDay` with
 * only its elapsed days (1st to endDay), then whole earlier months back to `firstMonth`.
 * `salesByMonth` maps 'YYYY-MM' to that month's credit sales up to endDay.
 */
export function monthsBackFrom(endDay: string, firstMonth: string, salesByMonth: ReadonlyMap<string, number>): MonthSales[] {
  const months: MonthSales[] = [];
  let year = Number(endDay.slice(0, 4));
  let month = Number(endDay.slice(5, 7));
  let days = Number(endDay.slice(8, 10));
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key < firstMonth) break;
    months.push({ sales: salesByMonth.get(key) ?? 0, days });
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
    days = daysInMonth(year, month);
  }
  return months;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
