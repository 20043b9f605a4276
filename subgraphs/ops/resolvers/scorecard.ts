import { GraphQLError } from 'graphql';
import { toFloat } from '../../../lib/convert.ts';
import { isoWeekStart } from '../../../lib/iso-week.ts';
import type { EscalationStepRow, KpiDefinitionRow } from '../db/rows.ts';
import type { ResolversTypes, ScorecardResolvers } from '../generated/resolvers.ts';
import { ACTIVE } from '../loaders.ts';
import { catalogEntry } from '../rules/kpi-catalog.ts';
import { periodDates } from '../rules/period.rules.ts';
import { judgeKpi, type ReceivedReading } from '../rules/scorecard.rules.ts';
import { escalationDue } from '../rules/status.rules.ts';

export const Scorecard: ScorecardResolvers = {
  // The representation is kept whole: through @requires it carries the ERP's and OMS's readings.
  __resolveReference: (reference) => (isoWeekStart(reference.week) ? reference : null),
  startsOn: ({ week }) => periodDates(week, week).startsOn,
  endsOn: ({ week }) => periodDates(week, week).endsOn,
  async kpis({ week, erpReadings, omsReadings }, _, { loaders }) {
    if (!erpReadings || !omsReadings) {
      throw new GraphQLError('kpis needs erpReadings from the ERP and omsReadings from the OMS; query it through the gateway');
    }
    const definitions = await loaders.activeDefinitions.load(ACTIVE);
    const paths = await Promise.all(definitions.map((definition) => loaders.escalationPath.load(definition.kpi)));
    const readings = { ERP: erpReadings, OMS: omsReadings };
    return definitions.map((definition, i) => scorecardKpi(definition, paths[i]!, readings, week));
  },
};

/** One definition judged on its domain's readings; a KPI is only read from the domain that owns it. */
function scorecardKpi(
  definition: KpiDefinitionRow,
  path: EscalationStepRow[],
  readings: Record<'ERP' | 'OMS', ReceivedReading[]>,
  week: string,
): ResolversTypes['ScorecardKpi'] {
  const entry = catalogEntry(definition.kpi);
  if (!entry) throw new GraphQLError(`OPS data is inconsistent: scorecard KPI "${definition.kpi}" is not in the catalog`);
  const thresholds = {
    target: toFloat(definition.target),
    warning: toFloat(definition.warning_threshold),
    breach: toFloat(definition.breach_threshold),
  };
  const verdict = judgeKpi(entry, definition.owner, thresholds, readings[entry.domain], week);
  return {
    definition,
    ...verdict,
    escalationDue: escalationDue(path, verdict.weeksInBreach, (step) => step.after_hours),
  };
}
