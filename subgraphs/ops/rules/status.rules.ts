import type { KpiDirection } from '../../../lib/kpi.ts';

/**
 * How the scorecard judges a KPI. A threshold is inclusive: a higher-is-better KPI exactly at its
 * breach threshold is in breach. Ownership comes first, because a KPI nobody owns is not a real
 * KPI: it is flagged UNOWNED whatever its value, and never shown as fine.
 */
export type ThresholdStatus = 'OK' | 'WARNING' | 'BREACH';
export type KpiStatus = ThresholdStatus | 'UNOWNED' | 'NO_DATA';

export interface Thresholds {
  target: number;
  warning: number;
  breach: number;
}

export const HOURS_PER_WEEK = 168;

export function thresholdStatus(value: number, direction: KpiDirection, thresholds: Thresholds): ThresholdStatus {
  if (direction === 'HIGHER_IS_BETTER') {
    if (value <= thresholds.breach) return 'BREACH';
    if (value <= thresholds.warning) return 'WARNING';
    return 'OK';
  }
  if (value >= thresholds.breach) return 'BREACH';
  if (value >= thresholds.warning) return 'WARNING';
  return 'OK';
}

export function kpiStatus(value: number | null, owner: string | null, direction: KpiDirection, thresholds: Thresholds): KpiStatus {
  if (owner === null) return 'UNOWNED';
  if (value === null) return 'NO_DATA';
  return thresholdStatus(value, direction, thresholds);
}

/**
 * Which threshold breaks the order the direction needs (higher is better: breach < warning <=
 * target; lower is better: target <= warning < breach), or null when they are consistent.
 */
export function thresholdInconsistency(
  direction: KpiDirection,
  { target, warning, breach }: Thresholds,
): { field: 'warningThreshold' | 'breachThreshold'; problem: string } | null {
  if (direction === 'HIGHER_IS_BETTER') {
    if (warning > target) return { field: 'warningThreshold', problem: `must be at or below the target (${target}) when higher is better; got ${warning}` };
    if (breach >= warning) return { field: 'breachThreshold', problem: `must be below the warning threshold (${warning}) when higher is better; got ${breach}` };
    return null;
  }
  if (warning < target) return { field: 'warningThreshold', problem: `must be at or above the target (${target}) when lower is better; got ${warning}` };
  if (breach <= warning) return { field: 'breachThreshold', problem: `must be above the warning threshold (${warning}) when lower is better; got ${breach}` };
  return null;
}

/**
 * Consecutive weeks in breach ending with the last value (values oldest first). A week without a
 * value ends the run: nothing was measured, so nothing says the breach went on.
 */
export function weeksInBreach(values: readonly (number | null)[], direction: KpiDirection, thresholds: Thresholds): number {
  let weeks = 0;
  for (let i = values.length - 1; i >= 0; i -= 1) {
    const value = values[i];
    if (value === null || value === undefined || thresholdStatus(value, direction, thresholds) !== 'BREACH') break;
    weeks += 1;
  }
  return weeks;
}

/** The steps due after `weeks` weeks in breach: afterHours <= weeks x 168. None when not in breach. */
export function escalationDue<Step>(steps: readonly Step[], weeks: number, afterHoursOf: (step: Step) => number): Step[] {
  if (weeks <= 0) return [];
  return steps.filter((step) => afterHoursOf(step) <= weeks * HOURS_PER_WEEK);
}
