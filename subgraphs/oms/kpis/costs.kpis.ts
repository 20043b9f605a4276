import { badUserInput } from '../../../lib/errors.ts';
import { money, toMinorBigInt } from '../../../lib/money.ts';
import type { OrderWeekAggregate } from '../db/kpi-rows.ts';
import { addServiceCosts, NO_SERVICE_COST, pickPackMinor, roundedDivision, serviceCost, type ServiceCost } from '../rules/cost-to-serve.rules.ts';
import { KPI } from '../rules/kpi-catalog.ts';
import { periodReading } from '../rules/kpi-measure.ts';
import { marginLeakage as leakage } from '../rules/leakage.rules.ts';
import { paymentTermsByAccount, required } from './erp-inputs.ts';
import { amountOf } from './parts.ts';
import type { KpiScope } from './period.ts';

/** Money KPIs over the orders placed in the period; costs follow the order (kpi_order_week). */

const sumMinor = (rows: readonly OrderWeekAggregate[], column: (row: OrderWeekAggregate) => string) =>
  rows.reduce((sum, row) => sum + toMinorBigInt(column(row)), 0n);

export async function marginLeakage({ period, parent, loaders }: KpiScope) {
  const price = required(parent.priceLeakage, 'priceLeakage', 'marginLeakage');
  const rows = await loaders.orderWeeks.load(period);
  const parts = leakage({
    expediteMinor: sumMinor(rows, (row) => row.expedite_minor),
    shortShipCreditMinor: sumMinor(rows, (row) => row.short_ship_credit_minor),
    reshipFreightMinor: sumMinor(rows, (row) => row.reship_freight_minor),
    returnCostMinor: sumMinor(rows, (row) => row.return_cost_minor),
    priceLeakageMinor: toMinorBigInt(price.minorUnits),
  });
  const revenue = sumMinor(rows, (row) => row.shipped_value_minor);
  return {
    expedite: money(parts.expedite),
    shortShip: money(parts.shortShip),
    returns: money(parts.returns),
    price: money(parts.price),
    total: money(parts.total),
    percentOfRevenue: periodReading(KPI.marginLeakagePercent, period, amountOf(parts.total), amountOf(revenue)),
  };
}

export async function fulfilmentCostTotals({ period, loaders }: KpiScope) {
  const rows = await loaders.orderWeeks.load(period);
  const linesPicked = rows.reduce((sum, row) => sum + row.lines_picked, 0);
  const shipmentsSent = rows.reduce((sum, row) => sum + row.shipments_sent, 0);
  return {
    outboundFreight: money(sumMinor(rows, (row) => row.freight_minor)),
    expedite: money(sumMinor(rows, (row) => row.expedite_minor)),
    pickPack: money(pickPackMinor(linesPicked, shipmentsSent)),
    returns: money(sumMinor(rows, (row) => row.return_cost_minor)),
    shortShip: money(sumMinor(rows, (row) => row.short_ship_credit_minor) + sumMinor(rows, (row) => row.reship_freight_minor)),
  };
}

const MAX_FIRST = 200;

interface CostGroup {
  value: string;
  orders: number;
  revenueMinor: bigint;
  cost: ServiceCost;
}

/**
 * Each account's (and channel's) activity costs at the configured rates, carrying cost at the
 * account's payment terms, then summed per account or per order type, most expensive first.
 */
export async function costToServe({ period, parent, loaders }: KpiScope, by: string, first: number) {
  if (first < 1 || first > MAX_FIRST) throw badUserInput('first', `must be between 1 and ${MAX_FIRST}, got ${first}`);
  const terms = paymentTermsByAccount(parent, 'costToServe');
  const rows = await loaders.orderWeeks.load(period);
  const dimension = by === 'ORDER_TYPE' ? 'order_type' : 'account';
  const groups = new Map<string, CostGroup>();
  for (const row of rows) {
    const value = dimension === 'account' ? row.account_id : row.channel;
    const group = groups.get(value) ?? { value, orders: 0, revenueMinor: 0n, cost: NO_SERVICE_COST };
    const shippedValueMinor = toMinorBigInt(row.shipped_value_minor);
    const cost = serviceCost(
      {
        orders: row.orders_placed,
        linesPicked: row.lines_picked,
        shipmentsSent: row.shipments_sent,
        freightMinor: toMinorBigInt(row.freight_minor),
        expediteMinor: toMinorBigInt(row.expedite_minor),
        returns: row.returns,
        shippedValueMinor,
      },
      // An account the ERP does not know carries no terms cost rather than failing the whole list.
      terms.get(row.account_id) ?? 0,
    );
    groups.set(value, { value, orders: group.orders + row.orders_placed, revenueMinor: group.revenueMinor + shippedValueMinor, cost: addServiceCosts(group.cost, cost) });
  }
  return [...groups.values()]
    .sort((a, b) => (a.cost.total === b.cost.total ? a.value.localeCompare(b.value) : a.cost.total < b.cost.total ? 1 : -1))
    .slice(0, first)
    .map((group) => ({
      dimension,
      dimensionValue: group.value,
      orders: group.orders,
      revenue: money(group.revenueMinor),
      picking: money(group.cost.picking),
      handling: money(group.cost.handling),
      freight: money(group.cost.freight),
      expeditePremium: money(group.cost.expeditePremium),
      returnsHandling: money(group.cost.returnsHandling),
      paymentTermsCarrying: money(group.cost.paymentTermsCarrying),
      total: money(group.cost.total),
      perOrder: group.orders === 0 ? null : money(roundedDivision(group.cost.total, BigInt(group.orders))),
      percentOfRevenue: periodReading(KPI.costToServePercent, period, amountOf(group.cost.total), amountOf(group.revenueMinor), {
        dimension,
        dimensionValue: group.value,
      }),
    }));
}
