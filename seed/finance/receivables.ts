import type { Sku } from '../catalog/products.ts';
import { RATES } from '../config.ts';
import { DAY_MS, HOUR_MS, isoDate, startOfDay } from '../calendar.ts';
import { sequentialId } from '../collections.ts';
import { shipmentValue, type PlannedShipment } from '../fulfilment/model.ts';
import { Random } from '../random.ts';
import type { DisputeRow, InvoiceLineRow, InvoiceRow, PaymentRow } from '../tables/erp.ts';
import { disputeFor, type DisputePlan } from './disputes.ts';
import { invoiceLineRows } from './invoice-lines.ts';

export interface Receivables {
  invoices: InvoiceRow[];
  invoiceLines: InvoiceLineRow[];
  payments: PaymentRow[];
  disputes: DisputeRow[];
}

const METHODS = { ach: 0.55, check: 0.25, wire: 0.12, card: 0.08 } as const;

/**
 * One invoice per shipment at the moment it ships, for the shipped value (so an order's invoices
 * add up to its shipped lines at their unit prices), with one line per order line shipped and the
 * order's entry channel as the sales channel. Payments follow each account's behaviour:
 * on terms, early for discount takers, 20-30 days late for the slow cohort, and only after a
 * dispute is resolved.
 */
export function generateReceivables(seed: number, asOfMs: number, live: readonly PlannedShipment[], bySku: ReadonlyMap<string, Sku>): Receivables {
  const rng = new Random(seed, 'receivables');
  const shipped = live.filter((shipment) => shipment.shippedMs <= asOfMs && shipmentValue(shipment) > 0);
  shipped.sort((x, y) => x.shippedMs - y.shippedMs || x.order.draft.seq - y.order.draft.seq);
  const invoices: InvoiceRow[] = [];
  const invoiceLines: InvoiceLineRow[] = [];
  const payments: Omit<PaymentRow, 'id'>[] = [];
  const disputes: (DisputePlan & { invoice: InvoiceRow })[] = [];
  shipped.forEach((shipment, index) => {
    const account = shipment.order.draft.account;
    const amount = shipmentValue(shipment);
    const dueMs = startOfDay(shipment.shippedMs) + account.termsDays * DAY_MS;
    const invoice: InvoiceRow = {
      id: sequentialId('INV', index), account_id: account.id, order_id: shipment.order.draft.id, issued_at: new Date(shipment.shippedMs),
      due_date: isoDate(dueMs), amount_minor: amount, currency_code: 'USD', status: 'open', sales_channel: shipment.order.draft.channel,
    };
    invoices.push(invoice);
    invoiceLines.push(...invoiceLineRows(invoice.id, shipment, bySku));
    const dispute = disputeFor(rng, shipment, amount);
    if (dispute) disputes.push({ ...dispute, invoice });
    let payMs: number | null;
    if (account.earlyPayDiscount && rng.chance(0.8)) payMs = shipment.shippedMs + rng.between(5, 10) * DAY_MS;
    else if (account.slowPayer) payMs = dueMs + rng.inRange(RATES.finance.slowCohortDaysPastTerms) * DAY_MS;
    else payMs = dueMs + Math.max(-12, rng.normal(RATES.finance.normalPayDays.mean, RATES.finance.normalPayDays.sd)) * DAY_MS;
    if (dispute) payMs = dispute.resolvedMs === null ? null : Math.max(payMs, dispute.resolvedMs + rng.between(1, 5) * DAY_MS);
    if (payMs === null) return;
    payMs = Math.max(payMs, shipment.shippedMs + HOUR_MS);
    const method = rng.pickWeighted(METHODS);
    const base = { account_id: account.id, invoice_id: invoice.id, method };
    if (rng.chance(RATES.finance.partialPayment) && amount >= 200) {
      const first = Math.round(amount * rng.between(0.4, 0.7));
      payments.push({ ...base, received_at: new Date(Math.round(payMs)), amount_minor: first });
      payments.push({ ...base, received_at: new Date(Math.round(payMs + rng.between(10, 30) * DAY_MS)), amount_minor: amount - first });
    } else payments.push({ ...base, received_at: new Date(Math.round(payMs)), amount_minor: amount });
  });
  const received = payments.filter((payment) => payment.received_at.getTime() <= asOfMs);
  received.sort((x, y) => x.received_at.getTime() - y.received_at.getTime());
  const paymentRows = received.map((payment, index) => ({ id: sequentialId('PAY', index), ...payment }));
  const disputeRows = visibleDisputes(disputes, asOfMs);
  settleInvoiceStatuses(invoices, paymentRows, disputeRows);
  return { invoices, invoiceLines, payments: paymentRows, disputes: disputeRows };
}

function visibleDisputes(disputes: (DisputePlan & { invoice: InvoiceRow })[], asOfMs: number): DisputeRow[] {
  const visible = disputes.filter((dispute) => dispute.openedMs <= asOfMs).sort((x, y) => x.openedMs - y.openedMs);
  return visible.map((dispute, index) => ({
    id: sequentialId('DSP', index),
    invoice_id: dispute.invoice.id,
    account_id: dispute.invoice.account_id,
    reason: dispute.reason,
    amount_minor: dispute.amountMinor,
    opened_at: new Date(dispute.openedMs),
    resolved_at: dispute.resolvedMs !== null && dispute.resolvedMs <= asOfMs ? new Date(dispute.resolvedMs) : null,
  }));
}

/** Disputed while a dispute is open; else paid, partially paid or open by what was received. */
function settleInvoiceStatuses(invoices: InvoiceRow[], payments: readonly PaymentRow[], disputes: readonly DisputeRow[]): void {
  const paid = new Map<string, number>();
  for (const payment of payments) paid.set(payment.invoice_id, (paid.get(payment.invoice_id) ?? 0) + payment.amount_minor);
  const openDisputes = new Set(disputes.filter((dispute) => dispute.resolved_at === null).map((dispute) => dispute.invoice_id));
  for (const invoice of invoices) {
    const received = paid.get(invoice.id) ?? 0;
    if (openDisputes.has(invoice.id)) invoice.status = 'disputed';
    else if (received >= invoice.amount_minor) invoice.status = 'paid';
    else if (received > 0) invoice.status = 'partially_paid';
    else invoice.status = 'open';
  }
}
