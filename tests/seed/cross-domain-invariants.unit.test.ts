import { beforeAll, describe, expect, it } from 'vitest';
import { RATES } from '../../seed/config.ts';
import type { Dataset } from '../../seed/dataset.ts';
import { DOMAIN_COLUMNS, DOMAINS } from '../../seed/load.ts';
import { AS_OF, keyed, smallDataset, sumBy } from './small-dataset.ts';

let data: Dataset;
beforeAll(() => {
  data = smallDataset();
});

const HOUR_MS = 3_600_000;

describe('the three databases agree with each other', () => {
  it('gives every row exactly the columns the loader copies', () => {
    for (const domain of DOMAINS) {
      for (const [table, columns] of Object.entries(DOMAIN_COLUMNS[domain])) {
        const rows = (data[domain] as unknown as Record<string, object[]>)[table]!;
        expect(rows.length, `${domain}.${table}`).toBeGreaterThan(0);
        expect(Object.keys(rows[0]!).sort(), `${domain}.${table}`).toEqual([...columns].sort());
      }
    }
  });

  it('uses only SKUs that exist in both PIM and the ERP item master', () => {
    const pim = new Set(data.pim.products.map((product) => product.sku));
    const erp = new Set(data.erp.items.map((item) => item.sku));
    expect(pim).toEqual(erp);
    const omsSkus = [
      ...data.oms.order_lines.flatMap((line) => [line.sku, line.substituted_sku]),
      ...data.oms.returns.map((r) => r.sku),
      ...data.oms.exceptions.map((exception) => exception.sku),
    ].filter((sku): sku is string => sku !== null);
    for (const sku of omsSkus) expect(pim.has(sku), sku).toBe(true);
  });

  it('uses only ERP accounts and branches in OMS, sourcing lines from branches that stock the SKU', () => {
    const accounts = new Set(data.erp.customer_accounts.map((account) => account.id));
    const branches = new Set(data.erp.branches.map((branch) => branch.code));
    const positions = new Set(data.erp.inventory_positions.map((p) => `${p.sku}|${p.branch_code}`));
    for (const row of [...data.oms.orders, ...data.oms.quotes, ...data.oms.returns]) expect(accounts.has(row.account_id)).toBe(true);
    for (const order of data.oms.orders) expect(branches.has(order.ship_to_branch_code)).toBe(true);
    for (const shipment of data.oms.shipments) expect(branches.has(shipment.branch_code)).toBe(true);
    for (const line of data.oms.order_lines) expect(positions.has(`${line.sku}|${line.sourcing_branch_code}`), line.sku).toBe(true);
  });

  it('invoices only OMS orders, for exactly their shipped value', () => {
    const shippedValue = sumBy(data.oms.order_lines, (line) => line.order_id, (line) => line.shipped_quantity * line.unit_price_minor);
    const invoiced = sumBy(data.erp.invoices, (invoice) => invoice.order_id!, (invoice) => invoice.amount_minor);
    for (const [orderId, amount] of invoiced) expect(amount, orderId).toBe(shippedValue.get(orderId));
    for (const [orderId, value] of shippedValue) if (value > 0) expect(invoiced.get(orderId), orderId).toBe(value);
  });

  it('bills each invoice line by line: lines add up to the amount and mirror the shipped order lines', () => {
    const lineTotal = sumBy(data.erp.invoice_lines, (line) => line.invoice_id, (line) => line.quantity * line.unit_price_minor);
    for (const invoice of data.erp.invoices) expect(lineTotal.get(invoice.id), invoice.id).toBe(invoice.amount_minor);
    // Invoice line number = order line number, so units billed per order line are the units it shipped.
    const orderOf = new Map(data.erp.invoices.map((invoice) => [invoice.id, invoice.order_id!]));
    const billed = sumBy(data.erp.invoice_lines, (line) => `${orderOf.get(line.invoice_id)}#${line.line_number}`, (line) => line.quantity);
    const items = keyed(data.erp.items, (item) => item.sku);
    for (const line of data.oms.order_lines) {
      expect(billed.get(`${line.order_id}#${line.line_number}`) ?? 0, `${line.order_id}#${line.line_number}`).toBe(line.shipped_quantity);
    }
    const orderLines = keyed(data.oms.order_lines, (line) => `${line.order_id}#${line.line_number}`);
    for (const line of data.erp.invoice_lines) {
      const ordered = orderLines.get(`${orderOf.get(line.invoice_id)}#${line.line_number}`)!;
      expect(line.sku).toBe(ordered.substituted_sku ?? ordered.sku);
      expect(line.unit_price_minor).toBe(ordered.unit_price_minor);
      expect(line.list_price_minor).toBe(items.get(line.sku)!.list_price_minor);
      expect(line.unit_cost_minor).toBe(items.get(line.sku)!.standard_cost_minor);
    }
    expect(data.erp.invoice_lines.some((line) => line.sku !== orderLines.get(`${orderOf.get(line.invoice_id)}#${line.line_number}`)!.sku)).toBe(true);
  });

  it("records the billed order's entry channel on every invoice", () => {
    const channelOf = new Map(data.oms.orders.map((order) => [order.id, order.channel]));
    for (const invoice of data.erp.invoices) expect(invoice.sales_channel, invoice.id).toBe(channelOf.get(invoice.order_id!));
    expect(new Set(data.erp.invoices.map((invoice) => invoice.sales_channel))).toEqual(new Set(['portal', 'rep', 'edi', 'api']));
  });

  it('holds every credit_hold order with an open ERP credit hold, and no other order', () => {
    const openHolds = new Set(data.erp.credit_holds.filter((hold) => hold.released_at === null).map((hold) => hold.order_id));
    const held = new Set(data.oms.orders.filter((order) => order.status === 'credit_hold').map((order) => order.id));
    expect(openHolds).toEqual(held);
    const orders = new Set(data.oms.orders.map((order) => order.id));
    for (const hold of data.erp.credit_holds) expect(orders.has(hold.order_id!)).toBe(true);
    const accounts = keyed(data.erp.customer_accounts, (account) => account.id);
    for (const hold of data.erp.credit_holds) if (hold.released_at === null) expect(accounts.get(hold.account_id)!.credit_status).toBe('hold');
  });
});

describe('ERP records add up', () => {
  it('builds FIFO layers that sum to on hand for every position', () => {
    const layered = sumBy(data.erp.inventory_layers, (layer) => `${layer.sku}|${layer.branch_code}`, (layer) => layer.quantity);
    for (const position of data.erp.inventory_positions) {
      expect(layered.get(`${position.sku}|${position.branch_code}`) ?? 0, position.sku).toBe(position.on_hand);
      expect(position.on_hold).toBeLessThanOrEqual(position.on_hand);
    }
    expect(new Set(data.erp.inventory_positions.map((p) => p.sku)).size).toBe(data.erp.items.length);
    expect(data.erp.inventory_positions.length).toBeLessThan(data.erp.items.length * data.erp.branches.length);
  });

  it('pays invoices no more than their amount, after issue and before the as-of instant', () => {
    const invoices = keyed(data.erp.invoices, (invoice) => invoice.id);
    const paid = sumBy(data.erp.payments, (payment) => payment.invoice_id, (payment) => payment.amount_minor);
    for (const [id, amount] of paid) expect(amount).toBeLessThanOrEqual(invoices.get(id)!.amount_minor);
    for (const invoice of data.erp.invoices) if (invoice.status === 'paid') expect(paid.get(invoice.id)).toBe(invoice.amount_minor);
    for (const payment of data.erp.payments) {
      expect(payment.received_at.getTime()).toBeGreaterThan(invoices.get(payment.invoice_id)!.issued_at.getTime());
      expect(payment.received_at.getTime()).toBeLessThanOrEqual(AS_OF);
    }
  });

  it('receives purchase order lines in receipts that add up to the received quantity', () => {
    const received = sumBy(data.erp.receipts, (r) => `${r.purchase_order_id}|${r.line_number}`, (r) => r.quantity);
    for (const line of data.erp.purchase_order_lines) {
      expect(received.get(`${line.purchase_order_id}|${line.line_number}`) ?? 0).toBe(line.received_quantity);
      expect(line.received_quantity).toBeLessThanOrEqual(line.ordered_quantity);
      if (line.received_quantity > 0) expect(line.eta_seven_days_prior).not.toBeNull();
    }
  });

  it('shows the stale branch about a day behind and the others within the hour', () => {
    for (const branch of data.erp.branches) {
      const ageHours = (AS_OF - branch.last_inventory_sync_at.getTime()) / HOUR_MS;
      if (branch.code === RATES.inventory.staleBranch) expect(ageHours).toBeGreaterThan(24);
      else expect(ageHours).toBeLessThan(1);
    }
    const stale = data.erp.inventory_positions.filter((p) => p.branch_code === RATES.inventory.staleBranch);
    for (const position of stale) expect(AS_OF - position.last_synced_at.getTime()).toBeGreaterThan(24 * HOUR_MS);
  });

  it('prices every account from its own segment list', () => {
    for (const account of data.erp.customer_accounts) expect(account.price_list_id).toBe(`PL-${account.segment.toUpperCase()}`);
    expect(new Set(data.erp.customer_accounts.map((account) => account.segment)).size).toBe(5);
  });
});

describe('PIM content is complete enough to browse', () => {
  it('gives each family required and optional attributes and products searchable text', () => {
    for (const family of data.pim.families) {
      const attributes = data.pim.family_attributes.filter((a) => a.family_code === family.code);
      expect(attributes.some((a) => a.required)).toBe(true);
      expect(attributes.some((a) => !a.required)).toBe(true);
    }
    for (const product of data.pim.products) expect(product.search_text).toContain(product.sku.toLowerCase());
    expect(data.pim.product_relations.some((relation) => relation.segment !== null)).toBe(true);
    expect(new Set(data.pim.product_relations.map((relation) => relation.kind))).toEqual(new Set(['cross_sell', 'upsell', 'substitute']));
  });
});
