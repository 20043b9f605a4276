import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../seed/dataset.ts';
import { AS_OF, keyed, smallDataset, sumBy } from './small-dataset.ts';

let data: Dataset;
beforeAll(() => {
  data = smallDataset();
});

const OPEN = new Set(['placed', 'credit_hold', 'allocated', 'picking', 'partially_shipped']);

describe('order lines and statuses agree', () => {
  it('never ships or commits more than was ordered', () => {
    for (const line of data.oms.order_lines) {
      const committed = line.shipped_quantity + line.allocated_quantity + line.backordered_quantity + line.cancelled_quantity;
      expect(line.shipped_quantity).toBeLessThanOrEqual(line.ordered_quantity);
      expect(committed).toBeLessThanOrEqual(line.ordered_quantity);
    }
  });

  it('accounts for every unit once an order is past allocation, and for none before', () => {
    const orders = keyed(data.oms.orders, (order) => order.id);
    for (const line of data.oms.order_lines) {
      const { status } = orders.get(line.order_id)!;
      const accounted = line.shipped_quantity + line.allocated_quantity + line.backordered_quantity + line.cancelled_quantity;
      if (status === 'placed' || status === 'credit_hold') expect(accounted, line.order_id).toBe(line.cancelled_quantity);
      else expect(accounted, `${line.order_id} (${status})`).toBe(line.ordered_quantity);
      if (!OPEN.has(status)) {
        expect(line.allocated_quantity + line.backordered_quantity, line.order_id).toBe(0);
        expect(line.shipped_quantity + line.cancelled_quantity).toBe(line.ordered_quantity);
      }
      if (status === 'cancelled') expect(line.shipped_quantity).toBe(0);
      if (status === 'allocated' || status === 'picking') expect(line.shipped_quantity).toBe(0);
    }
  });

  it('has open orders near the as-of instant that carry allocations', () => {
    const open = data.oms.orders.filter((order) => OPEN.has(order.status));
    expect(open.length).toBeGreaterThan(0);
    const allocatedOrders = new Set(data.oms.order_lines.filter((line) => line.allocated_quantity > 0).map((line) => line.order_id));
    expect(open.some((order) => allocatedOrders.has(order.id))).toBe(true);
    for (const order of open) expect(order.placed_at.getTime()).toBeGreaterThan(AS_OF - 60 * 86_400_000);
  });

  it('records who cancelled exactly the cancelled orders', () => {
    for (const order of data.oms.orders) {
      expect(order.cancelled_by !== null, order.id).toBe(order.status === 'cancelled');
      expect(order.cancel_reason !== null).toBe(order.status === 'cancelled');
    }
    const by = new Set(data.oms.orders.map((order) => order.cancelled_by));
    expect(by).toEqual(new Set([null, 'customer', 'supplier_stockout']));
  });

  it('ends each status history with the order status, in sequence and time order', () => {
    const history = new Map<string, typeof data.oms.order_status_history>();
    for (const row of data.oms.order_status_history) {
      const rows = history.get(row.order_id);
      if (rows) rows.push(row);
      else history.set(row.order_id, [row]);
    }
    for (const order of data.oms.orders) {
      const rows = history.get(order.id)!;
      expect(rows[0]!.status).toBe('placed');
      expect(rows.at(-1)!.status, order.id).toBe(order.status);
      rows.forEach((row, index) => {
        expect(row.sequence).toBe(index + 1);
        if (index > 0) expect(row.changed_at.getTime()).toBeGreaterThanOrEqual(rows[index - 1]!.changed_at.getTime());
      });
    }
  });

  it('marks backorders with the date they opened and substitutions with a different SKU', () => {
    for (const line of data.oms.order_lines) {
      if (line.backordered_quantity > 0) expect(line.backordered_since).not.toBeNull();
      if (line.substituted_sku !== null) expect(line.substituted_sku).not.toBe(line.sku);
    }
    expect(data.oms.order_lines.some((line) => line.backordered_since !== null)).toBe(true);
    expect(data.oms.order_lines.some((line) => line.substituted_sku !== null)).toBe(true);
  });
});

describe('shipments, returns and quotes agree with their orders', () => {
  it('orders shipment stages in time and keeps them before the as-of instant', () => {
    for (const s of data.oms.shipments) {
      const stages = [s.pick_started_at, s.packed_at, s.shipped_at, s.delivered_at].filter((d): d is Date => d !== null).map((d) => d.getTime());
      expect([...stages].sort((x, y) => x - y)).toEqual(stages);
      for (const ms of stages) expect(ms).toBeLessThanOrEqual(AS_OF);
      if (s.shipped_at === null) expect(s.delivered_at).toBeNull();
      if (s.expedited) expect(s.expedite_cost_minor).toBeGreaterThan(0);
    }
  });

  it('only returns what was shipped, after delivery', () => {
    const lines = keyed(data.oms.order_lines, (line) => `${line.order_id}|${line.line_number}`);
    const returned = sumBy(data.oms.returns, (r) => `${r.order_id}|${r.line_number}`, (r) => r.quantity);
    for (const [key, quantity] of returned) expect(quantity).toBeLessThanOrEqual(lines.get(key)!.shipped_quantity);
    for (const r of data.oms.returns) expect(r.requested_at.getTime()).toBeLessThanOrEqual(AS_OF);
  });

  it('links converted quotes to the order they became, at the conversion instant', () => {
    const quotes = keyed(data.oms.quotes, (quote) => quote.id);
    const fromQuotes = data.oms.orders.filter((order) => order.quote_id !== null);
    expect(fromQuotes.length).toBe(data.oms.quotes.filter((quote) => quote.status === 'converted').length);
    for (const order of fromQuotes) {
      const quote = quotes.get(order.quote_id!)!;
      expect(quote.status).toBe('converted');
      expect(quote.converted_at!.getTime()).toBe(order.placed_at.getTime());
      expect(quote.account_id).toBe(order.account_id);
    }
    for (const quote of data.oms.quotes) expect(quote.lost_reason !== null).toBe(quote.status === 'lost');
  });

  it('references only existing orders, shipments, campaigns and lines inside OMS', () => {
    const orders = new Set(data.oms.orders.map((order) => order.id));
    const shipments = new Set(data.oms.shipments.map((shipment) => shipment.id));
    const campaigns = new Set(data.oms.campaigns.map((campaign) => campaign.code));
    for (const order of data.oms.orders) if (order.campaign_code) expect(campaigns.has(order.campaign_code)).toBe(true);
    for (const row of [...data.oms.order_lines, ...data.oms.shipments, ...data.oms.returns, ...data.oms.order_status_history]) {
      expect(orders.has(row.order_id)).toBe(true);
    }
    for (const exception of data.oms.exceptions) {
      if (exception.order_id) expect(orders.has(exception.order_id)).toBe(true);
      if (exception.shipment_id) expect(shipments.has(exception.shipment_id)).toBe(true);
    }
  });
});
