import { badUserInput } from '../../lib/errors.ts';
import type { Db } from '../../lib/db.ts';
import type { Context } from './context.ts';
import { recordScorecardChange, type ScorecardChange } from './db/audit.repository.ts';
import type { EscalationStepRow, KpiDefinitionRow } from './db/rows.ts';
import {
  activateDefinition,
  activeDefinitionCount,
  escalationStepsByKpis,
  lockScorecard,
  reassignDefinition,
  replaceEscalationPath,
  retireDefinition,
  scorecardDefinitionByKpi,
  updateDefinition,
} from './db/scorecard.repository.ts';
import type { AddScorecardKpiInput, UpdateScorecardKpiInput } from './generated/resolvers.ts';
import { checkEscalationPath, checkThresholds, MAX_ACTIVE_KPIS, requireCatalogKpi, requiredText } from './rules/definition.rules.ts';

/**
 * The four changes to the scorecard. Each checks its input before touching the database, then
 * runs in one transaction that locks the scorecard, re-checks what depends on its current state
 * (already active, 12 active, retired), writes, and records the change with the caller's name.
 * A refused change leaves everything as it was.
 */
const OWNER = 'the person or role who owns the KPI';

export async function addScorecardKpi(context: Context, input: AddScorecardKpiInput): Promise<KpiDefinitionRow> {
  const entry = requireCatalogKpi(input.name, 'input.name');
  const owner = requiredText(input.owner, 'input.owner', OWNER);
  const title = input.title == null ? entry.title : requiredText(input.title, 'input.title', 'the title to show');
  checkThresholds(entry, input);
  const steps = checkEscalationPath(input.escalationPath, 'input.escalationPath');
  return change(context, entry.name, 'add', async (tx, current) => {
    if (current?.active) {
      throw badUserInput('input.name', `"${entry.name}" is already on the scorecard (owner: ${current.owner ?? 'nobody'}); change it with updateScorecardKpi or reassignScorecardKpi`);
    }
    const active = await activeDefinitionCount(tx);
    if (active >= MAX_ACTIVE_KPIS) {
      throw badUserInput('input.name', `cannot add "${entry.name}": the scorecard already has ${active} active KPIs, the most it may carry; retire one first`);
    }
    const row = await activateDefinition(tx, { kpi: entry.name, title, owner, ...thresholdsOf(input) });
    return { row, path: await replaceEscalationPath(tx, entry.name, steps) };
  });
}

export async function updateScorecardKpi(context: Context, name: string, input: UpdateScorecardKpiInput): Promise<KpiDefinitionRow> {
  const entry = requireCatalogKpi(name, 'name');
  const given = Object.entries(input).filter(([, value]) => value != null).map(([field]) => field);
  if (given.length === 0) throw badUserInput('input', 'changes nothing: give at least one of title, target, warningThreshold, breachThreshold, escalationPath');
  const title = input.title == null ? null : requiredText(input.title, 'input.title', 'the title to show');
  const steps = input.escalationPath == null ? null : checkEscalationPath(input.escalationPath, 'input.escalationPath');
  return change(context, entry.name, 'update', async (tx, current, currentPath) => {
    const active = requireActive(current, entry.name, 'name');
    const thresholds = {
      target: input.target ?? active.target,
      warningThreshold: input.warningThreshold ?? active.warning_threshold,
      breachThreshold: input.breachThreshold ?? active.breach_threshold,
    };
    checkThresholds(entry, thresholds);
    const row = await updateDefinition(tx, { kpi: entry.name, title: title ?? active.title, ...thresholds });
    return { row, path: steps ? await replaceEscalationPath(tx, entry.name, steps) : currentPath };
  });
}

export async function retireScorecardKpi(context: Context, name: string): Promise<KpiDefinitionRow> {
  const entry = requireCatalogKpi(name, 'name');
  return change(context, entry.name, 'retire', async (tx, current, path) => {
    requireActive(current, entry.name, 'name');
    return { row: await retireDefinition(tx, entry.name), path };
  });
}

export async function reassignScorecardKpi(context: Context, name: string, owner: string): Promise<KpiDefinitionRow> {
  const entry = requireCatalogKpi(name, 'name');
  const newOwner = requiredText(owner, 'owner', OWNER);
  return change(context, entry.name, 'reassign', async (tx, current, path) => {
    requireActive(current, entry.name, 'name');
    return { row: await reassignDefinition(tx, entry.name, newOwner), path };
  });
}

type Written = { row: KpiDefinitionRow; path: EscalationStepRow[] };

/** Runs one change under the scorecard lock and audits it; the request's loaders see the result. */
async function change(
  { db, loaders, actor }: Context,
  kpi: string,
  action: ScorecardChange['action'],
  write: (tx: Db, current: KpiDefinitionRow | null, currentPath: EscalationStepRow[]) => Promise<Written>,
): Promise<KpiDefinitionRow> {
  const { row, path } = await db.transaction(async (tx) => {
    await lockScorecard(tx);
    const current = await scorecardDefinitionByKpi(tx, kpi);
    const currentPath = current ? await escalationStepsByKpis(tx, [kpi]) : [];
    const written = await write(tx, current, currentPath);
    await recordScorecardChange(tx, {
      kpi,
      action,
      actor,
      before: current ? snapshot(current, currentPath) : null,
      after: snapshot(written.row, written.path),
    });
    return written;
  });
  loaders.activeDefinitions.clearAll();
  loaders.escalationPath.clear(kpi).prime(kpi, path);
  return row;
}

function requireActive(current: KpiDefinitionRow | null, kpi: string, argumentName: string): KpiDefinitionRow {
  if (!current?.active) {
    throw badUserInput(argumentName, `"${kpi}" is not on the scorecard${current ? ' (it was retired)' : ''}; add it with addScorecardKpi`);
  }
  return current;
}

function thresholdsOf(input: { target: string; warningThreshold: string; breachThreshold: string }) {
  return { target: input.target, warningThreshold: input.warningThreshold, breachThreshold: input.breachThreshold };
}

/** The definition as the audit trail records it (the same shape as the default scorecard's entries). */
function snapshot(row: KpiDefinitionRow, path: readonly EscalationStepRow[]) {
  return {
    title: row.title,
    owner: row.owner,
    target: row.target,
    warningThreshold: row.warning_threshold,
    breachThreshold: row.breach_threshold,
    active: row.active,
    position: row.position,
    escalationPath: path.map((step) => ({ afterHours: step.after_hours, notify: step.notify, channel: step.channel })),
  };
}
