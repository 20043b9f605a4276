import { money } from '../../../lib/money.ts';
import type { InvoiceRow } from '../db/rows.ts';
import type { InvoiceLineResolvers, InvoiceResolvers, SalesChannel } from '../generated/resolvers.ts';
import { asEnum } from './enums.ts';
import { daysPastDue, invoiceBalanceMinor } from '../rules/receivables.rules.ts';
import { required } from './required.ts';

const balanceMinor = (invoice: InvoiceRow) => invoiceBalanceMinor(BigInt(invoice.amount_minor), BigInt(invoice.paid_minor));

export const Invoice: InvoiceResolvers = {
  account: async (invoice, _, { loaders }) =>
    required(await loaders.account.load(invoice.account_id), `account ${invoice.account_id} of ${invoice.id}`),
  order: (invoice) => (invoice.order_id === null ? null : { id: invoice.order_id }),
  issuedAt: (invoice) => invoice.issued_at,
  dueDate: (invoice) => invoice.due_date,
  amount: (invoice) => money(invoice.amount_minor, invoice.currency_code),
  paidAmount: (invoice) => money(invoice.paid_minor, invoice.currency_code),
  balance: (invoice) => money(balanceMinor(invoice), invoice.currency_code),
  daysPastDue: async (invoice, _, { asOf }) =>
    daysPastDue({ dueDate: invoice.due_date, status: invoice.status, balanceMinor: balanceMinor(invoice) }, await asOf()),
  payments: (invoice, _, { loaders }) => loaders.payments.load(invoice.id),
  disputes: (invoice, _, { loaders }) => loaders.disputesByInvoice.load(invoice.id),
  salesChannel: (invoice) => (invoice.sales_channel === null ? null : asEnum<SalesChannel>(invoice.sales_channel)),
  lines: (invoice, _, { loaders }) => loaders.invoiceLines.load(invoice.id),
};

export const InvoiceLine: InvoiceLineResolvers = {
  lineNumber: (line) => line.line_number,
  product: (line) => ({ sku: line.sku }),
  unitPrice: (line) => money(line.unit_price_minor, line.currency_code),
  listPrice: (line) => money(line.list_price_minor, line.currency_code),
  amount: (line) => money(BigInt(line.unit_price_minor) * BigInt(line.quantity), line.currency_code),
  unitCost: (line) => money(line.unit_cost_minor, line.currency_code),
};
