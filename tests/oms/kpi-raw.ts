import type { Db } from '../../lib/db.ts';
import { isoWeekOf, isoWeekStart } from '../../lib/iso-week.ts';

/**
 * The scorecard KPIs recomputed week by week straight from the raw OMS rows, one order, line or
 * event at a time, with none of the aggregate SQL: what the aggregates must agree with.
 */
export type Ratio = [numerator: number, denominator: number];
export type WeeklyRatios = Map<string, Map<string, Ratio>>;

const DAY = 86_400_000;
const weekOf = (instant: Date | string) => isoWeekOf(new Date(instant));
const endOfDay = (date: string) => Date.parse(`${date}T00:00:00Z`) + DAY;

export async function rawWeeklyRatios(db: Db, weeks: readonly string[], disputedOrderIds: readonly string[]): Promise<WeeklyRatios> {
  const all = (table: string) => db.query<Record<string, any>>(`SELECT * FROM ${table}`);
  const [orders, lines, shipments, returns, quotes, exceptions, history, info] = await Promise.all([
    all('orders'), all('order_lines'), all('shipments'), all('returns'), all('quotes'), all('exceptions'), all('order_status_history'), all('dataset_info'),
  ]);
  const asOf = new Date(info[0]!.as_of).getTime();
  const result: WeeklyRatios = new Map(weeks.map((week) => [week, new Map<string, Ratio>()]));
  const add = (kpi: string, week: string, numerator: number, denominator: number) => {
    const ratios = result.get(week);
    if (!ratios) return;
    const [n, d] = ratios.get(kpi) ?? [0, 0];
    ratios.set(kpi, [n + numerator, d + denominator]);
  };
  const linesOf = (id: string) => lines.filter((l) => l.order_id === id);
  const shipmentsOf = (id: string) => shipments.filter((s) => s.order_id === id);
  const filled = (l: Record<string, any>) => l.shipped_quantity >= l.ordered_quantity && l.substituted_sku === null;

  for (const o of orders) {
    const week = weekOf(o.placed_at);
    const own = linesOf(o.id);
    add('cancellation_rate', week, o.status === 'cancelled' ? 1 : 0, 1);
    add('self_serve_order_penetration', week, ['portal', 'api'].includes(o.channel) ? 1 : 0, 1);
    add('substitution_rate', week, own.filter((l) => l.substituted_sku !== null).length, own.length);
    const settled = ['shipped', 'delivered'].includes(o.status) || (o.status === 'cancelled' && o.cancelled_by === 'supplier_stockout');
    if (settled) {
      add('line_fill_rate', week, own.filter(filled).length, own.length);
      add('unit_fill_rate', week, own.reduce((s, l) => s + l.shipped_quantity, 0), own.reduce((s, l) => s + l.ordered_quantity, 0));
    }
    // Perfect order and OTIF: delivered orders by the week of their last delivery.
    const sent = shipmentsOf(o.id);
    const deliveredAll = sent.length > 0 && sent.every((s) => s.delivered_at !== null);
    if (deliveredAll && ['delivered', 'cancelled'].includes(o.status) && o.cancelled_by !== 'customer') {
      const last = Math.max(...sent.map((s) => new Date(s.delivered_at).getTime()));
      const inFull = own.every(filled);
      const onTime = last < endOfDay(o.promised_date);
      const damageFree = !sent.some((s) => s.damaged) && !returns.some((r) => r.order_id === o.id && r.reason === 'damaged');
      const documented = !disputedOrderIds.includes(o.id);
      add('perfect_order_rate', weekOf(new Date(last)), inFull && onTime && damageFree && documented ? 1 : 0, 1);
      add('otif', weekOf(new Date(last)), inFull && onTime ? 1 : 0, 1);
    }
  }

  for (const week of weeks) {
    const start = isoWeekStart(week)!.getTime();
    // Repeat orders: accounts ordering in the week, and of them those with an order in the 365 days before.
    const accounts = new Set(orders.filter((o) => weekOf(o.placed_at) === week).map((o) => o.account_id));
    for (const account of accounts) {
      const before = orders.some((o) => o.account_id === account && new Date(o.placed_at).getTime() < start && new Date(o.placed_at).getTime() >= start - 365 * DAY);
      add('repeat_order_rate', week, before ? 1 : 0, 1);
    }
    // Backorders open at the end of the week (or the as-of instant), aged from the end of the promised day.
    const at = Math.min(start + 7 * DAY, asOf);
    for (const l of lines.filter((x) => x.backordered_since !== null)) {
      const o = orders.find((x) => x.id === l.order_id)!;
      const opened = Date.parse(`${l.backordered_since}T00:00:00Z`);
      const changes = history.filter((h) => h.order_id === l.order_id && new Date(h.changed_at).getTime() >= opened);
      const closing = changes.filter((h) => ['shipped', 'delivered', 'cancelled'].includes(h.status)).map((h) => new Date(h.changed_at).getTime());
      const resolved = l.backordered_quantity > 0 ? null
        : closing.length > 0 ? Math.min(...closing)
        : changes.length > 0 ? Math.max(...changes.map((h) => new Date(h.changed_at).getTime())) : opened;
      if (opened < at && (resolved === null || resolved > at)) add('backorder_days_outstanding', week, Math.max(0, (at - endOfDay(o.promised_date)) / DAY), 1);
    }
    if (!result.get(week)!.has('backorder_days_outstanding')) add('backorder_days_outstanding', week, 0, 0);
  }

  for (const s of shipments) {
    if (new Date(s.ship_by).getTime() > asOf) continue;
    add('pick_pack_sla_adherence', weekOf(s.ship_by), s.packed_at !== null && new Date(s.packed_at) <= new Date(s.ship_by) ? 1 : 0, 1);
  }
  for (const q of quotes) {
    const days = q.converted_at === null ? null : (new Date(q.converted_at).getTime() - new Date(q.issued_at).getTime()) / DAY;
    const inWindow = days !== null && days <= 30;
    add('quote_conversion_rate', weekOf(q.issued_at), inWindow ? 1 : 0, 1);
    if (inWindow) add('quote_to_order_cycle_time', weekOf(q.converted_at), days, 1);
  }
  for (const r of returns.filter((x) => x.credited_at !== null)) {
    add('return_cycle_time', weekOf(r.credited_at), (new Date(r.credited_at).getTime() - new Date(r.requested_at).getTime()) / DAY, 1);
  }
  for (const e of exceptions) add('exception_owner_coverage', weekOf(e.opened_at), e.owner === null ? 0 : 1, 1);
  return result;
}
