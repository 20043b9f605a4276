import { exception, line, order, quote, returnOf, shipment, type KpiFixture } from './kpi-builders.ts';

/**
 * A deterministic but varied OMS world for checking the aggregates against the raw rows: about 70
 * orders placed over 2026-W38..W44 by six accounts through every channel, with cancellations by
 * both initiators, short ships, substitutions, backorders (open and resolved), late and damaged
 * deliveries, returns, quotes and exceptions. No expected number is worked out from it by hand:
 * kpi-raw.ts recomputes every KPI from the raw rows instead.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.parse('2026-09-14T00:00:00Z');
const AS_OF = Date.parse('2026-11-01T23:59:59Z');

/** A small linear congruential generator: the same fixture on every run. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
  };
}

const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);
const CHANNELS = ['portal', 'rep', 'edi', 'api'] as const;

export function variedFixture(): KpiFixture & { disputedOrderIds: string[] } {
  const rng = random(20261101);
  const fixture: Required<Omit<KpiFixture, 'documentationDisputedOrderIds'>> = { campaigns: [{ code: 'CMP-1', name: 'Fall', target_segment: null, starts_on: '2026-09-01', ends_on: '2026-11-30' }], orders: [], lines: [], shipments: [], returns: [], quotes: [], exceptions: [], history: [] };
  const disputedOrderIds: string[] = [];
  for (let i = 1; i <= 70; i++) {
    const id = `SO-${String(i).padStart(3, '0')}`;
    const account = `ACCT-${rng.int(1, 6)}`;
    const placedMs = START + rng.int(0, 47 * 24) * HOUR;
    const promisedMs = placedMs + rng.int(2, 6) * DAY;
    const roll = rng.next();
    const kind = roll < 0.08 ? 'customer_cancel' : roll < 0.13 ? 'stockout' : roll < 0.28 || placedMs > AS_OF - 3 * DAY ? 'open' : 'delivered';
    const status = kind === 'delivered' ? 'delivered' : kind === 'open' ? rng.pick(['allocated', 'partially_shipped', 'shipped']) : 'cancelled';
    fixture.orders.push(order(id, account, rng.pick(CHANNELS), iso(placedMs), status, {
      promised_date: day(promisedMs),
      cancelled_by: kind === 'customer_cancel' ? 'customer' : kind === 'stockout' ? 'supplier_stockout' : null,
      campaign_code: rng.chance(0.2) ? 'CMP-1' : null,
    }));
    const lineCount = rng.int(1, 3);
    let backordered = false;
    for (let n = 1; n <= lineCount; n++) {
      const ordered = rng.int(1, 10);
      const price = rng.int(5, 50) * 100;
      const sku = `SKU-${rng.int(1, 5)}`;
      if (kind === 'customer_cancel' || kind === 'stockout') {
        fixture.lines.push(line(id, n, sku, ordered, 0, { cancelled_quantity: ordered, unit_price_minor: price,
          backordered_since: kind === 'stockout' ? day(placedMs) : null }));
      } else if (kind === 'open') {
        const open = rng.chance(0.5);
        backordered ||= open;
        fixture.lines.push(line(id, n, sku, ordered, open ? 0 : ordered, { unit_price_minor: price, allocated_quantity: open ? 0 : rng.int(0, 2),
          backordered_quantity: open ? ordered : 0, backordered_since: open ? day(placedMs + DAY) : null }));
      } else {
        const short = rng.chance(0.12) && ordered > 1 ? rng.int(1, ordered - 1) : 0;
        const wasBackordered = rng.chance(0.15);
        backordered ||= wasBackordered;
        fixture.lines.push(line(id, n, sku, ordered, ordered - short, { cancelled_quantity: short, unit_price_minor: price,
          substituted_sku: rng.chance(0.1) ? 'SKU-9' : null, backordered_since: wasBackordered ? day(placedMs + DAY) : null }));
      }
    }
    if (kind === 'stockout') continue;
    // Shipments: delivered orders have one or two, all delivered; open ones may have one in flight.
    const shipmentCount = kind === 'delivered' ? rng.int(1, 2) : kind === 'open' ? rng.int(0, 1) : rng.chance(0.4) ? 1 : 0;
    let lastDeliveredMs = 0;
    for (let s = 1; s <= shipmentCount; s++) {
      const shipByMs = placedMs + (s * rng.int(1, 3)) * DAY;
      const packedMs = rng.chance(0.85) ? shipByMs - rng.int(1, 5) * HOUR : shipByMs + rng.int(1, 9) * HOUR;
      const shippedMs = Math.max(packedMs, shipByMs) + rng.int(1, 3) * HOUR;
      const deliveredMs = shippedMs + rng.int(20, 110) * HOUR;
      const deliver = kind !== 'open' && deliveredMs <= AS_OF;
      const due = shipByMs <= AS_OF;
      if (deliver) lastDeliveredMs = Math.max(lastDeliveredMs, deliveredMs);
      fixture.shipments.push(shipment(`SH-${i}-${s}`, id, iso(shipByMs), {
        branch_code: rng.pick(['CHI', 'DAL']),
        pick_started_at: due ? iso(packedMs - rng.int(1, 4) * HOUR) : null,
        packed_at: due && rng.chance(0.95) ? iso(packedMs) : null,
        shipped_at: shippedMs <= AS_OF ? iso(shippedMs) : null,
        delivered_at: deliver ? iso(deliveredMs) : null,
        damaged: deliver && rng.chance(0.1),
        freight_cost_minor: rng.int(5, 40) * 100,
        expedite_cost_minor: rng.chance(0.15) ? rng.int(10, 90) * 100 : 0,
      }));
    }
    if (lastDeliveredMs > 0 && kind === 'delivered') {
      if (rng.chance(0.2)) disputedOrderIds.push(id);
      if (rng.chance(0.25)) {
        const requestedMs = lastDeliveredMs + rng.int(1, 5) * DAY;
        const receivedMs = requestedMs + rng.int(2, 6) * DAY;
        const creditedMs = receivedMs + rng.int(1, 4) * DAY;
        const credited = creditedMs <= AS_OF && rng.chance(0.85);
        if (requestedMs <= AS_OF) {
          fixture.returns.push(returnOf(`RMA-${i}`, id, 1, rng.pick(['damaged', 'wrong_item', 'not_needed', 'defective']), iso(requestedMs), {
            account_id: account, received_at: receivedMs <= AS_OF && rng.chance(0.9) ? iso(receivedMs) : null,
            credited_at: credited ? iso(creditedMs) : null, status: credited ? 'credited' : 'requested', cost_minor: rng.int(10, 60) * 100,
          }));
        }
      }
    }
    if (backordered || kind === 'customer_cancel') {
      const entries: [string, number][] = [['placed', placedMs], ['allocated', placedMs + HOUR]];
      if (kind === 'delivered') entries.push(['partially_shipped', placedMs + DAY + HOUR], [rng.pick(['shipped', 'delivered']), Math.min(AS_OF, placedMs + rng.int(3, 15) * DAY)]);
      if (kind === 'customer_cancel') entries.push(['cancelled', placedMs + 2 * HOUR]);
      entries.forEach(([entryStatus, atMs], k) => fixture.history.push({ order_id: id, sequence: k + 1, status: entryStatus, changed_at: iso(atMs), note: null }));
    }
  }
  for (let q = 1; q <= 30; q++) {
    const issuedMs = START - 3 * 7 * DAY + rng.int(0, 65 * 24) * HOUR;
    const roll = rng.next();
    const convertedMs = issuedMs + rng.int(1, 40 * 24) * HOUR;
    const lostMs = issuedMs + rng.int(1, 20) * DAY;
    const outcome = roll < 0.4 && convertedMs <= AS_OF ? 'converted' : roll < 0.75 && lostMs <= AS_OF ? 'lost' : 'open';
    fixture.quotes.push(quote(`Q-${q}`, rng.pick(['self_serve', 'assisted']), iso(issuedMs), {
      status: outcome,
      converted_at: outcome === 'converted' ? iso(convertedMs) : null,
      lost_at: outcome === 'lost' ? iso(lostMs) : null,
      lost_reason: outcome === 'lost' ? rng.pick(['price', 'delivery_reliability', 'lead_time', 'competitor']) : null,
    }));
  }
  for (let e = 1; e <= 40; e++) {
    const openedMs = START + rng.int(0, 48 * 24) * HOUR;
    const resolvedMs = openedMs + rng.int(1, 96) * HOUR;
    fixture.exceptions.push(exception(`EX-${e}`, rng.pick(['late_shipment', 'short_ship', 'address_invalid']), iso(openedMs), {
      owner: rng.chance(0.75) ? 'ops' : null,
      resolved_at: resolvedMs <= AS_OF && rng.chance(0.8) ? iso(resolvedMs) : null,
      margin_impact_minor: rng.int(0, 80) * 100,
    }));
  }
  return { ...fixture, disputedOrderIds };
}
