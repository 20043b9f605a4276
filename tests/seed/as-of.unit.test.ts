import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, PINNED_AS_OF } from '../../seed/config.ts';
import { generateDataset, type Dataset } from '../../seed/dataset.ts';
import { datasetFingerprint } from '../../seed/fingerprint.ts';

/**
 * The dataset generated for another as-of day than the pinned one: 2026-12-07, a Monday, so its
 * own ISO week (2026-W50) has one day of history after the previous Sunday.
 */
const AS_OF_DAY = '2026-12-07';
const AS_OF = Date.parse('2026-12-07T23:59:59Z');
const PREVIOUS_SUNDAY_END = Date.parse('2026-12-06T23:59:59Z');
const generate = () => generateDataset({ seed: DEFAULT_SEED, scale: 0.02, asOf: AS_OF_DAY });
let data: Dataset;

beforeAll(() => {
  data = generate();
});

const latest = (dates: readonly Date[]) => Math.max(...dates.map((date) => date.getTime()));

describe(`a dataset as of ${AS_OF_DAY}`, () => {
  it('says so in dataset_info', () => {
    expect(data.asOf).toEqual(new Date(AS_OF));
  });

  it('ends its history on the as-of day: the latest order, receipt and inventory sync fall on that Monday', () => {
    for (const [what, at] of [
      ['order placed', latest(data.oms.orders.map((order) => order.placed_at))],
      ['receipt', latest(data.erp.receipts.map((receipt) => receipt.received_at))],
      ['inventory sync', latest(data.erp.branches.map((branch) => branch.last_inventory_sync_at))],
      ['status change', latest(data.oms.order_status_history.map((change) => change.changed_at))],
    ] as const) {
      expect([what, at > PREVIOUS_SUNDAY_END && at <= AS_OF]).toEqual([what, true]);
    }
  });

  it('starts its history 52 weeks before that Monday', () => {
    const first = Math.min(...data.oms.orders.map((order) => order.placed_at.getTime()));
    expect(first).toBeGreaterThanOrEqual(Date.parse('2025-12-08T00:00:00Z'));
    expect(first).toBeLessThan(Date.parse('2025-12-15T00:00:00Z'));
    const weeks = [...new Set(data.erp.demand_forecasts.map((row) => row.week_start))].sort();
    // 52 complete weeks and the as-of's own week, forecast the week before.
    expect([weeks.length, weeks[0], weeks.at(-1)]).toEqual([53, '2025-12-08', '2026-12-07']);
  });

  it('expects open purchase orders after the as-of day, unless the supplier is late without a new ETA', () => {
    const open = data.erp.purchase_order_lines.filter((line) => line.current_eta !== null);
    const ahead = open.filter((line) => line.current_eta! > AS_OF_DAY);
    expect(ahead.length).toBeGreaterThan(open.length * 0.9);
    // A late supplier that did not warn leaves the ETA at its commit date, at most 10 days late.
    for (const line of open.filter((candidate) => candidate.current_eta! <= AS_OF_DAY)) {
      expect(line.current_eta).toBe(line.supplier_commit_date);
      expect(line.current_eta! >= '2026-11-27').toBe(true);
    }
  });

  it('promises open orders on dates after the as-of, or on missed dates in the weeks before it', () => {
    const open = data.oms.orders.filter((order) => !['delivered', 'cancelled'].includes(order.status));
    expect(open.length).toBeGreaterThan(0);
    expect(open.some((order) => order.promised_date > AS_OF_DAY)).toBe(true);
    for (const order of open) expect(order.promised_date >= '2026-11-01').toBe(true);
  });

  it('is byte-identical for the same seed, scale and as-of, and differs from the pinned as-of', () => {
    const fingerprint = datasetFingerprint(data);
    expect(datasetFingerprint(generate())).toBe(fingerprint);
    expect(datasetFingerprint(generateDataset({ seed: DEFAULT_SEED, scale: 0.02, asOf: PINNED_AS_OF }))).not.toBe(fingerprint);
  });
});
