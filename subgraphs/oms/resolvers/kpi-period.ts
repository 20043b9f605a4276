import type { KpiPeriodResolvers } from '../generated/resolvers.ts';
import { backorderDaysOutstanding, backorderIncidence } from '../kpis/backorders.kpis.ts';
import { costToServe, fulfilmentCostTotals, marginLeakage } from '../kpis/costs.kpis.ts';
import { exceptionOwnerCoverage, topExceptions } from '../kpis/exceptions.kpis.ts';
import { lineFillRate, orderFillRate, otif, perfectOrder, unitFillRate } from '../kpis/fulfilment.kpis.ts';
import { ordersPlacedByWeek, skuWeeklyDemand } from '../kpis/feeds.ts';
import { campaignInfluencedOrders, cancellationRate, repeatOrderRate, selfServeOrderPenetration, substitutionRate } from '../kpis/orders.kpis.ts';
import { kpiScope } from '../kpis/period.ts';
import { quoteWinLoss } from '../kpis/quotes.kpis.ts';
import { onHandVsAtpVariance } from '../kpis/stock.kpis.ts';
import { pickPackSlaAdherence, pickToShipHours, returnCycleTime } from '../kpis/warehouse.kpis.ts';
import { kpiPeriod } from '../rules/kpi-period.ts';

export const kpiPeriodResolvers: KpiPeriodResolvers = {
  // ops owns periods. The representation is kept whole: through @requires it carries the ERP's
  // inputs. A malformed key is an unknown period: null.
  __resolveReference: (reference) => (kpiPeriod(reference.fromWeek, reference.toWeek) ? reference : null),

  perfectOrderRate: (p, { by }, { loaders }) => perfectOrder(kpiScope(p, loaders.kpi), by),
  otif: (p, _, { loaders }) => otif(kpiScope(p, loaders.kpi)),
  lineFillRate: (p, _, { loaders }) => lineFillRate(kpiScope(p, loaders.kpi)),
  orderFillRate: (p, _, { loaders }) => orderFillRate(kpiScope(p, loaders.kpi)),
  unitFillRate: (p, _, { loaders }) => unitFillRate(kpiScope(p, loaders.kpi)),
  cancellationRate: (p, { by }, { loaders }) => cancellationRate(kpiScope(p, loaders.kpi), by),
  substitutionRate: (p, { by }, { loaders }) => substitutionRate(kpiScope(p, loaders.kpi), by),
  backorderIncidence: (p, { by }, { loaders }) => backorderIncidence(kpiScope(p, loaders.kpi), by),
  backorderDaysOutstanding: (p, _, { loaders }) => backorderDaysOutstanding(kpiScope(p, loaders.kpi)),
  returnCycleTime: (p, _, { loaders }) => returnCycleTime(kpiScope(p, loaders.kpi)),
  pickPackSlaAdherence: (p, { by }, { loaders }) => pickPackSlaAdherence(kpiScope(p, loaders.kpi), by),
  pickToShipHours: (p, _, { loaders }) => pickToShipHours(kpiScope(p, loaders.kpi)),
  quoteToOrder: (p) => p,
  repeatOrderRate: (p, { by }, { loaders }) => repeatOrderRate(kpiScope(p, loaders.kpi), by),
  selfServeOrderPenetration: (p, { by }, { loaders }) => selfServeOrderPenetration(kpiScope(p, loaders.kpi), by),
  campaignInfluencedOrders: (p, { by }, { loaders }) => campaignInfluencedOrders(kpiScope(p, loaders.kpi), by),
  quoteWinLoss: (p, _, { loaders }) => quoteWinLoss(kpiScope(p, loaders.kpi)),
  topExceptions: (p, { rankBy, first }, { loaders }) => topExceptions(kpiScope(p, loaders.kpi), rankBy, first),
  exceptionOwnerCoverage: (p, _, { loaders }) => exceptionOwnerCoverage(kpiScope(p, loaders.kpi)),
  marginLeakage: (p, _, { loaders }) => marginLeakage(kpiScope(p, loaders.kpi)),
  costToServe: (p, { by, first }, { loaders }) => costToServe(kpiScope(p, loaders.kpi), by, first),
  onHandVsAtpVariance: (p, { by }, { loaders }) => onHandVsAtpVariance(kpiScope(p, loaders.kpi), by),

  ordersPlacedByWeek: (p, _, { loaders }) => ordersPlacedByWeek(kpiScope(p, loaders.kpi).period, loaders.kpi),
  fulfilmentCostTotals: (p, _, { loaders }) => fulfilmentCostTotals(kpiScope(p, loaders.kpi)),
  skuWeeklyDemand: (p, _, { loaders }) => skuWeeklyDemand(kpiScope(p, loaders.kpi).period, loaders.kpi),
};
