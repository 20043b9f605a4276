import { toFloat } from '../../../lib/convert.ts';
import { minorToDecimal, toMinorBigInt } from '../../../lib/money.ts';
import type { KpiPeriodRow } from '../db/rows.ts';
import type { KpiPart } from '../rules/kpi-measure.ts';
import { weekOfMonday } from '../rules/kpi-period.ts';
import { segmentsByAccount } from './erp-inputs.ts';

/** Turning weekly aggregate rows into KPI parts: numerator and denominator per week and dimension value. */

/** A row cut by a dimension: its name in readings and the value a row has for it. */
export interface Cut<Row> {
  dimension: string;
  valueOf: (row: Row) => string;
}

/** Cuts of rows kept per account and channel: by the account's segment (ERP) or by channel. */
export function accountCut<Row extends { account_id: string; channel: string }>(
  by: string | null | undefined,
  period: KpiPeriodRow,
  field: string,
): Cut<Row> | null {
  if (by === 'SEGMENT') {
    const segments = segmentsByAccount(period, field);
    return { dimension: 'segment', valueOf: (row) => segments.get(row.account_id) ?? 'unknown' };
  }
  if (by === 'CHANNEL') return { dimension: 'channel', valueOf: (row) => row.channel };
  return null;
}

/** Parts of a KPI from weekly rows: the numerator and denominator of each row, tagged with its week and cut. */
export function partsOf<Row extends { week_start: string }>(
  rows: readonly Row[],
  ratio: (row: Row) => [numerator: number | string, denominator: number | string],
  cut: Cut<Row> | null = null,
) {
  return rows.map((row): KpiPart => {
    const [numerator, denominator] = ratio(row);
    return {
      week: weekOfMonday(row.week_start),
      dimensionValue: cut ? cut.valueOf(row) : null,
      numerator: toFloat(numerator),
      denominator: toFloat(denominator),
    };
  });
}

/** Money in minor units (bigint or pg int8 string) as currency units, for a reading's numerator or denominator. */
export function amountOf(minor: bigint | string): number {
  return toFloat(minorToDecimal(toMinorBigInt(minor)));
}
