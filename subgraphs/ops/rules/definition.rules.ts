import { toFloat } from '../../../lib/convert.ts';
import { badUserInput } from '../../../lib/errors.ts';
import { catalogEntry, KPI_NAMES, type KpiCatalogEntry } from './kpi-catalog.ts';
import { thresholdInconsistency } from './status.rules.ts';

/**
 * Checks on a scorecard definition before anything is written. Each failure is a BAD_USER_INPUT
 * naming the input field ("input.owner", "input.escalationPath[1].afterHours") so the caller can
 * fix the call; the values come back trimmed, ready to store.
 */
export const MAX_ACTIVE_KPIS = 12;
const MAX_TEXT = 200;

export interface EscalationStepValues {
  afterHours: number;
  notify: string;
  /** Database value: email, slack or page. */
  channel: string;
}

export interface ThresholdValues {
  target: string;
  warningThreshold: string;
  breachThreshold: string;
}

/** The catalog entry for `name`, or an error listing the names the catalog has. */
export function requireCatalogKpi(name: string, argumentName: string): KpiCatalogEntry {
  const entry = catalogEntry(name);
  if (!entry) throw badUserInput(argumentName, `names no KPI in the catalog: "${name}". Valid names: ${KPI_NAMES.join(', ')}`);
  return entry;
}

/** A person or role, trimmed; blank is refused. */
export function requiredText(value: string, argumentName: string, what: string): string {
  const text = value.trim();
  if (text === '') throw badUserInput(argumentName, `must name ${what}; it is blank`);
  if (text.length > MAX_TEXT) throw badUserInput(argumentName, `must be at most ${MAX_TEXT} characters; it has ${text.length}`);
  return text;
}

/**
 * Thresholds as numbers the catalog direction accepts: not negative, at most 100 for a
 * percentage, and ordered breach < warning <= target (higher is better) or target <= warning <
 * breach (lower is better).
 */
export function checkThresholds(entry: KpiCatalogEntry, values: ThresholdValues, inputName = 'input'): void {
  const numbers = { target: toFloat(values.target), warning: toFloat(values.warningThreshold), breach: toFloat(values.breachThreshold) };
  const fields = [['target', numbers.target], ['warningThreshold', numbers.warning], ['breachThreshold', numbers.breach]] as const;
  for (const [field, value] of fields) {
    if (value < 0) throw badUserInput(`${inputName}.${field}`, `must not be negative for ${entry.name}; got ${value}`);
    if (entry.unit === 'PERCENT' && value > 100) throw badUserInput(`${inputName}.${field}`, `must be a percentage from 0 to 100 for ${entry.name}; got ${value}`);
  }
  const inconsistency = thresholdInconsistency(entry.direction, numbers);
  if (inconsistency) throw badUserInput(`${inputName}.${inconsistency.field}`, `${inconsistency.problem} (${entry.name})`);
}

/** At least one step, afterHours not negative and ascending, every step naming whom to tell. */
export function checkEscalationPath(steps: readonly EscalationStepValues[], argumentName: string): EscalationStepValues[] {
  if (steps.length === 0) throw badUserInput(argumentName, 'needs at least one step: who is told when the KPI breaches');
  return steps.map((step, index) => {
    const at = `${argumentName}[${index}]`;
    if (step.afterHours < 0) throw badUserInput(`${at}.afterHours`, `must not be negative; got ${step.afterHours}`);
    const previous = steps[index - 1];
    if (previous && step.afterHours < previous.afterHours) {
      throw badUserInput(`${at}.afterHours`, `must not be less than the previous step's (${previous.afterHours}); steps are in ascending order of hours, got ${step.afterHours}`);
    }
    return { afterHours: step.afterHours, notify: requiredText(step.notify, `${at}.notify`, 'the person or role to notify'), channel: step.channel };
  });
}
