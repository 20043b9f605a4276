import type { KpiDirection, KpiUnit } from '../../../lib/kpi.ts';

/**
 * The scorecard-eligible KPIs: the contract between the domains that compute weekly readings
 * (erpReadings, omsReadings) and the scorecard that judges them. Names, units and directions must
 * match the domains'; formulas follow the project's KPI standards, and a "project definition" says so.
 */
export type KpiDomain = 'ERP' | 'OMS';

export interface KpiCatalogEntry {
  name: string;
  title: string;
  description: string;
  unit: KpiUnit;
  direction: KpiDirection;
  domain: KpiDomain;
}

const HIGHER: KpiDirection = 'HIGHER_IS_BETTER';
const LOWER: KpiDirection = 'LOWER_IS_BETTER';

export const KPI_CATALOG: readonly KpiCatalogEntry[] = [
  {
    name: 'quote_to_order_cycle_time', title: 'Quote-to-order cycle time', unit: 'DAYS', direction: LOWER, domain: 'OMS',
    description: 'Sum of (order placed - quote issued) in days / quotes converted to an order, by the week the order was placed.',
  },
  {
    name: 'quote_conversion_rate', title: 'Quote conversion rate', unit: 'PERCENT', direction: HIGHER, domain: 'OMS',
    description: 'Quotes converted to an order within 30 days of issue / quotes issued, by the week the quote was issued.',
  },
  {
    name: 'perfect_order_rate', title: 'Perfect order rate', unit: 'PERCENT', direction: HIGHER, domain: 'OMS',
    description:
      'SCOR RL.1.1: perfect orders / orders delivered in the week, customer cancellations excluded. Perfect = every line delivered in full, ' +
      'on or before the promised date, no documentation dispute and no damage; an order failing several criteria counts once.',
  },
  {
    name: 'otif', title: 'On time in full (OTIF)', unit: 'PERCENT', direction: HIGHER, domain: 'OMS',
    description: 'Orders delivered on time (by the end of the promised date, UTC) and in full / orders delivered in the week; a per-order mean, not a product of two rates.',
  },
  {
    name: 'line_fill_rate', title: 'Line fill rate', unit: 'PERCENT', direction: HIGHER, domain: 'OMS',
    description: 'Order lines shipped complete as of their last shipment / lines requested, by the week the order was placed.',
  },
  {
    name: 'unit_fill_rate', title: 'Unit fill rate', unit: 'PERCENT', direction: HIGHER, domain: 'OMS',
    description: 'Units shipped / units ordered, by the week the order was placed.',
  },
  {
    name: 'cancellation_rate', title: 'Cancellation rate', unit: 'PERCENT', direction: LOWER, domain: 'OMS',
    description: 'Orders cancelled (by the customer or for a supplier stockout) / orders placed, by the week the order was placed.',
  },
  {
    name: 'substitution_rate', title: 'Substitution rate', unit: 'PERCENT', direction: LOWER, domain: 'OMS',
    description: 'Order lines shipped with a substitute SKU / lines ordered, by the week the order was placed.',
  },
  {
    name: 'backorder_days_outstanding', title: 'Backorder days outstanding', unit: 'DAYS', direction: LOWER, domain: 'OMS',
    description: 'Project definition: the average age in days of open backorder lines, from the original promise date to the end of the week.',
  },
  {
    name: 'return_cycle_time', title: 'Return cycle time', unit: 'DAYS', direction: LOWER, domain: 'OMS',
    description: 'Mean days from return requested to credited, for returns credited in the week.',
  },
  {
    name: 'pick_pack_sla_adherence', title: 'Pick/pack SLA adherence', unit: 'PERCENT', direction: HIGHER, domain: 'OMS',
    description: 'Shipments packed and staged by their ship cutoff / shipments whose ship-by cutoff falls in the week.',
  },
  {
    name: 'self_serve_order_penetration', title: 'Self-serve order penetration', unit: 'PERCENT', direction: HIGHER, domain: 'OMS',
    description: 'Project definition: orders placed through the portal or the API / orders placed in the week (EDI is automated but not self-serve).',
  },
  {
    name: 'repeat_order_rate', title: 'Repeat order rate', unit: 'PERCENT', direction: HIGHER, domain: 'OMS',
    description:
      'Project definition: accounts placing an order in the week that had also ordered in the 365 days before the week / accounts placing an order in the week.',
  },
  {
    name: 'exception_owner_coverage', title: 'Exception owner coverage', unit: 'PERCENT', direction: HIGHER, domain: 'OMS',
    description: 'Project definition: fulfilment exceptions opened in the week that have an owner / exceptions opened in the week.',
  },
  {
    name: 'dso', title: 'Days sales outstanding (DSO)', unit: 'DAYS', direction: LOWER, domain: 'ERP',
    description: 'Accounts receivable open at the end of the week / credit sales of the trailing 91 days x 91.',
  },
  {
    name: 'credit_hold_release_time', title: 'Credit hold release time', unit: 'HOURS', direction: LOWER, domain: 'ERP',
    description: 'Mean hours from credit hold to release, for holds released in the week.',
  },
  {
    name: 'credit_hold_frequency', title: 'Credit hold frequency', unit: 'PERCENT', direction: LOWER, domain: 'ERP',
    description: 'Orders put on credit hold / orders placed in the week (the order count comes from the OMS).',
  },
  {
    name: 'dispute_rate_order_quality', title: 'Dispute rate tied to order quality', unit: 'PERCENT', direction: LOWER, domain: 'ERP',
    description: 'Invoices with a quantity, documentation or damage dispute / invoices issued, by the week the invoice was issued.',
  },
  {
    name: 'gross_margin_percent', title: 'Gross margin %', unit: 'PERCENT', direction: HIGHER, domain: 'ERP',
    description: '(Revenue - cost of goods sold at standard cost) / revenue, over invoices issued in the week.',
  },
  {
    name: 'supplier_on_time_delivery', title: 'Supplier on-time delivery', unit: 'PERCENT', direction: HIGHER, domain: 'ERP',
    description: 'Purchase order lines received from 2 days early to 0 days late of the supplier commit date / PO lines due in the week.',
  },
];

const BY_NAME = new Map(KPI_CATALOG.map((entry) => [entry.name, entry]));

export const KPI_NAMES: readonly string[] = KPI_CATALOG.map((entry) => entry.name);

/** The catalog entry for a name, or undefined when the catalog has no such KPI. */
export function catalogEntry(name: string): KpiCatalogEntry | undefined {
  return BY_NAME.get(name);
}
