import { GraphQLError } from 'graphql';
import type { KpiDefinitionRow } from '../db/rows.ts';
import type { KpiDefinitionResolvers } from '../generated/resolvers.ts';
import { catalogEntry, type KpiCatalogEntry } from '../rules/kpi-catalog.ts';

export const KpiDefinition: KpiDefinitionResolvers = {
  name: (row) => row.kpi,
  description: (row) => entryOf(row).description,
  unit: (row) => entryOf(row).unit,
  direction: (row) => entryOf(row).direction,
  warningThreshold: (row) => row.warning_threshold,
  breachThreshold: (row) => row.breach_threshold,
  escalationPath: (row, _, { loaders }) => loaders.escalationPath.load(row.kpi),
  updatedAt: (row) => row.updated_at,
  retiredAt: (row) => row.retired_at,
};

/** A stored definition whose name left the catalog is a broken invariant, not a caller's mistake. */
function entryOf(row: KpiDefinitionRow): KpiCatalogEntry {
  const entry = catalogEntry(row.kpi);
  if (!entry) throw new GraphQLError(`OPS data is inconsistent: scorecard KPI "${row.kpi}" is not in the catalog`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  return entry;
}
