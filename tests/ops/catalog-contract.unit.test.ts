import { describe, expect, it } from 'vitest';
import { SCORECARD_KPIS as ERP_READINGS } from '../../subgraphs/erp/rules/kpi-catalog.ts';
import { SCORECARD_KPIS as OMS_READINGS } from '../../subgraphs/oms/rules/kpi-catalog.ts';
import { KPI_CATALOG } from '../../subgraphs/ops/rules/kpi-catalog.ts';

/**
 * The catalog names are the contract between the domains' weekly readings and the scorecard: a
 * KPI the scorecard judges must be one its domain reads, with the same unit and direction, or the
 * scorecard would show it as NO_DATA for ever (or judge it the wrong way round).
 */
describe('the ops KPI catalog against the readings the ERP and OMS serve', () => {
  const shape = (entry: { kpi?: string; name?: string; unit: string; direction: string }) => ({
    kpi: entry.kpi ?? entry.name, unit: entry.unit, direction: entry.direction,
  });
  const byName = (a: { kpi?: string }, b: { kpi?: string }) => (a.kpi ?? '').localeCompare(b.kpi ?? '');

  it('lists exactly the ERP readings as ERP KPIs', () => {
    expect(KPI_CATALOG.filter((e) => e.domain === 'ERP').map(shape).sort(byName)).toEqual(ERP_READINGS.map(shape).sort(byName));
  });

  it('lists exactly the OMS readings as OMS KPIs', () => {
    expect(KPI_CATALOG.filter((e) => e.domain === 'OMS').map(shape).sort(byName)).toEqual(OMS_READINGS.map(shape).sort(byName));
  });
});
